package org.gatepass.core.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * The guard every call into a plug-in goes through (notifiers, door actuators). Calls one plug-in on a thread of its own and waits for it no longer than a deadline, so a plug-in that hangs
 * holds up only its own calls. A call that overruns is given up and its thread abandoned (interrupted, never
 * reused): the next call gets a fresh thread. Abandoned threads still stuck are counted; past a limit further
 * calls fail at once rather than leak more threads.
 */
public final class TimeLimitedCaller implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(TimeLimitedCaller.class.getName());
    public static final int MAX_STUCK_THREADS = 8;

    private final String name;
    private final AtomicInteger threads = new AtomicInteger();
    private final List<Thread> abandoned = new ArrayList<>();
    private ExecutorService executor;
    private Thread current;
    private boolean closed;

    /** {@code name} names the threads, e.g. {@code "deliver email"}. */
    public TimeLimitedCaller(String name) {
        this.name = name;
    }

    /** Starts the work on this caller's thread. */
    public synchronized <T> Future<T> start(Callable<T> work) throws TimeoutException {
        if (closed) {
            throw new IllegalStateException(name + " is closed");
        }
        abandoned.removeIf(t -> !t.isAlive());
        if (abandoned.size() >= MAX_STUCK_THREADS) {
            throw new TimeoutException(name + ": " + abandoned.size() + " earlier calls are still stuck; not calling again until they end");
        }
        if (executor == null) {
            executor = Executors.newSingleThreadExecutor(this::newThread);
        }
        return executor.submit(work);
    }

    /**
     * The result of started work, waiting until {@code deadlineNanos} ({@link System#nanoTime()} scale).
     * @throws TimeoutException when the work overran; its thread is abandoned
     * @throws ExecutionException with what the work threw
     */
    public <T> T await(Future<T> call, long deadlineNanos) throws TimeoutException, ExecutionException, InterruptedException {
        try {
            return call.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            abandon();
            throw e;
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    private synchronized void abandon() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
            if (current != null && current.isAlive()) {
                abandoned.add(current);
                LOG.warning(() -> "Abandoned the thread of " + name + " that did not finish in time (" + abandoned.size() + " stuck)");
            }
        }
    }

    private synchronized Thread newThread(Runnable task) {
        Thread thread = new Thread(task, "gatepass " + name + " #" + threads.incrementAndGet());
        thread.setDaemon(true);
        current = thread;
        return thread;
    }
}

package org.gatepass.gate.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.logging.Logger;

import org.gatepass.core.access.Gate;
import org.gatepass.core.door.DoorActuator;
import org.gatepass.core.door.DoorException;
import org.gatepass.core.event.Decision;
import org.gatepass.core.event.GateEvent;
import org.gatepass.core.guard.TimeLimitedCaller;

/**
 * Opens the door of a gate after an admission: the door's actuator is called on a thread of its own through the time
 * limit, and waited for on the gate's background pool, never on the recognition thread. A door that is not installed,
 * refuses or overruns is a DOOR_FAILED alert naming the person and the reason.
 */
final class DoorReleases implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(DoorReleases.class.getName());
    static final Duration TIME_LIMIT = Duration.ofSeconds(5);

    private final Map<String, DoorActuator> doors = new ConcurrentHashMap<>();
    private final Map<String, TimeLimitedCaller> callers = new ConcurrentHashMap<>();
    private final ScheduledExecutorService background;
    private final Consumer<GateEvent> alert;

    /** {@code alert} records a failed release (called on the background pool). */
    DoorReleases(ScheduledExecutorService background, Consumer<GateEvent> alert) {
        this.background = background;
        this.alert = alert;
    }

    void add(DoorActuator door) {
        doors.put(door.name(), door);
    }

    void remove(DoorActuator door) {
        doors.remove(door.name(), door);
        TimeLimitedCaller caller = callers.remove(door.name());
        if (caller != null) {
            caller.close();
        }
    }

    /** Releases the gate's door, if it has one, for the person the admitted movement {@code admitted} moved. */
    void release(Gate gate, GateEvent admitted) {
        if (gate.door().isEmpty()) {
            return;
        }
        DoorActuator door = doors.get(gate.door());
        if (door == null) {
            failed(gate, admitted, "the door " + gate.door() + " is not installed");
            return;
        }
        TimeLimitedCaller caller = callers.computeIfAbsent(door.name(), name -> new TimeLimitedCaller("door " + name));
        Future<Void> call;
        try {
            call = caller.start(() -> {
                door.release(Duration.ofSeconds(gate.releaseSeconds()));
                return null;
            });
        } catch (TimeoutException e) {
            failed(gate, admitted, e.getMessage());
            return;
        }
        long deadline = System.nanoTime() + TIME_LIMIT.toNanos();
        background.execute(() -> await(gate, admitted, caller, call, deadline));
    }

    private void await(Gate gate, GateEvent admitted, TimeLimitedCaller caller, Future<Void> call, long deadline) {
        try {
            caller.await(call, deadline);
            LOG.fine(() -> "Door " + gate.door() + " released for " + gate.releaseSeconds() + " s");
        } catch (TimeoutException e) {
            failed(gate, admitted, "the door " + gate.door() + " did not answer within " + TIME_LIMIT.toSeconds() + " s");
        } catch (ExecutionException e) {
            failed(gate, admitted, e.getCause() instanceof DoorException refused ? refused.getMessage() : String.valueOf(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void failed(Gate gate, GateEvent admitted, String reason) {
        LOG.warning(() -> "The door of " + gate.name() + " did not open for person " + admitted.personId() + ": " + reason);
        alert.accept(new GateEvent(null, admitted.personId(), admitted.cameraId(), null, Decision.DOOR_FAILED, null, admitted.occurredAt(),
                gate.name() + ": " + reason));
    }

    @Override
    public void close() {
        callers.values().forEach(TimeLimitedCaller::close);
        callers.clear();
    }
}

package org.gatepass.notify.webhook.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A webhook receiver on 127.0.0.1 for tests: records every request it gets and answers with the statuses queued by
 * the test (200 when none is queued), optionally after a pause.
 */
final class TestReceiver implements AutoCloseable {

    /** What arrived: the method, path, headers (names lower-case) and the raw body. */
    record Request(String method, String path, Map<String, List<String>> headers, byte[] body) {
        String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : String.join(",", values);
        }
    }

    private record Answer(int status, Duration pause) {
    }

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private final BlockingQueue<Request> received = new LinkedBlockingQueue<>();
    private final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();

    TestReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(handlers);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The next request is answered with {@code status}. */
    TestReceiver answer(int status) {
        return answer(status, Duration.ZERO);
    }

    /** The next request is answered with {@code status} after {@code pause}. */
    TestReceiver answer(int status, Duration pause) {
        answers.add(new Answer(status, pause));
        return this;
    }

    Request next(Duration patience) throws InterruptedException {
        Request request = received.poll(patience.toMillis(), TimeUnit.MILLISECONDS);
        if (request == null) {
            throw new AssertionError("no request reached the receiver within " + patience.toMillis() + " ms");
        }
        return request;
    }

    int pending() {
        return received.size();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        Map<String, List<String>> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        received.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers, body));
        Answer answer = answers.poll();
        try {
            if (answer != null && !answer.pause().isZero()) {
                Thread.sleep(answer.pause().toMillis());
            }
            exchange.sendResponseHeaders(answer == null ? 200 : answer.status(), -1);
        } catch (InterruptedException e) {
            // The receiver stops.
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() throws InterruptedException {
        server.stop(0);
        handlers.shutdownNow();
        handlers.awaitTermination(5, TimeUnit.SECONDS);
    }
}

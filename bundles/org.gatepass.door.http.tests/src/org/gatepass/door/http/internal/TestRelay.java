package org.gatepass.door.http.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/** A door relay on this machine: it counts and keeps every release posted to it and answers with the status set. */
final class TestRelay implements AutoCloseable {
    /** One release as the relay received it. */
    record Release(String body, String authorization) {
    }

    private final HttpServer server;
    private final List<Release> releases = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile long delayMillis;

    TestRelay() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/relay", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                releases.add(new Release(new String(in.readAllBytes(), StandardCharsets.UTF_8), exchange.getRequestHeaders().getFirst("Authorization")));
            }
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/relay";
    }

    List<Release> releases() {
        return List.copyOf(releases);
    }

    void answer(int httpStatus, long afterMillis) {
        status = httpStatus;
        delayMillis = afterMillis;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

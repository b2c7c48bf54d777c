package org.gatepass.camera.mjpeg.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local IP camera for tests, on 127.0.0.1: MJPEG streams (with and without Content-Length, with a standard and a
 * "--"-prefixed boundary parameter), a snapshot URL, a stream behind basic authentication, a web page and a stream
 * that stalls after its headers. Every image is a real JPEG of one colour.
 */
final class TestCameraServer implements AutoCloseable {
    static final String USER = "gate";
    static final String PASSWORD = "s3cret";
    /** BGR of the test picture; JPEG keeps it within a few levels. */
    static final int[] COLOUR_BGR = {40, 120, 200};
    private static final long FRAME_PAUSE_MS = 40;

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private final byte[] jpeg;
    private final AtomicInteger snapshots = new AtomicInteger();
    private volatile boolean stopping;

    /** @param port 0 for any free port */
    TestCameraServer(int port, int width, int height) throws IOException {
        jpeg = jpeg(width, height);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/stream", exchange -> stream(exchange, "gatepass-frame", "--gatepass-frame", true));
        server.createContext("/stream-without-lengths", exchange -> stream(exchange, "--dashed", "--dashed", false));
        server.createContext("/snapshot.jpg", this::snapshot);
        server.createContext("/secure/stream", exchange -> {
            if (authorized(exchange)) {
                stream(exchange, "gatepass-frame", "--gatepass-frame", true);
            } else {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"camera\"");
                exchange.sendResponseHeaders(401, -1);
                exchange.close();
            }
        });
        server.createContext("/page", exchange -> {
            byte[] page = "<html>Camera login</html>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        });
        server.createContext("/stall", this::stall);
        server.setExecutor(handlers);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    int snapshotsServed() {
        return snapshots.get();
    }

    private void stream(HttpExchange exchange, String boundaryParameter, String delimiter, boolean withLengths) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "multipart/x-mixed-replace; boundary=" + boundaryParameter);
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            while (!stopping) {
                String headers = delimiter + "\r\nContent-Type: image/jpeg\r\n"
                        + (withLengths ? "Content-Length: " + jpeg.length + "\r\n" : "") + "\r\n";
                out.write(headers.getBytes(StandardCharsets.ISO_8859_1));
                out.write(jpeg);
                out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                Thread.sleep(FRAME_PAUSE_MS);
            }
        } catch (IOException | InterruptedException e) {
            // The camera under test disconnected, or this server stops.
        }
    }

    private void snapshot(HttpExchange exchange) throws IOException {
        snapshots.incrementAndGet();
        exchange.getResponseHeaders().set("Content-Type", "image/jpeg");
        exchange.sendResponseHeaders(200, jpeg.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(jpeg);
        }
    }

    private void stall(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "multipart/x-mixed-replace; boundary=never");
        exchange.sendResponseHeaders(200, 0);
        try {
            while (!stopping) {
                Thread.sleep(FRAME_PAUSE_MS);
            }
        } catch (InterruptedException e) {
            // This server stops.
        } finally {
            exchange.close();
        }
    }

    private static boolean authorized(HttpExchange exchange) {
        String expected = "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return expected.equals(exchange.getRequestHeaders().getFirst("Authorization"));
    }

    private static byte[] jpeg(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(COLOUR_BGR[2], COLOUR_BGR[1], COLOUR_BGR[0]));
        graphics.fillRect(0, 0, width, height);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "jpg", out)) {
            throw new IllegalStateException("no JPEG encoder");
        }
        return out.toByteArray();
    }

    /** Closes the port and every open connection, as a camera that loses power. */
    @Override
    public void close() throws InterruptedException {
        stopping = true;
        server.stop(0);
        handlers.shutdownNow();
        handlers.awaitTermination(5, TimeUnit.SECONDS);
    }
}

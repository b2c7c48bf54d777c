package org.gatepass.camera.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An IP camera on 127.0.0.1 for tests of the whole workstation: an MJPEG stream at {@code /stream} of a folder's JPEG
 * photos (LFW faces, played in file name order, in a loop), behind HTTP basic authentication.
 */
public final class PhotoStreamServer implements AutoCloseable {
    private static final long FRAME_PAUSE_MS = 100;

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private final List<byte[]> photos = new ArrayList<>();
    private final String authorization;
    private volatile boolean stopping;

    public PhotoStreamServer(Path folder, String user, String password) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jpg")).sorted().toList()) {
                photos.add(Files.readAllBytes(file));
            }
        }
        if (photos.isEmpty()) {
            throw new IllegalArgumentException("No .jpg photos in " + folder);
        }
        authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/stream", this::stream);
        server.setExecutor(handlers);
        server.start();
    }

    public String streamUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/stream";
    }

    private void stream(HttpExchange exchange) throws IOException {
        if (!authorization.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"camera\"");
            exchange.sendResponseHeaders(401, -1);
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "multipart/x-mixed-replace; boundary=photo");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            for (int i = 0; !stopping; i = (i + 1) % photos.size()) {
                byte[] jpeg = photos.get(i);
                out.write(("--photo\r\nContent-Type: image/jpeg\r\nContent-Length: " + jpeg.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.write(jpeg);
                out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                Thread.sleep(FRAME_PAUSE_MS);
            }
        } catch (IOException | InterruptedException e) {
            // The camera disconnected, or this server stops.
        }
    }

    /** Closes the port and every open connection. */
    @Override
    public void close() throws InterruptedException {
        stopping = true;
        server.stop(0);
        handlers.shutdownNow();
        handlers.awaitTermination(5, TimeUnit.SECONDS);
    }
}

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;

/**
 * The receiving end of the install test, run with {@code java WebhookReceiver.java <folder> <secret>}: listens on a
 * free port of 127.0.0.1 (written to {@code <folder>/port}) and keeps each request as {@code request-N.txt}
 * (method, path, headers) and {@code request-N.json} (the body), with {@code request-N.verdict} saying whether the
 * signature checks out, computed the way the administrator guide tells receivers to.
 */
public class WebhookReceiver {
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        byte[] secret = args[1].getBytes(StandardCharsets.UTF_8);
        AtomicInteger count = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            int n = count.incrementAndGet();
            StringBuilder head = new StringBuilder(exchange.getRequestMethod() + " " + exchange.getRequestURI() + "\n");
            exchange.getRequestHeaders().forEach((name, values) -> head.append(name).append(": ").append(String.join(",", values)).append('\n'));
            String timestamp = exchange.getRequestHeaders().getFirst("Gatepass-Timestamp");
            String signature = exchange.getRequestHeaders().getFirst("Gatepass-Signature");
            boolean valid = timestamp != null && signature != null && signature.equals(sign(secret, timestamp, body));
            Files.writeString(folder.resolve("request-" + n + ".txt"), head);
            Files.write(folder.resolve("request-" + n + ".json"), body);
            Files.writeString(folder.resolve("request-" + n + ".verdict"), valid ? "signature ok\n" : "signature mismatch\n");
            exchange.sendResponseHeaders(valid ? 204 : 401, -1);
            exchange.close();
        });
        server.start();
        Files.writeString(folder.resolve("port.tmp"), Integer.toString(server.getAddress().getPort()));
        Files.move(folder.resolve("port.tmp"), folder.resolve("port"));
    }

    private static String sign(byte[] secret, String timestamp, byte[] body) throws IOException {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (java.security.GeneralSecurityException e) {
            throw new IOException(e);
        }
    }
}

package org.gatepass.camera.mjpeg.internal;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;

import org.gatepass.core.camera.capture.CaptureException;
import org.gatepass.core.secret.SecretStore;

/**
 * How to reach one camera over HTTP. HttpURLConnection rather than java.net.http.HttpClient because its read timeout
 * applies to every read, which an endless MJPEG stream needs to notice a camera that stalls.
 *
 * @param password asked at every connection, so a password stored or changed meanwhile applies at the next attempt
 */
record CameraHttp(URI url, String user, CameraPassword password, Duration connectTimeout, Duration readTimeout) {

    CameraHttp {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("The camera URL must start with http:// or https://, not " + url);
        }
        user = user == null ? "" : user.strip();
    }

    static CameraHttp of(IpCameraConfig config, SecretStore secrets) {
        if (config.url() == null || config.url().isBlank()) {
            throw new IllegalArgumentException("The setting url is required");
        }
        return new CameraHttp(URI.create(config.url().strip()), config.user(), CameraPassword.from(secrets, config.password_key()),
                Duration.ofMillis(config.connect_timeout_ms()), Duration.ofMillis(config.read_timeout_ms()));
    }

    /** Sends a GET and returns the connection once it answered 200; the caller disconnects it. */
    HttpURLConnection get() throws CaptureException {
        HttpURLConnection connection = null;
        boolean answered = false;
        try {
            connection = (HttpURLConnection) url.toURL().openConnection();
            connection.setConnectTimeout(Math.toIntExact(connectTimeout.toMillis()));
            connection.setReadTimeout(Math.toIntExact(readTimeout.toMillis()));
            connection.setUseCaches(false);
            if (!user.isEmpty()) {
                String credentials = user + ":" + password.get();
                connection.setRequestProperty("Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
            }
            int code = connection.getResponseCode();
            if (code != HttpURLConnection.HTTP_OK) {
                String message = connection.getResponseMessage();
                throw new CaptureException("HTTP " + code + (message == null ? "" : " " + message)
                        + (code == HttpURLConnection.HTTP_UNAUTHORIZED ? ": check the user and password" : ""));
            }
            answered = true;
            return connection;
        } catch (IOException e) {
            throw new CaptureException(reason(e), e);
        } finally {
            if (!answered && connection != null) {
                connection.disconnect();
            }
        }
    }

    /** Says what went wrong in words an operator can act on. */
    String reason(IOException failure) {
        String where = url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort());
        return switch (failure) {
            case ConnectException e -> "connection refused by " + where;
            case SocketTimeoutException e -> "timeout: " + e.getMessage() + " (" + where + ")";
            case UnknownHostException e -> "unknown host " + url.getHost();
            case EOFException e -> e.getMessage();
            default -> "connection to " + where + " failed: "
                    + (failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage());
        };
    }

    @Override
    public String toString() {
        return "CameraHttp[" + url + (user.isEmpty() ? "" : " as " + user) + "]";
    }
}

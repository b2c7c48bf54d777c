package org.gatepass.notify.email.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A small real SMTP server on a local socket that answers each command as the test says: a chosen reply
 * code at the greeting, MAIL, RCPT or end of DATA, and STARTTLS (a real TLS upgrade) when offered. It logs
 * the commands it received and whether the connection was encrypted when the message came.
 */
final class ScriptedSmtpServer implements AutoCloseable {
    /** Where a scripted reply replaces the normal one. */
    enum Step {
        GREETING, MAIL, RCPT, DATA_END
    }

    private final ServerSocket server;
    private final SSLContext tls;
    private final Map<Step, String> replies = new ConcurrentHashMap<>();
    final List<String> commands = new CopyOnWriteArrayList<>();
    final List<Boolean> messagesOverTls = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    /** @param tls offers STARTTLS with this context; null offers no STARTTLS */
    ScriptedSmtpServer(SSLContext tls) throws IOException {
        this.tls = tls;
        server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::acceptLoop, "scripted-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** E.g. {@code reply(Step.RCPT, "550 5.1.1 No such user")}. */
    ScriptedSmtpServer reply(Step step, String reply) {
        replies.put(step, reply);
        return this;
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                converse(socket);
            } catch (IOException e) {
                // the client hung up or the server closed: wait for the next connection
            }
        }
    }

    private void converse(Socket plain) throws IOException {
        Socket socket = plain;
        BufferedReader in = reader(socket);
        OutputStream out = socket.getOutputStream();
        String greeting = replies.getOrDefault(Step.GREETING, "220 localhost ESMTP scripted");
        send(out, greeting);
        if (!greeting.startsWith("220")) {
            return;
        }
        String line;
        while ((line = in.readLine()) != null) {
            String verb = line.split(" ", 2)[0].toUpperCase(Locale.ROOT);
            commands.add(verb);
            switch (verb) {
                case "EHLO" -> send(out, tls != null && !(socket instanceof SSLSocket)
                        ? "250-localhost\r\n250-8BITMIME\r\n250 STARTTLS" : "250-localhost\r\n250 8BITMIME");
                case "HELO", "RSET", "NOOP" -> send(out, "250 OK");
                case "STARTTLS" -> {
                    send(out, "220 Ready to start TLS");
                    SSLSocket secure = (SSLSocket) tls.getSocketFactory().createSocket(socket, "localhost", socket.getPort(), true);
                    secure.setUseClientMode(false);
                    secure.startHandshake();
                    socket = secure;
                    in = reader(socket);
                    out = socket.getOutputStream();
                }
                case "MAIL" -> send(out, replies.getOrDefault(Step.MAIL, "250 OK"));
                case "RCPT" -> send(out, replies.getOrDefault(Step.RCPT, "250 OK"));
                case "DATA" -> {
                    send(out, "354 End data with <CR><LF>.<CR><LF>");
                    while ((line = in.readLine()) != null && !line.equals(".")) {
                        // the message itself is not examined here; GreenMail tests look at content
                    }
                    messagesOverTls.add(socket instanceof SSLSocket);
                    send(out, replies.getOrDefault(Step.DATA_END, "250 OK queued"));
                }
                case "QUIT" -> {
                    send(out, "221 Bye");
                    return;
                }
                default -> send(out, "502 Command not implemented");
            }
        }
    }

    private static BufferedReader reader(Socket socket) throws IOException {
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
    }

    private static void send(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}

package org.gatepass.notify.email.internal;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.Callable;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

/** What the walk-through e-mail tests share: a free port for the SMTP server, the recipient of a mail, waiting. */
final class MailWalks {
    private MailWalks() {
    }

    static String to(MimeMessage mail) {
        try {
            return mail.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Polls until the condition gives a value. */
    static <T> T await(String what, Callable<T> condition, Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            T value = condition.call();
            if (value != null) {
                return value;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Timed out waiting until " + what);
    }
}

package org.gatepass.notify.email.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLException;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.gatepass.core.notify.DeliveryException;
import org.gatepass.notify.email.EmailSettings;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;

/**
 * Why an e-mail did not go, in words for an administrator, and whether trying again can help: a server that
 * is down, slow or answers 4xx is worth another try; a 5xx answer, refused credentials or a TLS failure are not
 * until someone changes something.
 */
record SmtpFailure(boolean permanent, String message) {
    /** Angus reports a refused greeting only in its message text. */
    private static final Pattern RESPONSE_CODE = Pattern.compile("response: ([245]\\d\\d)");

    static SmtpFailure of(Exception e, EmailSettings settings) {
        String server = settings.host() + ":" + settings.port();
        if (e instanceof SmtpMailer.UnusableTrustFile) {
            return new SmtpFailure(true, e.getMessage());
        }
        if (e instanceof AuthenticationFailedException) {
            return new SmtpFailure(true, "Authentication failed at " + server + " (" + oneLine(e.getMessage())
                    + "): check the user and password (Gmail needs an app password)");
        }
        Throwable tls = find(e, SSLException.class, GeneralSecurityException.class);
        if (tls != null) {
            return new SmtpFailure(true, "TLS failed with " + server + ": " + oneLine(rootMessage(tls))
                    + ". Check the security setting (" + settings.security().label() + "), the port and the trusted certificates");
        }
        int code = replyCode(e);
        if (code == 535 || code == 530) {
            return new SmtpFailure(true, "Authentication failed at " + server + " (" + code + " " + serverText(e)
                    + "): check the user and password (Gmail needs an app password)");
        }
        if (code >= 500) {
            return new SmtpFailure(true, server + " refused the e-mail: " + code + " " + serverText(e));
        }
        if (code >= 400) {
            return new SmtpFailure(false, server + " answered " + code + " " + serverText(e) + " (temporary; will try again)");
        }
        if (find(e, ConnectException.class) != null) {
            return new SmtpFailure(false, "Connection refused by " + server + ": is the SMTP server running and the port right?");
        }
        if (find(e, SocketTimeoutException.class) != null) {
            return new SmtpFailure(false, "No answer from " + server + " in time (connect " + settings.connectTimeoutMs()
                    + " ms, read " + settings.readTimeoutMs() + " ms)");
        }
        if (find(e, UnknownHostException.class) != null) {
            return new SmtpFailure(false, "Unknown SMTP server " + settings.host() + ": check the name and the network");
        }
        if (find(e, NoRouteToHostException.class, IOException.class) != null) {
            return new SmtpFailure(false, "Network error with " + server + ": " + oneLine(rootMessage(e)));
        }
        String text = oneLine(e.getMessage());
        if (text.contains("STARTTLS")) {
            return new SmtpFailure(true, server + " does not offer STARTTLS: choose SSL/TLS (port 465) or check the port");
        }
        return new SmtpFailure(false, "E-mail via " + server + " failed: " + text);
    }

    DeliveryException toDeliveryException(Exception cause) {
        return permanent ? DeliveryException.giveUp(message, cause) : DeliveryException.retryLater(message, cause);
    }

    /** The SMTP reply code anywhere in the chain of exceptions, 0 when there is none. */
    private static int replyCode(Throwable e) {
        for (Throwable t = e; t != null; t = next(t)) {
            if (t instanceof SMTPAddressFailedException f) {
                return f.getReturnCode();
            }
            if (t instanceof SMTPSenderFailedException f) {
                return f.getReturnCode();
            }
            if (t instanceof SMTPSendFailedException f) {
                return f.getReturnCode();
            }
            Matcher m = RESPONSE_CODE.matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return 0;
    }

    /** The server's own words for the innermost SMTP reply, without the code. */
    private static String serverText(Throwable e) {
        String text = "";
        for (Throwable t = e; t != null; t = next(t)) {
            if (t instanceof SMTPAddressFailedException || t instanceof SMTPSenderFailedException || t instanceof SMTPSendFailedException) {
                text = t.getMessage();
            }
        }
        if (text.isEmpty()) {
            Matcher m = RESPONSE_CODE.matcher(String.valueOf(e.getMessage()));
            text = m.find() ? e.getMessage().substring(m.end()) : String.valueOf(e.getMessage());
        }
        return oneLine(text.replaceFirst("^\\s*[245]\\d\\d[ -]", ""));
    }

    @SafeVarargs
    private static Throwable find(Throwable e, Class<? extends Throwable>... types) {
        for (Throwable t = e; t != null; t = next(t)) {
            for (Class<? extends Throwable> type : types) {
                if (type.isInstance(t)) {
                    return t;
                }
            }
        }
        return null;
    }

    /** Jakarta Mail chains through getNextException as well as getCause. */
    private static Throwable next(Throwable t) {
        if (t instanceof MessagingException m && m.getNextException() != null && m.getNextException() != t) {
            return m.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (next(root) != null) {
            root = next(root);
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}

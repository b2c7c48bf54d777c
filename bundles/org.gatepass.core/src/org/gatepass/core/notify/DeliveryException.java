package org.gatepass.core.notify;

/** A notification did not arrive. Transient failures are retried; permanent ones are given up and shown. */
public class DeliveryException extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean permanent;

    private DeliveryException(String message, Throwable cause, boolean permanent) {
        super(message, cause);
        this.permanent = permanent;
    }

    /** Worth trying again later: the server is down, busy, or answered 4xx/5xx-try-later. */
    public static DeliveryException retryLater(String message, Throwable cause) {
        return new DeliveryException(message, cause, false);
    }

    /** Trying again cannot help: the address is refused, the credentials are wrong, the message is rejected. */
    public static DeliveryException giveUp(String message, Throwable cause) {
        return new DeliveryException(message, cause, true);
    }

    public boolean permanent() {
        return permanent;
    }
}

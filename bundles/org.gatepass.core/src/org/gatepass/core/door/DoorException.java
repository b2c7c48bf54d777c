package org.gatepass.core.door;

/** A door that did not open, and why, in words for the alerts desk: "relay answered HTTP 500". */
public final class DoorException extends Exception {
    private static final long serialVersionUID = 1L;

    public DoorException(String message) {
        super(message);
    }

    public DoorException(String message, Throwable cause) {
        super(message, cause);
    }
}

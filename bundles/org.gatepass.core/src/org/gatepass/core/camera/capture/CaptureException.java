package org.gatepass.core.camera.capture;

/** A camera that cannot be opened or read; the message is shown to operators as the reason. */
public class CaptureException extends Exception {
    private static final long serialVersionUID = 1L;

    public CaptureException(String reason) {
        super(reason);
    }

    public CaptureException(String reason, Throwable cause) {
        super(reason, cause);
    }
}

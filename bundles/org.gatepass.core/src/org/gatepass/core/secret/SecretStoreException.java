package org.gatepass.core.secret;

/** The secret store could not be read or written; the message is fit to show an administrator. */
public class SecretStoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SecretStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}

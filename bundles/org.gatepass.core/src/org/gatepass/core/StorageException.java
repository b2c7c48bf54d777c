package org.gatepass.core;

/** The database could not do what was asked; the message is fit to show an operator. */
public class StorageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}

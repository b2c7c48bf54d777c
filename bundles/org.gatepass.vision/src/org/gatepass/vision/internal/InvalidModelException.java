package org.gatepass.vision.internal;

import java.nio.file.Path;

/** A dropped-in model that cannot be used, and why, in words an administrator can act on. */
final class InvalidModelException extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidModelException(Path descriptor, String problem) {
        super("Model descriptor " + descriptor + ": " + problem);
    }

    InvalidModelException(String problem) {
        super(problem);
    }
}

package org.gatepass.gate.internal;

import java.time.Duration;

/** How a camera lets visitors through ({@code gate.visitors}). */
enum VisitorCheck {
    /** A valid pass code, or the visitor's enrolled face while one of their passes is valid here. */
    QR_OR_FACE,
    /** The pass code and the visitor's face, one within {@link #PAIRING} of the other. */
    QR_AND_FACE;

    static final Duration PAIRING = Duration.ofSeconds(15);
}

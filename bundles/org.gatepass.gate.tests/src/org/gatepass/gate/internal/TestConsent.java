package org.gatepass.gate.internal;

/** The consent a test person gives before their face is enrolled, as an operator records it. */
final class TestConsent {
    static final String TEXT = "I agree to my face being recognised at the gate (test).";

    private TestConsent() {
    }
}

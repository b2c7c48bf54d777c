package org.gatepass.gate.internal;

/**
 * A hold on a camera's decisions ({@link GateRuntime#holdDecisions}): the gate acts on nothing that camera sees
 * until it is closed. Only enrolment takes one, through the enrolment service, which checks who asks.
 */
interface DecisionHold extends AutoCloseable {
    /** Closing it again does nothing. */
    @Override
    void close();
}

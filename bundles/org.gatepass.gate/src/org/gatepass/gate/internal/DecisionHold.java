package org.gatepass.gate.internal;

/** A hold on a camera's decisions ({@link DecisionHolds#hold}): the gate acts on nothing that camera sees until it is closed. */
interface DecisionHold extends AutoCloseable {
    /** Closing it again does nothing. */
    @Override
    void close();
}

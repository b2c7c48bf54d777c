package org.gatepass.core.alert;

/** Where an alert stands on the desk. */
public enum AlertState {
    /** Nobody has taken it yet. */
    OPEN,
    /** An operator has seen it and is dealing with it. */
    ACKNOWLEDGED,
    /** Dealt with, with a comment saying how. */
    RESOLVED
}

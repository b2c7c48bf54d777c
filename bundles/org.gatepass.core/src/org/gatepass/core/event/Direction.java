package org.gatepass.core.event;

/** Which way a person went through the gate. */
public enum Direction {
    IN("In"), OUT("Out");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public Direction opposite() {
        return this == IN ? OUT : IN;
    }
}

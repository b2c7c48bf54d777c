package org.gatepass.persistence.internal;

/** Receives the id the database generated for an inserted row (records cannot be written to). */
public final class GeneratedKey {
    private long value;

    public long getValue() {
        return value;
    }

    public void setValue(long value) {
        this.value = value;
    }
}

package org.gatepass.core.event;

/** What the gate decided about a face or pass; everything but {@link #ADMITTED} is an alert. */
public enum Decision {
    ADMITTED("Admitted"), UNKNOWN_FACE("Unknown face"), BLOCKED_PERSON("Blocked person"), INACTIVE_PERSON("Inactive person"),
    /** A pass code refused at a camera: forged, altered, expired, revoked or not for this gate (the event's reason says which). */
    PASS_REFUSED("Pass refused"),
    /** A recognised person refused at a restricted gate: not authorised there, outside the schedule, a holiday (see the reason). */
    ACCESS_REFUSED("Access refused"),
    /** An admitted person's door did not open: its actuator failed, overran or is not installed (see the reason). */
    DOOR_FAILED("Door did not open"),
    /** An entry without a leaving before it, or a leaving without an entry, at a gate that checks it (see the reason). */
    PASSBACK("Anti-passback"),
    /** A rule that watches the time found a person out after a curfew, in after closing or not arrived (see the reason). */
    RULE_BROKEN("Rule broken");

    private final String label;

    Decision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isAlert() {
        return this != ADMITTED;
    }
}

package org.gatepass.core.person;

/** Whether the gate lets a person through: blocked and inactive (deactivated) people raise an alarm instead. */
public enum PersonStatus {
    ACTIVE("Active"), BLOCKED("Blocked"), INACTIVE("Inactive");

    private final String label;

    PersonStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

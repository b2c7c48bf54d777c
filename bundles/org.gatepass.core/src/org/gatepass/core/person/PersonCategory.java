package org.gatepass.core.person;

/** Who a person is to the site; decides who else is told about their movements. */
public enum PersonCategory {
    EMPLOYEE("Employee"), STUDENT("Student"), VISITOR("Visitor"), CONTRACTOR("Contractor");

    private final String label;

    PersonCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

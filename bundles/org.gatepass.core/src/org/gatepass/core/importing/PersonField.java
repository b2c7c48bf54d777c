package org.gatepass.core.importing;

import java.util.List;
import java.util.Locale;

/**
 * The fields of a person a column can hold, and of the visitor's pass a row may issue, with the header names taken for
 * each when guessing.
 */
public enum PersonField {
    NAME("Name", true, "name", "full name", "person", "visitor"),
    EXTERNAL_ID("ID", false, "id", "external id", "staff id", "student id", "roll number", "roll no", "employee id", "employee number",
            "staff number", "admission number", "admission no", "registration number", "registration no", "card number", "badge number", "number"),
    EMAIL("E-mail", false, "e-mail", "email", "mail", "email address"),
    MOBILE("Mobile", false, "mobile", "phone", "telephone", "mobile number"),
    CATEGORY("Category", true, "category", "type", "role"),
    STATUS("Status", false, "status", "state"),
    GUARDIAN_EMAIL("Guardian / host e-mail", false, "guardian e-mail", "guardian email", "guardian", "host e-mail", "host email", "host",
            "parent email", "parent e-mail"),
    /** A visitor row with "valid from" and "valid until" issues a pass for that window. */
    PASS_FROM("Pass valid from", false, "valid from", "pass valid from", "pass from", "from", "arrival"),
    PASS_UNTIL("Pass valid until", false, "valid until", "pass valid until", "pass until", "until", "valid to", "departure"),
    PASS_PURPOSE("Purpose", false, "purpose", "visit purpose", "reason"),
    PASS_GATES("Gates", false, "gates", "cameras", "pass gates");

    private final String label;
    private final boolean required;
    private final List<String> aliases;

    PersonField(String label, boolean required, String... aliases) {
        this.label = label;
        this.required = required;
        this.aliases = List.of(aliases);
    }

    public String label() {
        return label;
    }

    public boolean required() {
        return required;
    }

    boolean matches(String header) {
        String h = header.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace(".", "");
        return aliases.contains(h) || h.equals(label.toLowerCase(Locale.ROOT));
    }
}

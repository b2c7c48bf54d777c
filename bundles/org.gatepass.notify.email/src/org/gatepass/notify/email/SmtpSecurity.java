package org.gatepass.notify.email;

/** How the connection to the SMTP server is protected. */
public enum SmtpSecurity {
    /** Plain text; only for a relay on the same host or a trusted network (usually port 25). */
    NONE("None"),
    /** Plain connection upgraded with STARTTLS before logging in; refused if the server cannot (usually port 587). */
    STARTTLS("STARTTLS"),
    /** TLS from the first byte, also called SMTPS (usually port 465). */
    SSL("SSL/TLS");

    private final String label;

    SmtpSecurity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package org.gatepass.persistence.internal;

/**
 * The widths of audit_log's free-text columns. A value is cut to fit before it is hashed, so that a long subject
 * (a mistyped user name pasted into the log-in) is recorded shortened instead of failing the change it records.
 */
enum AuditColumns {
    OPERATOR(100), SUBJECT(500), STATION(100);

    private static final String CUT = "…";
    private final int maxChars;

    AuditColumns(int maxChars) {
        this.maxChars = maxChars;
    }

    /**
     * The value, or its start and "…" when it is longer than the column. Counted in UTF-16 units, never fewer than
     * the characters MariaDB counts, and never cutting a character in two.
     */
    String fit(String value) {
        if (value.length() <= maxChars) {
            return value;
        }
        int end = maxChars - CUT.length();
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end) + CUT;
    }
}

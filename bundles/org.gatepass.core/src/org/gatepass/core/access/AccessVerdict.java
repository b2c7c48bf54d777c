package org.gatepass.core.access;

/** Whether a person may pass a gate now; when not, the reason an operator reads, e.g. "not authorised for Lab 2". */
public record AccessVerdict(boolean admitted, String reason) {
    public static final AccessVerdict ADMITTED = new AccessVerdict(true, "");

    static AccessVerdict refused(String reason) {
        return new AccessVerdict(false, reason);
    }
}

package org.gatepass.core.security;

import static org.gatepass.core.security.Permission.ACKNOWLEDGE_ALERTS;
import static org.gatepass.core.security.Permission.CORRECT_PRESENCE;
import static org.gatepass.core.security.Permission.IDENTIFY_STRANGERS;
import static org.gatepass.core.security.Permission.MANAGE_VISITORS;
import static org.gatepass.core.security.Permission.VIEW_AUDIT;
import static org.gatepass.core.security.Permission.VIEW_CAMERAS;
import static org.gatepass.core.security.Permission.VIEW_LOG;
import static org.gatepass.core.security.Permission.VIEW_PERSONS;
import static org.gatepass.core.security.Permission.VIEW_PRESENCE;
import static org.gatepass.core.security.Permission.VIEW_SETTINGS;

import java.util.EnumSet;
import java.util.Set;

/** The roles an operator can have and what each is granted: the one place permissions are assigned. */
public enum Role {
    /** Security desk: cameras, the log, alerts and their acknowledgement, unknown faces, who is inside and marking out. */
    SECURITY("Security", EnumSet.of(VIEW_CAMERAS, VIEW_LOG, ACKNOWLEDGE_ALERTS, IDENTIFY_STRANGERS, VIEW_PRESENCE, CORRECT_PRESENCE)),
    /** Reception: visitors and their passes; persons read-only. */
    RECEPTION("Reception", EnumSet.of(MANAGE_VISITORS, VIEW_PERSONS)),
    /** Everything, including persons, enrolment and erasure, settings, operators and extensions. */
    ADMIN("Admin", EnumSet.allOf(Permission.class)),
    /**
     * The gate runtime, the notification relay and the headless tools: reads what they work on, changes
     * nothing an operator manages. Never given to an operator.
     */
    SYSTEM("System", EnumSet.of(VIEW_LOG, VIEW_PERSONS, VIEW_PRESENCE, VIEW_SETTINGS, VIEW_AUDIT));

    private final String label;
    private final Set<Permission> granted;

    Role(String label, Set<Permission> granted) {
        this.label = label;
        this.granted = Set.copyOf(granted);
    }

    public boolean allows(Permission permission) {
        return granted.contains(permission);
    }

    public Set<Permission> permissions() {
        return granted;
    }

    /** The name an operator reads: "Security". */
    public String label() {
        return label;
    }

    /** The roles an administrator can give an operator. */
    public static Set<Role> operatorRoles() {
        return EnumSet.of(SECURITY, RECEPTION, ADMIN);
    }
}

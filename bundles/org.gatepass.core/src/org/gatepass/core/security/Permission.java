package org.gatepass.core.security;

/**
 * What an operator may do: the one list every service checks against ({@link Role} grants them). The
 * description is what an operator reads when a call is refused.
 */
public enum Permission {
    VIEW_CAMERAS("watch the cameras"),
    VIEW_LOG("read the event log"),
    ACKNOWLEDGE_ALERTS("acknowledge alerts"),
    VIEW_PRESENCE("see who is inside"),
    CORRECT_PRESENCE("mark a person as out by hand"),
    IDENTIFY_STRANGERS("name unknown faces"),
    VIEW_PERSONS("look up persons"),
    MANAGE_PERSONS("create, change or deactivate persons"),
    ENROL_FACES("enrol or erase face data"),
    MANAGE_VISITORS("register visitors and issue their passes"),
    VIEW_NOTIFICATIONS("read the notification outbox"),
    RESEND_NOTIFICATIONS("send notifications again"),
    MANAGE_ACCESS("set up gates, access levels, schedules and holidays"),
    VIEW_SETTINGS("read settings"),
    CHANGE_SETTINGS("change settings"),
    MANAGE_OPERATORS("manage operators"),
    VIEW_AUDIT("read the audit trail"),
    MANAGE_EXTENSIONS("install or remove extensions");

    private final String description;

    Permission(String description) {
        this.description = description;
    }

    /** What the permission allows, in words: "change settings". */
    public String description() {
        return description;
    }
}

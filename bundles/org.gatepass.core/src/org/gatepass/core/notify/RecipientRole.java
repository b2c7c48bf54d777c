package org.gatepass.core.notify;

/** Why a recipient hears about an event. */
public enum RecipientRole {
    /** The person who moved. */
    PERSON,
    /** A parent or guardian of a student. */
    GUARDIAN,
    /** The host of a visitor. */
    HOST,
    /** The security desk, for alerts. */
    SECURITY,
    /** A system subscribed to every event (a webhook endpoint). */
    SUBSCRIBER
}

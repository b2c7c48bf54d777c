package org.gatepass.gate;

/** What erasing a person removed, to tell the operator and the person who asked. */
public record ErasureReport(String name, int templates, int pictures, int notifications, int passes, int consents, int eventsAnonymised) {
}

package org.gatepass.gate;

/** What an export of a person's data holds, to tell the operator. */
public record DataExport(String name, int events, int pictures, int passes, int consents, int templates) {
}

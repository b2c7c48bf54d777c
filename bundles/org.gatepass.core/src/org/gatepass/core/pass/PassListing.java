package org.gatepass.core.pass;

/** A pass with its visitor, as the reception lists passes: the host is the visitor's guardian/host e-mail. */
public record PassListing(VisitorPass pass, String visitorName, String visitorEmail, String hostEmail) {
}

/**
 * Visitor gate passes: a {@link org.gatepass.core.pass.VisitorPass} issued to a visitor for a time window and
 * some gates, carried as a short signed {@link org.gatepass.core.pass.PassToken} in a QR code, and the pure
 * {@link org.gatepass.core.pass.PassCheck} that decides what a code shown at a camera means.
 */
@org.osgi.annotation.versioning.Version("0.2.0")
package org.gatepass.core.pass;

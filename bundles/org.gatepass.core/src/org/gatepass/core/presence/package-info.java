/**
 * Who is inside now: the presence board and the muster list for an emergency, and marking a person out by hand.
 */
@org.osgi.annotation.versioning.Version("0.2.0")
package org.gatepass.core.presence;

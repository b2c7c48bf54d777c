/** Unknown faces seen more than once: a stranger groups the sightings of one face the gate did not know. */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.gatepass.core.stranger;

/** The time limit around calls into plug-ins: a plug-in that hangs holds up only its own calls. */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.gatepass.core.guard;

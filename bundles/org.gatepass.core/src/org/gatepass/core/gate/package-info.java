/** The gate's rules: what a recognised or unknown face at a camera leads to. Plain Java, no I/O. */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.gatepass.core.gate;

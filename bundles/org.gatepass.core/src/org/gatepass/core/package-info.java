/** Gatepass domain basics shared by every bundle: data locations and storage failures. */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.gatepass.core;

/** The face models shipped with Gatepass, as provisioned by the build, with their provenance. */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.gatepass.vision.models;

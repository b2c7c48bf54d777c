/** Settings and secrets, changed through one audited service. */
@org.osgi.annotation.versioning.Version("0.2.0")
package org.gatepass.core.settings;

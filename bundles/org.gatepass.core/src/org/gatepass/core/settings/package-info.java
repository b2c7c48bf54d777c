/** Settings and secrets, changed through one audited service. */
@org.osgi.annotation.versioning.Version("0.3.0")
package org.gatepass.core.settings;

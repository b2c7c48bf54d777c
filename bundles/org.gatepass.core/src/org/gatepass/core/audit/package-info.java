/** The tamper-evident audit trail: what was done, by whom, at which station, before and after. */
@org.osgi.annotation.versioning.Version("0.3.0")
package org.gatepass.core.audit;

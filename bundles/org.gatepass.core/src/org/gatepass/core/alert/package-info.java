/**
 * The alerts desk: alerts (unknown faces, blocked and deactivated persons) with their state, grouped by whom they
 * are about, acknowledged and resolved by operators.
 */
@org.osgi.annotation.versioning.Version("0.2.0")
package org.gatepass.core.alert;

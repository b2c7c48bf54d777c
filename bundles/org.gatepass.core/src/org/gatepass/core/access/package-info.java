/**
 * Access rules per gate: gates (cameras at a door, restricted or not, the door to release), access levels (gates on a
 * weekly schedule, closed on holidays unless they say), holidays, and the levels persons hold directly or by category.
 * {@link org.gatepass.core.access.AccessRules} decides, as plain Java; {@link org.gatepass.core.access.AccessService}
 * sets them up.
 */
@org.osgi.annotation.versioning.Version("0.2.0")
package org.gatepass.core.access;

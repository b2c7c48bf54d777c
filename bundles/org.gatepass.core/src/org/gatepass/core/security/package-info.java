/**
 * Operators, roles and permissions: who may do what. Every service call carries an {@link
 * org.gatepass.core.security.Actor}; {@link org.gatepass.core.security.AccessControl} decides.
 */
@org.osgi.annotation.versioning.Version("0.2.0")
package org.gatepass.core.security;

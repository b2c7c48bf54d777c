/**
 * For tests of other bundles that need a database of their own beside the workstation's: a fresh schema on
 * the test MySQL/MariaDB server, and repositories over their own connection pool, as a second station has.
 * Tests only: never part of the product.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.gatepass.persistence.testing;

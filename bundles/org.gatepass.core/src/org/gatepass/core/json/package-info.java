/**
 * A small JSON writer for what Gatepass sends and hands out: webhook bodies, a person's data on request.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.gatepass.core.json;

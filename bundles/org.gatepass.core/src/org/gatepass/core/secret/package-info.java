/** Secrets (SMTP passwords, webhook signing keys) kept encrypted, never in plain configuration files. */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.gatepass.core.secret;

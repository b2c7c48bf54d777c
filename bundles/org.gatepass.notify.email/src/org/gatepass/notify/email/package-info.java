/**
 * E-mail notification settings as the administration UI sees them: read, validate, save, and send a test
 * e-mail. Free of Jakarta Mail, so a UI can use it without the mail libraries.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.gatepass.notify.email;

/**
 * Notifications about gate events: the {@link org.gatepass.core.notify.Notifier} SPI that e-mail, webhook
 * and third-party plug-ins implement. Gatepass writes one outbox row per notifier and recipient in the
 * transaction that stores the event and delivers the rows later, with retries, off the recognition path.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.gatepass.core.notify;

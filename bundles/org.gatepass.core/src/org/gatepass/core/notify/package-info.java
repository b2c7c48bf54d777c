/**
 * Notifications about gate events: the {@link org.gatepass.core.notify.Notifier} SPI that e-mail, webhook
 * and third-party plug-ins implement, and the outbox that makes them reliable. The event repository asks the
 * {@link org.gatepass.core.notify.NotificationPlanner} for recipients and writes one
 * {@link org.gatepass.core.storage.NotificationOutbox} row per notifier and recipient in the transaction
 * that stores the event; a relay delivers the rows later, with retries, off the recognition path. Every
 * attempt of a row carries the same idempotency key, so a channel can drop a repeat after a crash. Alerts to the
 * security desk are digested per group (a person, or unknown faces at one camera): the first at once, the rest
 * folded into one {@link org.gatepass.core.notify.Notification} per digest interval.
 */
@org.osgi.annotation.versioning.Version("0.4.0")
package org.gatepass.core.notify;

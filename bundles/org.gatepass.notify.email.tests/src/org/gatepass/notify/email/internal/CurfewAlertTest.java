package org.gatepass.notify.email.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.gatepass.core.access.AccessService;
import org.gatepass.core.access.PresenceRule;
import org.gatepass.core.access.PresenceRule.Kind;
import org.gatepass.core.event.Decision;
import org.gatepass.core.event.Direction;
import org.gatepass.core.event.EventLogEntry;
import org.gatepass.core.event.EventLogQuery;
import org.gatepass.core.event.EventLogSort;
import org.gatepass.core.event.GateEvent;
import org.gatepass.core.notify.OutboxStatus;
import org.gatepass.core.person.Person;
import org.gatepass.core.person.PersonCategory;
import org.gatepass.core.person.PersonStatus;
import org.gatepass.core.security.Actor;
import org.gatepass.core.security.OperatorService;
import org.gatepass.core.storage.GateEventRepository;
import org.gatepass.core.storage.NotificationOutbox;
import org.gatepass.core.storage.PersonRepository;
import org.gatepass.gate.GateMonitor;
import org.gatepass.notify.email.EmailSettings;
import org.gatepass.notify.email.EmailSettingsService;
import org.gatepass.notify.email.SmtpSecurity;
import org.gatepass.persistence.testing.TestOperators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.dictionary.Dictionaries;
import org.osgi.test.common.service.ServiceAware;
import org.osgi.test.junit5.service.ServiceExtension;

import jakarta.mail.internet.MimeMessage;

/**
 * Issue 13 as it is judged: a hostel student still out after curfew triggers one alert and one guardian e-mail, through
 * the real gate's rules watch, outbox, relay and e-mail notifier; a restart of the gate repeats neither.
 */
@ExtendWith(ServiceExtension.class)
class CurfewAlertTest {
    @InjectService(timeout = 10_000)
    ConfigurationAdmin configurations;
    @InjectService(timeout = 10_000)
    OperatorService operators;
    @InjectService(timeout = 10_000)
    PersonRepository persons;
    @InjectService(timeout = 10_000)
    GateEventRepository events;
    @InjectService(timeout = 10_000)
    NotificationOutbox outbox;
    @InjectService(timeout = 10_000)
    AccessService access;
    @InjectService(timeout = 10_000)
    EmailSettingsService email;
    @InjectService(timeout = 30_000)
    ServiceAware<GateMonitor> gates;

    @Test
    void aStudentStillOutAfterCurfewTriggersOneAlertAndOneGuardianEmailEvenAcrossARestart() throws Exception {
        long stamp = System.nanoTime();
        String name = "Hostel Student " + stamp;
        String guardian = "guardian." + stamp + "@example.org";
        String studentMail = "student." + stamp + "@example.org";
        String desk = "warden." + stamp + "@example.org";
        Actor admin = TestOperators.admin(operators);
        Person student = persons.insert(new Person(null, "H-" + stamp, name, studentMail, null, PersonCategory.STUDENT, PersonStatus.ACTIVE, guardian));
        events.record(GateEvent.admitted(student.id(), "hostel-door", Direction.OUT, Instant.now().minus(Duration.ofHours(2))));

        int port = MailWalks.freePort();
        GreenMail smtp = MailClassLoader.call(() -> {
            GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            return server;
        });
        email.save(admin, new EmailSettings(true, "127.0.0.1", port, SmtpSecurity.NONE, "", "gate@example.org", "Gatepass", List.of(desk),
                EmailSettings.EMAIL_ROLES, false, 2_000, 2_000, "Hostel", ""));
        Configuration relay = configurations.getConfiguration("org.gatepass.notify.relay", "?");
        relay.update(Dictionaries.<String, Object> dictionaryOf("pollIntervalSeconds", 1, "retryInitialSeconds", 1, "retryMaxSeconds", 4));
        Configuration gate = configurations.getConfiguration("org.gatepass.gate", "?");
        PresenceRule curfew = null;
        try {
            GateMonitor first = restartGate(gate, null, 1);
            LocalTime now = LocalTime.now(ZoneId.systemDefault());
            LocalTime at = now.isBefore(LocalTime.of(0, 1)) ? LocalTime.MIDNIGHT : now.minusMinutes(1);
            curfew = access.savePresenceRule(admin, new PresenceRule(null, "Hostel curfew " + stamp, PersonCategory.STUDENT, Kind.STILL_OUT, at,
                    EnumSet.allOf(DayOfWeek.class)));

            List<EventLogEntry> alerts = MailWalks.await("the curfew alert", () -> {
                List<EventLogEntry> found = alertsOf(name);
                return found.isEmpty() ? null : found;
            }, Duration.ofSeconds(30));
            MailWalks.await("the guardian's e-mail", () -> to(smtp, guardian).isEmpty() ? null : Boolean.TRUE, Duration.ofSeconds(30));

            restartGate(gate, first, 2);
            Thread.sleep(5_000); // several checks by the restarted gate: a repeated alert would be stored by now
            alerts = alertsOf(name);
            assertEquals(1, alerts.size(), "one alert: " + alerts);
            long eventId = alerts.get(0).eventId();
            assertEquals(PresenceRule.SOURCE, alerts.get(0).cameraId());
            MailWalks.await("its e-mails are delivered", () -> outbox.ofEvent(eventId).stream().allMatch(r -> r.status() == OutboxStatus.DELIVERED)
                    ? Boolean.TRUE : null, Duration.ofSeconds(30));

            List<MimeMessage> toGuardian = to(smtp, guardian);
            assertEquals(1, toGuardian.size(), "one guardian e-mail");
            String text = new ReceivedMail(toGuardian.get(0)).only("text/plain").text();
            assertTrue(text.contains(name) && text.contains("still out after " + at.toString().substring(0, 5) + " (Hostel curfew " + stamp + ")"), text);
            // other tests' students may be out too and alert the desk as well: count the e-mails about this one
            assertEquals(1, to(smtp, desk).stream().filter(m -> about(m, name)).count(), "the warden's desk has the alert too");
            assertEquals(0, to(smtp, studentMail).size(), "the student is not e-mailed about it");
            assertEquals(Decision.RULE_BROKEN, alerts.get(0).decision());
        } finally {
            if (curfew != null) {
                access.deletePresenceRule(admin, curfew.id());
            }
            gate.delete();
            relay.delete();
            smtp.stop();
            email.save(admin, EmailSettings.defaults());
        }
    }

    /** Applies a new setting to the gate and waits for the gate it restarts as. */
    private GateMonitor restartGate(Configuration gate, GateMonitor before, int cooldownSeconds) throws Exception {
        GateMonitor old = before != null ? before : gates.waitForService(10_000);
        gate.update(Dictionaries.<String, Object> dictionaryOf("accessRefreshSeconds", 1, "cooldownSeconds", cooldownSeconds));
        return MailWalks.await("the gate restarts", () -> {
            GateMonitor now = gates.getService();
            return now != null && now != old ? now : null;
        }, Duration.ofSeconds(10));
    }

    private List<EventLogEntry> alertsOf(String name) {
        return events.log(new EventLogQuery(name, EventLogSort.TIME, true, 0, 20)).stream().filter(e -> e.decision() == Decision.RULE_BROKEN).toList();
    }

    private static boolean about(MimeMessage mail, String name) {
        try {
            return new ReceivedMail(mail).only("text/plain").text().contains(name);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<MimeMessage> to(GreenMail smtp, String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> address.equals(MailWalks.to(m))).toList();
    }
}

package org.gatepass.notify.email;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.gatepass.core.notify.RecipientRole;
import org.gatepass.core.person.PersonValidator;

/**
 * The e-mail notifier's settings, without the SMTP password (that lives in the secret store).
 * {@code notifiedRoles} says who is written to: the person, guardians of students, hosts of visitors, the
 * security desk for alerts. {@code trustedCertificates} is a PEM file of certificates to trust instead of the
 * JDK's authorities (a company CA or a self-signed server); empty for the JDK's.
 */
public record EmailSettings(boolean enabled, String host, int port, SmtpSecurity security, String username,
        String senderAddress, String senderName, List<String> securityDesk, Set<RecipientRole> notifiedRoles,
        boolean attachSnapshot, int connectTimeoutMs, int readTimeoutMs, String gateName, String trustedCertificates) {

    public static final int DEFAULT_PORT = 587;
    public static final int DEFAULT_TIMEOUT_MS = 10_000;
    public static final String DEFAULT_SENDER_NAME = "Gatepass";
    public static final String DEFAULT_GATE_NAME = "Main gate";
    /** The roles an e-mail can go to; {@link RecipientRole#SUBSCRIBER} is for webhooks. */
    public static final Set<RecipientRole> EMAIL_ROLES = Set.copyOf(
            EnumSet.of(RecipientRole.PERSON, RecipientRole.GUARDIAN, RecipientRole.HOST, RecipientRole.SECURITY));

    public EmailSettings {
        host = strip(host);
        security = security == null ? SmtpSecurity.STARTTLS : security;
        username = strip(username);
        senderAddress = strip(senderAddress);
        senderName = strip(senderName);
        securityDesk = securityDesk == null ? List.of() : securityDesk.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        notifiedRoles = notifiedRoles == null || notifiedRoles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(notifiedRoles));
        gateName = strip(gateName);
        trustedCertificates = strip(trustedCertificates);
    }

    /** Switched off, STARTTLS on port 587, every role notified, snapshots attached to alerts. */
    public static EmailSettings defaults() {
        return new EmailSettings(false, "", DEFAULT_PORT, SmtpSecurity.STARTTLS, "", "", DEFAULT_SENDER_NAME, List.of(),
                EMAIL_ROLES, true, DEFAULT_TIMEOUT_MS, DEFAULT_TIMEOUT_MS, DEFAULT_GATE_NAME, "");
    }

    /** Every broken rule in words for the administrator; empty when the settings can be saved. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (enabled && host.isEmpty()) {
            problems.add("SMTP server is required.");
        }
        if (port < 1 || port > 65535) {
            problems.add("Port " + port + " is not between 1 and 65535.");
        }
        if (enabled && senderAddress.isEmpty()) {
            problems.add("Sender address is required.");
        } else if (!senderAddress.isEmpty() && !PersonValidator.isEmailAddress(senderAddress)) {
            problems.add("Sender address '" + senderAddress + "' is not a valid address.");
        }
        for (String desk : securityDesk) {
            if (!PersonValidator.isEmailAddress(desk)) {
                problems.add("Security desk address '" + desk + "' is not a valid address.");
            }
        }
        if (!EMAIL_ROLES.containsAll(notifiedRoles)) {
            problems.add("E-mail cannot notify " + notifiedRoles.stream().filter(r -> !EMAIL_ROLES.contains(r)).toList() + ".");
        }
        if (connectTimeoutMs < 1 || readTimeoutMs < 1) {
            problems.add("Timeouts must be at least 1 ms.");
        }
        return problems;
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}

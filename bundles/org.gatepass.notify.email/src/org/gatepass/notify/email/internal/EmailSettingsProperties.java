package org.gatepass.notify.email.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.gatepass.core.notify.RecipientRole;
import org.gatepass.notify.email.EmailSettings;
import org.gatepass.notify.email.InvalidEmailSettingsException;
import org.gatepass.notify.email.SmtpSecurity;

/**
 * The one translation between configuration properties (as described by {@link EmailConfig}) and
 * {@link EmailSettings}. Values may be typed (Configuration Admin) or text ({@code .cfg} files).
 */
final class EmailSettingsProperties {
    static final String ENABLED = "enabled";
    static final String HOST = "smtp.host";
    static final String PORT = "smtp.port";
    static final String SECURITY = "smtp.security";
    static final String USERNAME = "smtp.username";
    static final String SENDER_ADDRESS = "sender.address";
    static final String SENDER_NAME = "sender.name";
    static final String SECURITY_DESK = "security.desk";
    static final String NOTIFY_ROLES = "notify.roles";
    static final String ATTACH_SNAPSHOT = "alert.attach.snapshot";
    static final String CONNECT_TIMEOUT = "connect.timeout.ms";
    static final String READ_TIMEOUT = "read.timeout.ms";
    static final String GATE_NAME = "gate.name";
    static final String TRUSTED_CERTIFICATES = "smtp.trusted.certificates";

    private EmailSettingsProperties() {
    }

    /** @throws InvalidEmailSettingsException naming every value that could not be read or breaks a rule */
    static EmailSettings read(Map<String, ?> properties) {
        EmailSettings d = EmailSettings.defaults();
        Reader r = new Reader(properties);
        EmailSettings settings = new EmailSettings(r.bool(ENABLED, d.enabled()), r.text(HOST, d.host()), r.integer(PORT, d.port()),
                r.security(d.security()), r.text(USERNAME, d.username()), r.text(SENDER_ADDRESS, d.senderAddress()),
                r.text(SENDER_NAME, d.senderName()), r.list(SECURITY_DESK, d.securityDesk()), r.roles(d.notifiedRoles()),
                r.bool(ATTACH_SNAPSHOT, d.attachSnapshot()), r.integer(CONNECT_TIMEOUT, d.connectTimeoutMs()),
                r.integer(READ_TIMEOUT, d.readTimeoutMs()), r.text(GATE_NAME, d.gateName()),
                r.text(TRUSTED_CERTIFICATES, d.trustedCertificates()));
        r.problems.addAll(settings.problems());
        if (!r.problems.isEmpty()) {
            throw new InvalidEmailSettingsException(r.problems);
        }
        return settings;
    }

    static Hashtable<String, Object> write(EmailSettings s) {
        Hashtable<String, Object> p = new Hashtable<>();
        p.put(ENABLED, s.enabled());
        p.put(HOST, s.host());
        p.put(PORT, s.port());
        p.put(SECURITY, s.security().name());
        p.put(USERNAME, s.username());
        p.put(SENDER_ADDRESS, s.senderAddress());
        p.put(SENDER_NAME, s.senderName());
        p.put(SECURITY_DESK, s.securityDesk().toArray(String[]::new));
        p.put(NOTIFY_ROLES, s.notifiedRoles().stream().sorted().map(Enum::name).toArray(String[]::new));
        p.put(ATTACH_SNAPSHOT, s.attachSnapshot());
        p.put(CONNECT_TIMEOUT, s.connectTimeoutMs());
        p.put(READ_TIMEOUT, s.readTimeoutMs());
        p.put(GATE_NAME, s.gateName());
        p.put(TRUSTED_CERTIFICATES, s.trustedCertificates());
        return p;
    }

    private static final class Reader {
        private final Map<String, ?> properties;
        private final List<String> problems = new ArrayList<>();

        Reader(Map<String, ?> properties) {
            this.properties = properties;
        }

        String text(String key, String fallback) {
            Object v = properties.get(key);
            return v == null ? fallback : v.toString();
        }

        boolean bool(String key, boolean fallback) {
            Object v = properties.get(key);
            if (v instanceof Boolean b) {
                return b;
            }
            String s = v == null ? "" : v.toString().strip().toLowerCase(Locale.ROOT);
            return switch (s) {
                case "" -> fallback;
                case "true" -> true;
                case "false" -> false;
                default -> {
                    problems.add(key + " '" + v + "' is neither true nor false.");
                    yield fallback;
                }
            };
        }

        int integer(String key, int fallback) {
            Object v = properties.get(key);
            if (v instanceof Number n) {
                return n.intValue();
            }
            if (v == null || v.toString().isBlank()) {
                return fallback;
            }
            try {
                return Integer.parseInt(v.toString().strip());
            } catch (NumberFormatException e) {
                problems.add(key + " '" + v + "' is not a whole number.");
                return fallback;
            }
        }

        /** An array, a collection, or one comma-separated text (as a {@code .cfg} file gives it). */
        List<String> list(String key, List<String> fallback) {
            Object v = properties.get(key);
            if (v == null) {
                return fallback;
            }
            if (v instanceof String[] array) {
                return Arrays.asList(array);
            }
            if (v instanceof Collection<?> c) {
                return c.stream().map(Object::toString).toList();
            }
            return Arrays.stream(v.toString().split(",")).toList();
        }

        SmtpSecurity security(SmtpSecurity fallback) {
            String s = text(SECURITY, "").strip().toUpperCase(Locale.ROOT);
            if (s.isEmpty()) {
                return fallback;
            }
            try {
                return SmtpSecurity.valueOf(s);
            } catch (IllegalArgumentException e) {
                problems.add(SECURITY + " '" + s + "' is not one of " + Arrays.toString(SmtpSecurity.values()) + ".");
                return fallback;
            }
        }

        Set<RecipientRole> roles(Set<RecipientRole> fallback) {
            if (properties.get(NOTIFY_ROLES) == null) {
                return fallback;
            }
            Set<RecipientRole> roles = EnumSet.noneOf(RecipientRole.class);
            for (String name : list(NOTIFY_ROLES, List.of())) {
                String role = name.strip().toUpperCase(Locale.ROOT);
                if (role.isEmpty()) {
                    continue;
                }
                try {
                    roles.add(RecipientRole.valueOf(role));
                } catch (IllegalArgumentException e) {
                    problems.add(NOTIFY_ROLES + " '" + name.strip() + "' is not one of " + EmailSettings.EMAIL_ROLES.stream().sorted().toList() + ".");
                }
            }
            return roles;
        }
    }
}

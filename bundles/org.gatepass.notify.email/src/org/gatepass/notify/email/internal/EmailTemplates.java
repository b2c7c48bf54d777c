package org.gatepass.notify.email.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;

/**
 * The subject, text and HTML templates of each kind of e-mail: a file of the same name in the override
 * folder ({@code <data>/templates/email}) wins over the default shipped in this bundle. Files are read on each
 * use, so an administrator's edit applies to the next e-mail.
 */
final class EmailTemplates {
    private static final Logger LOG = Logger.getLogger(EmailTemplates.class.getName());
    private static final String DEFAULTS = "/templates/email/";

    /** A kind of e-mail and the names of its three template files. */
    enum Kind {
        MOVEMENT, ALERT, ALERT_DIGEST, PASS;

        String file(String suffix) {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + suffix;
        }
    }

    /** One e-mail's templates, not yet filled in. */
    record Set(String subject, String text, String html) {
    }

    private final Path overrideFolder;

    EmailTemplates(Path overrideFolder) {
        this.overrideFolder = overrideFolder;
    }

    Set of(Kind kind) {
        return new Set(load(kind.file("-subject.txt")), load(kind.file(".txt")), load(kind.file(".html")));
    }

    private String load(String name) {
        Path override = overrideFolder.resolve(name);
        if (Files.isRegularFile(override)) {
            try {
                return Files.readString(override, StandardCharsets.UTF_8);
            } catch (IOException e) {
                // A broken override must not silence notifications: say so and use the shipped template.
                LOG.warning(() -> "Cannot read e-mail template " + override + " (" + e + "); using the default");
            }
        }
        try (InputStream in = EmailTemplates.class.getResourceAsStream(DEFAULTS + name)) {
            if (in == null) {
                throw new IllegalStateException("Default e-mail template " + name + " is missing from the bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

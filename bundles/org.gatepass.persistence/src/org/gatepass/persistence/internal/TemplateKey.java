package org.gatepass.persistence.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-256 key that seals face templates. From {@code GATEPASS_TEMPLATE_KEY} (base64) when set — the
 * way to give several stations sharing one database the same key — else from {@code <data>/keys/template.key},
 * created on first use, readable by its owner only, and never stored in the database beside the templates.
 */
final class TemplateKey {
    static final String ENVIRONMENT = "GATEPASS_TEMPLATE_KEY";
    private static final int BYTES = 32;

    private TemplateKey() {
    }

    static SecretKey resolve(Path dataDirectory) {
        String fromEnvironment = System.getenv(ENVIRONMENT);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromBase64(fromEnvironment.strip(), ENVIRONMENT);
        }
        return fromFile(dataDirectory.resolve("keys").resolve("template.key"));
    }

    static SecretKey fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return fromBase64(Files.readString(file).strip(), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the template key " + file + ": " + e.getMessage(), e);
        }
    }

    private static void create(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] key = new byte[BYTES];
        new SecureRandom().nextBytes(key);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n");
        } catch (FileAlreadyExistsException raced) {
            // another process created it first: use theirs
        }
    }

    private static SecretKey fromBase64(String text, String origin) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The template key in " + origin + " is not base64", e);
        }
        if (key.length != BYTES) {
            throw new IllegalStateException("The template key in " + origin + " must be " + BYTES + " bytes, not " + key.length);
        }
        return new SecretKeySpec(key, "AES");
    }
}

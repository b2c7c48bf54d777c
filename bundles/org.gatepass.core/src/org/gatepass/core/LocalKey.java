package org.gatepass.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A 256-bit key of this installation: from an environment variable (base64) when set — the way to give
 * several stations the same key, or to keep it off the disk — else from {@code <data>/keys/<name>.key},
 * created on first use and readable by its owner only.
 */
public final class LocalKey {
    public static final int BYTES = 32;

    private LocalKey() {
    }

    /** The key named {@code name} ({@code template}, {@code secrets}...), from {@code environmentVariable} or its file. */
    public static byte[] resolve(String name, String environmentVariable, Path dataDirectory) {
        String fromEnvironment = System.getenv(environmentVariable);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromBase64(fromEnvironment.strip(), environmentVariable);
        }
        return fromFile(dataDirectory.resolve("keys").resolve(name + ".key"));
    }

    /** The key in {@code file}, created when absent. */
    public static byte[] fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return fromBase64(Files.readString(file).strip(), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the key " + file + ": " + e.getMessage(), e);
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

    private static byte[] fromBase64(String text, String origin) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The key in " + origin + " is not base64", e);
        }
        if (key.length != BYTES) {
            throw new IllegalStateException("The key in " + origin + " must be " + BYTES + " bytes, not " + key.length);
        }
        return key;
    }
}

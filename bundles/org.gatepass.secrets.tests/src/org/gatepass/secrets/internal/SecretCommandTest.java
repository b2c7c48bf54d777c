package org.gatepass.secrets.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretCommandTest {
    @TempDir
    Path data;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void putReadsTheSecretFromStandardInputAndCheckFindsIt() {
        SecureStorageSecretStore store = new SecureStorageSecretStore(data);

        assertEquals(0, run(store, "s3cret with spaces\n", "put", "notify.email.smtp.password"));
        assertEquals(Optional.of("s3cret with spaces"), new SecureStorageSecretStore(data).get("notify.email.smtp.password"));
        assertEquals(0, run(store, "", "check", "notify.email.smtp.password"));
        assertTrue(!out.toString(StandardCharsets.UTF_8).contains("s3cret"), "the secret is never printed");
    }

    @Test
    void removeForgetsAndCheckThenFails() {
        SecureStorageSecretStore store = new SecureStorageSecretStore(data);
        store.put("webhook.desk.signing", "k");

        assertEquals(0, run(store, "", "remove", "webhook.desk.signing"));
        assertEquals(1, run(store, "", "check", "webhook.desk.signing"));
    }

    @Test
    void emptyInputStoresNothingAndBadUsageExplainsItself() {
        SecureStorageSecretStore store = new SecureStorageSecretStore(data);

        assertEquals(1, run(store, "", "put", "smtp.password"));
        assertEquals(Optional.empty(), store.get("smtp.password"));
        assertEquals(2, run(store, "", "show", "smtp.password"));
        assertEquals(2, run(store, ""));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: gatepass-secret put <key>"), err.toString(StandardCharsets.UTF_8));
    }

    private int run(SecureStorageSecretStore store, String input, String... args) {
        InputStream in = new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8));
        return SecretCommand.run(args, store, in, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}

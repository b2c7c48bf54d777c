package org.gatepass.secrets.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.gatepass.core.LocalKey;
import org.gatepass.core.secret.SecretStore;
import org.gatepass.core.secret.SecretStoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

@ExtendWith(ServiceExtension.class)
class SecureStorageSecretStoreTest {
    private static final String SECRET = "app-password-7f3a9c";

    @TempDir
    Path data;

    @Test
    void storesEncryptedAndReadsBackAfterReopening() throws Exception {
        new SecureStorageSecretStore(data).put("notify.email.smtp.password", SECRET);

        SecretStore reopened = new SecureStorageSecretStore(data);
        assertEquals(Optional.of(SECRET), reopened.get("notify.email.smtp.password"));
        Path file = data.resolve("secure/secure_storage");
        assertTrue(Files.size(file) > 0);
        assertFalse(Files.readString(file).contains(SECRET), "the secret must not be readable in the storage file");
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(data.resolve("keys/secrets.key"))));
    }

    @Test
    void removedSecretIsGone() {
        SecretStore store = new SecureStorageSecretStore(data);
        store.put("webhook.desk.signing", SECRET);
        store.remove("webhook.desk.signing");
        store.remove("never.stored");

        assertEquals(Optional.empty(), new SecureStorageSecretStore(data).get("webhook.desk.signing"));
    }

    @Test
    void anotherMasterKeyCannotReadTheSecret() {
        Path storage = data.resolve("secure/secure_storage");
        new SecureStorageSecretStore(storage, LocalKey.fromFile(data.resolve("keys/one.key"))).put("smtp.password", SECRET);

        SecretStore wrongKey = new SecureStorageSecretStore(storage, LocalKey.fromFile(data.resolve("keys/other.key")));
        SecretStoreException e = assertThrows(SecretStoreException.class, () -> wrongKey.get("smtp.password"));
        assertTrue(e.getMessage().contains("another secrets key"), e.getMessage());
    }

    @Test
    void refusesKeysThatWouldEscapeTheNode() {
        SecretStore store = new SecureStorageSecretStore(data);
        assertThrows(IllegalArgumentException.class, () -> store.put("../other/node", SECRET));
        assertThrows(IllegalArgumentException.class, () -> store.put("smtp.password", ""));
    }

    @Test
    void isTheRegisteredSecretStore(@InjectService SecretStore registered) {
        registered.put("test.registered", SECRET);
        assertEquals(Optional.of(SECRET), registered.get("test.registered"));
        registered.remove("test.registered");
    }
}

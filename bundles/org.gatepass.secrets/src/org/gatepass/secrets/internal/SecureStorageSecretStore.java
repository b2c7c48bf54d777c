package org.gatepass.secrets.internal;

import java.io.IOException;
import java.net.MalformedURLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.gatepass.core.DataDirectory;
import org.gatepass.core.LocalKey;
import org.gatepass.core.secret.SecretStore;
import org.gatepass.core.secret.SecretStoreException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Secrets in Eclipse secure storage, in {@code <data>/secure/secure_storage}. Its master password is this
 * installation's {@code secrets} key ({@code GATEPASS_SECRETS_KEY} or {@code <data>/keys/secrets.key}), so a
 * workstation without a desktop keyring and without anyone to type a password can still start unattended.
 */
@Component(service = SecretStore.class)
public final class SecureStorageSecretStore implements SecretStore {
    static final String KEY_ENVIRONMENT = "GATEPASS_SECRETS_KEY";
    private static final String NODE = "gatepass/secrets";
    /**
     * A known value stored beside the secrets. Decrypting with another key usually fails, but with a block cipher's
     * padding about one time in 256 it "succeeds" with garbage: comparing this value catches that too.
     */
    private static final String KEY_CHECK = "_key-check";
    private static final String KEY_CHECK_VALUE = "gatepass secrets key";

    private final ISecurePreferences secrets;

    @Activate
    public SecureStorageSecretStore() {
        this(DataDirectory.resolve());
    }

    SecureStorageSecretStore(Path dataDirectory) {
        this(dataDirectory.resolve("secure").resolve("secure_storage"), LocalKey.resolve("secrets", KEY_ENVIRONMENT, dataDirectory));
    }

    SecureStorageSecretStore(Path storageFile, byte[] masterKey) {
        char[] password = Base64.getEncoder().encodeToString(masterKey).toCharArray();
        try {
            Files.createDirectories(storageFile.getParent());
            ISecurePreferences root = SecurePreferencesFactory.open(storageFile.toUri().toURL(),
                    Map.of(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec(password), IProviderHints.PROMPT_USER, Boolean.FALSE));
            if (root == null) {
                throw new SecretStoreException("Cannot open the secure storage " + storageFile, null);
            }
            secrets = root.node(NODE);
        } catch (MalformedURLException e) {
            throw new SecretStoreException("Cannot open the secure storage " + storageFile, e);
        } catch (IOException e) {
            throw new SecretStoreException("Cannot create the folder of the secure storage " + storageFile + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized Optional<String> get(String key) {
        String checkedKey = checked(key);
        try {
            String check = secrets.get(KEY_CHECK, null);
            if (check != null && !check.equals(KEY_CHECK_VALUE)) {
                throw wrongKey(key, null);
            }
            return Optional.ofNullable(secrets.get(checkedKey, null));
        } catch (StorageException e) {
            throw wrongKey(key, e);
        }
    }

    private static SecretStoreException wrongKey(String key, Exception cause) {
        return new SecretStoreException("Cannot decrypt the secret '" + key
                + "': the secure storage was written with another secrets key (" + KEY_ENVIRONMENT + " or keys/secrets.key)", cause);
    }

    @Override
    public synchronized void put(String key, String secret) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("An empty secret cannot be stored; remove it instead");
        }
        try {
            String check = secrets.get(KEY_CHECK, null);
            if (check == null) {
                secrets.put(KEY_CHECK, KEY_CHECK_VALUE, true);
            } else if (!check.equals(KEY_CHECK_VALUE)) {
                throw wrongKey(key, null);
            }
            secrets.put(checked(key), secret, true);
            secrets.flush();
        } catch (StorageException | IOException e) {
            throw new SecretStoreException("Cannot store the secret '" + key + "': " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void remove(String key) {
        secrets.remove(checked(key));
        try {
            secrets.flush();
        } catch (IOException e) {
            throw new SecretStoreException("Cannot remove the secret '" + key + "': " + e.getMessage(), e);
        }
    }

    private static String checked(String key) {
        if (key == null || !key.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException("A secret's key is letters, digits, dots, '-' and '_': " + key);
        }
        return key;
    }
}

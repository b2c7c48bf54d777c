package org.gatepass.core.pass;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import org.gatepass.core.secret.SecretStore;

/**
 * The installation's pass key in the secret store, under {@value #SECRET_KEY}: made when the first pass is issued.
 * Every station that checks passes needs the same key (copy it with {@code gatepass-secret}).
 */
public final class PassKeys {
    public static final String SECRET_KEY = "org.gatepass.pass.key";

    private PassKeys() {
    }

    /** The key, if this station has one; a stored value that is not a key of the right size is an error. */
    public static Optional<byte[]> existing(SecretStore secrets) {
        return secrets.get(SECRET_KEY).map(PassKeys::decode);
    }

    public static synchronized byte[] existingOrNew(SecretStore secrets) {
        Optional<byte[]> existing = existing(secrets);
        if (existing.isPresent()) {
            return existing.get();
        }
        byte[] key = new byte[PassToken.KEY_BYTES];
        new SecureRandom().nextBytes(key);
        secrets.put(SECRET_KEY, Base64.getEncoder().encodeToString(key));
        return key;
    }

    private static byte[] decode(String stored) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(stored.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The pass key " + SECRET_KEY + " in secure storage is not base64: store it again", e);
        }
        if (key.length != PassToken.KEY_BYTES) {
            throw new IllegalStateException("The pass key " + SECRET_KEY + " has " + key.length + " bytes, not " + PassToken.KEY_BYTES);
        }
        return key;
    }
}

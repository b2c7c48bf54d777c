package org.gatepass.core.secret;

import java.util.Optional;

/**
 * Encrypted storage for secrets, keyed by a dotted name such as {@code notify.email.smtp.password}.
 * Configuration files name the key, never the secret itself.
 */
public interface SecretStore {

    /** The secret stored under {@code key}, empty when none is. */
    Optional<String> get(String key);

    /** Stores (or replaces) a secret; it is on disk, encrypted, when this returns. */
    void put(String key, String secret);

    /** Forgets a secret; nothing happens when none was stored. */
    void remove(String key);
}

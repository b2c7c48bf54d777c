package org.gatepass.core.internal.security;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes in the usual encoded form {@code $argon2id$v=19$m=65536,t=3,p=1$salt$hash}: the
 * parameters travel with the hash, so a hash made with older parameters still verifies and can be upgraded.
 */
final class PasswordHasher {
    private static final Pattern ENCODED = Pattern.compile("\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Memory in KiB, iterations and lanes of new hashes. */
    record Cost(int memoryKiB, int iterations, int parallelism) {
        Cost {
            if (memoryKiB < 8 * parallelism || iterations < 1 || parallelism < 1) {
                throw new IllegalArgumentException("Argon2id needs memory >= 8 KiB per lane, iterations >= 1, lanes >= 1");
            }
        }
    }

    private final Cost cost;

    PasswordHasher(Cost cost) {
        this.cost = cost;
    }

    String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = derive(password, salt, cost, HASH_BYTES);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return "$argon2id$v=19$m=" + cost.memoryKiB() + ",t=" + cost.iterations() + ",p=" + cost.parallelism() + "$"
                + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    /** Whether the password matches; false for a hash this class cannot read. */
    boolean matches(char[] password, String encoded) {
        Matcher m = encoded == null ? null : ENCODED.matcher(encoded);
        if (m == null || !m.matches()) {
            return false;
        }
        Base64.Decoder b64 = Base64.getDecoder();
        byte[] salt = b64.decode(m.group(4));
        byte[] expected = b64.decode(m.group(5));
        Cost stored = new Cost(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        return MessageDigest.isEqual(expected, derive(password, salt, stored, expected.length));
    }

    /** True when the hash was made with other parameters than new hashes get now. */
    boolean needsUpgrade(String encoded) {
        Matcher m = ENCODED.matcher(encoded);
        return !m.matches() || Integer.parseInt(m.group(1)) != cost.memoryKiB() || Integer.parseInt(m.group(2)) != cost.iterations()
                || Integer.parseInt(m.group(3)) != cost.parallelism();
    }

    private static byte[] derive(char[] password, byte[] salt, Cost cost, int length) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(cost.memoryKiB())
                .withIterations(cost.iterations())
                .withParallelism(cost.parallelism())
                .withSalt(salt)
                .build());
        byte[] out = new byte[length];
        generator.generateBytes(password, out);
        return out;
    }
}

package org.gatepass.persistence.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash that chains audit rows: SHA-256 over the previous row's hash and every field of the row, each field
 * length-prefixed so that no two different rows encode alike. Appending and checking both use this one method.
 */
final class AuditChain {
    /** The "previous hash" of the first row. */
    static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    static String hash(String previousHash, AuditRow row) {
        MessageDigest sha256 = sha256();
        text(sha256, previousHash);
        number(sha256, row.seq());
        number(sha256, row.recordedAt().toEpochMilli());
        for (String field : new String[] { row.operator(), row.role(), row.action(), row.subject(), row.beforeState(), row.afterState(),
                row.station() }) {
            text(sha256, field);
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static void text(MessageDigest digest, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        number(digest, bytes.length);
        digest.update(bytes);
    }

    private static void number(MessageDigest digest, long value) {
        digest.update(ByteBuffer.allocate(Long.BYTES).putLong(value).array());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}

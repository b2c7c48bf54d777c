package org.gatepass.core.pass;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The text in a pass's QR code: {@code GP1:} and 48 base-32 characters holding the pass id, its validity (epoch
 * minutes) and an HMAC-SHA256 over them truncated to 128 bits, keyed by the installation's pass key. Letters,
 * digits and ':' only, so the QR code uses its compact alphanumeric mode (version 3, 29 × 29 modules): large
 * modules a camera reads at arm's length. Changing any bit of the id or the validity breaks the MAC.
 */
public final class PassToken {
    public static final String PREFIX = "GP1:";
    /** Bytes of pass key; shorter keys are refused. */
    public static final int KEY_BYTES = 32;
    private static final int PAYLOAD = 6 + 4 + 4;
    private static final int MAC = 16;
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final long MAX_ID = (1L << 48) - 1;

    private PassToken() {
    }

    /** What a token says, once its MAC is checked. */
    public record Claims(long passId, Instant validFrom, Instant validUntil) {
    }

    public static String sign(byte[] key, VisitorPass pass) {
        if (pass.id() == null || pass.id() < 0 || pass.id() > MAX_ID) {
            throw new IllegalArgumentException("Only a stored pass has a token: " + pass.id());
        }
        ByteBuffer payload = ByteBuffer.allocate(PAYLOAD + MAC);
        long id = pass.id();
        payload.putShort((short) (id >>> 32)).putInt((int) id);
        payload.putInt(minutes(pass.validFrom())).putInt(minutes(pass.validUntil()));
        payload.put(mac(key, Arrays.copyOf(payload.array(), PAYLOAD)));
        return PREFIX + base32(payload.array());
    }

    /** True for text that claims to be a Gatepass pass (it may still be forged). */
    public static boolean looksLikePass(String text) {
        return text != null && text.startsWith(PREFIX);
    }

    /** The claims of a genuine token; empty when the text is malformed or its MAC does not match (forged or altered). */
    public static Optional<Claims> verify(byte[] key, String text) {
        if (!looksLikePass(text) || text.length() != PREFIX.length() + 48) {
            return Optional.empty();
        }
        byte[] bytes = unbase32(text.substring(PREFIX.length()));
        if (bytes == null) {
            return Optional.empty();
        }
        byte[] payload = Arrays.copyOf(bytes, PAYLOAD);
        if (!MessageDigest.isEqual(mac(key, payload), Arrays.copyOfRange(bytes, PAYLOAD, PAYLOAD + MAC))) {
            return Optional.empty();
        }
        ByteBuffer b = ByteBuffer.wrap(payload);
        long id = ((long) (b.getShort() & 0xFFFF) << 32) | (b.getInt() & 0xFFFFFFFFL);
        Instant from = Instant.ofEpochSecond(60L * (b.getInt() & 0xFFFFFFFFL));
        Instant until = Instant.ofEpochSecond(60L * (b.getInt() & 0xFFFFFFFFL));
        return Optional.of(new Claims(id, from, until));
    }

    private static int minutes(Instant at) {
        long minutes = at.getEpochSecond() / 60;
        if (minutes < 0 || minutes > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("A pass time must lie between 1970 and 10136: " + at);
        }
        return (int) minutes;
    }

    private static byte[] mac(byte[] key, byte[] payload) {
        if (key == null || key.length < KEY_BYTES) {
            throw new IllegalArgumentException("A pass key has " + KEY_BYTES + " bytes");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(PREFIX.getBytes(StandardCharsets.US_ASCII));
            return Arrays.copyOf(mac.doFinal(payload), MAC);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    }

    private static String base32(byte[] data) {
        StringBuilder out = new StringBuilder(data.length * 8 / 5);
        int buffer = 0;
        int bits = 0;
        for (byte b : data) {
            buffer = (buffer << 8) | (b & 0xFF);
            bits += 8;
            while (bits >= 5) {
                out.append(ALPHABET.charAt((buffer >>> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        return out.toString();
    }

    /** Null for a character outside the alphabet. */
    private static byte[] unbase32(String text) {
        byte[] out = new byte[text.length() * 5 / 8];
        int buffer = 0;
        int bits = 0;
        int i = 0;
        for (char c : text.toCharArray()) {
            int value = ALPHABET.indexOf(c);
            if (value < 0) {
                return null;
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                out[i++] = (byte) (buffer >>> (bits - 8));
                bits -= 8;
            }
        }
        return out;
    }
}

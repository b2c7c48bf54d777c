package org.gatepass.notify.webhook.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature a receiver checks: HMAC-SHA256, keyed with the UTF-8 bytes of the shared secret, over the
 * timestamp header's value, a full stop, and the raw body, written as {@code sha256=} and lower-case hex.
 * Signing the timestamp lets receivers refuse old requests replayed by someone who recorded them.
 */
final class WebhookSignature {
    static final String TIMESTAMP_HEADER = "Gatepass-Timestamp";
    static final String SIGNATURE_HEADER = "Gatepass-Signature";
    static final String IDEMPOTENCY_HEADER = "Idempotency-Key";
    private static final String ALGORITHM = "HmacSHA256";

    private WebhookSignature() {
    }

    static String sign(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            // Every Java platform must provide HmacSHA256.
            throw new IllegalStateException(ALGORITHM + " is not available", e);
        }
    }
}

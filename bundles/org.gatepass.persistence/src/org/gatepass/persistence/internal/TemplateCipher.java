package org.gatepass.persistence.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals template vectors with AES-256-GCM. The person id and model id are authenticated with the vector,
 * so a sealed vector copied onto another person's row, or relabelled as another model, fails to open.
 * Layout: 12-byte nonce, then ciphertext with its 16-byte tag.
 */
final class TemplateCipher {
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    TemplateCipher(SecretKey key) {
        this.key = key;
    }

    byte[] seal(float[] vector, long personId, String modelId) {
        ByteBuffer plain = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        plain.asFloatBuffer().put(vector);
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, personId, modelId);
            byte[] sealed = cipher.doFinal(plain.array());
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java", e);
        }
    }

    /** @throws GeneralSecurityException if the data was altered, belongs to another row or another key sealed it */
    float[] open(byte[] sealed, long personId, String modelId) throws GeneralSecurityException {
        if (sealed.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new GeneralSecurityException("Sealed template is truncated (" + sealed.length + " bytes)");
        }
        byte[] nonce = Arrays.copyOfRange(sealed, 0, NONCE_BYTES);
        byte[] plain = cipher(Cipher.DECRYPT_MODE, nonce, personId, modelId).doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        float[] vector = new float[plain.length / Float.BYTES];
        ByteBuffer.wrap(plain).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
        return vector;
    }

    private Cipher cipher(int mode, byte[] nonce, long personId, String modelId) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD((personId + "/" + modelId).getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}

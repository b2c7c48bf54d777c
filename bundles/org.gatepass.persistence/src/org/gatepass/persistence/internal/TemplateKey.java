package org.gatepass.persistence.internal;

import java.nio.file.Path;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.gatepass.core.LocalKey;

/**
 * The AES-256 key that seals face templates: {@code GATEPASS_TEMPLATE_KEY} or {@code <data>/keys/template.key},
 * never stored in the database beside the templates. Stations sharing one database need the same key.
 */
final class TemplateKey {
    static final String ENVIRONMENT = "GATEPASS_TEMPLATE_KEY";

    private TemplateKey() {
    }

    static SecretKey resolve(Path dataDirectory) {
        return new SecretKeySpec(LocalKey.resolve("template", ENVIRONMENT, dataDirectory), "AES");
    }
}

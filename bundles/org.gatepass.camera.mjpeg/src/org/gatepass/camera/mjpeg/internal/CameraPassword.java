package org.gatepass.camera.mjpeg.internal;

import org.gatepass.core.camera.capture.CaptureException;
import org.gatepass.core.secret.SecretStore;
import org.gatepass.core.secret.SecretStoreException;

/** The password of a camera's HTTP login, kept in the secret store under the key its configuration names. */
@FunctionalInterface
interface CameraPassword {
    /** No login. */
    CameraPassword NONE = () -> "";

    String get() throws CaptureException;

    static CameraPassword from(SecretStore secrets, String key) {
        if (key == null || key.isBlank()) {
            return NONE;
        }
        String name = key.strip();
        return () -> {
            try {
                return secrets.get(name).orElseThrow(() -> new CaptureException(
                        "No password is stored under '" + name + "': store it with gatepass-secret put " + name));
            } catch (SecretStoreException e) {
                throw new CaptureException(e.getMessage());
            }
        };
    }
}

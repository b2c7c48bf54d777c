package org.gatepass.vision.internal;

/** Loads OpenCV's native library once per process, from the openpnp bundle. */
final class OpenCv {
    private static boolean loaded;

    private OpenCv() {
    }

    static synchronized void load() {
        if (!loaded) {
            // loadShared() is unsupported on Java 12 and later; loadLocally() extracts the library for this platform.
            nu.pattern.OpenCV.loadLocally();
            loaded = true;
        }
    }
}

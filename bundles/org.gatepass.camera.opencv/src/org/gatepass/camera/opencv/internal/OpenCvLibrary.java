package org.gatepass.camera.opencv.internal;

/** OpenCV's native library, unpacked from the openpnp bundle and loaded once per process. */
final class OpenCvLibrary {
    private static boolean loaded;

    private OpenCvLibrary() {
    }

    static synchronized void load() {
        if (!loaded) {
            nu.pattern.OpenCV.loadLocally();
            loaded = true;
        }
    }
}

package org.gatepass.camera.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** The LFW test images in ../shared; tests that need them skip, with a message, where they are absent ({@link SharedTestData}). */
public final class SharedFaces {
    private SharedFaces() {
    }

    /** {@code images/<Person>/<Person>_NNNN.jpg} of LFW. */
    public static Path photo(String person, int number) {
        return folder(person).resolve(String.format("%s_%04d.jpg", person, number));
    }

    /** {@code images/<Person>/}: every LFW photo of one person. */
    public static Path folder(String person) {
        Path images = Path.of(System.getProperty("gatepass.shared", "../shared")).resolve("faces/lfw-dev/images");
        SharedTestData.assumePresent(Files.isDirectory(images), () -> "no face images at " + images.toAbsolutePath()
                + " (the shared test data beside the repository)");
        return images.resolve(person);
    }
}

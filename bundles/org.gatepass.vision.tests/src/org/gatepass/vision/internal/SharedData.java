package org.gatepass.vision.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.gatepass.camera.testing.SharedTestData;
import org.opencv.core.Mat;

/**
 * The shared test data beside the repository ({@code ../shared}): the root pom passes it as
 * {@code -Dgatepass.shared}; run from elsewhere, the nearest {@code shared} folder up from the working
 * directory is used. Tests that need it are skipped, with the reason, when it is absent ({@link SharedTestData}).
 */
final class SharedData {
    static final String PROPERTY = "gatepass.shared";

    private SharedData() {
    }

    static Path lfw() {
        Path lfw = folder().resolve("faces/lfw-dev");
        SharedTestData.assumePresent(Files.isRegularFile(lfw.resolve("pairs.txt")), () -> "no LFW dev set at " + lfw
                + " (the shared test data belongs beside the repository in ../shared, or set -D" + PROPERTY + ")");
        return lfw;
    }

    static Path yunetModel() {
        Path model = folder().resolve("models/face_detection_yunet_2023mar.onnx");
        SharedTestData.assumePresent(Files.isRegularFile(model), () -> "no YuNet model at " + model
                + " (the shared test data belongs beside the repository in ../shared, or set -D" + PROPERTY + ")");
        return model;
    }

    /** An LFW image as an 8-bit BGR Mat; the caller releases it. */
    static Mat lfwImage(String imagePath) {
        try {
            return Frames.toMat(Frames.decode(Files.readAllBytes(lfw().resolve("images").resolve(imagePath))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path folder() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("shared/faces"))) {
                return dir.resolve("shared");
            }
        }
        return Path.of("..", "shared").toAbsolutePath().normalize();
    }
}

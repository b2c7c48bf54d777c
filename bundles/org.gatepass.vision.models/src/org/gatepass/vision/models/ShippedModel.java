package org.gatepass.vision.models;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * One model file inside this bundle and where it came from: {@code source} is the package@version it
 * was taken from, {@code licence} what that package declares.
 */
public record ShippedModel(String id, String role, String source, String pathInPackage, String sha256, String licence) {

    public String fileName() {
        return pathInPackage.substring(pathInPackage.lastIndexOf('/') + 1);
    }

    /**
     * Copies the model to {@code directory} (reusing an earlier copy with the right checksum) and
     * returns its path. OpenCV loads models from files, not from bundle resources.
     * @throws IOException if the bundled file is missing or does not match its sha256
     */
    public Path extractTo(Path directory) throws IOException {
        Path target = directory.resolve(sha256 + "-" + fileName());
        if (Files.isRegularFile(target) && sha256.equals(Sha256.of(target))) {
            return target;
        }
        URL resource = ShippedModel.class.getResource("/models/" + fileName());
        if (resource == null) {
            throw new IOException("Model " + id + " (" + fileName() + ") is missing from the models bundle");
        }
        Files.createDirectories(directory);
        Path partial = Files.createTempFile(directory, fileName(), ".part");
        try (InputStream in = resource.openStream()) {
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
        }
        String actual = Sha256.of(partial);
        if (!sha256.equals(actual)) {
            Files.delete(partial);
            throw new IOException("Model " + id + " is corrupt: sha256 " + actual + ", expected " + sha256);
        }
        return Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}

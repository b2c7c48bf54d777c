package org.gatepass.vision.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

import org.gatepass.vision.models.Sha256;

/**
 * Models dropped into a models folder as an administrator does it: the model file copied in and a
 * descriptor written beside it. No SFace file exists offline, so the "site embedder" is fr_feature
 * under another id and other settings: what matters is that the pipeline treats it as another model.
 */
final class DroppedInModels {
    static final String YUNET_ID = "yunet-2023mar";
    static final String SITE_EMBEDDER_ID = "site-embedder";
    static final float SITE_THRESHOLD = 0.42f;

    private DroppedInModels() {
    }

    /** YuNet from the shared test data, at score 0.6 (LFW's faces are small in 640x480 frames). */
    static Map<String, String> yunet(Path models) {
        Path file = copy(SharedData.yunetModel(), models.resolve("face_detection_yunet_2023mar.onnx"));
        Map<String, String> d = common(YUNET_ID, "detector", file);
        d.put("licence", "MIT");
        d.put("source", "OpenCV Zoo, models/face_detection_yunet/face_detection_yunet_2023mar.onnx");
        d.put("format", "yunet");
        d.put("min.score", "0.6");
        return d;
    }

    /** fr_feature as a site's own embedder: BGR in [0, 1], face and mirror, its own threshold. */
    static Map<String, String> siteEmbedder(Path models) {
        Path file = copy(TestModels.shipped().embedder().spec().model(), models.resolve("site_embedder.onnx"));
        Map<String, String> d = common(SITE_EMBEDDER_ID, "embedder", file);
        d.put("licence", "MIT");
        d.put("source", "test copy of fr_feature");
        d.put("input.size", "112");
        d.put("input.mean", "0");
        d.put("input.scale", "0.00392156862745098");
        d.put("input.rgb", "false");
        d.put("mirror", "true");
        d.put("match.threshold", Float.toString(SITE_THRESHOLD));
        return d;
    }

    /** Writes {@code <name>.model.properties} into the models folder. */
    static Path write(Path models, String name, Map<String, String> descriptor) {
        StringBuilder text = new StringBuilder("# dropped in by a test\n");
        descriptor.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        try {
            Files.createDirectories(models);
            return Files.writeString(models.resolve(name + ModelDescriptor.SUFFIX), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> common(String id, String role, Path file) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("id", id);
        d.put("role", role);
        d.put("file", file.getFileName().toString());
        try {
            d.put("sha256", Sha256.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return d;
    }

    private static Path copy(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            return Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

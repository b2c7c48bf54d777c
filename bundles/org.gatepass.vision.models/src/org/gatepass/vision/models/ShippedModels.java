package org.gatepass.vision.models;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The models this bundle carries, read from the manifest the build packed beside them. */
public final class ShippedModels {
    private static final String MANIFEST = "/models/manifest.tsv";

    private ShippedModels() {
    }

    public static List<ShippedModel> all() {
        try (InputStream in = ShippedModels.class.getResourceAsStream(MANIFEST)) {
            if (in == null) {
                throw new IllegalStateException("The models bundle has no " + MANIFEST + ": it was built without provisioning");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first shipped model with the given role ("detector", "embedder"). */
    public static Optional<ShippedModel> forRole(String role) {
        return all().stream().filter(m -> m.role().equals(role)).findFirst();
    }

    static List<ShippedModel> parse(BufferedReader manifest) throws IOException {
        List<ShippedModel> models = new ArrayList<>();
        for (String line; (line = manifest.readLine()) != null;) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 6) {
                throw new IOException("Malformed model manifest line (want 6 tab-separated fields): " + line);
            }
            models.add(new ShippedModel(f[0], f[1], f[2], f[3], f[4], f[5]));
        }
        return models;
    }
}

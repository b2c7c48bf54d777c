package org.gatepass.vision.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The folder where a site drops its own models ({@code <data>/models}): each model file with a
 * {@code NAME.model.properties} descriptor beside it ({@link ModelDescriptor}). Only ids that are not
 * shipped ones are looked up here, so a dropped-in model can never pass for a shipped one. Read when the pipeline
 * starts or its configuration changes, never cached: an edited descriptor counts at the next change.
 */
final class ModelFolder {
    private final Path directory;

    ModelFolder(Path directory) {
        this.directory = directory;
    }

    Path directory() {
        return directory;
    }

    /**
     * The model with this id and role, its file checked against its sha256.
     * @throws InvalidModelException why it cannot be used: no such descriptor, a bad descriptor, another
     *         role, a missing or different file
     */
    ModelDescriptor find(String id, ModelDescriptor.Role role) throws InvalidModelException {
        List<ModelDescriptor> found = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (Path file : descriptors()) {
            if (!id.equals(declaredId(file))) {
                others.add(file.getFileName().toString());
                continue;
            }
            found.add(ModelDescriptor.read(file));
        }
        if (found.isEmpty()) {
            throw new InvalidModelException("No " + role.name().toLowerCase(Locale.ROOT) + " '" + id + "': no descriptor (*"
                    + ModelDescriptor.SUFFIX + ") in " + directory + " gives that id"
                    + (others.isEmpty() ? "" : " (descriptors there: " + String.join(", ", others) + ")"));
        }
        if (found.size() > 1) {
            throw new InvalidModelException("Two descriptors in " + directory + " give the id '" + id + "': "
                    + found.stream().map(m -> m.descriptor().getFileName().toString()).toList() + "; keep one");
        }
        ModelDescriptor model = found.get(0);
        if (model.role() != role) {
            throw new InvalidModelException(model.descriptor(), "'" + id + "' is " + model.role().withArticle() + ", not "
                    + role.withArticle());
        }
        model.verifiedFile();
        return model;
    }

    private List<Path> descriptors() throws InvalidModelException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(ModelDescriptor.SUFFIX)).sorted().toList();
        } catch (IOException e) {
            throw new InvalidModelException("Cannot list the models folder " + directory + ": " + e.getMessage());
        }
    }

    /** The id a descriptor gives, read leniently: a broken descriptor still says which model it meant to be. */
    private static String declaredId(Path descriptor) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(descriptor, StandardCharsets.UTF_8)) {
            p.load(in);
            return p.getProperty("id", "").trim();
        } catch (IOException | IllegalArgumentException e) {
            return descriptor.getFileName().toString().replace(ModelDescriptor.SUFFIX, "");
        }
    }
}

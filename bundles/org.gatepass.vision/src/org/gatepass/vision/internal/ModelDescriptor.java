package org.gatepass.vision.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;

import org.gatepass.vision.OpenSetCalibration;
import org.gatepass.vision.models.Sha256;

/**
 * A model dropped into the models folder: a {@code NAME.model.properties} file describing one model
 * file beside it. Every model gives {@code id}, {@code role} ({@code detector} or {@code embedder}),
 * {@code file}, {@code sha256}, {@code licence} and {@code source}; an embedder also {@code input.size},
 * {@code input.mean}, {@code input.scale}, {@code input.rgb} and {@code match.threshold} (optionally
 * {@code mirror} and {@code impostor.tail}, the open-set calibration's intercept and slope); a detector its output {@code format} ({@code yunet} or {@code blazeface}, optionally
 * {@code min.score}). docs/models.md explains each.
 */
record ModelDescriptor(Path descriptor, String id, Role role, Path file, String sha256, String licence, String source,
        Properties settings) {
    static final String SUFFIX = ".model.properties";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    enum Role {
        DETECTOR("a detector"), EMBEDDER("an embedder");

        private final String withArticle;

        Role(String withArticle) {
            this.withArticle = withArticle;
        }

        String withArticle() {
            return withArticle;
        }
    }

    enum DetectorFormat {
        YUNET, BLAZEFACE
    }

    /**
     * Reads and checks a descriptor (not yet the model file: see {@link #verifiedFile()}).
     * @throws InvalidModelException naming the descriptor and what is wrong with it
     */
    static ModelDescriptor read(Path descriptor) throws InvalidModelException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(descriptor, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidModelException(descriptor, "cannot be read: " + e.getMessage());
        }
        String id = required(p, descriptor, "id");
        if (!ID.matcher(id).matches()) {
            throw new InvalidModelException(descriptor, "id '" + id + "' must be 1 to 64 letters, digits, '.', '_' or '-'");
        }
        Role role = choice(p, descriptor, "role", Role.class);
        String fileName = required(p, descriptor, "file");
        Path file = descriptor.resolveSibling(fileName).normalize();
        if (!descriptor.getParent().equals(file.getParent())) {
            throw new InvalidModelException(descriptor, "file '" + fileName + "' must be a file name in the models folder, without a path");
        }
        String sha256 = required(p, descriptor, "sha256").toLowerCase(Locale.ROOT);
        if (!SHA256.matcher(sha256).matches()) {
            throw new InvalidModelException(descriptor, "sha256 must be 64 hex digits (sha256sum FILE prints it)");
        }
        ModelDescriptor model = new ModelDescriptor(descriptor, id, role, file, sha256, required(p, descriptor, "licence"),
                required(p, descriptor, "source"), p);
        // Check the role's settings now, so that a bad value is reported before the file is even hashed.
        if (role == Role.EMBEDDER) {
            model.embedderSpec();
        } else {
            model.detectorFormat();
            model.minScore();
        }
        return model;
    }

    /** The model file, after checking it exists and matches the descriptor's sha256. */
    Path verifiedFile() throws InvalidModelException {
        if (!Files.isRegularFile(file)) {
            throw new InvalidModelException(descriptor, "its model file " + file.getFileName() + " is not in " + file.getParent());
        }
        String actual;
        try {
            actual = Sha256.of(file);
        } catch (IOException e) {
            throw new InvalidModelException(descriptor, "its model file " + file + " cannot be read: " + e.getMessage());
        }
        if (!actual.equals(sha256)) {
            throw new InvalidModelException(descriptor, "the sha256 of " + file.getFileName() + " is " + actual + ", not " + sha256
                    + " as the descriptor says: the file is another or a damaged one");
        }
        return file;
    }

    EmbedderSpec embedderSpec() throws InvalidModelException {
        int inputSize = number(settings, descriptor, "input.size", Integer::parseInt);
        double mean = number(settings, descriptor, "input.mean", Double::parseDouble);
        double scale = number(settings, descriptor, "input.scale", Double::parseDouble);
        boolean rgb = bool(settings, descriptor, "input.rgb");
        boolean mirror = settings.getProperty("mirror") != null && bool(settings, descriptor, "mirror");
        float threshold = number(settings, descriptor, "match.threshold", Float::parseFloat);
        if (!(threshold > -1 && threshold < 1)) {
            throw new InvalidModelException(descriptor, "match.threshold must be a cosine similarity between -1 and 1, not " + threshold);
        }
        try {
            return new EmbedderSpec(id, file, inputSize, mean, scale, rgb, mirror, calibration(threshold));
        } catch (IllegalArgumentException e) {
            throw new InvalidModelException(descriptor, e.getMessage());
        }
    }

    /** {@code impostor.tail = INTERCEPT SLOPE} as the bench prints it; without it the threshold is fixed. */
    private OpenSetCalibration calibration(float threshold) throws InvalidModelException {
        String tail = settings.getProperty("impostor.tail");
        if (tail == null || tail.isBlank()) {
            return OpenSetCalibration.fixed(threshold);
        }
        String[] numbers = tail.trim().split("[\\s,]+");
        try {
            if (numbers.length != 2) {
                throw new NumberFormatException();
            }
            return new OpenSetCalibration(threshold, Double.parseDouble(numbers[0]), Double.parseDouble(numbers[1]));
        } catch (NumberFormatException e) {
            throw new InvalidModelException(descriptor, "impostor.tail must be two numbers, the intercept and the (negative) slope, not '"
                    + tail.trim() + "'");
        } catch (IllegalArgumentException e) {
            throw new InvalidModelException(descriptor, "impostor.tail: " + e.getMessage());
        }
    }

    DetectorFormat detectorFormat() throws InvalidModelException {
        return choice(settings, descriptor, "format", DetectorFormat.class);
    }

    /** The descriptor's {@code min.score}, or 0 when it gives none (the detector's own default then applies). */
    float minScore() throws InvalidModelException {
        if (settings.getProperty("min.score") == null) {
            return 0;
        }
        float score = number(settings, descriptor, "min.score", Float::parseFloat);
        if (!(score > 0 && score < 1)) {
            throw new InvalidModelException(descriptor, "min.score must lie between 0 and 1, not " + score);
        }
        return score;
    }

    private static String required(Properties p, Path descriptor, String key) throws InvalidModelException {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new InvalidModelException(descriptor, "'" + key + "' is missing");
        }
        return value.trim();
    }

    private static <E extends Enum<E>> E choice(Properties p, Path descriptor, String key, Class<E> type) throws InvalidModelException {
        String value = required(p, descriptor, key);
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidModelException(descriptor, key + " '" + value + "' is not one of "
                    + String.join(", ", Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList()));
        }
    }

    private static boolean bool(Properties p, Path descriptor, String key) throws InvalidModelException {
        String value = required(p, descriptor, key);
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidModelException(descriptor, key + " must be true or false, not '" + value + "'");
        };
    }

    private interface Parser<T> {
        T parse(String text);
    }

    private static <T> T number(Properties p, Path descriptor, String key, Parser<T> parser) throws InvalidModelException {
        String value = required(p, descriptor, key);
        try {
            return parser.parse(value);
        } catch (NumberFormatException e) {
            throw new InvalidModelException(descriptor, key + " must be a number, not '" + value + "'");
        }
    }
}

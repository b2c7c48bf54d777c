package org.gatepass.vision.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

import org.gatepass.vision.Embedding;
import org.gatepass.vision.FaceGallery;
import org.opencv.core.Core;

/**
 * The vision benchmark: LFW verification with the shipped models, then 1:N search times. Runs outside
 * OSGi on the build's class folders; the command is in docs/performance.md.
 * <pre>
 * VisionBench LFW_DIR [--yunet MODEL.onnx] [--min-score S] [--mirror | --no-mirror]
 * </pre>
 */
public final class VisionBench {
    private static final int DIMENSION = 512;

    private VisionBench() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0 || args[0].startsWith("--")) {
            System.err.println("usage: VisionBench LFW_DIR [--yunet MODEL.onnx] [--min-score S] [--mirror | --no-mirror]");
            System.exit(2);
        }
        Path lfw = Path.of(args[0]);
        Path yunet = null;
        float minScore = 0;
        Boolean mirror = null;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--yunet" -> yunet = Path.of(args[++i]);
                case "--min-score" -> minScore = Float.parseFloat(args[++i]);
                case "--mirror" -> mirror = true;
                case "--no-mirror" -> mirror = false;
                default -> throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        Path modelDirectory = Path.of(System.getProperty("java.io.tmpdir"), "gatepass-bench-models");
        FaceModels models = FaceModels.shipped(modelDirectory);
        EmbedderSpec spec = models.embedder().spec();
        if (mirror != null && mirror != spec.mirror()) {
            spec = new EmbedderSpec(spec.modelId(), spec.model(), spec.inputSize(), spec.mean(), spec.scale(), spec.rgb(), mirror,
                    spec.matchThreshold());
            models = models.withEmbedder(spec);
        }
        if (yunet != null) {
            models = models.withDetector(new YuNetDetector(yunet, minScore > 0 ? minScore : YuNetDetector.DEFAULT_MIN_SCORE));
        } else if (minScore > 0) {
            models = models.withDetector(new BlazeFaceDetector(FaceModels.shippedDetector(modelDirectory), minScore));
        }

        System.out.printf(Locale.ROOT, "machine: %s, %d cores, Java %s, OpenCV %s%n", cpuName(),
                Runtime.getRuntime().availableProcessors(), Runtime.version(), Core.VERSION);
        System.out.printf(Locale.ROOT, "pipeline: %s detector, fr_landmark alignment, %s embedder (%s), threshold %.2f%n",
                yunet == null ? "BlazeFace" : "YuNet", spec.modelId(), spec.mirror() ? "face + mirrored face" : "face only",
                spec.matchThreshold());
        long start = System.nanoTime();
        LfwEvaluation.Report report = new LfwEvaluation(models).run(lfw, spec.matchThreshold(), System.err::println);
        System.out.print(report.toText());
        System.out.printf(Locale.ROOT, "LFW pass took %.0f s%n", (System.nanoTime() - start) / 1e9);
        for (int templates : new int[] {10_000, 100_000}) {
            System.out.printf(Locale.ROOT, "1:N search, %,d templates x %d-d: %.2f ms (median of 50)%n", templates, DIMENSION,
                    searchMillis(templates));
        }
    }

    private static double searchMillis(int templates) {
        Random random = new Random(1);
        FaceGallery gallery = new FaceGallery("bench", DIMENSION);
        for (int t = 0; t < templates; t++) {
            gallery.add(t, randomEmbedding(random));
        }
        Embedding probe = randomEmbedding(random);
        for (int i = 0; i < 20; i++) {
            gallery.match(probe, 0.3f);
        }
        double[] millis = new double[50];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            gallery.match(probe, 0.3f);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis[millis.length / 2];
    }

    private static Embedding randomEmbedding(Random random) {
        float[] v = new float[DIMENSION];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return new Embedding("bench", v);
    }

    private static String cpuName() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }
}

package org.gatepass.vision.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.gatepass.core.DataDirectory;
import org.opencv.core.Core;

/**
 * The vision benchmark: face verification on an LFW-style pairs file, detection and embedding times, then
 * open-set identification with galleries of 100 and 1,000 ({@link OpenSetEvaluation}); 1:N search has its
 * own bench, GalleryBench in benchmarks/org.gatepass.benchmarks. Runs outside
 * OSGi on the build's class folders; the command is in docs/performance.md. Models are chosen as the pipeline's configuration chooses them: by id, shipped
 * or from a models folder with descriptors.
 */
public final class VisionBench {
    static final String USAGE = """
            usage: VisionBench [--pairs FILE] [--images DIR] [--models DIR] [--detector ID] [--embedder ID]
                               [--min-score S] [--threshold T] [--mirror | --no-mirror] [--repeats R] [--open-set-only]
              --pairs     LFW-style pairs file (default: <shared>/faces/lfw-dev/pairs.txt)
              --images    folder of <Name>/<Name>_NNNN.jpg (default: the pairs file's folder + /images)
              --models    models folder with *.model.properties descriptors (default: <data>/models)
              --detector  detector id (default: blazeface-short-range, shipped)
              --embedder  embedder id (default: fr-feature, shipped)
              --min-score lowest detection score kept (default: the model's own)
              --threshold the threshold to report FMR/FNMR at (default: the embedder's match threshold)
              --mirror    also embed the mirrored face (default: as the embedder's settings say)
              --repeats   random galleries per held-out fold and gallery size in the open-set part (default: 10)
              --open-set-only  only the open-set identification part (skip verification and timings)
            <shared> is -Dgatepass.shared, else ../shared; <data> is the workstation's data directory.""";

    private VisionBench() {
    }

    public static void main(String[] args) throws IOException {
        Path pairs = null, images = null;
        Path modelDirectory = DataDirectory.resolve().resolve("models");
        String detector = FaceModels.SHIPPED_DETECTOR, embedder = FaceModels.SHIPPED_EMBEDDER;
        float minScore = 0;
        Float threshold = null;
        Boolean mirror = null;
        int repeats = 10;
        boolean openSetOnly = false;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--pairs" -> pairs = Path.of(args[++i]);
                    case "--images" -> images = Path.of(args[++i]);
                    case "--models" -> modelDirectory = Path.of(args[++i]);
                    case "--detector" -> detector = args[++i];
                    case "--embedder" -> embedder = args[++i];
                    case "--min-score" -> minScore = Float.parseFloat(args[++i]);
                    case "--threshold" -> threshold = Float.parseFloat(args[++i]);
                    case "--mirror" -> mirror = true;
                    case "--no-mirror" -> mirror = false;
                    case "--repeats" -> repeats = Integer.parseInt(args[++i]);
                    case "--open-set-only" -> openSetOnly = true;
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            System.err.println("VisionBench: " + (e instanceof ArrayIndexOutOfBoundsException ? "an option lacks its value" : e.getMessage()));
            System.err.println(USAGE);
            System.exit(2);
        }
        if (repeats < 1) {
            System.err.println("VisionBench: --repeats needs at least 1, not " + repeats);
            System.exit(2);
        }
        if (pairs == null) {
            String shared = System.getProperty("gatepass.shared", "../shared");
            pairs = Path.of(shared, "faces", "lfw-dev", "pairs.txt");
        }
        if (images == null) {
            images = pairs.toAbsolutePath().resolveSibling("images");
        }
        if (!Files.isRegularFile(pairs) || !Files.isDirectory(images)) {
            System.err.println("VisionBench: no pairs file " + pairs + " or no image folder " + images);
            System.err.println(USAGE);
            System.exit(2);
        }

        SelectedModels selected = SelectedModels.select(detector, minScore, embedder, modelDirectory);
        if (!selected.problems().isEmpty()) {
            // Measuring the shipped model in place of the one asked for would give misleading figures.
            selected.problems().forEach(p -> System.err.println("VisionBench: " + p));
            System.exit(1);
        }
        FaceModels models = selected.models();
        EmbedderSpec spec = models.embedder().spec();
        if (mirror != null && mirror != spec.mirror()) {
            spec = new EmbedderSpec(spec.modelId(), spec.model(), spec.inputSize(), spec.mean(), spec.scale(), spec.rgb(), mirror,
                    spec.calibration());
            models = models.withEmbedder(spec);
        }
        float judgedAt = threshold != null ? threshold : spec.calibration().floor();

        System.out.printf(Locale.ROOT, "machine: %s, %d cores, Java %s, OpenCV %s%n", cpuName(),
                Runtime.getRuntime().availableProcessors(), Runtime.version(), Core.VERSION);
        System.out.printf(Locale.ROOT, "pipeline: detector %s, fr-landmark alignment, embedder %s (%dx%d, %s), threshold %.2f%s%n",
                selected.detectorId(), spec.modelId(), spec.inputSize(), spec.inputSize(),
                spec.mirror() ? "face + mirrored face" : "face only", judgedAt,
                threshold != null ? " (given; the embedder's floor is " + spec.calibration().floor() + ")" : "");
        System.out.printf(Locale.ROOT, "data: %s, images in %s%n", pairs, images);
        if (!openSetOnly) {
            verificationAndTimings(models, pairs, images, judgedAt);
        }
        // the quality gate as the pipeline's default configuration has it
        QualityGate quality = new QualityGate(QualityGate.DEFAULT_MIN_FACE_SIZE, QualityGate.DEFAULT_MIN_SHARPNESS,
                QualityGate.DEFAULT_MAX_YAW);
        new OpenSetEvaluation(models, quality, repeats).run(pairs, images, System.out::println, System.err::println);
    }

    private static void verificationAndTimings(FaceModels models, Path pairs, Path images, float judgedAt) throws IOException {
        long start = System.nanoTime();
        LfwEvaluation.Report report = new LfwEvaluation(models).run(pairs, images, judgedAt, System.err::println);
        System.out.print(report.toText());
        System.out.printf(Locale.ROOT, "LFW pass took %.0f s%n", (System.nanoTime() - start) / 1e9);
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

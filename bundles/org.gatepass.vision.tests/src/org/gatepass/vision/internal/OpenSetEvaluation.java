package org.gatepass.vision.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.gatepass.vision.Landmarks;
import org.gatepass.vision.OpenSetCalibration;
import org.gatepass.vision.OpenSetPolicy;
import org.gatepass.vision.QualityVerdict;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;

/**
 * Open-set identification on an LFW-style set, every threshold chosen on folds other than the one it is
 * reported on (LFW folds share no identity). Every image of the people named in the pairs file is put in
 * a 640x480 camera frame and passed through detection, landmarks, alignment and the quality gate as the
 * pipeline does. For each held-out fold: the impostor tail is fitted on the other folds exactly as the
 * shipped constants were fitted on all of them, galleries of N persons are drawn from the held-out fold
 * (mated persons) and the other folds (distractors), and FPIR/FNIR are measured on the held-out fold's
 * faces only. Also the per-pair error rates of the pairs file at the floor and at the model's thresholds.
 * <p>
 * A person's score is the best over their templates, as in {@code FaceGallery.nearest}; a person enrolled
 * with two photos also has their normalised mean as a template.
 */
final class OpenSetEvaluation {
    static final int[] GALLERY_SIZES = {100, 1_000};
    private static final double[] FPIR_TARGETS = {0.01, 0.003, 0.001};
    private static final int[] PAIR_GALLERY_SIZES = {1, 12, 100, 200, 1_000};
    /** The tail is fitted where it is the tail: survival between 1e-5 and 1e-3, on a 0.01 grid from 0.30 to 0.55. */
    private static final int GRID_FIRST = 30, GRID_LAST = 55;
    private static final double FIT_MIN_FMR = 1e-5, FIT_MAX_FMR = 1e-3;
    private static final int FRAME_WIDTH = 640, FRAME_HEIGHT = 480;
    private static final int MAX_ENROLLED_PHOTOS = 2;
    private static final long SEED = 20261204;

    private final FaceModels models;
    private final QualityGate quality;
    private final OpenSetPolicy policy = OpenSetPolicy.DEFAULT;
    private final float floor;
    private final int repeats;

    OpenSetEvaluation(FaceModels models, QualityGate quality, int repeats) {
        this.models = models;
        this.quality = quality;
        this.floor = models.embedder().spec().calibration().floor();
        this.repeats = repeats;
    }

    /** Prints the report to {@code out}, progress to {@code progress}. */
    void run(Path pairsFile, Path imageDirectory, Consumer<String> out, Consumer<String> progress) throws IOException {
        LfwPairs pairs = LfwPairs.read(pairsFile);
        long start = System.nanoTime();
        Faces faces = embed(pairs, imageDirectory, progress);
        out.accept(faces.summary());
        long embedded = System.nanoTime();
        Scores scores = new Scores(faces);
        int folds = pairs.folds();
        Tail all = Tail.fit(faces, scores, p -> true);
        OpenSetCalibration shipped = models.embedder().spec().calibration();
        out.accept(String.format(Locale.ROOT, "impostor tail, all folds (how the shipped constants were fitted): %s; shipped %s",
                all, shipped.hasTail() ? String.format(Locale.ROOT, "ln fmr = %.3f %+.2f t", shipped.logIntercept(), shipped.slope()) : "none"));
        if (folds < 2) {
            out.accept("open set: one fold only, so no fold is left to choose thresholds on; nothing reported");
            return;
        }
        OpenSetCalibration[] heldOut = new OpenSetCalibration[folds];
        for (int k = 0; k < folds; k++) {
            int test = k;
            Tail tail = Tail.fit(faces, scores, p -> faces.folds[p] != test);
            heldOut[k] = tail.calibration(floor);
            out.accept(String.format(Locale.ROOT, "calibration for fold %d (fitted on the other folds only): %s", k + 1, tail));
        }
        out.accept(String.format(Locale.ROOT, """
                open set, reported on each held-out fold, pooled over %d folds x %d repeats (seeded): a gallery of N persons holds \
                about half of the fold's people with >= 2 usable photos (enrolled with 2 photos + their mean when they have >= 3, \
                else 1; their other photos are the genuine probes), filled up to N with distractor persons of the other folds \
                (up to 2 photos + mean); impostor probes are all photos of the fold's people not in the gallery. Identified / false \
                positive: top-1 score >= threshold and >= %.2f above the second person.""", folds, repeats, policy.minMargin()));
        for (int n : GALLERY_SIZES) {
            new GalleryReport(faces, scores, heldOut, n).print(out);
        }
        new PairReport(pairs, faces, heldOut).print(out);
        out.accept(String.format(Locale.ROOT, "open-set evaluation took %.0f s (embedding %.0f s)", (System.nanoTime() - start) / 1e9,
                (embedded - start) / 1e9));
    }

    // ---------------------------------------------------------------------------------------------- faces

    /**
     * The usable faces of the people named in the pairs file: {@code photos[p]} are person p's face indices,
     * in file-name order; {@code folds[p]} the fold of the pairs they appear in.
     */
    record Faces(List<String> names, int[] folds, int[][] photos, float[][] vectors, Map<String, Integer> faceOfImage, int images,
            int notFound, Map<QualityVerdict.Issue, Integer> rejected, int inSeveralFolds) {

        int persons() {
            return names.size();
        }

        String summary() {
            return String.format(Locale.ROOT, "open-set faces: %,d images of %,d people, each centred in a %dx%d grey frame: "
                    + "%,d usable, no face found %d, rejected by the quality gate %d %s; %d people in more than one fold (kept in the first); "
                    + "one person under two names (LFW label errors): " + SAME_PERSON,
                    images, persons(), FRAME_WIDTH, FRAME_HEIGHT, vectors.length, notFound,
                    rejected.values().stream().mapToInt(Integer::intValue).sum(), rejected, inSeveralFolds);
        }
    }

    /**
     * LFW label errors among the LFW dev people, found as the highest "stranger" scores (0.70-0.97): one person
     * filed under two spellings or names, and one photo filed under somebody else. Each pair is one person
     * here, so that no stranger is the same face; the bench prints them.
     */
    static final Map<String, String> SAME_PERSON = Map.of("Hassan_Wirajuda", "Hasan_Wirayuda", "Dai_Chul_Chyung", "Chyung_Dai-chul",
            "Cristina_Kirchner", "Cristina_Fernandez", "Martha_Bowen", "Gabrielle_Rose");

    private Faces embed(LfwPairs pairs, Path imageDirectory, Consumer<String> progress) throws IOException {
        Map<String, Integer> foldOf = new LinkedHashMap<>();
        int inSeveralFolds = 0;
        for (LfwPairs.Pair pair : pairs.pairs()) {
            for (String image : List.of(pair.first(), pair.second())) {
                String folder = image.substring(0, image.indexOf('/'));
                Integer before = foldOf.putIfAbsent(SAME_PERSON.getOrDefault(folder, folder), pair.fold());
                inSeveralFolds += before != null && before != pair.fold() && !SAME_PERSON.containsKey(folder) ? 1 : 0;
            }
        }
        List<String> names = new ArrayList<>(foldOf.keySet());
        List<float[]> vectors = new ArrayList<>();
        Map<String, Integer> faceOfImage = new LinkedHashMap<>();
        Map<QualityVerdict.Issue, Integer> rejected = new EnumMap<>(QualityVerdict.Issue.class);
        int[][] photos = new int[names.size()][];
        int images = 0, notFound = 0;
        for (int p = 0; p < names.size(); p++) {
            List<Path> files = new ArrayList<>(photosIn(imageDirectory.resolve(names.get(p))));
            for (Map.Entry<String, String> alias : SAME_PERSON.entrySet()) {
                if (alias.getValue().equals(names.get(p)) && Files.isDirectory(imageDirectory.resolve(alias.getKey()))) {
                    files.addAll(photosIn(imageDirectory.resolve(alias.getKey())));
                }
            }
            List<Integer> usable = new ArrayList<>();
            for (Path file : files) {
                Face face = face(Files.readAllBytes(file));
                if (face.vector != null) {
                    faceOfImage.put(file.getParent().getFileName() + "/" + file.getFileName(), vectors.size());
                    usable.add(vectors.size());
                    vectors.add(face.vector);
                } else if (face.issue == null) {
                    notFound++;
                } else {
                    rejected.merge(face.issue, 1, Integer::sum);
                }
                if (++images % 500 == 0) {
                    progress.accept("open set: " + images + " images embedded");
                }
            }
            photos[p] = usable.stream().mapToInt(Integer::intValue).toArray();
        }
        return new Faces(names, foldOf.values().stream().mapToInt(Integer::intValue).toArray(), photos, vectors.toArray(float[][]::new),
                faceOfImage, images, notFound, rejected, inSeveralFolds);
    }

    private static List<Path> photosIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(jpe?g|png)")).sorted().toList();
        }
    }

    /** A unit vector, or null with the quality issue (null issue: no face found). */
    private record Face(float[] vector, QualityVerdict.Issue issue) {
    }

    /** As the pipeline treats a camera frame, on the face nearest the centre (LFW's labelled person). */
    private Face face(byte[] encoded) throws IOException {
        Mat image = Frames.toMat(Frames.decode(encoded));
        Mat frame = new Mat();
        try {
            int padX = Math.max(0, FRAME_WIDTH - image.cols()), padY = Math.max(0, FRAME_HEIGHT - image.rows());
            Core.copyMakeBorder(image, frame, padY / 2, padY - padY / 2, padX / 2, padX - padX / 2, Core.BORDER_CONSTANT,
                    Scalar.all(128));
            Detection face = LfwEvaluation.central(models.detector().detect(frame), frame.cols(), frame.rows());
            if (face == null) {
                return new Face(null, null);
            }
            Landmarks landmarks = models.landmarker().locate(frame, face.box());
            Mat crop = models.aligner().align(frame, landmarks);
            try {
                QualityVerdict verdict = quality.check(face.box(), landmarks, crop);
                return verdict.accepted() ? new Face(models.embedder().embed(crop).vector(), null) : new Face(null, verdict.issue());
            } finally {
                crop.release();
            }
        } finally {
            frame.release();
            image.release();
        }
    }

    // ---------------------------------------------------------------------------------------------- scores

    /**
     * Every face's score with every person, computed once: {@code enrolled} with the person's first up to two
     * photos plus their mean, {@code firstOnly} with the first photo alone (how a person with exactly two
     * photos is enrolled when the other one is kept as a genuine probe).
     */
    static final class Scores {
        private final int persons;
        private final float[] enrolled;
        private final float[] firstOnly;

        Scores(Faces faces) {
            persons = faces.persons();
            int count = faces.vectors.length;
            float[][][] templates = new float[persons][][];
            for (int p = 0; p < persons; p++) {
                templates[p] = templates(faces, p);
            }
            enrolled = new float[count * persons];
            firstOnly = new float[count * persons];
            IntStream.range(0, count).parallel().forEach(f -> {
                float[] probe = faces.vectors[f];
                for (int p = 0; p < persons; p++) {
                    float[][] t = templates[p];
                    if (t.length == 0) {
                        enrolled[f * persons + p] = firstOnly[f * persons + p] = Float.NEGATIVE_INFINITY;
                        continue;
                    }
                    float first = dot(t[0], probe), best = first;
                    for (int i = 1; i < t.length; i++) {
                        best = Math.max(best, dot(t[i], probe));
                    }
                    firstOnly[f * persons + p] = first;
                    enrolled[f * persons + p] = best;
                }
            });
        }

        private static float[][] templates(Faces faces, int person) {
            int[] photos = faces.photos[person];
            int used = Math.min(MAX_ENROLLED_PHOTOS, photos.length);
            if (used < 2) {
                return used == 0 ? new float[0][] : new float[][] {faces.vectors[photos[0]]};
            }
            float[] a = faces.vectors[photos[0]], b = faces.vectors[photos[1]], mean = new float[a.length];
            double length = 0;
            for (int i = 0; i < a.length; i++) {
                mean[i] = a[i] + b[i];
                length += mean[i] * mean[i];
            }
            for (int i = 0; i < a.length; i++) {
                mean[i] /= (float) Math.sqrt(length);
            }
            return new float[][] {a, b, mean};
        }

        float enrolled(int face, int person) {
            return enrolled[face * persons + person];
        }

        float firstOnly(int face, int person) {
            return firstOnly[face * persons + person];
        }

        static float dot(float[] a, float[] b) {
            float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
            int unrolled = a.length & ~3;
            for (int i = 0; i < unrolled; i += 4) {
                s0 += a[i] * b[i];
                s1 += a[i + 1] * b[i + 1];
                s2 += a[i + 2] * b[i + 2];
                s3 += a[i + 3] * b[i + 3];
            }
            for (int i = unrolled; i < a.length; i++) {
                s0 += a[i] * b[i];
            }
            return (s0 + s1) + (s2 + s3);
        }
    }

    // ---------------------------------------------------------------------------------------------- tail fit

    /** ln fmr(t) = a + b t, fitted on every stranger-person comparison among the selected persons. */
    record Tail(double a, double b, int points, int persons, int faces, long comparisons) {

        static Tail fit(Faces faces, Scores scores, IntPredicate selected) {
            int grid = GRID_LAST - GRID_FIRST + 1;
            long[] atLeast = new long[grid];
            long comparisons = 0;
            int persons = 0, probes = 0;
            for (int q = 0; q < faces.persons(); q++) {
                if (selected.test(q)) {
                    persons += faces.photos[q].length > 0 ? 1 : 0;
                    probes += faces.photos[q].length;
                }
            }
            // face by face: one face's scores with all persons lie side by side in memory
            for (int q = 0; q < faces.persons(); q++) {
                if (!selected.test(q)) {
                    continue;
                }
                for (int face : faces.photos[q]) {
                    for (int p = 0; p < faces.persons(); p++) {
                        if (p == q || !selected.test(p) || faces.photos[p].length == 0) {
                            continue;
                        }
                        comparisons++;
                        float s = scores.enrolled(face, p);
                        for (int g = 0; g < grid && s >= gridPoint(g); g++) {
                            atLeast[g]++;
                        }
                    }
                }
            }
            // least squares of ln fmr on t over the grid points inside the tail
            double n = 0, st = 0, sy = 0, stt = 0, sty = 0;
            for (int g = 0; g < grid; g++) {
                double fmr = (double) atLeast[g] / comparisons;
                if (fmr >= FIT_MIN_FMR && fmr <= FIT_MAX_FMR) {
                    double t = gridPoint(g), y = Math.log(fmr);
                    n++;
                    st += t;
                    sy += y;
                    stt += t * t;
                    sty += t * y;
                }
            }
            double b = n < 2 ? Double.NaN : (n * sty - st * sy) / (n * stt - st * st);
            double a = n < 2 ? Double.NaN : (sy - b * st) / n;
            return new Tail(a, b, (int) n, persons, probes, comparisons);
        }

        private static float gridPoint(int g) {
            return (GRID_FIRST + g) / 100f;
        }

        /** A tail that could not be fitted (too few comparisons, or not falling) leaves the floor alone. */
        OpenSetCalibration calibration(float floor) {
            return b < 0 ? new OpenSetCalibration(floor, a, b) : OpenSetCalibration.fixed(floor);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "ln fmr = %.3f %+.2f t (least squares over %d grid points with fmr in [1e-5, 1e-3]; "
                    + "%,d persons enrolled with up to 2 photos + mean, %,d faces, %,d stranger-person comparisons)", a, b, points, persons,
                    faces, comparisons);
        }
    }

    // ---------------------------------------------------------------------------------------------- galleries

    /** Top-1 and top-2 of one probe against one gallery. */
    private record Nearest(int best, float score, float margin) {
    }

    /** Gallery members: person indices; those enrolled with their first photo only are flagged. */
    private record Gallery(int[] members, boolean[] firstOnly) {

        Nearest nearest(Scores scores, int face) {
            int best = -1;
            float first = Float.NEGATIVE_INFINITY, second = Float.NEGATIVE_INFINITY;
            for (int m = 0; m < members.length; m++) {
                float s = firstOnly[m] ? scores.firstOnly(face, members[m]) : scores.enrolled(face, members[m]);
                if (s > first) {
                    second = first;
                    first = s;
                    best = members[m];
                } else if (s > second) {
                    second = s;
                }
            }
            return new Nearest(best, first, members.length > 1 ? first - second : 1);
        }
    }

    /** Error counts at one threshold per fold, pooled. */
    private static final class Tally {
        final float[] thresholds;
        long falsePositives, impostors, misses, genuines;

        Tally(int folds) {
            thresholds = new float[folds];
            Arrays.fill(thresholds, Float.NaN);
        }

        String thresholdText() {
            double[] t = IntStream.range(0, thresholds.length).mapToDouble(k -> thresholds[k]).filter(v -> !Double.isNaN(v)).toArray();
            double min = Arrays.stream(t).min().orElse(Double.NaN), max = Arrays.stream(t).max().orElse(Double.NaN);
            return max - min < 0.0005 ? String.format(Locale.ROOT, "%.3f", min) : String.format(Locale.ROOT, "%.3f-%.3f", min, max);
        }
    }

    private static String rate(long events, long total) {
        return String.format(Locale.ROOT, "%.2f %% (%,d of %,d)", 100.0 * events / total, events, total);
    }

    /** Galleries of one size: thresholds chosen on the other folds, error rates measured on the held-out fold. */
    private final class GalleryReport {
        private final Faces faces;
        private final Scores scores;
        private final OpenSetCalibration[] heldOut;
        private final int size;
        private final Tally[] model = new Tally[FPIR_TARGETS.length];
        private final Tally[] empirical = new Tally[FPIR_TARGETS.length];
        private final List<String> skipped = new ArrayList<>();
        private long matedMembers, galleries, strangerScores, calibrationRuns;

        GalleryReport(Faces faces, Scores scores, OpenSetCalibration[] heldOut, int size) {
            this.faces = faces;
            this.scores = scores;
            this.heldOut = heldOut;
            this.size = size;
            for (int i = 0; i < FPIR_TARGETS.length; i++) {
                model[i] = new Tally(heldOut.length);
                empirical[i] = new Tally(heldOut.length);
            }
            for (int k = 0; k < heldOut.length; k++) {
                measure(k);
            }
        }

        private void measure(int test) {
            List<Integer> mated = new ArrayList<>(), others = new ArrayList<>();
            for (int p = 0; p < faces.persons(); p++) {
                if (faces.folds[p] == test && faces.photos[p].length >= 2) {
                    mated.add(p);
                } else if (faces.folds[p] != test && faces.photos[p].length > 0) {
                    others.add(p);
                }
            }
            int matedCount = Math.min(size, Math.max(1, mated.size() / 2));
            // the other folds must hold a gallery of this size and strangers besides, for the empirical thresholds
            if (mated.isEmpty() || others.size() <= size) {
                skipped.add(String.format(Locale.ROOT, "fold %d (%d people with >= 2 photos, %d people in the other folds)", test + 1,
                        mated.size(), others.size()));
                return;
            }
            float[] empiricalThresholds = empiricalThresholds(others, new Random(SEED + 1_000L * size + test));
            for (int i = 0; i < FPIR_TARGETS.length; i++) {
                model[i].thresholds[test] = heldOut[test].threshold(size, FPIR_TARGETS[i]);
                empirical[i].thresholds[test] = empiricalThresholds[i];
            }
            matedMembers += (long) matedCount * repeats;
            galleries += repeats;
            Random random = new Random(SEED + size + 7L * test);
            for (int r = 0; r < repeats; r++) {
                Collections.shuffle(mated, random);
                Collections.shuffle(others, random);
                int[] members = new int[size];
                boolean[] firstOnly = new boolean[size];
                boolean[] inGallery = new boolean[faces.persons()];
                for (int m = 0; m < size; m++) {
                    members[m] = m < matedCount ? mated.get(m) : others.get(m - matedCount);
                    firstOnly[m] = m < matedCount && faces.photos[members[m]].length < 3;
                    inGallery[members[m]] = true;
                }
                Gallery gallery = new Gallery(members, firstOnly);
                for (int m = 0; m < matedCount; m++) {
                    int[] photos = faces.photos[members[m]];
                    for (int i = firstOnly[m] ? 1 : 2; i < photos.length; i++) {
                        Nearest n = gallery.nearest(scores, photos[i]);
                        count(test, n, n.best == members[m], true);
                    }
                }
                for (int p = 0; p < faces.persons(); p++) {
                    if (faces.folds[p] == test && !inGallery[p]) {
                        for (int face : faces.photos[p]) {
                            count(test, gallery.nearest(scores, face), false, false);
                        }
                    }
                }
            }
        }

        private void count(int test, Nearest n, boolean rightPerson, boolean genuine) {
            for (Tally[] tallies : List.of(model, empirical)) {
                for (Tally t : tallies) {
                    boolean accepted = n.score >= t.thresholds[test] && n.margin >= policy.minMargin();
                    if (genuine) {
                        t.genuines++;
                        t.misses += accepted && rightPerson ? 0 : 1;
                    } else {
                        t.impostors++;
                        t.falsePositives += accepted ? 1 : 0;
                    }
                }
            }
        }

        /**
         * Per target FPIR, the lowest threshold that attributes at most that share of strangers to somebody, on
         * galleries of this size drawn from the calibration folds only (strangers: all photos of their people not
         * in the gallery).
         */
        private float[] empiricalThresholds(List<Integer> calibrationPersons, Random random) {
            List<Integer> persons = new ArrayList<>(calibrationPersons);
            float[] topScores = new float[0];
            int count = 0;
            for (int r = 0; r < repeats; r++) {
                Collections.shuffle(persons, random);
                int[] members = persons.subList(0, size).stream().mapToInt(Integer::intValue).toArray();
                Gallery gallery = new Gallery(members, new boolean[size]);
                for (int p : persons.subList(size, persons.size())) {
                    for (int face : faces.photos[p]) {
                        Nearest n = gallery.nearest(scores, face);
                        if (count == topScores.length) {
                            topScores = Arrays.copyOf(topScores, Math.max(1024, 2 * count));
                        }
                        // a stranger without the margin is never attributed, whatever the threshold
                        topScores[count++] = n.margin >= policy.minMargin() ? n.score : Float.NEGATIVE_INFINITY;
                    }
                }
            }
            strangerScores += count;
            calibrationRuns++;
            float[] sorted = Arrays.copyOf(topScores, count);
            Arrays.sort(sorted);
            float[] thresholds = new float[FPIR_TARGETS.length];
            for (int i = 0; i < FPIR_TARGETS.length; i++) {
                int allowed = (int) Math.floor(FPIR_TARGETS[i] * count);
                thresholds[i] = Math.max(floor, Math.nextUp(sorted[count - 1 - allowed]));
            }
            return thresholds;
        }

        void print(Consumer<String> out) {
            out.accept(String.format(Locale.ROOT, "N = %,d persons enrolled: %.0f of them from the held-out fold (mated), %.0f distractors; "
                    + "empirical thresholds from %,.0f stranger top-1 scores per held-out fold (all photos of the other folds' people "
                    + "outside each gallery)%s", size, (double) matedMembers / galleries, size - (double) matedMembers / galleries,
                    (double) strangerScores / calibrationRuns, skipped.isEmpty() ? "" : "; skipped, too few people: " + String.join(", ", skipped)));
            out.accept(String.format(Locale.ROOT, "  %-72s %-12s %-26s %s", "threshold chosen on the other folds by", "threshold",
                    "FPIR on held-out fold", "FNIR on held-out fold"));
            for (int i = FPIR_TARGETS.length - 1; i >= 0; i--) {
                String label = String.format(Locale.ROOT, "tail model, target FPIR %s%s", percent(FPIR_TARGETS[i]),
                        FPIR_TARGETS[i] == policy.targetFpir() ? " (OpenSetPolicy.DEFAULT: calibrated)" : "");
                line(out, label, model[i]);
            }
            for (int i = 0; i < FPIR_TARGETS.length; i++) {
                line(out, String.format(Locale.ROOT, "empirical: FPIR %s on %d galleries of %,d from the other folds",
                        percent(FPIR_TARGETS[i]), repeats, size), empirical[i]);
            }
        }

        private void line(Consumer<String> out, String label, Tally t) {
            out.accept(String.format(Locale.ROOT, "  %-72s %-12s %-26s %s", label, t.thresholdText(), rate(t.falsePositives, t.impostors),
                    rate(t.misses, t.genuines)));
        }
    }

    private static String percent(double rate) {
        return String.format(Locale.ROOT, "%s %%", Double.toString(rate * 100).replaceAll("\\.0$", ""));
    }

    // ---------------------------------------------------------------------------------------------- pairs

    /** The pairs file's single photo vs single photo error rates, each pair judged at thresholds chosen without its fold. */
    private final class PairReport {
        private final LfwPairs pairs;
        private final float[] scores;
        private final int unusable;
        private final OpenSetCalibration[] heldOut;

        PairReport(LfwPairs pairs, Faces faces, OpenSetCalibration[] heldOut) {
            this.pairs = pairs;
            this.heldOut = heldOut;
            scores = new float[pairs.pairs().size()];
            int missing = 0;
            for (int i = 0; i < scores.length; i++) {
                Integer a = faces.faceOfImage.get(pairs.pairs().get(i).first()), b = faces.faceOfImage.get(pairs.pairs().get(i).second());
                scores[i] = a == null || b == null ? Float.NaN : Scores.dot(faces.vectors[a], faces.vectors[b]);
                missing += a == null || b == null ? 1 : 0;
            }
            unusable = missing;
        }

        void print(Consumer<String> out) {
            out.accept(String.format(Locale.ROOT, "per pair (the pairs file, one photo vs one photo; %,d of %,d pairs with both faces "
                    + "usable, the other %d left out):", scores.length - unusable, scores.length, unusable));
            out.accept(String.format(Locale.ROOT, "  %-72s %-12s %-26s %s", "threshold", "value", "FMR", "FNMR"));
            float[] fixedFloor = new float[heldOut.length];
            Arrays.fill(fixedFloor, floor);
            line(out, "floor (EmbedderSpec constant, chosen on all LFW dev folds: not held out)", fixedFloor);
            float[] perFold = new float[heldOut.length];
            for (int k = 0; k < heldOut.length; k++) {
                perFold[k] = lowestWithFmr(k, 0.001);
            }
            line(out, "lowest (0.01 grid) with pair FMR <= 0.1 % on the other folds' pairs", perFold);
            for (int n : PAIR_GALLERY_SIZES) {
                float[] thresholds = new float[heldOut.length];
                for (int k = 0; k < heldOut.length; k++) {
                    thresholds[k] = policy.threshold(heldOut[k], n);
                }
                line(out, String.format(Locale.ROOT, "tail model of the other folds, N = %,d, FPIR 0.1 %% (never below floor)", n),
                        thresholds);
            }
        }

        private float lowestWithFmr(int test, double maxFmr) {
            for (int step = -100; step <= 100; step++) {
                float t = step / 100f;
                long impostors = 0, matches = 0;
                for (int i = 0; i < scores.length; i++) {
                    LfwPairs.Pair p = pairs.pairs().get(i);
                    if (p.fold() != test && !p.same() && !Float.isNaN(scores[i])) {
                        impostors++;
                        matches += scores[i] >= t ? 1 : 0;
                    }
                }
                if (matches <= maxFmr * impostors) {
                    return t;
                }
            }
            return 1;
        }

        private void line(Consumer<String> out, String label, float[] thresholdPerFold) {
            long impostors = 0, falseMatches = 0, genuines = 0, falseNonMatches = 0;
            Tally t = new Tally(thresholdPerFold.length);
            for (int i = 0; i < scores.length; i++) {
                LfwPairs.Pair p = pairs.pairs().get(i);
                if (Float.isNaN(scores[i])) {
                    continue;
                }
                float threshold = thresholdPerFold[p.fold()];
                t.thresholds[p.fold()] = threshold;
                if (p.same()) {
                    genuines++;
                    falseNonMatches += scores[i] < threshold ? 1 : 0;
                } else {
                    impostors++;
                    falseMatches += scores[i] >= threshold ? 1 : 0;
                }
            }
            out.accept(String.format(Locale.ROOT, "  %-72s %-12s %-26s %s", label, t.thresholdText(), rate(falseMatches, impostors),
                    rate(falseNonMatches, genuines)));
        }
    }
}

package org.gatepass.vision.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.gatepass.vision.Embedding;
import org.gatepass.vision.Landmarks;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;

/**
 * Face verification on an LFW-style set (a pairs file and a folder of &lt;Name&gt;/&lt;Name&gt;_NNNN.jpg): every image
 * is detected, landmarked, aligned and embedded once, each pair scored by cosine similarity, and the
 * scores judged by {@link VerificationStats}. Also times (medians) detection on 640x480 frames (the
 * first 500 images, each centred on a black frame of that size), landmarks per face, and alignment
 * plus embedding per face.
 */
final class LfwEvaluation {
    private static final int FRAME_WIDTH = 640;
    private static final int FRAME_HEIGHT = 480;
    private static final int TIMED_FRAMES = 500;

    record Report(int images, int imagesWithoutFace, int pairs, int folds, int dimension, VerificationStats.KFold kFold,
            VerificationStats.ErrorRates atShippedThreshold, VerificationStats.ErrorRates atCalibratedThreshold,
            double detectionMsPerFrame, double landmarksMsPerFace, double embeddingMsPerFace) {

        String toText() {
            return String.format(Locale.ROOT, """
                    images %d (no face found: %d), pairs %d in %d folds, %d-d embeddings
                    %d-fold accuracy        %.2f %% +- %.2f (mean best threshold %.3f)
                    at threshold %.2f       accuracy %.2f %%, FMR %.2f %%, FNMR %.2f %%
                    FMR <= 0.1 %% from %.2f  accuracy %.2f %%, FMR %.2f %%, FNMR %.2f %%
                    detection               %.2f ms per 640x480 frame (median)
                    landmarks               %.2f ms per face (median)
                    alignment + embedding   %.2f ms per face (median)
                    """, images, imagesWithoutFace, pairs, folds, dimension, folds, kFold.meanAccuracy() * 100,
                    kFold.stdAccuracy() * 100, kFold.meanThreshold(), atShippedThreshold.threshold(),
                    atShippedThreshold.accuracy() * 100, atShippedThreshold.falseMatchRate() * 100,
                    atShippedThreshold.falseNonMatchRate() * 100, atCalibratedThreshold.threshold(),
                    atCalibratedThreshold.accuracy() * 100, atCalibratedThreshold.falseMatchRate() * 100,
                    atCalibratedThreshold.falseNonMatchRate() * 100, detectionMsPerFrame, landmarksMsPerFace,
                    embeddingMsPerFace);
        }
    }

    private final FaceModels models;

    LfwEvaluation(FaceModels models) {
        this.models = models;
    }

    /** @throws IOException if the pairs file is malformed or names images that are not in {@code imageDirectory} */
    Report run(Path pairsFile, Path imageDirectory, float shippedThreshold, Consumer<String> progress) throws IOException {
        LfwPairs lfw = LfwPairs.read(pairsFile);
        Set<String> images = new LinkedHashSet<>();
        for (LfwPairs.Pair p : lfw.pairs()) {
            images.add(p.first());
            images.add(p.second());
        }
        List<String> missing = images.stream().filter(i -> !Files.isRegularFile(imageDirectory.resolve(i))).toList();
        if (!missing.isEmpty()) {
            throw new IOException(pairsFile + " names " + missing.size() + " images that are not in " + imageDirectory + ", e.g. "
                    + missing.get(0));
        }
        Map<String, Embedding> embeddings = new HashMap<>();
        Durations detection = new Durations();
        Durations landmarking = new Durations();
        Durations embedding = new Durations();
        int done = 0;
        for (String image : images) {
            Mat bgr = Frames.toMat(Frames.decode(Files.readAllBytes(imageDirectory.resolve(image))));
            try {
                if (done < TIMED_FRAMES) {
                    detection.add(timeDetectionOnFullFrame(bgr));
                }
                Detection face = central(models.detector().detect(bgr), bgr.cols(), bgr.rows());
                if (face != null) {
                    long start = System.nanoTime();
                    Landmarks landmarks = models.landmarker().locate(bgr, face.box());
                    long located = System.nanoTime();
                    embeddings.put(image, embed(bgr, landmarks));
                    landmarking.add(located - start);
                    embedding.add(System.nanoTime() - located);
                }
            } finally {
                bgr.release();
            }
            if (++done % 500 == 0) {
                progress.accept(done + " of " + images.size() + " images");
            }
        }
        List<LfwPairs.Pair> pairs = lfw.pairs();
        float[] scores = new float[pairs.size()];
        boolean[] same = new boolean[pairs.size()];
        int[] folds = new int[pairs.size()];
        for (int i = 0; i < scores.length; i++) {
            LfwPairs.Pair p = pairs.get(i);
            Embedding a = embeddings.get(p.first());
            Embedding b = embeddings.get(p.second());
            // A face that was not found cannot be verified: the pair counts as "different".
            scores[i] = a == null || b == null ? -1 : a.similarity(b);
            same[i] = p.same();
            folds[i] = p.fold();
        }
        VerificationStats stats = new VerificationStats(scores, same, folds, lfw.folds());
        int dimension = embeddings.values().stream().findAny().map(Embedding::dimension).orElse(0);
        return new Report(images.size(), images.size() - embeddings.size(), pairs.size(), lfw.folds(), dimension, stats.kFold(),
                stats.at(shippedThreshold), stats.at(stats.thresholdForFalseMatchRate(0.001)),
                detection.medianMillis(), landmarking.medianMillis(), embedding.medianMillis());
    }

    private Embedding embed(Mat bgr, Landmarks landmarks) {
        Mat crop = models.aligner().align(bgr, landmarks);
        try {
            return models.embedder().embed(crop);
        } finally {
            crop.release();
        }
    }

    /** Detection time with the image centred on a black 640x480 frame, as a camera would deliver it. */
    private long timeDetectionOnFullFrame(Mat bgr) {
        int padX = Math.max(0, FRAME_WIDTH - bgr.cols()), padY = Math.max(0, FRAME_HEIGHT - bgr.rows());
        Mat frame = new Mat();
        try {
            Core.copyMakeBorder(bgr, frame, padY / 2, padY - padY / 2, padX / 2, padX - padX / 2, Core.BORDER_CONSTANT,
                    Scalar.all(0));
            long start = System.nanoTime();
            models.detector().detect(frame);
            return System.nanoTime() - start;
        } finally {
            frame.release();
        }
    }

    /** Durations of repeated work; their median shrugs off the first, unoptimised runs and bursts of other load. */
    private static final class Durations {
        private long[] nanos = new long[256];
        private int count;

        void add(long duration) {
            if (count == nanos.length) {
                nanos = Arrays.copyOf(nanos, 2 * count);
            }
            nanos[count++] = duration;
        }

        double medianMillis() {
            if (count == 0) {
                return Double.NaN;
            }
            long[] sorted = Arrays.copyOf(nanos, count);
            Arrays.sort(sorted);
            return sorted[count / 2] / 1e6;
        }
    }

    /** LFW labels the person in the middle of the picture; others may be in the background. */
    static Detection central(List<Detection> faces, int width, int height) {
        Detection best = null;
        double bestDistance = Double.MAX_VALUE;
        for (Detection d : faces) {
            double distance = Math.hypot(d.box().x() + d.box().width() / 2 - width / 2.0,
                    d.box().y() + d.box().height() / 2 - height / 2.0);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = d;
            }
        }
        return best;
    }
}

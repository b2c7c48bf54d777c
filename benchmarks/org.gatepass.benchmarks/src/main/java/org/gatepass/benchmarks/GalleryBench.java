package org.gatepass.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.gatepass.vision.Candidate;
import org.gatepass.vision.Embedding;
import org.gatepass.vision.FaceGallery;

/**
 * 1:N search times of {@link FaceGallery} over 10,000, 100,000 and 1,000,000 templates (or the sizes
 * given as arguments), the heap the gallery holds, and the error of its quantised scores against the
 * exact cosine. A plain main rather than JMH: each size needs minutes of set-up and a search is
 * milliseconds long, so medians over many probes suffice. Command in docs/performance.md.
 */
public final class GalleryBench {
    private static final int DIMENSION = 512;
    private static final int WARM_UP_PROBES = 30;
    private static final int MEASURED_PROBES = 100;
    private static final String MODEL = "bench";

    private final Random random = new Random(1);
    /** Per-dimension spread, as real embeddings have: some components vary more than others. */
    private final float[] spread = new float[DIMENSION];

    private GalleryBench() {
        for (int i = 0; i < DIMENSION; i++) {
            spread[i] = 0.5f + 1.5f * random.nextFloat();
        }
    }

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {10_000, 100_000, 1_000_000} : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        GalleryBench bench = new GalleryBench();
        System.out.printf(Locale.ROOT, "%d cores, Java %s, max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
                Runtime.version(), Runtime.getRuntime().maxMemory() >> 20);
        bench.scoreError();
        for (int size : sizes) {
            bench.searchTimes(size);
        }
    }

    /** Quantised score of the best candidate against the exact cosine of that template, over genuine and stranger probes. */
    private void scoreError() {
        FaceGallery gallery = new FaceGallery(MODEL, DIMENSION);
        Embedding[] templates = new Embedding[10_000];
        for (int t = 0; t < templates.length; t++) {
            templates[t] = embedding();
            gallery.add(t, templates[t]);
        }
        double worst = 0, sum = 0;
        int probes = 4_000;
        for (int p = 0; p < probes; p++) {
            int person = random.nextInt(templates.length);
            Embedding probe = p % 4 == 0 ? embedding() : seenAgain(templates[person], 0.3f + 0.6f * random.nextFloat());
            Candidate best = gallery.nearest(probe, 1).get(0);
            double error = Math.abs(best.score() - probe.similarity(templates[(int) best.personId()]));
            worst = Math.max(worst, error);
            sum += error;
        }
        System.out.printf(Locale.ROOT, "quantised vs exact cosine of the best candidate, %,d probes: mean error %.5f, max %.5f%n",
                probes, sum / probes, worst);
    }

    private void searchTimes(int size) {
        long heapBefore = usedHeap();
        FaceGallery gallery = new FaceGallery(MODEL, DIMENSION);
        Embedding[] probeSources = new Embedding[MEASURED_PROBES];
        long loadStart = System.nanoTime();
        for (int t = 0; t < size; t++) {
            Embedding template = embedding();
            gallery.add(t, template);
            if (t % (size / MEASURED_PROBES) == 0 && t / (size / MEASURED_PROBES) < MEASURED_PROBES) {
                probeSources[t / (size / MEASURED_PROBES)] = template;
            }
        }
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        long heap = usedHeap() - heapBefore;
        for (int p = 0; p < WARM_UP_PROBES; p++) {
            gallery.nearest(embedding(), 2);
        }
        double[] millis = new double[MEASURED_PROBES];
        int found = 0;
        for (int p = 0; p < MEASURED_PROBES; p++) {
            Embedding probe = seenAgain(probeSources[p], 0.6f);
            long start = System.nanoTime();
            List<Candidate> nearest = gallery.nearest(probe, 2);
            millis[p] = (System.nanoTime() - start) / 1e6;
            found += nearest.get(0).personId() == (long) p * (size / MEASURED_PROBES) ? 1 : 0;
        }
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "1:N %,9d x %d-d: median %6.2f ms, p95 %6.2f ms (%d probes, best 2 persons; %d found), gallery heap %,d MB, added in %.1f s%n",
                size, DIMENSION, millis[millis.length / 2], millis[(int) Math.ceil(millis.length * 0.95) - 1], MEASURED_PROBES, found,
                heap >> 20, loadSeconds);
        if (gallery.size() != size) {
            throw new AssertionError("the gallery holds " + gallery.size() + " templates");
        }
    }

    private Embedding embedding() {
        float[] v = new float[DIMENSION];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) random.nextGaussian() * spread[i];
        }
        return new Embedding(MODEL, v);
    }

    /** The same face seen again: a probe whose cosine to {@code face} is about {@code similarity}. */
    private Embedding seenAgain(Embedding face, float similarity) {
        float[] v = face.vector();
        float[] noise = embedding().vector();
        float keep = similarity, add = (float) Math.sqrt(1 - similarity * similarity);
        for (int i = 0; i < v.length; i++) {
            v[i] = keep * v[i] + add * noise[i];
        }
        return new Embedding(MODEL, v);
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}

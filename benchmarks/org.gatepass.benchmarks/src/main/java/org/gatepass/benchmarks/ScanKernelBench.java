package org.gatepass.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.ShortVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The int8 dot-product kernel of a 1:N scan alone, as plain Java (what FaceGallery runs) and with the
 * incubating Vector API (what it would take to scan 1,000,000 templates in under 50 ms on 2 cores).
 * Segments of 256 KB are claimed by the caller and helper threads, as FaceGallery's scan does.
 * Arguments: {@code plain} or {@code vector}, templates (default 1,000,448), threads (default: the cores);
 * one kernel per run, so that the scan's call to it stays monomorphic and inlined. Command in
 * docs/performance.md.
 */
public final class ScanKernelBench {
    private static final int DIMENSION = 512;
    private static final int SEGMENT = 512;
    private static final VectorSpecies<Byte> BYTES = ByteVector.SPECIES_128;
    private static final VectorSpecies<Short> SHORTS = ShortVector.SPECIES_256;
    private static final VectorSpecies<Integer> INTS = IntVector.SPECIES_256;

    private interface Kernel {
        int dot(byte[] templates, int offset, byte[] probe, short[] wideProbe);
    }

    private ScanKernelBench() {
    }

    public static void main(String[] args) throws Exception {
        Kernel kernel = switch (args.length > 0 ? args[0] : "") {
            case "plain" -> ScanKernelBench::plainDot;
            case "vector" -> ScanKernelBench::vectorDot;
            default -> throw new IllegalArgumentException("usage: ScanKernelBench plain|vector [templates] [threads]");
        };
        int templates = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_448;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        Random random = new Random(1);
        byte[][] segments = new byte[templates / SEGMENT][SEGMENT * DIMENSION];
        for (byte[] segment : segments) {
            random.nextBytes(segment);
        }
        byte[] probe = new byte[DIMENSION];
        random.nextBytes(probe);
        short[] wideProbe = new short[DIMENSION];
        for (int i = 0; i < DIMENSION; i++) {
            wideProbe[i] = probe[i];
        }
        ExecutorService helpers = Executors.newFixedThreadPool(Math.max(1, threads - 1));
        try {
            report(args[0], segments, probe, wideProbe, threads, helpers, kernel);
        } finally {
            helpers.shutdown();
        }
    }

    private static void report(String name, byte[][] segments, byte[] probe, short[] wideProbe, int threads, ExecutorService helpers,
            Kernel kernel) throws Exception {
        double[] millis = new double[80];
        for (int run = -20; run < millis.length; run++) {
            long start = System.nanoTime();
            scan(segments, probe, wideProbe, threads, helpers, kernel);
            if (run >= 0) {
                millis[run] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "%s kernel, %,d x %d-d int8, %d threads: median %.1f ms, p95 %.1f ms (%d scans)%n", name,
                segments.length * SEGMENT, DIMENSION, threads, millis[millis.length / 2], millis[(int) Math.ceil(millis.length * 0.95) - 1],
                millis.length);
    }

    private static int scan(byte[][] segments, byte[] probe, short[] wideProbe, int threads, ExecutorService helpers, Kernel kernel)
            throws Exception {
        AtomicInteger next = new AtomicInteger();
        Callable<Integer> work = () -> {
            int best = Integer.MIN_VALUE;
            for (int s = next.getAndIncrement(); s < segments.length; s = next.getAndIncrement()) {
                for (int t = 0, offset = 0; t < SEGMENT; t++, offset += DIMENSION) {
                    best = Math.max(best, kernel.dot(segments[s], offset, probe, wideProbe));
                }
            }
            return best;
        };
        List<Future<Integer>> helping = new ArrayList<>();
        for (int h = 1; h < threads; h++) {
            helping.add(helpers.submit(work));
        }
        int best = work.call();
        for (Future<Integer> helper : helping) {
            best = Math.max(best, helper.get());
        }
        return best;
    }

    private static int plainDot(byte[] templates, int offset, byte[] probe, short[] wideProbe) {
        int sum = 0;
        for (int i = 0; i < probe.length; i++) {
            sum += templates[offset + i] * probe[i];
        }
        return sum;
    }

    /** 16 bytes widened to shorts, multiplied (products fit in 16 bits), widened again and summed in ints. */
    private static int vectorDot(byte[] templates, int offset, byte[] probe, short[] wideProbe) {
        IntVector sums = IntVector.zero(INTS);
        for (int i = 0; i < DIMENSION; i += BYTES.length()) {
            ShortVector codes = (ShortVector) ByteVector.fromArray(BYTES, templates, offset + i).convertShape(VectorOperators.B2S, SHORTS, 0);
            ShortVector products = codes.mul(ShortVector.fromArray(SHORTS, wideProbe, i));
            sums = sums.add(products.convertShape(VectorOperators.S2I, INTS, 0)).add(products.convertShape(VectorOperators.S2I, INTS, 1));
        }
        return sums.reduceLanes(VectorOperators.ADD);
    }
}

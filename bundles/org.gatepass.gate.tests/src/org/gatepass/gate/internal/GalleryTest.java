package org.gatepass.gate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.gatepass.camera.testing.Fuzzing;
import org.gatepass.core.StorageException;
import org.gatepass.core.biometric.FaceTemplate;
import org.gatepass.core.storage.FaceTemplateRepository;
import org.gatepass.core.biometric.StoredTemplates;
import org.gatepass.vision.Candidate;
import org.gatepass.vision.Embedding;
import org.gatepass.vision.FacePipeline;
import org.junit.jupiter.api.Test;

/** The gallery's loading: cameras never wait for the database and can tell "not loaded" from "nobody enrolled". */
class GalleryTest {
    private static final String MODEL = "m";
    /** Only a guard against a hang: nothing here is timed. */
    private static final long HANG_GUARD_SECONDS = 30;
    private static final Embedding FACE = new Embedding(MODEL, new float[] {1, 0, 0, 0});

    @Test
    void answersNotLoadedWithoutWaitingWhileTheDatabaseIsSlow() throws Exception {
        CountDownLatch databaseAnswers = new CountDownLatch(1);
        TemplatesInMemory database = new TemplatesInMemory(() -> {
            databaseAnswers.await();
            return List.of(template(5, FACE));
        });
        Gallery gallery = new Gallery(pipeline(), database);

        Optional<List<Candidate>> whileLoading = CompletableFuture.supplyAsync(() -> gallery.nearest(FACE, 2))
                .get(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
        assertEquals(Optional.empty(), whileLoading, "a camera asking during the load is not kept waiting");
        assertEquals(0, gallery.persons());

        databaseAnswers.countDown();
        List<Candidate> loaded = LoadedGallery.nearest(gallery, FACE, 2);
        assertEquals(5, loaded.get(0).personId());
        assertEquals(1, gallery.persons());
    }

    @Test
    void anEmptyDatabaseIsAnEmptyListNotNotLoaded() throws Exception {
        Gallery gallery = new Gallery(pipeline(), new TemplatesInMemory(List::of));
        assertEquals(List.of(), LoadedGallery.nearest(gallery, FACE, 2));
        gallery.add(9, FACE);
        assertEquals(List.of(9L), gallery.nearest(FACE, 2).orElseThrow().stream().map(Candidate::personId).toList());
        gallery.removePerson(9);
        assertEquals(Optional.of(List.of()), gallery.nearest(FACE, 2));
    }

    @Test
    void aDatabaseDownAtStartIsTriedAgainLaterNotOnEveryFrame() throws Exception {
        AtomicInteger reads = new AtomicInteger();
        TemplatesInMemory database = new TemplatesInMemory(() -> {
            if (reads.incrementAndGet() == 1) {
                throw new StorageException("database down", null);
            }
            return List.of(template(5, FACE), template(6, new Embedding(MODEL, new float[] {0, 1, 0, 0})));
        });
        long start = System.nanoTime();
        Gallery gallery = new Gallery(pipeline(), database);
        while (reads.get() == 0) {
            Thread.sleep(5);
        }
        int frames = 0;
        while (gallery.nearest(FACE, 2).isEmpty()) {
            frames++;
            Thread.sleep(1);
        }
        long elapsed = System.nanoTime() - start;
        assertTrue(frames > 0, "not loaded while the database was down");
        long attemptsAllowed = 1 + elapsed / Gallery.RETRY_AFTER_NANOS + 1;
        assertTrue(reads.get() <= attemptsAllowed, reads.get() + " reads of the database for " + frames + " frames");
        assertEquals(List.of(5L, 6L), gallery.nearest(FACE, 2).orElseThrow().stream().map(Candidate::personId).toList());
        assertEquals(2, gallery.persons());
    }

    /**
     * Fuzzing the stored templates the gallery loads: among good ones, random vectors of another length, with NaN or
     * infinite values, all zeros, or tagged with another model. Exactly the good ones are searched; the load never fails.
     */
    @Test
    void badStoredTemplatesAreLeftOutAndTheGoodOnesLoaded() throws Exception {
        java.util.Random random = Fuzzing.random();
        for (int round = 0; round < Fuzzing.iterations(20); round++) {
            List<FaceTemplate> stored = new java.util.ArrayList<>();
            java.util.Set<Long> good = new java.util.TreeSet<>();
            for (long person = 1; person <= 30; person++) {
                float[] vector = new float[4];
                for (int i = 0; i < vector.length; i++) {
                    vector[i] = (float) random.nextGaussian();
                }
                String model = MODEL;
                switch (random.nextInt(6)) {
                    case 0 -> vector = java.util.Arrays.copyOf(vector, new int[] { 1, 2, 3, 5, 8 }[random.nextInt(5)]);
                    case 1 -> vector[random.nextInt(4)] = random.nextBoolean() ? Float.NaN : Float.POSITIVE_INFINITY;
                    case 2 -> vector = new float[4];
                    case 3 -> model = "another-model";
                    default -> good.add(person);
                }
                stored.add(new FaceTemplate(person, person, model, vector, Instant.now()));
            }
            Gallery gallery = new Gallery(pipeline(), new TemplatesInMemory(() -> stored));
            List<Candidate> all = LoadedGallery.nearest(gallery, FACE, 100);
            assertEquals(good, new java.util.TreeSet<>(all.stream().map(Candidate::personId).toList()), Fuzzing.at(round));
        }
    }

    private static FaceTemplate template(long personId, Embedding embedding) {
        return new FaceTemplate(null, personId, MODEL, embedding.vector(), Instant.now());
    }

    /** A pipeline that only names its embedder: the gallery asks nothing else. */
    private static FacePipeline pipeline() {
        return (FacePipeline) Proxy.newProxyInstance(GalleryTest.class.getClassLoader(), new Class<?>[] {FacePipeline.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "embedderModelId" -> MODEL;
                    case "toString" -> "pipeline of " + MODEL;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private interface Read {
        List<FaceTemplate> templates() throws Exception;
    }

    /** Templates of the model as {@code read} gives them; nobody has templates of other models. */
    private record TemplatesInMemory(Read read) implements FaceTemplateRepository {

        @Override
        public StoredTemplates forModel(String modelId) {
            try {
                return new StoredTemplates(read.templates(), List.of());
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public int countPersonsWithoutTemplatesOf(String modelId) {
            return 0;
        }

        @Override
        public FaceTemplate add(FaceTemplate template) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int eraseForPerson(long personId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int countOfPerson(long personId) {
            throw new UnsupportedOperationException();
        }
    }
}

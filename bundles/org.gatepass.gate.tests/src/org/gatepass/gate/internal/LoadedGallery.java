package org.gatepass.gate.internal;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.gatepass.vision.Candidate;
import org.gatepass.vision.Embedding;

/** Asks a gallery once it has read its templates, which it does in the background after activation. */
final class LoadedGallery {
    private static final long LOAD_GUARD_SECONDS = 30;

    private LoadedGallery() {
    }

    static List<Candidate> nearest(Gallery gallery, Embedding probe, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(LOAD_GUARD_SECONDS);
        Optional<List<Candidate>> nearest = gallery.nearest(probe, count);
        while (nearest.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
            nearest = gallery.nearest(probe, count);
        }
        return nearest.orElseThrow(() -> new AssertionError("the gallery did not load its templates"));
    }

    /** Whether the loaded gallery holds a face of the person resembling the photo (other people may be nearer). */
    static boolean knows(Gallery gallery, org.gatepass.vision.FacePipeline pipeline, long personId, java.nio.file.Path photo) throws Exception {
        var face = pipeline.process(pipeline.decode(java.nio.file.Files.readAllBytes(photo))).get(0);
        return nearest(gallery, face.embedding(), Math.max(1, gallery.persons())).stream()
                .anyMatch(c -> c.personId() == personId && c.score() > pipeline.calibration().floor());
    }
}

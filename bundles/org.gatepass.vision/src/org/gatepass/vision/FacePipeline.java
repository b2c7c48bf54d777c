package org.gatepass.vision;

import java.io.IOException;
import java.util.List;
import java.util.function.Predicate;

/**
 * The recognition pipeline as an OSGi service: finds the faces in a frame, checks their quality and
 * computes an embedding for each usable one. It identifies nobody: follow faces over frames with a
 * {@link FaceTracker}, which identifies each track's fused evidence against a {@link FaceGallery} under an
 * {@link OpenSetPolicy}.
 * <p>
 * Thread-safe: several frames are processed at once, up to a configured number (one per processor by
 * default); further callers wait their turn in arrival order.
 */
public interface FacePipeline {

    /** Every face in the frame, largest first, each accepted one embedded. An empty list when there is none. */
    default List<ObservedFace> process(Frame frame) {
        return process(frame, box -> true);
    }

    /**
     * Every face in the frame, largest first; an accepted face is embedded only where {@code embed} wants
     * it (the embedding is most of a face's cost, and a face already identified needs none).
     */
    List<ObservedFace> process(Frame frame, Predicate<Box> embed);

    /**
     * Decodes an encoded image (JPEG, PNG, BMP, ...), e.g. a photo for enrolment.
     * @throws IOException if the bytes are not an image this pipeline can read
     */
    Frame decode(byte[] encodedImage) throws IOException;

    /** The id of the face detector in use, shipped or dropped into the models folder. */
    String detectorModelId();

    /** The id of the embedding model; stored with every template so that a model change is noticed. */
    String embedderModelId();

    /**
     * Why a configured model is not in use (the shipped one of its role runs instead), one sentence
     * each for an administrator; empty when every configured model runs.
     */
    List<String> modelProblems();

    /**
     * How this pipeline's embedder separates strangers from enrolled people: the gate derives its threshold
     * from it for the number of people enrolled ({@link OpenSetPolicy}); a camera may fix its own.
     */
    OpenSetCalibration calibration();
}

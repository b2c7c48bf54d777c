package org.gatepass.vision;

import java.io.IOException;
import java.util.List;

/**
 * The recognition pipeline as an OSGi service: finds the faces in a frame, checks their quality and
 * computes an embedding for each usable one. It identifies nobody: match the embeddings against a
 * {@link FaceGallery} and confirm identities over frames with a {@link FaceTracker}.
 * <p>
 * Thread-safe: several frames are processed at once, up to a configured number (one per processor by
 * default); further callers wait their turn in arrival order.
 */
public interface FacePipeline {

    /** Every face in the frame, largest first. An empty list when there is none. */
    List<ObservedFace> process(Frame frame);

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
     * The similarity at and above which a probe is taken for the enrolled person, calibrated for this
     * pipeline's embedder; a camera may use its own.
     */
    float matchThreshold();
}

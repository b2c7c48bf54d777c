/**
 * Face recognition for the gate, on plain Java types (no OpenCV type crosses this package).
 * <p>
 * Per camera frame:
 * <ol>
 * <li>{@link org.gatepass.vision.FacePipeline#process(Frame)} (an OSGi service) finds the faces and
 * returns for each an {@link org.gatepass.vision.ObservedFace}: box and {@link org.gatepass.vision.Landmarks}
 * in frame pixels, a {@link org.gatepass.vision.QualityVerdict} (too small, blurred or turned away, with a
 * reason to show) and, for accepted faces, a unit-length {@link org.gatepass.vision.Embedding} tagged with
 * the embedding model's id.</li>
 * <li>{@link org.gatepass.vision.FaceTracker#update(java.util.List)} follows the faces from frame to frame
 * (by predicted motion and by appearance) and returns a {@link org.gatepass.vision.Track} per face. Once a
 * track has N usable frames (3 by default) it fuses their embeddings and asks its identifier once.</li>
 * <li>The identifier searches all enrolled templates of that model
 * ({@link org.gatepass.vision.FaceGallery#nearest(Embedding, int)}, 1:N cosine, the best two persons) and an
 * {@link org.gatepass.vision.OpenSetPolicy} answers an {@link org.gatepass.vision.Identity}: a person, or
 * nobody enrolled. The threshold grows with the number of people enrolled, from the embedder's
 * {@link org.gatepass.vision.OpenSetCalibration}, so that a stranger is attributed to somebody with at most
 * the target rate (FPIR, 0.1 % by default); the best person must also lead the second by a margin.
 * {@code confirmedNow} marks the single update to act on.</li>
 * </ol>
 * Enrolment: decode a photo with {@link org.gatepass.vision.FacePipeline#decode(byte[])}, process it, and
 * store the accepted face's embedding with its model id. Templates of another model must be
 * re-enrolled; the gallery refuses them.
 */
@org.osgi.annotation.versioning.Version("0.3.0")
package org.gatepass.vision;

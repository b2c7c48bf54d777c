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
 * <li>{@link org.gatepass.vision.FaceGallery#match(Embedding, float)} searches all enrolled templates
 * of that model (1:N cosine) and answers a {@link org.gatepass.vision.Match}: the nearest person and
 * whether the score reaches the threshold ({@link org.gatepass.vision.FacePipeline#matchThreshold()} by
 * default, calibrated on LFW), else unknown.</li>
 * <li>{@link org.gatepass.vision.FaceTracker#update(java.util.List)} takes one
 * {@link org.gatepass.vision.Sighting} per face (box plus match, or no match for rejected faces) and
 * returns a {@link org.gatepass.vision.Track} per face; a track is confirmed as a person or as unknown
 * after N agreeing frames (3 by default), and {@code confirmedNow} marks the single update to act on.</li>
 * </ol>
 * Enrolment: decode a photo with {@link org.gatepass.vision.FacePipeline#decode(byte[])}, process it, and
 * store the accepted face's embedding with its model id. Templates of another model must be
 * re-enrolled; the gallery refuses them.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.gatepass.vision;

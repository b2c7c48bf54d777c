package org.gatepass.gate;

import java.util.List;

import org.gatepass.core.camera.CameraStatus;
import org.gatepass.core.camera.Frame;

/**
 * What one camera shows the gate now, for live views: its status, its newest processed frame (null
 * before the first) with the faces marked, and the rate at which the gate processes its frames.
 */
public record CameraView(String cameraId, String displayName, CameraStatus status, Frame frame, List<FaceMark> faces,
        double framesPerSecond) {

    public CameraView {
        faces = List.copyOf(faces);
    }

    /**
     * A face in {@link #frame()}: its box in frame pixels and what the gate makes of it so far, with the similarity
     * to the best enrolled person that decided it (NaN while undecided or when not identified).
     */
    public record FaceMark(float x, float y, float width, float height, Kind kind, String label, double score) {
        public enum Kind {
            /** Being identified (not enough agreeing frames yet). */
            PENDING,
            /** Confirmed as an enrolled person; the label is the name. */
            KNOWN,
            /** Confirmed as nobody enrolled. */
            UNKNOWN,
            /** Not usable (too small, blurred, turned away); the label says why. */
            REJECTED
        }
    }
}

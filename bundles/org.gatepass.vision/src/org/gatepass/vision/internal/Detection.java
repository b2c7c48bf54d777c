package org.gatepass.vision.internal;

import java.util.List;

import org.gatepass.vision.Box;
import org.gatepass.vision.Point;

/**
 * A face as a detector reports it, in the pixels of the frame it was given. The keypoints are the
 * detector's own and coarse; {@link FaceLandmarker} places the landmarks used for alignment.
 */
record Detection(Box box, float score, List<Point> keypoints) {
}

package org.gatepass.vision.internal;

import org.gatepass.vision.Box;
import org.gatepass.vision.Landmarks;

/** A face as a detector reports it, in the pixels of the frame it was given. */
record Detection(Box box, float score, Landmarks landmarks) {
}

package org.gatepass.vision.internal;

import java.util.List;

import org.opencv.core.Mat;

/** Finds faces in a BGR image of any size. Not thread-safe. */
interface FaceDetector {

    List<Detection> detect(Mat bgr);
}

package org.gatepass.vision.internal;

import java.util.ArrayList;
import java.util.List;

import org.opencv.core.Mat;

/**
 * Releases the pixel memory of every Mat added to it when closed. The garbage collector frees only
 * the small Java wrappers in time, so without this a busy pipeline keeps native buffers alive long
 * after use.
 */
final class MatScope implements AutoCloseable {
    private final List<Mat> mats = new ArrayList<>();

    <T extends Mat> T add(T mat) {
        mats.add(mat);
        return mat;
    }

    Mat newMat() {
        return add(new Mat());
    }

    @Override
    public void close() {
        for (Mat mat : mats) {
            mat.release();
        }
        mats.clear();
    }
}

package org.gatepass.vision;

import java.util.Objects;

/**
 * One image as the pipeline takes it: {@code width * height} pixels, row by row, 3 bytes each in
 * blue-green-red order (OpenCV's and most cameras' native layout). The array is not copied: do not
 * change it while a pipeline works on the frame.
 */
public record Frame(int width, int height, byte[] bgr) {

    public Frame {
        Objects.requireNonNull(bgr, "bgr");
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("A frame has a positive size, not " + width + "x" + height);
        }
        if (bgr.length != width * height * 3) {
            throw new IllegalArgumentException("A " + width + "x" + height + " BGR frame has " + width * height * 3
                    + " bytes, not " + bgr.length);
        }
    }
}

package org.gatepass.vision;

import java.util.Optional;

/**
 * Reads a QR code with OpenCV's ArUco-based detector. It reads codes turned far (40°) that ZXing locates but cannot
 * decode, at 12 to 16 ms a 640 × 480 frame, so the gate asks it only for those frames. Safe to call from several
 * threads.
 */
public interface QrDecoder {

    /** The text of a QR code in the frame; empty when there is none or it cannot be read. */
    Optional<String> decode(Frame frame);
}

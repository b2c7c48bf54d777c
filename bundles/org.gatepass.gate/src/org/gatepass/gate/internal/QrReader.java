package org.gatepass.gate.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.PlanarYUVLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.gatepass.core.camera.Frame;

/**
 * Finds a QR code in a camera frame (ZXing on the frame's brightness): a pass held up to the camera, at an angle or
 * slightly out of focus. Where ZXing locates a code but cannot decode it (a card turned far), OpenCV's detector has a
 * second try: it reads most of those, and costs its 12 to 16 ms only on such frames (docs/performance.md). One per
 * worker: ZXing's reader keeps state between calls.
 */
final class QrReader {
    private static final Map<DecodeHintType, Object> HINTS = hints();
    private final QRCodeReader reader = new QRCodeReader();
    private final Function<org.gatepass.vision.Frame, Optional<String>> secondTry;

    /** {@code secondTry} reads the frames ZXing found a code in but could not decode. */
    QrReader(Function<org.gatepass.vision.Frame, Optional<String>> secondTry) {
        this.secondTry = secondTry;
    }

    /** The text of a QR code in the frame; empty when there is none or it cannot be read. */
    Optional<String> read(Frame frame) {
        byte[] luminance = luminance(frame);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new PlanarYUVLuminanceSource(luminance, frame.width(), frame.height(), 0, 0, frame.width(), frame.height(), false)));
        try {
            return Optional.of(reader.decode(bitmap, HINTS).getText());
        } catch (NotFoundException e) {
            return Optional.empty();
        } catch (ChecksumException | FormatException e) {
            return secondTry.apply(new org.gatepass.vision.Frame(frame.width(), frame.height(), frame.bgr()));
        } finally {
            reader.reset();
        }
    }

    /** ITU-R BT.601 luma of BGR pixels, in integer arithmetic. */
    private static byte[] luminance(Frame frame) {
        byte[] bgr = frame.bgr();
        byte[] y = new byte[frame.width() * frame.height()];
        for (int i = 0, p = 0; i < y.length; i++, p += Frame.BYTES_PER_PIXEL) {
            y[i] = (byte) (((bgr[p] & 0xFF) * 29 + (bgr[p + 1] & 0xFF) * 150 + (bgr[p + 2] & 0xFF) * 77) >> 8);
        }
        return y;
    }

    private static Map<DecodeHintType, Object> hints() {
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        return Map.copyOf(hints);
    }
}

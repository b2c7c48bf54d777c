package org.gatepass.ui.internal;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.gatepass.core.camera.Frame;

/** Camera pixels (8-bit BGR, rows without padding) as SWT image data, without copying them. */
public final class BgrImages {
    /** BGR byte order: red is the low byte of each 24-bit pixel. */
    private static final PaletteData BGR = new PaletteData(0xFF, 0xFF00, 0xFF0000);

    private BgrImages() {
    }

    public static ImageData of(int width, int height, byte[] bgr) {
        if (bgr.length != width * height * Frame.BYTES_PER_PIXEL) {
            throw new IllegalArgumentException("A " + width + "x" + height + " BGR image has " + width * height * Frame.BYTES_PER_PIXEL
                    + " bytes, not " + bgr.length);
        }
        return new ImageData(width, height, 24, BGR, 1, bgr);
    }
}

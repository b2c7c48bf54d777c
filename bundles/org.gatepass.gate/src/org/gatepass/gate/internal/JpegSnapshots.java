package org.gatepass.gate.internal;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.gatepass.core.camera.Frame;

/** The whole camera picture of an alert as JPEG: the context around the face matters to security staff. */
final class JpegSnapshots {
    private JpegSnapshots() {
    }

    static byte[] of(Frame frame) {
        BufferedImage image = new BufferedImage(frame.width(), frame.height(), BufferedImage.TYPE_3BYTE_BGR);
        byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        System.arraycopy(frame.bgr(), 0, pixels, 0, pixels.length);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream(64 * 1024);
        try {
            if (!ImageIO.write(image, "jpg", jpeg)) {
                throw new IllegalStateException("This Java has no JPEG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory failed", e);
        }
        return jpeg.toByteArray();
    }
}

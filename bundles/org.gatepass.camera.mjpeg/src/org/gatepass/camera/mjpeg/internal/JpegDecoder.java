package org.gatepass.camera.mjpeg.internal;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import org.gatepass.core.camera.Frame;
import org.gatepass.core.camera.capture.CaptureException;

/**
 * Turns JPEG bytes into BGR frames with the JDK's own decoder (javax.imageio), so this bundle needs no native
 * library: OpenCV's 105 MB jar stays out of installations with IP cameras only. One decoder per connection, reused
 * for each image; decoding stays in memory (no ImageIO cache files).
 */
final class JpegDecoder implements AutoCloseable {
    private final ImageReader reader;

    JpegDecoder() {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("jpeg");
        if (!readers.hasNext()) {
            throw new IllegalStateException("This Java runtime has no JPEG decoder");
        }
        reader = readers.next();
    }

    Frame decode(byte[] jpeg, String cameraId, long sequence) throws CaptureException {
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(jpeg))) {
            reader.setInput(input, true, true);
            BufferedImage image = reader.read(0);
            return new Frame(cameraId, image.getWidth(), image.getHeight(), bgrBytes(image), Instant.now(), sequence);
        } catch (IOException | RuntimeException e) {
            throw new CaptureException("the camera sent an image that cannot be decoded (" + e.getMessage() + ")", e);
        } finally {
            reader.setInput(null);
        }
    }

    /** The decoder gives colour JPEGs as 3-byte BGR already, whose buffer is exactly the frame's layout. */
    private static byte[] bgrBytes(BufferedImage image) {
        BufferedImage bgr = image;
        if (image.getType() != BufferedImage.TYPE_3BYTE_BGR) {
            bgr = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
            Graphics2D graphics = bgr.createGraphics();
            graphics.drawImage(image, 0, 0, null);
            graphics.dispose();
        }
        return ((DataBufferByte) bgr.getRaster().getDataBuffer()).getData();
    }

    @Override
    public void close() {
        reader.dispose();
    }
}

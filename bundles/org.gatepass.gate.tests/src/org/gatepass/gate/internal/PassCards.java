package org.gatepass.gate.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;

import javax.imageio.ImageIO;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;

/**
 * Camera-like frames of a pass held up to a camera: a white card with the QR code, or the printed badge itself, on a
 * noisy background, turned by an angle, slightly out of focus; and empty frames between. Written as numbered PNGs for
 * a replay camera.
 */
final class PassCards {
    static final int WIDTH = 640;
    static final int HEIGHT = 480;

    private final Path folder;
    private final Random noise = new Random(7);
    private int next;

    PassCards(Path folder) {
        this.folder = folder;
    }

    /** {@code frames} frames of the code on a card, its QR {@code size} pixels wide, turned by {@code degrees}. */
    PassCards card(String code, int frames, int size, double degrees) throws IOException {
        BufferedImage frame = background();
        Graphics2D g = frame.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setTransform(AffineTransform.getRotateInstance(Math.toRadians(degrees), WIDTH / 2.0, HEIGHT / 2.0));
        int card = size * 3 / 2;
        g.setColor(Color.WHITE);
        g.fillRect(WIDTH / 2 - card / 2, HEIGHT / 2 - card / 2, card, card);
        ByteMatrix modules = modules(code);
        double module = (double) size / modules.getWidth();
        g.setColor(Color.BLACK);
        for (int y = 0; y < modules.getHeight(); y++) {
            for (int x = 0; x < modules.getWidth(); x++) {
                if (modules.get(x, y) == 1) {
                    g.fill(new java.awt.geom.Rectangle2D.Double(WIDTH / 2.0 - size / 2.0 + x * module, HEIGHT / 2.0 - size / 2.0 + y * module,
                            module, module));
                }
            }
        }
        g.dispose();
        BufferedImage blurred = blur(frame);
        for (int i = 0; i < frames; i++) {
            write(blurred);
        }
        return this;
    }

    /** {@code frames} frames of a printed page (a rendered badge) held up {@code height} pixels tall, turned by {@code degrees}. */
    PassCards page(BufferedImage page, int frames, int height, double degrees) throws IOException {
        BufferedImage frame = background();
        Graphics2D g = frame.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setTransform(AffineTransform.getRotateInstance(Math.toRadians(degrees), WIDTH / 2.0, HEIGHT / 2.0));
        int width = page.getWidth() * height / page.getHeight();
        g.drawImage(page, WIDTH / 2 - width / 2, HEIGHT / 2 - height / 2, width, height, null);
        g.dispose();
        BufferedImage blurred = blur(frame);
        for (int i = 0; i < frames; i++) {
            write(blurred);
        }
        return this;
    }

    PassCards nobody(int frames) throws IOException {
        for (int i = 0; i < frames; i++) {
            write(background());
        }
        return this;
    }

    Path folder() {
        return folder;
    }

    int frames() {
        return next;
    }

    private static ByteMatrix modules(String code) {
        try {
            QRCode qr = Encoder.encode(code, ErrorCorrectionLevel.M, Map.of(EncodeHintType.CHARACTER_SET, "ISO-8859-1"));
            return qr.getMatrix();
        } catch (WriterException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private BufferedImage background() {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int v = 90 + noise.nextInt(40);
                image.setRGB(x, y, new Color(v, v + 10, v - 10).getRGB());
            }
        }
        return image;
    }

    /** A 3 × 3 blur: the code's edges as a camera slightly out of focus sees them. */
    private static BufferedImage blur(BufferedImage image) {
        float[] kernel = new float[9];
        java.util.Arrays.fill(kernel, 1f / 9);
        BufferedImage out = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
        new ConvolveOp(new Kernel(3, 3, kernel), ConvolveOp.EDGE_NO_OP, null).filter(image, out);
        return out;
    }

    private void write(BufferedImage image) throws IOException {
        ImageIO.write(image, "png", folder.resolve(String.format("frame-%05d.png", next++)).toFile());
    }
}

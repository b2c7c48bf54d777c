package org.gatepass.camera.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

/**
 * Writes a replay folder that acts out people walking past a camera: each appearance is a run of
 * 640x480 frames with a face photo in the middle, separated by empty frames (nobody in view); a walk
 * carries the photo across the frame, its face scaled to the width a gate camera sees (about 120 px), cut
 * out as an ellipse so that two people can pass each other.
 */
public final class WalkThroughScript {
    private final Path folder;
    private int frames;

    public WalkThroughScript(Path folder) {
        this.folder = folder;
    }

    public WalkThroughScript appearance(Path photo, int frameCount) throws IOException {
        BufferedImage face = ImageIO.read(photo.toFile());
        for (int i = 0; i < frameCount; i++) {
            write(canvas(face));
        }
        return this;
    }

    /**
     * One person walking across the frame in {@code frameCount} frames, the face's centre moving from
     * {@code fromX} to {@code toX} at height {@code y}.
     */
    public WalkThroughScript walk(Path photo, int frameCount, int fromX, int toX, int y) throws IOException {
        BufferedImage face = cutOut(ImageIO.read(photo.toFile()));
        for (int i = 0; i < frameCount; i++) {
            BufferedImage frame = canvas(null);
            place(frame, face, along(fromX, toX, i, frameCount), y);
            write(frame);
        }
        return this;
    }

    /**
     * Two people in view at once, passing each other: the first walks left to right in the upper half, the
     * second right to left in the lower half, in {@code frameCount} frames.
     */
    public WalkThroughScript passing(Path first, Path second, int frameCount) throws IOException {
        BufferedImage a = cutOut(ImageIO.read(first.toFile()));
        BufferedImage b = cutOut(ImageIO.read(second.toFile()));
        for (int i = 0; i < frameCount; i++) {
            BufferedImage frame = canvas(null);
            place(frame, a, along(160, 480, i, frameCount), 125);
            place(frame, b, along(480, 160, i, frameCount), 355);
            write(frame);
        }
        return this;
    }

    /** A JPEG frame of a walk with the person in the middle: to check that a photo suits walking. */
    public static byte[] walkingFrame(Path photo) throws IOException {
        BufferedImage frame = canvas(null);
        place(frame, cutOut(ImageIO.read(photo.toFile())), 320, 240);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(frame, "jpg", jpeg);
        return jpeg.toByteArray();
    }

    public WalkThroughScript nobody(int frameCount) throws IOException {
        for (int i = 0; i < frameCount; i++) {
            write(canvas(null));
        }
        return this;
    }

    public Path folder() {
        return folder;
    }

    public int frames() {
        return frames;
    }

    /** LFW faces are about 105 px wide in their 250 px photos; a gate camera sees them at about 120 px. */
    private static final double WALK_SCALE = 1.15;

    private static int along(int from, int to, int step, int steps) {
        return steps == 1 ? from : from + (to - from) * step / (steps - 1);
    }

    /** The photo scaled to a gate camera's face size, with only an ellipse around the head kept. */
    private static BufferedImage cutOut(BufferedImage photo) {
        int size = (int) Math.round(photo.getWidth() * WALK_SCALE);
        BufferedImage head = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = head.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setClip(new Ellipse2D.Double(size * 0.18, size * 0.08, size * 0.64, size * 0.84));
        g.drawImage(photo, 0, 0, size, size, null);
        g.dispose();
        return head;
    }

    private static void place(BufferedImage frame, BufferedImage head, int centreX, int centreY) {
        Graphics2D g = frame.createGraphics();
        g.drawImage(head, centreX - head.getWidth() / 2, centreY - head.getHeight() / 2, null);
        g.dispose();
    }

    private static BufferedImage canvas(BufferedImage face) {
        BufferedImage frame = new BufferedImage(640, 480, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = frame.createGraphics();
        g.setColor(new Color(90, 95, 100));
        g.fillRect(0, 0, 640, 480);
        if (face != null) {
            g.drawImage(face, (640 - face.getWidth()) / 2, (480 - face.getHeight()) / 2, null);
        }
        g.dispose();
        return frame;
    }

    private void write(BufferedImage frame) throws IOException {
        ImageIO.write(frame, "jpg", folder.resolve(String.format("frame-%05d.jpg", frames++)).toFile());
    }
}

package org.gatepass.camera.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

/**
 * Writes a replay folder that acts out people walking past a camera: each appearance is a run of
 * 640x480 frames with a face photo in the middle, separated by empty frames (nobody in view).
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

package org.gatepass.vision.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Random;

import org.gatepass.vision.Frame;
import org.junit.jupiter.api.Test;

class FramesTest {

    @Test
    void decodesAJpegIntoABgrFrame() throws IOException {
        Frame frame = Frames.decode(Files.readAllBytes(SharedData.lfw().resolve("images/Abel_Pacheco/Abel_Pacheco_0001.jpg")));
        assertEquals(250, frame.width());
        assertEquals(250, frame.height());
    }

    @Test
    void unreadableImagesGiveAClearError() throws IOException {
        byte[] noise = new byte[5000];
        new Random(3).nextBytes(noise);
        byte[] jpeg = Files.readAllBytes(SharedData.lfw().resolve("images/Abel_Pacheco/Abel_Pacheco_0001.jpg"));
        byte[] headerOnly = Arrays.copyOf(jpeg, 20);
        byte[] corruptHeader = jpeg.clone();
        Arrays.fill(corruptHeader, 2, 200, (byte) 0x55);
        for (byte[] bad : new byte[][] {new byte[0], noise, headerOnly, corruptHeader,
                "not an image at all".getBytes(StandardCharsets.UTF_8)}) {
            IOException e = assertThrows(IOException.class, () -> Frames.decode(bad));
            assertTrue(e.getMessage().startsWith("Not a readable image (" + bad.length + " bytes)"), e.getMessage());
        }
    }

    @Test
    void roundTripsFramesThroughMats() {
        byte[] pixels = new byte[4 * 3 * 3];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) i;
        }
        Frame frame = new Frame(4, 3, pixels);
        var mat = Frames.toMat(frame);
        try {
            assertEquals(4, mat.cols());
            assertEquals(3, mat.rows());
            assertEquals(5, (int) mat.get(0, 1)[2]);
            assertTrue(Arrays.equals(pixels, Frames.toFrame(mat).bgr()));
        } finally {
            mat.release();
        }
    }
}

package org.gatepass.vision.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Random;

import org.gatepass.camera.testing.Fuzzing;
import org.gatepass.vision.Frame;
import org.gatepass.vision.ObservedFace;
import org.junit.jupiter.api.Test;
import org.opencv.core.MatOfByte;
import org.opencv.imgcodecs.Imgcodecs;

/**
 * Fuzzing image decoding as enrolment photos, snapshots and camera frames reach it: a real face photo as JPEG, PNG and
 * BMP with bytes flipped, dropped, inserted or cut off. Each gives a frame or the clear "Not a readable image" error,
 * and every frame that decodes goes through detection, alignment and embedding without an exception. Short in every
 * build, long with {@code -Dgatepass.fuzz.iterations=N}.
 */
class ImageFuzzTest {
    private final DefaultFacePipeline pipeline = new DefaultFacePipeline(TestModels.selectedShipped(), new QualityGate(
            QualityGate.DEFAULT_MIN_FACE_SIZE, QualityGate.DEFAULT_MIN_SHARPNESS, QualityGate.DEFAULT_MAX_YAW));

    @Test
    void damagedImagesDecodeOrGiveAClearErrorAndWhatDecodesIsProcessed() throws IOException {
        byte[] jpeg = Files.readAllBytes(SharedData.lfw().resolve("images/Abel_Pacheco/Abel_Pacheco_0001.jpg"));
        Frame face = Frames.decode(jpeg);
        byte[][] seeds = { jpeg, encode(face, ".png"), encode(face, ".bmp") };
        Random random = Fuzzing.random();
        int iterations = Fuzzing.iterations(150);
        int decoded = 0;
        int faces = 0;
        for (int i = 0; i < iterations; i++) {
            byte[] damaged = damage(random, seeds[i % seeds.length]);
            Frame frame;
            try {
                frame = Frames.decode(damaged);
            } catch (IOException e) {
                assertTrue(e.getMessage().startsWith("Not a readable image (" + damaged.length + " bytes)"), Fuzzing.at(i) + ": " + e.getMessage());
                continue;
            } catch (RuntimeException e) {
                throw new AssertionError(Fuzzing.at(i) + ": decoding gave " + e, e);
            }
            decoded++;
            assertTrue(frame.width() > 0 && frame.height() > 0 && frame.bgr().length == frame.width() * frame.height() * 3, Fuzzing.at(i));
            try {
                for (ObservedFace observed : pipeline.process(frame)) {
                    faces++;
                    if (observed.embedding() != null) {
                        assertTrue(Float.isFinite(observed.embedding().similarity(observed.embedding())), Fuzzing.at(i) + ": a finite embedding");
                    }
                }
            } catch (RuntimeException e) {
                throw new AssertionError(Fuzzing.at(i) + ": processing a decoded frame gave " + e, e);
            }
        }
        assertTrue(decoded > 0 && faces > 0, "damaged photos that still decode must reach the detector: " + decoded + " decoded, " + faces + " faces");
        assertEquals(250, Frames.decode(jpeg).width(), "the original still decodes");
    }

    private static byte[] encode(Frame frame, String extension) {
        var mat = Frames.toMat(frame);
        MatOfByte out = new MatOfByte();
        try {
            Imgcodecs.imencode(extension, mat, out);
            return out.toArray();
        } finally {
            mat.release();
            out.release();
        }
    }

    /** A few bytes flipped, dropped, inserted or the file cut short, mostly past the header so that some still decode. */
    private static byte[] damage(Random random, byte[] image) {
        byte[] out = image.clone();
        switch (random.nextInt(4)) {
            case 0 -> {
                for (int n = 1 + random.nextInt(6); n > 0; n--) {
                    int at = random.nextInt(out.length);
                    out[at] ^= (byte) (1 << random.nextInt(8));
                }
            }
            case 1 -> out = java.util.Arrays.copyOf(out, random.nextInt(out.length));
            case 2 -> {
                int at = random.nextInt(out.length);
                int length = 1 + random.nextInt(Math.min(400, out.length - at));
                byte[] cut = new byte[out.length - length];
                System.arraycopy(out, 0, cut, 0, at);
                System.arraycopy(out, at + length, cut, at, out.length - at - length);
                out = cut;
            }
            default -> {
                int at = random.nextInt(out.length);
                byte[] junk = new byte[1 + random.nextInt(200)];
                random.nextBytes(junk);
                byte[] longer = new byte[out.length + junk.length];
                System.arraycopy(out, 0, longer, 0, at);
                System.arraycopy(junk, 0, longer, at, junk.length);
                System.arraycopy(out, at, longer, at + junk.length, out.length - at);
                out = longer;
            }
        }
        return out;
    }
}

package org.gatepass.gate.internal;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import javax.imageio.ImageIO;

import org.gatepass.camera.testing.SharedFaces;
import org.gatepass.core.camera.Frame;
import org.gatepass.vision.QrDecoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * What searching every frame for a pass code costs the gate, printed, not asserted (docs/performance.md): the time
 * {@link QrReader} takes on a 640 × 480 frame without a code (a face photo, a noisy empty scene) and with a pass card.
 * Its name keeps it out of the test runs; the {@code bench-gate} profile runs it.
 */
@ExtendWith(ServiceExtension.class)
class QrScanBench {
    private static final int ROUNDS = 300;

    @InjectService(timeout = 10_000)
    QrDecoder aruco;

    @Test
    void costOfAQrSearchPerFrame() throws Exception {
        Path folder = Files.createTempDirectory("gatepass-qr-bench-");
        new PassCards(folder).nobody(1).card("GP1:ABCDEFGHIJKLMNOPQRSTUVWXYZ234567ABCDEFGHIJKLMNOP", 1, 140, 10);
        measure("noisy empty scene", frame(folder.resolve("frame-00000.png")));
        measure("pass card at 10°", frame(folder.resolve("frame-00001.png")));
        measure("face photo", frame(SharedFaces.photo("Tony_Blair", 18)));
    }

    private void measure(String what, Frame frame) {
        QrReader reader = new QrReader(aruco::decode);
        boolean found = false;
        for (int i = 0; i < 30; i++) {
            found = reader.read(frame).isPresent();
        }
        long[] nanos = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            reader.read(frame);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("QR search, %s (%dx%d, code found: %s): median %.2f ms, p95 %.2f ms%n", what, frame.width(), frame.height(), found,
                nanos[ROUNDS / 2] / 1e6, nanos[ROUNDS * 95 / 100] / 1e6);
    }

    /** The picture as a camera would deliver it: 640 × 480 BGR. */
    private static Frame frame(Path file) throws Exception {
        BufferedImage read = ImageIO.read(file.toFile());
        BufferedImage bgr = new BufferedImage(640, 480, BufferedImage.TYPE_3BYTE_BGR);
        bgr.getGraphics().drawImage(read, 0, 0, 640, 480, null);
        byte[] pixels = ((DataBufferByte) bgr.getRaster().getDataBuffer()).getData();
        return new Frame("bench", 640, 480, pixels, Instant.now(), 0);
    }
}

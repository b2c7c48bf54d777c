package org.gatepass.gate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.gatepass.vision.QrDecoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/** Cards turned 40°: OpenCV's second try reads those ZXing locates but cannot decode, and never reads a wrong code. */
@ExtendWith(ServiceExtension.class)
class QrSecondTryTest {
    @InjectService(timeout = 10_000)
    QrDecoder aruco;

    @Test
    void theSecondTryReadsCardsTurnedFarThatZxingAloneMisses() throws Exception {
        List<QrDetectorBench.TestCard> cards = QrDetectorBench.cards(150, 40, 12, new Random(40));
        QrReader alone = new QrReader(f -> Optional.empty());
        QrReader withSecondTry = new QrReader(aruco::decode);
        int readAlone = 0;
        int readWithSecondTry = 0;
        for (QrDetectorBench.TestCard card : cards) {
            Optional<String> first = alone.read(card.frame());
            Optional<String> second = withSecondTry.read(card.frame());
            first.ifPresent(code -> assertEquals(card.code(), code));
            second.ifPresent(code -> assertEquals(card.code(), code, "a code read is the card's code"));
            readAlone += first.isPresent() ? 1 : 0;
            readWithSecondTry += second.isPresent() ? 1 : 0;
        }
        assertTrue(readWithSecondTry > readAlone, "the second try reads more: " + readWithSecondTry + " against " + readAlone);
        assertTrue(readWithSecondTry >= 11, "at least 11 of 12 cards at 40° are read: " + readWithSecondTry);
    }
}

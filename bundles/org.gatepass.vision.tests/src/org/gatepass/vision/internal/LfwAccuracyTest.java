package org.gatepass.vision.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * All 3,000 LFW dev pairs through the shipped models, about a minute: guards the accuracy and the
 * calibration of the shipped threshold (figures in docs/performance.md, from the same evaluation).
 */
class LfwAccuracyTest {

    @Test
    void verifiesTheLfwDevPairsAsCalibrated() throws IOException {
        FaceModels models = TestModels.shipped();
        float threshold = models.embedder().spec().calibration().floor();
        Path lfw = SharedData.lfw();
        LfwEvaluation.Report report = new LfwEvaluation(models).run(lfw.resolve("pairs.txt"), lfw.resolve("images"), threshold, progress -> {
        });
        System.out.print(report.toText());
        assertEquals(0, report.imagesWithoutFace());
        assertTrue(report.kFold().meanAccuracy() >= 0.991, "5-fold accuracy " + report.kFold().meanAccuracy());
        assertTrue(report.atShippedThreshold().falseMatchRate() <= 0.001,
                "FMR at " + threshold + ": " + report.atShippedThreshold().falseMatchRate());
        assertTrue(report.atShippedThreshold().falseNonMatchRate() <= 0.02,
                "FNMR at " + threshold + ": " + report.atShippedThreshold().falseNonMatchRate());
    }
}

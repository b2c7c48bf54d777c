package org.gatepass.vision.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.gatepass.vision.FacePipeline;
import org.gatepass.vision.Frame;
import org.gatepass.vision.ObservedFace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/** The pipeline as the gate runtime gets it: a DS service on the shipped models, unpacked into the data directory. */
@ExtendWith(ServiceExtension.class)
class FacePipelineServiceTest {

    @InjectService(timeout = 30_000)
    FacePipeline pipeline;

    @Test
    void describesTheFaceOfAPhotoWithAnEmbeddingOfTheShippedModel() throws IOException {
        Frame frame = pipeline.decode(Files.readAllBytes(SharedData.lfw().resolve("images/Antony_Leung/Antony_Leung_0001.jpg")));
        List<ObservedFace> faces = pipeline.process(frame);
        assertEquals(1, faces.size(), faces.toString());
        ObservedFace face = faces.get(0);
        assertTrue(face.quality().accepted(), face.quality().reason());
        assertEquals("fr-feature", face.embedding().modelId());
        assertEquals(512, face.embedding().dimension());
        assertEquals("fr-feature", pipeline.embedderModelId());
        assertTrue(pipeline.calibration().hasTail());
        assertTrue(pipeline.calibration().floor() > 0.1f && pipeline.calibration().floor() < 0.6f);
    }

    @Test
    void aCorruptPhotoIsAClearErrorNotACrash() {
        byte[] truncated = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
        IOException e = assertThrows(IOException.class, () -> pipeline.decode(truncated));
        assertTrue(e.getMessage().startsWith("Not a readable image (10 bytes)"), e.getMessage());
        assertEquals(List.of(), pipeline.process(new Frame(64, 48, new byte[64 * 48 * 3])));
    }
}

package org.gatepass.gate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.DataBufferByte;
import java.awt.image.Kernel;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;

import org.gatepass.camera.testing.SharedFaces;
import org.gatepass.core.camera.Frame;
import org.gatepass.core.person.Person;
import org.gatepass.core.person.PersonCategory;
import org.gatepass.core.security.OperatorService;
import org.gatepass.core.storage.FaceTemplateRepository;
import org.gatepass.core.storage.PersonRepository;
import org.gatepass.gate.CameraView.FaceMark;
import org.gatepass.gate.EnrollmentCapture;
import org.gatepass.gate.EnrollmentReport.PictureOutcome.Result;
import org.gatepass.gate.EnrollmentReport.PictureOutcome;
import org.gatepass.gate.EnrollmentReport;
import org.gatepass.gate.EnrollmentService;
import org.gatepass.gate.ShotAdvice.Instruction;
import org.gatepass.gate.ShotAdvice;
import org.gatepass.persistence.testing.TestOperators;
import org.gatepass.vision.FacePipeline;
import org.gatepass.vision.Identity;
import org.gatepass.vision.ObservedFace;
import org.gatepass.vision.OpenSetPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * Enrolment from a live camera on real LFW faces, as 640x480 camera frames: each frame gets the right
 * instruction, only good and distinct shots are kept, and the saved shots recognise the person.
 */
@ExtendWith(ServiceExtension.class)
class LiveEnrollmentTest {
    private static final String PERSON = "Silvio_Berlusconi";
    private static final int WIDTH = 640;
    private static final int HEIGHT = 480;

    @InjectService(timeout = 10_000)
    PersonRepository persons;
    @InjectService(timeout = 10_000)
    OperatorService operators;
    @InjectService(timeout = 10_000)
    EnrollmentService enrollment;
    @InjectService(timeout = 30_000)
    FacePipeline pipeline;
    @InjectService(timeout = 10_000)
    Gallery gallery;
    @InjectService(timeout = 10_000)
    FaceTemplateRepository templates;

    private Instant clock = Instant.parse("2026-01-01T09:00:00Z");
    private long sequence;

    @Test
    void eachLiveFrameGetsTheInstructionThatFixesIt() throws IOException {
        BufferedImage silvio = photo(PERSON, 6);
        Person person = persons.insert(Person.newPerson("Silvio Instructions " + System.nanoTime(), PersonCategory.EMPLOYEE));
        enrollment.recordConsent(TestOperators.admin(operators), person.id(), TestConsent.TEXT);
        EnrollmentCapture capture = enrollment.startCapture(TestOperators.admin(operators), person.id());

        ShotAdvice empty = capture.assess(frame(scene()));
        assertEquals(Instruction.NO_FACE, empty.instruction());
        assertEquals(List.of(), empty.faces());

        ShotAdvice two = capture.assess(frame(scene(at(silvio, 20, 115, 1), at(photo("Pete_Sampras", 2), 370, 115, 1))));
        assertEquals(Instruction.ONE_PERSON_ONLY, two.instruction(), two.detail());
        assertTrue(two.faces().size() >= 2, two.faces().toString());
        assertTrue(two.faces().stream().allMatch(f -> f.kind() == FaceMark.Kind.REJECTED && f.label().equals("Only one person in view")),
                two.faces().toString());

        // BlazeFace sees a 640x480 frame at 128x128, too coarse to find a face below the size limit at all:
        // a small camera frame shows the case
        ShotAdvice far = capture.assess(frame(sceneOf(320, 240, at(silvio, 100, 60, 0.5))));
        assertEquals(Instruction.MOVE_CLOSER, far.instruction(), far.detail());
        assertTrue(far.detail().contains("smaller than"), far.detail());

        ShotAdvice blurred = capture.assess(frame(blurred(scene(at(silvio, 195, 115, 1)))));
        assertEquals(Instruction.HOLD_STILL, blurred.instruction(), blurred.detail());

        ShotAdvice good = capture.assess(frame(scene(at(silvio, 195, 115, 1))));
        assertEquals(Instruction.GOOD, good.instruction());
        assertEquals(List.of(new FaceMark(good.faces().get(0).x(), good.faces().get(0).y(), good.faces().get(0).width(),
                good.faces().get(0).height(), FaceMark.Kind.KNOWN, person.name(), Double.NaN)), good.faces());
        assertFalse(good.kept(), "assessing keeps nothing");
        assertEquals(List.of(), capture.shots());
        assertThrows(IllegalStateException.class, capture::save);
    }

    @Test
    void goodDistinctShotsAreKeptAndRecogniseThePersonOnceSaved() throws IOException, InterruptedException {
        Person person = persons.insert(Person.newPerson("Silvio Berlusconi " + System.nanoTime(), PersonCategory.EMPLOYEE));
        enrollment.recordConsent(TestOperators.admin(operators), person.id(), TestConsent.TEXT);
        EnrollmentCapture capture = enrollment.startCapture(TestOperators.admin(operators), person.id());

        ShotAdvice first = capture.capture(frame(scene(at(photo(PERSON, 6), 195, 115, 1))));
        assertTrue(first.kept(), first.toString());
        ShotAdvice moved = capture.capture(frame(scene(at(photo(PERSON, 6), 215, 125, 0.9))));
        assertEquals(Instruction.TURN_SLIGHTLY, moved.instruction(), "the same photo moved and rescaled is the same view");
        assertTrue(moved.detail().startsWith("Same view as shot 1"), moved.detail());
        assertFalse(moved.kept());
        clock = first.frame().capturedAt();
        ShotAdvice tooSoon = capture.capture(frame(scene(at(photo(PERSON, 8), 195, 115, 1)), Duration.ofMillis(200)));
        assertEquals(Instruction.TURN_SLIGHTLY, tooSoon.instruction());
        assertTrue(tooSoon.detail().startsWith("Taken 200 ms after shot 1"), tooSoon.detail());
        assertThrows(IllegalStateException.class, capture::save, "one shot is too few");

        List<Integer> numbers = List.of(8, 13, 17, 18, 21, 23, 24, 25);
        for (int number : numbers) {
            if (capture.shots().size() < EnrollmentCapture.TARGET_SHOTS) {
                capture.capture(frame(scene(at(photo(PERSON, number), 195, 115, 1))));
            }
        }
        assertEquals(EnrollmentCapture.TARGET_SHOTS, capture.shots().size(), "good LFW photos are kept up to the target");
        ShotAdvice more = capture.capture(frame(scene(at(photo(PERSON, 29), 195, 115, 1))));
        assertEquals(Instruction.DONE, more.instruction());
        assertFalse(more.kept());

        EnrollmentReport report = capture.save();
        assertEquals(EnrollmentCapture.TARGET_SHOTS, report.enrolled(), report.toString());
        assertTrue(report.pictures().stream().allMatch(p -> p.result() == Result.ENROLLED), report.toString());
        assertTrue(report.pictures().get(0).picture().startsWith("Camera lfw-replay frame "), report.pictures().get(0).picture());
        assertEquals(List.of(), capture.shots(), "saved shots are not saved twice");
        long stored = templates.forModel(pipeline.embedderModelId()).templates().stream().filter(t -> t.personId() == person.id()).count();
        assertEquals(EnrollmentCapture.TARGET_SHOTS + 1, stored, "every shot and their mean");

        List<ObservedFace> unseen = pipeline.process(pipeline.decode(java.nio.file.Files.readAllBytes(SharedFaces.photo(PERSON, 32))));
        Identity match = OpenSetPolicy.DEFAULT.decide(LoadedGallery.nearest(gallery, unseen.get(0).embedding(), 2), gallery.persons(),
                pipeline.calibration());
        assertEquals(person.id(), match.personId(), "a photo not enrolled is recognised: " + match);

        Person lookalike = persons.insert(Person.newPerson("Not Silvio " + System.nanoTime(), PersonCategory.VISITOR));
        enrollment.recordConsent(TestOperators.admin(operators), lookalike.id(), TestConsent.TEXT);
        EnrollmentCapture second = enrollment.startCapture(TestOperators.admin(operators), lookalike.id());
        for (int number : List.of(26, 28, 29)) {
            ShotAdvice advice = second.capture(frame(scene(at(photo(PERSON, number), 195, 115, 1))));
            assertTrue(advice.kept(), number + ": " + advice.instruction() + " " + advice.detail());
        }
        List<PictureOutcome> warned = second.save().pictures();
        assertTrue(warned.stream().allMatch(p -> p.result() == Result.ENROLLED_RESEMBLES_ANOTHER && p.detail().contains(person.name())),
                warned.toString());

        assertEquals(EnrollmentCapture.TARGET_SHOTS + 1, enrollment.erase(TestOperators.admin(operators), person.id()), "the shots and their mean");
        assertEquals(3 + 1, enrollment.erase(TestOperators.admin(operators), lookalike.id()));
    }

    private static BufferedImage photo(String person, int number) throws IOException {
        return ImageIO.read(SharedFaces.photo(person, number).toFile());
    }

    /** A grey 640x480 scene with the given photos drawn on it. */
    private static BufferedImage scene(Placed... photos) {
        return sceneOf(WIDTH, HEIGHT, photos);
    }

    private static BufferedImage sceneOf(int width, int height, Placed... photos) {
        BufferedImage scene = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = scene.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setColor(new Color(90, 95, 100));
        g.fillRect(0, 0, width, height);
        for (Placed p : photos) {
            g.drawImage(p.photo(), p.x(), p.y(), (int) (p.photo().getWidth() * p.scale()), (int) (p.photo().getHeight() * p.scale()), null);
        }
        g.dispose();
        return scene;
    }

    private static Placed at(BufferedImage photo, int x, int y, double scale) {
        return new Placed(photo, x, y, scale);
    }

    private static BufferedImage blurred(BufferedImage image) {
        int size = 9;
        float[] weights = new float[size * size];
        Arrays.fill(weights, 1f / weights.length);
        BufferedImage out = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
        return new ConvolveOp(new Kernel(size, size, weights), ConvolveOp.EDGE_NO_OP, null).filter(image, out);
    }

    /** The scene as a camera delivers it, one second after the previous frame. */
    private Frame frame(BufferedImage scene) {
        return frame(scene, Duration.ofSeconds(1));
    }

    private Frame frame(BufferedImage scene, Duration afterPrevious) {
        byte[] bgr = ((DataBufferByte) scene.getRaster().getDataBuffer()).getData();
        clock = clock.plus(afterPrevious);
        return new Frame("lfw-replay", scene.getWidth(), scene.getHeight(), bgr, clock, sequence++);
    }

    private record Placed(BufferedImage photo, int x, int y, double scale) {
    }
}

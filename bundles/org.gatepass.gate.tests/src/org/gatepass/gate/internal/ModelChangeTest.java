package org.gatepass.gate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Predicate;

import org.gatepass.camera.testing.SharedFaces;
import org.gatepass.core.DataDirectory;
import org.gatepass.core.person.Person;
import org.gatepass.core.person.PersonCategory;
import org.gatepass.core.security.OperatorService;
import org.gatepass.core.storage.PersonRepository;
import org.gatepass.gate.EnrollmentReport;
import org.gatepass.gate.EnrollmentService;
import org.gatepass.persistence.testing.TestOperators;
import org.gatepass.vision.Embedding;
import org.gatepass.vision.FacePipeline;
import org.gatepass.vision.Identity;
import org.gatepass.vision.OpenSetPolicy;
import org.gatepass.vision.models.Sha256;
import org.gatepass.vision.models.ShippedModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.dictionary.Dictionaries;
import org.osgi.test.common.service.ServiceAware;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * An administrator drops another embedder into {@code <data>/models} and selects it: templates of the old
 * model no longer match anybody, the persons concerned are counted for re-enrolment, and enrolling them
 * again makes them known. No SFace file exists offline, so the other model is fr_feature under another id
 * and other input settings: to the gate it is another model.
 */
@ExtendWith(ServiceExtension.class)
class ModelChangeTest {
    private static final String PIPELINE_PID = "org.gatepass.vision.pipeline";
    private static final String OTHER_MODEL = "site-embedder-gate-test";
    private static final long PATIENCE_MS = 30_000;

    @InjectService(timeout = 10_000)
    ConfigurationAdmin configurations;
    @InjectService(timeout = 10_000)
    OperatorService operators;
    @InjectService(timeout = 10_000)
    PersonRepository persons;
    @InjectService(cardinality = 0)
    ServiceAware<FacePipeline> pipelines;
    @InjectService(cardinality = 0)
    ServiceAware<Gallery> galleries;
    @InjectService(cardinality = 0)
    ServiceAware<EnrollmentService> enrollments;

    @Test
    void switchingTheEmbedderAsksForReEnrolmentInsteadOfMixingVectors() throws Exception {
        dropInOtherEmbedder();
        Person silvio = persons.insert(Person.newPerson("Silvio Berlusconi", PersonCategory.VISITOR));
        Path enrolPhoto = SharedFaces.photo("Silvio_Berlusconi", 6);
        Path probePhoto = SharedFaces.photo("Silvio_Berlusconi", 8);
        Configuration pipelineSettings = configurations.getConfiguration(PIPELINE_PID, "?");
        try {
            FacePipeline shipped = await(pipelines, p -> p.embedderModelId().equals("fr-feature"));
            await(enrollments, e -> true).recordConsent(TestOperators.admin(operators), silvio.id(), TestConsent.TEXT);
            assertEquals(1, await(enrollments, e -> true).enrollPhotos(TestOperators.admin(operators), silvio.id(), List.of(enrolPhoto)).enrolled());
            Identity before = identify(await(galleries, g -> true), probe(shipped, probePhoto), shipped);
            assertEquals(silvio.id(), before.personId(), before.toString());
            int toEnrolBefore = await(enrollments, e -> true).countPersonsToEnrolAgain(TestOperators.admin(operators));

            pipelineSettings.update(Dictionaries.<String, Object> dictionaryOf("embedder", OTHER_MODEL));
            FacePipeline other = await(pipelines, p -> p.embedderModelId().equals(OTHER_MODEL));
            assertEquals(List.of(), other.modelProblems());
            Gallery gallery = await(galleries, g -> g.modelId().equals(OTHER_MODEL));
            Embedding probe = probe(other, probePhoto);
            assertEquals(OTHER_MODEL, probe.modelId());
            Identity after = identify(gallery, probe, other);
            assertFalse(after.isKnown(), "a template of the old model matched a probe of the new one: " + after);
            EnrollmentService enrollment = await(enrollments, e -> true);
            int toEnrol = enrollment.countPersonsToEnrolAgain(TestOperators.admin(operators));
            assertTrue(toEnrol >= toEnrolBefore + 1, toEnrol + " persons to enrol again, " + toEnrolBefore + " before the change");

            EnrollmentReport again = enrollment.enrollPhotos(TestOperators.admin(operators), silvio.id(), List.of(enrolPhoto));
            assertEquals(1, again.enrolled(), again.toString());
            assertEquals(toEnrol - 1, enrollment.countPersonsToEnrolAgain(TestOperators.admin(operators)));
            Identity enrolledAgain = identify(gallery, probe, other);
            assertEquals(silvio.id(), enrolledAgain.personId(), enrolledAgain.toString());
        } finally {
            pipelineSettings.delete();
            await(pipelines, p -> p.embedderModelId().equals("fr-feature"));
            await(enrollments, e -> true).erase(TestOperators.admin(operators), silvio.id());
        }
    }

    private static Identity identify(Gallery gallery, Embedding probe, FacePipeline pipeline) throws InterruptedException {
        return OpenSetPolicy.DEFAULT.decide(LoadedGallery.nearest(gallery, probe, 2), gallery.persons(), pipeline.calibration());
    }

    /** As the administrator does it: the model file and its descriptor into the models folder. */
    private static void dropInOtherEmbedder() throws Exception {
        Path models = DataDirectory.resolve().resolve("models");
        Path shipped = ShippedModels.forRole("embedder").orElseThrow().extractTo(models);
        Path file = Files.copy(shipped, models.resolve("site_embedder_gate_test.onnx"), StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(models.resolve("site-gate-test.model.properties"), String.join("\n",
                "id=" + OTHER_MODEL, "role=embedder", "file=" + file.getFileName(), "sha256=" + Sha256.of(file), "licence=MIT",
                "source=test copy of fr_feature", "input.size=112", "input.mean=0", "input.scale=0.00392156862745098",
                "input.rgb=false", "match.threshold=0.35", ""));
    }

    private static Embedding probe(FacePipeline pipeline, Path photo) throws Exception {
        return pipeline.process(pipeline.decode(Files.readAllBytes(photo))).get(0).embedding();
    }

    /** Services that depend on the pipeline restart with it: wait for an instance that fits. */
    private static <T> T await(ServiceAware<T> services, Predicate<T> wanted) throws InterruptedException {
        long deadline = System.currentTimeMillis() + PATIENCE_MS;
        while (System.currentTimeMillis() < deadline) {
            T service = services.getService();
            if (service != null && wanted.test(service)) {
                return service;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("No fitting service came within " + PATIENCE_MS + " ms");
    }
}

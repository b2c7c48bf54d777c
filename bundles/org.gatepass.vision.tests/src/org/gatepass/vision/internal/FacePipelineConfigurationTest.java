package org.gatepass.vision.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.gatepass.core.DataDirectory;
import org.gatepass.vision.FacePipeline;
import org.gatepass.vision.ObservedFace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.service.ServiceAware;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * The pipeline as an administrator configures it: models dropped into {@code <data>/models} and chosen
 * in the pipeline's configuration (a {@code .cfg} file in the product; Configuration Admin here).
 */
@ExtendWith(ServiceExtension.class)
class FacePipelineConfigurationTest {
    private static final long PATIENCE_MS = 30_000;

    @InjectService(timeout = PATIENCE_MS)
    ConfigurationAdmin configurationAdmin;

    @InjectService(timeout = PATIENCE_MS)
    MetaTypeService metaTypes;

    @InjectService(cardinality = 0)
    ServiceAware<FacePipeline> pipelines;

    @AfterEach
    void backToTheShippedModels() throws Exception {
        Configuration configuration = configurationAdmin.getConfiguration(DefaultFacePipeline.PID, "?");
        configuration.delete();
        awaitPipeline(p -> p.detectorModelId().equals(FaceModels.SHIPPED_DETECTOR) && p.embedderModelId().equals(FaceModels.SHIPPED_EMBEDDER));
    }

    @Test
    void aModelDroppedIntoTheDataDirectoryIsChosenByItsIdInTheConfiguration() throws Exception {
        Path models = DataDirectory.resolve().resolve("models");
        DroppedInModels.write(models, "yunet", DroppedInModels.yunet(models));
        DroppedInModels.write(models, "site", DroppedInModels.siteEmbedder(models));

        // Text values, as a .cfg file gives them.
        configure(Map.of("detector", DroppedInModels.YUNET_ID, "embedder", DroppedInModels.SITE_EMBEDDER_ID, "quality.minFaceSize", "40"));
        FacePipeline pipeline = awaitPipeline(p -> p.detectorModelId().equals(DroppedInModels.YUNET_ID));
        assertEquals(DroppedInModels.SITE_EMBEDDER_ID, pipeline.embedderModelId());
        assertEquals(DroppedInModels.SITE_THRESHOLD, pipeline.calibration().floor());
        assertEquals(List.of(), pipeline.modelProblems());
        List<ObservedFace> faces = faces(pipeline, "images/Antony_Leung/Antony_Leung_0001.jpg");
        assertEquals(1, faces.size(), faces.toString());
        assertTrue(faces.get(0).quality().accepted(), faces.get(0).quality().reason());
        assertEquals(DroppedInModels.SITE_EMBEDDER_ID, faces.get(0).embedding().modelId());
    }

    @Test
    void aModelThatCannotBeUsedLeavesTheShippedOneRunningAndSaysWhy() throws Exception {
        configure(Map.of("embedder", "sface-2021dec"));
        FacePipeline pipeline = awaitPipeline(p -> !p.modelProblems().isEmpty());
        assertEquals(FaceModels.SHIPPED_EMBEDDER, pipeline.embedderModelId());
        assertEquals(1, pipeline.modelProblems().size());
        assertTrue(pipeline.modelProblems().get(0).startsWith("No embedder 'sface-2021dec': no descriptor (*.model.properties) in "
                + DataDirectory.resolve().resolve("models")), pipeline.modelProblems().get(0));
        List<ObservedFace> faces = faces(pipeline, "images/Antony_Leung/Antony_Leung_0001.jpg");
        assertEquals(FaceModels.SHIPPED_EMBEDDER, faces.get(0).embedding().modelId());
    }

    @Test
    void theSettingsAreDescribedForAdministrators() {
        ObjectClassDefinition definition = metaTypes.getMetaTypeInformation(FrameworkUtil.getBundle(DefaultFacePipeline.class))
                .getObjectClassDefinition(DefaultFacePipeline.PID, null);
        Map<String, AttributeDefinition> attributes = Arrays.stream(definition.getAttributeDefinitions(ObjectClassDefinition.ALL))
                .collect(Collectors.toMap(AttributeDefinition::getID, Function.identity()));
        assertEquals(Set.of("detector", "detector.minScore", "embedder", "quality.minFaceSize", "quality.minSharpness", "quality.maxYaw",
                "pipeline.instances", "opencv.threads"), attributes.keySet());
        assertArrayEquals(new String[] {"0"}, attributes.get("pipeline.instances").getDefaultValue());
        assertArrayEquals(new String[] {FaceModels.SHIPPED_DETECTOR}, attributes.get("detector").getDefaultValue());
        assertArrayEquals(new String[] {FaceModels.SHIPPED_EMBEDDER}, attributes.get("embedder").getDefaultValue());
        assertEquals(AttributeDefinition.FLOAT, attributes.get("quality.maxYaw").getType());
        assertTrue(attributes.get("embedder").getDescription().contains("enrolled again"), attributes.get("embedder").getDescription());
    }

    private void configure(Map<String, Object> values) throws IOException {
        Dictionary<String, Object> properties = new Hashtable<>(values);
        configurationAdmin.getConfiguration(DefaultFacePipeline.PID, "?").update(properties);
    }

    /** A configuration change restarts the pipeline: wait for the one that fits. */
    private FacePipeline awaitPipeline(Predicate<FacePipeline> wanted) throws InterruptedException {
        long deadline = System.currentTimeMillis() + PATIENCE_MS;
        while (System.currentTimeMillis() < deadline) {
            FacePipeline pipeline = pipelines.getService();
            if (pipeline != null && wanted.test(pipeline)) {
                return pipeline;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("No pipeline as wanted came within " + PATIENCE_MS + " ms; now: " + describe(pipelines.getService()));
    }

    private static String describe(FacePipeline pipeline) {
        return pipeline == null ? "none" : pipeline.detectorModelId() + " + " + pipeline.embedderModelId() + " " + pipeline.modelProblems();
    }

    private static List<ObservedFace> faces(FacePipeline pipeline, String image) throws IOException {
        return pipeline.process(pipeline.decode(Files.readAllBytes(SharedData.lfw().resolve(image))));
    }
}

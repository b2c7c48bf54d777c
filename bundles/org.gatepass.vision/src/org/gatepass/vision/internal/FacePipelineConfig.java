package org.gatepass.vision.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The pipeline's settings; an underscore in a name stands for a dot ({@code quality.minFaceSize}). */
@ObjectClassDefinition(name = "Face recognition",
        description = "Which face models recognise faces and how good a face must be to be recognised. A model is the shipped one"
                + " or one dropped into the models folder of the data directory with a NAME.model.properties descriptor"
                + " (docs/models.md). A model that cannot be used is replaced by the shipped one and the reason is logged.")
@interface FacePipelineConfig {
    @AttributeDefinition(name = "Face detector",
            description = "Id of the model that finds faces: blazeface-short-range (shipped) or the id of a detector descriptor in the models folder.")
    String detector() default FaceModels.SHIPPED_DETECTOR;

    @AttributeDefinition(name = "Lowest detection score",
            description = "Faces the detector is less sure of are ignored. 0 uses the model's own setting: its descriptor's min.score,"
                    + " else 0.5 for BlazeFace and 0.9 for YuNet. Lower finds more faces, and more things that are not faces.",
            min = "0", max = "1")
    float detector_minScore() default 0;

    @AttributeDefinition(name = "Face embedder",
            description = "Id of the model that turns a face into the vector compared with enrolled templates: fr-feature (shipped)"
                    + " or the id of an embedder descriptor in the models folder. Templates of another embedder are not used:"
                    + " after a change, everybody must be enrolled again. The unknown threshold comes with the model"
                    + " (its descriptor's match.threshold); a camera may set its own (gate.threshold).")
    String embedder() default FaceModels.SHIPPED_EMBEDDER;

    @AttributeDefinition(name = "Smallest face (pixels)",
            description = "Faces whose box is narrower or shorter than this in the camera picture are not recognised: too few pixels for a reliable match.",
            min = "1")
    float quality_minFaceSize() default QualityGate.DEFAULT_MIN_FACE_SIZE;

    @AttributeDefinition(name = "Lowest sharpness",
            description = "Blurred faces (motion, focus) below this sharpness are not recognised. LFW photos have a median of 180.",
            min = "0")
    double quality_minSharpness() default QualityGate.DEFAULT_MIN_SHARPNESS;

    @AttributeDefinition(name = "Largest head turn",
            description = "Faces turned further sideways are not recognised; 0.5 is about 40 degrees, 0 only accepts faces looking straight at the camera.",
            min = "0", max = "1")
    float quality_maxYaw() default QualityGate.DEFAULT_MAX_YAW;

    @AttributeDefinition(name = "Frames at once",
            description = "How many camera frames are processed at the same time, each with a set of models of its own (a few MB each);"
                    + " 0 for one per processor. More than the processors only adds waiting.",
            min = "0")
    int pipeline_instances() default 0;

    @AttributeDefinition(name = "OpenCV threads per frame",
            description = "Threads OpenCV may use inside one frame, for the whole program; 0 for the processors divided by the frames at"
                    + " once, so that busy cameras together never ask for more threads than there are processors.",
            min = "0")
    int opencv_threads() default 0;
}

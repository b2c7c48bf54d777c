package org.gatepass.vision.internal;

import org.gatepass.vision.Embedding;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.dnn.Dnn;
import org.opencv.dnn.Net;

/**
 * Any ONNX face embedder through OpenCV's DNN module: takes an aligned square crop, gives an
 * {@link Embedding} of whatever length the model outputs, tagged with the model id. Not thread-safe.
 */
final class OnnxEmbedder {
    private final EmbedderSpec spec;
    private final Net net;

    OnnxEmbedder(EmbedderSpec spec) {
        OpenCv.load();
        this.spec = spec;
        this.net = Dnn.readNetFromONNX(spec.model().toString());
    }

    EmbedderSpec spec() {
        return spec;
    }

    Embedding embed(Mat alignedBgr) {
        float[] vector = run(alignedBgr);
        if (spec.mirror()) {
            Mat mirrored = new Mat();
            try {
                Core.flip(alignedBgr, mirrored, 1);
                float[] other = run(mirrored);
                float[] first = new Embedding(spec.modelId(), vector).vector();
                float[] second = new Embedding(spec.modelId(), other).vector();
                for (int i = 0; i < vector.length; i++) {
                    vector[i] = first[i] + second[i];
                }
            } finally {
                mirrored.release();
            }
        }
        return new Embedding(spec.modelId(), vector);
    }

    private float[] run(Mat crop) {
        try (MatScope scope = new MatScope()) {
            int size = spec.inputSize();
            Mat blob = scope.add(Dnn.blobFromImage(crop, spec.scale(), new Size(size, size),
                    new Scalar(spec.mean(), spec.mean(), spec.mean()), spec.rgb(), false));
            net.setInput(blob);
            Mat output = scope.add(net.forward());
            Mat flat = scope.add(output.reshape(1, 1));
            float[] vector = new float[(int) flat.total()];
            flat.get(0, 0, vector);
            return vector;
        }
    }
}

package org.gatepass.camera.mjpeg.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;

import org.gatepass.core.camera.Frame;
import org.gatepass.core.camera.capture.CameraConnector;
import org.gatepass.core.camera.capture.CaptureException;
import org.gatepass.core.camera.capture.FrameReader;

/** Polls a camera's JPEG snapshot URL: one request per frame, paced by the capture loop. */
record SnapshotConnector(CameraHttp http) implements CameraConnector {
    private static final int LARGEST_IMAGE = 16 * 1024 * 1024;

    /** Nothing to open: every read is a request of its own, and its failure is the connection's. */
    @Override
    public FrameReader connect() {
        return new SnapshotReader();
    }

    private final class SnapshotReader implements FrameReader {
        private final JpegDecoder decoder = new JpegDecoder();

        @Override
        public Frame read(String cameraId, long sequence) throws CaptureException {
            HttpURLConnection connection = http.get();
            try (InputStream body = connection.getInputStream()) {
                String contentType = connection.getContentType();
                if (contentType != null && !contentType.startsWith("image/")) {
                    throw new CaptureException("the snapshot URL gives " + contentType + ", not a JPEG image");
                }
                byte[] jpeg = body.readNBytes(LARGEST_IMAGE + 1);
                if (jpeg.length > LARGEST_IMAGE) {
                    throw new CaptureException("the snapshot is larger than " + LARGEST_IMAGE / (1024 * 1024) + " MB");
                }
                return decoder.decode(jpeg, cameraId, sequence);
            } catch (IOException e) {
                connection.disconnect();
                throw new CaptureException(http.reason(e), e);
            }
        }

        @Override
        public void close() {
            decoder.close();
        }
    }
}

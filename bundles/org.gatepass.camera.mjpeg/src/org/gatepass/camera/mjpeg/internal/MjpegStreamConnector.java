package org.gatepass.camera.mjpeg.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.net.HttpURLConnection;

import org.gatepass.core.camera.Frame;
import org.gatepass.core.camera.capture.CameraConnector;
import org.gatepass.core.camera.capture.CaptureException;
import org.gatepass.core.camera.capture.FrameReader;

/** Opens a camera's MJPEG stream (multipart/x-mixed-replace of JPEGs). */
record MjpegStreamConnector(CameraHttp http) implements CameraConnector {

    @Override
    public FrameReader connect() throws CaptureException {
        HttpURLConnection connection = http.get();
        try {
            String contentType = connection.getContentType();
            String boundary = MultipartStream.boundaryOf(contentType);
            if (boundary == null || boundary.isEmpty()) {
                throw new CaptureException("not an MJPEG stream (Content-Type " + contentType + ")"
                        + (contentType != null && contentType.startsWith("image/") ? ": use mode SNAPSHOT for a single image" : ""));
            }
            return new StreamReader(connection, new MultipartStream(new BufferedInputStream(connection.getInputStream()), boundary));
        } catch (IOException e) {
            connection.disconnect();
            throw new CaptureException(http.reason(e), e);
        } catch (CaptureException e) {
            connection.disconnect();
            throw e;
        }
    }

    private final class StreamReader implements FrameReader {
        private final HttpURLConnection connection;
        private final MultipartStream parts;
        private final JpegDecoder decoder = new JpegDecoder();

        StreamReader(HttpURLConnection connection, MultipartStream parts) {
            this.connection = connection;
            this.parts = parts;
        }

        @Override
        public Frame read(String cameraId, long sequence) throws CaptureException {
            try {
                return decoder.decode(parts.nextPart(), cameraId, sequence);
            } catch (IOException e) {
                throw new CaptureException(http.reason(e), e);
            }
        }

        @Override
        public void close() {
            decoder.close();
            connection.disconnect();
        }
    }
}

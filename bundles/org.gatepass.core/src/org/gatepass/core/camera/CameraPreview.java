package org.gatepass.core.camera;

/** A viewer added with {@link CameraSource#preview}; closing it removes the viewer and ends its thread. */
public interface CameraPreview extends AutoCloseable {

    /** Removes the viewer: once this returns it is not called again (unless this is called from the viewer itself). */
    @Override
    void close();
}

package org.gatepass.ui.persons;

import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.gatepass.core.camera.Frame;
import org.gatepass.gate.CameraView.FaceMark;
import org.gatepass.gate.ShotAdvice;
import org.gatepass.ui.internal.BgrImages;

/** A small square picture of the face a shot was kept for, with a margin around it so the head is recognisable. */
final class FaceThumbnail {
    private static final float MARGIN = 0.3f;

    private FaceThumbnail() {
    }

    static Image of(Display display, ShotAdvice shot, int size) {
        Frame frame = shot.frame();
        FaceMark face = shot.faces().stream().filter(f -> f.kind() == FaceMark.Kind.KNOWN).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("A kept shot has its face marked"));
        int side = Math.min(Math.round(Math.max(face.width(), face.height()) * (1 + 2 * MARGIN)), Math.min(frame.width(), frame.height()));
        int left = Math.clamp(Math.round(face.x() + face.width() / 2 - side / 2f), 0, frame.width() - side);
        int top = Math.clamp(Math.round(face.y() + face.height() / 2 - side / 2f), 0, frame.height() - side);
        byte[] square = new byte[side * side * Frame.BYTES_PER_PIXEL];
        int rowBytes = side * Frame.BYTES_PER_PIXEL;
        for (int row = 0; row < side; row++) {
            System.arraycopy(frame.bgr(), ((top + row) * frame.width() + left) * Frame.BYTES_PER_PIXEL, square, row * rowBytes, rowBytes);
        }
        return new Image(display, BgrImages.of(side, side, square).scaledTo(size, size));
    }
}

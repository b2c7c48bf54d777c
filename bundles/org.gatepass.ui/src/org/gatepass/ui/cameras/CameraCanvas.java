package org.gatepass.ui.cameras;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.gatepass.core.camera.Frame;
import org.gatepass.gate.CameraView;
import org.gatepass.gate.CameraView.FaceMark;
import org.gatepass.ui.internal.BgrImages;
import org.gatepass.ui.internal.TestIds;

/** One camera on screen: its newest frame scaled to fit, faces boxed by what the gate made of them, status on top. */
public final class CameraCanvas {
    private final Canvas canvas;
    private CameraView view;
    private Image image;
    private long imageSequence = -1;

    public CameraCanvas(Composite parent, String testId) {
        canvas = TestIds.name(new Canvas(parent, SWT.DOUBLE_BUFFERED), testId);
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addDisposeListener(e -> disposeImage());
    }

    public Canvas control() {
        return canvas;
    }

    public CameraView view() {
        return view;
    }

    public void show(CameraView newView) {
        view = newView;
        Frame frame = newView.frame();
        if (frame != null && frame.sequence() != imageSequence) {
            disposeImage();
            image = new Image(canvas.getDisplay(), BgrImages.of(frame.width(), frame.height(), frame.bgr()));
            imageSequence = frame.sequence();
        }
        canvas.redraw();
    }

    private void paint(GC gc) {
        Rectangle area = canvas.getClientArea();
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        gc.fillRectangle(area);
        if (view == null) {
            return;
        }
        if (image != null) {
            Rectangle source = image.getBounds();
            double scale = Math.min((double) area.width / source.width, (double) area.height / source.height);
            int width = (int) (source.width * scale);
            int height = (int) (source.height * scale);
            int left = (area.width - width) / 2;
            int top = (area.height - height) / 2;
            gc.drawImage(image, 0, 0, source.width, source.height, left, top, width, height);
            gc.setLineWidth(2);
            for (FaceMark face : view.faces()) {
                gc.setForeground(canvas.getDisplay().getSystemColor(colour(face.kind())));
                int x = left + (int) (face.x() * scale);
                int y = top + (int) (face.y() * scale);
                gc.drawRectangle(x, y, (int) (face.width() * scale), (int) (face.height() * scale));
                gc.drawText(face.label(), x, y + (int) (face.height() * scale) + 2, true);
            }
        }
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.drawText(caption(), 6, 4, true);
    }

    private String caption() {
        String status = view.status().reason().isEmpty() ? view.status().state().name().toLowerCase()
                : view.status().state().name().toLowerCase() + ": " + view.status().reason();
        return String.format("%s — %s — %.0f frames/s", view.displayName(), status, view.framesPerSecond());
    }

    private static int colour(FaceMark.Kind kind) {
        return switch (kind) {
            case KNOWN -> SWT.COLOR_GREEN;
            case UNKNOWN -> SWT.COLOR_RED;
            case PENDING -> SWT.COLOR_YELLOW;
            case REJECTED -> SWT.COLOR_GRAY;
        };
    }

    private void disposeImage() {
        if (image != null) {
            image.dispose();
            image = null;
        }
    }
}

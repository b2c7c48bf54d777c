package org.gatepass.ui.cameras;

import java.util.List;

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

/** One camera on screen: a frame scaled to fit, faces boxed and coloured by what the gate made of them, a status line on top. */
public final class CameraCanvas {
    private final Canvas canvas;
    private List<FaceMark> faces = List.of();
    private String caption = "";
    private Image image;
    private Frame shown;

    public CameraCanvas(Composite parent, String testId) {
        canvas = TestIds.name(new Canvas(parent, SWT.DOUBLE_BUFFERED), testId);
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addDisposeListener(e -> disposeImage());
    }

    public Canvas control() {
        return canvas;
    }

    /** The frame on screen, null before the first. */
    public Frame frame() {
        return shown;
    }

    /** The face marks drawn now. */
    public List<FaceMark> faces() {
        return faces;
    }

    public String caption() {
        return caption;
    }

    /** Shows what the gate sees of a camera: its processed frame, its marks and status. */
    public void show(CameraView view) {
        show(view.frame(), view.faces(), CameraCaption.of(view.displayName(), view.status(), Double.NaN, view.framesPerSecond()));
    }

    /** Shows {@code frame} (kept when null) with {@code marks} in its pixel coordinates and a status line. */
    public void show(Frame frame, List<FaceMark> marks, String statusLine) {
        if (frame != null && frame != shown) {
            disposeImage();
            image = new Image(canvas.getDisplay(), BgrImages.of(frame.width(), frame.height(), frame.bgr()));
            shown = frame;
        }
        faces = List.copyOf(marks);
        caption = statusLine;
        canvas.redraw();
    }

    private void paint(GC gc) {
        Rectangle area = canvas.getClientArea();
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        gc.fillRectangle(area);
        if (image != null) {
            Rectangle source = image.getBounds();
            double scale = Math.min((double) area.width / source.width, (double) area.height / source.height);
            int width = (int) (source.width * scale);
            int height = (int) (source.height * scale);
            int left = (area.width - width) / 2;
            int top = (area.height - height) / 2;
            gc.drawImage(image, 0, 0, source.width, source.height, left, top, width, height);
            gc.setLineWidth(2);
            for (FaceMark face : faces) {
                gc.setForeground(canvas.getDisplay().getSystemColor(colour(face.kind())));
                int x = left + (int) (face.x() * scale);
                int y = top + (int) (face.y() * scale);
                gc.drawRectangle(x, y, (int) (face.width() * scale), (int) (face.height() * scale));
                gc.drawText(label(face), x, y + (int) (face.height() * scale) + 2, true);
            }
        }
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.drawText(caption, 6, 4, true);
    }

    private static String label(FaceMark face) {
        return Double.isNaN(face.score()) ? face.label() : String.format("%s %.2f", face.label(), face.score());
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

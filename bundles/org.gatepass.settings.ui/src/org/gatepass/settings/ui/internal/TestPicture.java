package org.gatepass.settings.ui.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.gatepass.core.camera.CameraStatus;
import org.gatepass.core.camera.Frame;
import org.gatepass.gate.CameraView;
import org.gatepass.gate.GateMonitor;
import org.gatepass.ui.internal.BgrImages;
import org.gatepass.ui.internal.TestIds;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * "Test picture" for a camera's settings: the newest frame the gate has from the camera, once it runs, or why it
 * delivers none. The gate keeps its cameras' newest frames in memory, so asking it is cheap enough for the UI thread.
 * The gate is looked up at each press: a change of the gate's settings replaces its service.
 */
final class TestPicture {
    private static final int WIDTH = 480;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final BundleContext context = FrameworkUtil.getBundle(TestPicture.class).getBundleContext();
    private final Button button;
    private final Label status;
    private final Label picture;
    private Image image;
    private String cameraId;

    TestPicture(Composite area, Composite actions) {
        button = TestIds.name(new Button(actions, SWT.PUSH), "settings.testPicture");
        button.setText("Test picture");
        button.addListener(SWT.Selection, e -> take());
        GridDataFactory.swtDefaults().applyTo(button);
        status = TestIds.name(new Label(area, SWT.WRAP), "settings.pictureStatus");
        GridDataFactory.fillDefaults().grab(true, false).hint(WIDTH, SWT.DEFAULT).applyTo(status);
        picture = TestIds.name(new Label(area, SWT.NONE), "settings.picture");
        GridDataFactory.swtDefaults().applyTo(picture);
        picture.addDisposeListener(e -> disposeImage());
        camera(null);
    }

    /** The camera whose picture the button shows; null hides the button (not a camera, or not saved yet). */
    void camera(Object id) {
        cameraId = id == null || id.toString().isBlank() ? null : id.toString();
        button.setVisible(cameraId != null);
        ((GridData) button.getLayoutData()).exclude = !button.getVisible();
    }

    void clear() {
        disposeImage();
        picture.setImage(null);
        status.setText("");
    }

    private void take() {
        clear();
        ServiceReference<GateMonitor> gate = context.getServiceReference(GateMonitor.class);
        GateMonitor monitor = gate == null ? null : context.getService(gate);
        if (monitor == null) {
            status.setText("The gate is not running: no camera can show a picture.");
            return;
        }
        Optional<CameraView> view;
        try {
            view = monitor.cameras().stream().filter(c -> c.cameraId().equals(cameraId)).findFirst();
        } finally {
            context.ungetService(gate);
        }
        if (view.isEmpty()) {
            status.setText("Camera " + cameraId + " is not running at the gate: is it saved with this id, and is its bundle installed?");
        } else if (view.get().frame() == null) {
            status.setText("Camera " + cameraId + " has delivered no picture yet: " + describe(view.get().status()));
        } else {
            Frame frame = view.get().frame();
            ImageData data = BgrImages.of(frame.width(), frame.height(), frame.bgr());
            int width = Math.min(WIDTH, frame.width());
            image = new Image(picture.getDisplay(), data.scaledTo(width, frame.height() * width / frame.width()));
            picture.setImage(image);
            status.setText("Camera " + cameraId + ": " + describe(view.get().status()) + ", picture taken at "
                    + TIME.format(frame.capturedAt().atZone(ZoneId.systemDefault())) + ".");
        }
        picture.getParent().layout(true, true);
    }

    private static String describe(CameraStatus status) {
        String state = status.state().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return status.reason().isBlank() ? state : state + " (" + status.reason() + ")";
    }

    private void disposeImage() {
        if (image != null) {
            image.dispose();
            image = null;
        }
    }
}

package org.gatepass.ui.cameras;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.gatepass.core.camera.CameraPreview;
import org.gatepass.core.camera.CameraSource;
import org.gatepass.core.camera.CameraStatus;
import org.gatepass.core.camera.CameraViewer;
import org.gatepass.core.camera.Frame;
import org.gatepass.gate.CameraView;
import org.gatepass.gate.CameraView.FaceMark;
import org.gatepass.gate.GateMonitor;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * One camera, live: a part made from the camera part descriptor, naming its camera in its persisted state, so the
 * wall's arrangement comes back at the next start. The picture comes through the camera's preview tap at the
 * camera's own rate; the face boxes are the gate's newest results. Frames arrive on the tap's thread and are painted
 * once per UI turn, however many arrive meanwhile.
 */
public final class CameraPart {
    /** Persisted-state key holding the camera's id. */
    public static final String CAMERA_ID = "camera.id";
    /** The gate's marks are drawn only while they are this recent compared with the picture. */
    private static final Duration MARKS_FRESH = Duration.ofSeconds(1);

    private final MPart part;
    private final GateMonitor monitor;
    private final String cameraId;
    private final CaptureRate rate = new CaptureRate();
    private final AtomicBoolean paintPending = new AtomicBoolean();
    private volatile Frame newest;
    private volatile CameraStatus status;
    private volatile String name;
    private CameraCanvas canvas;
    private Display display;
    private ServiceTracker<CameraSource, CameraPreview> tracker;

    @Inject
    public CameraPart(MPart part, @Optional GateMonitor monitor) {
        this.part = part;
        this.monitor = monitor;
        this.cameraId = part.getPersistedState().get(CAMERA_ID);
        this.name = cameraId;
    }

    @PostConstruct
    void create(Composite parent) {
        GridLayoutFactory.fillDefaults().applyTo(parent);
        canvas = new CameraCanvas(parent, "camera." + cameraId);
        canvas.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        if (cameraId == null) {
            canvas.show(null, List.of(), "This view names no camera: close it and open the camera from the Cameras list.");
            return;
        }
        canvas.show(null, List.of(), cameraId + " — waiting for the camera");
        display = parent.getDisplay();
        BundleContext context = FrameworkUtil.getBundle(CameraPart.class).getBundleContext();
        tracker = new ServiceTracker<>(context, filter(context), null) {
            @Override
            public CameraPreview addingService(ServiceReference<CameraSource> reference) {
                CameraSource camera = context.getService(reference);
                name = camera.displayName();
                display.asyncExec(() -> {
                    if (!canvas.control().isDisposed()) {
                        part.setLabel(name);
                    }
                });
                return camera.preview(new Viewer());
            }

            @Override
            public void removedService(ServiceReference<CameraSource> reference, CameraPreview preview) {
                preview.close();
                context.ungetService(reference);
                newest = null;
                status = null;
                display.asyncExec(CameraPart.this::showRemoved);
            }
        };
        tracker.open();
        if (tracker.isEmpty()) {
            canvas.show(null, List.of(), cameraId + " — not configured on this station");
        }
    }

    @Focus
    void focus() {
        canvas.control().setFocus();
    }

    @PreDestroy
    void close() {
        if (tracker != null) {
            tracker.close();
        }
    }

    public String cameraId() {
        return cameraId;
    }

    /** What the part shows now (UI thread). */
    public CameraCanvas canvas() {
        return canvas;
    }

    private Filter filter(BundleContext context) {
        try {
            return context.createFilter("(&(objectClass=" + CameraSource.class.getName() + ")("
                    + CameraSource.CAMERA_ID_PROPERTY + "=" + escaped(cameraId) + "))");
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException("Camera id " + cameraId + " cannot be looked up", e);
        }
    }

    private static String escaped(String value) {
        return value.replace("\\", "\\\\").replace("*", "\\*").replace("(", "\\(").replace(")", "\\)");
    }

    private void schedulePaint() {
        if (paintPending.compareAndSet(false, true) && !display.isDisposed()) {
            display.asyncExec(this::paint);
        }
    }

    private void paint() {
        paintPending.set(false);
        if (canvas.control().isDisposed() || status == null) {
            return;
        }
        Frame frame = newest;
        CameraView gate = gateView();
        List<FaceMark> marks = gate != null && frame != null && gate.frame() != null
                && Duration.between(gate.frame().capturedAt(), frame.capturedAt()).abs().compareTo(MARKS_FRESH) < 0 ? gate.faces() : List.of();
        double processed = gate == null ? 0 : gate.framesPerSecond();
        canvas.show(frame, marks, CameraCaption.of(name, status, rate.perSecond(), processed));
    }

    private CameraView gateView() {
        return monitor == null ? null : monitor.cameras().stream().filter(v -> v.cameraId().equals(cameraId)).findFirst().orElse(null);
    }

    private void showRemoved() {
        if (!canvas.control().isDisposed()) {
            canvas.show(null, List.of(), name + " — removed from this station's settings");
        }
    }

    /** Runs on the preview tap's thread: keeps the newest and asks for one paint. */
    private final class Viewer implements CameraViewer {
        @Override
        public void frame(Frame frame) {
            rate.add(frame);
            newest = frame;
            schedulePaint();
        }

        @Override
        public void status(CameraStatus changed) {
            status = changed;
            schedulePaint();
        }
    }
}

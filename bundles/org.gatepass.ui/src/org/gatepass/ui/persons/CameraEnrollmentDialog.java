package org.gatepass.ui.persons;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.gatepass.core.camera.CameraStatus;
import org.gatepass.gate.CameraView;
import org.gatepass.gate.EnrollmentCapture;
import org.gatepass.gate.EnrollmentReport;
import org.gatepass.gate.GateMonitor;
import org.gatepass.gate.ShotAdvice;
import org.gatepass.ui.cameras.CameraCanvas;
import org.gatepass.ui.internal.Background;
import org.gatepass.ui.internal.MessageLine;
import org.gatepass.ui.internal.TestIds;

/**
 * Enrols the person of an {@link EnrollmentCapture} from a live camera: shows the camera with the face
 * boxed, tells the operator what to ask for, keeps good shots (by itself or on Capture) and saves them.
 * Each frame is assessed off the UI thread, one at a time; frames arriving meanwhile are skipped.
 * Cancel discards the shots: nothing is stored before Save.
 */
final class CameraEnrollmentDialog extends Dialog {
    private static final int CAPTURE_ID = IDialogConstants.CLIENT_ID + 1;
    private static final int THUMBNAIL_SIZE = 72;

    private final GateMonitor monitor;
    private final EnrollmentCapture capture;
    private final List<String> cameraIds = new ArrayList<>();
    private final List<Image> thumbnails = new ArrayList<>();
    private Combo cameras;
    private Button automatic;
    private CameraCanvas picture;
    private Label instruction;
    private MessageLine detail;
    private Composite shots;
    private Label count;
    private boolean assessing;
    private boolean captureRequested;
    private boolean saving;
    private long assessedSequence = -1;
    private String assessedCamera;
    private EnrollmentReport report;
    /** The camera the capture watches: the gate holds its decisions there, the person is still a stranger to it. */
    private String watchedCamera;

    CameraEnrollmentDialog(Shell parent, GateMonitor monitor, EnrollmentCapture capture) {
        super(parent);
        this.monitor = monitor;
        this.capture = capture;
    }

    /** What Save enrolled; null after Cancel. */
    EnrollmentReport report() {
        return report;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Enrol " + capture.personName() + " from a camera");
        TestIds.name(shell, "enrolcamera");
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.fillDefaults().margins(10, 10).numColumns(3).applyTo(area);
        new Label(area, SWT.NONE).setText("Camera:");
        cameras = TestIds.name(new Combo(area, SWT.READ_ONLY), "enrolcamera.camera");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(cameras);
        listCameras();
        automatic = TestIds.name(new Button(area, SWT.CHECK), "enrolcamera.automatic");
        automatic.setText("Capture good shots automatically");
        automatic.setSelection(true);

        picture = new CameraCanvas(area, "enrolcamera.picture");
        GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(480, 360).applyTo(picture.control());
        instruction = TestIds.name(new Label(area, SWT.CENTER), "enrolcamera.instruction");
        instruction.setFont(JFaceResources.getHeaderFont());
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(instruction);
        detail = new MessageLine(area, "enrolcamera.detail");
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(480, SWT.DEFAULT).applyTo(detail.control());

        shots = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(EnrollmentCapture.TARGET_SHOTS + 1).applyTo(shots);
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(shots);
        for (int i = 0; i < EnrollmentCapture.TARGET_SHOTS; i++) {
            Label slot = new Label(shots, SWT.BORDER | SWT.CENTER);
            GridDataFactory.fillDefaults().hint(THUMBNAIL_SIZE, THUMBNAIL_SIZE).applyTo(slot);
        }
        count = TestIds.name(new Label(shots, SWT.NONE), "enrolcamera.count");
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(count);
        area.addDisposeListener(e -> thumbnails.forEach(Image::dispose));
        area.getDisplay().timerExec(0, this::refresh);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        TestIds.name(createButton(parent, CAPTURE_ID, "Capture", false), "enrolcamera.capture");
        TestIds.name(createButton(parent, IDialogConstants.OK_ID, "Save", true), "enrolcamera.save");
        TestIds.name(createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false), "enrolcamera.cancel");
        showShots();
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == CAPTURE_ID) {
            captureRequested = true;
        } else {
            super.buttonPressed(buttonId);
        }
    }

    @Override
    protected void okPressed() {
        saving = true;
        updateButtons();
        detail.info("Saving " + capture.shots().size() + " shots…");
        Background.run("Enrolling faces", picture.control(), capture::save, saved -> {
            report = saved;
            super.okPressed();
        }, e -> {
            saving = false;
            updateButtons();
            detail.error(e.getMessage());
        });
    }

    /** Cameras the gate watches, the first live one chosen. */
    private void listCameras() {
        String firstLive = null;
        for (CameraView camera : monitor.cameras()) {
            cameraIds.add(camera.cameraId());
            cameras.add(camera.displayName());
            if (firstLive == null && camera.status().state() == CameraStatus.State.LIVE) {
                firstLive = camera.cameraId();
            }
        }
        cameras.select(firstLive == null ? 0 : cameraIds.indexOf(firstLive));
    }

    /** Ten times a second: hands the chosen camera's newest frame to the assessment when it is free. */
    private void refresh() {
        if (picture.control().isDisposed()) {
            return;
        }
        String cameraId = cameras.getSelectionIndex() < 0 ? null : cameraIds.get(cameras.getSelectionIndex());
        watch(cameraId);
        CameraView view = monitor.cameras().stream().filter(c -> c.cameraId().equals(cameraId)).findFirst().orElse(null);
        if (view == null || view.frame() == null) {
            instruction.setText(view == null ? "No camera" : "Waiting for the camera");
            if (view != null) {
                picture.show(view);
            }
        } else if (!assessing && !saving && (view.frame().sequence() != assessedSequence || !view.cameraId().equals(assessedCamera))) {
            assess(view);
        }
        picture.control().getDisplay().timerExec(100, this::refresh);
    }

    /** Follows the camera chosen in the combo; the capture moves the gate's hold with it. */
    private void watch(String cameraId) {
        if (cameraId != null && !cameraId.equals(watchedCamera)) {
            capture.watch(cameraId);
            watchedCamera = cameraId;
        }
    }

    @Override
    public boolean close() {
        capture.close();
        return super.close();
    }

    private void assess(CameraView view) {
        assessing = true;
        assessedSequence = view.frame().sequence();
        assessedCamera = view.cameraId();
        boolean keep = automatic.getSelection() || captureRequested;
        captureRequested = false;
        Background.run("Assessing a shot", picture.control(),
                () -> keep ? capture.capture(view.frame()) : capture.assess(view.frame()), advice -> {
                    assessing = false;
                    show(view, advice);
                }, e -> {
                    assessing = false;
                    detail.error(e.getMessage());
                });
    }

    private void show(CameraView view, ShotAdvice advice) {
        picture.show(new CameraView(view.cameraId(), view.displayName(), view.status(), advice.frame(), advice.faces(), view.framesPerSecond()));
        instruction.setText(advice.instruction().text());
        instruction.setForeground(instruction.getDisplay().getSystemColor(advice.good() ? SWT.COLOR_DARK_GREEN : SWT.COLOR_DARK_RED));
        if (advice.kept()) {
            thumbnails.add(FaceThumbnail.of(instruction.getDisplay(), advice, THUMBNAIL_SIZE));
            showShots();
        }
        detail.info(advice.kept() ? "Shot " + thumbnails.size() + " kept." : advice.detail());
    }

    private void showShots() {
        Control[] slots = shots.getChildren();
        for (int i = 0; i < thumbnails.size(); i++) {
            ((Label) slots[i]).setImage(thumbnails.get(i));
        }
        count.setText(thumbnails.size() + " of " + EnrollmentCapture.TARGET_SHOTS + " shots (at least " + EnrollmentCapture.MINIMUM_SHOTS + ")");
        shots.layout(true);
        updateButtons();
    }

    private void updateButtons() {
        getButton(IDialogConstants.OK_ID).setEnabled(!saving && thumbnails.size() >= EnrollmentCapture.MINIMUM_SHOTS);
        getButton(CAPTURE_ID).setEnabled(!saving && thumbnails.size() < EnrollmentCapture.TARGET_SHOTS);
    }
}

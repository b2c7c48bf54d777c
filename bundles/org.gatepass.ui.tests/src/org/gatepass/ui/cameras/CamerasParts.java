package org.gatepass.ui.cameras;

import java.util.List;
import java.util.Optional;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.gatepass.gate.CameraView.FaceMark;

/** Reaches into the camera wall for tests (UI thread only). */
public final class CamerasParts {
    private CamerasParts() {
    }

    public static CameraWall wall(MApplication application) {
        return new CameraWall(application, application.getContext().get(EModelService.class));
    }

    /** The camera's part on the wall, if it has one. */
    public static Optional<MPart> part(MApplication application, String cameraId) {
        return wall(application).part(cameraId);
    }

    /** Brings the camera's part to the front, as the list's Show does. */
    public static void show(MApplication application, String cameraId) {
        wall(application).show(cameraId, cameraId, application.getChildren().get(0).getContext().get(EPartService.class));
    }

    /** What the camera's part shows now; null when the part is not open. */
    public static CameraCanvas canvas(MApplication application, String cameraId) {
        return part(application, cameraId).map(MPart::getObject).map(o -> ((CameraPart) o).canvas()).orElse(null);
    }

    /** The face marks the camera's part draws now; empty when it shows no frame. */
    public static List<FaceMark> marks(MApplication application, String cameraId) {
        CameraCanvas canvas = canvas(application, cameraId);
        return canvas == null ? List.of() : canvas.faces();
    }
}

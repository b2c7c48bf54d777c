package org.gatepass.ui.cameras;

import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.gatepass.gate.CameraView;
import org.gatepass.gate.CameraView.FaceMark;

/** Reaches into the open Cameras view for tests: what a camera's canvas shows (UI thread only). */
public final class CamerasParts {
    private CamerasParts() {
    }

    /** The face marks the canvas of {@code cameraId} draws now; empty when it shows no frame. */
    public static List<FaceMark> marks(MApplication application, String cameraId) {
        MPart part = application.getContext().get(EModelService.class).findElements(application, "org.gatepass.part.cameras", MPart.class)
                .get(0);
        CameraCanvas canvas = ((CamerasPart) part.getObject()).canvas(cameraId);
        CameraView view = canvas == null ? null : canvas.view();
        return view == null ? List.of() : view.faces();
    }
}

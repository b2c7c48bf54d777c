package org.gatepass.app.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import jakarta.inject.Named;

/** Window &gt; Control Room / Administration, and the matching tool bar buttons. */
public final class SwitchPerspectiveHandler {
    static final String PERSPECTIVE_PARAMETER = "org.gatepass.commandparameter.perspective";

    @Execute
    void switchTo(@Named(PERSPECTIVE_PARAMETER) String perspectiveId, MApplication application, EModelService models,
            EPartService parts) {
        models.findElements(application, perspectiveId, MPerspective.class).stream().findFirst().ifPresent(parts::switchPerspective);
    }
}

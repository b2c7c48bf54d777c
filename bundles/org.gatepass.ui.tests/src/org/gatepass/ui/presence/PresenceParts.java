package org.gatepass.ui.presence;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.gatepass.core.presence.PresenceBoard;
import org.gatepass.core.presence.PresenceEntry;

/** Drives the Presence view for tests, past the reason dialog (UI thread only). */
public final class PresenceParts {
    private PresenceParts() {
    }

    /** The board the view shows now; null before the first load. */
    public static PresenceBoard shown(MApplication application) {
        return part(application).shown();
    }

    /** As if the reason was typed after pressing Mark as out… with the person selected. */
    public static void markOut(MApplication application, PresenceEntry person, String reason) {
        part(application).markOut(person, reason);
    }

    private static PresencePart part(MApplication application) {
        MPart part = application.getContext().get(EModelService.class).findElements(application, "org.gatepass.part.presence", MPart.class)
                .get(0);
        return (PresencePart) part.getObject();
    }
}

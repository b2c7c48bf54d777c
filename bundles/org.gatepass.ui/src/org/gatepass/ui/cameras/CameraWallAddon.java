package org.gatepass.ui.cameras;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.gatepass.core.camera.CameraSource;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

/**
 * Puts a camera on the wall the first time this workstation sees it, so a new camera shows without the operator
 * looking for it. A camera the operator closed stays closed: the cameras already seen are kept in the application
 * model's persisted state, which e4 saves with the layout.
 */
public final class CameraWallAddon {
    static final String KNOWN = "gatepass.cameras.known";

    private ServiceTracker<CameraSource, CameraSource> tracker;

    @PostConstruct
    void start(MApplication application, EModelService models, UISynchronize ui) {
        CameraWall wall = new CameraWall(application, models);
        BundleContext context = FrameworkUtil.getBundle(CameraWallAddon.class).getBundleContext();
        tracker = new ServiceTracker<>(context, CameraSource.class, null) {
            @Override
            public CameraSource addingService(ServiceReference<CameraSource> reference) {
                CameraSource camera = context.getService(reference);
                String id = camera.id();
                String name = camera.displayName();
                ui.asyncExec(() -> {
                    Set<String> known = known(application);
                    if (known.add(id)) {
                        wall.add(id, name);
                        application.getPersistedState().put(KNOWN, String.join("\n", known));
                    }
                });
                return camera;
            }

            @Override
            public void removedService(ServiceReference<CameraSource> reference, CameraSource camera) {
                context.ungetService(reference);
            }
        };
        tracker.open();
    }

    @PreDestroy
    void stop() {
        tracker.close();
    }

    private static Set<String> known(MApplication application) {
        String stored = application.getPersistedState().get(KNOWN);
        return stored == null || stored.isEmpty() ? new LinkedHashSet<>() : new LinkedHashSet<>(List.of(stored.split("\n")));
    }
}

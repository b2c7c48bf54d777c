package org.gatepass.app.internal;

import java.util.Optional;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.e4.ui.workbench.lifecycle.ProcessAdditions;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.gatepass.core.security.Actor;
import org.gatepass.core.security.OperatorService;
import org.gatepass.core.security.StationName;
import org.gatepass.ui.internal.OperatorSession;
import org.gatepass.ui.session.ConsoleLock;
import org.gatepass.ui.session.IdleWatch;
import org.gatepass.ui.session.SignIn;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Nobody sees a part before signing in: the product's life cycle asks for the operator (or, on a fresh
 * installation, the first administrator) before the workbench model is even loaded, then fits the
 * workbench to the operator's role and starts the idle lock. Quitting the log-in ends the application;
 * closing the application ends the session.
 */
public final class SessionLifeCycle {
    private static final long SERVICE_WAIT_MS = 60_000;

    private OperatorService operators;
    private OperatorSession session;
    private boolean quit;

    @PostContextCreate
    void signIn(IEclipseContext context) throws InterruptedException {
        operators = waitForOperatorService();
        if (operators == null) {
            MessageDialog.openError(null, "Gatepass", "Gatepass cannot check operators: its database or core did not start. See the log.");
            quit = true;
            return;
        }
        session = new OperatorSession(context);
        context.set(OperatorSession.class, session);
        Optional<Actor> actor = SignIn.ask(null, operators, StationName.local(), "");
        if (actor.isEmpty()) {
            quit = true;
            return;
        }
        session.signedIn(actor.get());
    }

    @ProcessAdditions
    void fitToOperator(MApplication application, IEventBroker events) {
        if (quit) {
            application.getChildren().forEach(window -> window.setToBeRendered(false));
            events.subscribe(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE, e -> application.getContext().get(IWorkbench.class).close());
            return;
        }
        RoleLayout layout = new RoleLayout(application);
        layout.fitBeforeRendering(session.actor());
        session.onSignIn(actor -> layout.fit(actor, application.getContext().get(EPartService.class)));
        ConsoleLock lock = new ConsoleLock(() -> mainWindow(application), operators, session, StationName.local(),
                () -> application.getContext().get(IWorkbench.class).close());
        application.getContext().set(ConsoleLock.class, lock);
        new IdleWatch(Display.getCurrent(), operators, lock).start();
        // The session ends with the application, however it is closed, and the log-out is on record.
        events.subscribe(UIEvents.UILifeCycle.APP_SHUTDOWN_STARTED, e -> operators.logout(session.actor()));
    }

    private static Shell mainWindow(MApplication application) {
        MWindow window = application.getSelectedElement() != null ? application.getSelectedElement() : application.getChildren().get(0);
        return (Shell) window.getWidget();
    }

    /** The operator service needs the database: at a slow start it may come a little after the workbench. */
    private static OperatorService waitForOperatorService() throws InterruptedException {
        BundleContext bundles = FrameworkUtil.getBundle(SessionLifeCycle.class).getBundleContext();
        ServiceTracker<OperatorService, OperatorService> tracker = new ServiceTracker<>(bundles, OperatorService.class, null);
        tracker.open(); // kept open: the service is used for the whole session
        return tracker.waitForService(SERVICE_WAIT_MS);
    }
}

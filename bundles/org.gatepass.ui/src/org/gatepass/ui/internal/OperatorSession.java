package org.gatepass.ui.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.gatepass.core.security.Actor;

/**
 * The operator signed in at this console. Parts get the {@link Actor} injected from the application context;
 * code outside injection (timers, dialogs, background work) asks this holder. Each service call still
 * carries the actor explicitly, taken on the UI thread when the call starts.
 */
public final class OperatorSession {
    private final IEclipseContext applicationContext;
    private final List<Consumer<Actor>> signInListeners = new CopyOnWriteArrayList<>();
    private volatile Actor actor;

    public OperatorSession(IEclipseContext applicationContext) {
        this.applicationContext = applicationContext;
    }

    /** The signed-in operator. @throws IllegalStateException before anyone signed in */
    public Actor actor() {
        Actor current = actor;
        if (current == null) {
            throw new IllegalStateException("Nobody is signed in at this console");
        }
        return current;
    }

    /** A new session starts (UI thread): parts are re-injected, listeners adapt the workbench to the role. */
    public void signedIn(Actor newActor) {
        actor = newActor;
        applicationContext.set(Actor.class, newActor);
        signInListeners.forEach(listener -> listener.accept(newActor));
    }

    public void onSignIn(Consumer<Actor> listener) {
        signInListeners.add(listener);
    }
}

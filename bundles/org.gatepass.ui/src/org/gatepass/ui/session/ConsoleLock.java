package org.gatepass.ui.session;

import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.gatepass.core.security.Actor;
import org.gatepass.core.security.OperatorService;
import org.gatepass.ui.internal.OperatorSession;

/**
 * Keeps the console's content from whoever is not signed in: locking (idle or on request) covers the main
 * window until the operator's password is typed again; switching operator ends the session and covers it
 * until someone logs in. Only the console is affected: the gate keeps working. UI thread only.
 */
public final class ConsoleLock {
    private final Supplier<Shell> mainWindow;
    private final OperatorService operators;
    private final OperatorSession session;
    private final String station;
    private final Runnable quit;
    private final WindowCover cover = new WindowCover();
    private boolean locked;

    /** @param quit ends the application when nobody logs in again */
    public ConsoleLock(Supplier<Shell> mainWindow, OperatorService operators, OperatorSession session, String station, Runnable quit) {
        this.mainWindow = mainWindow;
        this.operators = operators;
        this.session = session;
        this.station = station;
        this.quit = quit;
    }

    public boolean isLocked() {
        return locked;
    }

    /** Covers the window until the signed-in operator types their password, or hands over to another operator. */
    public void lock() {
        if (locked) {
            return;
        }
        locked = true;
        Shell window = mainWindow.get();
        cover.cover(window);
        UnlockDialog unlock = new UnlockDialog(window, operators, session.actor());
        if (unlock.open() == Window.OK) {
            uncover();
        } else {
            String ended = unlock.sessionEnded();
            handOver(window, ended == null ? "" : ended + " Log in again, or as another operator.");
        }
    }

    /** File &gt; Log out / Switch operator: ends the session and asks who works next. */
    public void switchOperator() {
        if (locked) {
            return;
        }
        locked = true;
        Shell window = mainWindow.get();
        cover.cover(window);
        handOver(window, "");
    }

    private void handOver(Shell window, String reason) {
        // On the UI thread on purpose: the session is closed before anyone can type at the log-in.
        operators.logout(session.actor());
        Optional<Actor> next = SignIn.ask(window, operators, station, reason);
        if (next.isEmpty()) {
            quit.run();
            return;
        }
        session.signedIn(next.get());
        uncover();
    }

    private void uncover() {
        cover.uncover();
        locked = false;
    }
}

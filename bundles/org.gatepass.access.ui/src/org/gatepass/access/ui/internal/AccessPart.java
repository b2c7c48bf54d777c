package org.gatepass.access.ui.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.gatepass.core.access.AccessService;
import org.gatepass.core.access.AccessSetup;
import org.gatepass.core.security.Actor;
import org.gatepass.ui.internal.Background;
import org.gatepass.ui.internal.MessageLine;
import org.gatepass.ui.internal.TestIds;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Administration › Access rules: the gates and their cameras and doors, the access levels with their weekly windows and
 * who holds them, the holidays, and the rules that watch the time. Every save goes through {@link AccessService}, which checks, audits, and lists every
 * problem here; the gates follow within seconds.
 */
public final class AccessPart {
    private final AccessService access;
    @Inject
    private Actor actor;
    private MessageLine message;
    private GatesTab gates;
    private LevelsTab levels;
    private HolidaysTab holidays;
    private RulesTab rules;

    @Inject
    public AccessPart(AccessService access) {
        this.access = access;
    }

    @PostConstruct
    void create(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
        message = new MessageLine(parent, "access.message");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(message.control());
        TabFolder tabs = TestIds.name(new TabFolder(parent, SWT.TOP), "access.tabs");
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);
        gates = new GatesTab(tab(tabs, "Gates"), this);
        levels = new LevelsTab(tab(tabs, "Access levels"), this);
        holidays = new HolidaysTab(tab(tabs, "Holidays"), this);
        rules = new RulesTab(tab(tabs, "Time rules"), this);
        reload();
    }

    private static Composite tab(TabFolder tabs, String title) {
        TabItem item = new TabItem(tabs, SWT.NONE);
        item.setText(title);
        Composite page = new Composite(tabs, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(page);
        item.setControl(page);
        return page;
    }

    AccessService access() {
        return access;
    }

    Actor actor() {
        return actor;
    }

    MessageLine message() {
        return message;
    }

    /** Reads the rules again and shows them in every tab. */
    void reload() {
        Actor acting = actor;
        Background.run("Reading the access rules", message.control(), () -> access.setup(acting), setup -> show(setup),
                failure -> message.error("The access rules cannot be read: " + failure.getMessage()));
    }

    private void show(AccessSetup setup) {
        gates.show(setup);
        levels.show(setup);
        holidays.show(setup);
        rules.show(setup);
    }

    /** Runs a change in the background, then reloads and says {@code done}; a refusal lists its problems (and what did change shows). */
    void change(String what, Runnable work, String done) {
        message.info(what + "…");
        Background.run(what, message.control(), () -> {
            work.run();
            return done;
        }, said -> {
            message.info(said);
            reload();
        }, failure -> {
            message.error(failure.getMessage());
            reload();
        });
    }
}

package org.gatepass.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.internal.workbench.swt.E4Application;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.IPresentationEngine;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Widget;
import org.gatepass.core.security.Actor;
import org.gatepass.ui.internal.TestIds;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.test.common.dictionary.Dictionaries;

/**
 * The real Gatepass workbench, started once per test run on a UI thread of its own, and the few ways a
 * test drives it: find widgets by their test id, act through the widget API, wait for the UI to settle.
 * The test database is fresh, so the start goes through the first-administrator dialog: a weak password
 * first (its refusal is kept for {@link FirstStartTest}), then {@link #ADMIN}'s.
 */
final class RunningWorkbench {
    static final String ADMIN = "chief";
    static final String ADMIN_PASSWORD = "gate-keeper-2026";
    static final String WEAK_PASSWORD = "short";
    static final String OPERATORS_PID = "org.gatepass.operators";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static RunningWorkbench instance;

    final Display display;
    final IWorkbench workbench;
    /** What the first-administrator dialog said to {@link #WEAK_PASSWORD}. */
    final String weakPasswordRefusal;
    /** Whether the main window opened maximised. */
    boolean startedMaximized;

    private RunningWorkbench(Display display, IWorkbench workbench, String weakPasswordRefusal) {
        this.display = display;
        this.workbench = workbench;
        this.weakPasswordRefusal = weakPasswordRefusal;
    }

    static synchronized RunningWorkbench get() throws Exception {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    private static RunningWorkbench start() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(RunningWorkbench.class).getBundleContext();
        configureOperators(context);
        CompletableFuture<Display> displayReady = new CompletableFuture<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread ui = new Thread(() -> {
            try {
                E4Application application = new E4Application();
                displayReady.complete(application.getApplicationDisplay());
                application.start(new TestApplicationContext());
            } catch (Throwable e) {
                failure.set(e);
                displayReady.completeExceptionally(e);
            }
        }, "gatepass-ui");
        ui.setDaemon(true);
        ui.start();
        Display display = displayReady.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        String refusal = createFirstAdministrator(new RunningWorkbench(display, null, null), failure);
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (failure.get() != null) {
                throw new IllegalStateException("The workbench failed to start", failure.get());
            }
            ServiceReference<IWorkbench> ref = context.getServiceReference(IWorkbench.class);
            if (ref != null) {
                RunningWorkbench running = new RunningWorkbench(display, context.getService(ref), refusal);
                running.waitUntil("the main window is shown", () -> running.mainShell().isPresent());
                running.startedMaximized = running.ui(() -> running.mainShell().orElseThrow().getMaximized());
                return running;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("No workbench within " + START_TIMEOUT);
    }

    /**
     * Cheap password hashes, so that the many log-ins of the tests stay fast, and no idle lock unless a test
     * asks for one: the tests drive widgets without the input events that keep a console awake.
     */
    private static void configureOperators(BundleContext context) throws Exception {
        ConfigurationAdmin configurations = context.getService(context.getServiceReference(ConfigurationAdmin.class));
        configurations.getConfiguration(OPERATORS_PID, "?").update(Dictionaries.dictionaryOf(
                "argon2MemoryKiB", 8192, "argon2Iterations", 1, "idleLockMinutes", 0));
    }

    /** Drives the dialog a fresh installation shows before anything else; returns the weak password's refusal. */
    private static String createFirstAdministrator(RunningWorkbench starting, AtomicReference<Throwable> failure) {
        starting.waitUntil("the first-administrator dialog shows", START_TIMEOUT,
                () -> failure.get() != null || starting.isShowing("firstadmin.username"));
        if (failure.get() != null) {
            throw new IllegalStateException("The workbench failed to start", failure.get());
        }
        starting.fill("firstadmin.username", ADMIN);
        starting.fill("firstadmin.fullname", "Chief Administrator");
        starting.fill("firstadmin.password", WEAK_PASSWORD);
        starting.fill("firstadmin.repeat", WEAK_PASSWORD);
        starting.press("firstadmin.ok");
        starting.waitUntil("the weak password is refused", () -> starting.find("firstadmin.message", Label.class).getForeground()
                .equals(starting.display.getSystemColor(SWT.COLOR_RED)));
        String refusal = starting.ui(() -> starting.find("firstadmin.message", Label.class).getText());
        starting.fill("firstadmin.password", ADMIN_PASSWORD);
        starting.fill("firstadmin.repeat", ADMIN_PASSWORD);
        starting.press("firstadmin.ok");
        return refusal;
    }

    /** The operator signed in at the console now (it changes when a test switches operator). */
    Actor actor() {
        return ui(() -> workbench.getApplication().getContext().get(Actor.class));
    }

    /** Types into the log-in dialog, once it shows, and presses Log in. */
    void logIn(String username, String password) {
        waitUntil("the log-in dialog shows", () -> isShowing("login.username"));
        fill("login.username", username);
        fill("login.password", password);
        press("login.ok");
    }

    /** File &gt; Log Out / Switch Operator, then the log-in as {@code username}; returns once the window shows again. */
    void switchOperator(String username, String password) {
        runCommandLater("org.gatepass.command.switchoperator");
        waitUntil("the window is covered", this::isCovered);
        logIn(username, password);
        waitUntil("the window shows again", () -> !isCovered() && !isShowing("login.username"));
    }

    /** The main window shows none of its content (locked, or nobody signed in). */
    boolean isCovered() {
        Shell main = mainShell().orElseThrow();
        return Arrays.stream(main.getChildren()).noneMatch(Control::getVisible);
    }

    /** Runs a menu command later on the UI thread: commands that open a dialog do not return until it closes. */
    void runCommandLater(String commandId) {
        display.asyncExec(() -> {
            IEclipseContext context = workbench.getApplication().getContext();
            context.get(EHandlerService.class).executeHandler(context.get(ECommandService.class).createCommand(commandId, Map.of()));
        });
    }

    /** Sets a text field's content, as typing it does (UI thread). */
    void fill(String id, String value) {
        ui(() -> find(id, Text.class).setText(value));
    }

    void press(String id) {
        ui(() -> click(find(id, Button.class)));
    }

    String text(String id) {
        return ui(() -> find(id, Label.class).getText());
    }

    /** Runs on the UI thread and returns its result. */
    <T> T ui(Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<RuntimeException> error = new AtomicReference<>();
        display.syncExec(() -> {
            try {
                result.set(work.get());
            } catch (RuntimeException e) {
                error.set(e);
            }
        });
        if (error.get() != null) {
            throw error.get();
        }
        return result.get();
    }

    void ui(Runnable work) {
        ui(() -> {
            work.run();
            return null;
        });
    }

    /** Brings a part of the current perspective to the front, as a click on its tab does. */
    void showPart(String partId) {
        ui(() -> workbench.getApplication().getChildren().get(0).getContext().get(EPartService.class)
                .showPart(partId, EPartService.PartState.ACTIVATE));
    }

    /** Maximises the stack holding a part of the current perspective, or restores it, as a double click on its tab does. */
    void maximise(String partId, boolean maximised) {
        ui(() -> {
            MPart part = workbench.getApplication().getChildren().get(0).getContext().get(EPartService.class).findPart(partId);
            List<String> tags = part.getParent().getTags();
            if (maximised) {
                tags.add(IPresentationEngine.MAXIMIZED);
            } else {
                tags.remove(IPresentationEngine.MAXIMIZED);
            }
        });
    }

    /** Finds a person in the Persons view (shown) by name and selects them, as an operator would. */
    void selectPerson(String name) {
        waitUntil("the Persons view shows", () -> isShowing("persons.table"));
        ui(() -> find("persons.search", Text.class).setText(name));
        waitUntil("the search lists only " + name, () -> {
            Table table = find("persons.table", Table.class);
            return table.getItemCount() == 1 && table.getItem(0).getText(1).equals(name);
        });
        ui(() -> {
            Table table = find("persons.table", Table.class);
            table.select(0);
            table.notifyListeners(SWT.Selection, new Event());
        });
    }

    /** Polls a condition on the UI thread until it holds; fails with {@code what} after 15 s. */
    void waitUntil(String what, BooleanSupplier condition) {
        waitUntil(what, Duration.ofSeconds(15), condition);
    }

    void waitUntil(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (ui(() -> condition.getAsBoolean())) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted waiting until " + what);
            }
        }
        fail("Timed out waiting until " + what + " (screen saved to " + screenshot() + ")");
    }

    /** What the screen showed, as a PNG in the test's working folder, to see why a wait failed. */
    private Path screenshot() {
        Path file = Path.of("target", "ui-failure-" + System.currentTimeMillis() + ".png").toAbsolutePath();
        ui(() -> save(display.getBounds(), file));
        return file;
    }

    /** What a window shows now, as a PNG: its client area (without the window manager's frame, if any). */
    void screenshot(Shell shell, Path file) {
        ui(() -> {
            shell.update(); // paint what changed, else the picture lags behind the widgets
            save(display.map(shell, null, shell.getClientArea()), file);
        });
    }

    private void save(Rectangle area, Path file) {
        GC gc = new GC(display);
        Image image = new Image(display, area.width, area.height);
        try {
            gc.copyArea(image, area.x, area.y);
            ImageLoader png = new ImageLoader();
            png.data = new ImageData[] { image.getImageData() };
            png.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    Optional<Shell> mainShell() {
        for (Shell shell : display.getShells()) {
            if (shell.isVisible() && "Gatepass".equals(shell.getText())) {
                return Optional.of(shell);
            }
        }
        return Optional.empty();
    }

    /** The visible widget named {@code id} (UI thread only). */
    <W extends Widget> W find(String id, Class<W> type) {
        List<Control> matches = new ArrayList<>();
        for (Shell shell : display.getShells()) {
            collect(shell, id, matches);
        }
        return matches.stream().filter(Control::isVisible).filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new AssertionError("No visible " + type.getSimpleName() + " named " + id));
    }

    boolean isShowing(String id) {
        List<Control> matches = new ArrayList<>();
        for (Shell shell : display.getShells()) {
            collect(shell, id, matches);
        }
        return matches.stream().anyMatch(Control::isVisible);
    }

    /** A click as SWT delivers it to the button's listeners (UI thread only). */
    static void click(Button button) {
        button.notifyListeners(SWT.Selection, new Event());
    }

    private static void collect(Control control, String id, List<Control> matches) {
        if (id.equals(control.getData(TestIds.KEY))) {
            matches.add(control);
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, id, matches);
            }
        }
    }
}

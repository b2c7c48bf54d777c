package org.gatepass.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.e4.ui.internal.workbench.swt.E4Application;
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
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Widget;
import org.gatepass.ui.internal.TestIds;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * The real Gatepass workbench, started once per test run on a UI thread of its own, and the few ways a
 * test drives it: find widgets by their test id, act through the widget API, wait for the UI to settle.
 */
final class RunningWorkbench {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static RunningWorkbench instance;

    final Display display;
    final IWorkbench workbench;

    private RunningWorkbench(Display display, IWorkbench workbench) {
        this.display = display;
        this.workbench = workbench;
    }

    static synchronized RunningWorkbench get() throws Exception {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    private static RunningWorkbench start() throws Exception {
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
        BundleContext context = FrameworkUtil.getBundle(RunningWorkbench.class).getBundleContext();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (failure.get() != null) {
                throw new IllegalStateException("The workbench failed to start", failure.get());
            }
            ServiceReference<IWorkbench> ref = context.getServiceReference(IWorkbench.class);
            if (ref != null) {
                RunningWorkbench running = new RunningWorkbench(display, context.getService(ref));
                running.waitUntil("the main window is shown", () -> running.mainShell().isPresent());
                return running;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("No workbench within " + START_TIMEOUT);
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
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
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

package org.gatepass.settings.ui.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.gatepass.core.settings.SettingsAction;
import org.gatepass.ui.internal.TestIds;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * The commands plug-ins offer beside a configuration's settings ({@link SettingsAction} services for its PID, such as
 * "Send test e-mail"): a button each, with a field when the action asks for input. Buttons are numbered for tests.
 */
final class ActionButtons {
    private final BundleContext context = FrameworkUtil.getBundle(ActionButtons.class).getBundleContext();
    private final Composite area;
    private final List<ServiceReference<SettingsAction>> held = new ArrayList<>();

    ActionButtons(Composite parent) {
        area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(area);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(area);
        area.addDisposeListener(e -> release());
    }

    /** Shows the actions for {@code pid} (none for null); a press hands the action and its input to {@code run}. */
    void show(String pid, BiConsumer<SettingsAction, String> run) {
        release();
        for (Control old : area.getChildren()) {
            old.dispose();
        }
        if (pid != null) {
            int number = 0;
            for (ServiceReference<SettingsAction> reference : references(pid)) {
                SettingsAction action = context.getService(reference);
                if (action != null) {
                    held.add(reference);
                    add(action, number++, run);
                }
            }
        }
        ((GridData) area.getLayoutData()).exclude = area.getChildren().length == 0;
    }

    /** True when an action of the PID says its changes apply at the next start ({@link SettingsAction#APPLIES_AT_RESTART}). */
    boolean appliesAtRestart(String pid) {
        return references(pid).stream().anyMatch(r -> Boolean.TRUE.equals(r.getProperty(SettingsAction.APPLIES_AT_RESTART)));
    }

    private void add(SettingsAction action, int number, BiConsumer<SettingsAction, String> run) {
        Button button = TestIds.name(new Button(area, SWT.PUSH), "settings.action." + number);
        button.setText(action.label() + (action.inputLabel().isEmpty() ? "" : " " + action.inputLabel()));
        Text input = null;
        if (!action.inputLabel().isEmpty()) {
            input = TestIds.name(new Text(area, SWT.BORDER | SWT.SINGLE), "settings.actionInput." + number);
            GridDataFactory.fillDefaults().grab(true, false).hint(220, SWT.DEFAULT).applyTo(input);
        } else {
            GridDataFactory.swtDefaults().span(2, 1).applyTo(button);
        }
        Text typed = input;
        button.addListener(SWT.Selection, e -> run.accept(action, typed == null ? "" : typed.getText()));
    }

    private Collection<ServiceReference<SettingsAction>> references(String pid) {
        try {
            String value = pid.replaceAll("([\\\\*()])", "\\\\$1");
            return context.getServiceReferences(SettingsAction.class, "(" + SettingsAction.PID + "=" + value + ")");
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException("PID " + pid + " makes no service filter", e);
        }
    }

    private void release() {
        held.forEach(context::ungetService);
        held.clear();
    }
}

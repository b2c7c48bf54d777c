package org.gatepass.app.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MElementContainer;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspectiveStack;
import org.eclipse.e4.ui.model.application.ui.basic.MTrimmedWindow;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.e4.ui.model.application.ui.menu.MToolBarElement;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.gatepass.core.security.Actor;
import org.gatepass.core.security.Permission;

/**
 * Shows an operator only the perspectives, views, menu items and tool bar buttons their role can use. Model
 * elements name what they need with a tag {@code requires:PERMISSION}; the services check again on every call.
 */
final class RoleLayout {
    static final String REQUIRES = "requires:";

    private final MApplication application;

    RoleLayout(MApplication application) {
        this.application = application;
    }

    /** At start, before anything is rendered: the first perspective the role may use is selected. */
    void fitBeforeRendering(Actor actor) {
        apply(actor);
        for (MPerspectiveStack stack : perspectiveStacks()) {
            if (!allowed(stack.getSelectedElement(), actor)) {
                stack.setSelectedElement(firstAllowed(stack, actor));
            }
        }
    }

    /** After another operator signed in: leaves a perspective the new role may not see before hiding it. */
    void fit(Actor actor, EPartService parts) {
        for (MUIElement element : tagged()) {
            if (allowed(element, actor)) {
                show(element, true);
            }
        }
        for (MPerspectiveStack stack : perspectiveStacks()) {
            if (!allowed(stack.getSelectedElement(), actor)) {
                parts.switchPerspective(firstAllowed(stack, actor));
            }
        }
        apply(actor);
    }

    private void apply(Actor actor) {
        for (MUIElement element : tagged()) {
            show(element, allowed(element, actor));
        }
    }

    private static void show(MUIElement element, boolean shown) {
        if (element instanceof MMenuElement || element instanceof MToolBarElement) {
            element.setVisible(shown);
        } else {
            element.setToBeRendered(shown);
        }
    }

    private static MPerspective firstAllowed(MPerspectiveStack stack, Actor actor) {
        return stack.getChildren().stream().filter(p -> allowed(p, actor)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No perspective for the role " + actor.role().label()));
    }

    static boolean allowed(MUIElement element, Actor actor) {
        return element == null || element.getTags().stream().filter(tag -> tag.startsWith(REQUIRES))
                .allMatch(tag -> actor.can(Permission.valueOf(tag.substring(REQUIRES.length()).toUpperCase(Locale.ROOT))));
    }

    private List<MPerspectiveStack> perspectiveStacks() {
        return all().stream().filter(MPerspectiveStack.class::isInstance).map(MPerspectiveStack.class::cast).toList();
    }

    private List<MUIElement> tagged() {
        return all().stream().filter(e -> e.getTags().stream().anyMatch(tag -> tag.startsWith(REQUIRES))).toList();
    }

    /** Every element of the windows, including their menus and tool bars. */
    private List<MUIElement> all() {
        List<MUIElement> found = new ArrayList<>();
        for (MWindow window : application.getChildren()) {
            collect(window, found);
            if (window.getMainMenu() != null) {
                collect(window.getMainMenu(), found);
            }
            if (window instanceof MTrimmedWindow trimmed) {
                trimmed.getTrimBars().forEach(bar -> collect(bar, found));
            }
        }
        return found;
    }

    private static void collect(MUIElement element, List<MUIElement> found) {
        found.add(element);
        if (element instanceof MElementContainer<?> container) {
            for (Object child : container.getChildren()) {
                collect((MUIElement) child, found);
            }
        }
    }
}

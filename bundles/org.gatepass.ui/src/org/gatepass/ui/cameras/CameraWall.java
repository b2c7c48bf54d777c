package org.gatepass.ui.cameras;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MElementContainer;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartSashContainer;
import org.eclipse.e4.ui.model.application.ui.basic.MPartSashContainerElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IPresentationEngine;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/**
 * The camera wall in the application model: the sash {@value #WALL} in the Control Room holds stacks of camera
 * parts, one part per camera. Its containers are tagged so that e4's clean-up never collapses an emptied one. Opening, arranging in a preset grid and detaching are model changes only; e4 renders
 * them and saves the arrangement with the window layout when the workstation closes.
 */
public final class CameraWall {
    public static final String WALL = "org.gatepass.camerawall";
    /** The stack a newly opened camera goes to. */
    public static final String HOME_STACK = "org.gatepass.partstack.cameras";
    public static final String DESCRIPTOR = "org.gatepass.partdescriptor.camera";
    /** Tag of every camera part, wherever it was dragged. */
    public static final String TAG = "gatepass:camera";

    private final MApplication application;
    private final EModelService models;

    public CameraWall(MApplication application, EModelService models) {
        this.application = application;
        this.models = models;
    }

    /** Every camera part, in the main window and detached ones. */
    public List<MPart> parts() {
        return models.findElements(application, null, MPart.class, List.of(TAG));
    }

    public Optional<MPart> part(String cameraId) {
        return parts().stream().filter(p -> cameraId.equals(p.getPersistedState().get(CameraPart.CAMERA_ID))).findFirst();
    }

    /**
     * Adds a part for the camera to the wall's home stack if it has none, without rendering it: usable before the
     * window exists. Returns the camera's part.
     */
    public MPart add(String cameraId, String label) {
        Optional<MPart> existing = part(cameraId);
        if (existing.isPresent()) {
            return existing.get();
        }
        MPart part = models.createPart(models.getPartDescriptor(DESCRIPTOR));
        part.getPersistedState().put(CameraPart.CAMERA_ID, cameraId);
        part.setLabel(label);
        put(part, homeStack());
        return part;
    }

    /** Opens the camera's part (adding it when needed) and brings it to the front. */
    public MPart show(String cameraId, String label, EPartService parts) {
        MPart part = add(cameraId, label);
        part.setToBeRendered(true);
        part.setVisible(true);
        parts.showPart(part, EPartService.PartState.ACTIVATE);
        return part;
    }

    /**
     * Arranges the cameras of the main window in a grid of {@code columns} × {@code columns} stacks, the first
     * cameras one per stack and any further ones as tabs: in the order of {@code cameraIds} (the station's cameras),
     * then parts of cameras this station no longer has. Detached cameras stay where they are.
     */
    public void arrange(int columns, List<String> cameraIds) {
        if (columns < 1 || columns > 4) {
            throw new IllegalArgumentException("A camera grid has 1 to 4 columns, not " + columns);
        }
        MPartSashContainer wall = wall();
        MWindow window = windowOf(wall);
        List<MPartSashContainerElement> old = new ArrayList<>(wall.getChildren());
        List<MPart> cameras = parts().stream().filter(p -> windowOf(p) == window && p.isToBeRendered())
                .sorted(Comparator.comparingInt(p -> {
                    int index = cameraIds.indexOf(p.getPersistedState().get(CameraPart.CAMERA_ID));
                    return index < 0 ? Integer.MAX_VALUE : index;
                })).toList();
        List<MPart> others = models.findElements(wall, null, MPart.class).stream().filter(p -> !p.getTags().contains(TAG)).toList();
        old.forEach(element -> element.setElementId(null));
        List<MPartStack> stacks = grid(wall, columns);
        for (int i = 0; i < cameras.size(); i++) {
            put(cameras.get(i), stacks.get(i % stacks.size()));
        }
        others.forEach(part -> put(part, stacks.get(0))); // views dragged onto the wall stay on it
        wall.getChildren().removeAll(old);
    }

    /** Adds columns × columns empty stacks to the wall (rows of stacks when more than one); the first becomes home. */
    private List<MPartStack> grid(MPartSashContainer wall, int columns) {
        List<MPartStack> stacks = new ArrayList<>();
        for (int row = 0; row < columns; row++) {
            MElementContainer<MPartSashContainerElement> line = wall;
            if (columns > 1) {
                MPartSashContainer sash = models.createModelElement(MPartSashContainer.class);
                sash.setHorizontal(true);
                sash.setContainerData("100");
                sash.getTags().add(IPresentationEngine.NO_AUTO_COLLAPSE);
                wall.getChildren().add(sash);
                line = sash;
            }
            for (int column = 0; column < columns; column++) {
                MPartStack stack = models.createModelElement(MPartStack.class);
                stack.setContainerData("100");
                stack.getTags().add(IPresentationEngine.NO_AUTO_COLLAPSE);
                if (stacks.isEmpty()) {
                    stack.setElementId(HOME_STACK);
                }
                line.getChildren().add(stack);
                stacks.add(stack);
            }
        }
        return stacks;
    }

    private static void put(MPart part, MPartStack stack) {
        stack.getChildren().add(part);
        if (stack.getSelectedElement() == null) {
            stack.setSelectedElement(part);
        }
    }

    /** The window an element is in: a detached window, not the main window that owns it. */
    public static MWindow windowOf(MUIElement element) {
        MUIElement current = element;
        while (current != null && !(current instanceof MWindow)) {
            current = current.getParent();
        }
        return (MWindow) current;
    }

    /** Moves the camera's part into a window of its own, e.g. to put it on another monitor. */
    public void detach(MPart part) {
        models.detach(part, 80, 80, 640, 520);
    }

    private MPartSashContainer wall() {
        MUIElement wall = models.find(WALL, application);
        if (!(wall instanceof MPartSashContainer sash)) {
            throw new IllegalStateException("The application model has no camera wall (" + WALL
                    + "); start once with -clearPersistedState to restore the default layout");
        }
        return sash;
    }

    private MPartStack homeStack() {
        if (models.find(HOME_STACK, application) instanceof MPartStack home) {
            return home;
        }
        List<MPartStack> stacks = models.findElements(wall(), null, MPartStack.class);
        if (!stacks.isEmpty()) {
            return stacks.get(0);
        }
        MPartStack home = models.createModelElement(MPartStack.class);
        home.setElementId(HOME_STACK);
        home.getTags().add(IPresentationEngine.NO_AUTO_COLLAPSE);
        wall().getChildren().add(home);
        return home;
    }
}

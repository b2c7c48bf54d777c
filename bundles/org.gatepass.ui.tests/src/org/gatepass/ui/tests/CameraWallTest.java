package org.gatepass.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MElementContainer;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.gatepass.camera.testing.SharedFaces;
import org.gatepass.core.camera.Frame;
import org.gatepass.ui.cameras.CameraCanvas;
import org.gatepass.ui.cameras.CameraWall;
import org.gatepass.ui.cameras.CamerasParts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.dictionary.Dictionaries;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * The camera wall with two replay cameras of LFW photos: each camera gets its own part as it appears, pictures come
 * at the camera's rate through the preview tap, the wall is laid out 2 × 2 and back, and a camera is detached to a
 * window of its own; a part made from nothing but its saved state (as after a restart) shows its camera again.
 */
@ExtendWith(ServiceExtension.class)
class CameraWallTest {
    private static final String NORTH = "wall-north";
    private static final String SOUTH = "wall-south";

    @InjectService(timeout = 10_000)
    ConfigurationAdmin configurations;

    private RunningWorkbench workbench;
    private Configuration north;
    private Configuration south;

    @BeforeEach
    void addCameras() throws Exception {
        workbench = RunningWorkbench.get();
        WorkbenchTest.switchTo(workbench, WorkbenchTest.CONTROL_ROOM);
        north = replay(NORTH, "North door", SharedFaces.folder("Tony_Blair"), 20.0);
        south = replay(SOUTH, "South door", SharedFaces.folder("Colin_Powell"), 8.0);
    }

    @AfterEach
    void removeCameras() throws Exception {
        north.delete();
        south.delete();
    }

    @Test
    void camerasAppearOnTheWallLiveAndCanBeArrangedAndDetached() throws Exception {
        MApplication application = workbench.workbench.getApplication();
        workbench.waitUntil("both cameras got a part on the wall", () -> CamerasParts.part(application, NORTH).isPresent()
                && CamerasParts.part(application, SOUTH).isPresent());

        workbench.showPart("org.gatepass.part.cameralist");
        workbench.waitUntil("the camera list names both cameras live", () -> rows().containsAll(List.of(
                "North door|wall-north|live", "South door|wall-south|live")));
        select(NORTH);
        workbench.press("cameras.show");
        Frame first = awaitPicture(application, NORTH);
        Thread.sleep(1500);
        Frame later = workbench.ui(() -> CamerasParts.canvas(application, NORTH).frame());
        long captured = later.sequence() - first.sequence();
        assertTrue(captured >= 18, "a 20 frames/s camera showed " + captured + " new frames in about 1.5 s");
        String caption = workbench.ui(() -> CamerasParts.canvas(application, NORTH).caption());
        assertTrue(caption.matches("North door — live — captured \\d+ frames/s, processed \\d+"), caption);

        workbench.press("cameras.layout2");
        workbench.waitUntil("the wall is 2 × 2 with both cameras in front in stacks of their own", () -> {
            List<MPartStack> stacks = wallStacks(application);
            MPart northPart = part(application, NORTH);
            MPart southPart = part(application, SOUTH);
            return stacks.size() == 4 && stacks.contains(northPart.getParent()) && stacks.contains(southPart.getParent())
                    && northPart.getParent() != southPart.getParent() && northPart.getParent().getSelectedElement() == northPart
                    && southPart.getParent().getSelectedElement() == southPart;
        });
        awaitPicture(application, NORTH);
        awaitPicture(application, SOUTH);
        workbench.waitUntil("both pictures are live", () -> CamerasParts.canvas(application, NORTH).caption().contains("live")
                && CamerasParts.canvas(application, SOUTH).caption().contains("live"));
        workbench.screenshot(workbench.ui(() -> workbench.mainShell().orElseThrow()), Path.of("target", "camera-wall.png"));

        select(SOUTH);
        workbench.press("cameras.detach");
        workbench.waitUntil("the south camera is in a window of its own", () -> {
            MWindow window = CameraWall.windowOf(part(application, SOUTH));
            return window != application.getChildren().get(0) && window.getWidget() instanceof Shell shell && shell.isVisible();
        });
        awaitPicture(application, SOUTH);

        workbench.press("cameras.layout1");
        workbench.waitUntil("the wall is one stack again", () -> wallStacks(application).size() == 1);
        assertTrue(workbench.ui(() -> wallStacks(application).get(0).getChildren().contains(part(application, NORTH))));
        assertNotSame(application.getChildren().get(0), workbench.ui(() -> CameraWall.windowOf(part(application, SOUTH))),
                "a detached camera stays detached when the wall is laid out again");
    }

    @Test
    void aPartRestoredFromItsSavedStateShowsItsCamera() throws Exception {
        MApplication application = workbench.workbench.getApplication();
        workbench.waitUntil("the north camera got a part", () -> CamerasParts.part(application, NORTH).isPresent());
        workbench.ui(() -> {
            MPart old = part(application, NORTH);
            old.setToBeRendered(false);
            old.getParent().getChildren().remove(old);
        });
        MPart restored = workbench.ui(() -> CamerasParts.wall(application).add(NORTH, "saved label"));
        assertEquals("saved label", restored.getLabel());
        workbench.ui(() -> CamerasParts.show(application, NORTH));
        awaitPicture(application, NORTH);
        assertSame(restored, workbench.ui(() -> part(application, NORTH)));
        workbench.waitUntil("the part is named after its camera", () -> restored.getLabel().equals("North door"));
    }

    private Configuration replay(String id, String name, Path folder, double fps) throws Exception {
        Configuration camera = configurations.createFactoryConfiguration("org.gatepass.camera.replay", "?");
        camera.update(Dictionaries.<String, Object> dictionaryOf("camera.id", id, "name", name, "path", folder.toString(), "fps", fps));
        return camera;
    }

    private Frame awaitPicture(MApplication application, String cameraId) {
        workbench.waitUntil(cameraId + " shows a picture", () -> {
            CameraCanvas canvas = CamerasParts.canvas(application, cameraId);
            return canvas != null && canvas.frame() != null && canvas.control().isVisible();
        });
        return workbench.ui(() -> CamerasParts.canvas(application, cameraId).frame());
    }

    private List<String> rows() {
        return workbench.ui(() -> {
            Table table = workbench.find("cameras.list", Table.class);
            return java.util.Arrays.stream(table.getItems()).map(i -> i.getText(0) + "|" + i.getText(1) + "|" + i.getText(2)).toList();
        });
    }

    private void select(String cameraId) {
        workbench.ui(() -> {
            Table table = workbench.find("cameras.list", Table.class);
            for (int i = 0; i < table.getItemCount(); i++) {
                if (table.getItem(i).getText(1).equals(cameraId)) {
                    table.setSelection(i);
                    table.notifyListeners(SWT.Selection, new Event());
                    return;
                }
            }
            throw new AssertionError("camera " + cameraId + " is not listed");
        });
    }

    private static EModelService models(MApplication application) {
        return application.getContext().get(EModelService.class);
    }

    private static MPart part(MApplication application, String cameraId) {
        return CamerasParts.part(application, cameraId).orElseThrow();
    }

    private static List<MPartStack> wallStacks(MApplication application) {
        MUIElement wall = models(application).find(CameraWall.WALL, application);
        return models(application).findElements((MElementContainer<?>) wall, null, MPartStack.class);
    }
}

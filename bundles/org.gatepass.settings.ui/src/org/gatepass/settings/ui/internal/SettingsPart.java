package org.gatepass.settings.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.gatepass.core.security.Actor;
import org.gatepass.core.security.Permission;
import org.gatepass.core.settings.SettingsAction;
import org.gatepass.core.settings.SettingsService;
import org.gatepass.ui.internal.Background;
import org.gatepass.ui.internal.MessageLine;
import org.gatepass.ui.internal.TestIds;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.metatype.MetaTypeService;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Administration › Settings: every component the installed bundles describe with metatype, each edited in a form
 * generated from its description. Factory components (cameras, webhooks…) list their instances, which can be
 * added and removed. Saving goes through {@link SettingsService}, so it is checked, audited and applied at once;
 * secrets go to the secret store. Roles that may only view settings see them read-only.
 */
public final class SettingsPart {
    private final SettingsService settings;
    private final MetaTypeService metatype;
    @Inject
    private Actor actor;
    private Tree tree;
    private Button add;
    private Button remove;
    private Button save;
    private Label title;
    private Composite formHolder;
    private ScrolledComposite scroll;
    private MessageLine message;
    private TestPicture picture;
    private ActionButtons actionButtons;
    private SettingsForm form;
    /** What the form edits: a component, and the PID of its configuration (null: a new instance of a factory). */
    private Entry editing;

    private record Entry(ConfigurableComponent component, String pid) {
    }

    private record Listed(ConfigurableComponent component, Map<String, String> instances) {
    }

    @Inject
    public SettingsPart(@Optional SettingsService settings, @Optional MetaTypeService metatype) {
        this.settings = settings;
        this.metatype = metatype;
    }

    @PostConstruct
    void create(Composite parent) {
        parent.setLayout(new FillLayout());
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        Composite left = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(6, 6).numColumns(2).applyTo(left);
        tree = TestIds.name(new Tree(left, SWT.BORDER | SWT.SINGLE), "settings.components");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(tree);
        tree.addListener(SWT.Selection, e -> {
            message.clear();
            select((Entry) e.item.getData());
        });
        add = button(left, "settings.add", "Add", this::addInstance);
        remove = button(left, "settings.remove", "Remove", this::removeInstance);

        scroll = new ScrolledComposite(sash, SWT.V_SCROLL | SWT.H_SCROLL);
        Composite right = new Composite(scroll, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(8, 6).applyTo(right);
        title = TestIds.name(new Label(right, SWT.NONE), "settings.title");
        title.setFont(JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
        formHolder = new Composite(right, SWT.NONE);
        formHolder.setLayout(new FillLayout());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(formHolder);
        Composite actions = new Composite(right, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(actions);
        save = button(actions, "settings.save", "Save", this::save);
        actionButtons = new ActionButtons(right);
        picture = new TestPicture(right, actions);
        message = new MessageLine(right, "settings.message");
        GridDataFactory.fillDefaults().grab(true, false).hint(480, SWT.DEFAULT).applyTo(message.control());
        scroll.setContent(right);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        sash.setWeights(1, 3);
        updateButtons();
        relayout();

        if (settings == null || metatype == null) {
            message.error("Settings are not available: the settings service or the metatype service did not start.");
            return;
        }
        if (!actor.can(Permission.CHANGE_SETTINGS)) {
            message.info("Read-only: your role may look at the settings but not change them.");
        }
        reload(null);
    }

    private Button button(Composite parent, String id, String text, Runnable action) {
        Button button = TestIds.name(new Button(parent, SWT.PUSH), id);
        button.setText(text);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    private boolean mayChange() {
        return actor.can(Permission.CHANGE_SETTINGS);
    }

    /** Lists the components and their instances again (off the UI thread), then selects {@code pid} if given. */
    private void reload(String selectPid) {
        Actor acting = actor;
        Background.run("Reading settings", tree, () -> {
            List<Listed> listed = new ArrayList<>();
            for (ConfigurableComponent component : MetatypeCatalog.read(FrameworkUtil.getBundle(SettingsPart.class).getBundleContext(), metatype)) {
                Map<String, String> instances = new TreeMap<>();
                if (component.factory()) {
                    for (String pid : settings.factoryConfigurations(acting, component.pid())) {
                        instances.put(pid, label(settings.read(acting, pid), pid));
                    }
                }
                listed.add(new Listed(component, instances));
            }
            return listed;
        }, listed -> show(listed, selectPid), e -> message.error("The settings could not be read: " + e.getMessage()));
    }

    private static String label(Map<String, Object> properties, String pid) {
        for (String key : List.of("camera.id", "name", "url")) {
            Object value = properties.get(key);
            if (value != null && !value.toString().isBlank()) {
                return value.toString();
            }
        }
        return pid;
    }

    private void show(List<Listed> listed, String selectPid) {
        tree.removeAll();
        TreeItem selected = null;
        for (Listed entry : listed) {
            TreeItem item = new TreeItem(tree, SWT.NONE);
            item.setText(entry.component().name() + (entry.component().factory() ? " (" + entry.instances().size() + ")" : ""));
            item.setData(new Entry(entry.component(), entry.component().factory() ? null : entry.component().pid()));
            if (entry.component().pid().equals(selectPid)) {
                selected = item;
            }
            for (Map.Entry<String, String> instance : entry.instances().entrySet()) {
                TreeItem child = new TreeItem(item, SWT.NONE);
                child.setText(instance.getValue());
                child.setData(new Entry(entry.component(), instance.getKey()));
                if (instance.getKey().equals(selectPid)) {
                    selected = child;
                }
            }
            item.setExpanded(true);
        }
        if (selected != null) {
            tree.setSelection(selected);
            select((Entry) selected.getData());
        }
    }

    private void select(Entry entry) {
        editing = entry;
        picture.clear();
        if (entry.component().factory() && entry.pid() == null) {
            showForm(entry, null);
            return;
        }
        Actor acting = actor;
        Background.run("Reading " + entry.pid(), tree, () -> settings.read(acting, entry.pid()), stored -> {
            if (Objects.equals(editing, entry)) {
                showForm(entry, stored);
            }
        }, e -> message.error("The settings of " + entry.pid() + " could not be read: " + e.getMessage()));
    }

    /** Shows the form for an entry; no settings (a factory, no instance chosen) show no form, only what it is. */
    private void showForm(Entry entry, Map<String, Object> stored) {
        if (form != null) {
            form.control().dispose();
            form = null;
        }
        ConfigurableComponent component = entry.component();
        if (stored == null) {
            title.setText(component.name() + ": choose one, or Add");
        } else {
            title.setText(entry.pid() == null ? "New " + component.name() : component.name() + " — " + entry.pid());
            form = new SettingsForm(formHolder, component.definition());
            form.show(stored == null ? Map.of() : stored);
            form.setEditable(mayChange());
        }
        picture.camera(component.isCamera() && stored != null ? stored.get("camera.id") : null);
        actionButtons.show(form == null ? null : component.pid(), this::runAction);
        updateButtons();
        relayout();
    }

    private void addInstance() {
        if (editing == null || !editing.component().factory()) {
            return;
        }
        Entry fresh = new Entry(editing.component(), null);
        editing = fresh;
        message.clear();
        showForm(fresh, Map.of());
    }

    private void removeInstance() {
        Entry entry = editing;
        if (entry == null || !entry.component().factory() || entry.pid() == null) {
            return;
        }
        Actor acting = actor;
        Background.run("Removing " + entry.pid(), tree, () -> {
            settings.delete(acting, entry.pid());
            return entry.pid();
        }, pid -> {
            message.info(entry.component().name() + " " + pid + " removed.");
            editing = null;
            showNothing();
            reload(entry.component().pid());
        }, e -> message.error("Could not remove " + entry.pid() + ": " + e.getMessage()));
    }

    private void showNothing() {
        if (form != null) {
            form.control().dispose();
            form = null;
        }
        title.setText("");
        picture.clear();
        actionButtons.show(null, this::runAction);
        updateButtons();
    }

    private void save() {
        Entry entry = editing;
        if (form == null || entry == null || !mayChange()) {
            return;
        }
        SettingsForm.Outcome outcome = form.read();
        if (!outcome.problems().isEmpty()) {
            message.error("Not saved: " + String.join(" ", outcome.problems()));
            return;
        }
        List<PendingSecret> secrets = form.secretFields().stream().filter(f -> f.typedSecret().length > 0)
                .map(f -> new PendingSecret(f, f.typedSecret())).toList();
        Actor acting = actor;
        message.info("Saving…");
        Background.run("Saving " + entry.component().name(), tree, () -> {
            Map<String, Object> properties = new TreeMap<>(outcome.properties());
            String pid = entry.pid() == null ? settings.create(acting, entry.component().pid(), properties) : entry.pid();
            boolean keysAdded = false;
            for (PendingSecret secret : secrets) {
                String key = secret.field().secretKey(pid, properties.get(secret.field().id()));
                settings.storeSecret(acting, key, secret.value());
                if (!secret.field().isPassword() && !key.equals(properties.get(secret.field().id()))) {
                    properties.put(secret.field().id(), key);
                    keysAdded = true;
                }
            }
            if (entry.pid() != null || keysAdded) {
                settings.update(acting, pid, properties);
            }
            return pid;
        }, pid -> {
            secrets.forEach(s -> s.field().clearSecret());
            String applied = actionButtons.appliesAtRestart(entry.component().pid()) ? " saved; it applies when Gatepass is started again"
                    : " saved and applied";
            message.info(entry.component().name() + applied + (secrets.isEmpty() ? "." : "; secrets stored in the secret store."));
            reload(pid);
        }, e -> message.error("Not saved: " + e.getMessage()));
    }

    /** Runs a plug-in's action on the settings as typed (not saved), secrets typed included. */
    private void runAction(SettingsAction action, String input) {
        if (form == null) {
            return;
        }
        SettingsForm.Outcome outcome = form.read();
        if (!outcome.problems().isEmpty()) {
            message.error(action.label() + " needs valid settings: " + String.join(" ", outcome.problems()));
            return;
        }
        Map<String, String> secrets = form.secretFields().stream().filter(f -> f.typedSecret().length > 0)
                .collect(Collectors.toMap(AttributeField::id, f -> new String(f.typedSecret())));
        Actor acting = actor;
        message.info(action.label() + "…");
        Background.run(action.label(), tree, () -> action.run(acting, outcome.properties(), secrets, input), result -> {
            if (result.succeeded()) {
                message.info(result.message());
            } else {
                message.error(result.message());
            }
        }, e -> message.error(action.label() + " failed: " + e.getMessage()));
    }

    private record PendingSecret(AttributeField field, char[] value) {
    }

    private void updateButtons() {
        boolean change = mayChange();
        add.setEnabled(change && editing != null && editing.component().factory());
        remove.setEnabled(change && editing != null && editing.component().factory() && editing.pid() != null);
        save.setEnabled(change && form != null);
    }

    private void relayout() {
        Composite content = (Composite) scroll.getContent();
        content.layout(true, true);
        scroll.setMinSize(content.computeSize(SWT.DEFAULT, SWT.DEFAULT));
    }
}

package org.gatepass.ui.operators;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.gatepass.core.security.Actor;
import org.gatepass.core.security.InvalidOperatorException;
import org.gatepass.core.security.Operator;
import org.gatepass.core.security.OperatorService;
import org.gatepass.core.security.Role;
import org.gatepass.ui.internal.Background;
import org.gatepass.ui.internal.MessageLine;
import org.gatepass.ui.internal.Tables;
import org.gatepass.ui.internal.TestIds;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Administration: who may log in and as what. Add an operator (who chooses their own password at the first
 * log-in), change a role, disable or enable, and reset a forgotten password (which also lifts a lock-out).
 */
public final class OperatorsPart {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
    private static final List<Role> ROLES = List.of(Role.SECURITY, Role.RECEPTION, Role.ADMIN);

    private final OperatorService operators;
    @Inject
    private Actor actor;
    private TableViewer table;
    private Combo role;
    private Button enable;
    private Text temporaryPassword;
    private Text newUsername;
    private Text newFullName;
    private Combo newRole;
    private Text newPassword;
    private MessageLine message;

    @Inject
    public OperatorsPart(OperatorService operators) {
        this.operators = operators;
    }

    @PostConstruct
    void create(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
        table = Tables.create(parent, "operators.table");
        Tables.column(table, Operator.class, "User name", 120, Operator::username);
        Tables.column(table, Operator.class, "Full name", 180, Operator::displayName);
        Tables.column(table, Operator.class, "Role", 90, o -> o.role().label());
        Tables.column(table, Operator.class, "Enabled", 70, o -> o.enabled() ? "yes" : "no");
        Tables.column(table, Operator.class, "Locked until", 140, o -> o.lockedAt(Instant.now()) ? TIME.format(o.lockedUntil()) : "");
        Tables.column(table, Operator.class, "Last log-in", 140, o -> o.lastLoginAt() == null ? "never" : TIME.format(o.lastLoginAt()));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
        table.addSelectionChangedListener(e -> showSelected());

        Group selected = new Group(parent, SWT.NONE);
        selected.setText("Selected operator");
        GridLayoutFactory.swtDefaults().numColumns(6).applyTo(selected);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(selected);
        role = roleCombo(selected, "operators.role");
        button(selected, "operators.changeRole", "Change role", this::changeRole);
        enable = button(selected, "operators.enable", "Disable", this::toggleEnabled);
        temporaryPassword = TestIds.name(new Text(selected, SWT.BORDER | SWT.PASSWORD), "operators.temporaryPassword");
        temporaryPassword.setMessage("temporary password");
        GridDataFactory.fillDefaults().hint(160, SWT.DEFAULT).applyTo(temporaryPassword);
        button(selected, "operators.resetPassword", "Reset password", this::resetPassword);

        Group added = new Group(parent, SWT.NONE);
        added.setText("New operator (chooses a password at the first log-in)");
        GridLayoutFactory.swtDefaults().numColumns(9).applyTo(added);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(added);
        newUsername = labelled(added, "User name", "operators.newUsername", SWT.NONE);
        newFullName = labelled(added, "Full name", "operators.newFullName", SWT.NONE);
        new Label(added, SWT.NONE).setText("Role");
        newRole = roleCombo(added, "operators.newRole");
        newPassword = labelled(added, "Password", "operators.newPassword", SWT.PASSWORD);
        button(added, "operators.add", "Add", this::add);

        message = new MessageLine(parent, "operators.message");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(message.control());
        showSelected();
        load(null);
    }

    @Focus
    void focus() {
        table.getControl().setFocus();
    }

    private static Combo roleCombo(Composite parent, String id) {
        Combo combo = TestIds.name(new Combo(parent, SWT.READ_ONLY), id);
        ROLES.forEach(r -> combo.add(r.label()));
        combo.select(0);
        return combo;
    }

    private static Text labelled(Composite parent, String label, String id, int style) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = TestIds.name(new Text(parent, SWT.BORDER | style), id);
        GridDataFactory.fillDefaults().grab(true, false).hint(110, SWT.DEFAULT).applyTo(text);
        return text;
    }

    private static Button button(Composite parent, String id, String label, Runnable action) {
        Button button = TestIds.name(new Button(parent, SWT.PUSH), id);
        button.setText(label);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    private Operator selected() {
        return table.getStructuredSelection().getFirstElement() instanceof Operator o ? o : null;
    }

    private void showSelected() {
        Operator operator = selected();
        for (var control : role.getParent().getChildren()) {
            control.setEnabled(operator != null);
        }
        if (operator != null) {
            role.select(ROLES.indexOf(operator.role()));
            enable.setText(operator.enabled() ? "Disable" : "Enable");
            enable.getParent().layout();
        }
    }

    private void changeRole() {
        Operator operator = selected();
        Actor acting = actor;
        Role chosen = ROLES.get(role.getSelectionIndex());
        run("Changing the role", () -> operators.changeRole(acting, operator.id(), chosen),
                changed -> message.info(changed.username() + " is now " + changed.role().label() + "."));
    }

    private void toggleEnabled() {
        Operator operator = selected();
        Actor acting = actor;
        run(operator.enabled() ? "Disabling" : "Enabling", () -> operators.setEnabled(acting, operator.id(), !operator.enabled()),
                changed -> message.info(changed.username() + (changed.enabled() ? " may log in again." : " can no longer log in.")));
    }

    private void resetPassword() {
        Operator operator = selected();
        Actor acting = actor;
        char[] temporary = temporaryPassword.getText().toCharArray();
        run("Resetting the password", () -> operators.resetPassword(acting, operator.id(), temporary), changed -> {
            temporaryPassword.setText("");
            message.info("The password of " + changed.username() + " is reset; they choose a new one at the next log-in.");
        });
    }

    private void add() {
        String username = newUsername.getText();
        String fullName = newFullName.getText();
        Role chosen = ROLES.get(newRole.getSelectionIndex());
        char[] password = newPassword.getText().toCharArray();
        Actor acting = actor;
        run("Adding the operator", () -> operators.add(acting, username, fullName, chosen, password), created -> {
            Arrays.asList(newUsername, newFullName, newPassword).forEach(t -> t.setText(""));
            message.info("Added " + created.username() + " (" + created.role().label() + "); they choose a password at the first log-in.");
        });
    }

    private void run(String what, Supplier<Operator> work, Consumer<Operator> done) {
        message.info(what + "…");
        Background.run(what, table.getControl(), work, operator -> {
            done.accept(operator);
            load(operator.id());
        }, this::showFailure);
    }

    private void load(Long selectId) {
        Actor acting = actor;
        Background.run("Loading operators", table.getControl(), () -> operators.list(acting), list -> {
            table.setInput(list);
            list.stream().filter(o -> selectId != null && o.id() == selectId).findFirst()
                    .ifPresent(o -> table.setSelection(new StructuredSelection(o), true));
            showSelected();
        }, this::showFailure);
    }

    private void showFailure(RuntimeException e) {
        message.error(e instanceof InvalidOperatorException invalid ? String.join("\n", invalid.problems()) : e.getMessage());
    }
}

package org.gatepass.settings.ui.internal;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.gatepass.ui.internal.TestIds;
import org.osgi.service.metatype.AttributeDefinition;

/**
 * One attribute of a component's settings as a form row, with the widget its definition asks for: a check box for a
 * boolean, a list for options, a hidden text for a password, a text (comma-separated when it holds several values)
 * otherwise. Reading it back gives the value typed as the definition says, or what is wrong with it.
 * <p>
 * Secrets never become settings: a PASSWORD attribute, and the secret named by a {@code password.key} or
 * {@code secret.key} attribute, are typed here and go to the secret store under {@link #secretKey}.
 */
final class AttributeField {
    /** Attributes that name an entry of the secret store rather than hold a value. */
    private static final Pattern SECRET_REFERENCE = Pattern.compile(".*(password|secret)[._]key$");

    private final AttributeDefinition definition;
    private final boolean required;
    private final Control input;
    private final Text secret;

    AttributeField(Composite form, AttributeDefinition definition, boolean required) {
        this.definition = definition;
        this.required = required;
        Label label = new Label(form, SWT.NONE);
        label.setText(definition.getName() + (required ? " *" : ""));
        label.setToolTipText(definition.getDescription());
        input = createInput(form);
        input.setToolTipText(definition.getDescription());
        GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(input);
        if (isSecretReference()) {
            new Label(form, SWT.NONE).setText(definition.getName().replaceFirst("(?i)\\s*key$", "") + " (secret)");
            secret = TestIds.name(new Text(form, SWT.BORDER | SWT.SINGLE | SWT.PASSWORD), "settings.secret." + definition.getID());
            secret.setMessage("type to store or replace; never shown again");
            GridDataFactory.fillDefaults().grab(true, false).applyTo(secret);
        } else {
            secret = null;
        }
    }

    private Control createInput(Composite form) {
        String id = "settings.field." + definition.getID();
        String[] options = definition.getOptionLabels();
        if (definition.getType() == AttributeDefinition.BOOLEAN && definition.getCardinality() == 0) {
            return TestIds.name(new Button(form, SWT.CHECK), id);
        }
        if (options != null && options.length > 0 && definition.getCardinality() == 0) {
            Combo combo = TestIds.name(new Combo(form, SWT.READ_ONLY | SWT.DROP_DOWN), id);
            combo.setItems(options);
            return combo;
        }
        Text text = TestIds.name(new Text(form, SWT.BORDER | SWT.SINGLE | (isPassword() ? SWT.PASSWORD : 0)), id);
        if (isPassword()) {
            text.setMessage("type to store or replace; never shown again");
        } else if (definition.getCardinality() != 0) {
            text.setMessage("several values, separated by commas");
        }
        return text;
    }

    String id() {
        return definition.getID();
    }

    boolean isPassword() {
        return definition.getType() == AttributeDefinition.PASSWORD;
    }

    private boolean isSecretReference() {
        return definition.getType() == AttributeDefinition.STRING && SECRET_REFERENCE.matcher(definition.getID().toLowerCase(Locale.ROOT)).matches();
    }

    /**
     * The key of this field's secret in the secret store: the one the settings name, else {@code <pid>.<attribute>}
     * (the attribute without its {@code .key} suffix), the same for every component.
     */
    String secretKey(String pid, Object storedKey) {
        if (storedKey != null && !storedKey.toString().isBlank()) {
            return storedKey.toString().strip();
        }
        return pid + "." + definition.getID().replaceFirst("[._]key$", "");
    }

    /** The secret typed, empty when none was (the stored one is kept). */
    char[] typedSecret() {
        Text field = isPassword() ? (Text) input : secret;
        return field == null ? new char[0] : field.getText().toCharArray();
    }

    boolean holdsSecret() {
        return isPassword() || secret != null;
    }

    void clearSecret() {
        if (isPassword()) {
            ((Text) input).setText("");
        } else if (secret != null) {
            secret.setText("");
        }
    }

    void setEditable(boolean editable) {
        input.setEnabled(editable);
        if (secret != null) {
            secret.setEnabled(editable);
        }
    }

    /** Shows a stored value; none shows the default. */
    void show(Object stored) {
        Object value = stored != null ? stored : defaultValue();
        switch (input) {
            case Button check -> check.setSelection(value != null && Boolean.parseBoolean(value.toString()));
            case Combo combo -> combo.select(value == null ? -1 : Arrays.asList(definition.getOptionValues()).indexOf(value.toString()));
            case Text text -> text.setText(isPassword() || value == null ? "" : text(value));
            default -> throw new IllegalStateException("Unexpected input " + input);
        }
    }

    private Object defaultValue() {
        String[] defaults = definition.getDefaultValue();
        return defaults == null || defaults.length == 0 ? null : String.join(", ", defaults);
    }

    private static String text(Object value) {
        if (value.getClass().isArray()) {
            List<String> items = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                items.add(String.valueOf(Array.get(value, i)));
            }
            return String.join(", ", items);
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return value.toString();
    }

    /** What the operator entered, typed; {@code value} null means "not set" (the component's default applies). */
    record Reading(Object value, String problem) {
        static Reading of(Object value) {
            return new Reading(value, null);
        }

        static Reading problem(String problem) {
            return new Reading(null, problem);
        }
    }

    Reading read() {
        if (isPassword()) {
            return Reading.of(null);
        }
        return switch (input) {
            case Button check -> Reading.of(check.getSelection());
            case Combo combo -> combo.getSelectionIndex() < 0 ? missingOr(null)
                    : parse(definition.getOptionValues()[combo.getSelectionIndex()]);
            case Text text -> parse(text.getText().strip());
            default -> throw new IllegalStateException("Unexpected input " + input);
        };
    }

    private Reading missingOr(Object value) {
        return required ? Reading.problem(definition.getName() + " is required.") : Reading.of(value);
    }

    private Reading parse(String text) {
        if (text.isEmpty()) {
            return missingOr(null);
        }
        List<String> items = definition.getCardinality() == 0 ? List.of(text)
                : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        int most = Math.abs(definition.getCardinality());
        if (definition.getCardinality() != 0 && most != Integer.MAX_VALUE && items.size() > most) {
            return Reading.problem(definition.getName() + ": at most " + most + " values, not " + items.size() + ".");
        }
        List<Object> values = new ArrayList<>(items.size());
        for (String item : items) {
            Object value;
            try {
                value = typed(item);
            } catch (IllegalArgumentException e) {
                return Reading.problem(definition.getName() + ": '" + item + "' is not " + typeName() + ".");
            }
            String invalid = definition.validate(item);
            if (invalid != null && !invalid.isEmpty()) {
                return Reading.problem(definition.getName() + ": '" + item + "' is refused (" + invalid + ").");
            }
            values.add(value);
        }
        if (definition.getCardinality() == 0) {
            return Reading.of(values.get(0));
        }
        if (definition.getCardinality() < 0) {
            return Reading.of(values);
        }
        Object array = Array.newInstance(values.get(0).getClass(), values.size());
        for (int i = 0; i < values.size(); i++) {
            Array.set(array, i, values.get(i));
        }
        return Reading.of(array);
    }

    private Object typed(String item) {
        return switch (definition.getType()) {
            case AttributeDefinition.INTEGER -> Integer.valueOf(item);
            case AttributeDefinition.LONG -> Long.valueOf(item);
            case AttributeDefinition.SHORT -> Short.valueOf(item);
            case AttributeDefinition.BYTE -> Byte.valueOf(item);
            case AttributeDefinition.DOUBLE -> Double.valueOf(item);
            case AttributeDefinition.FLOAT -> Float.valueOf(item);
            case AttributeDefinition.BOOLEAN -> booleanOf(item);
            case AttributeDefinition.CHARACTER -> {
                if (item.length() != 1) {
                    throw new IllegalArgumentException(item);
                }
                yield item.charAt(0);
            }
            default -> item;
        };
    }

    private static Boolean booleanOf(String item) {
        if (!item.equalsIgnoreCase("true") && !item.equalsIgnoreCase("false")) {
            throw new IllegalArgumentException(item);
        }
        return Boolean.valueOf(item);
    }

    private String typeName() {
        return switch (definition.getType()) {
            case AttributeDefinition.INTEGER, AttributeDefinition.LONG, AttributeDefinition.SHORT, AttributeDefinition.BYTE -> "a whole number";
            case AttributeDefinition.DOUBLE, AttributeDefinition.FLOAT -> "a number";
            case AttributeDefinition.BOOLEAN -> "true or false";
            case AttributeDefinition.CHARACTER -> "one character";
            default -> "text";
        };
    }
}

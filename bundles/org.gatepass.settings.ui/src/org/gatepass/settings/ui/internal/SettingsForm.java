package org.gatepass.settings.ui.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.ObjectClassDefinition;

/**
 * The form of one component's settings, generated from its metatype: a row per attribute. Reading it gives the
 * properties to store, or every problem found, so the operator sees them all before anything is saved.
 */
final class SettingsForm {
    private final Composite composite;
    private final List<AttributeField> fields = new ArrayList<>();
    private Map<String, Object> stored = Map.of();

    SettingsForm(Composite parent, ObjectClassDefinition definition) {
        composite = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 4).applyTo(composite);
        if (definition.getDescription() != null && !definition.getDescription().isBlank()) {
            Label about = new Label(composite, SWT.WRAP);
            about.setText(definition.getDescription());
            GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(480, SWT.DEFAULT).applyTo(about);
        }
        Set<String> required = ids(definition.getAttributeDefinitions(ObjectClassDefinition.REQUIRED));
        AttributeDefinition[] all = definition.getAttributeDefinitions(ObjectClassDefinition.ALL);
        for (AttributeDefinition attribute : all == null ? new AttributeDefinition[0] : all) {
            fields.add(new AttributeField(composite, attribute, required.contains(attribute.getID())));
        }
    }

    private static Set<String> ids(AttributeDefinition[] definitions) {
        return definitions == null ? Set.of() : Arrays.stream(definitions).map(AttributeDefinition::getID).collect(Collectors.toSet());
    }

    Composite control() {
        return composite;
    }

    /** Shows stored settings; properties the metatype does not describe (a camera's gate.mode…) are kept as they are. */
    void show(Map<String, Object> properties) {
        stored = Map.copyOf(properties);
        fields.forEach(field -> field.show(properties.get(field.id())));
    }

    Map<String, Object> stored() {
        return stored;
    }

    void setEditable(boolean editable) {
        fields.forEach(field -> field.setEditable(editable));
    }

    List<AttributeField> secretFields() {
        return fields.stream().filter(AttributeField::holdsSecret).toList();
    }

    record Outcome(Map<String, Object> properties, List<String> problems) {
    }

    Outcome read() {
        Map<String, Object> properties = new TreeMap<>(stored);
        List<String> problems = new ArrayList<>();
        for (AttributeField field : fields) {
            AttributeField.Reading reading = field.read();
            if (reading.problem() != null) {
                problems.add(reading.problem());
            } else if (reading.value() == null) {
                properties.remove(field.id());
            } else {
                properties.put(field.id(), reading.value());
            }
        }
        return new Outcome(properties, problems);
    }
}

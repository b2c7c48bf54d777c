package org.gatepass.settings.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;

/**
 * Every configurable component the installed bundles describe with metatype, plug-ins' included, by name. The
 * runtime's own bundles (Felix, Eclipse) are left out: their settings are the product's, not a site's.
 */
final class MetatypeCatalog {
    private static final List<String> RUNTIME = List.of("org.apache.felix.", "org.eclipse.");
    private MetatypeCatalog() {
    }

    static List<ConfigurableComponent> read(BundleContext context, MetaTypeService metatype) {
        List<ConfigurableComponent> found = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            String name = bundle.getSymbolicName();
            if (name == null || RUNTIME.stream().anyMatch(name::startsWith)) {
                continue;
            }
            MetaTypeInformation information = metatype.getMetaTypeInformation(bundle);
            if (information != null) {
                add(found, information, information.getPids(), false);
                add(found, information, information.getFactoryPids(), true);
            }
        }
        found.sort(Comparator.comparing(ConfigurableComponent::name, String.CASE_INSENSITIVE_ORDER).thenComparing(ConfigurableComponent::pid));
        return found;
    }

    private static void add(List<ConfigurableComponent> found, MetaTypeInformation information, String[] pids, boolean factory) {
        if (pids == null) {
            return;
        }
        for (String pid : pids) {
            ObjectClassDefinition definition = information.getObjectClassDefinition(pid, null);
            if (definition != null) {
                found.add(new ConfigurableComponent(pid, factory, definition));
            }
        }
    }
}

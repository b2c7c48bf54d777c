package org.gatepass.gate.internal.extensions;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What changed between the bundles a station knew and the bundles it has now, as "name version" entries: an
 * upgrade shows as the old version removed and the new one installed.
 */
record InstalledExtensions(Set<String> installed, Set<String> removed) {

    static InstalledExtensions between(Set<String> known, Set<String> now) {
        Set<String> installed = new TreeSet<>(now);
        installed.removeAll(known);
        Set<String> removed = new TreeSet<>(known);
        removed.removeAll(now);
        return new InstalledExtensions(installed, removed);
    }

    boolean isEmpty() {
        return installed.isEmpty() && removed.isEmpty();
    }

    static List<String> sorted(Set<String> entries) {
        return List.copyOf(new TreeSet<>(entries));
    }
}

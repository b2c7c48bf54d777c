package org.gatepass.gate.internal.extensions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

class InstalledExtensionsTest {

    @Test
    void anUpgradeIsTheOldVersionRemovedAndTheNewOneInstalled() {
        InstalledExtensions changes = InstalledExtensions.between(
                Set.of("org.gatepass.core 0.1.0", "org.gatepass.notify.webhook 0.1.0", "org.acme.door 1.0.0"),
                Set.of("org.gatepass.core 0.1.0", "org.gatepass.notify.webhook 0.2.0", "org.acme.sms 2.1.0"));
        assertEquals(Set.of("org.gatepass.notify.webhook 0.2.0", "org.acme.sms 2.1.0"), changes.installed());
        assertEquals(Set.of("org.gatepass.notify.webhook 0.1.0", "org.acme.door 1.0.0"), changes.removed());
    }

    @Test
    void theSameBundlesAreNoChange() {
        assertTrue(InstalledExtensions.between(Set.of("a 1.0.0"), Set.of("a 1.0.0")).isEmpty());
    }
}

package org.gatepass.gate.internal.extensions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.gatepass.core.audit.AuditEntry;
import org.gatepass.core.audit.AuditQuery;
import org.gatepass.persistence.testing.StationStorage;
import org.gatepass.persistence.testing.TestSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Extensions installed or removed between two starts reach the audit trail, on a real embedded database. */
class ExtensionAuditTest {

    @Test
    void theFirstStartTakesNoteAndLaterStartsRecordWhatChanged(@TempDir Path data) {
        Path known = data.resolve(ExtensionAudit.FILE);
        try (StationStorage storage = StationStorage.open(TestSchemas.h2Url(data.resolve("db")), "")) {
            ExtensionAudit.record(Set.of("org.gatepass.core 0.1.0", "org.gatepass.gate 0.1.0"), known, storage.audit(), storage.transactions());
            assertEquals(0, storage.audit().count(AuditQuery.newest(10)), "the first start records nothing");
            assertTrue(Files.exists(known));

            ExtensionAudit.record(Set.of("org.gatepass.core 0.1.0", "org.gatepass.gate 0.1.0", "org.gatepass.notify.webhook 0.1.0"), known,
                    storage.audit(), storage.transactions());
            ExtensionAudit.record(Set.of("org.gatepass.core 0.1.0", "org.gatepass.gate 0.1.0"), known, storage.audit(), storage.transactions());

            List<AuditEntry> rows = storage.audit().find(AuditQuery.newest(10));
            assertEquals(List.of("extension.remove", "extension.install"), rows.stream().map(AuditEntry::action).toList());
            assertEquals("bundle org.gatepass.notify.webhook 0.1.0", rows.get(1).subject());
            assertEquals("extensions", rows.get(1).operator());
            assertTrue(storage.audit().verify().isIntact());
        }
    }
}

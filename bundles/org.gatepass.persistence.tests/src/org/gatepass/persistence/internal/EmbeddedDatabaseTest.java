package org.gatepass.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.gatepass.core.person.Person;
import org.gatepass.core.person.PersonCategory;
import org.junit.jupiter.api.Test;

/** The zero-setup default across restarts: created on first start, reopened with its data afterwards. */
class EmbeddedDatabaseTest {

    @Test
    void secondStartReopensTheSameDatabaseWithoutReapplyingMigrations() throws Exception {
        Path dir = Files.createTempDirectory("gatepass-restart-");
        DatabaseSettings settings = new DatabaseSettings(DatabaseSettings.embeddedUrl(dir), "", "");
        Person stored;
        try (Database first = new Database(settings)) {
            stored = new MyBatisPersonRepository(first).insert(Person.newPerson("Katherine Johnson", PersonCategory.EMPLOYEE));
        }
        assertTrue(Files.isRegularFile(dir.resolve("db").resolve("gatepass.mv.db")));
        try (Database second = new Database(settings)) {
            assertEquals(stored, new MyBatisPersonRepository(second).findById(stored.id()).orElseThrow());
            int applied = second.read(session -> {
                try (var s = session.getConnection().createStatement();
                        var rs = s.executeQuery("SELECT COUNT(*) FROM databasechangelog")) {
                    rs.next();
                    return rs.getInt(1);
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertEquals(4, applied);
        }
    }
}

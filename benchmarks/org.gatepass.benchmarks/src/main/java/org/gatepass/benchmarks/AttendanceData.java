package org.gatepass.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.gatepass.core.event.Decision;
import org.gatepass.core.event.Direction;
import org.gatepass.core.person.PersonCategory;
import org.gatepass.core.person.PersonStatus;
import org.gatepass.persistence.internal.Database;
import org.gatepass.persistence.internal.UtcInstantTypeHandler;

/**
 * A site's attendance log: 2,000 people of mixed categories going IN and OUT in turn past six cameras over
 * 100 days, with a few unknown faces and blocked people, 100,000 events in all. Written with JDBC batches
 * because recording them one transaction at a time would take most of the time budget of a trial;
 * the same fixed random seed gives every trial and database the same data.
 */
final class AttendanceData {
    static final int PERSONS = 2_000;
    static final int EVENTS = 100_000;
    static final Instant START = Instant.parse("2026-08-01T06:00:00Z");
    static final Duration SPAN = Duration.ofDays(100);
    static final List<String> CAMERAS = List.of("main-gate-in", "main-gate-out", "north-gate", "staff-entrance", "car-park",
            "library");
    private static final List<String> FIRST_NAMES = List.of("Aarav", "Abigail", "Ahmed", "Aisha", "Alejandro", "Amara",
            "Anna", "Arjun", "Beatriz", "Carlos", "Chen", "Chloe", "Daniel", "Diego", "Elena", "Emma", "Fatima", "Felix",
            "Grace", "Hannah", "Hiroshi", "Ibrahim", "Isabella", "Ivan", "James", "Jin", "Kwame", "Laura", "Leila", "Lucas",
            "Maria", "Mark", "Martin", "Mei", "Mohammed", "Nadia", "Noah", "Olga", "Omar", "Priya", "Rahul", "Rosa", "Samuel",
            "Sofia", "Tariq", "Thomas", "Valentina", "Wei", "Yusuf", "Zara");
    private static final List<String> LAST_NAMES = List.of("Adeyemi", "Ali", "Andersen", "Bauer", "Brown", "Chowdhury",
            "Costa", "Dubois", "Fernandez", "Fischer", "Garcia", "Gonzalez", "Gupta", "Hansen", "Hernandez", "Ivanova",
            "Jensen", "Johnson", "Kim", "Kowalski", "Kumar", "Lee", "Lopez", "Marshall", "Martinez", "Mensah", "Moreau",
            "Müller", "Nakamura", "Nguyen", "Novak", "Okafor", "Olsen", "Patel", "Petrov", "Popescu", "Rossi", "Santos",
            "Schmidt", "Silva", "Singh", "Smith", "Suzuki", "Tanaka", "Taylor", "Wang", "Williams", "Wilson", "Yilmaz",
            "Zhang");

    private AttendanceData() {
    }

    /** Fills the empty log and refreshes the optimizer's statistics; returns the persons' ids. */
    static List<Long> seed(Database database) {
        Random random = new Random(20_260_801);
        List<Long> personIds = database.write(session -> {
            try {
                Connection connection = session.getConnection();
                List<Long> ids = insertPersons(connection, random);
                insertEvents(connection, ids, random);
                insertPresence(connection);
                return ids;
            } catch (SQLException e) {
                throw new IllegalStateException("Seeding failed: " + e.getMessage(), e);
            }
        });
        // A long-running database has statistics about its tables; a freshly filled one may not yet.
        execute(database, database.settings().isEmbedded() ? "ANALYZE" : "ANALYZE TABLE person, gate_event, presence");
        return personIds;
    }

    private static void execute(Database database, String sql) {
        database.write(session -> {
            try (Statement statement = session.getConnection().createStatement()) {
                return statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException(sql + " failed: " + e.getMessage(), e);
            }
        });
    }

    private static List<Long> insertPersons(Connection connection, Random random) throws SQLException {
        List<String> names = new ArrayList<>();
        for (String first : FIRST_NAMES) {
            for (String last : LAST_NAMES) {
                names.add(first + " " + last);
            }
        }
        Collections.shuffle(names, random);
        UtcInstantTypeHandler instants = new UtcInstantTypeHandler();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO person (external_id, name, email, mobile, "
                + "category, status, guardian_email, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < PERSONS; i++) {
                String name = names.get(i);
                PersonCategory category = category(random);
                insert.setString(1, category.name().charAt(0) + "-" + (10_000 + i));
                insert.setString(2, name);
                insert.setString(3, name.toLowerCase(Locale.ROOT).replace(' ', '.') + i + "@example.org");
                insert.setString(4, String.format("+1 555 %03d %04d", random.nextInt(1000), random.nextInt(10_000)));
                insert.setString(5, category.name());
                insert.setString(6, PersonStatus.ACTIVE.name());
                insert.setString(7, category == PersonCategory.STUDENT ? "guardian" + i + "@example.org" : null);
                instants.setNonNullParameter(insert, 8, START, null);
                instants.setNonNullParameter(insert, 9, START, null);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        List<Long> ids = new ArrayList<>();
        try (Statement select = connection.createStatement(); ResultSet rs = select.executeQuery("SELECT id FROM person ORDER BY id")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    /** Mostly students and staff, as at a school or college gate. */
    private static PersonCategory category(Random random) {
        int roll = random.nextInt(100);
        if (roll < 55) {
            return PersonCategory.STUDENT;
        }
        if (roll < 85) {
            return PersonCategory.EMPLOYEE;
        }
        return roll < 95 ? PersonCategory.CONTRACTOR : PersonCategory.VISITOR;
    }

    private static void insertEvents(Connection connection, List<Long> personIds, Random random) throws SQLException {
        boolean[] inside = new boolean[personIds.size()];
        long stepMillis = SPAN.toMillis() / EVENTS;
        UtcInstantTypeHandler instants = new UtcInstantTypeHandler();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO gate_event "
                + "(person_id, camera_id, direction, decision, score, occurred_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < EVENTS; i++) {
                int person = random.nextInt(personIds.size());
                int roll = random.nextInt(1000);
                insert.setString(2, CAMERAS.get(random.nextInt(CAMERAS.size())));
                if (roll < 20) {
                    insert.setNull(1, Types.BIGINT);
                    insert.setNull(3, Types.VARCHAR);
                    insert.setString(4, Decision.UNKNOWN_FACE.name());
                    insert.setDouble(5, 0.2 + random.nextDouble() * 0.4);
                } else if (roll < 25) {
                    insert.setLong(1, personIds.get(person));
                    insert.setNull(3, Types.VARCHAR);
                    insert.setString(4, Decision.BLOCKED_PERSON.name());
                    insert.setDouble(5, 0.8 + random.nextDouble() * 0.2);
                } else {
                    insert.setLong(1, personIds.get(person));
                    insert.setString(3, (inside[person] ? Direction.OUT : Direction.IN).name());
                    insert.setString(4, Decision.ADMITTED.name());
                    insert.setDouble(5, 0.8 + random.nextDouble() * 0.2);
                    inside[person] = !inside[person];
                }
                // Evenly spread, in id order as a live gate writes them, each within its own time slot.
                instants.setNonNullParameter(insert, 6, START.plusMillis(i * stepMillis + random.nextLong(stepMillis)), null);
                insert.addBatch();
                if (i % 5_000 == 4_999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /** Where everyone is after the last event, as {@code record} would have left it. */
    private static void insertPresence(Connection connection) throws SQLException {
        try (Statement insert = connection.createStatement()) {
            insert.executeUpdate("INSERT INTO presence (person_id, direction, last_event_id, changed_at) "
                    + "SELECT e.person_id, e.direction, e.id, e.occurred_at FROM gate_event e JOIN (SELECT MAX(id) AS id "
                    + "FROM gate_event WHERE person_id IS NOT NULL AND direction IS NOT NULL GROUP BY person_id) last ON last.id = e.id");
        }
    }
}

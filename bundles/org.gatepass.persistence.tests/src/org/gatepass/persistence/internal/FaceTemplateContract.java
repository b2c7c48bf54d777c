package org.gatepass.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import javax.crypto.spec.SecretKeySpec;

import org.gatepass.camera.testing.Fuzzing;
import org.gatepass.core.biometric.FaceTemplate;
import org.gatepass.core.biometric.StoredTemplates;
import org.gatepass.core.person.Person;
import org.gatepass.core.person.PersonCategory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Face templates on every supported database: sealed at rest, tied to their person and model, erasable. */
abstract class FaceTemplateContract {
    private static final Instant T0 = Instant.parse("2026-11-24T08:00:00Z");
    private static final String MODEL = "fr-feature";

    abstract Database database();

    private MyBatisFaceTemplateRepository templates;
    private Person ada;
    private Person bob;

    static TemplateCipher randomKeyCipher() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new TemplateCipher(new SecretKeySpec(key, "AES"));
    }

    @BeforeEach
    void setUp() {
        TestDatabases.emptyTables(database());
        MyBatisPersonRepository persons = new MyBatisPersonRepository(database());
        ada = persons.insert(Person.newPerson("Ada Lovelace", PersonCategory.EMPLOYEE));
        bob = persons.insert(Person.newPerson("Bob Moog", PersonCategory.VISITOR));
        templates = new MyBatisFaceTemplateRepository(database(), randomKeyCipher());
    }

    private static float[] vector(float seed) {
        float[] v = new float[512];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) Math.sin(seed + i);
        }
        return v;
    }

    @Test
    void templatesReadBackExactlyPerModel() {
        FaceTemplate stored = templates.add(new FaceTemplate(null, ada.id(), MODEL, vector(1), T0));
        templates.add(new FaceTemplate(null, bob.id(), MODEL, vector(2), T0));
        templates.add(new FaceTemplate(null, bob.id(), "sface", new float[] { 0.6f, 0.8f }, T0));

        StoredTemplates read = templates.forModel(MODEL);
        assertEquals(List.of(), read.unreadableIds());
        assertEquals(2, read.templates().size());
        FaceTemplate first = read.templates().get(0);
        assertEquals(stored.id(), first.id());
        assertEquals(ada.id(), first.personId());
        assertArrayEquals(vector(1), first.vector());
        assertEquals(T0, first.createdAt());
        // Ada has only MODEL templates: she must be enrolled again for sface; Bob has both.
        assertEquals(1, templates.countPersonsWithoutTemplatesOf("sface"));
        assertEquals(0, templates.countPersonsWithoutTemplatesOf(MODEL));
        assertEquals(2, templates.countPersonsWithoutTemplatesOf("another-model"));
    }

    @Test
    void vectorsAreNotStoredInTheClear() {
        float[] v = vector(3);
        templates.add(new FaceTemplate(null, ada.id(), MODEL, v, T0));
        byte[] stored = database().read(session -> session.getMapper(FaceTemplateMapper.class).forModel(MODEL)).get(0).vectorSealed();
        byte[] clearPrefix = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putFloat(v[0]).putFloat(v[1]).array();
        assertFalse(new String(stored, StandardCharsets.ISO_8859_1)
                .contains(new String(clearPrefix, StandardCharsets.ISO_8859_1)));
        assertEquals(12 + 512 * 4 + 16, stored.length);
    }

    @Test
    void aTemplateMovedToAnotherPersonOrReadWithAnotherKeyIsReportedNotUsed() {
        FaceTemplate adas = templates.add(new FaceTemplate(null, ada.id(), MODEL, vector(1), T0));
        FaceTemplate bobs = templates.add(new FaceTemplate(null, bob.id(), MODEL, vector(2), T0));
        database().write(session -> {
            try (var s = session.getConnection().createStatement()) {
                s.executeUpdate("UPDATE face_template SET person_id = " + bob.id() + " WHERE id = " + adas.id());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        StoredTemplates read = templates.forModel(MODEL);
        assertEquals(List.of(adas.id()), read.unreadableIds());
        assertEquals(List.of(bobs.id()), read.templates().stream().map(FaceTemplate::id).toList());

        StoredTemplates otherKey = new MyBatisFaceTemplateRepository(database(), randomKeyCipher()).forModel(MODEL);
        assertEquals(List.of(), otherKey.templates());
        assertEquals(2, otherKey.unreadableIds().size());
    }

    /**
     * Fuzzing the sealed templates at rest: bytes flipped, cut off, appended or replaced by other rows' bytes in the
     * database. Each damaged template is reported unreadable and never used; the others read back exactly.
     */
    @Test
    void damagedSealedTemplatesAreReportedAndTheOthersReadBack() {
        java.util.Random random = Fuzzing.random();
        List<FaceTemplate> stored = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            stored.add(templates.add(new FaceTemplate(null, i % 2 == 0 ? ada.id() : bob.id(), MODEL, vector(i), T0)));
        }
        int rounds = Fuzzing.iterations(10);
        java.util.Set<Long> damaged = new java.util.TreeSet<>();
        for (int round = 0; round < rounds && damaged.size() < stored.size() - 1; round++) {
            FaceTemplate victim = stored.get(random.nextInt(stored.size()));
            byte[] sealed = sealedOf(victim.id());
            byte[] changed = switch (random.nextInt(4)) {
                case 0 -> {
                    byte[] flipped = sealed.clone();
                    flipped[random.nextInt(flipped.length)] ^= (byte) (1 << random.nextInt(8));
                    yield flipped;
                }
                case 1 -> java.util.Arrays.copyOf(sealed, random.nextInt(sealed.length));
                case 2 -> java.util.Arrays.copyOf(sealed, sealed.length + 1 + random.nextInt(16));
                default -> sealedOf(stored.get((stored.indexOf(victim) + 1) % stored.size()).id());
            };
            if (java.util.Arrays.equals(changed, sealed)) {
                continue;
            }
            seal(victim.id(), changed);
            damaged.add(victim.id());
            StoredTemplates read = templates.forModel(MODEL);
            assertEquals(damaged, new java.util.TreeSet<>(read.unreadableIds()), Fuzzing.at(round));
            for (FaceTemplate template : read.templates()) {
                FaceTemplate original = stored.stream().filter(t -> t.id().equals(template.id())).findFirst().orElseThrow();
                assertArrayEquals(original.vector(), template.vector(), Fuzzing.at(round));
            }
            assertEquals(stored.size() - damaged.size(), read.templates().size(), Fuzzing.at(round));
        }
        assertFalse(damaged.isEmpty());
    }

    private byte[] sealedOf(long templateId) {
        return database().read(session -> session.getMapper(FaceTemplateMapper.class).forModel(MODEL)).stream()
                .filter(row -> row.id() == templateId).findFirst().orElseThrow().vectorSealed();
    }

    private void seal(long templateId, byte[] sealed) {
        database().write(session -> {
            try (var s = session.getConnection().prepareStatement("UPDATE face_template SET vector_sealed = ? WHERE id = ?")) {
                s.setBytes(1, sealed);
                s.setLong(2, templateId);
                s.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
    }

    @Test
    void erasingAPersonRemovesAllTheirTemplatesOnly() {
        templates.add(new FaceTemplate(null, ada.id(), MODEL, vector(1), T0));
        templates.add(new FaceTemplate(null, ada.id(), MODEL, vector(4), T0));
        templates.add(new FaceTemplate(null, bob.id(), MODEL, vector(2), T0));
        assertEquals(2, templates.eraseForPerson(ada.id()));
        assertEquals(List.of(bob.id()), templates.forModel(MODEL).templates().stream().map(FaceTemplate::personId).toList());
        assertEquals(0, templates.eraseForPerson(ada.id()));
    }
}

package org.gatepass.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.gatepass.camera.testing.Fuzzing;
import org.gatepass.core.importing.ColumnMapping;
import org.gatepass.core.importing.ImportPreview;
import org.gatepass.core.importing.ImportResult;
import org.gatepass.core.importing.ImportTable;
import org.gatepass.core.importing.RowOutcome;
import org.gatepass.core.pass.PassCheck;
import org.gatepass.core.pass.PassToken;
import org.gatepass.core.pass.VisitorPass;
import org.gatepass.core.security.Actor;
import org.gatepass.persistence.testing.StationStorage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzing what reaches Gatepass as files and codes: CSV and Excel files (mutated bytes, random cells), import rows and
 * pass codes. Every input gets a result or a clear error (an {@link IOException} or {@link IllegalArgumentException}
 * with a sentence), never another exception; an import stores exactly the rows it accepted; no code but the genuine one
 * opens the pass. Short in every build, long with {@code -Dgatepass.fuzz.iterations=N} (see docs/reliability.md).
 */
class InputFuzzTest {
    /** Characters that break parsers: quotes, separators, line ends, formula starts, markup, control and non-Latin letters. */
    private static final String NASTY = "\"';,\t\r\n=+-@<>&%_!\\/ \u0000\u0007\u00a0\u200b\ufeffëßΩ中😀\ud800";

    private final List<String> refusals = new ArrayList<>();
    private StationStorage storage;
    private ServiceStation station;
    private Actor admin;

    @BeforeEach
    void open() {
        storage = FreshStations.h2("gatepass-fuzz-");
        station = new ServiceStation(storage);
        admin = station.operators.createFirstAdministrator("chief", "Chief", "correct horse battery".toCharArray(), "desk-1");
    }

    @AfterEach
    void close() {
        storage.close();
    }

    @Test
    void mutatedCsvAndExcelFilesAreReadOrRefusedWithAReason(@TempDir Path folder) throws Exception {
        byte[] csv = ("\uFEFFStaff ID;Full name;E-mail;Type\r\nT-1;Tessa Teacher;tessa@school.example;Employee\r\n"
                + ";\"Vik \"\"the\"\" Visitor\";vik@visit.example;Visitor\r\n1042;Noor Student;noor@school.example;Student\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] xlsx = Files.readAllBytes(TestWorkbooks.xlsx(folder.resolve("seed.xlsx"), List.of(List.of("ID", "Name", "E-mail", "Category"),
                List.of("T-1", "Tessa Teacher", "tessa@school.example", "Employee"), List.of(1042, "Noor Student", "", "Student")), true));
        Random random = Fuzzing.random();
        int iterations = Fuzzing.iterations(120);
        int read = 0;
        refusals.clear();
        for (int i = 0; i < iterations; i++) {
            boolean excel = i % 2 == 1;
            Path file = folder.resolve("fuzz-" + i + (excel ? ".xlsx" : ".csv"));
            Files.write(file, mutate(random, excel ? xlsx : csv));
            if (readAndPreview(file, Fuzzing.at(i))) {
                read++;
            }
        }
        for (int i = 0; i < iterations / 4; i++) {
            List<List<Object>> rows = new ArrayList<>();
            rows.add(List.of("ID", "Name", "E-mail", "Category"));
            for (int r = random.nextInt(6); r > 0; r--) {
                rows.add(List.of(nasty(random, 8), nasty(random, 12), nasty(random, 10), random.nextBoolean() ? "Visitor" : nasty(random, 6)));
            }
            if (readAndPreview(TestWorkbooks.xlsx(folder.resolve("cells-" + i + ".xlsx"), rows, random.nextBoolean()), Fuzzing.at(i) + " (cells)")) {
                read++;
            }
        }
        assertTrue(read > 0, "some inputs must survive mutation to reach the preview; refused as: " + refusals);
    }

    /** True when the file was read and previewed; false when it was refused with a reason. */
    private boolean readAndPreview(Path file, String where) {
        ImportTable table;
        try {
            table = station.sheets.read(file);
        } catch (IOException e) {
            assertTrue(e.getMessage() != null && e.getMessage().contains(file.getFileName().toString()), where + ": the error names the file: " + e);
            if (refusals.size() < 5) {
                refusals.add(e.getMessage());
            }
            return false;
        } catch (RuntimeException e) {
            throw new AssertionError(where + ": " + file.getFileName() + " gave " + e, e);
        }
        try {
            ImportPreview preview = station.imports.preview(admin, table, ColumnMapping.guess(table.headers()));
            for (RowOutcome row : preview.rows()) {
                assertTrue(row.action() != RowOutcome.Action.REJECTED || !row.problems().isEmpty(), where + ": a refused row says why");
            }
        } catch (IllegalArgumentException e) {
            assertFalse(e.getMessage() == null || e.getMessage().isBlank(), where + ": " + e);
        } catch (RuntimeException e) {
            throw new AssertionError(where + ": the preview of " + file.getFileName() + " gave " + e, e);
        }
        return true;
    }

    @Test
    void randomRowsArePreviewedAndExactlyTheAcceptedOnesStored() {
        List<String> headers = List.of("ID", "Name", "E-mail", "Category", "Status", "Mobile", "Guardian e-mail", "Valid from", "Valid until",
                "Purpose", "Gates");
        Random random = Fuzzing.random();
        int batches = Math.max(1, Fuzzing.iterations(200) / 20);
        int stored = station.persons.search(admin, "", 100_000).size();
        int accepted = 0;
        for (int b = 0; b < batches; b++) {
            List<ImportTable.Row> rows = new ArrayList<>();
            for (int r = 0; r < 20; r++) {
                List<String> cells = new ArrayList<>();
                cells.add(random.nextInt(5) == 0 ? "" : "Z" + b + "-" + r + maybe(random, "", nasty(random, 3)));
                cells.add(maybe(random, "Pat Person " + r, "", nasty(random, 20), "x".repeat(300), "=cmd()", "Zoë O'Brien \\ \"Q\""));
                cells.add(maybe(random, "p" + b + "x" + r + "@example.org", "", "not-an-address", nasty(random, 8), "a@b"));
                String category = maybe(random, "Visitor", "student", "EMPLOYEE", "Pilot", "", nasty(random, 4));
                cells.add(category);
                cells.add(maybe(random, "", "Active", "Blocked", "Gone", nasty(random, 3)));
                cells.add(maybe(random, "", "+44 20 7946 0000", "call me", "+" + nasty(random, 5)));
                cells.add(maybe(random, "", "parent@home.example", nasty(random, 6)));
                boolean pass = random.nextInt(3) == 0;
                cells.add(pass ? maybe(random, "2030-01-01 09:00", "2030-01-01", "46000", "yesterday", nasty(random, 5)) : "");
                cells.add(pass ? maybe(random, "2030-01-01 17:00", "2029-12-31 08:00", "46001.5", "", nasty(random, 5)) : "");
                cells.add(pass ? maybe(random, "Meeting", "", nasty(random, 10)) : "");
                cells.add(pass ? maybe(random, "", "main-door", "main-door, lab", nasty(random, 6)) : "");
                rows.add(new ImportTable.Row(r + 2, cells));
            }
            ImportTable table = new ImportTable("fuzz-" + b + ".csv", headers, rows);
            String where = Fuzzing.at(b);
            ImportPreview preview;
            ImportResult result;
            try {
                preview = station.imports.preview(admin, table, ColumnMapping.guess(headers));
                result = station.imports.apply(admin, preview);
            } catch (RuntimeException e) {
                throw new AssertionError(where + ": " + e, e);
            }
            long creates = preview.count(RowOutcome.Action.CREATE);
            assertEquals(creates, result.created(), where);
            assertEquals(preview.count(RowOutcome.Action.REJECTED), result.rejected(), where);
            for (RowOutcome row : preview.rows()) {
                if (row.action() == RowOutcome.Action.REJECTED) {
                    assertFalse(row.problems().isEmpty(), where + ": row " + row.row() + " is refused without a reason");
                    row.problems().forEach(p -> assertEquals(row.row(), p.row(), where));
                }
            }
            accepted += (int) creates;
            assertEquals(stored + accepted, station.persons.search(admin, "", 100_000).size(), where + ": exactly the accepted rows stored");
        }
        assertTrue(accepted > 0, "some random rows must be good enough to store");
    }

    @Test
    void noCodeButTheGenuineOneOpensThePass() {
        Instant now = Instant.parse("2026-12-04T10:00:00Z");
        byte[] key = new byte[PassToken.KEY_BYTES];
        Random random = Fuzzing.random();
        random.nextBytes(key);
        VisitorPass pass = new VisitorPass(4711L, 12, "Meeting", now.minusSeconds(3600), now.plusSeconds(7200), List.of(), now.minusSeconds(7200),
                "reception", null, null, null);
        String genuine = PassToken.sign(key, pass);
        PassCheck check = new PassCheck(ZoneOffset.UTC);
        int iterations = Fuzzing.iterations(3000);
        for (int i = 0; i < iterations; i++) {
            String code = switch (i % 3) {
                case 0 -> nasty(random, random.nextInt(80));
                case 1 -> PassToken.PREFIX + nasty(random, random.nextInt(60));
                default -> mutate(random, genuine);
            };
            PassCheck.Verdict verdict;
            try {
                verdict = check.check(key, code, id -> Optional.ofNullable(Map.of(pass.id(), pass).get(id)), "main-door", now);
            } catch (RuntimeException e) {
                throw new AssertionError(Fuzzing.at(i) + ": [" + code + "] gave " + e, e);
            }
            if (code.equals(genuine)) {
                assertTrue(verdict.admitted(), Fuzzing.at(i));
            } else if (verdict.admitted()) {
                fail(Fuzzing.at(i) + ": [" + code + "] opened the pass");
            } else {
                assertFalse(verdict.refusal().isBlank(), Fuzzing.at(i));
            }
        }
    }

    private static String mutate(Random random, String code) {
        StringBuilder text = new StringBuilder(code);
        for (int n = 1 + random.nextInt(3); n > 0 && !text.isEmpty(); n--) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(4)) {
                case 0 -> text.setCharAt(at, NASTY.charAt(random.nextInt(NASTY.length())));
                case 1 -> text.deleteCharAt(at);
                case 2 -> text.insert(at, (char) ('A' + random.nextInt(26)));
                default -> text.setCharAt(at, Character.toLowerCase(text.charAt(at)));
            }
        }
        return text.toString();
    }

    /** Flipped, dropped, inserted or repeated bytes, or the file cut short. */
    private static byte[] mutate(Random random, byte[] seed) {
        List<Byte> bytes = new ArrayList<>(seed.length + 16);
        for (byte b : seed) {
            bytes.add(b);
        }
        for (int n = 1 + random.nextInt(8); n > 0 && !bytes.isEmpty(); n--) {
            int at = random.nextInt(bytes.size());
            switch (random.nextInt(5)) {
                case 0 -> bytes.set(at, (byte) (bytes.get(at) ^ (1 << random.nextInt(8))));
                case 1 -> bytes.remove(at);
                case 2 -> bytes.add(at, (byte) random.nextInt(256));
                case 3 -> bytes.addAll(at, new ArrayList<>(bytes.subList(at, Math.min(bytes.size(), at + random.nextInt(64)))));
                default -> bytes.subList(at, bytes.size()).clear();
            }
        }
        byte[] out = new byte[bytes.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = bytes.get(i);
        }
        return out;
    }

    private static String nasty(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(random.nextBoolean() ? NASTY.charAt(random.nextInt(NASTY.length())) : (char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }

    /** Mostly the first (a good value), else one of the others. */
    private static String maybe(Random random, String good, String... others) {
        return random.nextInt(4) > 0 ? good : others[random.nextInt(others.length)];
    }
}

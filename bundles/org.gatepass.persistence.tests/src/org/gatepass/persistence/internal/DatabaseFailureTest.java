package org.gatepass.persistence.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;

import org.gatepass.core.StorageException;
import org.junit.jupiter.api.Test;

class DatabaseFailureTest {

    @Test
    void unreachableServerGivesAClearErrorInsteadOfACrash() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        try (Database database = new Database(new DatabaseSettings("jdbc:mysql://127.0.0.1:" + closedPort + "/gatepass?connectTimeout=2000", "root", ""))) {
            MyBatisPersonRepository persons = new MyBatisPersonRepository(database);
            StorageException e = assertThrows(StorageException.class, () -> persons.search("", 10));
            assertTrue(e.getMessage().startsWith("Database jdbc:mysql://127.0.0.1:" + closedPort + "/gatepass is not available: "), e.getMessage());
        }
    }

    @Test
    void gatepassAuditVerifySaysWhenItCannotReachTheDatabase() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        DatabaseSettings settings = new DatabaseSettings("jdbc:mysql://127.0.0.1:" + closedPort + "/gatepass?connectTimeout=2000", "root", "");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, AuditCommand.verify(settings, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8)));
        assertEquals("", out.toString(UTF_8));
        assertTrue(err.toString(UTF_8).startsWith("gatepass-audit: cannot check the audit trail: Database jdbc:mysql://127.0.0.1:"
                + closedPort + "/gatepass is not available: "), err.toString(UTF_8));
    }

    @Test
    void gatepassAuditVerifyNamesAnUnsupportedDatabaseUrl() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, AuditCommand.verify(new DatabaseSettings("jdbc:oracle:thin:@db", "", ""), new PrintStream(out, true, UTF_8),
                new PrintStream(err, true, UTF_8)));
        assertEquals("gatepass-audit: cannot check the audit trail: Unsupported database URL jdbc:oracle:thin:@db (use jdbc:h2: or jdbc:mysql:)",
                err.toString(UTF_8).strip());
    }

    @Test
    void unsupportedUrlIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DatabaseSettings("jdbc:oracle:thin:@x", "", "").driverClass());
        assertEquals("Unsupported database URL jdbc:oracle:thin:@x (use jdbc:h2: or jdbc:mysql:)", e.getMessage());
    }

    @Test
    void describeHidesUrlOptions() {
        assertEquals("jdbc:mysql://db:3306/gatepass", new DatabaseSettings("jdbc:mysql://db:3306/gatepass?password=x", "", "").describe());
        assertEquals("jdbc:h2:file:/tmp/x", new DatabaseSettings("jdbc:h2:file:/tmp/x;MODE=MySQL", "", "").describe());
    }
}

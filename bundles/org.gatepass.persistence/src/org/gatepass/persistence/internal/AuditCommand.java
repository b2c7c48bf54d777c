package org.gatepass.persistence.internal;

import java.io.PrintStream;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.gatepass.core.StorageException;
import org.gatepass.core.audit.ChainVerification;

/**
 * {@code gatepass-audit verify}: checks the whole audit chain of the database this installation uses (the same
 * settings as the workstation) and names the first row that was edited, deleted or inserted. Exit status 0 when
 * intact, 1 when broken, 2 when it cannot be checked. Connecting applies pending schema migrations, as the
 * workstation does at its start; the audit rows are only read.
 */
public final class AuditCommand implements IApplication {
    static final int INTACT = 0;
    static final int BROKEN = 1;
    static final int NOT_CHECKED = 2;
    static final String USAGE = "usage: gatepass-audit verify";

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
        if (args.length != 1 || !"verify".equals(args[0])) {
            System.err.println(USAGE);
            return NOT_CHECKED;
        }
        DatabaseSettings settings;
        try {
            settings = DatabaseSettings.fromEnvironment();
        } catch (RuntimeException e) { // an unreadable gatepass.properties or no data folder
            System.err.println("gatepass-audit: cannot read the database settings: " + e.getMessage());
            return NOT_CHECKED;
        }
        return verify(settings, System.out, System.err);
    }

    /** Checks the chain in the database {@code settings} name, printing the outcome; answers the exit status. */
    static int verify(DatabaseSettings settings, PrintStream out, PrintStream err) {
        try (Database database = new Database(settings)) {
            ChainVerification check = new MyBatisAuditTrail(database).verify();
            if (check.isIntact()) {
                out.println("Audit trail intact: " + check.rowsChecked() + " rows checked in " + settings.describe() + ".");
                return INTACT;
            }
            out.println("Audit trail BROKEN at row " + check.firstBrokenSeq() + ": " + check.problem() + " (" + check.rowsChecked()
                    + " rows before it are intact; " + settings.describe() + ").");
            return BROKEN;
        } catch (StorageException | IllegalArgumentException e) { // unreachable, or a URL that is not H2 or MySQL
            err.println("gatepass-audit: cannot check the audit trail: " + e.getMessage());
            return NOT_CHECKED;
        }
    }

    @Override
    public void stop() {
        // verify runs to its end in start
    }
}

package org.gatepass.persistence.internal;

import java.io.PrintStream;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.gatepass.core.StorageException;
import org.gatepass.core.audit.ChainVerification;
import org.gatepass.core.storage.AuditTrail;

/**
 * {@code gatepass-audit verify}: checks the whole audit chain of the database this installation uses (the same
 * settings as the workstation) and names the first row that was edited, deleted or inserted. Exit status 0 when
 * intact, 1 when broken, 2 when it cannot be checked. It only reads.
 */
public final class AuditCommand implements IApplication {
    static final String USAGE = "usage: gatepass-audit verify";

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
        if (args.length != 1 || !"verify".equals(args[0])) {
            System.err.println(USAGE);
            return 2;
        }
        DatabaseSettings settings = DatabaseSettings.fromEnvironment();
        try (Database database = new Database(settings)) {
            return verify(new MyBatisAuditTrail(database), settings.describe(), System.out, System.err);
        }
    }

    static int verify(AuditTrail trail, String where, PrintStream out, PrintStream err) {
        try {
            ChainVerification check = trail.verify();
            if (check.isIntact()) {
                out.println("Audit trail intact: " + check.rowsChecked() + " rows checked in " + where + ".");
                return 0;
            }
            out.println("Audit trail BROKEN at row " + check.firstBrokenSeq() + ": " + check.problem() + " (" + check.rowsChecked()
                    + " rows before it are intact; " + where + ").");
            return 1;
        } catch (StorageException e) {
            err.println("gatepass-audit: cannot check the audit trail: " + e.getMessage());
            return 2;
        }
    }

    @Override
    public void stop() {
        // verify runs to its end in start
    }
}

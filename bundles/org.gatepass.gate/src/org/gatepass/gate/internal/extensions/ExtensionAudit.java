package org.gatepass.gate.internal.extensions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import org.gatepass.core.DataDirectory;
import org.gatepass.core.StorageException;
import org.gatepass.core.audit.AuditAction;
import org.gatepass.core.audit.AuditRecord;
import org.gatepass.core.security.Actor;
import org.gatepass.core.security.StationName;
import org.gatepass.core.storage.AuditTrail;
import org.gatepass.core.storage.Transactions;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Records extensions installed or removed (with {@code gatepass-install} or by hand) in the audit trail when the
 * station starts: the bundles it runs are compared with those it ran last time, kept in
 * {@code <data>/extensions.known}. The first start only takes note. When the database is down, the list is kept
 * as it was, so the change is recorded at a later start. It lives in the gate bundle so that it runs where a
 * station runs (workstation, gate agent) and not in the headless tools, which start only some bundles.
 */
@Component(immediate = true)
public final class ExtensionAudit {
    private static final Logger LOG = Logger.getLogger(ExtensionAudit.class.getName());
    static final String FILE = "extensions.known";

    @Activate
    public ExtensionAudit(BundleContext context, @Reference AuditTrail audit, @Reference Transactions transactions) {
        Thread thread = new Thread(() -> record(running(context), DataDirectory.resolve().resolve(FILE), audit, transactions),
                "gatepass-extension-audit");
        thread.setDaemon(true);
        thread.start();
    }

    static Set<String> running(BundleContext context) {
        return Arrays.stream(context.getBundles())
                .filter(b -> b.getSymbolicName() != null)
                .map(ExtensionAudit::entry)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String entry(Bundle bundle) {
        return bundle.getSymbolicName() + " " + bundle.getVersion();
    }

    static void record(Set<String> now, Path known, AuditTrail audit, Transactions transactions) {
        try {
            if (Files.exists(known)) {
                InstalledExtensions changes = InstalledExtensions.between(new TreeSet<>(Files.readAllLines(known)), now);
                if (!changes.isEmpty()) {
                    Actor detector = Actor.system("extensions", StationName.local());
                    transactions.inTransaction(() -> {
                        changes.installed().forEach(b -> audit.append(AuditRecord.of(detector, AuditAction.EXTENSION_INSTALL, "bundle " + b)));
                        changes.removed().forEach(b -> audit.append(AuditRecord.of(detector, AuditAction.EXTENSION_REMOVE, "bundle " + b)));
                        return null;
                    });
                    LOG.info(() -> "Audit trail: " + changes.installed().size() + " bundles installed and " + changes.removed().size()
                            + " removed since the last start");
                }
            }
            Files.createDirectories(known.getParent());
            Files.write(known, InstalledExtensions.sorted(now));
        } catch (IOException | StorageException e) {
            LOG.log(Level.WARNING, "Installed extensions not compared with the last start; tried again at the next one: " + e.getMessage(), e);
        }
    }
}

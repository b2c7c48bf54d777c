package org.gatepass.ui.visitors;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Composite;
import org.gatepass.core.DataDirectory;
import org.gatepass.core.pass.IssuedPass;
import org.gatepass.core.pass.PassListing;
import org.gatepass.core.pass.PassService;
import org.gatepass.core.pass.VisitorPass;
import org.gatepass.core.security.Actor;
import org.gatepass.core.security.StationName;
import org.gatepass.report.PassBadge;
import org.gatepass.ui.internal.Background;
import org.gatepass.ui.internal.Buttons;
import org.gatepass.ui.internal.MessageLine;
import org.gatepass.ui.internal.Tables;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The reception's visitor passes: the ones running, coming and ended in the last day; a new pass for a visitor (its
 * badge written as a PDF and opened to print), the badge again, and revoking a pass with a reason.
 */
public final class VisitorsPart {
    /** How long ended passes stay in the list. */
    static final Duration ENDED_SHOWN = Duration.ofDays(1);

    private final PassService passes;
    private final PassBadge badge;
    private final ZoneId zone = ZoneId.systemDefault();
    @Inject
    private Actor actor;
    private TableViewer table;
    private MessageLine message;
    private List<PassListing> shown = List.of();

    @Inject
    public VisitorsPart(PassService passes, PassBadge badge) {
        this.passes = passes;
        this.badge = badge;
    }

    @PostConstruct
    void create(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(bar);
        Buttons.push(bar, "New pass…", "visitors.new", this::askForPass);
        Buttons.push(bar, "Badge", "visitors.badge", () -> selected().ifPresent(this::writeBadge));
        Buttons.push(bar, "E-mail pass", "visitors.email", () -> selected().ifPresent(this::email));
        Buttons.push(bar, "Revoke…", "visitors.revoke", () -> selected().ifPresent(this::askToRevoke));
        Buttons.push(bar, "Refresh", "visitors.refresh", this::reload);
        message = new MessageLine(parent, "visitors.message");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(message.control());
        table = Tables.create(parent, "visitors.table");
        Tables.column(table, PassListing.class, "Visitor", 180, PassListing::visitorName);
        Tables.column(table, PassListing.class, "Host", 170, l -> l.hostEmail() == null ? "" : l.hostEmail());
        Tables.column(table, PassListing.class, "Purpose", 140, l -> l.pass().purpose());
        Tables.column(table, PassListing.class, "From", 120, l -> NewPassDialog.WHEN.format(l.pass().validFrom().atZone(zone)));
        Tables.column(table, PassListing.class, "Until", 120, l -> NewPassDialog.WHEN.format(l.pass().validUntil().atZone(zone)));
        Tables.column(table, PassListing.class, "Cameras", 120, l -> l.pass().cameras().isEmpty() ? "all" : String.join(", ", l.pass().cameras()));
        Tables.column(table, PassListing.class, "State", 220, VisitorsPart::state);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
        reload();
    }

    @Inject
    void operatorChanged(Actor signedIn) {
        actor = signedIn;
        if (table != null && !table.getControl().isDisposed()) {
            reload();
        }
    }

    /** The passes listed now (UI thread), for tests. */
    List<PassListing> shown() {
        return shown;
    }

    private java.util.Optional<PassListing> selected() {
        PassListing listing = (PassListing) table.getStructuredSelection().getFirstElement();
        if (listing == null) {
            message.error("Select a pass first.");
        }
        return java.util.Optional.ofNullable(listing);
    }

    private void reload() {
        Actor acting = actor;
        Background.run("Reading passes", table.getControl(), () -> passes.list(acting, Instant.now().minus(ENDED_SHOWN)), listings -> {
            shown = listings;
            table.setInput(listings);
        }, failure -> message.error("Not updated: " + failure.getMessage()));
    }

    private void askForPass() {
        NewPassDialog dialog = new NewPassDialog(table.getControl().getShell(), zone);
        if (dialog.open() == Window.OK) {
            NewPassDialog.Request request = dialog.request();
            issue(request);
        }
    }

    /** Issues the pass as the dialog's OK does, then writes its badge. */
    void issue(NewPassDialog.Request request) {
        Actor acting = actor;
        Background.run("Issuing a pass", table.getControl(), () -> {
            IssuedPass issued = passes.issue(acting, request.visitor(), request.purpose(), request.validFrom(), request.validUntil(), request.cameras());
            return new Issued(issued, request.send() ? passes.email(acting, issued.pass().id()) : -1);
        }, done -> {
            IssuedPass issued = done.pass();
            message.info("Pass " + issued.pass().id() + " issued to " + issued.visitor().name() + (done.queued() < 0 ? "." : sent(done.queued(), issued.visitor().email())));
            writeBadge(new PassListing(issued.pass(), issued.visitor().name(), issued.visitor().email(), issued.visitor().guardianEmail()));
            reload();
        }, failure -> message.error("No pass issued: " + failure.getMessage()));
    }

    /** A pass issued, and how many e-mails of it were queued (-1: not asked to send it). */
    private record Issued(IssuedPass pass, int queued) {
    }

    /** Sends a pass to its visitor again, as E-mail pass does. */
    void email(PassListing listing) {
        Actor acting = actor;
        Background.run("E-mailing a pass", table.getControl(), () -> passes.email(acting, listing.pass().id()),
                queued -> message.info("Pass " + listing.pass().id() + sent(queued, listing.visitorEmail())),
                failure -> message.error("Not sent: " + failure.getMessage()));
    }

    private static String sent(int queued, String address) {
        return queued > 0 ? ": e-mailed to " + address + "." : ": not e-mailed, no e-mail notifier is set up (Settings › E-mail notifications); print the badge.";
    }

    /** Writes the pass's badge into the data folder's passes/ and opens it to print; the outcome is told in the message line. */
    void writeBadge(PassListing listing) {
        Actor acting = actor;
        Background.run("Writing a badge", table.getControl(), () -> {
            String code = passes.code(acting, listing.pass().id());
            try {
                Path file = Files.createDirectories(DataDirectory.resolve().resolve("passes")).resolve("pass-" + listing.pass().id() + ".pdf");
                try (OutputStream out = Files.newOutputStream(file)) {
                    badge.writePdf(listing, code, StationName.local(), zone, out);
                }
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, file -> {
            message.info("Badge of " + listing.visitorName() + ": " + file);
            Program viewer = Program.findProgram(".pdf");
            if (viewer != null) {
                viewer.execute(file.toString());
            }
        }, failure -> message.error("No badge written: " + failure.getMessage()));
    }

    private void askToRevoke(PassListing listing) {
        InputDialog reason = new InputDialog(table.getControl().getShell(), "Revoke pass",
                "Why is the pass of " + listing.visitorName() + " revoked? Its code is refused from now on.", "",
                text -> text.isBlank() ? "Give the reason, e.g. the visit was cancelled." : null);
        if (reason.open() == Window.OK) {
            revoke(listing, reason.getValue());
        }
    }

    /** Revokes the pass with the reason, as the dialog's OK does. */
    void revoke(PassListing listing, String reason) {
        Actor acting = actor;
        Background.run("Revoking a pass", table.getControl(), () -> passes.revoke(acting, listing.pass().id(), reason), revoked -> {
            message.info("Pass " + revoked.id() + " of " + listing.visitorName() + " is revoked.");
            reload();
        }, failure -> message.error(failure.getMessage()));
    }

    private static String state(PassListing listing) {
        VisitorPass pass = listing.pass();
        return switch (pass.state(Instant.now())) {
            case VALID -> "Valid";
            case NOT_YET_VALID -> "Not yet valid";
            case EXPIRED -> "Expired";
            case REVOKED -> "Revoked by " + pass.revokedBy() + ": " + pass.revokeReason();
        };
    }
}

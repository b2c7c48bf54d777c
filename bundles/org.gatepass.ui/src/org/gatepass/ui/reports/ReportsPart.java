package org.gatepass.ui.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.gatepass.core.DataDirectory;
import org.gatepass.core.csv.CsvWriter;
import org.gatepass.core.person.PersonCategory;
import org.gatepass.core.report.AttendanceRow;
import org.gatepass.core.report.HourlyMovements;
import org.gatepass.core.report.ReportQuery;
import org.gatepass.core.report.ReportService;
import org.gatepass.core.security.Actor;
import org.gatepass.ui.internal.Background;
import org.gatepass.ui.internal.Buttons;
import org.gatepass.ui.internal.MessageLine;
import org.gatepass.ui.internal.Tables;
import org.gatepass.ui.internal.TestIds;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Daily attendance (first in, last out, time on site per person and day) for a range of days, filtered by category and
 * camera, with the movements per hour as a bar chart (SWTChart); the attendance exported as CSV into the data folder.
 */
public final class ReportsPart {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final String ALL = "All categories";

    private final ReportService reports;
    private final ZoneId zone = ZoneId.systemDefault();
    @Inject
    private Actor actor;
    private Text from;
    private Text to;
    private Combo category;
    private Text camera;
    private TableViewer table;
    private Chart chart;
    private MessageLine message;
    private Shown shown;

    /** What the view shows, for the export and for tests. */
    record Shown(ReportQuery query, List<AttendanceRow> attendance, List<HourlyMovements> hours) {
    }

    @Inject
    public ReportsPart(ReportService reports) {
        this.reports = reports;
    }

    @PostConstruct
    void create(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(10).applyTo(bar);
        LocalDate today = LocalDate.now(zone);
        from = field(bar, "From", "reports.from", today.minusDays(6).toString());
        to = field(bar, "To", "reports.to", today.toString());
        category = TestIds.name(new Combo(bar, SWT.READ_ONLY), "reports.category");
        category.setItems(java.util.stream.Stream.concat(java.util.stream.Stream.of(ALL), Arrays.stream(PersonCategory.values()).map(PersonCategory::label))
                .toArray(String[]::new));
        category.select(0);
        camera = field(bar, "Camera", "reports.camera", "");
        camera.setMessage("all");
        Buttons.push(bar, "Show", "reports.show", this::show);
        Buttons.push(bar, "Export CSV", "reports.export", this::export);
        message = new MessageLine(parent, "reports.message");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(message.control());

        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        table = Tables.create(sash, "reports.attendance");
        Tables.column(table, AttendanceRow.class, "Day", 100, r -> r.day().toString());
        Tables.column(table, AttendanceRow.class, "Name", 200, AttendanceRow::name);
        Tables.column(table, AttendanceRow.class, "ID", 90, r -> r.externalId() == null ? "" : r.externalId());
        Tables.column(table, AttendanceRow.class, "Category", 100, r -> r.category().label());
        Tables.column(table, AttendanceRow.class, "First in", 80, r -> r.firstIn() == null ? "" : TIME.format(r.firstIn().atZone(zone)));
        Tables.column(table, AttendanceRow.class, "Last out", 80, r -> r.lastOut() == null ? "" : TIME.format(r.lastOut().atZone(zone)));
        Tables.column(table, AttendanceRow.class, "On site", 80, r -> r.onSite() == null ? "" : hours(r.onSite()));
        chart = TestIds.name(new Chart(sash, SWT.NONE), "reports.chart");
        chart.getTitle().setText("Movements per hour");
        chart.getAxisSet().getXAxis(0).getTitle().setText("Hour");
        chart.getAxisSet().getYAxis(0).getTitle().setText("Movements");
        sash.setWeights(3, 2);
        show();
    }

    private static Text field(Composite bar, String label, String id, String value) {
        new Label(bar, SWT.NONE).setText(label);
        Text text = TestIds.name(new Text(bar, SWT.BORDER), id);
        text.setText(value);
        GridDataFactory.swtDefaults().hint(90, SWT.DEFAULT).applyTo(text);
        return text;
    }

    /** The report as shown now (UI thread), for tests. */
    Shown shown() {
        return shown;
    }

    /** Runs the reports for the range and filters as typed, as Show does. */
    void show() {
        ReportQuery query;
        try {
            Set<PersonCategory> categories = category.getSelectionIndex() <= 0 ? Set.of() : Set.of(PersonCategory.values()[category.getSelectionIndex() - 1]);
            query = new ReportQuery(LocalDate.parse(from.getText().strip()), LocalDate.parse(to.getText().strip()), zone, categories, camera.getText());
        } catch (DateTimeParseException e) {
            message.error("Days are written like " + LocalDate.now(zone) + ".");
            return;
        } catch (IllegalArgumentException e) {
            message.error(e.getMessage());
            return;
        }
        Actor acting = actor;
        message.info("Counting…");
        Background.run("Running reports", table.getControl(),
                () -> new Shown(query, reports.attendance(acting, query), reports.movementsPerHour(acting, query)), result -> {
                    shown = result;
                    table.setInput(result.attendance());
                    draw(result.hours());
                    message.info(result.attendance().size() + " attendance rows, " + result.hours().stream().mapToLong(HourlyMovements::ins).sum()
                            + " entries and " + result.hours().stream().mapToLong(HourlyMovements::outs).sum() + " exits.");
                }, failure -> message.error("No report: " + failure.getMessage()));
    }

    private void draw(List<HourlyMovements> hours) {
        String[] labels = hours.stream().map(h -> h.hour().toLocalDate().getDayOfMonth() + " " + h.hour().getHour() + "h").toArray(String[]::new);
        for (var series : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(series.getId());
        }
        IBarSeries<?> ins = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, "In");
        ins.setYSeries(hours.stream().mapToDouble(HourlyMovements::ins).toArray());
        ins.setBarColor(chart.getDisplay().getSystemColor(SWT.COLOR_DARK_GREEN));
        IBarSeries<?> outs = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, "Out");
        outs.setYSeries(hours.stream().mapToDouble(HourlyMovements::outs).toArray());
        outs.setBarColor(chart.getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE));
        chart.getAxisSet().getXAxis(0).setCategorySeries(labels);
        chart.getAxisSet().getXAxis(0).enableCategory(true);
        chart.getAxisSet().adjustRange();
        chart.redraw();
    }

    /** Writes the attendance shown into the data folder's reports/, as Export CSV does. */
    void export() {
        Shown now = shown;
        if (now == null) {
            message.error("Show a report first.");
            return;
        }
        Background.run("Exporting attendance", table.getControl(), () -> {
            try {
                Path file = Files.createDirectories(DataDirectory.resolve().resolve("reports"))
                        .resolve("attendance-" + now.query().from() + "-to-" + now.query().to() + ".csv");
                try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    CsvWriter csv = new CsvWriter(out);
                    csv.line(List.of("Day", "Name", "ID", "Category", "First in", "Last out", "On site (h:mm)"));
                    for (AttendanceRow r : now.attendance()) {
                        csv.line(List.of(r.day().toString(), r.name(), r.externalId() == null ? "" : r.externalId(), r.category().label(),
                                r.firstIn() == null ? "" : TIME.format(r.firstIn().atZone(zone)), r.lastOut() == null ? "" : TIME.format(r.lastOut().atZone(zone)),
                                r.onSite() == null ? "" : hours(r.onSite())));
                    }
                }
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, file -> message.info("Attendance written to " + file), failure -> message.error("Not exported: " + failure.getMessage()));
    }

    private static String hours(Duration duration) {
        return duration.toHours() + ":" + String.format("%02d", duration.toMinutesPart());
    }
}

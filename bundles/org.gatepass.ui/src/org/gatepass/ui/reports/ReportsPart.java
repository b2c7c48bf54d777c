package org.gatepass.ui.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.printing.PrintDialog;
import org.eclipse.swt.printing.Printer;
import org.eclipse.swt.printing.PrinterData;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.gatepass.core.DataDirectory;
import org.gatepass.core.person.PersonCategory;
import org.gatepass.core.report.ChartSeries;
import org.gatepass.core.report.ReportChart;
import org.gatepass.core.report.ReportDefinition;
import org.gatepass.core.report.ReportParameter;
import org.gatepass.core.report.ReportPlace;
import org.gatepass.core.report.ReportQuery;
import org.gatepass.core.report.ReportRequest;
import org.gatepass.core.report.ReportService;
import org.gatepass.core.report.ReportTable;
import org.gatepass.core.security.Actor;
import org.gatepass.core.security.StationName;
import org.gatepass.report.ExportFormat;
import org.gatepass.report.ReportExport;
import org.gatepass.ui.internal.Background;
import org.gatepass.ui.internal.Buttons;
import org.gatepass.ui.internal.MessageLine;
import org.gatepass.ui.internal.TestIds;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Every registered report, Gatepass's own and plug-ins': pick one, fill in the parameters it reads (the others are
 * greyed out), Show runs it in the background; its chart is drawn with SWTChart above its table; Export writes CSV,
 * Excel or PDF into the data folder's reports/, Print prints the PDF.
 */
public final class ReportsPart {
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter FILE_MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm");
    private static final String ALL = "All categories";
    private static final String WHOLE_SITE = "Whole site";
    private static final int[] SERIES_COLOURS = { SWT.COLOR_DARK_GREEN, SWT.COLOR_DARK_BLUE, SWT.COLOR_DARK_RED, SWT.COLOR_DARK_MAGENTA };

    private final ReportExport export;
    private final ReportService reports;
    private final ZoneId zone = ZoneId.systemDefault();
    @Inject
    private Actor actor;
    private ReportCatalog catalog;
    private List<ReportDefinition> listed = List.of();
    private Combo report;
    private Text from;
    private Text to;
    private Combo category;
    private Combo gate;
    private Text camera;
    private Text person;
    private Text moment;
    private final Map<ReportParameter, List<Control>> parameterControls = new EnumMap<>(ReportParameter.class);
    private SashForm sash;
    private ReportTableViewer table;
    private Chart chart;
    private MessageLine message;
    private Shown shown;

    /** The report shown now: which, for what, and its table; for the exports and tests. */
    record Shown(ReportDefinition report, ReportRequest request, ReportTable table) {
    }

    @Inject
    public ReportsPart(ReportExport export, ReportService reports) {
        this.export = export;
        this.reports = reports;
    }

    @PostConstruct
    void create(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
        Composite choice = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(8).applyTo(choice);
        new Label(choice, SWT.NONE).setText("Report");
        report = TestIds.name(new Combo(choice, SWT.READ_ONLY), "reports.report");
        GridDataFactory.swtDefaults().hint(280, SWT.DEFAULT).applyTo(report);
        report.addListener(SWT.Selection, e -> enableParameters());
        Buttons.push(choice, "Show", "reports.show", this::show);
        Buttons.push(choice, "Export CSV", "reports.export.csv", () -> exportAs(ExportFormat.CSV));
        Buttons.push(choice, "Export Excel", "reports.export.xlsx", () -> exportAs(ExportFormat.XLSX));
        Buttons.push(choice, "Export PDF", "reports.export.pdf", () -> exportAs(ExportFormat.PDF));
        Buttons.push(choice, "Print…", "reports.print", this::print);

        // the parameters wrap onto a second line in a narrow window instead of widening the view past it
        Composite parameters = new Composite(parent, SWT.NONE);
        RowLayout wrapping = new RowLayout(SWT.HORIZONTAL);
        wrapping.wrap = true;
        wrapping.center = true;
        wrapping.marginLeft = wrapping.marginRight = wrapping.marginTop = wrapping.marginBottom = 0;
        wrapping.spacing = 12;
        parameters.setLayout(wrapping);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(parameters);
        LocalDate today = LocalDate.now(zone);
        from = field(parameters, ReportParameter.DAYS, "From", "reports.from", today.minusDays(6).toString(), 90);
        to = field(parameters, ReportParameter.DAYS, "To", "reports.to", today.toString(), 90);
        category = TestIds.name(new Combo(labelled(parameters, ReportParameter.CATEGORY, "Category"), SWT.READ_ONLY), "reports.category");
        category.setItems(Stream.concat(Stream.of(ALL), Arrays.stream(PersonCategory.values()).map(PersonCategory::label)).toArray(String[]::new));
        category.select(0);
        parameterControls.get(ReportParameter.CATEGORY).add(category);
        gate = TestIds.name(new Combo(labelled(parameters, ReportParameter.PLACE, "Gate"), SWT.READ_ONLY), "reports.gate");
        gate.setItems(WHOLE_SITE);
        gate.select(0);
        gate.setToolTipText("The whole site, or the cameras of one gate (a gate into an area reports that area)");
        parameterControls.get(ReportParameter.PLACE).add(gate);
        camera = field(parameters, ReportParameter.PLACE, "Camera", "reports.camera", "", 90);
        camera.setMessage("all");
        person = field(parameters, ReportParameter.PERSON, "Person", "reports.person", "", 140);
        person.setMessage("ID or name");
        moment = field(parameters, ReportParameter.MOMENT, "At", "reports.moment", MOMENT.format(LocalDateTime.now(zone)), 120);

        message = new MessageLine(parent, "reports.message");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(message.control());
        sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        chart = TestIds.name(new Chart(sash, SWT.NONE), "reports.chart");
        table = new ReportTableViewer(sash, "reports.table");
        sash.setWeights(2, 3);
        sash.setMaximizedControl(table.control());

        catalog = new ReportCatalog(parent.getDisplay(), this::listReports);
        listReports();
        listGates();
    }

    /** Offers the gates as the access rules name them now, keeping the one chosen. */
    private void listGates() {
        Actor acting = actor;
        Background.run("Reading the gates", gate, () -> reports.gates(acting), names -> {
            String chosen = gate.getText();
            List<String> items = new ArrayList<>(List.of(WHOLE_SITE));
            items.addAll(names);
            if (!items.equals(List.of(gate.getItems()))) {
                gate.setItems(items.toArray(String[]::new));
                gate.select(Math.max(0, items.indexOf(chosen)));
                gate.getParent().layout(true, true);
            }
        }, failure -> message.error("Gates not read: " + failure.getMessage()));
    }

    @PreDestroy
    void close() {
        catalog.close();
    }

    private Text field(Composite bar, ReportParameter parameter, String label, String id, String value, int width) {
        Text text = TestIds.name(new Text(labelled(bar, parameter, label), SWT.BORDER), id);
        text.setText(value);
        GridDataFactory.swtDefaults().hint(width, SWT.DEFAULT).applyTo(text);
        parameterControls.get(parameter).add(text);
        return text;
    }

    /** A caption and the one control to come, kept together on a line; returns where the control goes. */
    private Composite labelled(Composite bar, ReportParameter parameter, String label) {
        Composite pair = new Composite(bar, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(pair);
        Label caption = new Label(pair, SWT.NONE);
        caption.setText(label);
        parameterControls.computeIfAbsent(parameter, p -> new ArrayList<>()).add(caption);
        return pair;
    }

    /** Lists the registered reports again, keeping the one chosen if it is still there. */
    private void listReports() {
        if (report.isDisposed()) {
            return;
        }
        ReportDefinition chosen = chosen();
        listed = catalog.reports();
        report.setItems(listed.stream().map(ReportDefinition::title).toArray(String[]::new));
        int index = chosen == null ? 0 : listed.indexOf(chosen);
        if (!listed.isEmpty()) {
            report.select(Math.max(0, index));
        }
        enableParameters();
    }

    private ReportDefinition chosen() {
        int index = report.getSelectionIndex();
        return index < 0 || index >= listed.size() ? null : listed.get(index);
    }

    private void enableParameters() {
        ReportDefinition chosen = chosen();
        Set<ReportParameter> used = chosen == null ? Set.of() : chosen.parameters();
        parameterControls.forEach((parameter, controls) -> controls.forEach(c -> c.setEnabled(used.contains(parameter))));
    }

    /** Chooses the report with this id, as picking it in the list does; false when no such report is registered. */
    boolean choose(String id) {
        for (int i = 0; i < listed.size(); i++) {
            if (listed.get(i).id().equals(id)) {
                report.select(i);
                enableParameters();
                return true;
            }
        }
        return false;
    }

    /** The report as shown now (UI thread), for tests. */
    Shown shown() {
        return shown;
    }

    Combo reportList() {
        return report;
    }

    Chart chart() {
        return chart;
    }

    /** Runs the chosen report with the parameters as typed, as Show does. */
    void show() {
        ReportDefinition chosen = chosen();
        if (chosen == null) {
            message.error("No report is installed.");
            return;
        }
        ReportRequest request;
        try {
            request = request(chosen.parameters());
        } catch (IllegalArgumentException e) {
            message.error(e.getMessage());
            return;
        }
        Actor acting = actor;
        message.info("Running " + chosen.title() + "…");
        Background.run("Running " + chosen.title(), table.control(), () -> new Shown(chosen, request, chosen.run(acting, request)), result -> {
            shown = result;
            listGates();
            table.show(result.table());
            draw(result.table().chart());
            String count = result.table().rows().size() + (result.table().rows().size() == 1 ? " row." : " rows.");
            message.info(result.table().note().isEmpty() ? count : result.table().note());
        }, failure -> message.error(failure instanceof IllegalArgumentException ? failure.getMessage() : "No report: " + failure.getMessage()));
    }

    private ReportRequest request(Set<ReportParameter> used) {
        LocalDate first;
        LocalDate last;
        LocalDateTime at = null;
        try {
            first = LocalDate.parse(from.getText().strip());
            last = LocalDate.parse(to.getText().strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Days are written like " + LocalDate.now(zone) + ".");
        }
        if (used.contains(ReportParameter.MOMENT)) {
            try {
                at = LocalDateTime.parse(moment.getText().strip(), MOMENT);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("The moment is written like " + MOMENT.format(LocalDateTime.now(zone)) + ".");
            }
        }
        Set<PersonCategory> categories = !used.contains(ReportParameter.CATEGORY) || category.getSelectionIndex() <= 0 ? Set.of()
                : Set.of(PersonCategory.values()[category.getSelectionIndex() - 1]);
        ReportPlace place = !used.contains(ReportParameter.PLACE) ? ReportPlace.SITE
                : new ReportPlace(gate.getSelectionIndex() <= 0 ? null : gate.getText(), camera.getText());
        return new ReportRequest(new ReportQuery(first, last, zone, categories, place), used.contains(ReportParameter.PERSON) ? person.getText() : "",
                at);
    }

    private void draw(ReportChart bars) {
        for (var series : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(series.getId());
        }
        if (bars == null) {
            sash.setMaximizedControl(table.control());
            return;
        }
        chart.getTitle().setText(bars.title());
        chart.getAxisSet().getXAxis(0).getTitle().setText(bars.xTitle() == null ? "" : bars.xTitle());
        chart.getAxisSet().getYAxis(0).getTitle().setText(bars.yTitle() == null ? "" : bars.yTitle());
        for (int s = 0; s < bars.series().size(); s++) {
            ChartSeries values = bars.series().get(s);
            IBarSeries<?> series = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, values.name());
            series.setYSeries(values.values().stream().mapToDouble(Long::doubleValue).toArray());
            series.setBarColor(chart.getDisplay().getSystemColor(SERIES_COLOURS[s % SERIES_COLOURS.length]));
        }
        chart.getAxisSet().getXAxis(0).setCategorySeries(bars.categories().toArray(String[]::new));
        chart.getAxisSet().getXAxis(0).enableCategory(true);
        chart.getAxisSet().adjustRange();
        sash.setMaximizedControl(null);
        chart.redraw();
    }

    /** Writes the report shown into the data folder's reports/, as the Export buttons do; a PDF is then opened. */
    void exportAs(ExportFormat format) {
        Shown now = shown;
        if (now == null) {
            message.error("Show a report first.");
            return;
        }
        Background.run("Exporting " + now.report().title(), table.control(), () -> {
            try {
                Path file = Files.createDirectories(DataDirectory.resolve().resolve("reports")).resolve(fileName(now, format));
                try (OutputStream out = Files.newOutputStream(file)) {
                    export.write(now.table(), format, StationName.local(), out);
                }
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, file -> {
            message.info(now.report().title() + " written to " + file);
            if (format == ExportFormat.PDF) {
                Program viewer = Program.findProgram(".pdf");
                if (viewer != null) {
                    viewer.execute(file.toString());
                }
            }
        }, failure -> message.error("Not exported: " + failure.getMessage()));
    }

    /** E.g. attendance-2026-12-01-to-2026-12-07.xlsx, or presence-at-2026-12-04-0930.pdf. */
    private static String fileName(Shown shown, ExportFormat format) {
        ReportRequest request = shown.request();
        String covers = shown.report().parameters().contains(ReportParameter.DAYS)
                ? request.query().from() + "-to-" + request.query().to()
                : FILE_MOMENT.format(request.moment());
        return (shown.report().id() + "-" + covers).replaceAll("[^A-Za-z0-9._-]", "_") + "." + format.extension();
    }

    /** Asks for a printer and prints the report shown as its PDF looks, as Print does. */
    void print() {
        if (shown == null) {
            message.error("Show a report first.");
            return;
        }
        PrinterData printerData = new PrintDialog(table.control().getShell()).open();
        if (printerData != null) {
            print(printerData);
        }
    }

    /** Prints the report shown on the printer chosen: pages rendered in the background, then sent. */
    void print(PrinterData printerData) {
        Shown now = shown;
        message.info("Preparing " + now.report().title() + " for the printer…");
        Background.run("Printing " + now.report().title(), table.control(), () -> {
            try {
                ByteArrayOutputStream pdf = new ByteArrayOutputStream();
                export.write(now.table(), ExportFormat.PDF, StationName.local(), pdf);
                return PrintedPages.render(pdf.toByteArray());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, pages -> {
            Printer printer = new Printer(printerData);
            try {
                boolean printed = pages.print(printer, "Gatepass: " + now.report().title());
                if (printed) {
                    message.info(pages.pages().size() + (pages.pages().size() == 1 ? " page" : " pages") + " sent to " + printerData.name + ".");
                } else {
                    message.error("The printer " + printerData.name + " did not accept the job.");
                }
            } finally {
                printer.dispose();
            }
        }, failure -> message.error("Not printed: " + failure.getMessage()));
    }
}

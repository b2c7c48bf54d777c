package org.gatepass.report;

/** The files a report can be written to. */
public enum ExportFormat {
    /** Comma-separated text, formulas defused, for any spreadsheet or script. */
    CSV("csv", "CSV"),
    /** An Excel workbook whose numbers, dates, times and durations are typed cells. */
    XLSX("xlsx", "Excel"),
    /** A printable A4 document with the chart and the paginated table. */
    PDF("pdf", "PDF");

    private final String extension;
    private final String label;

    ExportFormat(String extension, String label) {
        this.extension = extension;
        this.label = label;
    }

    public String extension() {
        return extension;
    }

    public String label() {
        return label;
    }
}

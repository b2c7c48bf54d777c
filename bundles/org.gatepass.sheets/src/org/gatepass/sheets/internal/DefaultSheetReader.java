package org.gatepass.sheets.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.gatepass.core.csv.CsvReader;
import org.gatepass.core.importing.ImportTable;
import org.gatepass.sheets.SheetReader;
import org.osgi.service.component.annotations.Component;

@Component(service = SheetReader.class)
public final class DefaultSheetReader implements SheetReader {
    /** Larger files are not a list of people: refused before reading. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    @Override
    public ImportTable read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + " is not a file");
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new IOException(file.getFileName() + " is larger than " + MAX_BYTES / 1024 / 1024 + " MB");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        List<List<String>> lines;
        if (name.endsWith(".xlsx")) {
            lines = xlsx(file);
        } else if (name.endsWith(".csv") || name.endsWith(".txt")) {
            try {
                lines = CsvReader.read(new StringReader(text(Files.readAllBytes(file))));
            } catch (IOException e) {
                throw new IOException(file.getFileName() + ": " + e.getMessage(), e);
            }
        } else {
            throw new IOException(file.getFileName() + ": only Excel workbooks (.xlsx) and CSV files (.csv) can be imported");
        }
        return table(file.getFileName().toString(), lines);
    }

    /** Rows numbered as the spreadsheet shows them; empty lines before the header are skipped. */
    private static ImportTable table(String source, List<List<String>> lines) throws IOException {
        int header = 0;
        while (header < lines.size() && lines.get(header).stream().allMatch(String::isBlank)) {
            header++;
        }
        if (header == lines.size()) {
            throw new IOException(source + " is empty");
        }
        List<ImportTable.Row> rows = new ArrayList<>();
        for (int i = header + 1; i < lines.size(); i++) {
            rows.add(new ImportTable.Row(i + 1, lines.get(i)));
        }
        return new ImportTable(source, lines.get(header).stream().map(String::strip).toList(), rows);
    }

    private static List<List<String>> xlsx(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            Sheet sheet = workbook.getFirstSheet();
            List<List<String>> lines = new ArrayList<>();
            try (Stream<Row> rows = sheet.openStream()) {
                rows.forEach(row -> {
                    // fastexcel skips rows without cells: keep the numbering the spreadsheet shows
                    while (lines.size() < row.getRowNum() - 1) {
                        lines.add(List.of());
                    }
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < row.getCellCount(); c++) {
                        cells.add(text(row.getCell(c)));
                    }
                    lines.add(cells);
                });
            }
            return lines;
        } catch (IOException | RuntimeException e) {
            // the file is untrusted: whatever the reader trips over (a broken zip, illegal XML characters) refuses it
            throw new IOException(file.getFileName() + " is not a readable Excel workbook (.xlsx): " + e.getMessage(), e);
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getType() == CellType.FORMULA) {
            return "=" + cell.getFormula();
        }
        if (cell.getType() == CellType.NUMBER) {
            // IDs and phone numbers typed as numbers: 1042, not 1042.0
            java.math.BigDecimal number = cell.asNumber();
            return number.stripTrailingZeros().scale() <= 0 ? number.toBigInteger().toString() : number.toPlainString();
        }
        return cell.getRawValue() == null ? "" : cell.getText();
    }

    /** UTF-8 when the bytes are UTF-8, else Windows-1252, as spreadsheets on Windows save CSV. */
    private static String text(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }
}

package org.gatepass.sheets;

import java.io.IOException;
import java.nio.file.Path;

import org.gatepass.core.importing.ImportTable;

/**
 * Reads the first sheet of an Excel workbook ({@code .xlsx}) or a CSV file ({@code .csv}, UTF-8, or Windows-1252 when
 * it is not UTF-8) as a table: the first non-empty row is the header. Formula cells are read as their formula.
 */
public interface SheetReader {

    /** @throws IOException with a message for the operator when the file cannot be read as a table */
    ImportTable read(Path file) throws IOException;
}

/** Spreadsheets in and out: reading a table from a CSV file or an Excel workbook (.xlsx) to import it. */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.gatepass.sheets;

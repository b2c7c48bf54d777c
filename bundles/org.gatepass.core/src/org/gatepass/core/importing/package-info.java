/**
 * Importing persons and visitors from a table (a CSV file or an Excel sheet, read by the sheets bundle): which column
 * holds which field, a preview of what each row would do, with every problem by row and column, and the import itself
 * once the operator confirms it.
 */
@org.osgi.annotation.versioning.Version("0.2.0")
package org.gatepass.core.importing;

/** CSV files people open in a spreadsheet: RFC 4180, with values that look like formulas defused. */
@org.osgi.annotation.versioning.Version("0.2.0")
package org.gatepass.core.csv;

/**
 * Reports over the stored events, computed in the database: daily attendance, movements per hour, a person's history,
 * presence at a moment and alerts per day ({@link org.gatepass.core.report.ReportService}); and the report SPI
 * ({@link org.gatepass.core.report.ReportDefinition}) through which these and plug-ins' reports reach the Reports view,
 * its exports and its printing as a typed {@link org.gatepass.core.report.ReportTable}.
 */
@org.osgi.annotation.versioning.Version("0.3.0")
package org.gatepass.core.report;

/**
 * Documents for people: any report as CSV, Excel or PDF ({@link org.gatepass.report.ReportExport}), the muster list for
 * an emergency, and visitors' printed passes.
 */
@org.osgi.annotation.versioning.Version("0.3.0")
package org.gatepass.report;

/** Documents for people: the muster list for an emergency, as CSV for a spreadsheet and as a PDF to print. */
@org.osgi.annotation.versioning.Version("0.2.0")
package org.gatepass.report;

package org.gatepass.core.report;

import java.util.Set;

import org.gatepass.core.security.Actor;

/**
 * A report the Reports view offers, registered as an OSGi service: Gatepass's own and those of plug-ins alike. The
 * view shows the parameters it names, runs it off the UI thread and shows, exports (CSV, Excel, PDF) and prints the
 * table it returns. {@link #run} checks the actor's permissions like any service and reads the database through
 * Gatepass's services; it throws {@link IllegalArgumentException} with a sentence for the operator when the request
 * cannot be answered (an unknown person, a range too long).
 */
public interface ReportDefinition {

    /** A stable id, e.g. {@code "attendance"}; plug-ins prefix theirs with their bundle's name. */
    String id();

    /** The name in the view's list, e.g. "Daily attendance". */
    String title();

    /** The parameters the report reads; the view asks for no others. */
    Set<ReportParameter> parameters();

    /** Where the report stands in the list: Gatepass's own are 10 to 50, plug-ins' are 100 unless they say. */
    default int position() {
        return 100;
    }

    ReportTable run(Actor actor, ReportRequest request);
}

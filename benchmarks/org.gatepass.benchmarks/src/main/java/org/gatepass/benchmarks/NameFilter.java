package org.gatepass.benchmarks;

import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * What the operator has typed into the log's filter box: three letters matching about one person in seven
 * (Maria, Mark, Omar, Martinez...), or a whole name matching one person. A query plan that suits one of them
 * can be slow for the other, so both are measured.
 */
@State(Scope.Benchmark)
public class NameFilter {
    @Param({"mar", "maria taylor"})
    public String text;
}

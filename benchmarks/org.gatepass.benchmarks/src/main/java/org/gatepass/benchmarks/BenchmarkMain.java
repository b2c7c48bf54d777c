package org.gatepass.benchmarks;

import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks with JMH's usual command-line options, measuring MariaDB only when its server
 * answers so that a workstation without one still gets the H2 figures.
 */
public final class BenchmarkMain {
    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        CommandLineOptions command = new CommandLineOptions(args);
        OptionsBuilder options = new OptionsBuilder();
        options.parent(command);
        if (!command.getParameter("engine").hasValue()) {
            String unreachable = MariaDbServer.unreachableReason();
            if (unreachable == null) {
                options.param("engine", FreshDatabase.H2, FreshDatabase.MARIADB);
            } else {
                System.out.println("SKIPPED: MariaDB at " + MariaDbServer.URL + " is not reachable (" + unreachable
                        + "): measuring H2 only");
                options.param("engine", FreshDatabase.H2);
            }
        }
        new Runner(options.build()).run();
    }
}

package org.gatepass.vision;

import java.util.logging.Logger;

/**
 * The integer dot product of two runs of int8 codes, the inner loop of every 1:N search. The JDK's Vector
 * API multiplies 16 codes per instruction where the JVM was started with {@code --add-modules
 * jdk.incubator.vector} (the workstation's and the agent's start scripts do); elsewhere a plain loop,
 * which C2 vectorises only in part, gives the same sums about eight times slower (docs/performance.md).
 */
interface CodeDot {
    CodeDot FASTEST = fastest();

    /** The sum of {@code probe[i] * templates[offset + i]} over the probe's length (the probe's int8 codes as shorts). */
    int dot(short[] probe, byte[] templates, int offset);

    private static CodeDot fastest() {
        Logger log = Logger.getLogger(CodeDot.class.getName());
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()) {
            try {
                CodeDot vector = new VectorCodeDot();
                log.fine("1:N search with the Vector API");
                return vector;
            } catch (LinkageError e) {
                log.warning("The Vector API is in the JVM but not visible to this bundle (" + e
                        + "): 1:N search runs a plain loop; add jdk.incubator.vector to org.osgi.framework.system.packages.extra");
            }
        } else {
            log.info("1:N search runs a plain loop: start Java with --add-modules jdk.incubator.vector for the faster one");
        }
        return new PlainCodeDot();
    }
}

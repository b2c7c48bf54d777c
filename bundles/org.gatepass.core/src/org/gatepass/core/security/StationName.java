package org.gatepass.core.security;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** The name this workstation or gate agent is recorded under: {@code -Dgatepass.station}, else the host name. */
public final class StationName {
    public static final String PROPERTY = "gatepass.station";

    private StationName() {
    }

    public static String local() {
        String configured = System.getProperty(PROPERTY, "").strip();
        if (!configured.isEmpty()) {
            return configured;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unnamed-station";
        }
    }
}

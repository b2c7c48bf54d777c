package org.gatepass.core;

import java.nio.file.Path;

/**
 * Where a workstation keeps its data: {@code -Dgatepass.data}, else {@code $XDG_DATA_HOME/gatepass},
 * else {@code ~/.local/share/gatepass}.
 */
public final class DataDirectory {
    public static final String PROPERTY = "gatepass.data";

    private DataDirectory() {
    }

    public static Path resolve() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("gatepass").toAbsolutePath();
    }
}

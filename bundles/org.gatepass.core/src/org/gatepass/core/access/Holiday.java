package org.gatepass.core.access;

import java.time.LocalDate;
import java.util.Objects;

/** A day the site is closed to access levels that are not open on holidays. */
public record Holiday(LocalDate day, String name) {

    public Holiday {
        Objects.requireNonNull(day, "day");
        name = name == null ? "" : name.strip();
    }
}

package org.gatepass.core.report;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** What a report column holds, so that every export keeps numbers as numbers and times as times. */
public enum ColumnKind {
    TEXT(String.class), NUMBER(Long.class), DATE(LocalDate.class), TIME(LocalTime.class), DATE_TIME(LocalDateTime.class), DURATION(Duration.class);

    private final Class<?> valueType;

    ColumnKind(Class<?> valueType) {
        this.valueType = valueType;
    }

    /** The Java type of this column's cells (null cells are empty). */
    public Class<?> valueType() {
        return valueType;
    }
}

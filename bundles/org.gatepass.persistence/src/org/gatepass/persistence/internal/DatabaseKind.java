package org.gatepass.persistence.internal;

/** Which database a station keeps its data in. */
public enum DatabaseKind {
    /** An H2 file in the data folder: nothing to set up, one station only. */
    EMBEDDED,
    /** A MySQL or MariaDB server that several stations share. */
    MYSQL
}

package org.gatepass.persistence.internal;

/** How a MySQL/MariaDB connection uses TLS: Connector/J's {@code sslMode} values. */
public enum DatabaseTls {
    DISABLED, PREFERRED, REQUIRED, VERIFY_CA, VERIFY_IDENTITY
}

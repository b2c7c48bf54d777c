package org.gatepass.persistence.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Describes the database choice ({@value DatabaseChoice#PID}) for the settings editor; {@link DatabaseChoice} reads
 * it. The password is offered but kept in the secret store under {@value DatabaseChoice#PASSWORD_KEY}.
 */
@ObjectClassDefinition(name = "Database",
        description = "Where this station keeps persons, events and settings: the embedded database in the data folder, or a MySQL "
                + "or MariaDB server that several stations share. Applies when Gatepass is started again; use Test connection first.")
@interface DatabaseChoiceConfig {
    @AttributeDefinition(name = "Database", description = "EMBEDDED (nothing to set up, this station only) or MYSQL (MySQL or MariaDB).")
    DatabaseKind kind() default DatabaseKind.EMBEDDED;

    @AttributeDefinition(name = "Server", description = "Host name or address of the MySQL/MariaDB server.", required = false)
    String host() default "127.0.0.1";

    @AttributeDefinition(name = "Port", min = "1", max = "65535")
    int port() default 3306;

    @AttributeDefinition(name = "Database name", description = "The schema Gatepass uses; it creates its tables there at the first start.",
            required = false)
    String database() default "gatepass";

    @AttributeDefinition(name = "User", required = false)
    String user() default "gatepass";

    @AttributeDefinition(name = "Password", description = "Kept in secure storage, never shown again.", type = AttributeType.PASSWORD,
            required = false)
    String password();

    @AttributeDefinition(name = "TLS", description = "DISABLED, PREFERRED, REQUIRED, VERIFY_CA or VERIFY_IDENTITY (checks the server's "
            + "certificate and name; use it across a network you do not control).")
    DatabaseTls tls() default DatabaseTls.PREFERRED;
}

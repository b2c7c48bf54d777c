package org.gatepass.persistence.internal;

import java.sql.Connection;
import java.util.Map;

import javax.sql.DataSource;

import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

/** Brings a database schema up to date with the changelog shipped in this bundle (db/changelog.xml). */
final class Migrations {
    static final String CHANGELOG = "db/changelog.xml";

    private Migrations() {
    }

    static void apply(DataSource dataSource) throws Exception {
        ClassLoader bundleLoader = Migrations.class.getClassLoader();
        // Liquibase builds its registry of services once, from the context class loader of the first thread to
        // touch it; its own bundle's loader always sees them, whoever calls first.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Scope.class.getClassLoader());
        try (Connection connection = dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            // Liquibase's messages and update summary go to the log, not to standard output, where gatepass-audit
            // prints its verdict.
            Map<String, Object> scope = Map.of(Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(bundleLoader),
                    Scope.Attr.ui.name(), new LoggerUIService());
            Scope.child(scope, () -> {
                new CommandScope(UpdateCommandStep.COMMAND_NAME)
                        .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                        .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                        .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
                        .execute();
            });
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}

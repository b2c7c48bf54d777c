package org.gatepass.persistence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Logger;

import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.datasource.pooled.PooledDataSource;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.gatepass.core.StorageException;
import org.gatepass.core.secret.SecretStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The workstation's database: a connection pool, the schema migrations and the MyBatis mappers.
 * It connects on first use rather than at activation, so a database that is down at start-up gives
 * the operator a clear error on each action and works as soon as it comes back.
 */
@Component(service = Database.class)
public final class Database implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Database.class.getName());
    private static final List<String> MAPPERS = List.of("PersonMapper.xml", "GateEventMapper.xml", "FaceTemplateMapper.xml",
            "OutboxMapper.xml", "OperatorMapper.xml", "AuditMapper.xml", "AlertMapper.xml", "PresenceMapper.xml", "StrangerMapper.xml",
            "PassMapper.xml", "ReportMapper.xml", "AccessMapper.xml", "ConsentMapper.xml", "ErasureMapper.xml",
            "RetentionMapper.xml");

    private final DatabaseSettings settings;
    private final PooledDataSource dataSource;
    /** Holds the password chosen in the settings editor, used when neither the environment nor a property gives one. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile SecretStore secrets;
    private volatile SqlSessionFactory sessions;
    /** The session of the transaction the current thread is in, if any: it holds the database session only, never the operator. */
    private final ThreadLocal<SqlSession> current = new ThreadLocal<>();

    @Activate
    public Database() {
        this(DatabaseSettings.fromEnvironment());
    }

    public Database(DatabaseSettings settings) {
        this(settings, null);
    }

    /** A database whose password, when the settings have none, is the one the settings editor stored. */
    Database(DatabaseSettings settings, SecretStore secrets) {
        this.settings = settings;
        this.secrets = secrets;
        this.dataSource = new PooledDataSource(Database.class.getClassLoader(), settings.driverClass(), settings.url(),
                settings.user(), settings.password());
        dataSource.setPoolPingEnabled(true);
        dataSource.setPoolPingQuery("SELECT 1");
        dataSource.setPoolPingConnectionsNotUsedFor(30_000);
        dataSource.setLoginTimeout(5);
    }

    public DatabaseSettings settings() {
        return settings;
    }

    /** Runs read-only work in a session of its own, or in the current thread's transaction when there is one. */
    public <T> T read(Function<SqlSession, T> work) {
        SqlSession joined = current.get();
        if (joined != null) {
            return inSession(joined, work);
        }
        try (SqlSession session = sessions().openSession()) {
            return work.apply(session);
        } catch (PersistenceException e) {
            throw storageFailure(e);
        }
    }

    /**
     * Runs work in one transaction: committed if it returns, rolled back if it throws. Called inside another
     * transaction on the same thread, it joins that one, which commits or rolls back everything together.
     */
    public <T> T write(Function<SqlSession, T> work) {
        SqlSession joined = current.get();
        if (joined != null) {
            return inSession(joined, work);
        }
        try (SqlSession session = sessions().openSession(false)) {
            current.set(session);
            T result = work.apply(session);
            session.commit();
            return result;
        } catch (PersistenceException e) {
            throw storageFailure(e);
        } finally {
            current.remove();
        }
    }

    private <T> T inSession(SqlSession session, Function<SqlSession, T> work) {
        try {
            return work.apply(session);
        } catch (PersistenceException e) {
            throw storageFailure(e);
        }
    }

    @Deactivate
    @Override
    public void close() {
        dataSource.forceCloseAll();
    }

    private SqlSessionFactory sessions() {
        SqlSessionFactory ready = sessions;
        if (ready == null) {
            synchronized (this) {
                if (sessions == null) {
                    sessions = open();
                }
                ready = sessions;
            }
        }
        return ready;
    }

    private SqlSessionFactory open() {
        SecretStore store = secrets;
        if (!settings.isEmbedded() && settings.password().isEmpty() && store != null) {
            store.get(DatabaseChoice.PASSWORD_KEY).ifPresent(dataSource::setPassword);
        }
        try {
            Migrations.apply(dataSource);
            LOG.info(() -> "Database ready: " + settings.describe());
            return new SqlSessionFactoryBuilder().build(mybatisConfiguration());
        } catch (Exception e) {
            dataSource.forceCloseAll();
            throw new StorageException("Database " + settings.describe() + " is not available: " + rootMessage(e), e);
        }
    }

    private Configuration mybatisConfiguration() throws IOException {
        Configuration configuration = new Configuration(new Environment("gatepass", new JdbcTransactionFactory(), dataSource));
        configuration.setMapUnderscoreToCamelCase(true);
        configuration.getTypeHandlerRegistry().register(Instant.class, new UtcInstantTypeHandler());
        // MyBatis resolves the classes named in mapper XML through the context class loader; only this
        // bundle's loader sees both MyBatis and the Gatepass domain types.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Database.class.getClassLoader());
        try {
            for (String mapper : MAPPERS) {
                try (InputStream xml = Database.class.getResourceAsStream(mapper)) {
                    if (xml == null) {
                        throw new IOException("Mapper " + mapper + " is missing from the bundle");
                    }
                    new XMLMapperBuilder(xml, configuration, mapper, configuration.getSqlFragments()).parse();
                }
            }
        } finally {
            thread.setContextClassLoader(previous);
        }
        return configuration;
    }

    private StorageException storageFailure(PersistenceException e) {
        return new StorageException("Database error on " + settings.describe() + ": " + rootMessage(e), e);
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}

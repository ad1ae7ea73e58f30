package org.advisorydesk.kernel;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Nodes that start together on one PostgreSQL start one after the other: from the engine's bootstrap
 * (its schema created or updated, the processes deployed) through every start-up runner (demo users,
 * the treaty seed, the demo desk) until the node is ready, each holds a PostgreSQL advisory lock. The
 * second node then finds the schema made, the definitions deployed, the users and the seed there, and
 * only checks them. Without it two nodes on an empty database raced to create the engine's tables and
 * the demo users (one failed, issue 13).
 *
 * <p>Why an advisory lock and not Flyway running the engine's own SQL scripts: the engine keeps
 * managing its schema as Camunda documents it ({@code schema-update}, its patch scripts on upgrade),
 * nothing of Camunda's is copied into our migrations, and the one lock also covers our own start-up
 * work that checks before it creates. Flyway takes its own advisory lock for our migrations. H2 (a file
 * one process opens) needs none.
 */
@Component
class StartupLock extends AbstractProcessEnginePlugin implements ApplicationListener<ApplicationEvent> {

    private static final Logger log = LoggerFactory.getLogger(StartupLock.class);
    /** One key for the desk's start-up, the same on every node ("ADVSDESK" in ASCII). */
    private static final long KEY = 0x4144565344455348L;

    private final DataSource dataSource;
    private Connection holder;

    StartupLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        take();
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationReadyEvent || event instanceof ApplicationFailedEvent) {
            release();
        }
    }

    private synchronized void take() {
        try {
            Connection connection = dataSource.getConnection();
            if (DatabaseProduct.of(connection) != DatabaseProduct.POSTGRESQL) {
                connection.close();
                return;
            }
            connection.setAutoCommit(true);
            log.info("Waiting for the start-up lock (another node may be starting)");
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT pg_advisory_lock(" + KEY + ")");
            }
            holder = connection;
            log.info("Start-up lock taken");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take the start-up lock", e);
        }
    }

    private synchronized void release() {
        if (holder == null) {
            return;
        }
        try (Connection connection = holder; Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_advisory_unlock(" + KEY + ")");
            log.info("Start-up lock released");
        } catch (SQLException e) {
            log.warn("Could not release the start-up lock; it ends with the connection", e);
        } finally {
            holder = null;
        }
    }
}

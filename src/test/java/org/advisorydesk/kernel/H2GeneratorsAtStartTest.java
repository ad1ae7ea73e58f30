package org.advisorydesk.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.advisorydesk.DeskTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The catch-up is one of the product's Flyway callbacks: each migrate at start runs it, with nothing to migrate too. */
@DeskTest
class H2GeneratorsAtStartTest {

    @Autowired Flyway flyway;
    @Autowired JdbcClient jdbc;
    @Autowired javax.sql.DataSource dataSource;

    @Test
    void theProductsMigrateMovesAGeneratorLeftBehindPastItsRows() throws java.sql.SQLException {
        try (java.sql.Connection connection = dataSource.getConnection()) {
            org.junit.jupiter.api.Assumptions.assumeTrue("H2".equals(connection.getMetaData().getDatabaseProductName()),
                    "about the H2 file's generators; PostgreSQL keeps its own");
        }
        jdbc.sql("INSERT INTO dashboard_change (changed_on) VALUES (DATE '2026-01-01')").update();
        long largest = jdbc.sql("SELECT MAX(id) FROM dashboard_change").query(Long.class).single();
        jdbc.sql("ALTER TABLE dashboard_change ALTER COLUMN id RESTART WITH 1").update();

        flyway.migrate();

        assertThat(jdbc.sql("SELECT IDENTITY_BASE FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'DASHBOARD_CHANGE' "
                + "AND COLUMN_NAME = 'ID'").query(Long.class).single()).as("the next id").isEqualTo(largest + 1);
        jdbc.sql("DELETE FROM dashboard_change WHERE changed_on = DATE '2026-01-01'").update();
    }
}

package org.advisorydesk.durability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The PostgreSQL the tests may use: {@code ADVISORYDESK_TEST_POSTGRES_URL} (set by {@code .ci/run}
 * from its scratch cluster, {@code .ci/postgres}), role {@code advisorydesk}, allowed to create
 * databases. Tests that need it are skipped without it.
 */
public final class TestPostgres {

    public static final String URL_VARIABLE = "ADVISORYDESK_TEST_POSTGRES_URL";
    static final String USER = "advisorydesk";
    static final String PASSWORD = "advisorydesk";

    private TestPostgres() {
    }

    /** A new empty database; answers its JDBC URL. */
    public static String emptyDatabase(String prefix) throws SQLException {
        String base = System.getenv(URL_VARIABLE);
        String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = DriverManager.getConnection(base, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return base.substring(0, base.lastIndexOf('/') + 1) + name;
    }

    public static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, USER, PASSWORD);
    }

    /** The arguments that put a child application on that database. */
    public static String[] on(String url) {
        return new String[] {"--spring.profiles.active=postgres", "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + USER, "--spring.datasource.password=" + PASSWORD};
    }
}

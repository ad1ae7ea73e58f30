package org.advisorydesk.kernel;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

/** Which database the desk runs on, where a statement or a sequence differs between them. */
public enum DatabaseProduct {

    POSTGRESQL, H2, OTHER;

    public static DatabaseProduct of(Connection connection) throws SQLException {
        String name = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        return name.contains("postgres") ? POSTGRESQL : name.equals("h2") ? H2 : OTHER;
    }

    /** Asks a connection of the data source (at start-up: a bean's constructor). */
    public static DatabaseProduct of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return of(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database", e);
        }
    }
}

package de.kommunalmesse.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An empty database of its own for a migration test, outside Quarkus: the test migrates it to the version before
 * the migration it proves, writes rows as they were then, migrates on and compares. Registered with
 * {@code @RegisterExtension static final MigrationDatabase db = new MigrationDatabase("data-dir")}; the database
 * is dropped after the class.
 */
public final class MigrationDatabase implements BeforeAllCallback, AfterAllCallback {

    private final String dataDir;
    private LocalMariaDb.Server server;
    private String database;

    /** @param dataDir the folder of the embedded server when no local one is reachable */
    public MigrationDatabase(String dataDir) {
        this.dataDir = dataDir;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server = MariaDbTestResource.pickServer(dataDir);
        database = MariaDbTestResource.newDatabase(server);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (server != null) {
            server.execute("DROP DATABASE IF EXISTS " + database);
            server.stop();
        }
    }

    /** Applies the migrations up to and including {@code version}. */
    public void migrateTo(String version) {
        flyway().target(version).load().migrate();
    }

    /** Applies every migration there is. */
    public void migrateToLatest() {
        flyway().load().migrate();
    }

    private org.flywaydb.core.api.configuration.FluentConfiguration flyway() {
        return Flyway.configure().dataSource(server.jdbcUrl(database), server.user(), server.password())
                .locations("classpath:db/migration");
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(database), server.user(), server.password());
    }

    /** The first column of every row the query gives, in its order. */
    public static List<String> rows(Statement sql, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = sql.executeQuery(query)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }

    /** The number a {@code SELECT COUNT(*)} query gives. */
    public static long count(Statement sql, String query) throws SQLException {
        try (ResultSet result = sql.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }
}

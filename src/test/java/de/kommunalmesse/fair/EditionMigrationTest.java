package de.kommunalmesse.fair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static de.kommunalmesse.testsupport.MigrationDatabase.count;
import static de.kommunalmesse.testsupport.MigrationDatabase.rows;

import de.kommunalmesse.testsupport.MigrationDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The editions migration (V11) on a copy of the demo database as it was before editions: the data of the demo
 * fair loaded at schema version 10 (src/test/resources/migration/demo-v10-data.sql.gz, written by mysqldump),
 * plus chat history, migrated and compared with what it was. Nothing is lost and everything lands in one
 * current edition.
 */
class EditionMigrationTest {

    @RegisterExtension
    static final MigrationDatabase db = new MigrationDatabase("mariadb-migration-data");

    @Test
    void demoDatabaseOfVersionTenMovesIntoOneCurrentEditionWithoutLoss() throws Exception {
        db.migrateTo("10");
        try (Connection connection = db.connect(); Statement sql = connection.createStatement()) {
            // mysqldump writes the tables in alphabetical order, not in the order of their foreign keys
            sql.execute("SET FOREIGN_KEY_CHECKS = 0");
            for (String statement : dump()) {
                sql.execute(statement);
            }
            sql.execute("SET FOREIGN_KEY_CHECKS = 1");
            // Chat history of the demo: a booth and a stage channel, a conversation, a report, a log entry, a mute
            sql.execute("INSERT INTO chat_channel (id, kind, last_seq, created_at) VALUES"
                    + " ('booth:kreis-soest-umzug', 'booth', 2, NOW()), ('stage:hauptbuehne', 'stage', 1, NOW()),"
                    + " ('dm:1', 'dm', 1, NOW())");
            sql.execute("INSERT INTO chat_message (channel_id, seq, rev, client_msg_id, author, author_name, body, created_at)"
                    + " VALUES ('booth:kreis-soest-umzug', 1, 1, 'a', 'besucher', 'Besucher', 'Guten Tag', NOW()),"
                    + " ('booth:kreis-soest-umzug', 2, 2, 'b', 'aussteller-soest', 'Team', 'Hallo', NOW()),"
                    + " ('stage:hauptbuehne', 1, 1, 'c', 'besucher', 'Besucher', 'Frage', NOW()),"
                    + " ('dm:1', 1, 1, 'd', 'besucher', 'Besucher', 'Privat', NOW())");
            sql.execute("INSERT INTO chat_read_pointer (username, channel_id, last_read_seq, updated_at)"
                    + " VALUES ('besucher', 'booth:kreis-soest-umzug', 2, NOW())");
            sql.execute("INSERT INTO chat_conversation (id, booth_slug, booth_name, exhibitor_slug, exhibitor_name, visitor,"
                    + " visitor_name, status, created_at, updated_at) VALUES (1, 'kreis-soest-umzug', 'Umzug', 'kreis-soest',"
                    + " 'Kreis Soest', 'besucher', 'Besucher', 'open', NOW(), NOW())");
            sql.execute("INSERT INTO chat_report (channel_id, message_seq, message_author, message_text, reporter, status,"
                    + " created_at) VALUES ('booth:kreis-soest-umzug', 1, 'besucher', 'Guten Tag', 'kdn-admin', 'open', NOW())");
            sql.execute("INSERT INTO chat_moderation_log (actor, action, channel_id, created_at)"
                    + " VALUES ('kdn-admin', 'slow-mode', 'stage:hauptbuehne', NOW())");
            sql.execute("INSERT INTO chat_sanction (username, kind, channel_id, created_by, created_at)"
                    + " VALUES ('besucher', 'mute', 'booth:kreis-soest-umzug', 'kdn-admin', NOW())");

            List<String> boothsBefore = rows(sql, "SELECT CONCAT(slug, '|', name, '|', exhibitor_id, '|', status) FROM booth ORDER BY id");
            long offers = count(sql, "SELECT COUNT(*) FROM reuse_offer");
            long talks = count(sql, "SELECT COUNT(*) FROM talk");
            List<String> daysBefore = rows(sql, "SELECT CONCAT(id, '|', day_date) FROM event_day ORDER BY id");
            List<String> stagesBefore = rows(sql, "SELECT stage_key FROM stage ORDER BY id");
            long exhibitors = count(sql, "SELECT COUNT(*) FROM exhibitor");
            int firstYear = Integer.parseInt(rows(sql, "SELECT YEAR(MIN(day_date)) FROM event_day").get(0));
            assertEquals(72, boothsBefore.size(), "the dump holds the demo fair");

            db.migrateToLatest();

            String edition = Integer.toString(firstYear);
            assertEquals(List.of(edition + "|open|" + edition), rows(sql,
                    "SELECT CONCAT(e.slug, '|', e.state, '|', c.slug) FROM edition e JOIN fair_series s ON s.id = e.series_id"
                            + " JOIN edition c ON c.id = s.current_edition_id"), "one edition, open and current");
            assertEquals(boothsBefore, rows(sql,
                    "SELECT CONCAT(slug, '|', name, '|', exhibitor_id, '|', status) FROM booth ORDER BY id"), "booths unchanged");
            assertEquals(0, count(sql, "SELECT COUNT(*) FROM booth WHERE edition_id <> (SELECT id FROM edition)"));
            assertEquals(daysBefore, rows(sql, "SELECT CONCAT(id, '|', day_date) FROM event_day ORDER BY id"));
            assertEquals(0, count(sql, "SELECT COUNT(*) FROM event_day WHERE edition_id <> (SELECT id FROM edition)"));
            assertEquals(stagesBefore, rows(sql, "SELECT stage_key FROM stage ORDER BY id"));
            assertEquals(talks, count(sql, "SELECT COUNT(*) FROM talk"));
            assertEquals(offers, count(sql, "SELECT COUNT(DISTINCT service_key) FROM reuse_offer"),
                    "every service has a key of its own");
            assertEquals(exhibitors, count(sql, "SELECT COUNT(*) FROM edition_exhibitor"), "every exhibitor takes part");

            String booth = "booth:" + edition + "/kreis-soest-umzug";
            String stage = "stage:" + edition + "/hauptbuehne";
            assertEquals(List.of(booth, "dm:1", stage), rows(sql, "SELECT id FROM chat_channel ORDER BY id"));
            assertEquals(List.of(booth + "|2", "dm:1|1", stage + "|1"),
                    rows(sql, "SELECT CONCAT(channel_id, '|', COUNT(*)) FROM chat_message GROUP BY channel_id ORDER BY channel_id"));
            assertEquals(List.of(booth), rows(sql, "SELECT channel_id FROM chat_read_pointer"));
            assertEquals(List.of(edition + "/kreis-soest-umzug"), rows(sql, "SELECT booth_slug FROM chat_conversation"));
            assertEquals(List.of(booth), rows(sql, "SELECT channel_id FROM chat_report"));
            assertEquals(List.of(stage), rows(sql, "SELECT channel_id FROM chat_moderation_log"));
            assertEquals(List.of(booth), rows(sql, "SELECT channel_id FROM chat_sanction"));
            assertTrue(rows(sql, "SELECT id FROM chat_channel WHERE id LIKE 'booth:%' AND id NOT LIKE 'booth:%/%'").isEmpty());
        }
    }

    /**
     * The INSERT statements of the dump; mysqldump writes one per table, its rows on lines of their own, the last
     * one ending with a semicolon.
     */
    private static List<String> dump() throws IOException {
        try (InputStream in = EditionMigrationTest.class.getResourceAsStream("/migration/demo-v10-data.sql.gz")) {
            String text = new String(new GZIPInputStream(in).readAllBytes(), StandardCharsets.UTF_8);
            List<String> statements = new ArrayList<>();
            StringBuilder statement = null;
            for (String line : text.split("\n")) {
                if (statement == null && line.startsWith("INSERT INTO")) {
                    // REPLACE: the migrations seed a few rows (platform_setting) that the dump holds too
                    statement = new StringBuilder("REPLACE").append(line.substring("INSERT".length()));
                } else if (statement != null) {
                    statement.append('\n').append(line);
                }
                if (statement != null && line.endsWith(";")) {
                    statements.add(statement.substring(0, statement.length() - 1));
                    statement = null;
                }
            }
            return statements;
        }
    }
}

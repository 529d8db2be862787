package de.kommunalmesse.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.kommunalmesse.testsupport.LocalMariaDb;
import de.kommunalmesse.testsupport.MariaDbTestResource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * V27 turns the free speaker fields of each talk into profiles: one per name and organisation, linked in the
 * talk's order, nothing lost.
 */
class SpeakerMigrationTest {

    private static LocalMariaDb.Server server;
    private static String database;

    @BeforeAll
    static void createDatabase() {
        server = MariaDbTestResource.pickServer("mariadb-speaker-migration");
        database = MariaDbTestResource.newDatabase(server);
    }

    @AfterAll
    static void dropDatabase() {
        if (server != null) {
            server.execute("DROP DATABASE IF EXISTS " + database);
            server.stop();
        }
    }

    private Flyway flyway(String target) {
        return Flyway.configure().dataSource(server.jdbcUrl(database), server.user(), server.password())
                .locations("classpath:db/migration").target(target).load();
    }

    @Test
    void freeSpeakerFieldsBecomeProfilesInTheTalksOrder() throws Exception {
        flyway("24").migrate();
        try (Connection db = DriverManager.getConnection(server.jdbcUrl(database), server.user(), server.password());
                Statement sql = db.createStatement()) {
            sql.execute("INSERT INTO fair_series (id, slug, title, created_at) VALUES (1, 'mig', 'Messe', NOW())");
            sql.execute("INSERT INTO edition (id, series_id, slug, title, starts_on, ends_on, state, created_at)"
                    + " VALUES (1, 1, '2030', 'Messe 2030', '2030-11-25', '2030-11-29', 'open', NOW())");
            sql.execute("INSERT INTO event_day (id, edition_id, day_date, host_region_code, title)"
                    + " VALUES (1, 1, '2030-11-25', 'aachen', 'Tag 1')");
            sql.execute("INSERT INTO stage (id, edition_id, stage_key, name, sort_order) VALUES (1, 1, 'haupt', 'Hauptbühne', 1)");
            sql.execute("INSERT INTO talk (id, event_day_id, stage_id, title, talk_type, language, starts_at, ends_at) VALUES"
                    + " (1, 1, 1, 'Erster', 'fachbeitrag', 'de', '2030-11-25 09:00', '2030-11-25 10:00'),"
                    + " (2, 1, 1, 'Zweiter', 'fachbeitrag', 'de', '2030-11-25 10:00', '2030-11-25 11:00')");
            sql.execute("INSERT INTO talk_speaker (talk_id, position, name, organisation, role) VALUES"
                    + " (1, 0, 'Zora Zett', 'Kreis Soest', 'Moderation'), (1, 1, 'Anton Ahn', NULL, NULL),"
                    + " (2, 0, 'Anton Ahn', NULL, 'Projektleitung'), (2, 1, 'Zora Zett', 'Stadt Soest', NULL)");

            flyway("27").migrate();

            assertEquals(List.of("1|0|Zora Zett|Kreis Soest|Moderation", "1|1|Anton Ahn|-|Projektleitung",
                    "2|0|Anton Ahn|-|Projektleitung", "2|1|Zora Zett|Stadt Soest|-"),
                    rows(sql, "SELECT CONCAT_WS('|', ts.talk_id, ts.position, s.name, COALESCE(s.organisation, '-'),"
                            + " COALESCE(s.role, '-')) FROM talk_speaker ts JOIN speaker s ON s.id = ts.speaker_id"
                            + " ORDER BY ts.talk_id, ts.position"));
            assertEquals(List.of("3"), rows(sql, "SELECT COUNT(*) FROM speaker"),
                    "the same name and organisation is one profile; another organisation is another person");
        }
    }

    private static List<String> rows(Statement sql, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = sql.executeQuery(query)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }
}

package de.kommunalmesse.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static de.kommunalmesse.testsupport.MigrationDatabase.rows;

import de.kommunalmesse.testsupport.MigrationDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * V27 turns the free speaker fields of each talk into profiles: one per name and organisation, linked in the
 * talk's order, nothing lost.
 */
class SpeakerMigrationTest {

    @RegisterExtension
    static final MigrationDatabase db = new MigrationDatabase("mariadb-speaker-migration");

    @Test
    void freeSpeakerFieldsBecomeProfilesInTheTalksOrder() throws Exception {
        db.migrateTo("24");
        try (Connection connection = db.connect(); Statement sql = connection.createStatement()) {
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

            db.migrateTo("27");

            assertEquals(List.of("1|0|Zora Zett|Kreis Soest|Moderation", "1|1|Anton Ahn|-|Projektleitung",
                    "2|0|Anton Ahn|-|Projektleitung", "2|1|Zora Zett|Stadt Soest|-"),
                    rows(sql, "SELECT CONCAT_WS('|', ts.talk_id, ts.position, s.name, COALESCE(s.organisation, '-'),"
                            + " COALESCE(s.role, '-')) FROM talk_speaker ts JOIN speaker s ON s.id = ts.speaker_id"
                            + " ORDER BY ts.talk_id, ts.position"));
            assertEquals(List.of("3"), rows(sql, "SELECT COUNT(*) FROM speaker"),
                    "the same name and organisation is one profile; another organisation is another person");
        }
    }
}

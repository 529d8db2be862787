-- Editions (issue 17): one platform for the whole series, year after year. Each edition has its own event
-- days, stages, booths (hall) and chat channels; exhibitors, their staff and user accounts are shared.
-- Today's data moves into a first edition per series, named after the year of its first event day.

CREATE TABLE edition (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    series_id          BIGINT       NOT NULL,
    slug               VARCHAR(40)  NOT NULL,
    title              VARCHAR(200) NOT NULL,
    starts_on          DATE         NOT NULL,
    ends_on            DATE         NOT NULL,
    -- preparation: admins and the taking-part exhibitors only; open: public; archive: public, read-only
    state              VARCHAR(12)  NOT NULL,
    -- days after ends_on when an open edition switches to the archive on its own; NULL: the platform default
    archive_after_days INT,
    archived_at        DATETIME(6),
    created_at         DATETIME(6)  NOT NULL,
    CONSTRAINT uq_edition_slug UNIQUE (slug),
    CONSTRAINT fk_edition_series FOREIGN KEY (series_id) REFERENCES fair_series (id),
    CONSTRAINT ck_edition_dates CHECK (ends_on >= starts_on),
    CONSTRAINT ck_edition_state CHECK (state IN ('preparation', 'open', 'archive')),
    CONSTRAINT ck_edition_archive_after CHECK (archive_after_days IS NULL OR archive_after_days >= 0),
    INDEX ix_edition_series_dates (series_id, starts_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The current edition is a column of the series, so that there can never be two.
ALTER TABLE fair_series
    ADD COLUMN current_edition_id BIGINT,
    ADD CONSTRAINT fk_fair_series_current FOREIGN KEY (current_edition_id) REFERENCES edition (id);

-- Exhibitors taking part in an edition (invited by admins, or carried over with their booths).
CREATE TABLE edition_exhibitor (
    edition_id   BIGINT      NOT NULL,
    exhibitor_id BIGINT      NOT NULL,
    invited_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (edition_id, exhibitor_id),
    CONSTRAINT fk_edition_exhibitor_edition FOREIGN KEY (edition_id) REFERENCES edition (id) ON DELETE CASCADE,
    CONSTRAINT fk_edition_exhibitor_exhibitor FOREIGN KEY (exhibitor_id) REFERENCES exhibitor (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One edition per existing series: from its first to its last event day (the creation date without days).
INSERT INTO edition (series_id, slug, title, starts_on, ends_on, state, created_at)
SELECT s.id,
       CASE WHEN ROW_NUMBER() OVER (PARTITION BY YEAR(COALESCE(d.first_day, DATE(s.created_at))) ORDER BY s.id) = 1
            THEN CAST(YEAR(COALESCE(d.first_day, DATE(s.created_at))) AS CHAR)
            ELSE CONCAT(YEAR(COALESCE(d.first_day, DATE(s.created_at))), '-', s.id) END,
       CONCAT(s.title, ' ', YEAR(COALESCE(d.first_day, DATE(s.created_at)))),
       COALESCE(d.first_day, DATE(s.created_at)),
       COALESCE(d.last_day, DATE(s.created_at)),
       'open',
       s.created_at
FROM fair_series s
LEFT JOIN (SELECT series_id, MIN(day_date) AS first_day, MAX(day_date) AS last_day FROM event_day GROUP BY series_id) d
       ON d.series_id = s.id;

UPDATE fair_series s SET s.current_edition_id = (SELECT e.id FROM edition e WHERE e.series_id = s.id);

-- Event days and stages belong to an edition instead of the series.
ALTER TABLE event_day ADD COLUMN edition_id BIGINT AFTER id;
UPDATE event_day d SET d.edition_id = (SELECT e.id FROM edition e WHERE e.series_id = d.series_id);
ALTER TABLE event_day
    DROP FOREIGN KEY fk_event_day_series,
    DROP INDEX uq_event_day_date,
    DROP COLUMN series_id,
    MODIFY edition_id BIGINT NOT NULL,
    ADD CONSTRAINT fk_event_day_edition FOREIGN KEY (edition_id) REFERENCES edition (id),
    ADD CONSTRAINT uq_event_day_date UNIQUE (edition_id, day_date);

ALTER TABLE stage ADD COLUMN edition_id BIGINT AFTER id;
UPDATE stage st SET st.edition_id = (SELECT e.id FROM edition e WHERE e.series_id = st.series_id);
ALTER TABLE stage
    DROP FOREIGN KEY fk_stage_series,
    DROP INDEX uq_stage_key,
    DROP COLUMN series_id,
    MODIFY edition_id BIGINT NOT NULL,
    ADD CONSTRAINT fk_stage_edition FOREIGN KEY (edition_id) REFERENCES edition (id),
    ADD CONSTRAINT uq_stage_key UNIQUE (edition_id, stage_key);

-- Booths belong to an edition: that of their event day, otherwise the current edition of the newest series.
-- Their slug is unique within the edition, so that a booth carried over keeps its address.
ALTER TABLE booth ADD COLUMN edition_id BIGINT AFTER id;
UPDATE booth b SET b.edition_id = (SELECT d.edition_id FROM event_day d WHERE d.id = b.event_day_id)
WHERE b.event_day_id IS NOT NULL;
UPDATE booth b SET b.edition_id = (SELECT s.current_edition_id FROM fair_series s ORDER BY s.created_at DESC, s.id DESC LIMIT 1)
WHERE b.edition_id IS NULL;
ALTER TABLE booth
    DROP INDEX uq_booth_slug,
    DROP INDEX ix_booth_hall,
    MODIFY edition_id BIGINT NOT NULL,
    ADD COLUMN carried_from_booth_id BIGINT,
    ADD CONSTRAINT fk_booth_edition FOREIGN KEY (edition_id) REFERENCES edition (id),
    ADD CONSTRAINT fk_booth_carried_from FOREIGN KEY (carried_from_booth_id) REFERENCES booth (id) ON DELETE SET NULL,
    ADD CONSTRAINT uq_booth_slug UNIQUE (edition_id, slug),
    ADD INDEX ix_booth_hall (edition_id, status, featured, hall_order),
    ADD INDEX ix_booth_slug_any (slug);

INSERT INTO edition_exhibitor (edition_id, exhibitor_id, invited_at)
SELECT b.edition_id, b.exhibitor_id, MIN(b.created_at) FROM booth b GROUP BY b.edition_id, b.exhibitor_id;
INSERT INTO edition_exhibitor (edition_id, exhibitor_id, invited_at)
SELECT s.current_edition_id, x.id, x.created_at
FROM exhibitor x
JOIN (SELECT current_edition_id FROM fair_series ORDER BY created_at DESC, id DESC LIMIT 1) s
WHERE NOT EXISTS (SELECT 1 FROM booth b WHERE b.exhibitor_id = x.id);

-- A service keeps its identity across editions (its reuse history and statistics add up): the key is copied
-- when a booth is carried over.
ALTER TABLE reuse_offer ADD COLUMN service_key VARCHAR(36);
UPDATE reuse_offer SET service_key = UUID();
ALTER TABLE reuse_offer
    MODIFY service_key VARCHAR(36) NOT NULL,
    ADD INDEX ix_reuse_offer_service_key (service_key);

-- Chat: booth and stage channels carry the edition, booth:<edition>/<slug> and stage:<edition>/<key>;
-- conversations and presence name the booth as <edition>/<slug>. Lobby (event day id) and dm (conversation
-- id) channels are unique already.
ALTER TABLE chat_message DROP FOREIGN KEY fk_chat_message_channel;
ALTER TABLE chat_read_pointer DROP FOREIGN KEY fk_chat_read_pointer_channel;
ALTER TABLE chat_channel MODIFY id VARCHAR(120) NOT NULL;
ALTER TABLE chat_message MODIFY channel_id VARCHAR(120) NOT NULL;
ALTER TABLE chat_read_pointer MODIFY channel_id VARCHAR(120) NOT NULL;
ALTER TABLE chat_sanction MODIFY channel_id VARCHAR(120);
ALTER TABLE chat_report MODIFY channel_id VARCHAR(120) NOT NULL;
ALTER TABLE chat_moderation_log MODIFY channel_id VARCHAR(120);
ALTER TABLE chat_conversation MODIFY booth_slug VARCHAR(101) NOT NULL;
ALTER TABLE chat_presence MODIFY booth_slug VARCHAR(101) NOT NULL;

-- The collation of the chat tables, not the database default (utf8mb4_general_ci where the database was created
-- without one), or the joins below refuse to compare
CREATE TEMPORARY TABLE chat_channel_rename (
    old_id VARCHAR(120) NOT NULL PRIMARY KEY,
    new_id VARCHAR(120) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO chat_channel_rename (old_id, new_id)
SELECT CONCAT('booth:', b.slug), CONCAT('booth:', e.slug, '/', b.slug)
FROM booth b JOIN edition e ON e.id = b.edition_id;
INSERT INTO chat_channel_rename (old_id, new_id)
SELECT CONCAT('stage:', st.stage_key), CONCAT('stage:', e.slug, '/', st.stage_key)
FROM stage st JOIN edition e ON e.id = st.edition_id
-- stage keys were unique per series: with several series the newest one keeps the old channel
WHERE e.id = (SELECT MAX(e2.id) FROM stage st2 JOIN edition e2 ON e2.id = st2.edition_id WHERE st2.stage_key = st.stage_key);

UPDATE chat_channel c JOIN chat_channel_rename r ON r.old_id = c.id SET c.id = r.new_id;
UPDATE chat_message m JOIN chat_channel_rename r ON r.old_id = m.channel_id SET m.channel_id = r.new_id;
UPDATE chat_read_pointer p JOIN chat_channel_rename r ON r.old_id = p.channel_id SET p.channel_id = r.new_id;
UPDATE chat_sanction s JOIN chat_channel_rename r ON r.old_id = s.channel_id SET s.channel_id = r.new_id;
UPDATE chat_report s JOIN chat_channel_rename r ON r.old_id = s.channel_id SET s.channel_id = r.new_id;
UPDATE chat_moderation_log s JOIN chat_channel_rename r ON r.old_id = s.channel_id SET s.channel_id = r.new_id;
UPDATE chat_conversation c JOIN chat_channel_rename r ON r.old_id = CONCAT('booth:', c.booth_slug)
    SET c.booth_slug = SUBSTRING(r.new_id, 7);
DELETE FROM chat_presence;
DROP TEMPORARY TABLE chat_channel_rename;

ALTER TABLE chat_message
    ADD CONSTRAINT fk_chat_message_channel FOREIGN KEY (channel_id) REFERENCES chat_channel (id);
ALTER TABLE chat_read_pointer
    ADD CONSTRAINT fk_chat_read_pointer_channel FOREIGN KEY (channel_id) REFERENCES chat_channel (id) ON DELETE CASCADE;

-- Programme editing and the personal agenda ("Meine Agenda") with its calendar feed.

ALTER TABLE talk
    ADD COLUMN external_id   VARCHAR(100),
    ADD COLUMN recording_url VARCHAR(500),
    ADD COLUMN updated_at    DATETIME(6),
    ADD COLUMN version       BIGINT NOT NULL DEFAULT 0,
    ADD CONSTRAINT uq_talk_external UNIQUE (external_id);

ALTER TABLE talk_speaker
    ADD COLUMN photo_url VARCHAR(500);

CREATE TABLE agenda_entry (
    username   VARCHAR(100) NOT NULL,
    talk_id    BIGINT       NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (username, talk_id),
    CONSTRAINT fk_agenda_entry_talk FOREIGN KEY (talk_id) REFERENCES talk (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A private, revocable address under which calendar apps fetch a user's agenda without logging in.
CREATE TABLE agenda_feed (
    token      CHAR(43)     NOT NULL PRIMARY KEY,
    username   VARCHAR(100) NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    CONSTRAINT uq_agenda_feed_user UNIQUE (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What each stage streams and whether it is live. Embeds of external platforms load only after the
-- visitor's consent (two clicks), so the provider is stored with the address.
ALTER TABLE stage
    ADD COLUMN stream_kind     VARCHAR(10)  NOT NULL DEFAULT 'none',
    ADD COLUMN stream_url      VARCHAR(500),
    ADD COLUMN embed_provider  VARCHAR(40),
    ADD COLUMN captions_url    VARCHAR(500),
    ADD COLUMN live_state      VARCHAR(10)  NOT NULL DEFAULT 'upcoming',
    ADD COLUMN live_message    VARCHAR(300),
    ADD COLUMN live_changed_at DATETIME(6),
    ADD COLUMN version         BIGINT       NOT NULL DEFAULT 0;

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

-- Q&A per talk: visitors ask (optionally anonymous to other visitors, never to moderators) and upvote;
-- moderators approve, pin, mark answered and promote answers to the talk's FAQ.
CREATE TABLE question (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    talk_id     BIGINT        NOT NULL,
    username    VARCHAR(100)  NOT NULL,
    author_name VARCHAR(200)  NOT NULL,
    anonymous   BOOLEAN       NOT NULL,
    text        VARCHAR(1000) NOT NULL,
    status      VARCHAR(20)   NOT NULL,
    pinned      BOOLEAN       NOT NULL DEFAULT FALSE,
    votes       INT           NOT NULL DEFAULT 0,
    answer      TEXT,
    in_faq      BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at  DATETIME(6)   NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_question_talk FOREIGN KEY (talk_id) REFERENCES talk (id) ON DELETE CASCADE,
    INDEX ix_question_talk (talk_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE question_vote (
    question_id BIGINT       NOT NULL,
    username    VARCHAR(100) NOT NULL,
    PRIMARY KEY (question_id, username),
    CONSTRAINT fk_question_vote_question FOREIGN KEY (question_id) REFERENCES question (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE poll (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    talk_id    BIGINT       NOT NULL,
    question   VARCHAR(300) NOT NULL,
    multiple   BOOLEAN      NOT NULL,
    state      VARCHAR(10)  NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    CONSTRAINT fk_poll_talk FOREIGN KEY (talk_id) REFERENCES talk (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE poll_option (
    id       BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    poll_id  BIGINT       NOT NULL,
    position INT          NOT NULL,
    text     VARCHAR(200) NOT NULL,
    CONSTRAINT fk_poll_option_poll FOREIGN KEY (poll_id) REFERENCES poll (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per chosen option; a user votes once per poll (checked in the same transaction).
CREATE TABLE poll_vote (
    poll_id   BIGINT       NOT NULL,
    username  VARCHAR(100) NOT NULL,
    option_id BIGINT       NOT NULL,
    PRIMARY KEY (poll_id, username, option_id),
    CONSTRAINT fk_poll_vote_poll FOREIGN KEY (poll_id) REFERENCES poll (id) ON DELETE CASCADE,
    CONSTRAINT fk_poll_vote_option FOREIGN KEY (option_id) REFERENCES poll_option (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

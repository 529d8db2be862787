-- Live chat: channels with a per-channel sequence, messages, read pointers, conversations with booth
-- teams, presence of staff on duty, and moderation (sanctions, reports, the moderation log).
-- Channels reference booths, stages and event days by their public key only: the chat package reaches
-- other features through their services, not through foreign keys into their tables.

-- One row per channel: booth:<slug>, stage:<key>, lobby:<event day id>, dm:<conversation id>.
-- last_seq is the channel's sequence counter; the writer locks the row, hands out the next numbers
-- and stores the new value in the same transaction as the messages.
CREATE TABLE chat_channel (
    id                VARCHAR(80)  NOT NULL PRIMARY KEY,
    kind              VARCHAR(10)  NOT NULL,
    last_seq          BIGINT       NOT NULL DEFAULT 0,
    anonymous_read    BOOLEAN      NOT NULL DEFAULT FALSE,
    slow_mode_seconds INT          NOT NULL DEFAULT 0,
    created_at        DATETIME(6)  NOT NULL,
    CONSTRAINT ck_chat_channel_slow_mode CHECK (slow_mode_seconds >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- seq: the message's place in its channel, fixed when it is posted.
-- rev: the channel sequence number of the message's latest change (seq until edited or deleted);
--      clients resume from the highest rev they have seen.
-- (channel_id, author, client_msg_id) makes a retried send idempotent.
CREATE TABLE chat_message (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    channel_id           VARCHAR(80)   NOT NULL,
    seq                  BIGINT        NOT NULL,
    rev                  BIGINT        NOT NULL,
    client_msg_id        VARCHAR(64)   NOT NULL,
    author               VARCHAR(100)  NOT NULL,
    author_name          VARCHAR(200)  NOT NULL,
    author_role          VARCHAR(10),
    body                 VARCHAR(2000),
    created_at           DATETIME(6)   NOT NULL,
    edited_at            DATETIME(6),
    deleted_at           DATETIME(6),
    deleted_by_moderator BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_chat_message_channel FOREIGN KEY (channel_id) REFERENCES chat_channel (id),
    CONSTRAINT uq_chat_message_seq UNIQUE (channel_id, seq),
    CONSTRAINT uq_chat_message_client_id UNIQUE (channel_id, author, client_msg_id),
    INDEX ix_chat_message_rev (channel_id, rev)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The last sequence number a user has read in a channel; unread = later messages of others.
CREATE TABLE chat_read_pointer (
    username      VARCHAR(100) NOT NULL,
    channel_id    VARCHAR(80)  NOT NULL,
    last_read_seq BIGINT       NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (username, channel_id),
    CONSTRAINT fk_chat_read_pointer_channel FOREIGN KEY (channel_id) REFERENCES chat_channel (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- "Gespräch mit dem Standteam": one private conversation per visitor and booth; its channel is dm:<id>.
-- Exhibitor and booth names are copied at opening so that the visitor's list needs no other feature.
CREATE TABLE chat_conversation (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    booth_slug      VARCHAR(60)  NOT NULL,
    booth_name      VARCHAR(160) NOT NULL,
    exhibitor_slug  VARCHAR(60)  NOT NULL,
    exhibitor_name  VARCHAR(200) NOT NULL,
    visitor         VARCHAR(100) NOT NULL,
    visitor_name    VARCHAR(200) NOT NULL,
    status          VARCHAR(10)  NOT NULL,
    handler         VARCHAR(100),
    handler_name    VARCHAR(200),
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    CONSTRAINT uq_chat_conversation_visitor UNIQUE (visitor, booth_slug),
    INDEX ix_chat_conversation_booth (booth_slug, status, updated_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Staff on duty, one row per live connection and booth; every instance refreshes seen_at of its own rows,
-- so the rows of a crashed instance age out.
CREATE TABLE chat_presence (
    connection_id VARCHAR(64)  NOT NULL,
    booth_slug    VARCHAR(60)  NOT NULL,
    instance_id   VARCHAR(40)  NOT NULL,
    username      VARCHAR(100) NOT NULL,
    seen_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (connection_id, booth_slug),
    INDEX ix_chat_presence_booth (booth_slug, seen_at),
    INDEX ix_chat_presence_instance (instance_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Mutes (no writing) and bans (no reading or writing) in one channel or, with channel_id NULL, everywhere.
CREATE TABLE chat_sanction (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username    VARCHAR(100) NOT NULL,
    kind        VARCHAR(10)  NOT NULL,
    channel_id  VARCHAR(80),
    reason      VARCHAR(500),
    created_by  VARCHAR(100) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    expires_at  DATETIME(6),
    lifted_at   DATETIME(6),
    lifted_by   VARCHAR(100),
    INDEX ix_chat_sanction_user (username),
    INDEX ix_chat_sanction_active (lifted_at, expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Reported messages, the admins' queue. The text is copied so the report survives a deletion.
CREATE TABLE chat_report (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    channel_id      VARCHAR(80)   NOT NULL,
    message_seq     BIGINT        NOT NULL,
    message_author  VARCHAR(100)  NOT NULL,
    message_text    VARCHAR(2000),
    reporter        VARCHAR(100)  NOT NULL,
    reason          VARCHAR(500),
    status          VARCHAR(10)   NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    handled_by      VARCHAR(100),
    handled_at      DATETIME(6),
    note            VARCHAR(500),
    CONSTRAINT uq_chat_report_once UNIQUE (channel_id, message_seq, reporter),
    INDEX ix_chat_report_status (status, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every moderation action, who did it and to whom.
CREATE TABLE chat_moderation_log (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    actor        VARCHAR(100)  NOT NULL,
    action       VARCHAR(30)   NOT NULL,
    channel_id   VARCHAR(80),
    target_user  VARCHAR(100),
    message_seq  BIGINT,
    detail       VARCHAR(1000),
    created_at   DATETIME(6)   NOT NULL,
    INDEX ix_chat_moderation_log_time (created_at),
    INDEX ix_chat_moderation_log_channel (channel_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

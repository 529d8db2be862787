-- Notifications of more kinds, e-mail preferences and the digest (docs/notifications.md, issue 20 items 7 and 8).

-- A reply in a conversation updates the unread notification of that conversation instead of adding one:
-- coalesce_key names what may be merged (e.g. conversation:42) while the notification is unread (NULL once read, so
-- the unique key allows one unread per user and key: parallel replies merge instead of racing), repeats counts them.
-- mailed_at: sent by e-mail (at once or in a digest), so that the digest does not send it again.
ALTER TABLE notification
    ADD COLUMN coalesce_key VARCHAR(120) NULL,
    ADD COLUMN repeats      INT          NOT NULL DEFAULT 1,
    ADD COLUMN mailed_at    DATETIME(6)  NULL,
    ADD UNIQUE KEY uq_notification_coalesce (username, coalesce_key),
    ADD INDEX ix_notification_digest (mailed_at, created_at);

-- Who may receive notifications by role and by e-mail: written when the user opens their notification centre
-- (the header asks for it on every page), because roles, address and language live in Keycloak and the token.
-- unsubscribe_secret signs the one-click unsubscribe links of this user; a new secret voids the old links.
CREATE TABLE notification_recipient (
    username            VARCHAR(100) NOT NULL PRIMARY KEY,
    email               VARCHAR(254) NULL,
    language            VARCHAR(5)   NOT NULL DEFAULT 'de',
    admin               BOOLEAN      NOT NULL DEFAULT FALSE,
    unsubscribe_secret  VARCHAR(64)  NOT NULL,
    seen_at             DATETIME(6)  NOT NULL,
    INDEX ix_notification_recipient_admin (admin)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per user and topic that differs from the default (in the app only): app, immediate, digest, off.
CREATE TABLE notification_preference (
    username    VARCHAR(100) NOT NULL,
    topic       VARCHAR(30)  NOT NULL,
    delivery    VARCHAR(20)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (username, topic)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The reminders (10 minutes before a meeting or an agenda talk) and the daily digest run once across instances.
INSERT INTO job_lock (name, locked_until) VALUES ('notification-reminders', '1970-01-01 00:00:01'),
    ('notification-digest', '1970-01-01 00:00:01');

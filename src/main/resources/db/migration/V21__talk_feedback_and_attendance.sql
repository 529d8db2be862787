-- Talk feedback and certificates of attendance (issue 19, items 4 and 5; docs/insights.md).

-- One rating (1-5 stars, optional comment) per user and talk, given after the talk has ended.
CREATE TABLE talk_feedback (
    id                 BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    talk_id            BIGINT         NOT NULL,
    edition_id         BIGINT         NOT NULL,
    username           VARCHAR(100)   NOT NULL,
    display_name       VARCHAR(200)   NOT NULL,
    stars              INT            NOT NULL,
    comment            TEXT           NULL,
    comment_hidden_at  DATETIME(6)    NULL,
    comment_hidden_by  VARCHAR(100)   NULL,
    created_at         DATETIME(6)    NOT NULL,
    updated_at         DATETIME(6)    NOT NULL,
    CONSTRAINT uq_talk_feedback_user UNIQUE (talk_id, username),
    CONSTRAINT ck_talk_feedback_stars CHECK (stars BETWEEN 1 AND 5),
    CONSTRAINT fk_talk_feedback_talk FOREIGN KEY (talk_id) REFERENCES talk (id) ON DELETE CASCADE,
    CONSTRAINT fk_talk_feedback_edition FOREIGN KEY (edition_id) REFERENCES edition (id) ON DELETE CASCADE,
    INDEX ix_talk_feedback_username (username)
);

-- Seconds a logged-in user followed a talk live on its stage, measured from the live connection.
CREATE TABLE talk_attendance (
    id                 BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    talk_id            BIGINT         NOT NULL,
    edition_id         BIGINT         NOT NULL,
    username           VARCHAR(100)   NOT NULL,
    display_name       VARCHAR(200)   NOT NULL,
    first_seen_at      DATETIME(6)    NOT NULL,
    last_seen_at       DATETIME(6)    NOT NULL,
    attended_seconds   INT            NOT NULL DEFAULT 0,
    CONSTRAINT uq_talk_attendance_user UNIQUE (talk_id, username),
    CONSTRAINT fk_talk_attendance_talk FOREIGN KEY (talk_id) REFERENCES talk (id) ON DELETE CASCADE,
    CONSTRAINT fk_talk_attendance_edition FOREIGN KEY (edition_id) REFERENCES edition (id) ON DELETE CASCADE,
    INDEX ix_talk_attendance_user_edition (username, edition_id)
);

-- A certificate of attendance as issued: the verification code and what the public page may show.
CREATE TABLE attendance_certificate (
    id                 BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code               VARCHAR(20)    NOT NULL,
    edition_id         BIGINT         NOT NULL,
    username           VARCHAR(100)   NOT NULL,
    printed_name       VARCHAR(200)   NOT NULL,
    total_seconds      INT            NOT NULL,
    talk_count         INT            NOT NULL,
    issued_at          DATETIME(6)    NOT NULL,
    revoked_at         DATETIME(6)    NULL,
    CONSTRAINT uq_attendance_certificate_code UNIQUE (code),
    CONSTRAINT fk_attendance_certificate_edition FOREIGN KEY (edition_id) REFERENCES edition (id) ON DELETE CASCADE,
    INDEX ix_attendance_certificate_user (username, edition_id)
);

-- Accessibility duties (docs/accessibility.md): the Erklärung zur Barrierefreiheit, the feedback
-- mechanism "Barriere melden" with its admin queue, and the sign-language video slots of the
-- Leichte-Sprache pages.

-- The statement is one per platform: what does not depend on the language ...
CREATE TABLE accessibility_statement (
    id                TINYINT      NOT NULL PRIMARY KEY,
    compliance        VARCHAR(20)  NOT NULL,
    standard          VARCHAR(300) NOT NULL,
    prepared_on       DATE         NOT NULL,
    method            VARCHAR(20)  NOT NULL,
    last_reviewed_on  DATE         NOT NULL,
    contact_email     VARCHAR(254) NOT NULL,
    contact_phone     VARCHAR(60)  NULL,
    enforcement_email VARCHAR(254) NOT NULL,
    enforcement_url   VARCHAR(500) NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    updated_by        VARCHAR(100) NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT accessibility_statement_single CHECK (id = 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- ... and its texts in German and English. The non-accessible parts are a JSON list of
-- {part, reason, alternative}, always read and written as a whole.
CREATE TABLE accessibility_statement_text (
    lang              CHAR(2)      NOT NULL PRIMARY KEY,
    body_name         VARCHAR(300) NOT NULL,
    scope             TEXT         NOT NULL,
    non_accessible    TEXT         NOT NULL,
    contact_name      VARCHAR(300) NOT NULL,
    enforcement_name  VARCHAR(300) NOT NULL,
    enforcement_text  TEXT         NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Reports of barriers, sent without login. The contact e-mail is optional; the attachment is a
-- sniffed image or PDF whose bytes live in the material storage.
CREATE TABLE accessibility_report (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    description      TEXT          NOT NULL,
    location         VARCHAR(1000) NOT NULL,
    contact_email    VARCHAR(254)  NULL,
    lang             CHAR(2)       NOT NULL,
    file_name        VARCHAR(200)  NULL,
    media_type       VARCHAR(100)  NULL,
    size_bytes       BIGINT        NULL,
    sha256           CHAR(64)      NULL,
    storage_key      VARCHAR(64)   NULL,
    status           VARCHAR(20)   NOT NULL,
    assignee         VARCHAR(100)  NULL,
    created_at       DATETIME(6)   NOT NULL,
    due_at           DATETIME(6)   NOT NULL,
    first_reply_at   DATETIME(6)   NULL,
    updated_at       DATETIME(6)   NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    INDEX accessibility_report_open (status, due_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE accessibility_reply (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    report_id   BIGINT       NOT NULL,
    message     TEXT         NOT NULL,
    interim     BOOLEAN      NOT NULL,
    sent_by     VARCHAR(100) NOT NULL,
    sent_at     DATETIME(6)  NOT NULL,
    mailed_to   VARCHAR(254) NULL,
    mail_sent   BOOLEAN      NOT NULL,
    CONSTRAINT accessibility_reply_report FOREIGN KEY (report_id) REFERENCES accessibility_report (id)
        ON DELETE CASCADE,
    INDEX accessibility_reply_by_report (report_id, sent_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Rate limit of the public form, shared by all instances: one counter per hashed client address and
-- fixed window, incremented atomically (INSERT ... ON DUPLICATE KEY UPDATE).
CREATE TABLE accessibility_rate_window (
    client_hash  CHAR(64)    NOT NULL,
    window_start DATETIME    NOT NULL,
    hits         INT         NOT NULL,
    PRIMARY KEY (client_hash, window_start),
    INDEX accessibility_rate_window_age (window_start)
) ENGINE=InnoDB DEFAULT CHARSET=ascii;

-- The key that signs the form tokens, made once by whichever instance comes first, so that every
-- instance accepts every other's tokens without configuration.
CREATE TABLE accessibility_form_key (
    id     TINYINT      NOT NULL PRIMARY KEY,
    secret VARBINARY(64) NOT NULL
) ENGINE=InnoDB;

-- Sign-language (DGS) videos of the Leichte-Sprache pages, one per page slot, uploaded by admins:
-- the video, its WebVTT captions and a transcript in German.
CREATE TABLE accessibility_sign_video (
    slot               VARCHAR(40)  NOT NULL PRIMARY KEY,
    title              VARCHAR(200) NOT NULL,
    transcript         TEXT         NOT NULL,
    video_key          VARCHAR(64)  NULL,
    video_type         VARCHAR(50)  NULL,
    video_bytes        BIGINT       NULL,
    duration_seconds   INT          NULL,
    captions_key       VARCHAR(64)  NULL,
    updated_at         DATETIME(6)  NOT NULL,
    updated_by         VARCHAR(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

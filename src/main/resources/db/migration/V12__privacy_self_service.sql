-- Data protection self-service (docs/privacy.md): consent records, the log of account erasures and the
-- lock row that lets exactly one instance run the retention job.

-- What a user agreed to, when, and to which version of the text; withdrawn_at once they take it back.
-- subject names what the consent is about (a booth id, an embed provider), never a booth slug.
CREATE TABLE consent_record (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(100) NOT NULL,
    purpose       VARCHAR(40)  NOT NULL,
    subject       VARCHAR(100) NULL,
    text_version  VARCHAR(20)  NOT NULL,
    given_at      DATETIME(6)  NOT NULL,
    withdrawn_at  DATETIME(6)  NULL,
    INDEX ix_consent_record_user (username, purpose, given_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every account erasure, by the user or by an admin on request. It names the account only by the
-- pseudonym that replaced it in the kept records (moderation log, chat history), never by its name.
CREATE TABLE account_erasure (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    pseudonym     VARCHAR(100)  NOT NULL,
    requested_by  VARCHAR(20)   NOT NULL,
    admin         VARCHAR(100)  NULL,
    reason        VARCHAR(500)  NULL,
    summary       TEXT          NOT NULL,
    keycloak      VARCHAR(20)   NOT NULL,
    erased_at     DATETIME(6)   NOT NULL,
    INDEX ix_account_erasure_time (erased_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per job that must run once across all instances: an instance runs the job only after it moved
-- locked_until forward in one conditional UPDATE, which only one of them can win.
CREATE TABLE job_lock (
    name          VARCHAR(60)  NOT NULL PRIMARY KEY,
    locked_by     VARCHAR(60)  NULL,
    locked_until  DATETIME(6)  NOT NULL,
    last_run_at   DATETIME(6)  NULL,
    last_result   TEXT         NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO job_lock (name, locked_until) VALUES ('privacy-retention', '1970-01-01 00:00:01');

-- What admins did to an exhibitor's staff (invitations by e-mail, removals): who, what, when. Exhibitors are shared
-- by all editions, so this log is too; an exhibitor without a booth has one as well (docs/operations.md).
CREATE TABLE exhibitor_audit (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    exhibitor_id BIGINT       NOT NULL,
    actor        VARCHAR(100) NOT NULL,
    actor_name   VARCHAR(200) NULL,
    action       VARCHAR(40)  NOT NULL,
    detail       TEXT,
    at           DATETIME(6)  NOT NULL,
    CONSTRAINT fk_exhibitor_audit_exhibitor FOREIGN KEY (exhibitor_id) REFERENCES exhibitor (id) ON DELETE CASCADE,
    INDEX ix_exhibitor_audit_exhibitor (exhibitor_id, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The booth report offered to a booth's staff after the last event day of its edition: once per booth (a booth
-- belongs to one edition), written by the job that offers it (docs/insights.md).
CREATE TABLE booth_report_offer (
    booth_id   BIGINT      NOT NULL PRIMARY KEY,
    offered_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_booth_report_offer_booth FOREIGN KEY (booth_id) REFERENCES booth (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO job_lock (name, locked_until) VALUES ('booth-report-offer', '1970-01-01 00:00:01');

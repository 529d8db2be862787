-- The hall in full: booth content (links, experts, reusable services, materials), the curation
-- workflow (a working copy per booth that admins approve), contact requests, bookmarks, daily
-- statistics without personal data, the audit log, platform settings and the search index.

ALTER TABLE booth
    ADD COLUMN logo_material_id   BIGINT,
    ADD COLUMN banner_material_id BIGINT,
    ADD COLUMN published_at       DATETIME(6);

UPDATE booth SET published_at = created_at WHERE status = 'PUBLISHED';

CREATE INDEX ix_booth_topic_field_topic ON booth_topic_field (topic_field_code, booth_id);

CREATE TABLE booth_link (
    booth_id BIGINT       NOT NULL,
    position INT          NOT NULL,
    label    VARCHAR(120) NOT NULL,
    url      VARCHAR(500) NOT NULL,
    PRIMARY KEY (booth_id, position),
    CONSTRAINT fk_booth_link_booth FOREIGN KEY (booth_id) REFERENCES booth (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The booth's experts (Fachexpertinnen und -experten); shown to logged-in users only.
CREATE TABLE booth_expert (
    booth_id BIGINT       NOT NULL,
    position INT          NOT NULL,
    name     VARCHAR(160) NOT NULL,
    role     VARCHAR(200),
    email    VARCHAR(254),
    phone    VARCHAR(40),
    PRIMARY KEY (booth_id, position),
    CONSTRAINT fk_booth_expert_booth FOREIGN KEY (booth_id) REFERENCES booth (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A reusable service on show (Nachnutzungsangebot).
CREATE TABLE reuse_offer (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    booth_id         BIGINT       NOT NULL,
    position         INT          NOT NULL,
    name             VARCHAR(200) NOT NULL,
    summary          TEXT,
    topic_field_code VARCHAR(40),
    maturity         VARCHAR(20)  NOT NULL,
    reuse_model      VARCHAR(30)  NOT NULL,
    licence          VARCHAR(120),
    code_url         VARCHAR(500),
    technology       VARCHAR(300),
    adopters         TEXT,
    contact_expert   VARCHAR(160),
    CONSTRAINT fk_reuse_offer_booth FOREIGN KEY (booth_id) REFERENCES booth (id) ON DELETE CASCADE,
    CONSTRAINT fk_reuse_offer_topic FOREIGN KEY (topic_field_code) REFERENCES topic_field (code),
    INDEX ix_reuse_offer_filters (maturity, reuse_model, booth_id),
    INDEX ix_reuse_offer_topic (topic_field_code, booth_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Uploaded files of a booth. Stored behind the storage interface under storage_key; the type is
-- decided by content sniffing, never by the file name.
CREATE TABLE material (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    booth_id       BIGINT       NOT NULL,
    title          VARCHAR(200) NOT NULL,
    kind           VARCHAR(20)  NOT NULL,
    media_type     VARCHAR(120) NOT NULL,
    file_name      VARCHAR(255) NOT NULL,
    size_bytes     BIGINT       NOT NULL,
    sha256         CHAR(64)     NOT NULL,
    storage_key    VARCHAR(200) NOT NULL,
    download_count BIGINT       NOT NULL DEFAULT 0,
    uploaded_by    VARCHAR(100) NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    CONSTRAINT fk_material_booth FOREIGN KEY (booth_id) REFERENCES booth (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The materials the approved booth shows, in order.
CREATE TABLE booth_material (
    booth_id    BIGINT NOT NULL,
    position    INT    NOT NULL,
    material_id BIGINT NOT NULL,
    PRIMARY KEY (booth_id, position),
    CONSTRAINT fk_booth_material_booth FOREIGN KEY (booth_id) REFERENCES booth (id) ON DELETE CASCADE,
    CONSTRAINT fk_booth_material_material FOREIGN KEY (material_id) REFERENCES material (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The exhibitor's working copy of a booth (all editable content as JSON). While it exists the public
-- page keeps showing the approved content; approval copies it into the tables above.
CREATE TABLE booth_draft (
    booth_id     BIGINT       NOT NULL PRIMARY KEY,
    content      LONGTEXT     NOT NULL,
    state        VARCHAR(20)  NOT NULL,
    reason       TEXT,
    version      BIGINT       NOT NULL,
    updated_by   VARCHAR(100) NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    submitted_at DATETIME(6),
    CONSTRAINT fk_booth_draft_booth FOREIGN KEY (booth_id) REFERENCES booth (id) ON DELETE CASCADE,
    INDEX ix_booth_draft_state (state, submitted_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE contact_request (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    booth_id     BIGINT        NOT NULL,
    username     VARCHAR(100)  NOT NULL,
    name         VARCHAR(200)  NOT NULL,
    email        VARCHAR(254)  NOT NULL,
    organisation VARCHAR(200),
    message      TEXT          NOT NULL,
    consent_at   DATETIME(6)   NOT NULL,
    status       VARCHAR(20)   NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_contact_request_booth FOREIGN KEY (booth_id) REFERENCES booth (id) ON DELETE CASCADE,
    INDEX ix_contact_request_inbox (booth_id, status, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE bookmark (
    username   VARCHAR(100) NOT NULL,
    booth_id   BIGINT       NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (username, booth_id),
    CONSTRAINT fk_bookmark_booth FOREIGN KEY (booth_id) REFERENCES booth (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Aggregated counts per booth and day; no visitor is identified.
CREATE TABLE booth_stat_day (
    booth_id         BIGINT NOT NULL,
    stat_date        DATE   NOT NULL,
    views            INT    NOT NULL DEFAULT 0,
    downloads        INT    NOT NULL DEFAULT 0,
    contact_requests INT    NOT NULL DEFAULT 0,
    PRIMARY KEY (booth_id, stat_date),
    CONSTRAINT fk_booth_stat_booth FOREIGN KEY (booth_id) REFERENCES booth (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE booth_audit (
    id       BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    booth_id BIGINT       NOT NULL,
    actor    VARCHAR(100) NOT NULL,
    action   VARCHAR(40)  NOT NULL,
    detail   TEXT,
    at       DATETIME(6)  NOT NULL,
    CONSTRAINT fk_booth_audit_booth FOREIGN KEY (booth_id) REFERENCES booth (id) ON DELETE CASCADE,
    INDEX ix_booth_audit_booth (booth_id, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE platform_setting (
    setting_key   VARCHAR(60)  NOT NULL PRIMARY KEY,
    setting_value VARCHAR(200) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO platform_setting (setting_key, setting_value) VALUES
    ('hall.editing-enabled', 'true'),
    ('hall.contact-requests-enabled', 'true');

-- One search document per published booth: exhibitor, booth, tags, topic fields and services.
CREATE TABLE booth_search (
    booth_id BIGINT   NOT NULL PRIMARY KEY,
    doc      LONGTEXT NOT NULL,
    CONSTRAINT fk_booth_search_booth FOREIGN KEY (booth_id) REFERENCES booth (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- InnoDB's built-in stopword list is English ("de", "la", "will", ...); German search needs none.
SET SESSION innodb_ft_enable_stopword = 0;
CREATE FULLTEXT INDEX ft_booth_search ON booth_search (doc);
SET SESSION innodb_ft_enable_stopword = 1;

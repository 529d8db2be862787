-- Reuse (Nachnutzung, docs/reuse.md): reuse facts on every service on show, and reuse requests that the
-- booth's staff work on a board until the service is reused (or the request is cancelled or withdrawn).

-- Reuse facts of a service (ReuseProfile). All optional, so that services entered before stay valid.
ALTER TABLE reuse_offer
    ADD COLUMN ozg_level           INT           NULL,
    ADD COLUMN efa                 BOOLEAN       NULL,
    ADD COLUMN efa_marketplace     BOOLEAN       NULL,
    ADD COLUMN efa_marketplace_url VARCHAR(500)  NULL,
    ADD COLUMN service_keys        VARCHAR(400)  NULL,
    ADD COLUMN spdx_licence        VARCHAR(200)  NULL,
    ADD COLUMN operating_model     VARCHAR(30)   NULL,
    ADD COLUMN cost_model          VARCHAR(30)   NULL,
    ADD COLUMN cost_note           VARCHAR(1000) NULL,
    ADD COLUMN prerequisites       VARCHAR(2000) NULL,
    ADD COLUMN reuse_contact       VARCHAR(300)  NULL;

-- The free-text licence of existing services becomes their SPDX licence where it already is a common SPDX
-- identifier; everything else stays as it was for the exhibitor to complete.
UPDATE reuse_offer SET spdx_licence = licence
WHERE licence IN ('EUPL-1.2', 'EUPL-1.1', 'MIT', 'Apache-2.0', 'AGPL-3.0-or-later', 'AGPL-3.0-only', 'GPL-3.0-or-later',
                  'GPL-3.0-only', 'GPL-2.0-or-later', 'LGPL-3.0-or-later', 'MPL-2.0', 'BSD-3-Clause', 'BSD-2-Clause');

-- A municipality's request to reuse a service. It names the service by its key, which stays the same across
-- editions, and the booth (of one edition) whose staff work it. Personal data (requester_*, questions,
-- notes) is removed when the visitor withdraws; organisation and year stay public only once confirmed.
CREATE TABLE reuse_request (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    booth_id          BIGINT        NOT NULL,
    service_key       VARCHAR(36)   NOT NULL,
    service_name      VARCHAR(200)  NOT NULL,
    requester         VARCHAR(100)  NULL,
    requester_name    VARCHAR(200)  NULL,
    requester_email   VARCHAR(254)  NULL,
    organisation      VARCHAR(200)  NOT NULL,
    organisation_type VARCHAR(30)   NOT NULL,
    ags               VARCHAR(8)    NULL,
    inhabitants       INT           NULL,
    time_frame        VARCHAR(200)  NULL,
    questions         TEXT          NULL,
    consent_at        DATETIME(6)   NULL,
    status            VARCHAR(30)   NOT NULL,
    reason            VARCHAR(1000) NULL,
    notes             TEXT          NULL,
    next_date         DATE          NULL,
    assignee          VARCHAR(254)  NULL,
    confirmed_at      DATETIME(6)   NULL,
    adoption_year     INT           NULL,
    created_at        DATETIME(6)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_reuse_request_booth FOREIGN KEY (booth_id) REFERENCES booth (id) ON DELETE CASCADE,
    INDEX ix_reuse_request_board (booth_id, status, created_at),
    INDEX ix_reuse_request_requester (requester),
    INDEX ix_reuse_request_adopters (service_key, confirmed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every change of a reuse request: who, when, what (created, status, notes, next date, assignee, confirmed,
-- withdrawn), and the status before and after.
CREATE TABLE reuse_request_event (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id   BIGINT        NOT NULL,
    at           DATETIME(6)   NOT NULL,
    actor        VARCHAR(200)  NULL,
    kind         VARCHAR(30)   NOT NULL,
    from_status  VARCHAR(30)   NULL,
    to_status    VARCHAR(30)   NULL,
    detail       VARCHAR(1000) NULL,
    CONSTRAINT fk_reuse_request_event_request FOREIGN KEY (request_id) REFERENCES reuse_request (id) ON DELETE CASCADE,
    INDEX ix_reuse_request_event_request (request_id, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

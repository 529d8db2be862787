-- Networking between visitors (docs/networking.md, issue 20 item 6): opt-in profiles, contact requests, blocks.
-- Series-wide, not per edition: a person's profile and contacts outlive one fair year (docs/networking.md).

-- A visitor who chose to be findable; leaving deletes the row (and its topic fields) at once.
CREATE TABLE network_profile (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username           VARCHAR(100)  NOT NULL,
    display_name       VARCHAR(200)  NOT NULL,
    organisation       VARCHAR(200)  NOT NULL,
    organisation_type  VARCHAR(30)   NULL,
    host_region        VARCHAR(40)   NULL,
    region_text        VARCHAR(120)  NULL,
    role               VARCHAR(120)  NULL,
    about              VARCHAR(500)  NULL,
    created_at         DATETIME(6)   NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    CONSTRAINT uq_network_profile_username UNIQUE (username),
    INDEX ix_network_profile_type (organisation_type),
    INDEX ix_network_profile_region (host_region),
    CONSTRAINT fk_network_profile_region FOREIGN KEY (host_region) REFERENCES host_region (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE network_profile_topic (
    profile_id   BIGINT       NOT NULL,
    topic_field  VARCHAR(40)  NOT NULL,
    PRIMARY KEY (profile_id, topic_field),
    INDEX ix_network_profile_topic (topic_field),
    CONSTRAINT fk_network_topic_profile FOREIGN KEY (profile_id) REFERENCES network_profile (id) ON DELETE CASCADE,
    CONSTRAINT fk_network_topic_field FOREIGN KEY (topic_field) REFERENCES topic_field (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One contact request per pair of people, whoever asked first: pair_key is "<lower username>|<higher username>", so
-- that two people asking each other at the same moment get one request and one clear refusal (the unique key).
-- status: pending, accepted, declined; conversation_id: the private conversation an accepted request opened.
CREATE TABLE network_request (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    pair_key         VARCHAR(201)  NOT NULL,
    sender           VARCHAR(100)  NOT NULL,
    sender_name      VARCHAR(200)  NOT NULL,
    receiver         VARCHAR(100)  NOT NULL,
    receiver_name    VARCHAR(200)  NOT NULL,
    message          VARCHAR(500)  NULL,
    status           VARCHAR(10)   NOT NULL,
    conversation_id  BIGINT        NULL,
    created_at       DATETIME(6)   NOT NULL,
    answered_at      DATETIME(6)   NULL,
    CONSTRAINT uq_network_request_pair UNIQUE (pair_key),
    INDEX ix_network_request_sender (sender, created_at),
    INDEX ix_network_request_receiver (receiver, status, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- blocker does not want to hear from blocked: no requests either way, no messages in their conversation, neither
-- in the other's directory.
CREATE TABLE network_block (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    blocker       VARCHAR(100) NOT NULL,
    blocked       VARCHAR(100) NOT NULL,
    blocked_name  VARCHAR(200) NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uq_network_block UNIQUE (blocker, blocked),
    INDEX ix_network_block_blocked (blocked)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Visitor-to-visitor conversations: the second person (the one who accepted) next to the visitor who asked.
ALTER TABLE chat_conversation
    ADD COLUMN peer       VARCHAR(100) NULL,
    ADD COLUMN peer_name  VARCHAR(200) NULL,
    ADD INDEX ix_chat_conversation_peer (peer);

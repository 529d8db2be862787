-- Speaker profiles (organiser-maintained, no user account), images of the fair (speaker photos, key visual,
-- organiser and partner logos, stage pictures: checked and stored like booth materials), and the fair's branding.

CREATE TABLE fair_image (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    media_type  VARCHAR(40)  NOT NULL,
    size_bytes  BIGINT       NOT NULL,
    sha256      CHAR(64)     NOT NULL,
    storage_key VARCHAR(200) NOT NULL,
    width       INT,
    height      INT,
    uploaded_by VARCHAR(100) NOT NULL,
    created_at  DATETIME(6)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE speaker (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name           VARCHAR(160) NOT NULL,
    organisation   VARCHAR(200),
    role           VARCHAR(200),
    bio            TEXT,
    bio_en         TEXT,
    photo_image_id BIGINT,
    photo_alt      VARCHAR(300),
    updated_at     DATETIME(6)  NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_speaker_photo FOREIGN KEY (photo_image_id) REFERENCES fair_image (id),
    CONSTRAINT ck_speaker_photo_alt CHECK (photo_image_id IS NULL OR photo_alt IS NOT NULL),
    INDEX ix_speaker_name (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One profile per distinct name and organisation of the free speaker fields; the talk keeps its order.
INSERT INTO speaker (name, organisation, role, updated_at)
SELECT name, organisation, MIN(role), UTC_TIMESTAMP(6) FROM talk_speaker GROUP BY name, organisation;

ALTER TABLE talk_speaker ADD COLUMN speaker_id BIGINT;

UPDATE talk_speaker ts JOIN speaker s ON s.name = ts.name AND s.organisation <=> ts.organisation
SET ts.speaker_id = s.id;

ALTER TABLE talk_speaker
    MODIFY speaker_id BIGINT NOT NULL,
    ADD CONSTRAINT fk_talk_speaker_speaker FOREIGN KEY (speaker_id) REFERENCES speaker (id),
    DROP COLUMN name,
    DROP COLUMN organisation,
    DROP COLUMN role,
    DROP COLUMN photo_url;

ALTER TABLE stage
    ADD COLUMN picture_image_id BIGINT,
    ADD COLUMN picture_alt      VARCHAR(300),
    ADD CONSTRAINT fk_stage_picture FOREIGN KEY (picture_image_id) REFERENCES fair_image (id);

-- The fair's look: one row. Colours are checked for text contrast (at least 4.5:1 against white) before saving.
CREATE TABLE fair_branding (
    id                   INT         NOT NULL PRIMARY KEY,
    key_visual_image_id  BIGINT,
    key_visual_alt       VARCHAR(300),
    primary_colour       CHAR(7),
    accent_colour        CHAR(7),
    updated_at           DATETIME(6) NOT NULL,
    version              BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_fair_branding_key_visual FOREIGN KEY (key_visual_image_id) REFERENCES fair_image (id),
    CONSTRAINT ck_fair_branding_single CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO fair_branding (id, updated_at) VALUES (1, UTC_TIMESTAMP(6));

CREATE TABLE fair_logo (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind      VARCHAR(20)  NOT NULL,
    position  INT          NOT NULL,
    image_id  BIGINT       NOT NULL,
    alt       VARCHAR(300) NOT NULL,
    link_url  VARCHAR(500),
    CONSTRAINT fk_fair_logo_image FOREIGN KEY (image_id) REFERENCES fair_image (id),
    CONSTRAINT ck_fair_logo_kind CHECK (kind IN ('ORGANISER', 'PARTNER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

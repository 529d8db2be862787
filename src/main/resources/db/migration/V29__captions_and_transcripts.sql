-- Captions everywhere (docs/accessibility.md, captions policy): a talk's WebVTT captions and transcript, and the
-- admin decision that lets a recording or a stage stream go online without captions (who, when, why).
CREATE TABLE talk_captions (
    talk_id            BIGINT       NOT NULL PRIMARY KEY,
    vtt                MEDIUMTEXT   NULL,
    cue_count          INT          NOT NULL DEFAULT 0,
    transcript         MEDIUMTEXT   NULL,
    transcript_edited  BOOLEAN      NOT NULL DEFAULT FALSE,
    updated_by         VARCHAR(100) NOT NULL,
    updated_at         DATETIME(6)  NOT NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_talk_captions_talk FOREIGN KEY (talk_id) REFERENCES talk (id) ON DELETE CASCADE
);

ALTER TABLE talk
    ADD COLUMN captions_waiver_reason VARCHAR(1000) NULL,
    ADD COLUMN captions_waived_by     VARCHAR(100)  NULL,
    ADD COLUMN captions_waived_at     DATETIME(6)   NULL;

ALTER TABLE stage
    ADD COLUMN captions_waiver_reason VARCHAR(1000) NULL,
    ADD COLUMN captions_waived_by     VARCHAR(100)  NULL,
    ADD COLUMN captions_waived_at     DATETIME(6)   NULL;

-- Talk materials (slides) for the archive: uploaded by moderators and admins, checked like booth
-- materials (type by content, 25 MB), bytes in the material storage under a random key.
CREATE TABLE talk_material (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    talk_id        BIGINT       NOT NULL,
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
    CONSTRAINT fk_talk_material_talk FOREIGN KEY (talk_id) REFERENCES talk (id) ON DELETE CASCADE,
    INDEX ix_talk_material_talk (talk_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The archive lists the talks of a day that have a recording, slides or FAQ entries.
CREATE INDEX ix_question_faq ON question (talk_id, in_faq);

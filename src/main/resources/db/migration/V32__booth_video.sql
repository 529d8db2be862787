-- A booth's short video (issue 15): an HLS playlist or a video file by address, always with WebVTT captions (an
-- uploaded file of the booth or an address) and a title for its accessible name. Published copy on the booth; the
-- working copy keeps it in its content document like every other field.
ALTER TABLE booth
    ADD COLUMN video_url          VARCHAR(500),
    ADD COLUMN video_captions_id  BIGINT,
    ADD COLUMN video_captions_url VARCHAR(500),
    ADD COLUMN video_title        VARCHAR(160),
    ADD COLUMN video_description  VARCHAR(500);

-- Uploaded WebVTT captions of booth videos; the bytes live in the material storage like materials do.
CREATE TABLE booth_video_captions (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    booth_id    BIGINT       NOT NULL,
    file_name   VARCHAR(255) NOT NULL,
    size_bytes  BIGINT       NOT NULL,
    cue_count   INT          NOT NULL,
    storage_key VARCHAR(200) NOT NULL,
    uploaded_by VARCHAR(100) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    CONSTRAINT fk_booth_video_captions_booth FOREIGN KEY (booth_id) REFERENCES booth (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Videos uploaded for a booth and transcoded by ffmpeg (where the server has it) into a single-rendition HLS stream:
-- the files sit in <storage directory>/videos/<folder>/ (index.m3u8 and its segments) and are served by the app.
CREATE TABLE booth_video_upload (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    booth_id    BIGINT       NOT NULL,
    file_name   VARCHAR(255) NOT NULL,
    size_bytes  BIGINT       NOT NULL,
    state       VARCHAR(20)  NOT NULL,
    folder      VARCHAR(100) NOT NULL,
    error       VARCHAR(500),
    uploaded_by VARCHAR(100) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    finished_at DATETIME(6),
    CONSTRAINT fk_booth_video_upload_booth FOREIGN KEY (booth_id) REFERENCES booth (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The programme frame (series, event days, host regions, stages, talks) and the hall (exhibitors,
-- booths). All timestamps are stored in UTC; the application renders them in Europe/Berlin.

CREATE TABLE host_region (
    code        VARCHAR(40)  NOT NULL PRIMARY KEY,
    name        VARCHAR(120) NOT NULL,
    sort_order  INT          NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO host_region (code, name, sort_order) VALUES
    ('aachen',        'Digitale Modellregion Aachen',        1),
    ('gelsenkirchen', 'Digitale Modellregion Gelsenkirchen', 2),
    ('paderborn',     'Digitale Modellregion Paderborn',     3),
    ('soest',         'Digitale Modellregion Soest',         4),
    ('wuppertal',     'Digitale Modellregion Wuppertal',     5);

-- The 14 OZG topic fields (Themenfelder) plus Smart City.
CREATE TABLE topic_field (
    code        VARCHAR(40)  NOT NULL PRIMARY KEY,
    name        VARCHAR(120) NOT NULL,
    sort_order  INT          NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO topic_field (code, name, sort_order) VALUES
    ('arbeit-ruhestand',     'Arbeit & Ruhestand',                   1),
    ('bauen-wohnen',         'Bauen & Wohnen',                       2),
    ('bildung',              'Bildung',                              3),
    ('ein-auswanderung',     'Ein- & Auswanderung',                  4),
    ('engagement-hobby',     'Engagement & Hobby',                   5),
    ('familie-kind',         'Familie & Kind',                       6),
    ('forschung-foerderung', 'Forschung & Förderung',                7),
    ('gesundheit',           'Gesundheit',                           8),
    ('mobilitaet-reisen',    'Mobilität & Reisen',                   9),
    ('querschnitt',          'Querschnitt',                         10),
    ('recht-ordnung',        'Recht & Ordnung',                     11),
    ('steuern-zoll',         'Steuern & Zoll',                      12),
    ('umwelt',               'Umwelt',                              13),
    ('unternehmensfuehrung', 'Unternehmensführung & -entwicklung',  14),
    ('smart-city',           'Smart City',                          15);

CREATE TABLE fair_series (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    slug        VARCHAR(60)  NOT NULL,
    title       VARCHAR(200) NOT NULL,
    subtitle    VARCHAR(300),
    description TEXT,
    organisers  TEXT,
    created_at  DATETIME(6)  NOT NULL,
    CONSTRAINT uq_fair_series_slug UNIQUE (slug)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE event_day (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    series_id        BIGINT       NOT NULL,
    day_date         DATE         NOT NULL,
    host_region_code VARCHAR(40)  NOT NULL,
    title            VARCHAR(200) NOT NULL,
    description      TEXT,
    CONSTRAINT fk_event_day_series FOREIGN KEY (series_id) REFERENCES fair_series (id),
    CONSTRAINT fk_event_day_region FOREIGN KEY (host_region_code) REFERENCES host_region (code),
    CONSTRAINT uq_event_day_date UNIQUE (series_id, day_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE stage (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    series_id   BIGINT       NOT NULL,
    stage_key   VARCHAR(60)  NOT NULL,
    name        VARCHAR(120) NOT NULL,
    sort_order  INT          NOT NULL,
    CONSTRAINT fk_stage_series FOREIGN KEY (series_id) REFERENCES fair_series (id),
    CONSTRAINT uq_stage_key UNIQUE (series_id, stage_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE talk (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_day_id     BIGINT       NOT NULL,
    stage_id         BIGINT       NOT NULL,
    title            VARCHAR(300) NOT NULL,
    abstract         TEXT,
    talk_type        VARCHAR(20)  NOT NULL,
    topic_field_code VARCHAR(40),
    language         VARCHAR(8)   NOT NULL,
    starts_at        DATETIME(0)  NOT NULL,
    ends_at          DATETIME(0)  NOT NULL,
    CONSTRAINT fk_talk_event_day FOREIGN KEY (event_day_id) REFERENCES event_day (id),
    CONSTRAINT fk_talk_stage FOREIGN KEY (stage_id) REFERENCES stage (id),
    CONSTRAINT fk_talk_topic FOREIGN KEY (topic_field_code) REFERENCES topic_field (code),
    CONSTRAINT ck_talk_times CHECK (ends_at > starts_at),
    INDEX ix_talk_times (starts_at, ends_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE talk_speaker (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    talk_id      BIGINT       NOT NULL,
    position     INT          NOT NULL,
    name         VARCHAR(160) NOT NULL,
    organisation VARCHAR(200),
    role         VARCHAR(200),
    CONSTRAINT fk_talk_speaker_talk FOREIGN KEY (talk_id) REFERENCES talk (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE exhibitor (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    slug        VARCHAR(60)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    org_type    VARCHAR(30)  NOT NULL,
    region_code VARCHAR(40),
    website     VARCHAR(500),
    created_at  DATETIME(6)  NOT NULL,
    CONSTRAINT uq_exhibitor_slug UNIQUE (slug),
    CONSTRAINT fk_exhibitor_region FOREIGN KEY (region_code) REFERENCES host_region (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Keycloak users (by username) who staff an exhibitor's booths.
CREATE TABLE exhibitor_staff (
    exhibitor_id BIGINT       NOT NULL,
    username     VARCHAR(100) NOT NULL,
    PRIMARY KEY (exhibitor_id, username),
    CONSTRAINT fk_exhibitor_staff_exhibitor FOREIGN KEY (exhibitor_id) REFERENCES exhibitor (id) ON DELETE CASCADE,
    INDEX ix_exhibitor_staff_username (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE booth (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    slug         VARCHAR(60)  NOT NULL,
    exhibitor_id BIGINT       NOT NULL,
    event_day_id BIGINT,
    name         VARCHAR(160) NOT NULL,
    tagline      VARCHAR(200),
    description  TEXT,
    status       VARCHAR(20)  NOT NULL,
    featured     BOOLEAN      NOT NULL DEFAULT FALSE,
    tile_size    VARCHAR(10)  NOT NULL DEFAULT 'medium',
    hall_order   INT          NOT NULL DEFAULT 0,
    created_at   DATETIME(6)  NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_booth_slug UNIQUE (slug),
    CONSTRAINT fk_booth_exhibitor FOREIGN KEY (exhibitor_id) REFERENCES exhibitor (id),
    CONSTRAINT fk_booth_event_day FOREIGN KEY (event_day_id) REFERENCES event_day (id),
    INDEX ix_booth_hall (status, featured, hall_order)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE booth_topic_field (
    booth_id         BIGINT      NOT NULL,
    topic_field_code VARCHAR(40) NOT NULL,
    PRIMARY KEY (booth_id, topic_field_code),
    CONSTRAINT fk_booth_topic_booth FOREIGN KEY (booth_id) REFERENCES booth (id) ON DELETE CASCADE,
    CONSTRAINT fk_booth_topic_field FOREIGN KEY (topic_field_code) REFERENCES topic_field (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE booth_tag (
    booth_id BIGINT      NOT NULL,
    position INT         NOT NULL,
    tag      VARCHAR(60) NOT NULL,
    PRIMARY KEY (booth_id, position),
    CONSTRAINT fk_booth_tag_booth FOREIGN KEY (booth_id) REFERENCES booth (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Related booths of a talk ("more about this at booth …").
CREATE TABLE talk_booth (
    talk_id  BIGINT NOT NULL,
    booth_id BIGINT NOT NULL,
    PRIMARY KEY (talk_id, booth_id),
    CONSTRAINT fk_talk_booth_talk FOREIGN KEY (talk_id) REFERENCES talk (id) ON DELETE CASCADE,
    CONSTRAINT fk_talk_booth_booth FOREIGN KEY (booth_id) REFERENCES booth (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

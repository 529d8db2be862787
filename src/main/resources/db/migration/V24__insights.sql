-- Insights (docs/insights.md): counters kept as events happen, for the booth analytics of exhibitors and the
-- organiser dashboard. No row names a person.

-- What happened per booth (booth_id = 0: the whole edition) and hour of the fair's day (Europe/Berlin):
-- day and hour 0-23 local time. metric names the counter (visits, visitors, source.hall, downloads, ...);
-- every counter adds up over hours and days. "visitors" counts a visitor in the hour they were first seen
-- that day, so the hours of a day add up to its unique visitors.
CREATE TABLE insight_count (
    edition_id  BIGINT       NOT NULL,
    booth_id    BIGINT       NOT NULL,
    day         DATE         NOT NULL,
    hour        TINYINT      NOT NULL,
    metric      VARCHAR(40)  NOT NULL,
    amount      BIGINT       NOT NULL,
    PRIMARY KEY (edition_id, booth_id, day, hour, metric),
    INDEX ix_insight_count_booth (booth_id, day),
    INDEX ix_insight_count_day (edition_id, day, metric)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The salt of one day for recognising a visitor again on that day only; deleted with the day's seen hashes
-- as soon as the day is over (the counters stay).
CREATE TABLE insight_salt (
    day   DATE        NOT NULL PRIMARY KEY,
    salt  BINARY(32)  NOT NULL
) ENGINE = InnoDB;

-- SHA-256(salt of the day, scope, visitor): who was already counted today at a booth (scope = booth id) or at
-- the fair (scope 0). Deleted after the day, so visitors cannot be followed across days.
CREATE TABLE insight_seen (
    day    DATE        NOT NULL,
    scope  BIGINT      NOT NULL,
    hash   BINARY(32)  NOT NULL,
    PRIMARY KEY (day, scope, hash)
) ENGINE = InnoDB;

-- Viewers of a talk while it runs, sampled per minute (the largest count any instance saw in that minute):
-- the dashboard's peak and average attendance per talk.
CREATE TABLE insight_talk_minute (
    talk_id     BIGINT    NOT NULL,
    minute_at   DATETIME  NOT NULL,
    viewers     INT       NOT NULL,
    PRIMARY KEY (talk_id, minute_at),
    CONSTRAINT fk_insight_talk_minute_talk FOREIGN KEY (talk_id) REFERENCES talk (id) ON DELETE CASCADE
) ENGINE = InnoDB;

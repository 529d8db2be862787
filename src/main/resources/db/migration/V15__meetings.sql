-- Meet the experts (docs/meetings.md) and the notification centre (docs/notifications.md): the times a booth's team offers, the slots cut from them, and the
-- meetings visitors book in those slots. Everything belongs to a booth (and so to the booth's edition).
-- Times are UTC instants; the team enters them in Europe/Berlin.

-- A time window a booth's expert (or the whole team, expert_name NULL) offers, with its slot length.
-- The organiser is the staff member who published it: the calendar invitations name them.
CREATE TABLE meeting_availability (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    booth_id            BIGINT        NOT NULL,
    expert_name         VARCHAR(200)  NULL,
    organizer_username  VARCHAR(100)  NOT NULL,
    organizer_name      VARCHAR(200)  NOT NULL,
    organizer_email     VARCHAR(254)  NULL,
    organizer_language  VARCHAR(5)    NOT NULL,
    starts_at           DATETIME(6)   NOT NULL,
    ends_at             DATETIME(6)   NOT NULL,
    slot_minutes        INT           NOT NULL,
    video_link          VARCHAR(500)  NULL,
    created_at          DATETIME(6)   NOT NULL,
    CONSTRAINT fk_meeting_availability_booth FOREIGN KEY (booth_id) REFERENCES booth (id) ON DELETE CASCADE,
    INDEX ix_meeting_availability_booth (booth_id, starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One bookable slot of a window (breaks left out). expert_key is the expert's name or '' for the team, so
-- that overlapping slots of the same person can be found. withdrawn_at once the team takes it back.
CREATE TABLE meeting_slot (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    availability_id  BIGINT        NOT NULL,
    booth_id         BIGINT        NOT NULL,
    expert_key       VARCHAR(200)  NOT NULL,
    starts_at        DATETIME(6)   NOT NULL,
    ends_at          DATETIME(6)   NOT NULL,
    withdrawn_at     DATETIME(6)   NULL,
    CONSTRAINT fk_meeting_slot_availability FOREIGN KEY (availability_id) REFERENCES meeting_availability (id) ON DELETE CASCADE,
    INDEX ix_meeting_slot_booth (booth_id, starts_at),
    INDEX ix_meeting_slot_expert (booth_id, expert_key, starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A booked meeting. active_slot_id holds the slot while the meeting stands and is NULL once it is cancelled:
-- its unique key makes "one slot, one meeting" the database's rule, so of two parallel bookings one fails.
-- uid and sequence are the calendar invitation's UID and SEQUENCE. A proposal to move it names the new slot,
-- which side proposed it and why, until the other side confirms or declines.
CREATE TABLE meeting (
    id                 BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    uid                VARCHAR(100)   NOT NULL,
    booth_id           BIGINT         NOT NULL,
    slot_id            BIGINT         NOT NULL,
    active_slot_id     BIGINT         NULL,
    visitor_username   VARCHAR(100)   NOT NULL,
    visitor_name       VARCHAR(200)   NOT NULL,
    visitor_email      VARCHAR(254)   NULL,
    visitor_language   VARCHAR(5)     NOT NULL,
    topic              VARCHAR(200)   NOT NULL,
    questions          TEXT           NULL,
    status             VARCHAR(20)    NOT NULL,
    sequence           INT            NOT NULL,
    video_url          VARCHAR(500)   NULL,
    proposed_slot_id   BIGINT         NULL,
    proposed_by        VARCHAR(10)    NULL,
    proposal_reason    VARCHAR(1000)  NULL,
    cancelled_by       VARCHAR(10)    NULL,
    cancel_reason      VARCHAR(1000)  NULL,
    created_at         DATETIME(6)    NOT NULL,
    updated_at         DATETIME(6)    NOT NULL,
    version            BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT uq_meeting_uid UNIQUE (uid),
    CONSTRAINT uq_meeting_active_slot UNIQUE (active_slot_id),
    CONSTRAINT fk_meeting_booth FOREIGN KEY (booth_id) REFERENCES booth (id) ON DELETE CASCADE,
    CONSTRAINT fk_meeting_slot FOREIGN KEY (slot_id) REFERENCES meeting_slot (id) ON DELETE CASCADE,
    INDEX ix_meeting_visitor (visitor_username, created_at),
    INDEX ix_meeting_booth (booth_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The notification centre (docs/notifications.md): what happened for a user, newest first, until read. kind names
-- what happened (meeting.booked, ...); the web app words it in the user's language from subject, detail and at.
CREATE TABLE notification (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username    VARCHAR(100)  NOT NULL,
    kind        VARCHAR(40)   NOT NULL,
    subject     VARCHAR(300)  NOT NULL,
    detail      VARCHAR(300)  NULL,
    at          DATETIME(6)   NULL,
    link        VARCHAR(300)  NULL,
    created_at  DATETIME(6)   NOT NULL,
    read_at     DATETIME(6)   NULL,
    INDEX ix_notification_user (username, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

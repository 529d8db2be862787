-- An exhibitor's staff have one of two roles: "lead" (Standleitung: edits the booths, and everything staff do) and
-- "staff" (Standpersonal: answers in the booth chat and the conversations, reads the inbox, the statistics and the
-- calendar, but does not change the booths' content). Only the entries with the role "staff" are listed here: every
-- entry of exhibitor_staff not listed is a lead, so the teams of before keep what they could do. The app removes an
-- entry here with its entry in exhibitor_staff (docs/operations.md).
CREATE TABLE exhibitor_staff_plain (
    exhibitor_id BIGINT       NOT NULL,
    username     VARCHAR(100) NOT NULL,
    PRIMARY KEY (exhibitor_id, username),
    CONSTRAINT fk_exhibitor_staff_plain_exhibitor FOREIGN KEY (exhibitor_id) REFERENCES exhibitor (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The display names of the sanctioned user and of the moderator as they were when the sanction was
-- imposed, so that the lists of sanctions need not look them up (older rows show the usernames).
ALTER TABLE chat_sanction
    ADD COLUMN user_name VARCHAR(200) NULL AFTER username,
    ADD COLUMN created_by_name VARCHAR(200) NULL AFTER created_by;

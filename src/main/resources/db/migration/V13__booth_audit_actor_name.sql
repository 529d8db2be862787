-- The audit log shows people by name (as the token named them when they acted), not by login id.
-- Entries written before this column existed keep only the login id.
ALTER TABLE booth_audit ADD COLUMN actor_name VARCHAR(200) NULL AFTER actor;

-- The OZG-Reifegradmodell 2.0 (July 2025, levels 0-7) replaced model 1.1 (levels 0-4): a service's level now names
-- the model it is stated in. Every level stored so far was one of model 1.1.
ALTER TABLE reuse_offer
    ADD COLUMN ozg_model VARCHAR(3) NULL AFTER ozg_level;

UPDATE reuse_offer SET ozg_model = '1.1' WHERE ozg_level IS NOT NULL;

ALTER TABLE reuse_offer
    ADD CONSTRAINT ck_reuse_offer_ozg_model CHECK (ozg_model IS NULL OR ozg_model IN ('1.1', '2.0')),
    ADD CONSTRAINT ck_reuse_offer_ozg_level_in_model CHECK (ozg_level IS NULL
        OR ozg_model = '1.1' AND ozg_level BETWEEN 0 AND 4
        OR ozg_model = '2.0' AND ozg_level BETWEEN 0 AND 7);

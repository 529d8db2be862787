-- Grows the demo fair's hall to about 1,000 published booths for the interaction benchmark: copies of the
-- demo booths (same texts, topic fields and services, so the search and filters behave as on the demo
-- fair), ids above 100000 and slugs with a suffix, in the current edition (last year's archived edition keeps
-- its few booths). Logos and banners stay with the originals.
CREATE TEMPORARY TABLE bench_source AS SELECT * FROM booth WHERE status = 'PUBLISHED' AND id < 100000
  AND edition_id = (SELECT current_edition_id FROM fair_series ORDER BY created_at DESC, id DESC LIMIT 1);
SET @copies = CEIL((1000 - (SELECT COUNT(*) FROM bench_source)) / (SELECT COUNT(*) FROM bench_source));

DELIMITER //
CREATE PROCEDURE bench_grow_hall()
BEGIN
  DECLARE n INT DEFAULT 1;
  WHILE n <= @copies DO
    CREATE TEMPORARY TABLE bench_copy AS SELECT * FROM bench_source;
    UPDATE bench_copy SET id = id + n * 100000, slug = CONCAT(LEFT(slug, 52), '-k', n),
        name = CONCAT(LEFT(name, 150), ' ', n), featured = FALSE, logo_material_id = NULL, banner_material_id = NULL;
    INSERT INTO booth SELECT * FROM bench_copy;
    DROP TEMPORARY TABLE bench_copy;
    INSERT INTO booth_topic_field (booth_id, topic_field_code)
      SELECT booth_id + n * 100000, topic_field_code FROM booth_topic_field WHERE booth_id IN (SELECT id FROM bench_source);
    CREATE TEMPORARY TABLE bench_offer AS SELECT * FROM reuse_offer WHERE booth_id IN (SELECT id FROM bench_source);
    UPDATE bench_offer SET id = id + n * 100000, booth_id = booth_id + n * 100000;
    INSERT INTO reuse_offer SELECT * FROM bench_offer;
    DROP TEMPORARY TABLE bench_offer;
    INSERT INTO booth_search (booth_id, doc)
      SELECT booth_id + n * 100000, doc FROM booth_search WHERE booth_id IN (SELECT id FROM bench_source);
    SET n = n + 1;
  END WHILE;
END//
DELIMITER ;

CALL bench_grow_hall();
DROP PROCEDURE bench_grow_hall;
-- As an approval would: the app rebuilds its in-memory hall
INSERT INTO platform_setting (setting_key, setting_value) VALUES ('hall.version', '1')
  ON DUPLICATE KEY UPDATE setting_value = UUID();
SELECT COUNT(*) AS published_booths FROM booth WHERE status = 'PUBLISHED';

-- Content in two languages (issue 15.4) and Leichte-Sprache summaries (issue 18.3): every text column
-- <column> that visitors read gets an optional English twin <column>_en; German stays required and is
-- the fallback. See docs/content-languages.md.

ALTER TABLE booth
    ADD COLUMN name_en        VARCHAR(160),
    ADD COLUMN tagline_en     VARCHAR(200),
    ADD COLUMN description_en TEXT,
    ADD COLUMN easy_summary   TEXT;

ALTER TABLE reuse_offer
    ADD COLUMN name_en    VARCHAR(200),
    ADD COLUMN summary_en TEXT;

ALTER TABLE talk
    ADD COLUMN title_en     VARCHAR(300),
    ADD COLUMN abstract_en  TEXT,
    ADD COLUMN easy_summary TEXT;

ALTER TABLE stage
    ADD COLUMN name_en VARCHAR(120);

ALTER TABLE event_day
    ADD COLUMN title_en       VARCHAR(200),
    ADD COLUMN description_en TEXT;

ALTER TABLE host_region
    ADD COLUMN name_en VARCHAR(120);

UPDATE host_region SET name_en = REPLACE(name, 'Digitale Modellregion', 'Digital Model Region')
    WHERE name LIKE 'Digitale Modellregion %';

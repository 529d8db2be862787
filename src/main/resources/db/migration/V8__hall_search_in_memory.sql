-- The hall is searched in memory (booth.HallIndex); the FULLTEXT index is no longer read and only cost writes.
ALTER TABLE booth_search DROP INDEX ft_booth_search;

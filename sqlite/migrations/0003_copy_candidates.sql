-- Candidate copies of a new article, oldest first, straight from the
-- index: each band's bucket is read in seq order and only as far as
-- needed, however many copies of a story it holds (see findGroup).
CREATE INDEX article_bands_bucket ON article_bands (hash, band, seq);
DROP INDEX article_bands_hash;

-- Candidate copies of a new article, oldest first, straight from the
-- index: each band's bucket is read in seq order and only as far as
-- needed, however many copies of a story it holds (see findGroup). The
-- first article with the same content likewise comes without sorting
-- all of them.
CREATE INDEX article_bands_bucket ON article_bands (hash, band, seq);
DROP INDEX article_bands_hash;
CREATE INDEX articles_content_seq ON articles (content_hash, seq);
DROP INDEX articles_content;

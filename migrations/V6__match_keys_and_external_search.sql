-- Match keys stored beside the values they fold, indexes for the reports' joins, and a
-- full-text index that keeps no second copy of the text.
--
-- A match key (`province_ascii`, `name_ascii`, `org_ascii`, `metric_ascii`) is kb_key()
-- of its column: lower case, no diacritics, đ written d ("Hải Dương" → "hai duong"), ''
-- when the column is NULL. kb fills them on load; a report compares a key with a
-- parameter folded once (kb folds what it binds), so no function runs on each row and
-- the reports' SQL runs in any SQLite tool. kb_key() is kb's own function (registered
-- while this migration runs), used here only to fill the keys of rows already stored.

ALTER TABLE articles ADD COLUMN province_ascii TEXT NOT NULL DEFAULT '';
UPDATE articles SET province_ascii = ifnull(kb_key(province), '') WHERE province IS NOT NULL;
CREATE INDEX articles_province ON articles(province_ascii, published_date);
CREATE INDEX articles_published ON articles(published_date);

ALTER TABLE meetings ADD COLUMN province_ascii TEXT NOT NULL DEFAULT '';
UPDATE meetings SET province_ascii = ifnull(kb_key(province), '') WHERE province IS NOT NULL;
CREATE INDEX meetings_province_ascii ON meetings(province_ascii, meeting_date);
CREATE INDEX meetings_date ON meetings(meeting_date);

ALTER TABLE officials ADD COLUMN name_ascii TEXT NOT NULL DEFAULT '';
ALTER TABLE officials ADD COLUMN province_ascii TEXT NOT NULL DEFAULT '';
UPDATE officials SET name_ascii = kb_key(name), province_ascii = ifnull(kb_key(province), '');
CREATE INDEX officials_province ON officials(province_ascii, name);

ALTER TABLE official_roles ADD COLUMN org_ascii TEXT NOT NULL DEFAULT '';
UPDATE official_roles SET org_ascii = ifnull(kb_key(org), '') WHERE org IS NOT NULL;

-- A figure's metric key, and its article's province key (the figures report lists them by
-- province and year in that index's order); metric_keys holds each metric key once, so
-- that the metrics containing some words are found without reading every figure.
ALTER TABLE targets ADD COLUMN metric_ascii TEXT NOT NULL DEFAULT '';
ALTER TABLE targets ADD COLUMN province_ascii TEXT NOT NULL DEFAULT '';
ALTER TABLE targets ADD COLUMN metric_key_id INTEGER REFERENCES metric_keys(id);
CREATE TABLE metric_keys (
    id           INTEGER PRIMARY KEY,
    metric_ascii TEXT NOT NULL UNIQUE
);
UPDATE targets SET metric_ascii = kb_key(metric),
                   province_ascii = (SELECT a.province_ascii FROM articles a WHERE a.id = targets.article_id);
INSERT OR IGNORE INTO metric_keys (metric_ascii) SELECT metric_ascii FROM targets ORDER BY metric_ascii;
UPDATE targets SET metric_key_id = (SELECT k.id FROM metric_keys k WHERE k.metric_ascii = targets.metric_ascii);
CREATE INDEX targets_province ON targets(province_ascii, year, metric_ascii);
CREATE INDEX targets_metric_key ON targets(metric_key_id);
-- The metric index (V1) served no report; the indicator index (V4) becomes one over the
-- figures that have an indicator, holding what the indicators report partitions them by.
DROP INDEX targets_metric;
DROP INDEX targets_indicator;
CREATE INDEX targets_indicator ON targets(indicator, year, province_ascii, kind, unit, value, article_id) WHERE indicator IS NOT NULL;

-- Who held which post: grouped from this index alone.
CREATE INDEX official_roles_history ON official_roles(role_code, official_id, org, former, seen_date, article_id, org_ascii);
CREATE INDEX official_roles_seen ON official_roles(official_id, seen_date, article_id);
DROP INDEX official_roles_code;

CREATE INDEX participants_capacity ON meeting_participants(capacity, meeting_id);

-- The full-text index reads its text from the articles (FTS5 external content) instead
-- of keeping a copy. The tokenizer folds case, tone marks and every other diacritic, but
-- đ is a letter of its own to it, so the title and text are indexed with đ written d
-- (MATCH 'chuyen doi so' finds "chuyển đổi số"), and beside them the words written with
-- đ as written (d_stroke_words: MATCH 'chuyển đổi số' finds them too, word by word).
-- Ð (U+00D0, typed for Đ) is read as Đ. A plain FTS5 query from any SQLite tool finds
-- an article typed either way; only a "quoted phrase" with đ in it must be typed
-- without diacritics ("chuyen doi so") outside kb, which folds queries itself.
ALTER TABLE articles ADD COLUMN d_stroke_words TEXT NOT NULL DEFAULT '';
UPDATE articles SET d_stroke_words = kb_d_stroke_words(title, original_text);

DROP TABLE article_search;

CREATE VIEW articles_for_search AS
SELECT id,
       replace(replace(replace(replace(title, 'đ', 'd'), 'Đ', 'D'), 'ð', 'd'), 'Ð', 'D') AS title,
       replace(replace(replace(replace(original_text, 'đ', 'd'), 'Đ', 'D'), 'ð', 'd'), 'Ð', 'D') AS body,
       d_stroke_words
FROM articles;

CREATE VIRTUAL TABLE article_search USING fts5(
    title, body, d_stroke_words,
    content = 'articles_for_search',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

-- ORDER BY rank ranks by bm25 with a title weighing four times its text, in any tool.
INSERT INTO article_search (article_search, rank) VALUES ('rank', 'bm25(4.0, 1.0, 1.0)');
INSERT INTO article_search (article_search) VALUES ('rebuild');

-- An article deleted, or its title or text changed, leaves the index (by any tool); kb
-- adds new articles itself, in batches.
CREATE TRIGGER articles_search_delete AFTER DELETE ON articles BEGIN
    INSERT INTO article_search (article_search, rowid, title, body, d_stroke_words)
    VALUES ('delete', old.id,
            replace(replace(replace(replace(old.title, 'đ', 'd'), 'Đ', 'D'), 'ð', 'd'), 'Ð', 'D'),
            replace(replace(replace(replace(old.original_text, 'đ', 'd'), 'Đ', 'D'), 'ð', 'd'), 'Ð', 'D'),
            old.d_stroke_words);
END;

CREATE TRIGGER articles_search_update AFTER UPDATE OF title, original_text, d_stroke_words ON articles
WHEN old.title IS NOT new.title OR old.original_text IS NOT new.original_text OR old.d_stroke_words IS NOT new.d_stroke_words BEGIN
    INSERT INTO article_search (article_search, rowid, title, body, d_stroke_words)
    VALUES ('delete', old.id,
            replace(replace(replace(replace(old.title, 'đ', 'd'), 'Đ', 'D'), 'ð', 'd'), 'Ð', 'D'),
            replace(replace(replace(replace(old.original_text, 'đ', 'd'), 'Đ', 'D'), 'ð', 'd'), 'Ð', 'D'),
            old.d_stroke_words);
    INSERT INTO article_search (rowid, title, body, d_stroke_words)
    SELECT id, title, body, d_stroke_words FROM articles_for_search WHERE id = new.id;
END;

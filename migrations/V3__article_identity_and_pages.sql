-- One article per document, what the crawler said of its page, and the state kb keeps.
--
-- An article is its content: the same text (and page) seen under a second path is the
-- same article, with the extra path in article_sources. articles.source_path stays the
-- first path it was loaded from and is always one of its article_sources.

CREATE TABLE article_sources (
    source_path TEXT PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE
);
CREATE INDEX article_sources_article ON article_sources(article_id);

-- Loads before this version stored the same content once per path spelling; keep the
-- first copy of each content and record the other paths against it.
CREATE INDEX articles_content_v3 ON articles(content_hash);
INSERT INTO article_sources (source_path, article_id)
SELECT a.source_path, (SELECT MIN(b.id) FROM articles b WHERE b.content_hash = a.content_hash) FROM articles a;
DELETE FROM article_search WHERE rowid IN
    (SELECT a.id FROM articles a WHERE a.id > (SELECT MIN(b.id) FROM articles b WHERE b.content_hash = a.content_hash));
DELETE FROM meetings WHERE article_id IN
    (SELECT a.id FROM articles a WHERE a.id > (SELECT MIN(b.id) FROM articles b WHERE b.content_hash = a.content_hash));
DELETE FROM official_roles WHERE article_id IN
    (SELECT a.id FROM articles a WHERE a.id > (SELECT MIN(b.id) FROM articles b WHERE b.content_hash = a.content_hash));
DELETE FROM meeting_participants WHERE article_id IN
    (SELECT a.id FROM articles a WHERE a.id > (SELECT MIN(b.id) FROM articles b WHERE b.content_hash = a.content_hash));
DELETE FROM resolution_mentions WHERE article_id IN
    (SELECT a.id FROM articles a WHERE a.id > (SELECT MIN(b.id) FROM articles b WHERE b.content_hash = a.content_hash));
DELETE FROM targets WHERE article_id IN
    (SELECT a.id FROM articles a WHERE a.id > (SELECT MIN(b.id) FROM articles b WHERE b.content_hash = a.content_hash));
DELETE FROM articles WHERE id > (SELECT MIN(b.id) FROM articles b WHERE b.content_hash = articles.content_hash);
DELETE FROM officials WHERE id NOT IN (SELECT official_id FROM official_roles)
                        AND id NOT IN (SELECT official_id FROM meeting_participants);
DELETE FROM resolutions WHERE id NOT IN (SELECT resolution_id FROM resolution_mentions);
DROP INDEX articles_content_v3;
CREATE UNIQUE INDEX articles_content ON articles(content_hash);

-- Deleting an article or a meeting deletes the facts that point at it (ON DELETE
-- CASCADE); without these indexes each such delete would scan a whole table.
CREATE INDEX official_roles_meeting ON official_roles(meeting_id);
CREATE INDEX participants_article ON meeting_participants(article_id);
CREATE INDEX mentions_meeting ON resolution_mentions(meeting_id);
CREATE INDEX targets_meeting ON targets(meeting_id);

-- The page as a crawler recorded it (JSON Lines input), kept so that the article can be
-- extracted again from what was read: the address, headline, date and site.
ALTER TABLE articles ADD COLUMN url TEXT;
ALTER TABLE articles ADD COLUMN page_title TEXT;
ALTER TABLE articles ADD COLUMN page_date TEXT;
ALTER TABLE articles ADD COLUMN page_site TEXT;

CREATE INDEX articles_rules ON articles(extractor_version);

-- What kb remembers between runs (e.g. which data files the vocabularies were seeded from).
CREATE TABLE kb_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- The knowledge base: articles, the meetings they report, the officials and roles they
-- name, the documents they cite and the figures they state. Every fact row points at
-- its article and keeps its evidence: byte offsets into articles.original_text and the
-- text of that span.

CREATE TABLE articles (
    id                INTEGER PRIMARY KEY,
    source_path       TEXT NOT NULL UNIQUE,
    content_hash      TEXT NOT NULL,
    title             TEXT,
    published_date    TEXT,
    site              TEXT,
    byline            TEXT,
    province          TEXT,
    original_text     TEXT NOT NULL,
    loaded_at         TEXT NOT NULL,
    extractor_version TEXT NOT NULL
);

CREATE TABLE provinces (
    name          TEXT PRIMARY KEY,
    kind          TEXT NOT NULL CHECK (kind IN ('province', 'centrally_run_city')),
    province_2025 TEXT NOT NULL
);

CREATE TABLE meetings (
    id             INTEGER PRIMARY KEY,
    article_id     INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    province       TEXT,
    province_2025  TEXT,
    body           TEXT NOT NULL CHECK (body IN ('executive_committee', 'standing_committee', 'standing_board',
                                                 'congress', 'provincial_committee', 'people_council')),
    session        INTEGER,
    term           INTEGER,
    term_years     TEXT,
    meeting_date   TEXT,
    end_date       TEXT,
    location       TEXT,
    online         INTEGER NOT NULL DEFAULT 0,
    evidence_start INTEGER NOT NULL,
    evidence_end   INTEGER NOT NULL,
    evidence_text  TEXT NOT NULL
);

CREATE TABLE roles (
    code            TEXT PRIMARY KEY,
    canonical_title TEXT NOT NULL,
    level           TEXT NOT NULL
);

CREATE TABLE officials (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    name_key TEXT NOT NULL,
    province TEXT,
    UNIQUE (name_key, province)
);

CREATE TABLE official_roles (
    id             INTEGER PRIMARY KEY,
    official_id    INTEGER NOT NULL REFERENCES officials(id),
    role_code      TEXT NOT NULL REFERENCES roles(code),
    title          TEXT NOT NULL,
    org            TEXT,
    former         INTEGER NOT NULL DEFAULT 0,
    article_id     INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    meeting_id     INTEGER REFERENCES meetings(id) ON DELETE CASCADE,
    seen_date      TEXT,
    evidence_start INTEGER NOT NULL,
    evidence_end   INTEGER NOT NULL,
    evidence_text  TEXT NOT NULL
);

CREATE TABLE meeting_participants (
    id              INTEGER PRIMARY KEY,
    meeting_id      INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    official_id     INTEGER NOT NULL REFERENCES officials(id),
    name_as_written TEXT NOT NULL,
    capacity        TEXT NOT NULL CHECK (capacity IN ('chair', 'speaker', 'attendee')),
    article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    evidence_start  INTEGER NOT NULL,
    evidence_end    INTEGER NOT NULL,
    evidence_text   TEXT NOT NULL
);

CREATE TABLE resolutions (
    id          INTEGER PRIMARY KEY,
    ref         TEXT NOT NULL,
    ref_key     TEXT NOT NULL UNIQUE,
    kind        TEXT NOT NULL,
    number      TEXT,
    issuer      TEXT,
    issued_date TEXT,
    issued_by   TEXT,
    subject     TEXT,
    numbered    INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE resolution_mentions (
    id             INTEGER PRIMARY KEY,
    resolution_id  INTEGER NOT NULL REFERENCES resolutions(id),
    article_id     INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    meeting_id     INTEGER REFERENCES meetings(id) ON DELETE CASCADE,
    action         TEXT NOT NULL,
    evidence_start INTEGER NOT NULL,
    evidence_end   INTEGER NOT NULL,
    evidence_text  TEXT NOT NULL
);

CREATE TABLE targets (
    id             INTEGER PRIMARY KEY,
    article_id     INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    meeting_id     INTEGER REFERENCES meetings(id) ON DELETE CASCADE,
    metric         TEXT NOT NULL,
    value          REAL NOT NULL,
    value_max      REAL,
    unit           TEXT NOT NULL,
    of_total       REAL,
    year           INTEGER,
    kind           TEXT NOT NULL CHECK (kind IN ('actual', 'estimate', 'target', 'change')),
    qualifier      TEXT,
    comparison     TEXT,
    evidence_start INTEGER NOT NULL,
    evidence_end   INTEGER NOT NULL,
    evidence_text  TEXT NOT NULL
);

CREATE INDEX meetings_article ON meetings(article_id);
CREATE INDEX meetings_province_date ON meetings(province, meeting_date);
CREATE INDEX official_roles_official ON official_roles(official_id);
CREATE INDEX official_roles_article ON official_roles(article_id);
CREATE INDEX official_roles_code ON official_roles(role_code);
CREATE INDEX participants_meeting ON meeting_participants(meeting_id);
CREATE INDEX participants_official ON meeting_participants(official_id);
CREATE INDEX mentions_resolution ON resolution_mentions(resolution_id);
CREATE INDEX mentions_article ON resolution_mentions(article_id);
CREATE INDEX targets_article ON targets(article_id);
CREATE INDEX targets_metric ON targets(metric);

-- Who held which post, first and last seen (meeting date, else publication date).
CREATE VIEW official_role_history AS
SELECT o.id AS official_id, o.name, o.province, r.role_code, r.title, r.org, r.former,
       MIN(r.seen_date) AS first_seen, MAX(r.seen_date) AS last_seen,
       COUNT(DISTINCT r.article_id) AS articles
FROM official_roles r JOIN officials o ON o.id = r.official_id
GROUP BY o.id, r.role_code, r.org, r.former;

-- Each meeting with the names of those who chaired it.
CREATE VIEW meetings_with_chairs AS
SELECT m.id AS meeting_id, m.province, m.body, m.session, m.term, m.meeting_date,
       a.title AS article_title, a.source_path,
       (SELECT group_concat(o.name, '; ') FROM meeting_participants p JOIN officials o ON o.id = p.official_id
         WHERE p.meeting_id = m.id AND p.capacity = 'chair') AS chairs
FROM meetings m JOIN articles a ON a.id = m.article_id;

-- Each document with where and when it was cited.
CREATE VIEW resolution_citations AS
SELECT res.ref, res.kind, res.issuer, res.issued_date, res.subject, rm.action,
       a.province, COALESCE(m.meeting_date, a.published_date) AS cited_on, a.source_path, rm.evidence_text
FROM resolution_mentions rm
JOIN resolutions res ON res.id = rm.resolution_id
JOIN articles a ON a.id = rm.article_id
LEFT JOIN meetings m ON m.id = rm.meeting_id;

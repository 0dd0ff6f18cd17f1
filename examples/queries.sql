-- Example queries for kb's database, in plain SQL: they run in the sqlite3 shell, DB
-- Browser for SQLite, Datasette, Python or R alike. `sqlite3 kb.db < examples/queries.sql`
-- runs them all; the tests run each one with sqlite3 and with Python's sqlite3 module.

-- Meetings per province and body.
SELECT province, body, COUNT(*) AS meetings, MIN(meeting_date) AS first, MAX(meeting_date) AS last
FROM meetings
GROUP BY province, body
ORDER BY province, body;

-- Who chaired each executive committee plenum, in date order.
SELECT meeting_date, province, session, term, chairs
FROM meetings_with_chairs
WHERE body = 'executive_committee'
ORDER BY meeting_date;

-- Who was seen as provincial Party secretary, and when.
SELECT province, name, MIN(first_seen) AS first_seen, MAX(last_seen) AS last_seen
FROM official_role_history
WHERE role_code = 'party_secretary'
GROUP BY province, name
ORDER BY province, first_seen;

-- The documents cited most widely, with the provinces citing them.
SELECT r.ref, r.kind, r.issuer, COUNT(DISTINCT a.province) AS provinces, COUNT(*) AS mentions,
       replace(group_concat(DISTINCT a.province), ',', ', ') AS cited_in
FROM resolutions r
JOIN resolution_mentions rm ON rm.resolution_id = r.id
JOIN articles a ON a.id = rm.article_id
WHERE r.numbered = 1
GROUP BY r.id
ORDER BY provinces DESC, mentions DESC, r.ref;

-- Growth figures (per cent) by province and year, with the sentence each came from.
SELECT a.province, t.year, t.kind, t.metric, t.value, t.evidence_text
FROM targets t JOIN articles a ON a.id = t.article_id
WHERE t.unit = '%'
ORDER BY a.province, t.year;

-- Every fact's evidence is a span of the article's original text.
SELECT m.id AS meeting_id, substr(CAST(a.original_text AS BLOB), m.evidence_start + 1,
                                  m.evidence_end - m.evidence_start) = CAST(m.evidence_text AS BLOB) AS evidence_matches
FROM meetings m JOIN articles a ON a.id = m.article_id;

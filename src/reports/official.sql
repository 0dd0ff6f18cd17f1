-- name: official
-- description: One person's roles over time and the meetings they chaired, spoke at or attended, with evidence
-- order: 60
-- param: name name required = the person's name, or part of it (whole words, matched without diacritics)
--
-- The people of that name first (CROSS JOIN keeps that order), then their facts by index.
WITH person AS (
    SELECT id, name FROM officials WHERE instr(' ' || name_ascii || ' ', ' ' || :name || ' ') > 0
)
SELECT o.name, 'role' AS fact, r.seen_date AS date, r.title AS what, r.org AS detail, r.evidence_text AS evidence, a.source_path
FROM person o CROSS JOIN official_roles r ON r.official_id = o.id JOIN articles a ON a.id = r.article_id
UNION ALL
SELECT o.name, p.capacity, m.meeting_date, m.body || COALESCE(' ' || m.session, ''), m.province, p.evidence_text, a.source_path
FROM person o CROSS JOIN meeting_participants p ON p.official_id = o.id JOIN meetings m ON m.id = p.meeting_id JOIN articles a ON a.id = p.article_id
ORDER BY 1, 3, 2;

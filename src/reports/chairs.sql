-- name: chairs
-- description: Who chaired which meeting
-- param: province = only this province (matched without diacritics)
SELECT m.meeting_date AS date, m.province, m.body, m.session, o.name AS chair,
       (SELECT group_concat(DISTINCT r.title) FROM official_roles r WHERE r.official_id = o.id AND r.article_id = m.article_id) AS titles
FROM meeting_participants p
JOIN meetings m ON m.id = p.meeting_id
JOIN officials o ON o.id = p.official_id
WHERE p.capacity = 'chair'
  AND (:province IS NULL OR kb_key(m.province) = kb_key(:province))
ORDER BY m.meeting_date, m.province, o.name;

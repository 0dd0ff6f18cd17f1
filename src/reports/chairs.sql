-- name: chairs
-- description: Who chaired which meeting
-- param: province = only this province (matched without diacritics)
-- param: since = only meetings on or after this date (YYYY-MM-DD)
-- param: until = only meetings on or before this date (YYYY-MM-DD)
SELECT m.meeting_date AS date, m.province, m.body, m.session, o.name AS chair,
       (SELECT group_concat(title, '; ') FROM (SELECT DISTINCT r.title FROM official_roles r
         WHERE r.official_id = o.id AND r.article_id = m.article_id)) AS titles
FROM meeting_participants p
JOIN meetings m ON m.id = p.meeting_id
JOIN officials o ON o.id = p.official_id
WHERE p.capacity = 'chair'
  AND (ifnull(:province, '') = '' OR kb_key(m.province) = kb_key(:province))
  AND (ifnull(:since, '') = '' OR m.meeting_date >= :since)
  AND (ifnull(:until, '') = '' OR m.meeting_date <= :until)
ORDER BY m.meeting_date, m.province, o.name;

-- name: chairs
-- description: Who chaired which meeting
-- order: 40
-- param: province = only this province (matched without diacritics)
-- param: since = only meetings on or after this date (YYYY-MM-DD)
-- param: until = only meetings on or before this date (YYYY-MM-DD)
SELECT m.meeting_date AS date, m.province, m.body, m.session, o.name AS chair,
       (SELECT group_concat(title, '; ') FROM (SELECT DISTINCT r.title FROM official_roles r
         WHERE r.official_id = o.id AND r.article_id = m.article_id)) AS titles
FROM meetings m
JOIN meeting_participants p ON p.meeting_id = m.id
JOIN officials o ON o.id = p.official_id
WHERE p.capacity = 'chair'
  AND m.province_ascii BETWEEN ifnull(:province, '') AND ifnull(nullif(:province, ''), x'ff')
  AND (ifnull(:since, '') = '' OR m.meeting_date >= :since)
  AND (ifnull(:until, '') = '' OR m.meeting_date <= :until)
ORDER BY m.meeting_date, m.province_ascii, o.name;

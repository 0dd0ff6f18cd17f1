-- name: meetings
-- description: Every meeting reported, with body, session, term, date and chairs
-- order: 20
-- param: province = only this province (matched without diacritics)
-- param: since = only meetings on or after this date (YYYY-MM-DD)
-- param: until = only meetings on or before this date (YYYY-MM-DD)
SELECT m.meeting_date AS date, m.province, m.body, m.session, m.term, m.term_years, m.location,
       (SELECT group_concat(o.name, '; ') FROM meeting_participants p JOIN officials o ON o.id = p.official_id
         WHERE p.meeting_id = m.id AND p.capacity = 'chair') AS chairs,
       a.title AS article_title
FROM meetings m JOIN articles a ON a.id = m.article_id
WHERE m.province_ascii BETWEEN ifnull(:province, '') AND ifnull(nullif(:province, ''), x'ff')
  AND (ifnull(:since, '') = '' OR m.meeting_date >= :since)
  AND (ifnull(:until, '') = '' OR m.meeting_date <= :until)
ORDER BY m.meeting_date IS NULL, m.meeting_date, m.province_ascii;

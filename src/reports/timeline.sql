-- name: timeline
-- description: A province's meetings in date order, with chairs and the documents discussed
-- param: province = the province (matched without diacritics)
-- param: since = only meetings on or after this date (YYYY-MM-DD)
-- param: until = only meetings on or before this date (YYYY-MM-DD)
SELECT m.meeting_date AS date, m.province, m.body, m.session, m.term, m.chairs,
       (SELECT replace(group_concat(DISTINCT r.ref), ',', '; ') FROM resolution_mentions rm JOIN resolutions r ON r.id = rm.resolution_id
         WHERE rm.meeting_id = m.meeting_id) AS documents,
       m.article_title
FROM meetings_with_chairs m
WHERE (ifnull(:province, '') = '' OR kb_key(m.province) = kb_key(:province))
  AND (ifnull(:since, '') = '' OR m.meeting_date >= :since)
  AND (ifnull(:until, '') = '' OR m.meeting_date <= :until)
ORDER BY m.province, m.meeting_date IS NULL, m.meeting_date;

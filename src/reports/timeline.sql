-- name: timeline
-- description: A province's meetings in date order, with chairs and the documents discussed
-- param: province = the province (matched without diacritics)
SELECT m.meeting_date AS date, m.province, m.body, m.session, m.term, m.chairs,
       (SELECT group_concat(DISTINCT r.ref) FROM resolution_mentions rm JOIN resolutions r ON r.id = rm.resolution_id
         WHERE rm.meeting_id = m.meeting_id) AS documents,
       m.article_title
FROM meetings_with_chairs m
WHERE (:province IS NULL OR kb_key(m.province) = kb_key(:province))
ORDER BY m.province, m.meeting_date IS NULL, m.meeting_date;

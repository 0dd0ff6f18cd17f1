-- name: meetings
-- description: Every meeting reported, with body, session, term, date and chairs
-- param: province = only this province (matched without diacritics)
-- param: since = only meetings on or after this date (YYYY-MM-DD)
-- param: until = only meetings on or before this date (YYYY-MM-DD)
SELECT m.meeting_date AS date, m.province, m.body, m.session, m.term, m.term_years, m.location, m.chairs, m.article_title
FROM (SELECT mc.*, mt.term_years, mt.location FROM meetings_with_chairs mc JOIN meetings mt ON mt.id = mc.meeting_id) m
WHERE (ifnull(:province, '') = '' OR kb_key(m.province) = kb_key(:province))
  AND (ifnull(:since, '') = '' OR m.meeting_date >= :since)
  AND (ifnull(:until, '') = '' OR m.meeting_date <= :until)
ORDER BY m.meeting_date IS NULL, m.meeting_date, m.province;

-- name: officials
-- description: Every official, with their roles and how many articles name them
-- order: 50
-- param: province = only officials of this province (matched without diacritics)
SELECT o.name, o.province,
       (SELECT group_concat(title, '; ') FROM (SELECT DISTINCT title FROM official_roles WHERE official_id = o.id)) AS roles,
       (SELECT COUNT(DISTINCT article_id) FROM official_roles WHERE official_id = o.id) AS articles,
       (SELECT MIN(seen_date) FROM official_roles WHERE official_id = o.id) AS first_seen,
       (SELECT MAX(seen_date) FROM official_roles WHERE official_id = o.id) AS last_seen
FROM officials o
WHERE o.province_ascii BETWEEN ifnull(:province, '') AND ifnull(nullif(:province, ''), x'ff')
  AND EXISTS (SELECT 1 FROM official_roles r WHERE r.official_id = o.id)
ORDER BY o.province_ascii, o.name;

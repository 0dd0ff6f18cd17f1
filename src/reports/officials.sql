-- name: officials
-- description: Every official, with their roles and how many articles name them
-- param: province = only officials of this province (matched without diacritics)
SELECT o.name, o.province,
       (SELECT group_concat(title, '; ') FROM (SELECT DISTINCT title FROM official_roles WHERE official_id = o.id)) AS roles,
       COUNT(DISTINCT r.article_id) AS articles,
       MIN(r.seen_date) AS first_seen, MAX(r.seen_date) AS last_seen
FROM officials o JOIN official_roles r ON r.official_id = o.id
WHERE (ifnull(:province, '') = '' OR kb_key(o.province) = kb_key(:province))
GROUP BY o.id
ORDER BY o.province, o.name;

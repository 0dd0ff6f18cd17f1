-- name: roles
-- description: Who held which post, and the first and last date each was seen in it
-- order: 70
-- param: province = only this province (matched without diacritics)
-- param: role = only this role code (e.g. party_secretary)
WITH held AS (
    SELECT r.role_code, r.official_id, r.org, r.org_ascii, r.former, MIN(r.seen_date) AS first_seen, MAX(r.seen_date) AS last_seen,
           COUNT(DISTINCT r.article_id) AS articles
    FROM official_roles r
    WHERE r.role_code BETWEEN ifnull(:role, '') AND ifnull(nullif(:role, ''), x'ff')
    GROUP BY r.role_code, r.official_id, r.org, r.former
)
SELECT h.role_code, ro.canonical_title AS role, o.name, h.org, h.first_seen, h.last_seen, h.articles,
       CASE WHEN h.former THEN 'former' ELSE '' END AS former
FROM held h JOIN officials o ON o.id = h.official_id JOIN roles ro ON ro.code = h.role_code
WHERE ifnull(:province, '') = '' OR o.province_ascii = :province OR substr(h.org_ascii, -length(:province)) = :province
ORDER BY h.role_code = 'other', h.role_code, h.first_seen, o.name;

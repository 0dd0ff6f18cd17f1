-- name: roles
-- description: Who held which post, and the first and last date each was seen in it
-- param: province = only this province (matched without diacritics)
-- param: role = only this role code (e.g. party_secretary)
SELECT h.role_code, ro.canonical_title AS role, h.name, h.org, h.first_seen, h.last_seen, h.articles,
       CASE WHEN h.former THEN 'former' ELSE '' END AS former
FROM official_role_history h JOIN roles ro ON ro.code = h.role_code
WHERE (ifnull(:province, '') = '' OR kb_key(h.province) = kb_key(:province) OR substr(kb_key(h.org), -length(kb_key(:province))) = kb_key(:province))
  AND (ifnull(:role, '') = '' OR h.role_code = :role)
ORDER BY h.role_code = 'other', h.role_code, h.first_seen, h.name;

-- name: resolutions
-- description: Documents ranked by how many provinces and articles cite them, with first and last mention
-- order: 80
-- param: issuer = only documents of this issuer (TW, TU, UBND...)
SELECT r.ref, r.kind, r.issuer, r.numbered, r.issued_date, r.issued_by, r.subject,
       COUNT(DISTINCT a.province) AS provinces, COUNT(DISTINCT rm.article_id) AS articles,
       MIN(COALESCE(m.meeting_date, a.published_date)) AS first_mention,
       MAX(COALESCE(m.meeting_date, a.published_date)) AS last_mention
FROM resolutions r
JOIN resolution_mentions rm ON rm.resolution_id = r.id
JOIN articles a ON a.id = rm.article_id
LEFT JOIN meetings m ON m.id = rm.meeting_id
WHERE ifnull(:issuer, '') = '' OR r.issuer = :issuer
GROUP BY r.id
ORDER BY provinces DESC, articles DESC, r.ref;

-- name: indicator_codes
-- description: The indicator codes found in the articles, with how many figures, articles and provinces each has
-- order: 110
SELECT t.indicator, COUNT(*) AS figures, COUNT(DISTINCT t.article_id) AS articles,
       COUNT(DISTINCT nullif(t.province_ascii, '')) AS provinces, MIN(t.year) AS first_year, MAX(t.year) AS last_year,
       GROUP_CONCAT(DISTINCT t.unit) AS units
FROM targets t
WHERE t.indicator IS NOT NULL
GROUP BY t.indicator
ORDER BY figures DESC, t.indicator;

-- name: indicators
-- description: One metric compared across provinces and years
-- param: metric = metric text to look for, e.g. GRDP (matched without diacritics)
SELECT t.metric, a.province, t.year, t.kind, t.value, t.unit, a.source_path
FROM targets t JOIN articles a ON a.id = t.article_id
WHERE t.unit <> 'count' AND (ifnull(:metric, '') = '' OR instr(kb_key(t.metric), kb_key(:metric)) > 0)
ORDER BY t.metric, a.province, t.year;

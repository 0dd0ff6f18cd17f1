-- name: targets
-- description: Figures and goals stated in the articles, with the text they came from
-- param: province = only this province (matched without diacritics)
-- param: metric = only metrics containing this text (matched without diacritics)
SELECT a.province, t.year, t.kind, t.metric, t.value, t.unit, t.qualifier, t.evidence_text AS evidence
FROM targets t JOIN articles a ON a.id = t.article_id
WHERE (ifnull(:province, '') = '' OR kb_key(a.province) = kb_key(:province))
  AND (ifnull(:metric, '') = '' OR instr(kb_key(t.metric), kb_key(:metric)) > 0)
ORDER BY a.province, t.year, t.metric;

-- name: targets
-- description: Figures and goals stated in the articles, with the text they came from
-- order: 90
-- param: province = only this province (matched without diacritics)
-- param: metric key = only metrics containing this text (matched without diacritics)
--
-- Two ways to the same rows, of which only the first runs without :metric and only the
-- second with it: every figure in province, year and metric order (an index holds that
-- order), or the figures of the metrics containing :metric, found in metric_keys first
-- (CROSS JOIN keeps that order of the tables) and then put in order.
SELECT * FROM (
    SELECT a.province, t.year, t.kind, t.metric, t.value, t.unit, t.qualifier, t.evidence_text AS evidence
    FROM targets t JOIN articles a ON a.id = t.article_id
    WHERE ifnull(:metric, '') = ''
      AND t.province_ascii BETWEEN ifnull(:province, '') AND ifnull(nullif(:province, ''), x'ff')
    ORDER BY t.province_ascii, t.year, t.metric_ascii)
UNION ALL
SELECT * FROM (
    SELECT a.province, t.year, t.kind, t.metric, t.value, t.unit, t.qualifier, t.evidence_text AS evidence
    FROM metric_keys k CROSS JOIN targets t ON t.metric_key_id = k.id JOIN articles a ON a.id = t.article_id
    WHERE ifnull(:metric, '') <> '' AND instr(k.metric_ascii, :metric) > 0
      AND (ifnull(:province, '') = '' OR t.province_ascii = :province)
    ORDER BY t.province_ascii, t.year, t.metric_ascii);

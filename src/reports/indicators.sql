-- name: indicators
-- description: One indicator lined up across provinces and years: a row per province, year, kind and unit, with the value most of its figures give and the evidence
-- order: 100
-- param: indicator = an indicator code of data/indicators.tsv, e.g. grdp_growth (see the indicator_codes report); empty for all
-- param: year = only figures for this year, e.g. 2024
-- param: province = only this province (matched without diacritics)
WITH figures AS (
    SELECT t.id, t.indicator, t.province_ascii, t.year, t.kind, t.value, t.unit
    FROM targets t
    WHERE t.indicator IS NOT NULL
      AND t.indicator BETWEEN ifnull(:indicator, '') AND ifnull(nullif(:indicator, ''), x'ff')
      AND (ifnull(:year, '') = '' OR t.year = CAST(:year AS INTEGER))
      AND (ifnull(:province, '') = '' OR t.province_ascii = :province)
),
counted AS (
    SELECT f.*,
           COUNT(*) OVER (PARTITION BY indicator, province_ascii, year, kind, unit, value) AS agreeing,
           COUNT(*) OVER (PARTITION BY indicator, province_ascii, year, kind, unit) AS figures
    FROM figures f
),
ranked AS (
    SELECT c.*, ROW_NUMBER() OVER (PARTITION BY indicator, province_ascii, year, kind, unit ORDER BY agreeing DESC, id) AS pick
    FROM counted c
)
SELECT r.indicator, a.province, r.year, r.kind, t.value, t.value_max, r.unit, r.figures,
       t.evidence_text AS evidence, a.source_path AS source
FROM ranked r JOIN targets t ON t.id = r.id JOIN articles a ON a.id = t.article_id
WHERE r.pick = 1
ORDER BY r.indicator, r.province_ascii, r.year, r.kind, r.unit;

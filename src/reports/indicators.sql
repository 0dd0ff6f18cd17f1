-- name: indicators
-- description: One indicator lined up across provinces and years: a row per province, year, kind and unit, with the value most of its figures give and the evidence
-- param: indicator = an indicator code of data/indicators.tsv, e.g. grdp_growth (see the indicator_codes report); empty for all
-- param: year = only figures for this year, e.g. 2024
-- param: province = only this province (matched without diacritics)
WITH figures AS (
    SELECT t.id, t.indicator, a.province, t.year, t.kind, t.value, t.value_max, t.unit, t.metric,
           t.evidence_text, a.source_path
    FROM targets t JOIN articles a ON a.id = t.article_id
    WHERE t.indicator IS NOT NULL
      AND (ifnull(:indicator, '') = '' OR t.indicator = :indicator)
      AND (ifnull(:year, '') = '' OR t.year = CAST(:year AS INTEGER))
      AND (ifnull(:province, '') = '' OR kb_key(a.province) = kb_key(:province))
),
counted AS (
    SELECT f.*,
           COUNT(*) OVER (PARTITION BY indicator, province, year, kind, unit, value) AS agreeing,
           COUNT(*) OVER (PARTITION BY indicator, province, year, kind, unit) AS figures
    FROM figures f
),
ranked AS (
    SELECT c.*, ROW_NUMBER() OVER (PARTITION BY indicator, province, year, kind, unit ORDER BY agreeing DESC, id) AS pick
    FROM counted c
)
SELECT indicator, province, year, kind, value, value_max, unit, figures,
       evidence_text AS evidence, source_path AS source
FROM ranked
WHERE pick = 1
ORDER BY indicator, province, year, kind, unit;

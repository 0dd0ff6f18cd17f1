-- name: indicators
-- description: One indicator lined up across provinces and years: a row per province, year, kind and unit, with the value most of its figures give and the evidence
-- order: 100
-- param: indicator = an indicator code of data/indicators.tsv, e.g. grdp_growth (see the indicator_codes report); empty for all
-- param: year = only figures for this year, e.g. 2024
-- param: province = only this province (matched without diacritics)
--
-- Figures counted once per value, then per province, year, kind and unit, keeping the
-- value most figures give (ties: the figure stored first): two groupings, the first in
-- the order of the indicator index, with no window over every figure. (With one max()
-- in a grouping, SQLite takes the other bare columns, here id, from the row of the max.)
WITH figures AS (
    SELECT t.id, t.indicator, t.province_ascii, t.year, t.kind, t.value, t.unit
    FROM targets t
    WHERE t.indicator IS NOT NULL
      AND t.indicator BETWEEN ifnull(:indicator, '') AND ifnull(nullif(:indicator, ''), x'ff')
      AND (ifnull(:year, '') = '' OR t.year = CAST(:year AS INTEGER))
      AND (ifnull(:province, '') = '' OR t.province_ascii = :province)
),
by_value AS (
    SELECT indicator, year, province_ascii, kind, unit, COUNT(*) AS agreeing, MIN(id) AS id
    FROM figures GROUP BY indicator, year, province_ascii, kind, unit, value
),
picked AS (
    SELECT indicator, year, province_ascii, kind, unit, SUM(agreeing) AS figures, id, MAX(agreeing * 1099511627776 - id) AS best
    FROM by_value GROUP BY indicator, year, province_ascii, kind, unit
)
SELECT r.indicator, a.province, r.year, r.kind, t.value, t.value_max, r.unit, r.figures,
       t.evidence_text AS evidence, a.source_path AS source
FROM picked r JOIN targets t ON t.id = r.id JOIN articles a ON a.id = t.article_id
ORDER BY r.indicator, r.province_ascii, r.year, r.kind, r.unit;

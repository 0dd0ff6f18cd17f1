-- kb search: articles matching an FTS5 query, best first: bm25, the title weighing more
-- than the text (the index's rank, see migration V6), among the hits that pass the
-- filters, and among at most the latest N of them (kb search --rank-window): rowid >
-- :floor (the latest hit left out) and <= :ceiling (the latest hit), which kb finds first
-- (i64::MIN and i64::MAX rank every hit). The filters are applied before the
-- ranking: bm25 is computed only for the hits kept. `ORDER BY +rank` sorts outside
-- FTS5, whose own `ORDER BY rank` would compute bm25 for every hit before any filter;
-- `+rowid IN` keeps the filter a check on each hit (as a constraint handed to FTS5 it
-- would run the whole query once per article of the filter). Only the best :limit hits
-- are joined with their articles. :query comes with đ written d (the index's title and
-- body columns); :province is a match key (articles.province_ascii); an absent filter
-- is NULL. The articles of the filter are found by an index: those of the province
-- (articles_province), or, without one, those of the dates (articles_published).
WITH hits AS (
    SELECT rowid AS id, rank
    FROM article_search
    WHERE article_search MATCH :query
      AND rowid > :floor AND rowid <= :ceiling
      AND (:province IS NULL
           OR +rowid IN (SELECT id FROM articles
                         WHERE province_ascii = :province
                           AND (:since IS NULL OR published_date >= :since)
                           AND (:until IS NULL OR published_date <= :until)))
      AND (:province IS NOT NULL OR :since IS NULL AND :until IS NULL
           OR +rowid IN (SELECT id FROM articles
                         WHERE published_date >= ifnull(:since, '')
                           AND published_date <= ifnull(:until, '9999-12-31')))
    ORDER BY +rank
    LIMIT :limit
)
SELECT a.id, a.title, a.published_date, a.province, a.source_path, a.original_text
FROM hits JOIN articles a ON a.id = hits.id
ORDER BY hits.rank

-- kb search: articles matching an FTS5 query, best first (bm25, the title weighing more
-- than the text: the index's rank, see migration V6), with the filters given. The best
-- hits are ranked and cut inside the full-text index, and only they are joined with
-- their articles. :query comes with đ written d (the index's title and body columns);
-- :province is a match key (articles.province_ascii); an absent filter is NULL.
WITH hits AS (
    SELECT rowid AS id, rank
    FROM article_search
    WHERE article_search MATCH :query
      AND (:province IS NULL AND :since IS NULL AND :until IS NULL
           OR rowid IN (SELECT id FROM articles
                        WHERE (:province IS NULL OR province_ascii = :province)
                          AND (:since IS NULL OR published_date >= :since)
                          AND (:until IS NULL OR published_date <= :until)))
    ORDER BY rank
    LIMIT :limit
)
SELECT a.id, a.title, a.published_date, a.province, a.source_path, a.original_text
FROM hits JOIN articles a ON a.id = hits.id
ORDER BY hits.rank

-- kb search: articles matching an FTS5 query, best first (bm25, the title weighing
-- more than the body), with the filters given. Without its last two lines (ORDER BY,
-- LIMIT) it counts all the hits, for the note on what the limit left out.
SELECT a.id, a.title, a.published_date, a.province, a.source_path, a.original_text
FROM article_search
JOIN articles a ON a.id = article_search.rowid
WHERE article_search MATCH :query
  AND (ifnull(:province, '') = '' OR kb_key(a.province) = kb_key(:province))
  AND (ifnull(:since, '') = '' OR a.published_date >= :since)
  AND (ifnull(:until, '') = '' OR a.published_date <= :until)
ORDER BY bm25(article_search, 4.0, 1.0)
LIMIT :limit

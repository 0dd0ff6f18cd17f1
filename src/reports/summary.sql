-- name: summary
-- description: How many rows each table holds, and how many articles each version of the rules produced
-- order: 10
SELECT 'articles' AS "table", COUNT(*) AS rows FROM articles
UNION ALL SELECT 'meetings', COUNT(*) FROM meetings
UNION ALL SELECT 'officials', COUNT(*) FROM officials
UNION ALL SELECT 'official_roles', COUNT(*) FROM official_roles
UNION ALL SELECT 'meeting_participants', COUNT(*) FROM meeting_participants
UNION ALL SELECT 'resolutions', COUNT(*) FROM resolutions
UNION ALL SELECT 'resolution_mentions', COUNT(*) FROM resolution_mentions
UNION ALL SELECT 'targets', COUNT(*) FROM targets
UNION ALL SELECT 'article_sources', COUNT(*) FROM article_sources
UNION ALL SELECT * FROM (SELECT 'articles from rules ' || extractor_version, COUNT(*) FROM articles GROUP BY extractor_version ORDER BY extractor_version);

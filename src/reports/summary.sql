-- name: summary
-- description: How many rows each table holds
SELECT 'articles' AS "table", COUNT(*) AS rows FROM articles
UNION ALL SELECT 'meetings', COUNT(*) FROM meetings
UNION ALL SELECT 'officials', COUNT(*) FROM officials
UNION ALL SELECT 'official_roles', COUNT(*) FROM official_roles
UNION ALL SELECT 'meeting_participants', COUNT(*) FROM meeting_participants
UNION ALL SELECT 'resolutions', COUNT(*) FROM resolutions
UNION ALL SELECT 'resolution_mentions', COUNT(*) FROM resolution_mentions
UNION ALL SELECT 'targets', COUNT(*) FROM targets;

-- Every table and view analysts see, with its columns and their descriptions. Leaves
-- out SQLite's own tables, refinery's migration history and FTS5's shadow tables.
SELECT m.name AS table_name,
       CASE WHEN m.type = 'view' THEN 'view' WHEN m.sql LIKE 'CREATE VIRTUAL%' THEN 'virtual table' ELSE 'table' END AS kind,
       ifnull(td.description, '') AS table_description,
       c.name AS column_name,
       c.type AS column_type,
       ifnull(cd.description, '') AS description
FROM sqlite_schema m
JOIN pragma_table_info(m.name) c
LEFT JOIN table_descriptions td ON td.table_name = m.name
LEFT JOIN column_descriptions cd ON cd.table_name = m.name AND cd.column_name = c.name
WHERE m.type IN ('table', 'view')
  AND m.name NOT LIKE 'sqlite_%'
  AND m.name <> 'refinery_schema_history'
  AND m.name NOT LIKE 'article_search_%'
  AND (ifnull(:table, '') = '' OR m.name = :table)
ORDER BY m.type = 'view', m.rowid, c.cid

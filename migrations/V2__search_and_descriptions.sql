-- Full-text search and a self-describing schema.

-- The articles' titles and texts for full-text search (FTS5). kb fills it on load with
-- the canonical text (NFC, modern tone placement) with đ written d, so that the
-- tokenizer's diacritic folding makes "chuyen doi so" match "chuyển đổi số".
CREATE VIRTUAL TABLE article_search USING fts5(
    title,
    body,
    tokenize = 'unicode61 remove_diacritics 2'
);

-- What each table and view is for, and what each of its columns holds. kb refreshes
-- these rows from data/schema_descriptions.tsv every time it opens the database.
CREATE TABLE table_descriptions (
    table_name  TEXT PRIMARY KEY,
    description TEXT NOT NULL
);

CREATE TABLE column_descriptions (
    table_name  TEXT NOT NULL,
    column_name TEXT NOT NULL,
    description TEXT NOT NULL,
    PRIMARY KEY (table_name, column_name)
);

//! Storage: the only code that touches SQLite. Opens the database, applies the
//! refinery migrations, seeds the vocabularies, and writes extracted facts.

mod write;

pub use write::{write_article, LoadOutcome};

use crate::extract::roles::vocabulary;
use crate::text::gazetteer::Gazetteer;
use crate::text::search_key;
use anyhow::{Context, Result};
use rusqlite::functions::FunctionFlags;
use rusqlite::{Connection, OpenFlags};
use std::path::Path;

mod embedded {
    refinery::embed_migrations!("migrations");
}

/// Opens (creating if needed) the database at `path`, migrated and seeded.
pub fn open(path: &Path) -> Result<Connection> {
    let mut conn = Connection::open(path).with_context(|| format!("cannot open database {}", path.display()))?;
    configure(&conn)?;
    embedded::migrations::runner()
        .run(&mut conn)
        .with_context(|| format!("cannot migrate database {}", path.display()))?;
    seed(&conn)?;
    index_unindexed_articles(&conn)?;
    Ok(conn)
}

/// Opens an existing database read-only, for queries and reports.
pub fn open_read_only(path: &Path) -> Result<Connection> {
    if !path.exists() {
        anyhow::bail!("no database at {} (run `kb load PATH...` first, or pass --db)", path.display());
    }
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)
        .with_context(|| format!("cannot open database {}", path.display()))?;
    register_functions(&conn)?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    Ok(conn)
}

fn configure(conn: &Connection) -> Result<()> {
    conn.pragma_update(None, "foreign_keys", true)?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    register_functions(conn)
}

/// `kb_key(text)`: lower case without diacritics, so SQL can match "Hai Duong" to "Hải Dương".
fn register_functions(conn: &Connection) -> Result<()> {
    conn.create_scalar_function("kb_key", 1, FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC, |ctx| {
        let s: Option<String> = ctx.get(0)?;
        Ok(s.map(|s| search_key(&s)))
    })?;
    Ok(())
}

/// Refreshes the role vocabulary and the gazetteer from the data files built into the binary.
fn seed(conn: &Connection) -> Result<()> {
    let tx = conn.unchecked_transaction()?;
    {
        let mut role = tx.prepare("INSERT INTO roles (code, canonical_title, level) VALUES (?1, ?2, ?3)
                                   ON CONFLICT(code) DO UPDATE SET canonical_title = excluded.canonical_title, level = excluded.level")?;
        for r in vocabulary() {
            role.execute((&r.code, &r.canonical_title, &r.level))?;
        }
        role.execute(("other", "(a post outside the vocabulary; see official_roles.title)", "other"))?;
        let mut province = tx.prepare("INSERT OR REPLACE INTO provinces (name, kind, province_2025) VALUES (?1, ?2, ?3)")?;
        for p in &Gazetteer::get().provinces {
            let kind = if p.centrally_run { "centrally_run_city" } else { "province" };
            province.execute((&p.name, kind, &p.province_2025))?;
        }
        tx.execute_batch("DELETE FROM table_descriptions; DELETE FROM column_descriptions;")?;
        let mut table = tx.prepare("INSERT INTO table_descriptions (table_name, description) VALUES (?1, ?2)")?;
        let mut column = tx.prepare("INSERT INTO column_descriptions (table_name, column_name, description) VALUES (?1, ?2, ?3)")?;
        for d in schema_descriptions() {
            match d.column {
                None => table.execute((d.table, d.description))?,
                Some(c) => column.execute((d.table, c, d.description))?,
            };
        }
    }
    tx.commit()?;
    Ok(())
}

/// One line of `data/schema_descriptions.tsv`: a table or view (`column` None) or one of its columns.
pub struct SchemaDescription {
    pub table: &'static str,
    pub column: Option<&'static str>,
    pub description: &'static str,
}

/// What every table, view and column means, from `data/schema_descriptions.tsv`.
pub fn schema_descriptions() -> Vec<SchemaDescription> {
    crate::data_file!("schema_descriptions.tsv")
        .lines()
        .iter()
        .map(|row| {
            let mut f = row.text().split('\t');
            let (Some(table), Some(column), Some(description)) = (f.next(), f.next(), f.next()) else {
                row.fail("expected TABLE<TAB>COLUMN<TAB>DESCRIPTION (COLUMN empty for the table itself)")
            };
            SchemaDescription { table, column: (!column.is_empty()).then_some(column), description }
        })
        .collect()
}

/// Adds to the full-text index any article it lacks (articles loaded before the index existed).
fn index_unindexed_articles(conn: &Connection) -> Result<()> {
    let tx = conn.unchecked_transaction()?;
    let missing: Vec<(i64, Option<String>, String)> = tx
        .prepare("SELECT id, title, original_text FROM articles WHERE id NOT IN (SELECT rowid FROM article_search)")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (id, title, text) in &missing {
        write::index_for_search(&tx, *id, title.as_deref(), text)?;
    }
    tx.commit()?;
    Ok(())
}

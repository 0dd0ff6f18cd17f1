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

/// Opens an existing database read-only, for queries, reports, search and schema.
///
/// Works where kb cannot write: a database in a folder the user may not write to, or
/// on a read-only mount. A database in WAL mode needs its `-shm` file, which a reader
/// there cannot create; then it is opened again as immutable (`?immutable=1`), which
/// reads the main file without locks (right for a database nobody is writing, which is
/// the case on read-only storage). A file that is not an SQLite database is an error
/// that says so.
pub fn open_read_only(path: &Path) -> Result<Connection> {
    if !path.exists() {
        anyhow::bail!("no database at {} (run `kb load PATH...` first, or pass --db)", path.display());
    }
    if !path.is_file() {
        anyhow::bail!("{} is not a database file", path.display());
    }
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI;
    let conn = Connection::open_with_flags(path, flags).with_context(|| format!("cannot open database {}", path.display()));
    let conn = match conn.and_then(|c| probe(&c, path).map(|()| c)) {
        Ok(conn) => conn,
        Err(first) if needs_immutable(&first) => {
            let conn = Connection::open_with_flags(immutable_uri(path), flags)
                .with_context(|| format!("cannot open database {}", path.display()))?;
            probe(&conn, path).map_err(|e| e.context(format!("(opened read-only after: {first:#})")))?;
            conn
        }
        Err(e) => return Err(e),
    };
    register_functions(&conn)?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    Ok(conn)
}

/// Reads the schema, which is where a file that is not a database, or a WAL database
/// whose `-shm` cannot be made, first fails.
fn probe(conn: &Connection, path: &Path) -> Result<()> {
    match conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get::<_, i64>(0)) {
        Ok(_) => Ok(()),
        Err(e) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::NotADatabase) => {
            anyhow::bail!("{} is not an SQLite database (or it is encrypted)", path.display())
        }
        Err(e) => Err(anyhow::Error::new(e).context(format!("cannot read database {}", path.display()))),
    }
}

/// Whether a failed read-only open is the one an immutable open gets past: the `-shm`
/// (or `-wal`) file could not be opened or made.
fn needs_immutable(err: &anyhow::Error) -> bool {
    err.chain().filter_map(|e| e.downcast_ref::<rusqlite::Error>()).any(|e| {
        matches!(
            e.sqlite_error_code(),
            Some(rusqlite::ErrorCode::CannotOpen | rusqlite::ErrorCode::ReadOnly | rusqlite::ErrorCode::SystemIoFailure | rusqlite::ErrorCode::PermissionDenied)
        )
    })
}

/// `file:PATH?immutable=1`, the path percent-encoded as SQLite's URI form wants.
fn immutable_uri(path: &Path) -> String {
    let mut uri = String::from("file:");
    for &b in path.to_string_lossy().as_bytes() {
        if b.is_ascii_alphanumeric() || b"/-_.~".contains(&b) {
            uri.push(b as char);
        } else {
            uri.push_str(&format!("%{b:02X}"));
        }
    }
    uri.push_str("?immutable=1");
    uri
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

#[cfg(test)]
mod tests {
    #[test]
    fn an_immutable_uri_escapes_what_a_uri_would_misread() {
        let uri = super::immutable_uri(std::path::Path::new("/data/kỳ họp/kb?#%.db"));
        assert_eq!(uri, "file:/data/k%E1%BB%B3%20h%E1%BB%8Dp/kb%3F%23%25.db?immutable=1");
    }
}

//! Storage: the only code that touches SQLite. Opens the database, applies the
//! refinery migrations, seeds the vocabularies, writes extracted facts, and runs
//! read-only statements for the commands.
//!
//! The API the commands use:
//! - [`open`] a database to write ([`Db`]), [`Db::batch`] one transaction ([`Batch`]),
//!   the functions of `write` to store articles in it, [`Batch::summary`] the counts a
//!   load reports, [`Batch::commit`];
//! - [`Reader::open`] a database to read, [`Reader::statement`] a statement, whose rows
//!   [`Statement::each_row`] hands over one at a time as typed [`Value`]s (named
//!   parameters bound); [`sql_fault`] tells a mistake in the SQL from a database that
//!   cannot be read; [`schema_descriptions`] what each table and column holds.

mod codes;
mod read;
mod write;

pub use read::{sql_fault, FromValue, Params, Reader, Row, SqlFault, Statement, Value};

pub use write::{
    add_source, article_at, article_with_hash, detach_source, insert_article, key, refresh_article, remove_orphans, stale_articles, stored_article, Derived,
    Known, NewArticle, SearchRows,
};

use crate::extract::roles::vocabulary;
use crate::extract::EXTRACTOR_VERSION;
use crate::text::gazetteer::Gazetteer;
use crate::text::search_key;
use anyhow::{bail, Context, Result};
use rusqlite::functions::FunctionFlags;
use rusqlite::{Connection, OpenFlags, OptionalExtension};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

mod embedded {
    refinery::embed_migrations!("migrations");
}

/// The identity of the extraction rules, stored with every article
/// (`articles.extractor_version`): the extractor's version and a fingerprint of the
/// vocabularies in `data/` and of the extractor's code (src/extract, src/text), taken
/// at build time by `build.rs`: "kb-0.1.0-rules-1+3f2a9c1b7d4e". An article stored under
/// other rules is extracted again on the next load.
pub fn rules_version() -> &'static str {
    static RULES: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| format!("{EXTRACTOR_VERSION}+{}", env!("KB_RULES_HASH")));
    &RULES
}

/// The fingerprint of every file in `data/`: the database's vocabularies are seeded
/// again only when it changes.
const DATA_HASH: &str = env!("KB_DATA_HASH");

/// A database opened to write (see [`open`]).
pub struct Db {
    conn: Connection,
}

/// One transaction on a [`Db`]: what a load writes, all or nothing.
pub struct Batch<'c> {
    tx: rusqlite::Transaction<'c>,
}

/// What a load reports after writing: the articles per rules version, and the rows of
/// articles, meetings, officials, official_roles, resolutions and targets.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    pub rules: Vec<(String, i64)>,
    pub counts: Vec<i64>,
}

impl Db {
    /// Starts the transaction everything written goes into.
    pub fn batch(&mut self) -> Result<Batch<'_>> {
        Ok(Batch { tx: self.conn.transaction()? })
    }
}

impl Batch<'_> {
    fn conn(&self) -> &Connection {
        &self.tx
    }

    /// The counts of the database as it stands in this transaction.
    pub fn summary(&self) -> Result<Summary> {
        let rules = self
            .tx
            .prepare("SELECT extractor_version, COUNT(*) FROM articles GROUP BY extractor_version ORDER BY extractor_version")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let mut counts = Vec::new();
        for table in ["articles", "meetings", "officials", "official_roles", "resolutions", "targets"] {
            counts.push(self.tx.query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| r.get(0))?);
        }
        Ok(Summary { rules, counts })
    }

    pub fn commit(self) -> Result<()> {
        Ok(self.tx.commit()?)
    }
}

/// Opens (creating if needed) the database at `path` for writing, migrated and seeded.
/// A database whose schema is damaged (a table or column missing, the migration
/// history gone) is refused before anything is written to it.
pub fn open(path: &Path) -> Result<Db> {
    Ok(Db { conn: open_connection(path)? })
}

fn open_connection(path: &Path) -> Result<Connection> {
    let mut conn = Connection::open(path).with_context(|| format!("cannot open database {}", path.display()))?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    check_schema(&mut conn, path)?;
    configure(&conn)?;
    embedded::migrations::runner().run(&mut conn).map_err(|e| anyhow::anyhow!("cannot migrate database {}: {}", path.display(), migration_error(&e)))?;
    conn.set_prepared_statement_cache_capacity(64);
    // One plan per statement, whatever is bound to it: without this SQLite prepares the
    // loader's look-ups again each time a new value is bound (the statistics build).
    conn.set_db_config(rusqlite::config::DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG, true)?;
    seed(&conn)?;
    Ok(conn)
}

/// What went wrong in a migration, without the migration's SQL (rusqlite puts the whole
/// statement into its message for a syntax error).
fn migration_error(e: &refinery::Error) -> String {
    match e.kind() {
        refinery::error::Kind::Connection(what, source) => match source.downcast_ref::<rusqlite::Error>() {
            Some(rusqlite::Error::SqlInputError { msg, .. }) => format!("{what}: {msg}"),
            Some(other) => format!("{what}: {other}"),
            None => format!("{what}: {source}"),
        },
        other => other.to_string(),
    }
}

/// Refuses a database that kb did not make, or whose schema has lost a table or a
/// column, before anything writes to it: an empty file is a new database; otherwise
/// the migration history must be there, and every table, view and column that the
/// migrations applied to it create must still be there.
fn check_schema(conn: &mut Connection, path: &Path) -> Result<()> {
    let name = path.display();
    let objects: Vec<(String, String)> = conn
        .prepare("SELECT type, name FROM sqlite_schema WHERE type IN ('table', 'view')")
        .and_then(|mut s| s.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect())
        .map_err(|e| anyhow::anyhow!("{name} is not a kb database ({e}); kb leaves it as it is"))?;
    if objects.is_empty() {
        return Ok(());
    }
    const DAMAGED: &str = "kb leaves it as it is: restore a copy, or load into a new database (--db NEW.db)";
    if !objects.iter().any(|(_, n)| n == "refinery_schema_history") {
        bail!("{name} is not a kb database or is damaged: it has tables but no migration history (refinery_schema_history); {DAMAGED}");
    }
    let runner = embedded::migrations::runner();
    let last = runner
        .get_last_applied_migration(conn)
        .map_err(|e| anyhow::anyhow!("{name}: cannot read its migration history ({}); {DAMAGED}", migration_error(&e)))?;
    let Some(last) = last else {
        bail!("{name} is damaged: its migration history (refinery_schema_history) is empty but it has tables; {DAMAGED}");
    };
    let newest = runner.get_migrations().iter().map(|m| m.version()).max().unwrap_or(0);
    if last.version() > newest {
        bail!("{name} was made by a newer kb (schema version {}, this kb knows up to {newest}); use that kb, or load into a new database", last.version());
    }
    let mut reference = Connection::open_in_memory()?;
    register_functions(&reference)?;
    embedded::migrations::runner()
        .set_target(refinery::Target::Version(last.version()))
        .run(&mut reference)
        .map_err(|e| anyhow::anyhow!("cannot build the reference schema: {}", migration_error(&e)))?;
    let expected = schema_shape(&reference)?;
    let actual = schema_shape(conn)?;
    for (object, columns) in &expected {
        let Some(have) = actual.get(object) else {
            bail!("{name} is damaged: the {object} is missing (its schema, version {}, has it); {DAMAGED}", last.version());
        };
        if let Some(missing) = columns.difference(have).next() {
            bail!("{name} is damaged: the {object} has lost its column {missing}; {DAMAGED}");
        }
    }
    Ok(())
}

/// Every table and view ("table articles", "view meetings_with_chairs") of a database
/// with its columns (a view's are not listed: they cannot be read if a table under it
/// is gone, which the table's own entry reports).
fn schema_shape(conn: &Connection) -> Result<BTreeMap<String, BTreeSet<String>>> {
    let objects: Vec<(String, String)> = conn
        .prepare("SELECT type, name FROM sqlite_schema WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut out = BTreeMap::new();
    for (kind, name) in objects {
        let columns: BTreeSet<String> = if kind == "table" {
            conn.prepare("SELECT name FROM pragma_table_info(?1)").and_then(|mut s| s.query_map([&name], |r| r.get(0))?.collect()).unwrap_or_default()
        } else {
            BTreeSet::new()
        };
        out.insert(format!("{kind} {name}"), columns);
    }
    Ok(out)
}

/// Opens an existing database read-only, for queries, reports, search and schema.
///
/// Works where kb cannot write: a database in a folder the user may not write to, or
/// on a read-only mount. A database in WAL mode needs its `-shm` file, which a reader
/// there cannot create; then it is opened again as immutable (`?immutable=1`), which
/// reads the main file without locks (right for a database nobody is writing, which is
/// the case on read-only storage). A file that is not an SQLite database is an error
/// that says so. A database made by an older kb is first upgraded (migrated, the one
/// write a reader makes), or refused with a note saying where to upgrade it.
fn open_read_only(path: &Path) -> Result<Connection> {
    let conn = open_read_only_as_is(path)?;
    if let Some(version) = older_schema(&conn) {
        // Made by an older kb: upgrade it once (a write), then read it as asked.
        drop(conn);
        return match open_connection(path) {
            Ok(upgraded) => {
                drop(upgraded);
                open_read_only_as_is(path)
            }
            Err(e) => Err(e.context(format!(
                "{} was made by an older kb (schema version {version}) and cannot be upgraded here; run `kb load` on it where it can be written",
                path.display()
            ))),
        };
    }
    Ok(conn)
}

/// [`open_read_only`] without the upgrade of an older schema.
fn open_read_only_as_is(path: &Path) -> Result<Connection> {
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
            let conn = Connection::open_with_flags(immutable_uri(path), flags).with_context(|| format!("cannot open database {}", path.display()))?;
            probe(&conn, path).map_err(|e| e.context(format!("(opened read-only after: {first:#})")))?;
            conn
        }
        Err(e) => return Err(e),
    };
    register_functions(&conn)?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    Ok(conn)
}

/// The schema version of a kb database older than this kb's, if it is one (a quick
/// look at the migration history; None for anything else).
fn older_schema(conn: &Connection) -> Option<i64> {
    let version: i64 = conn.query_row("SELECT max(version) FROM refinery_schema_history", [], |r| r.get(0)).ok()?;
    let newest = embedded::migrations::runner().get_migrations().iter().map(|m| m.version() as i64).max().unwrap_or(0);
    (version < newest).then_some(version)
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
            Some(
                rusqlite::ErrorCode::CannotOpen | rusqlite::ErrorCode::ReadOnly | rusqlite::ErrorCode::SystemIoFailure | rusqlite::ErrorCode::PermissionDenied
            )
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
    // What migration V6 fills articles.d_stroke_words with.
    conn.create_scalar_function("kb_d_stroke_words", 2, FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC, |ctx| {
        let title: Option<String> = ctx.get(0)?;
        let text: String = ctx.get(1)?;
        Ok(write::d_stroke_words(title.as_deref(), &text))
    })?;
    Ok(())
}

/// Refreshes the role vocabulary, the gazetteer and the schema descriptions from the
/// data files built into the binary, when they differ from those it was seeded from.
fn seed(conn: &Connection) -> Result<()> {
    let seeded: Option<String> = conn.query_row("SELECT value FROM kb_state WHERE key = 'seeded_from'", [], |r| r.get(0)).optional()?;
    if seeded.as_deref() == Some(DATA_HASH) {
        return Ok(());
    }
    let tx = conn.unchecked_transaction()?;
    {
        let mut role = tx.prepare(
            "INSERT INTO roles (code, canonical_title, level) VALUES (?1, ?2, ?3)
                                   ON CONFLICT(code) DO UPDATE SET canonical_title = excluded.canonical_title, level = excluded.level",
        )?;
        // (Rows of code "other" name posts without a code of their own: the code's one row is below.)
        for r in vocabulary().iter().filter(|r| r.code != "other") {
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
        tx.execute("INSERT OR REPLACE INTO kb_state (key, value) VALUES ('seeded_from', ?1)", [DATA_HASH])?;
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A database as kb made it at schema version 4: the V4 schema, an article with its
    /// text in the old full-text index (đ written d), a meeting, an official and a figure.
    fn made_at_v4(path: &Path) {
        let mut conn = Connection::open(path).unwrap();
        register_functions(&conn).unwrap();
        embedded::migrations::runner().set_target(refinery::Target::Version(4)).run(&mut conn).unwrap();
        conn.execute_batch(
            "INSERT INTO articles (id, source_path, content_hash, title, province, original_text, loaded_at, extractor_version)
             VALUES (1, '/a.txt', 'h1', 'Đẩy mạnh chuyển đổi số', 'Hải Dương', 'Tỉnh ủy Hải Dương đẩy mạnh chuyển đổi số. Ðồng chí Trần Đức Thắng chủ trì.', 'now', 'old');
             INSERT INTO article_sources VALUES ('/a.txt', 1);
             INSERT INTO article_search (rowid, title, body) VALUES (1, 'Day manh chuyen doi so', 'Tinh uy Hai Duong day manh chuyen doi so. Dong chi Tran Duc Thang chu tri.');
             INSERT INTO meetings (id, article_id, province, body, meeting_date, evidence_start, evidence_end, evidence_text)
             VALUES (1, 1, 'Hải Dương', 'standing_committee', '2023-04-06', 0, 10, 'Tỉnh ủy');
             INSERT INTO roles VALUES ('party_secretary', 'Bí thư Tỉnh ủy', 'province');
             INSERT INTO officials (id, name, name_key, province) VALUES (1, 'Trần Đức Thắng', 'trần đức thắng', 'Hải Dương');
             INSERT INTO official_roles (official_id, role_code, title, org, article_id, meeting_id, seen_date, evidence_start, evidence_end, evidence_text)
             VALUES (1, 'party_secretary', 'Bí thư Tỉnh ủy', 'Tỉnh ủy Hải Dương', 1, 1, '2023-04-06', 0, 10, 'x');
             INSERT INTO meeting_participants (meeting_id, official_id, name_as_written, capacity, article_id, evidence_start, evidence_end, evidence_text)
             VALUES (1, 1, 'Trần Đức Thắng', 'chair', 1, 0, 10, 'x');
             INSERT INTO targets (article_id, meeting_id, metric, value, unit, year, kind, evidence_start, evidence_end, evidence_text, indicator)
             VALUES (1, 1, 'Tốc độ tăng trưởng GRDP', 6.5, '%', 2023, 'actual', 0, 10, 'x', 'grdp_growth');",
        )
        .unwrap();
    }

    #[test]
    fn a_database_made_at_v4_upgrades_and_its_reports_answer() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("v4.db");
        made_at_v4(&path);
        // Opened to read (kb report, kb search), it is upgraded first.
        let conn = open_read_only(&path).unwrap();
        // The keys of the rows stored before are filled.
        let keys: (String, String, String, String, String) = conn
            .query_row(
                "SELECT a.province_ascii, m.province_ascii, o.name_ascii, r.org_ascii, t.metric_ascii
                 FROM articles a, meetings m, officials o, official_roles r, targets t",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
            )
            .unwrap();
        assert_eq!(keys, ("hai duong".into(), "hai duong".into(), "tran duc thang".into(), "tinh uy hai duong".into(), "toc do tang truong grdp".into()));
        let figure: (String, i64) = conn
            .query_row("SELECT t.province_ascii, k.id FROM targets t JOIN metric_keys k ON k.id = t.metric_key_id", [], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap();
        assert_eq!(figure.0, "hai duong");
        // The full-text index was rebuilt from the articles: found typed either way, Ð read as Đ.
        for query in ["chuyển đổi số", "chuyen doi so", "\"chuyen doi so\"", "đồng chí", "dong chi", "title:chuyen"] {
            let n: i64 = conn.query_row("SELECT count(*) FROM article_search WHERE article_search MATCH ?1", [query], |r| r.get(0)).unwrap();
            assert_eq!(n, 1, "{query}");
        }
        let fts_tables: i64 = conn.query_row("SELECT count(*) FROM sqlite_schema WHERE name = 'article_search_content'", [], |r| r.get(0)).unwrap();
        assert_eq!(fts_tables, 0, "the full-text index keeps a copy of the text");
        // The reports answer, with their parameters as match keys.
        every_report_answers(&conn, &["resolutions", "timeline"]);
    }

    /// Runs every canned report on `conn` (a province parameter bound as "hai duong", a
    /// required name as "duc thang") and fails on an error, or on no rows from a report
    /// not in `may_be_empty`.
    fn every_report_answers(conn: &Connection, may_be_empty: &[&str]) {
        for report in crate::reports::all() {
            let mut stmt = conn.prepare(&report.sql).unwrap_or_else(|e| panic!("{}: {e}", report.name));
            let params: Vec<(String, Option<String>)> = report
                .params
                .iter()
                .map(|p| {
                    (
                        format!(":{}", p.name),
                        (p.kind == crate::reports::Kind::Province || p.required).then(|| if p.required { "duc thang".into() } else { "hai duong".into() }),
                    )
                })
                .collect();
            let bound: Vec<(&str, &dyn rusqlite::ToSql)> = params.iter().map(|(k, v)| (k.as_str(), v as &dyn rusqlite::ToSql)).collect();
            let rows = stmt.query(bound.as_slice()).unwrap_or_else(|e| panic!("{}: {e}", report.name)).mapped(|_| Ok(())).count();
            if !may_be_empty.contains(&report.name.as_str()) {
                assert!(rows > 0, "the {} report has no rows after the upgrade", report.name);
            }
        }
    }

    /// A database as the first kb made it (schema version 1): no full-text index (V2 made
    /// it), no article_sources, no indicator; a document cited.
    /// The same text was loaded twice under two names (V3 keeps one article for both).
    fn made_at_v1(path: &Path) {
        let mut conn = Connection::open(path).unwrap();
        embedded::migrations::runner().set_target(refinery::Target::Version(1)).run(&mut conn).unwrap();
        conn.execute_batch(
            "INSERT INTO articles (id, source_path, content_hash, title, published_date, province, original_text, loaded_at, extractor_version)
             VALUES (1, '/a.txt', 'h1', 'Đẩy mạnh chuyển đổi số', '2023-04-07', 'Hải Dương', 'Tỉnh ủy Hải Dương đẩy mạnh chuyển đổi số. Đồng chí Trần Đức Thắng chủ trì, quán triệt Nghị quyết số 57-NQ/TW.', 'then', 'kb-0.0.1'),
                    (2, '/copy/a.txt', 'h1', 'Đẩy mạnh chuyển đổi số', '2023-04-07', 'Hải Dương', 'Tỉnh ủy Hải Dương đẩy mạnh chuyển đổi số. Đồng chí Trần Đức Thắng chủ trì, quán triệt Nghị quyết số 57-NQ/TW.', 'then', 'kb-0.0.1');
             INSERT INTO meetings (id, article_id, province, body, meeting_date, evidence_start, evidence_end, evidence_text)
             VALUES (1, 1, 'Hải Dương', 'standing_committee', '2023-04-06', 0, 10, 'Tỉnh ủy'),
                    (2, 2, 'Hải Dương', 'standing_committee', '2023-04-06', 0, 10, 'Tỉnh ủy');
             INSERT INTO roles VALUES ('party_secretary', 'Bí thư Tỉnh ủy', 'province');
             INSERT INTO officials (id, name, name_key, province) VALUES (1, 'Trần Đức Thắng', 'trần đức thắng', 'Hải Dương');
             INSERT INTO official_roles (official_id, role_code, title, org, article_id, meeting_id, seen_date, evidence_start, evidence_end, evidence_text)
             VALUES (1, 'party_secretary', 'Bí thư Tỉnh ủy', 'Tỉnh ủy Hải Dương', 1, 1, '2023-04-06', 0, 10, 'x'),
                    (1, 'party_secretary', 'Bí thư Tỉnh ủy', 'Tỉnh ủy Hải Dương', 2, 2, '2023-04-06', 0, 10, 'x');
             INSERT INTO meeting_participants (meeting_id, official_id, name_as_written, capacity, article_id, evidence_start, evidence_end, evidence_text)
             VALUES (1, 1, 'Trần Đức Thắng', 'chair', 1, 0, 10, 'x'), (2, 1, 'Trần Đức Thắng', 'chair', 2, 0, 10, 'x');
             INSERT INTO resolutions (id, ref, ref_key, kind, number, issuer) VALUES (1, 'Nghị quyết số 57-NQ/TW', '57-nq/tw', 'resolution', '57', 'TW');
             INSERT INTO resolution_mentions (resolution_id, article_id, meeting_id, action, evidence_start, evidence_end, evidence_text)
             VALUES (1, 1, 1, 'disseminated', 0, 10, 'x'), (1, 2, 2, 'disseminated', 0, 10, 'x');
             INSERT INTO targets (article_id, meeting_id, metric, value, unit, year, kind, evidence_start, evidence_end, evidence_text)
             VALUES (1, 1, 'Tốc độ tăng trưởng GRDP', 6.5, '%', 2023, 'actual', 0, 10, 'x'),
                    (2, 2, 'Tốc độ tăng trưởng GRDP', 6.5, '%', 2023, 'actual', 0, 10, 'x');",
        )
        .unwrap();
    }

    #[test]
    fn a_database_made_at_v1_upgrades_and_its_reports_answer() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("v1.db");
        made_at_v1(&path);
        let conn = open_read_only(&path).unwrap();
        let version: i64 = conn.query_row("SELECT max(version) FROM refinery_schema_history", [], |r| r.get(0)).unwrap();
        let newest = embedded::migrations::runner().get_migrations().iter().map(|m| m.version() as i64).max().unwrap();
        assert_eq!(version, newest);
        // The text loaded twice is one article with both names (V3), its facts once.
        let one: (i64, i64, i64, i64) = conn
            .query_row(
                "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM article_sources WHERE article_id = 1),
                        (SELECT count(*) FROM meetings), (SELECT count(*) FROM targets)",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .unwrap();
        assert_eq!(one, (1, 2, 1, 1));
        let keys: (String, String) =
            conn.query_row("SELECT o.name_ascii, t.metric_ascii FROM officials o, targets t", [], |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
        assert_eq!(keys, ("tran duc thang".into(), "toc do tang truong grdp".into()));
        for query in ["chuyển đổi số", "chuyen doi so", "đồng chí", "title:chuyen"] {
            let n: i64 = conn.query_row("SELECT count(*) FROM article_search WHERE article_search MATCH ?1", [query], |r| r.get(0)).unwrap();
            assert_eq!(n, 1, "{query}");
        }
        // Figures stored before V4 have no indicator until the next `kb load` extracts them again.
        every_report_answers(&conn, &["indicators", "indicator_codes"]);
        // And that load sees them as stored under other rules.
        let stale = write::stale(&conn, rules_version()).unwrap();
        assert_eq!(stale, vec![1]);
    }

    #[test]
    fn an_article_deleted_or_retitled_leaves_the_full_text_index() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("kb.db");
        made_at_v4(&path);
        let conn = open_connection(&path).unwrap();
        let found = |q: &str| -> i64 { conn.query_row("SELECT count(*) FROM article_search WHERE article_search MATCH ?1", [q], |r| r.get(0)).unwrap() };
        conn.execute("UPDATE articles SET title = 'Hội nghị', d_stroke_words = kb_d_stroke_words('Hội nghị', original_text) WHERE id = 1", []).unwrap();
        assert_eq!((found("title:chuyen"), found("title:hoi"), found("chuyen")), (0, 1, 1));
        conn.execute("DELETE FROM article_sources", []).unwrap();
        conn.execute("DELETE FROM official_roles", []).unwrap();
        conn.execute("DELETE FROM meeting_participants", []).unwrap();
        conn.execute("DELETE FROM targets", []).unwrap();
        conn.execute("DELETE FROM meetings", []).unwrap();
        conn.execute("DELETE FROM articles", []).unwrap();
        assert_eq!(found("chuyen OR hoi OR đồng"), 0);
        conn.execute("INSERT INTO article_search (article_search, rank) VALUES ('integrity-check', 1)", []).unwrap();
    }

    #[test]
    fn the_words_with_d_stroke_are_kept_once_in_lower_case() {
        let nfd: String = unicode_normalization::UnicodeNormalization::nfd("Đổi mới").collect();
        assert_eq!(write::d_stroke_words(Some("Đẩy mạnh"), &format!("{nfd}, đổi mới; ÐỒNG chí đồng lòng, Hà Nội")), "đẩy đổi đồng");
        assert_eq!(write::d_stroke_words(None, "Không có chữ nào"), "");
    }

    #[test]
    fn an_immutable_uri_escapes_what_a_uri_would_misread() {
        let uri = super::immutable_uri(std::path::Path::new("/data/kỳ họp/kb?#%.db"));
        assert_eq!(uri, "file:/data/k%E1%BB%B3%20h%E1%BB%8Dp/kb%3F%23%25.db?immutable=1");
    }
}

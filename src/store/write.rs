//! Writing articles and everything extracted from them, inside the caller's
//! transaction. An article is its content (`content_hash` is unique); every path it was
//! seen at is a row of `article_sources`. Statements are prepared once per connection.

use crate::extract::officials::home_province;
use crate::extract::resolutions::ref_key;
use crate::extract::{Extraction, Page};
use crate::text::{fold_key, full_text_form};
use crate::text::gazetteer::Gazetteer;
use anyhow::Result;
use rusqlite::{params, Connection, OptionalExtension, Params, Row};

/// The caller's transaction, with each statement prepared once and kept (the loader
/// runs the same dozen statements for every article).
struct Cached<'a>(&'a Connection);

impl Cached<'_> {
    fn execute(&self, sql: &str, params: impl Params) -> rusqlite::Result<usize> {
        self.0.prepare_cached(sql)?.execute(params)
    }

    fn query_row<T>(&self, sql: &str, params: impl Params, f: impl FnOnce(&Row<'_>) -> rusqlite::Result<T>) -> rusqlite::Result<T> {
        self.0.prepare_cached(sql)?.query_row(params, f)
    }

    fn last_insert_rowid(&self) -> i64 {
        self.0.last_insert_rowid()
    }
}

/// An article as stored: its id, content hash and the rules its facts came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Known {
    pub id: i64,
    pub hash: String,
    pub rules: String,
}

/// What storing an extraction needs besides the facts, worked out beside the
/// extraction (on its core) so that the one writing thread only writes: the forms the
/// full-text index gets (see `text::full_text_form`) and the keys rows are matched on.
#[derive(Debug, Clone)]
pub struct Derived {
    pub title: Option<String>,
    pub body: String,
    /// For each meeting, the province it is part of since 2025.
    meeting_province_2025: Vec<Option<String>>,
    /// For each official, the name key and the province they serve in.
    officials: Vec<(String, Option<String>)>,
    /// For each document (resolutions, then named documents), its key.
    ref_keys: Vec<String>,
}

impl Derived {
    pub fn new(text: &str, facts: &Extraction) -> Derived {
        let g = Gazetteer::get();
        let province = facts.province.as_deref();
        Derived {
            title: facts.article.title.as_deref().map(full_text_form),
            body: full_text_form(text),
            meeting_province_2025: facts
                .meetings
                .iter()
                .map(|m| m.province.as_deref().and_then(|p| g.province(p)).map(|p| p.province_2025.clone()))
                .collect(),
            officials: facts.officials.iter().map(|o| (fold_key(&o.name), home_province(o, province))).collect(),
            ref_keys: facts.resolutions.iter().chain(&facts.named_documents).map(|r| ref_key(&r.reference)).collect(),
        }
    }
}

fn known(r: &Row<'_>) -> rusqlite::Result<Known> {
    Ok(Known { id: r.get(0)?, hash: r.get(1)?, rules: r.get(2)? })
}

/// The article stored under this path, if any.
pub fn article_at(tx: &Connection, source_path: &str) -> Result<Option<Known>> {
    let tx = Cached(tx);
    Ok(tx
        .query_row(
            "SELECT a.id, a.content_hash, a.extractor_version FROM article_sources s JOIN articles a ON a.id = s.article_id WHERE s.source_path = ?1",
            [source_path],
            known,
        )
        .optional()?)
}

/// The article with this content, if any.
pub fn article_with_hash(tx: &Connection, hash: &str) -> Result<Option<Known>> {
    let tx = Cached(tx);
    Ok(tx.query_row("SELECT id, content_hash, extractor_version FROM articles WHERE content_hash = ?1", [hash], known).optional()?)
}

/// Records that `source_path` holds article `article_id` (moving the path from any
/// article it held before: call [`detach_source`] first for that).
pub fn add_source(tx: &Connection, source_path: &str, article_id: i64) -> Result<()> {
    Cached(tx).execute("INSERT OR REPLACE INTO article_sources (source_path, article_id) VALUES (?1, ?2)", params![source_path, article_id])?;
    Ok(())
}

/// Forgets that `source_path` holds the article it held. An article left with no path
/// is deleted with its facts (true is returned); one that keeps other paths takes one
/// of them as its `source_path`. Call [`remove_orphans`] once after the last delete.
pub fn detach_source(tx: &Connection, source_path: &str, search: &mut SearchRows) -> Result<bool> {
    search.flush(tx)?;
    let c = Cached(tx);
    let Some(article_id) = c.query_row("SELECT article_id FROM article_sources WHERE source_path = ?1", [source_path], |r| r.get::<_, i64>(0)).optional()? else {
        return Ok(false);
    };
    c.execute("DELETE FROM article_sources WHERE source_path = ?1", [source_path])?;
    let other: Option<String> =
        c.query_row("SELECT MIN(source_path) FROM article_sources WHERE article_id = ?1", [article_id], |r| r.get(0))?;
    match other {
        Some(other) => {
            c.execute("UPDATE articles SET source_path = ?2 WHERE id = ?1 AND source_path = ?3", params![article_id, other, source_path])?;
            Ok(false)
        }
        None => {
            delete_facts(&c, article_id)?;
            c.execute("DELETE FROM article_search WHERE rowid = ?1", [article_id])?;
            c.execute("DELETE FROM articles WHERE id = ?1", [article_id])?;
            Ok(true)
        }
    }
}

/// An article as read, to store: where from, its text and page, its content hash and
/// the rules its facts come from.
pub struct NewArticle<'a> {
    pub source_path: &'a str,
    pub text: &'a str,
    pub hash: &'a str,
    pub page: &'a Page,
    pub rules: &'a str,
}

/// A new article, with its facts; returns its id.
pub fn insert_article(tx: &Connection, article: &NewArticle, facts: &Extraction, derived: &Derived, search: &mut SearchRows) -> Result<i64> {
    let NewArticle { source_path, text, hash, page, rules } = *article;
    let c = Cached(tx);
    let meta = &facts.article;
    c.execute(
        "INSERT INTO articles (source_path, content_hash, title, published_date, site, byline, province, original_text, loaded_at, extractor_version,
                               url, page_title, page_date, page_site)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
        params![
            source_path,
            hash,
            meta.title,
            meta.published.map(|d| d.to_string()),
            meta.site,
            meta.byline,
            facts.province,
            text,
            chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            rules,
            page.url,
            page.title,
            page.date.map(|d| d.to_string()),
            page.site
        ],
    )?;
    let article_id = c.last_insert_rowid();
    add_source(tx, source_path, article_id)?;
    search.push(article_id, derived, false);
    insert_facts(&c, article_id, facts, derived)?;
    Ok(article_id)
}

/// Replaces the facts of a stored article with those of a new extraction (other rules).
/// Call [`remove_orphans`] once after the last one.
pub fn refresh_article(tx: &Connection, article_id: i64, rules: &str, facts: &Extraction, derived: &Derived, search: &mut SearchRows) -> Result<()> {
    let c = Cached(tx);
    delete_facts(&c, article_id)?;
    let meta = &facts.article;
    c.execute(
        "UPDATE articles SET title = ?2, published_date = ?3, site = ?4, byline = ?5, province = ?6, extractor_version = ?7 WHERE id = ?1",
        params![article_id, meta.title, meta.published.map(|d| d.to_string()), meta.site, meta.byline, facts.province, rules],
    )?;
    search.push(article_id, derived, true);
    insert_facts(&c, article_id, facts, derived)
}

/// The ids of the articles whose facts came from other rules than `rules`, in id order.
pub fn stale_articles(tx: &Connection, rules: &str) -> Result<Vec<i64>> {
    let mut stmt = tx.prepare("SELECT id FROM articles WHERE extractor_version <> ?1 ORDER BY id")?;
    let ids = stmt.query_map([rules], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    Ok(ids)
}

/// A stored article as read: its first path, original text and page.
pub fn stored_article(tx: &Connection, article_id: i64) -> Result<(String, String, Page)> {
    let c = Cached(tx);
    Ok(c.query_row("SELECT source_path, original_text, url, page_title, page_date, page_site FROM articles WHERE id = ?1", [article_id], |r| {
        let date: Option<String> = r.get(4)?;
        let page = Page { url: r.get(2)?, title: r.get(3)?, date: date.and_then(|d| d.parse().ok()), site: r.get(5)? };
        Ok((r.get(0)?, r.get(1)?, page))
    })?)
}

/// Deletes every fact drawn from an article (children first, each by an indexed column).
fn delete_facts(c: &Cached, article_id: i64) -> Result<()> {
    for sql in [
        "DELETE FROM meeting_participants WHERE article_id = ?1",
        "DELETE FROM official_roles WHERE article_id = ?1",
        "DELETE FROM resolution_mentions WHERE article_id = ?1",
        "DELETE FROM targets WHERE article_id = ?1",
        "DELETE FROM meetings WHERE article_id = ?1",
    ] {
        c.execute(sql, [article_id])?;
    }
    Ok(())
}

/// Rows for the full-text index, written in batches: FTS5 flushes what it holds in
/// memory to disk at every statement savepoint, so rows written one per article, between
/// the other statements, would each become a segment of their own (and merging them
/// would cost most of the load). Call [`SearchRows::flush`] when [`SearchRows::full`]
/// and before the transaction ends.
#[derive(Debug, Default)]
pub struct SearchRows {
    /// (article id, title, body, whether an older row of the article is to go first)
    rows: Vec<(i64, Option<String>, String, bool)>,
    bytes: usize,
}

impl SearchRows {
    /// How much text a batch holds at most.
    const BUDGET: usize = 8 << 20;

    fn push(&mut self, article_id: i64, derived: &Derived, replace: bool) {
        self.bytes += derived.body.len();
        self.rows.push((article_id, derived.title.clone(), derived.body.clone(), replace));
    }

    pub fn full(&self) -> bool {
        self.bytes >= Self::BUDGET || self.rows.len() >= 2048
    }

    /// Writes the rows held, one statement after the other.
    pub fn flush(&mut self, tx: &Connection) -> Result<()> {
        let c = Cached(tx);
        for (id, _, _, replace) in &self.rows {
            if *replace {
                c.execute("DELETE FROM article_search WHERE rowid = ?1", [id])?;
            }
        }
        for (id, title, body, _) in &self.rows {
            c.execute("INSERT INTO article_search (rowid, title, body) VALUES (?1, ?2, ?3)", params![id, title, body])?;
        }
        self.rows.clear();
        self.bytes = 0;
        Ok(())
    }
}

/// Writes the facts of one extraction for the article `article_id`.
fn insert_facts(tx: &Cached, article_id: i64, facts: &Extraction, derived: &Derived) -> Result<()> {
    let meta = &facts.article;

    let mut meeting_ids = Vec::new();
    for (m, province_2025) in facts.meetings.iter().zip(&derived.meeting_province_2025) {
        tx.execute(
            "INSERT INTO meetings (article_id, province, province_2025, body, session, term, term_years, meeting_date, end_date,
                                   location, online, evidence_start, evidence_end, evidence_text)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
            params![
                article_id, m.province, province_2025, m.body, m.session, m.term, m.term_years,
                m.date_text(), m.end_date.map(|d| d.to_string()), m.location, m.online,
                m.span.start as i64, m.span.end as i64, m.evidence
            ],
        )?;
        meeting_ids.push(tx.last_insert_rowid());
    }
    let main_meeting = meeting_ids.first().copied();
    let seen_date = facts.meetings.first().and_then(|m| m.date).or(meta.published).map(|d| d.to_string());

    for (o, (key, home)) in facts.officials.iter().zip(&derived.officials) {
        let official_id = official_id(tx, &o.name, key, home.as_deref())?;
        for r in &o.roles {
            tx.execute(
                "INSERT INTO official_roles (official_id, role_code, title, org, former, article_id, meeting_id, seen_date,
                                             evidence_start, evidence_end, evidence_text)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                params![official_id, r.code, r.title, r.org, r.former, article_id, main_meeting, seen_date, r.span.start as i64, r.span.end as i64, r.evidence],
            )?;
        }
        if let Some(meeting_id) = main_meeting {
            // The sentence saying what they did, else their name.
            let (evidence, span) = o.capacity_evidence.clone().unwrap_or_else(|| (o.name_as_written.clone(), o.span));
            for capacity in &o.capacity {
                tx.execute(
                    "INSERT INTO meeting_participants (meeting_id, official_id, name_as_written, capacity, article_id,
                                                       evidence_start, evidence_end, evidence_text)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                    params![meeting_id, official_id, o.name_as_written, capacity, article_id, span.start as i64, span.end as i64, evidence],
                )?;
            }
        }
    }

    for (r, key) in facts.resolutions.iter().chain(&facts.named_documents).zip(&derived.ref_keys) {
        tx.execute(
            "INSERT INTO resolutions (ref, ref_key, kind, number, issuer, issued_date, issued_by, subject, numbered)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
             ON CONFLICT(ref_key) DO UPDATE SET
                issued_date = COALESCE(resolutions.issued_date, excluded.issued_date),
                issued_by = COALESCE(resolutions.issued_by, excluded.issued_by),
                subject = COALESCE(resolutions.subject, excluded.subject)",
            params![r.reference, key, r.kind, r.number, r.issuer, r.date.map(|d| d.to_string()), r.issued_by, r.subject, r.numbered],
        )?;
        let resolution_id: i64 = tx.query_row("SELECT id FROM resolutions WHERE ref_key = ?1", [key], |row| row.get(0))?;
        tx.execute(
            "INSERT INTO resolution_mentions (resolution_id, article_id, meeting_id, action, evidence_start, evidence_end, evidence_text)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![resolution_id, article_id, main_meeting, r.action, r.span.start as i64, r.span.end as i64, r.evidence],
        )?;
    }

    for t in &facts.targets {
        tx.execute(
            "INSERT INTO targets (article_id, meeting_id, metric, value, value_max, unit, of_total, year, kind, qualifier, comparison,
                                  evidence_start, evidence_end, evidence_text, indicator)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
            params![
                article_id, main_meeting, t.metric, t.value, t.value_max, t.unit, t.of, t.year, t.kind, t.qualifier, t.comparison,
                t.span.start as i64, t.span.end as i64, t.evidence, t.indicator
            ],
        )?;
    }
    Ok(())
}

/// Adds the article to the full-text index (see `text::full_text_form`).
pub(super) fn index_for_search(tx: &Connection, article_id: i64, title: Option<&str>, text: &str) -> Result<()> {
    tx.execute(
        "INSERT INTO article_search (rowid, title, body) VALUES (?1, ?2, ?3)",
        params![article_id, title.map(full_text_form), full_text_form(text)],
    )?;
    Ok(())
}

/// One row per person: the same name in the same province is the same person.
fn official_id(tx: &Cached, name: &str, key: &str, province: Option<&str>) -> Result<i64> {
    let found: Option<i64> = tx
        .query_row("SELECT id FROM officials WHERE name_key = ?1 AND province IS ?2", params![key, province], |r| r.get(0))
        .optional()?;
    if let Some(id) = found {
        return Ok(id);
    }
    tx.execute("INSERT INTO officials (name, name_key, province) VALUES (?1, ?2, ?3)", params![name, key, province])?;
    Ok(tx.last_insert_rowid())
}

/// People and documents no longer named by any article.
pub fn remove_orphans(tx: &Connection) -> Result<()> {
    tx.execute_batch(
        "DELETE FROM officials WHERE id NOT IN (SELECT official_id FROM official_roles)
                                 AND id NOT IN (SELECT official_id FROM meeting_participants);
         DELETE FROM resolutions WHERE id NOT IN (SELECT resolution_id FROM resolution_mentions);",
    )?;
    Ok(())
}

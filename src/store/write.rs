//! Writing articles and everything extracted from them, inside the caller's
//! transaction. An article is its content (`content_hash` is unique); every path it was
//! seen at is a row of `article_sources`. Statements are prepared once per connection.

use super::Batch;
use crate::extract::roles::level_of;
use crate::extract::{Extraction, Official, Page};
use crate::identity::{home_province, ref_key};
use crate::text::gazetteer::Gazetteer;
use crate::text::{fold_key, search_key};
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

/// An official's name key, the province they serve in, the match keys of their name and
/// province, and the match key of each of their roles' organisation.
type OfficialKeys = (String, Option<String>, String, String, Vec<String>);

/// What storing an extraction needs besides the facts, worked out beside the
/// extraction (on its core) so that the one writing thread only writes: the match keys
/// rows are stored with (`*_ascii` columns, see `key`) and the keys rows are identified by.
#[derive(Debug, Clone)]
pub struct Derived {
    /// The words of its title and text written with đ (see [`d_stroke_words`]).
    d_stroke_words: String,
    /// The match key of the article's province.
    province_ascii: String,
    /// For each meeting, the province it is part of since 2025 and its province's match key.
    meetings: Vec<(Option<String>, String)>,
    /// For each official, the name key, the province they serve in, and the match keys of
    /// their name and province; then for each of their roles, the match key of its organisation.
    officials: Vec<OfficialKeys>,
    /// For each document (resolutions, then named documents), its key.
    ref_keys: Vec<String>,
    /// For each figure, the match key of its metric.
    metrics: Vec<String>,
}

/// The words of a title and text written with đ (or Ð typed for Đ), for the full-text
/// index's `d_stroke_words` column: each once, in lower case and NFC, in the order they
/// first appear, joined by spaces. The index reads the title and text with đ written d
/// (see migration V6); these words let a query typed with đ find them too.
pub fn d_stroke_words(title: Option<&str>, text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let mut seen = std::collections::HashSet::new();
    let mut out = String::new();
    let is_word = |c: char| c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c);
    for part in title.into_iter().chain([text]) {
        for word in part.split(|c: char| !is_word(c)) {
            if !word.contains(['đ', 'Đ', 'ð', 'Ð']) {
                continue;
            }
            let word: String = word.nfc().flat_map(char::to_lowercase).map(|c| if c == 'ð' { 'đ' } else { c }).collect();
            if seen.insert(word.clone()) {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(&word);
            }
        }
    }
    out
}

/// The match key of a value, as the `*_ascii` columns hold it: kb_key() of it (lower
/// case, no diacritics, đ written d), '' for none.
pub fn key(value: Option<&str>) -> String {
    value.map(search_key).unwrap_or_default()
}

impl Derived {
    pub fn new(text: &str, facts: &Extraction) -> Derived {
        let g = Gazetteer::get();
        let province = facts.province.as_deref();
        Derived {
            d_stroke_words: d_stroke_words(facts.article.title.as_deref(), text),
            province_ascii: key(province),
            meetings: facts
                .meetings
                .iter()
                .map(|m| {
                    let p = m.province.as_deref();
                    (p.and_then(|p| g.province(p)).map(|p| p.province_2025.clone()), key(p))
                })
                .collect(),
            officials: facts
                .officials
                .iter()
                .map(|o| {
                    let home = home_of(o, province);
                    let home_ascii = key(home.as_deref());
                    (fold_key(&o.name), home, search_key(&o.name), home_ascii, o.roles.iter().map(|r| key(r.org.as_deref())).collect())
                })
                .collect(),
            ref_keys: facts.resolutions.iter().chain(&facts.named_documents).map(|r| ref_key(&r.reference)).collect(),
            metrics: facts.targets.iter().map(|t| search_key(&t.metric)).collect(),
        }
    }
}

/// The province an official serves in (see [`home_province`]): their current titles,
/// each with whether its post is central (data/roles.tsv's level).
pub(crate) fn home_of(official: &Official, article_province: Option<&str>) -> Option<String> {
    let current: Vec<(&str, bool)> =
        official.roles.iter().filter(|r| !r.former).map(|r| (r.evidence.as_str(), level_of(&r.code, &r.title) == Some("central"))).collect();
    home_province(&current, article_province)
}

fn known(r: &Row<'_>) -> rusqlite::Result<Known> {
    Ok(Known { id: r.get(0)?, hash: r.get(1)?, rules: r.get(2)? })
}

/// The article stored under this path, if any.
pub fn article_at(tx: &Batch, source_path: &str) -> Result<Option<Known>> {
    let tx = Cached(tx.conn());
    Ok(tx
        .query_row(
            "SELECT a.id, a.content_hash, a.extractor_version FROM article_sources s JOIN articles a ON a.id = s.article_id WHERE s.source_path = ?1",
            [source_path],
            known,
        )
        .optional()?)
}

/// The article with this content, if any.
pub fn article_with_hash(tx: &Batch, hash: &str) -> Result<Option<Known>> {
    let tx = Cached(tx.conn());
    Ok(tx.query_row("SELECT id, content_hash, extractor_version FROM articles WHERE content_hash = ?1", [hash], known).optional()?)
}

/// Records that `source_path` holds article `article_id` (moving the path from any
/// article it held before: call [`detach_source`] first for that).
pub fn add_source(tx: &Batch, source_path: &str, article_id: i64) -> Result<()> {
    Cached(tx.conn()).execute("INSERT OR REPLACE INTO article_sources (source_path, article_id) VALUES (?1, ?2)", params![source_path, article_id])?;
    Ok(())
}

/// Forgets that `source_path` holds the article it held. An article left with no path
/// is deleted with its facts (true is returned); one that keeps other paths takes one
/// of them as its `source_path`. Call [`remove_orphans`] once after the last delete.
pub fn detach_source(tx: &Batch, source_path: &str, search: &mut SearchRows) -> Result<bool> {
    search.flush(tx)?;
    let c = Cached(tx.conn());
    let Some(article_id) = c.query_row("SELECT article_id FROM article_sources WHERE source_path = ?1", [source_path], |r| r.get::<_, i64>(0)).optional()?
    else {
        return Ok(false);
    };
    c.execute("DELETE FROM article_sources WHERE source_path = ?1", [source_path])?;
    let other: Option<String> = c.query_row("SELECT MIN(source_path) FROM article_sources WHERE article_id = ?1", [article_id], |r| r.get(0))?;
    match other {
        Some(other) => {
            c.execute("UPDATE articles SET source_path = ?2 WHERE id = ?1 AND source_path = ?3", params![article_id, other, source_path])?;
            Ok(false)
        }
        None => {
            delete_facts(&c, article_id)?;
            // A trigger takes the article out of the full-text index (see V6).
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
pub fn insert_article(tx: &Batch, article: &NewArticle, facts: &Extraction, derived: &Derived, search: &mut SearchRows) -> Result<i64> {
    let NewArticle { source_path, text, hash, page, rules } = *article;
    let c = Cached(tx.conn());
    let meta = &facts.article;
    c.execute(
        "INSERT INTO articles (source_path, content_hash, title, published_date, site, byline, province, original_text, loaded_at, extractor_version,
                               url, page_title, page_date, page_site, province_ascii, d_stroke_words)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
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
            page.site,
            derived.province_ascii,
            derived.d_stroke_words
        ],
    )?;
    let article_id = c.last_insert_rowid();
    add_source(tx, source_path, article_id)?;
    search.push(article_id, text.len());
    insert_facts(&c, article_id, facts, derived)?;
    Ok(article_id)
}

/// Replaces the facts of a stored article with those of a new extraction (other rules).
/// Call [`remove_orphans`] once after the last one.
pub fn refresh_article(tx: &Batch, article_id: i64, rules: &str, facts: &Extraction, derived: &Derived, search: &mut SearchRows) -> Result<()> {
    // A new title is indexed again by a trigger (see V6), which needs the article's row
    // of the full-text index written first.
    if search.holds(article_id) {
        search.flush(tx)?;
    }
    let c = Cached(tx.conn());
    delete_facts(&c, article_id)?;
    let meta = &facts.article;
    c.execute(
        "UPDATE articles SET title = ?2, published_date = ?3, site = ?4, byline = ?5, province = ?6, extractor_version = ?7, province_ascii = ?8,
                             d_stroke_words = ?9
         WHERE id = ?1",
        params![
            article_id,
            meta.title,
            meta.published.map(|d| d.to_string()),
            meta.site,
            meta.byline,
            facts.province,
            rules,
            derived.province_ascii,
            derived.d_stroke_words
        ],
    )?;
    insert_facts(&c, article_id, facts, derived)
}

/// The ids of the articles whose facts came from other rules than `rules`, in id order.
pub fn stale_articles(tx: &Batch, rules: &str) -> Result<Vec<i64>> {
    stale(tx.conn(), rules)
}

pub(super) fn stale(conn: &Connection, rules: &str) -> Result<Vec<i64>> {
    let mut stmt = conn.prepare("SELECT id FROM articles WHERE extractor_version <> ?1 ORDER BY id")?;
    let ids = stmt.query_map([rules], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    Ok(ids)
}

/// A stored article as read: its first path, original text and page.
pub fn stored_article(tx: &Batch, article_id: i64) -> Result<(String, String, Page)> {
    let c = Cached(tx.conn());
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

/// Articles to add to the full-text index, written in batches: FTS5 flushes what it
/// holds in memory to disk at every statement savepoint, so rows written one per
/// article, between the other statements, would each become a segment of their own (and
/// merging them would cost most of the load). The index reads each article's text from
/// `articles_for_search`, so a batch holds only ids. Call [`SearchRows::flush`] when
/// [`SearchRows::full`] and before the transaction ends.
#[derive(Debug, Default)]
pub struct SearchRows {
    ids: Vec<i64>,
    bytes: usize,
}

impl SearchRows {
    /// How much text a batch holds at most.
    const BUDGET: usize = 8 << 20;

    fn push(&mut self, article_id: i64, text_len: usize) {
        self.bytes += text_len;
        self.ids.push(article_id);
    }

    /// Whether this article waits in the batch.
    fn holds(&self, article_id: i64) -> bool {
        self.ids.contains(&article_id)
    }

    pub fn full(&self) -> bool {
        self.bytes >= Self::BUDGET || self.ids.len() >= 2048
    }

    /// Indexes the articles held, one statement after the other.
    pub fn flush(&mut self, tx: &Batch) -> Result<()> {
        let c = Cached(tx.conn());
        for id in &self.ids {
            c.execute(
                "INSERT INTO article_search (rowid, title, body, d_stroke_words)
                 SELECT id, title, body, d_stroke_words FROM articles_for_search WHERE id = ?1",
                [id],
            )?;
        }
        self.ids.clear();
        self.bytes = 0;
        Ok(())
    }
}

/// Writes the facts of one extraction for the article `article_id`: its meetings, then
/// the officials (their roles and what they did at the main meeting), the documents and
/// the figures, each tied to the main meeting when there is one.
fn insert_facts(tx: &Cached, article_id: i64, facts: &Extraction, derived: &Derived) -> Result<()> {
    let meeting_ids = insert_meetings(tx, article_id, facts, derived)?;
    let main_meeting = meeting_ids.first().copied();
    let seen_date = facts.meetings.first().and_then(|m| m.date).or(facts.article.published).map(|d| d.to_string());
    insert_officials(tx, article_id, facts, derived, main_meeting, seen_date.as_deref())?;
    insert_documents(tx, article_id, facts, derived, main_meeting)?;
    insert_targets(tx, article_id, facts, derived, main_meeting)
}

/// The article's meetings; their row ids, in order.
fn insert_meetings(tx: &Cached, article_id: i64, facts: &Extraction, derived: &Derived) -> Result<Vec<i64>> {
    let mut meeting_ids = Vec::new();
    for (m, (province_2025, province_ascii)) in facts.meetings.iter().zip(&derived.meetings) {
        tx.execute(
            "INSERT INTO meetings (article_id, province, province_2025, body, session, term, term_years, meeting_date, end_date,
                                   location, online, evidence_start, evidence_end, evidence_text, province_ascii)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
            params![
                article_id,
                m.province,
                province_2025,
                m.body,
                m.session,
                m.term,
                m.term_years,
                m.date_text(),
                m.end_date.map(|d| d.to_string()),
                m.location,
                m.online,
                m.span.start as i64,
                m.span.end as i64,
                m.evidence,
                province_ascii
            ],
        )?;
        meeting_ids.push(tx.last_insert_rowid());
    }
    Ok(meeting_ids)
}

/// Each official (one row per person, `official_id`), their roles as seen on `seen_date`,
/// and what they did at the main meeting.
fn insert_officials(tx: &Cached, article_id: i64, facts: &Extraction, derived: &Derived, main_meeting: Option<i64>, seen_date: Option<&str>) -> Result<()> {
    for (o, (key, home, name_ascii, home_ascii, orgs)) in facts.officials.iter().zip(&derived.officials) {
        let official_id = official_id(tx, &o.name, key, home.as_deref(), name_ascii, home_ascii)?;
        for (r, org_ascii) in o.roles.iter().zip(orgs) {
            tx.execute(
                "INSERT INTO official_roles (official_id, role_code, title, org, former, article_id, meeting_id, seen_date,
                                             evidence_start, evidence_end, evidence_text, org_ascii)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                params![
                    official_id,
                    r.code,
                    r.title,
                    r.org,
                    r.former,
                    article_id,
                    main_meeting,
                    seen_date,
                    r.span.start as i64,
                    r.span.end as i64,
                    r.evidence,
                    org_ascii
                ],
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
    Ok(())
}

/// Each document (one row per reference, its missing details filled from later mentions)
/// and its mention in this article.
fn insert_documents(tx: &Cached, article_id: i64, facts: &Extraction, derived: &Derived, main_meeting: Option<i64>) -> Result<()> {
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
    Ok(())
}

/// Each figure, with its metric's match key.
fn insert_targets(tx: &Cached, article_id: i64, facts: &Extraction, derived: &Derived, main_meeting: Option<i64>) -> Result<()> {
    for (t, metric_ascii) in facts.targets.iter().zip(&derived.metrics) {
        tx.execute("INSERT OR IGNORE INTO metric_keys (metric_ascii) VALUES (?1)", [metric_ascii])?;
        let metric_key_id: i64 = tx.query_row("SELECT id FROM metric_keys WHERE metric_ascii = ?1", [metric_ascii], |r| r.get(0))?;
        tx.execute(
            "INSERT INTO targets (article_id, meeting_id, metric, value, value_max, unit, of_total, year, kind, qualifier, comparison,
                                  evidence_start, evidence_end, evidence_text, indicator, metric_ascii, province_ascii, metric_key_id)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)",
            params![
                article_id,
                main_meeting,
                t.metric,
                t.value,
                t.value_max,
                t.unit,
                t.of,
                t.year,
                t.kind,
                t.qualifier,
                t.comparison,
                t.span.start as i64,
                t.span.end as i64,
                t.evidence,
                t.indicator,
                metric_ascii,
                derived.province_ascii,
                metric_key_id
            ],
        )?;
    }
    Ok(())
}

/// One row per person: the same name in the same province is the same person.
fn official_id(tx: &Cached, name: &str, key: &str, province: Option<&str>, name_ascii: &str, province_ascii: &str) -> Result<i64> {
    let found: Option<i64> =
        tx.query_row("SELECT id FROM officials WHERE name_key = ?1 AND province IS ?2", params![key, province], |r| r.get(0)).optional()?;
    if let Some(id) = found {
        return Ok(id);
    }
    tx.execute(
        "INSERT INTO officials (name, name_key, province, name_ascii, province_ascii) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![name, key, province, name_ascii, province_ascii],
    )?;
    Ok(tx.last_insert_rowid())
}

/// People and documents no longer named by any article.
pub fn remove_orphans(tx: &Batch) -> Result<()> {
    tx.conn().execute_batch(
        "DELETE FROM officials WHERE id NOT IN (SELECT official_id FROM official_roles)
                                 AND id NOT IN (SELECT official_id FROM meeting_participants);
         DELETE FROM resolutions WHERE id NOT IN (SELECT resolution_id FROM resolution_mentions);
         DELETE FROM metric_keys WHERE id NOT IN (SELECT metric_key_id FROM targets WHERE metric_key_id IS NOT NULL);",
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_home_province_comes_from_the_title_and_national_officials_have_none() {
        // n_045 (Nam Định) and n_024 (Hà Giang), dev set.
        let doc = crate::extract::Document::new("Bộ Chính trị điều động, phân công ông Phạm Gia Túc, Phó Trưởng ban Nội chính Trung ương giữ chức Bí thư Tỉnh ủy Nam Định.\n\nBí thư Trung ương Đảng, Phó Chủ tịch Quốc hội Tòng Thị Phóng thay mặt Bộ Chính trị chỉ đạo.");
        let found = crate::extract::officials::extract(&doc, Some("Hà Nội"));
        assert_eq!(home_of(&found[0], Some("Hà Nội")).as_deref(), Some("Nam Định"));
        assert_eq!(found[1].name, "Tòng Thị Phóng");
        assert_eq!(home_of(&found[1], Some("Hà Giang")), None);
    }

    #[test]
    fn a_post_kept_as_other_is_central_only_when_its_row_says_so() {
        // news_travel_044 (news corpus): "Phó Chủ tịch nước" has no code but is national;
        // "Hiệu trưởng Trường THPT ..." is kept as written and serves the article's province.
        let doc = crate::extract::Document::new(
            "Ủy viên Trung ương Đảng, Phó Chủ tịch nước Võ Thị Ánh Xuân dự lễ.\n\nHiệu trưởng Trường THPT Chu Văn An, ông Nguyễn Văn Bình báo cáo.",
        );
        let found = crate::extract::officials::extract(&doc, Some("Quảng Nam"));
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found[0].roles.iter().any(|r| r.code == "other" && r.title == "Phó Chủ tịch nước"), "{found:?}");
        assert_eq!(home_of(&found[0], Some("Quảng Nam")), None);
        assert!(found[1].roles.iter().all(|r| r.code == "other"), "{found:?}");
        assert_eq!(home_of(&found[1], Some("Quảng Nam")).as_deref(), Some("Quảng Nam"));
    }
}

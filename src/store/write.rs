//! Writing one article and everything extracted from it, inside the caller's transaction.

use crate::extract::officials::home_province;
use crate::extract::resolutions::ref_key;
use crate::extract::{Extraction, EXTRACTOR_VERSION};
use crate::text::{fold_key, full_text_form};
use crate::text::gazetteer::Gazetteer;
use anyhow::Result;
use rusqlite::{params, OptionalExtension, Transaction};

/// What loading one file did to the database.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoadOutcome {
    Added,
    Unchanged,
    Replaced,
}

/// Stores an article under `source_path`: nothing if the same content is there already,
/// else replacing the earlier version and every fact derived from it.
pub fn write_article(tx: &Transaction, source_path: &str, text: &str, hash: &str, facts: &Extraction) -> Result<LoadOutcome> {
    let existing: Option<(i64, String)> = tx
        .query_row("SELECT id, content_hash FROM articles WHERE source_path = ?1", [source_path], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let outcome = match &existing {
        Some((_, old)) if old == hash => return Ok(LoadOutcome::Unchanged),
        Some((id, _)) => {
            tx.execute("DELETE FROM articles WHERE id = ?1", [id])?;
            tx.execute("DELETE FROM article_search WHERE rowid = ?1", [id])?;
            LoadOutcome::Replaced
        }
        None => LoadOutcome::Added,
    };
    let meta = &facts.article;
    let province = facts.province.clone();
    tx.execute(
        "INSERT INTO articles (source_path, content_hash, title, published_date, site, byline, province, original_text, loaded_at, extractor_version)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![
            source_path,
            hash,
            meta.title,
            meta.published.map(|d| d.to_string()),
            meta.site,
            meta.byline,
            province,
            text,
            chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            EXTRACTOR_VERSION
        ],
    )?;
    let article_id = tx.last_insert_rowid();
    index_for_search(tx, article_id, meta.title.as_deref(), text)?;
    let g = Gazetteer::get();

    let mut meeting_ids = Vec::new();
    for m in &facts.meetings {
        let province_2025 = m.province.as_deref().and_then(|p| g.province(p)).map(|p| p.province_2025.clone());
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

    for o in &facts.officials {
        let official_id = official_id(tx, &o.name, home_province(o, province.as_deref()).as_deref())?;
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

    for r in facts.resolutions.iter().chain(&facts.named_documents) {
        let key = ref_key(&r.reference);
        tx.execute(
            "INSERT INTO resolutions (ref, ref_key, kind, number, issuer, issued_date, issued_by, subject, numbered)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
             ON CONFLICT(ref_key) DO UPDATE SET
                issued_date = COALESCE(resolutions.issued_date, excluded.issued_date),
                issued_by = COALESCE(resolutions.issued_by, excluded.issued_by),
                subject = COALESCE(resolutions.subject, excluded.subject)",
            params![r.reference, key, r.kind, r.number, r.issuer, r.date.map(|d| d.to_string()), r.issued_by, r.subject, r.numbered],
        )?;
        let resolution_id: i64 = tx.query_row("SELECT id FROM resolutions WHERE ref_key = ?1", [&key], |row| row.get(0))?;
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
    if outcome == LoadOutcome::Replaced {
        remove_orphans(tx)?;
    }
    Ok(outcome)
}

/// Adds the article to the full-text index (see `text::full_text_form`).
pub(super) fn index_for_search(tx: &Transaction, article_id: i64, title: Option<&str>, text: &str) -> Result<()> {
    tx.execute(
        "INSERT INTO article_search (rowid, title, body) VALUES (?1, ?2, ?3)",
        params![article_id, title.map(full_text_form), full_text_form(text)],
    )?;
    Ok(())
}

/// One row per person: the same name in the same province is the same person.
fn official_id(tx: &Transaction, name: &str, province: Option<&str>) -> Result<i64> {
    let key = fold_key(name);
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
fn remove_orphans(tx: &Transaction) -> Result<()> {
    tx.execute_batch(
        "DELETE FROM officials WHERE id NOT IN (SELECT official_id FROM official_roles)
                                 AND id NOT IN (SELECT official_id FROM meeting_participants);
         DELETE FROM resolutions WHERE id NOT IN (SELECT resolution_id FROM resolution_mentions);",
    )?;
    Ok(())
}

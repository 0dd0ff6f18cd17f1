//! Reading input articles: expanding directories, reading plain-text files and the
//! records of crawler JSON Lines files, and refusing input that is not an article (not
//! UTF-8, empty, binary, too large, a record without text) with a message naming the
//! file, or the file and line of a record.

use crate::extract::Page;
use anyhow::{bail, Context, Result};
use chrono::NaiveDate;
use serde_json::Value;
use std::path::{Path, PathBuf};

/// Articles larger than this are refused: no scraped article comes near it.
pub const MAX_ARTICLE_BYTES: u64 = 16 * 1024 * 1024;

/// One article to extract: a plain-text file, or one record of a JSON Lines file.
#[derive(Debug, Clone)]
pub struct Article {
    /// Where it came from: the file's path, or `PATH:LINE` for a JSON Lines record.
    pub source: String,
    pub text: String,
    /// What the crawler recorded of the page (nothing for a plain-text file).
    pub page: Page,
}

/// The record fields crawlers use for each piece of an article, in order of preference.
const TEXT_FIELDS: [&str; 3] = ["text", "maintext", "content"];
const DATE_FIELDS: [&str; 3] = ["date", "date_publish", "published"];
const SITE_FIELDS: [&str; 3] = ["hostname", "sitename", "source_domain"];

fn is_jsonl(path: &Path) -> bool {
    path.extension().is_some_and(|e| e.eq_ignore_ascii_case("jsonl"))
}

fn is_article_file(path: &Path) -> bool {
    is_jsonl(path) || path.extension().is_some_and(|e| e.eq_ignore_ascii_case("txt"))
}

/// The files named, with directories searched (recursively, sorted) for `*.txt` and `*.jsonl`.
pub fn expand(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for path in paths {
        let meta = std::fs::metadata(path).with_context(|| format!("{}: cannot read (does it exist?)", path.display()))?;
        if meta.is_dir() {
            let mut found = Vec::new();
            walk(path, &mut found)?;
            found.sort();
            files.extend(found);
        } else {
            files.push(path.clone());
        }
    }
    Ok(files)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    for entry in std::fs::read_dir(dir).with_context(|| format!("{}: cannot list directory", dir.display()))? {
        let path = entry?.path();
        if path.is_dir() {
            walk(&path, out)?;
        } else if is_article_file(&path) {
            out.push(path);
        }
    }
    Ok(())
}

/// The articles in one file: the file itself, or each record of a JSON Lines file.
pub fn read_articles(path: &Path) -> Result<Vec<Article>> {
    let text = read_text(path)?;
    if !is_jsonl(path) {
        return Ok(vec![Article { source: path.display().to_string(), text, page: Page::default() }]);
    }
    let mut articles = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let source = format!("{}:{}", path.display(), i + 1);
        articles.push(record(&source, line)?);
    }
    if articles.is_empty() {
        bail!("{}: no JSON Lines records, not an article file", path.display());
    }
    Ok(articles)
}

/// Every article of every file, in order.
pub fn read_all(files: &[PathBuf]) -> Result<Vec<Article>> {
    let mut out = Vec::new();
    for f in files {
        out.extend(read_articles(f)?);
    }
    Ok(out)
}

/// One crawler record: its text, and what it says of the page.
fn record(source: &str, line: &str) -> Result<Article> {
    let value: Value = serde_json::from_str(line).map_err(|e| anyhow::anyhow!("{source}: not a JSON object ({e})"))?;
    let Value::Object(fields) = value else { bail!("{source}: a record must be a JSON object") };
    let string = |names: &[&str]| -> Option<String> {
        names.iter().find_map(|n| fields.get(*n).and_then(Value::as_str)).map(str::trim).filter(|s| !s.is_empty()).map(str::to_string)
    };
    let Some(text) = record_text(&fields) else {
        bail!("{source}: the record has no text (expected one of the fields {})", TEXT_FIELDS.join(", "));
    };
    if text.len() as u64 > MAX_ARTICLE_BYTES {
        bail!("{source}: too large ({} bytes; articles are at most {} bytes)", text.len(), MAX_ARTICLE_BYTES);
    }
    let url = string(&["url"]);
    let site = string(&SITE_FIELDS).or_else(|| url.as_deref().and_then(host_of));
    let page = Page { url, title: string(&["title"]), date: string(&DATE_FIELDS).as_deref().and_then(crawler_date), site };
    Ok(Article { source: source.to_string(), text, page })
}

fn record_text(fields: &serde_json::Map<String, Value>) -> Option<String> {
    TEXT_FIELDS.iter().find_map(|n| fields.get(*n).and_then(Value::as_str)).filter(|t| !t.trim().is_empty()).map(str::to_string)
}

/// The host of a page address: "https://baoninhbinh.org.vn/a-b.html" → "baoninhbinh.org.vn".
pub fn host_of(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?', '#']).next()?.rsplit('@').next()?.split(':').next()?;
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    (!host.is_empty() && host.contains('.')).then_some(host)
}

/// A crawler's publication date: ISO ("2025-10-17", "2025-10-17T08:30:00+07:00",
/// "2025-10-17 08:30:00") or Vietnamese day-first ("17/10/2025"). Anything else is no date.
pub fn crawler_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    if let Some(head) = s.get(..10) {
        if let Ok(d) = NaiveDate::parse_from_str(head, "%Y-%m-%d") {
            return Some(d);
        }
    }
    let head = s.split([' ', 'T']).next()?;
    NaiveDate::parse_from_str(head, "%d/%m/%Y").or_else(|_| NaiveDate::parse_from_str(head, "%d-%m-%Y")).ok()
}

/// Reads one file as text, checking that it is text an extractor can use.
fn read_text(path: &Path) -> Result<String> {
    let meta = std::fs::metadata(path).with_context(|| format!("{}: cannot read (does it exist?)", path.display()))?;
    if meta.len() > MAX_ARTICLE_BYTES && !is_jsonl(path) {
        bail!("{}: too large ({} bytes; articles are at most {} bytes)", path.display(), meta.len(), MAX_ARTICLE_BYTES);
    }
    let bytes = std::fs::read(path).with_context(|| format!("{}: cannot read", path.display()))?;
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        bail!("{}: empty file, not an article", path.display());
    }
    if bytes.contains(&0) {
        bail!("{}: binary data (NUL bytes), not a text article", path.display());
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        anyhow::anyhow!("{}: not UTF-8 text (invalid byte at offset {}); convert it to UTF-8 first", path.display(), e.utf8_error().valid_up_to())
    })?;
    Ok(text.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_crawler_records_under_their_common_field_names() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("feed.jsonl");
        std::fs::write(
            &path,
            concat!(
                r#"{"url": "https://baoninhbinh.org.vn/hoi-nghi.html", "title": "Hội nghị", "date": "2025-10-17T08:00:00+07:00", "text": "Sáng 17/10, Tỉnh ủy họp."}"#,
                "\n\n",
                r#"{"maintext": "Chiều 18/10, HĐND tỉnh họp.", "date_publish": "18/10/2025", "source_domain": "hdnd.ninhbinh.gov.vn"}"#,
                "\n"
            ),
        )
        .unwrap();
        let articles = read_articles(&path).unwrap();
        assert_eq!(articles.len(), 2);
        assert_eq!(articles[0].source, format!("{}:1", path.display()));
        assert_eq!(articles[0].page.site.as_deref(), Some("baoninhbinh.org.vn"));
        assert_eq!(articles[0].page.date, NaiveDate::from_ymd_opt(2025, 10, 17));
        assert_eq!(articles[0].page.title.as_deref(), Some("Hội nghị"));
        assert_eq!(articles[1].source, format!("{}:3", path.display()));
        assert_eq!(articles[1].text, "Chiều 18/10, HĐND tỉnh họp.");
        assert_eq!(articles[1].page.date, NaiveDate::from_ymd_opt(2025, 10, 18));
        assert_eq!(articles[1].page.site.as_deref(), Some("hdnd.ninhbinh.gov.vn"));
    }

    #[test]
    fn a_bad_record_is_named_by_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("feed.jsonl");
        std::fs::write(&path, "{\"text\": \"Tỉnh ủy họp.\"}\n{\"url\": \"https://a.vn/x\"}\n").unwrap();
        let err = read_articles(&path).unwrap_err().to_string();
        assert!(err.starts_with(&format!("{}:2: the record has no text", path.display())), "{err}");
        std::fs::write(&path, "{\"text\": \"Tỉnh ủy họp.\"}\nnot json\n").unwrap();
        let err = read_articles(&path).unwrap_err().to_string();
        assert!(err.starts_with(&format!("{}:2: not a JSON object", path.display())), "{err}");
    }

    #[test]
    fn hosts_and_dates_as_crawlers_write_them() {
        assert_eq!(host_of("https://www.baohaiduong.vn/chinh-tri/a.html?x=1").as_deref(), Some("www.baohaiduong.vn"));
        assert_eq!(host_of("http://user@hdnd.ninhbinh.gov.vn:8080/").as_deref(), Some("hdnd.ninhbinh.gov.vn"));
        assert_eq!(host_of("not a url"), None);
        assert_eq!(crawler_date("2025-10-17 08:30:00"), NaiveDate::from_ymd_opt(2025, 10, 17));
        assert_eq!(crawler_date("17-10-2025"), NaiveDate::from_ymd_opt(2025, 10, 17));
        assert_eq!(crawler_date("yesterday"), None);
    }
}

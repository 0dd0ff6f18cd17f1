//! Canned reports: each is a `.sql` file, either built in (this folder, embedded in the
//! binary) or an analyst's own in a folder named by `--reports DIR` or `KB_REPORTS`.
//! A header of `--` comments names it, describes it and declares its parameters:
//!
//! ```sql
//! -- name: roles
//! -- description: Who held which post, and when
//! -- param: province = a province, matched without diacritics
//! -- param: since date = only posts seen on or after this date
//! -- param: name text required = the person's name
//! ```
//!
//! A built-in report also has `-- order: N`, its place in the list (lowest first): the
//! list of this folder's `.sql` files is made by build.rs, so a file added here is built
//! in with no other change.
//!
//! A parameter line is `-- param: NAME [TYPE] [required] = what it is`. The types are
//! `text` (the default), `date` (YYYY-MM-DD), `year` (four digits), `integer`,
//! `province` (checked against the provinces known to the database; one that matches
//! nothing is a usage error naming the closest), `name` (a person's name, checked
//! the same way against the officials) and `key` (text matched without diacritics).
//! A `province`, `name` or `key` parameter is bound as its match key, kb_key() of the
//! value ("Hải Dương" → "hai duong"), to compare with the `*_ascii` columns. Without a type, `since` and `until` are dates,
//! `province` is a province and `year` a year. Parameters are bound by name
//! (`:province`); an absent optional one is NULL. The name defaults to the file's name
//! without `.sql`. See `docs/reports.md`.

use crate::error::{usage, UsageError};
use anyhow::{Context, Result};
use std::path::{Path, PathBuf};

/// The environment variable naming a folder of the analyst's own reports.
pub const REPORTS_ENV: &str = "KB_REPORTS";

/// A canned report.
#[derive(Debug, Clone)]
pub struct Report {
    pub name: String,
    pub description: String,
    pub params: Vec<Param>,
    pub sql: String,
    /// Where it comes from: None for a built-in report, else its file.
    pub file: Option<PathBuf>,
}

/// One declared parameter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Param {
    pub name: String,
    pub kind: Kind,
    pub required: bool,
    pub description: String,
}

/// What a parameter's value must be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    Date,
    Year,
    Integer,
    Province,
    Name,
    Key,
}

impl Kind {
    fn parse(word: &str) -> Option<Kind> {
        Some(match word {
            "text" => Kind::Text,
            "date" => Kind::Date,
            "year" => Kind::Year,
            "integer" => Kind::Integer,
            "province" => Kind::Province,
            "name" => Kind::Name,
            "key" => Kind::Key,
            _ => return None,
        })
    }

    /// The type a parameter has when its line names none.
    fn default_for(param: &str) -> Kind {
        match param {
            "since" | "until" => Kind::Date,
            "province" => Kind::Province,
            "year" => Kind::Year,
            _ => Kind::Text,
        }
    }

    /// The form a value must take, for help and errors.
    pub fn form(self) -> &'static str {
        match self {
            Kind::Text => "text",
            Kind::Date => "a date, YYYY-MM-DD",
            Kind::Year => "a year, YYYY",
            Kind::Integer => "a whole number",
            Kind::Province => "a province, matched without diacritics",
            Kind::Name => "a name or part of one (whole words), matched without diacritics",
            Kind::Key => "text, matched without diacritics",
        }
    }

    /// Whether the value is bound as its match key (kb_key() of it).
    pub fn folded(self) -> bool {
        matches!(self, Kind::Province | Kind::Name | Kind::Key)
    }
}

// `BUILT_IN`: every `.sql` file of this folder, listed by build.rs in the order of their
// `-- order: N` header lines.
include!(concat!(env!("OUT_DIR"), "/reports.rs"));

/// Every built-in report, in the order listed to users.
pub fn all() -> Vec<Report> {
    BUILT_IN.iter().map(|(file, sql)| parse(sql, file.trim_end_matches(".sql"), None).unwrap_or_else(|e| panic!("src/reports/{file}: {e}"))).collect()
}

/// The built-in reports and, after them, those of `dir` (every `*.sql` file, by name);
/// a report of the folder with a built-in's name replaces it in place.
pub fn all_with(dir: Option<&Path>) -> Result<Vec<Report>> {
    let mut reports = all();
    let Some(dir) = dir else { return Ok(reports) };
    let entries = std::fs::read_dir(dir).with_context(|| format!("cannot read the reports folder {}", dir.display()))?;
    let mut files: Vec<PathBuf> =
        entries.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|x| x == "sql") && p.is_file()).collect();
    files.sort();
    for path in files {
        let text = std::fs::read_to_string(&path).with_context(|| format!("cannot read the report {}", path.display()))?;
        let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let report = parse(&text, &stem, Some(path.clone())).map_err(|e| UsageError(format!("{}: {e}", path.display())))?;
        if let Some(clash) = reports.iter().position(|r| r.name == report.name) {
            if let Some(earlier) = &reports[clash].file {
                return usage(format!("two reports are named '{}': {} and {}", report.name, earlier.display(), path.display()));
            }
            reports[clash] = report;
        } else {
            reports.push(report);
        }
    }
    Ok(reports)
}

/// The reports folder from `--reports`, else from `KB_REPORTS` (empty means none).
pub fn folder(given: Option<&Path>) -> Option<PathBuf> {
    given.map(Path::to_path_buf).or_else(|| std::env::var_os(REPORTS_ENV).filter(|v| !v.is_empty()).map(PathBuf::from))
}

/// The built-in report of this name.
pub fn find(name: &str) -> Option<Report> {
    all().into_iter().find(|r| r.name == name)
}

/// Reads a report's header. `default_name` is used when it has no `-- name:` line.
pub fn parse(sql: &str, default_name: &str, file: Option<PathBuf>) -> Result<Report, String> {
    let mut report = Report { name: String::new(), description: String::new(), params: Vec::new(), sql: sql.to_string(), file };
    for line in sql.lines().map(str::trim).take_while(|l| l.starts_with("--") || l.is_empty()) {
        let line = line.trim_start_matches('-').trim();
        if let Some(v) = line.strip_prefix("name:") {
            report.name = v.trim().to_string();
        } else if let Some(v) = line.strip_prefix("description:") {
            report.description = v.trim().to_string();
        } else if let Some(v) = line.strip_prefix("param:") {
            let param = parse_param(v)?;
            if report.params.iter().any(|p| p.name == param.name) {
                return Err(format!("the parameter '{}' is declared twice", param.name));
            }
            report.params.push(param);
        }
    }
    if report.name.is_empty() {
        report.name = default_name.to_string();
    }
    if report.name.is_empty() || !report.name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-') {
        return Err(format!("the report name '{}' is not made of letters, digits, '_' and '-'", report.name));
    }
    for p in &report.params {
        if !mentions(&report.sql, &p.name) {
            return Err(format!("the parameter '{}' is declared but the SQL has no :{}", p.name, p.name));
        }
    }
    Ok(report)
}

/// `NAME [TYPE] [required] = description`.
fn parse_param(line: &str) -> Result<Param, String> {
    let (head, description) = line.split_once('=').unwrap_or((line, ""));
    let mut words = head.split_whitespace();
    let name = words.next().ok_or("a `-- param:` line without a name")?.to_string();
    if !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return Err(format!("the parameter name '{name}' is not made of letters, digits and '_'"));
    }
    let mut param = Param { kind: Kind::default_for(&name), name, required: false, description: description.trim().to_string() };
    for word in words {
        match (word, Kind::parse(word)) {
            ("required", _) => param.required = true,
            (_, Some(kind)) => param.kind = kind,
            _ => {
                return Err(format!(
                    "the parameter '{}' has '{word}' where a type (text, date, year, integer, province, name, key) or `required` goes",
                    param.name
                ))
            }
        }
    }
    Ok(param)
}

/// Whether `sql` binds `:name` (not merely `:name_longer`).
fn mentions(sql: &str, name: &str) -> bool {
    let needle = format!(":{name}");
    sql.match_indices(&needle).any(|(i, _)| !sql[i + needle.len()..].starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_'))
}

impl Report {
    /// The SQL without its `--` header.
    pub fn body(&self) -> String {
        self.sql.lines().skip_while(|l| l.trim().starts_with("--") || l.trim().is_empty()).collect::<Vec<_>>().join("\n").trim().to_string()
    }

    /// The SQL without its header, each parameter bound as a match key wrapped in
    /// `function(...)`: for a tool (Datasette, with kb's plugin) that binds values as
    /// typed, `kb_key(:province)` folds the value once where kb would have folded it.
    pub fn body_folding_with(&self, function: &str) -> String {
        let mut sql = self.body();
        for p in self.params.iter().filter(|p| p.kind.folded()) {
            let needle = format!(":{}", p.name);
            let mut out = String::with_capacity(sql.len());
            let mut rest = sql.as_str();
            while let Some(i) = rest.find(&needle) {
                let after = &rest[i + needle.len()..];
                let whole = !after.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_');
                out.push_str(&rest[..i]);
                if whole {
                    out.push_str(&format!("{function}({needle})"));
                } else {
                    out.push_str(&needle);
                }
                rest = after;
            }
            out.push_str(rest);
            sql = out;
        }
        sql
    }

    /// Checks the given `NAME=VALUE` pairs against the declared parameters: an unknown
    /// name, a missing required one or a value not of its type is a usage error. Returns
    /// every declared parameter with its value (None when not given or given empty).
    pub fn bind(&self, given: &[(String, String)]) -> Result<Vec<(&Param, Option<String>)>> {
        for (name, _) in given {
            if !self.params.iter().any(|p| &p.name == name) {
                let accepted: Vec<&str> = self.params.iter().map(|p| p.name.as_str()).collect();
                let accepted = if accepted.is_empty() { "none".to_string() } else { accepted.join(", ") };
                return usage(format!("report '{}' takes no parameter '{name}' (it accepts: {accepted})", self.name));
            }
        }
        let mut bound = Vec::new();
        for p in &self.params {
            let value = given.iter().find(|(n, _)| n == &p.name).map(|(_, v)| v.trim().to_string()).filter(|v| !v.is_empty());
            match &value {
                None if p.required => {
                    return usage(format!(
                        "report '{}' needs --param {}=... ({}){}",
                        self.name,
                        p.name,
                        if p.description.is_empty() { p.kind.form() } else { &p.description },
                        match p.kind {
                            Kind::Name => "; `kb report officials` lists the names",
                            _ => "",
                        }
                    ))
                }
                Some(v) => check_form(p, v)?,
                None => {}
            }
            bound.push((p, value));
        }
        Ok(bound)
    }
}

/// A value of a date, year or integer parameter in its form, else a usage error saying the form.
fn check_form(p: &Param, value: &str) -> Result<()> {
    let fits = match p.kind {
        Kind::Date => value.len() == 10 && chrono::NaiveDate::parse_from_str(value, "%Y-%m-%d").is_ok(),
        Kind::Year => value.len() == 4 && value.parse::<u16>().is_ok_and(|y| (1900..=2100).contains(&y)),
        Kind::Integer => value.parse::<i64>().is_ok(),
        Kind::Text | Kind::Province | Kind::Name | Kind::Key => true,
    };
    if fits {
        Ok(())
    } else {
        usage(format!("--param {}={}: expected {} (e.g. {})", p.name, crate::text::clip(value, 80), p.kind.form(), example(p.kind)))
    }
}

fn example(kind: Kind) -> &'static str {
    match kind {
        Kind::Date => "2021-03-06",
        Kind::Year => "2025",
        Kind::Integer => "10",
        _ => "",
    }
}

/// Edit distance between two short strings, by characters; `a` is clipped to 64
/// characters so that a pasted page costs no more than a name.
pub fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().take(64).collect();
    let b: Vec<char> = b.chars().take(64).collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != cb)).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// The candidates nearest to `wanted` (compared by their match keys), at most `n`,
/// nearest first. A candidate is also compared by each run of as many words as
/// `wanted` has, so "thang" is near "Trần Đức Thắng".
pub fn closest<'c>(wanted: &str, candidates: &'c [String], n: usize) -> Vec<&'c str> {
    let key = crate::text::search_key(wanted);
    let words = key.split_whitespace().count().max(1);
    let mut scored: Vec<(usize, &str)> = candidates
        .iter()
        .map(|c| {
            let ck = crate::text::search_key(c);
            let parts: Vec<&str> = ck.split_whitespace().collect();
            let best_window = parts.windows(words.min(parts.len()).max(1)).map(|w| distance(&key, &w.join(" "))).min().unwrap_or(usize::MAX);
            (distance(&key, &ck).min(best_window), c.as_str())
        })
        .collect();
    scored.sort();
    scored.dedup_by(|a, b| a.1 == b.1);
    // Only candidates close enough to be a misspelling: at most a third of the letters wrong.
    let limit = (key.chars().count().min(64) / 3).max(2);
    scored.into_iter().filter(|(d, _)| *d <= limit).take(n).map(|(_, c)| c).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_report_has_a_name_and_description_and_uses_its_params() {
        let reports = all();
        assert_eq!(reports.len(), BUILT_IN.len());
        for r in reports {
            assert!(!r.description.is_empty(), "{}", r.name);
            for p in &r.params {
                assert!(mentions(&r.sql, &p.name), "{} declares {} but does not use it", r.name, p.name);
            }
        }
    }

    #[test]
    fn every_sql_file_in_the_folder_is_built_in_in_header_order() {
        // The list build.rs generates is the folder's files, each once: a report file added
        // to src/reports is listed by `kb report` with no other change.
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/reports");
        let mut in_folder: Vec<String> =
            std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).filter(|name| name.ends_with(".sql")).collect();
        in_folder.sort();
        let mut listed: Vec<String> = BUILT_IN.iter().map(|(f, _)| f.to_string()).collect();
        listed.sort();
        assert_eq!(listed, in_folder, "the built-in list is not src/reports/*.sql");
        for (file, text) in BUILT_IN {
            assert_eq!(text, std::fs::read_to_string(dir.join(file)).unwrap(), "src/reports/{file} is embedded as another text");
        }
        // Listed in the order of their `-- order: N` lines, which each built-in has once.
        let order = |text: &str| -> u64 {
            let lines: Vec<&str> = text.lines().filter_map(|l| l.strip_prefix("-- order:")).collect();
            assert_eq!(lines.len(), 1, "{text}");
            lines[0].trim().parse().unwrap()
        };
        let orders: Vec<u64> = BUILT_IN.iter().map(|(_, text)| order(text)).collect();
        assert!(orders.windows(2).all(|w| w[0] < w[1]), "{orders:?}");
        assert_eq!(all().first().map(|r| r.name.as_str()), Some("summary"));
    }

    #[test]
    fn a_header_declares_types_and_required_parameters() {
        let sql = "-- name: x\n-- description: d\n-- param: since = from\n-- param: who name required = a person\n-- param: n integer = count\nSELECT :since, :who, :n";
        let r = parse(sql, "file", None).unwrap();
        assert_eq!(r.params[0], Param { name: "since".into(), kind: Kind::Date, required: false, description: "from".into() });
        assert_eq!((r.params[1].kind, r.params[1].required), (Kind::Name, true));
        assert_eq!(r.params[2].kind, Kind::Integer);
        assert_eq!(r.body(), "SELECT :since, :who, :n");
        // A name is folded where it is bound, not where a longer name starts with it.
        let r = parse("-- param: p province = x\nSELECT :p, :pp, ifnull(:p, '')", "f", None).unwrap();
        assert_eq!(r.body_folding_with("kb_key"), "SELECT kb_key(:p), :pp, ifnull(kb_key(:p), '')");
        // The name defaults to the file's; a bad type or an unused parameter is refused.
        assert_eq!(parse("SELECT 1", "my_report", None).unwrap().name, "my_report");
        assert!(parse("-- param: since dat = x\nSELECT :since", "f", None).unwrap_err().contains("'dat'"));
        assert!(parse("-- param: year = x\nSELECT :years", "f", None).unwrap_err().contains("no :year"));
    }

    #[test]
    fn values_are_checked_against_their_type() {
        let r = parse("-- param: since = d\n-- param: year = y\n-- param: who required = w\nSELECT :since, :year, :who", "f", None).unwrap();
        let given = |pairs: &[(&str, &str)]| pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect::<Vec<_>>();
        let err = |pairs: &[(&str, &str)]| r.bind(&given(pairs)).unwrap_err().to_string();
        assert!(err(&[("since", "2021-01-01")]).contains("needs --param who"));
        for bad in ["2021/01/01", "2021-13-45", "01-01-2021", "2021-1-1"] {
            assert!(err(&[("who", "a"), ("since", bad)]).contains("YYYY-MM-DD"), "{bad}");
        }
        assert!(err(&[("who", "a"), ("year", "21")]).contains("YYYY"));
        assert!(err(&[("who", "a"), ("colour", "blue")]).contains("takes no parameter 'colour'"));
        let bound = r.bind(&given(&[("who", "a"), ("since", "2021-02-28"), ("year", "")])).unwrap();
        assert_eq!(bound.iter().map(|(_, v)| v.clone()).collect::<Vec<_>>(), [Some("2021-02-28".into()), None, Some("a".into())]);
    }

    #[test]
    fn the_closest_candidates_are_misspellings_not_strangers() {
        let provinces: Vec<String> = ["Hải Dương", "Hậu Giang", "Hà Giang", "Thái Nguyên"].map(String::from).to_vec();
        assert_eq!(closest("Hai Duonh", &provinces, 3), ["Hải Dương"]);
        assert_eq!(closest("hau gian", &provinces, 1), ["Hậu Giang"]);
        assert!(closest("Paris", &provinces, 3).is_empty());
        let names: Vec<String> = ["Trần Đức Thắng", "Phạm Xuân Thăng"].map(String::from).to_vec();
        assert_eq!(closest("Tran Duc Thang", &names, 1), ["Trần Đức Thắng"]);
        assert_eq!(closest("thangg", &names, 2).len(), 2);
        // A pasted page costs no more than a name.
        assert!(closest(&"x".repeat(100_000), &provinces, 3).is_empty());
    }
}

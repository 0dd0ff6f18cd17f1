//! `kb search`: full-text search over the articles (SQLite FTS5), ranked, each hit with
//! its title, date, province and a snippet marking the words found. Diacritics and tone
//! placement are ignored on both sides; FTS5 query syntax passes through.

use crate::cli::Cli;
use crate::error::usage;
use crate::output::{print_rows, Rows};
use crate::output::{Format, OutputArgs};
use crate::store::{self, Value};
use crate::text::full_text_form;
use crate::text::snippet::{query_terms, snippet};
use anyhow::Result;
use clap::Args;

#[derive(Args, Debug)]
pub struct SearchArgs {
    /// An FTS5 query: words, "phrases", prefix*, AND/OR/NOT, NEAR(...), title:word.
    /// Diacritics and tone placement are ignored ("chuyen doi so" finds "chuyển đổi số").
    pub query: String,
    /// Only articles about this province (matched without diacritics).
    #[arg(long)]
    pub province: Option<String>,
    /// Only articles published on or after this date (YYYY-MM-DD).
    #[arg(long)]
    pub since: Option<String>,
    /// Only articles published on or before this date (YYYY-MM-DD).
    #[arg(long)]
    pub until: Option<String>,
    /// Rank only the N most recently loaded hits (after the filters) when there are more,
    /// so that a word found in most articles answers at once; 0 ranks every hit.
    #[arg(long, value_name = "N", default_value_t = RANK_WINDOW)]
    pub rank_window: usize,
    #[command(flatten)]
    pub output: OutputArgs,
}

/// Hits shown when `--limit` is not given.
const DEFAULT_LIMIT: usize = 20;

/// Hits ranked at most when `--rank-window` is not given: bm25 costs about a microsecond
/// a hit, so 10,000 hits rank in about 10 ms (all 76,814 hits of a word found in most of
/// 100,000 articles take 80–100 ms).
pub const RANK_WINDOW: usize = 10_000;

pub fn run(cli: &Cli, args: &SearchArgs) -> Result<()> {
    for date in [&args.since, &args.until].into_iter().flatten() {
        if chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").is_err() {
            return usage(format!("'{date}' is not a date; write it YYYY-MM-DD"));
        }
    }
    let db = store::Reader::open(&cli.db)?;
    if let Some(province) = args.province.as_deref().filter(|p| !p.trim().is_empty()) {
        crate::cmd::report::check_known(&db, crate::reports::Kind::Province, "--province", province)?;
    }
    let query = full_text_form(&args.query);
    let limit = args.output.limit.unwrap_or(DEFAULT_LIMIT) as i64;
    let filters = Filters::new(args);
    let searched = (|| -> Result<(Vec<Hit>, usize, bool)> {
        // The rowids ranked, above a floor and up to a ceiling: with more hits than the
        // window, above the latest hit past the N latest; otherwise the span of all the
        // hits, counted on the way (a province loaded in one go ranks only its own span).
        let (bounds, counted, windowed) = match args.rank_window {
            0 => (EVERY_ROWID, None, false),
            n => match latest_hits(&db, &query, &filters, n + 1)? {
                (count, Some((earliest, latest))) if count > n => ((earliest, latest), None, true),
                (count, Some((earliest, latest))) => ((earliest - 1, latest), Some(count), false),
                (_, None) => (EVERY_ROWID, Some(0), false),
            },
        };
        let mut params = filters.params(&query, bounds);
        params.push((":limit", Value::Integer(limit)));
        let hits = db.rows(include_str!("search.sql"), &params, |r| {
            Ok(Hit { id: r.get(0)?, title: r.get(1)?, published: r.get(2)?, province: r.get(3)?, path: r.get(4)?, text: r.get(5)? })
        })?;
        let total = match counted {
            Some(count) => count,
            None if windowed || hits.len() as i64 >= limit => count_hits(&db, &query, &filters)?,
            None => hits.len(),
        };
        Ok((hits, total, windowed))
    })();
    let (hits, total, windowed) = match searched {
        Ok(found) => found,
        // The statement is kb's own, so an SQL error can only come from the query text
        // (FTS5 syntax, an unknown column before a colon, an unterminated string).
        Err(e) => match store::sql_fault(&e) {
            Some(store::SqlFault::InTheSql(message)) => {
                return usage(format!("cannot search for {:?}: {message} (quote words with punctuation, e.g. \"20-NQ/TW\")", args.query))
            }
            _ => return Err(e),
        },
    };
    let terms = query_terms(&args.query);
    // The file path is for scripts; on a terminal the article id is enough to look it up.
    let with_path = args.output.format != Format::Table;
    let mut columns = vec!["rank", "article_id", "title", "published", "province", "snippet"];
    if with_path {
        columns.push("source_path");
    }
    let rows = Rows {
        columns: columns.into_iter().map(String::from).collect(),
        rows: hits
            .into_iter()
            .enumerate()
            .map(|(i, h)| {
                let mut row = vec![
                    Value::Integer(i as i64 + 1),
                    Value::Integer(h.id),
                    h.title.map_or(Value::Null, Value::Text),
                    h.published.map_or(Value::Null, Value::Text),
                    h.province.map_or(Value::Null, Value::Text),
                    Value::Text(snippet(&h.text, &terms)),
                ];
                if with_path {
                    row.push(Value::Text(h.path));
                }
                row
            })
            .collect(),
    };
    // The hits past the limit are counted, not read; the note says so.
    let shown = print_rows(rows, total, &OutputArgs { format: args.output.format, limit: Some(limit as usize) }, &mut std::io::stdout().lock())?;
    if windowed {
        eprintln!(
            "kb: ranked the {} most recently loaded of {} hits; `--rank-window 0` ranks them all, a filter or more words narrow them",
            crate::output::group(&args.rank_window.to_string()),
            crate::output::group(&total.to_string())
        );
    }
    if shown.shown < shown.total {
        eprintln!("kb: showing the best {} of {} hits; `--limit N` shows more", shown.shown, crate::output::group(&shown.total.to_string()));
    }
    Ok(())
}

struct Hit {
    id: i64,
    title: Option<String>,
    published: Option<String>,
    province: Option<String>,
    path: String,
    text: String,
}

/// The filters as search.sql binds them: the province as its match key, each absent
/// (or empty) one NULL.
struct Filters {
    province: Option<String>,
    since: Option<String>,
    until: Option<String>,
}

impl Filters {
    fn new(args: &SearchArgs) -> Filters {
        let given = |v: &Option<String>| v.as_deref().map(str::trim).filter(|v| !v.is_empty()).map(String::from);
        Filters { province: given(&args.province).map(|p| store::key(Some(&p))), since: given(&args.since), until: given(&args.until) }
    }

    /// The query, the rowids ranked (above the floor, up to the ceiling) and the filters,
    /// bound as search.sql names them.
    fn params<'a>(&self, query: &str, (floor, ceiling): (i64, i64)) -> Vec<(&'a str, Value)> {
        vec![
            (":query", Value::from(query)),
            (":floor", Value::Integer(floor)),
            (":ceiling", Value::Integer(ceiling)),
            (":province", Value::from(self.province.clone())),
            (":since", Value::from(self.since.clone())),
            (":until", Value::from(self.until.clone())),
        ]
    }
}

/// Bounds that hold every rowid: (floor, ceiling).
const EVERY_ROWID: (i64, i64) = (i64::MIN, i64::MAX);

/// The hits of search.sql, filtered, not ranked: its statement from `FROM article_search`
/// to its `ORDER BY`.
fn hit_set() -> &'static str {
    let sql = include_str!("search.sql");
    let start = sql.find("FROM article_search").expect("search.sql reads article_search");
    let end = sql.find("    ORDER BY +rank").expect("search.sql ranks its hits");
    &sql[start..end]
}

/// How many hits the search has in all.
fn count_hits(db: &store::Reader, query: &str, filters: &Filters) -> Result<usize> {
    let sql = format!("SELECT count(*) {}", hit_set());
    let n: Option<i64> = db.value(&sql, &filters.params(query, EVERY_ROWID))?;
    Ok(n.unwrap_or(0) as usize)
}

/// How many of the `n` latest hits there are, and the rowids of the earliest and the
/// latest of them (FTS5 reads its hits in rowid order, either way, without ranking them).
fn latest_hits(db: &store::Reader, query: &str, filters: &Filters, n: usize) -> Result<(usize, Option<(i64, i64)>)> {
    let sql = format!("SELECT count(*), min(rowid), max(rowid) FROM (SELECT rowid {} ORDER BY rowid DESC LIMIT :n)", hit_set());
    let mut params = filters.params(query, EVERY_ROWID);
    params.push((":n", Value::Integer(n as i64)));
    let found = db.rows(&sql, &params, |r| {
        let span = match (r.get::<Option<i64>>(1)?, r.get::<Option<i64>>(2)?) {
            (Some(earliest), Some(latest)) => Some((earliest, latest)),
            _ => None,
        };
        Ok((r.get::<i64>(0)? as usize, span))
    })?;
    Ok(found.into_iter().next().unwrap_or((0, None)))
}

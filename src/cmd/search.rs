//! `kb search`: full-text search over the articles (SQLite FTS5), ranked, each hit with
//! its title, date, province and a snippet marking the words found. Diacritics and tone
//! placement are ignored on both sides; FTS5 query syntax passes through.

use crate::cli::{Cli, Format, SearchArgs};
use crate::error::usage;
use crate::output::{print, Rows};
use crate::store;
use crate::text::full_text_form;
use crate::text::snippet::{query_terms, snippet};
use anyhow::Result;
use rusqlite::types::Value;

/// Hits shown when `--limit` is not given.
const DEFAULT_LIMIT: usize = 20;

pub fn run(cli: &Cli, args: &SearchArgs) -> Result<()> {
    for date in [&args.since, &args.until].into_iter().flatten() {
        if chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").is_err() {
            return usage(format!("'{date}' is not a date; write it YYYY-MM-DD"));
        }
    }
    let conn = store::open_read_only(&cli.db)?;
    let query = full_text_form(&args.query);
    let limit = args.output.limit.unwrap_or(DEFAULT_LIMIT) as i64;
    let mut stmt = conn.prepare(include_str!("search.sql"))?;
    let found = stmt.query_map(
        rusqlite::named_params! {
            ":query": query, ":province": args.province, ":since": args.since, ":until": args.until, ":limit": limit,
        },
        |r| {
            Ok(Hit {
                id: r.get(0)?,
                title: r.get(1)?,
                published: r.get(2)?,
                province: r.get(3)?,
                path: r.get(4)?,
                text: r.get(5)?,
            })
        },
    );
    let hits = match found.and_then(|rows| rows.collect::<rusqlite::Result<Vec<Hit>>>()) {
        Ok(hits) => hits,
        Err(e) if e.to_string().contains("fts5") || e.to_string().contains("syntax") => {
            return usage(format!("cannot search for {:?}: {e} (quote words with punctuation, e.g. \"20-NQ/TW\")", args.query))
        }
        Err(e) => return Err(e.into()),
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
    print(&rows, args.output.format, &mut std::io::stdout().lock())
}

struct Hit {
    id: i64,
    title: Option<String>,
    published: Option<String>,
    province: Option<String>,
    path: String,
    text: String,
}

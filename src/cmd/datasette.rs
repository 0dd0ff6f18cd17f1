//! `kb datasette-metadata`: what Datasette needs to serve a kb database with the canned
//! reports as canned queries.
//!
//! - `metadata.json` (`--out`): the title, and every table, view and column described;
//!   for Datasette 0.x it also holds the canned queries and the full-text search of
//!   `articles`.
//! - `datasette.json` (`--config`): Datasette 1.0's configuration file (`-c`), which is
//!   where 1.0 reads canned queries and table settings from; with it, the metadata keeps
//!   only descriptions.
//! - `--plugins-dir DIR`: the small plugin that gives Datasette's SQLite the `kb_key()`
//!   function, with which each canned query folds a parameter matched without
//!   diacritics once, as kb does before binding it (`kb_key(:province)`); the reports
//!   compare it with the stored match keys (`*_ascii`), so nothing runs per row.
//!
//! A canned query is named `report_NAME`, never the name of a table or view, so that
//! every table stays browsable and shows its column descriptions.

use crate::cli::Cli;
use crate::output::write_file;
use crate::reports::{self, Report};
use crate::store::schema_descriptions;
use anyhow::{Context, Result};
use clap::Args;
use serde_json::{json, Map, Value};
use std::path::PathBuf;

const PLUGIN_FILE: &str = "kb_key.py";
/// The prefix of every canned query's name.
pub const QUERY_PREFIX: &str = "report_";

#[derive(Args, Debug)]
pub struct DatasetteArgs {
    /// Write metadata.json here instead of standard output.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Also write Datasette 1.0's configuration file (pass it to `datasette -c`): the
    /// canned queries and table settings, which 1.0 no longer reads from metadata.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Also write the Datasette plugin that gives SQL the kb_key() function the reports use
    /// into this folder (pass it to `datasette --plugins-dir`).
    #[arg(long)]
    pub plugins_dir: Option<PathBuf>,
    /// A folder of your own reports, published beside the built-in ones.
    #[arg(long, value_name = "DIR", env = reports::REPORTS_ENV)]
    pub reports: Option<PathBuf>,
}

pub fn run(cli: &Cli, args: &DatasetteArgs) -> Result<()> {
    let database = cli.db.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "kb".into());
    let all = reports::all_with(reports::folder(args.reports.as_deref()).as_deref())?;
    let text = serde_json::to_string_pretty(&metadata(&database, &all, args.config.is_none()))? + "\n";
    match &args.out {
        Some(path) => write_file(path, text.as_bytes())?,
        None => print!("{text}"),
    }
    if let Some(path) = &args.config {
        write_file(path, (serde_json::to_string_pretty(&config(&database, &all))? + "\n").as_bytes())?;
    }
    if let Some(dir) = &args.plugins_dir {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create the folder {}", dir.display()))?;
        write_file(&dir.join(PLUGIN_FILE), include_str!("kb_key_datasette_plugin.py").as_bytes())?;
    }
    Ok(())
}

/// The metadata for a database that Datasette names `database` (its file name without
/// `.db`); with `with_queries`, the canned queries and table settings too (Datasette 0.x).
pub fn metadata(database: &str, all: &[Report], with_queries: bool) -> Value {
    let mut tables = Map::new();
    for d in schema_descriptions() {
        let entry = tables.entry(d.table).or_insert_with(|| json!({ "columns": {} }));
        match d.column {
            None => entry["description"] = d.description.into(),
            Some(column) => entry["columns"][column] = d.description.into(),
        }
    }
    let mut db = json!({ "tables": tables });
    if with_queries {
        merge(&mut db, &database_config(all));
    }
    json!({
        "title": "kb: provincial Party meeting reports",
        "description": "Meetings, officials and their roles, documents and targets extracted from Vietnamese provincial Party newspapers, each fact with its evidence. Canned queries need kb's plugin (kb datasette-metadata --plugins-dir DIR); search the articles without diacritics.",
        "databases": { database: db }
    })
}

/// Datasette 1.0's configuration: the canned queries and the articles' full-text search.
pub fn config(database: &str, all: &[Report]) -> Value {
    json!({ "databases": { database: database_config(all) } })
}

fn database_config(all: &[Report]) -> Value {
    let mut queries = Map::new();
    for r in all {
        let params: Vec<&str> = r.params.iter().map(|p| p.name.as_str()).collect();
        let described: Vec<String> = r
            .params
            .iter()
            .map(|p| {
                format!("{}{}: {}", p.name, if p.required { " (required)" } else { "" }, if p.description.is_empty() { p.kind.form() } else { &p.description })
            })
            .collect();
        let description = if described.is_empty() { r.description.clone() } else { format!("{} (parameters: {})", r.description, described.join("; ")) };
        queries.insert(
            format!("{QUERY_PREFIX}{}", r.name),
            json!({ "title": format!("kb report {}", r.name), "description": description, "sql": r.body_folding_with("kb_key"), "params": params }),
        );
    }
    json!({
        "tables": { "articles": { "fts_table": "article_search", "fts_pk": "id" } },
        "queries": queries
    })
}

/// Adds `extra`'s keys into `base`, objects merged recursively.
fn merge(base: &mut Value, extra: &Value) {
    match (base, extra) {
        (Value::Object(b), Value::Object(e)) => {
            for (k, v) in e {
                match b.get_mut(k) {
                    Some(existing) => merge(existing, v),
                    None => {
                        b.insert(k.clone(), v.clone());
                    }
                }
            }
        }
        (b, e) => *b = e.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_report_becomes_a_canned_query_that_shadows_no_table() {
        let all = reports::all();
        let m = metadata("kb", &all, true);
        let db = &m["databases"]["kb"];
        let queries = db["queries"].as_object().unwrap();
        assert_eq!(queries.len(), all.len());
        assert_eq!(queries["report_roles"]["params"], json!(["province", "role"]));
        assert!(db["tables"]["meetings"]["columns"]["body"].as_str().unwrap().contains("executive_committee"));
        assert_eq!(db["tables"]["articles"]["fts_table"], "article_search");
        // No canned query has the name of a table or view the database holds.
        let names: Vec<&str> = schema_descriptions().iter().map(|d| d.table).collect();
        for q in queries.keys() {
            assert!(!names.contains(&q.as_str()), "the canned query {q} shadows a table");
        }
        // For Datasette 1.0 the queries go to the configuration, the descriptions stay.
        let m = metadata("kb", &all, false);
        assert!(m["databases"]["kb"].get("queries").is_none());
        assert_eq!(config("kb", &all)["databases"]["kb"]["queries"].as_object().unwrap().len(), all.len());
    }
}

//! `kb datasette-metadata`: a Datasette `metadata.json` describing every table, view and
//! column, with each canned report as a canned query taking the same named parameters,
//! and (with `--plugins-dir`) the small plugin that gives Datasette's SQLite the
//! `kb_key()` function those queries use.

use crate::cli::{Cli, DatasetteArgs};
use crate::reports;
use crate::store::schema_descriptions;
use anyhow::{Context, Result};
use serde_json::{json, Map, Value};

const PLUGIN_FILE: &str = "kb_key.py";

pub fn run(cli: &Cli, args: &DatasetteArgs) -> Result<()> {
    let database = cli.db.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "kb".into());
    let text = serde_json::to_string_pretty(&metadata(&database))? + "\n";
    match &args.out {
        Some(path) => std::fs::write(path, text).with_context(|| format!("cannot write {}", path.display()))?,
        None => print!("{text}"),
    }
    if let Some(dir) = &args.plugins_dir {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create the folder {}", dir.display()))?;
        let path = dir.join(PLUGIN_FILE);
        std::fs::write(&path, include_str!("kb_key_datasette_plugin.py")).with_context(|| format!("cannot write {}", path.display()))?;
    }
    Ok(())
}

/// The metadata for a database that Datasette names `database` (its file name without `.db`).
pub fn metadata(database: &str) -> Value {
    let mut tables = Map::new();
    for d in schema_descriptions() {
        let entry = tables.entry(d.table).or_insert_with(|| json!({ "columns": {} }));
        match d.column {
            None => entry["description"] = d.description.into(),
            Some(column) => entry["columns"][column] = d.description.into(),
        }
    }
    let mut queries = Map::new();
    for r in reports::all() {
        let params: Vec<&str> = r.params.iter().map(|(p, _)| p.as_str()).collect();
        let described: Vec<String> = r.params.iter().map(|(p, d)| format!("{p}: {d}")).collect();
        let description = if described.is_empty() { r.description.clone() } else { format!("{} (parameters, all optional: {})", r.description, described.join("; ")) };
        queries.insert(
            r.name.clone(),
            json!({ "title": r.name, "description": description, "sql": sql_without_header(r.sql), "params": params }),
        );
    }
    json!({
        "title": "kb: provincial Party meeting reports",
        "description": "Meetings, officials and their roles, documents and targets extracted from Vietnamese provincial Party newspapers, each fact with its evidence. Canned queries need kb's plugin (kb datasette-metadata --plugins-dir DIR).",
        "databases": { database: { "tables": tables, "queries": queries } }
    })
}

/// The report's SQL without its `--` header (Datasette shows the title and description).
fn sql_without_header(sql: &str) -> String {
    sql.lines().skip_while(|l| l.starts_with("--")).collect::<Vec<_>>().join("\n").trim().to_string()
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_report_becomes_a_canned_query_with_its_parameters() {
        let m = super::metadata("kb");
        let queries = m["databases"]["kb"]["queries"].as_object().unwrap();
        assert_eq!(queries.len(), crate::reports::all().len());
        assert_eq!(queries["roles"]["params"], serde_json::json!(["province", "role"]));
        assert!(m["databases"]["kb"]["tables"]["meetings"]["columns"]["body"].as_str().unwrap().contains("executive_committee"));
    }
}

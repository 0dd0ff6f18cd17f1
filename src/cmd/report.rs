//! `kb report`: lists the canned reports, or runs one with its parameters bound.

use crate::cli::{Cli, ReportArgs};
use crate::cmd::query::parse_params;
use crate::error::usage;
use crate::output::{print, Rows};
use crate::reports;
use crate::store;
use anyhow::Result;
use std::io::Write;

pub fn run(cli: &Cli, args: &ReportArgs) -> Result<()> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let Some(name) = &args.name else {
        writeln!(out, "Canned reports (run `kb report NAME [--param NAME=VALUE]...`):")?;
        for r in reports::all() {
            writeln!(out, "  {:<12} {}", r.name, r.description)?;
            for (p, d) in &r.params {
                writeln!(out, "  {:<12}   --param {p}=...  {d}", "")?;
            }
        }
        return Ok(());
    };
    let Some(report) = reports::find(name) else {
        let names: Vec<String> = reports::all().into_iter().map(|r| r.name).collect();
        return usage(format!("no report named '{name}'; the reports are: {}", names.join(", ")));
    };
    let given = parse_params(&args.params)?;
    for (p, _) in &given {
        if !report.params.iter().any(|(name, _)| name == p) {
            let accepted: Vec<&str> = report.params.iter().map(|(n, _)| n.as_str()).collect();
            let accepted = if accepted.is_empty() { "none".to_string() } else { accepted.join(", ") };
            return usage(format!("report '{}' takes no parameter '{p}' (it accepts: {accepted})", report.name));
        }
    }
    let conn = store::open_read_only(&cli.db)?;
    let mut stmt = conn.prepare(report.sql)?;
    let values: Vec<(String, Option<String>)> = report
        .params
        .iter()
        .map(|(p, _)| (format!(":{p}"), given.iter().find(|(g, _)| g == p).map(|(_, v)| v.clone())))
        .collect();
    let bound: Vec<(&str, &dyn rusqlite::ToSql)> = values.iter().map(|(k, v)| (k.as_str(), v as &dyn rusqlite::ToSql)).collect();
    let rows = Rows::collect(&mut stmt, &bound, args.output.limit)?;
    print(&rows, args.output.format, &mut out)
}

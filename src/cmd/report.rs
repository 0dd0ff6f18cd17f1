//! `kb report`: lists the canned reports (built in, and the analyst's own from
//! `--reports DIR` / `KB_REPORTS`), explains one (`kb report NAME --help`: what it
//! answers, its parameters, its SQL), or runs one with its parameters checked and bound.

use crate::cli::Cli;
use crate::cmd::query::{parse_params, sql_error};
use crate::error::usage;
use crate::output::print_statement;
use crate::output::OutputArgs;
use crate::reports::{self, closest, Kind, Report};
use crate::store;
use anyhow::Result;
use clap::{Args, CommandFactory};
use std::io::Write;
use std::path::PathBuf;

#[derive(Args, Debug)]
#[command(disable_help_flag = true)]
pub struct ReportArgs {
    /// The report to run (see `kb report` for the list; `kb report NAME --help` explains one).
    pub name: Option<String>,
    /// A report parameter, NAME=VALUE (repeatable), e.g. --param "province=Hải Dương".
    #[arg(long = "param", value_name = "NAME=VALUE")]
    pub params: Vec<String>,
    /// A folder of your own reports (*.sql, with the same header as the built-in ones),
    /// listed beside them; one with a built-in's name replaces it.
    #[arg(long, value_name = "DIR", env = reports::REPORTS_ENV)]
    pub reports: Option<PathBuf>,
    /// Print help: this command's, or with a report's NAME, what that report answers,
    /// its parameters and its SQL.
    #[arg(short = 'h', long)]
    pub help: bool,
    #[command(flatten)]
    pub output: OutputArgs,
}

pub fn run(cli: &Cli, args: &ReportArgs) -> Result<()> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let all = reports::all_with(reports::folder(args.reports.as_deref()).as_deref())?;
    let Some(name) = &args.name else {
        if args.help {
            let mut command = Cli::command();
            let report = command.find_subcommand_mut("report").expect("the report subcommand");
            write!(out, "{}", report.render_long_help())?;
            return Ok(());
        }
        return list(&all, &mut out);
    };
    let Some(report) = all.iter().find(|r| &r.name == name) else {
        let names: Vec<&str> = all.iter().map(|r| r.name.as_str()).collect();
        return usage(format!("no report named '{name}'; the reports are: {}", names.join(", ")));
    };
    if args.help {
        return explain(report, &mut out);
    }
    let given = parse_params(&args.params)?;
    let bound = report.bind(&given)?;
    let db = store::Reader::open(&cli.db)?;
    for (param, value) in &bound {
        if let Some(value) = value {
            check_known(&db, param.kind, &param.name, value)?;
        }
    }
    let mut stmt = db.statement(&report.sql).map_err(|e| sql_error(e, &format!("the report '{}' does not run", report.name)))?;
    // A value matched without diacritics is bound as its match key, folded once here.
    let names: Vec<String> = bound.iter().map(|(p, _)| format!(":{}", p.name)).collect();
    let params: Vec<(&str, store::Value)> = bound
        .iter()
        .zip(&names)
        .map(|((p, v), name)| (name.as_str(), store::Value::from(if p.kind.folded() { v.as_deref().map(|v| store::key(Some(v))) } else { v.clone() })))
        .collect();
    print_statement(&mut stmt, &params, &args.output, &mut out).map_err(|e| sql_error(e, &format!("the report '{}' does not run", report.name)))?;
    Ok(())
}

/// The list: each report, what it answers, its parameters.
fn list(all: &[Report], out: &mut impl Write) -> Result<()> {
    writeln!(out, "Canned reports (run `kb report NAME [--param NAME=VALUE]...`; `kb report NAME --help` shows one's SQL):")?;
    for r in all {
        let from = r.file.as_ref().map_or(String::new(), |f| format!(" [{}]", f.display()));
        writeln!(out, "  {:<12} {}{from}", r.name, r.description)?;
        for p in &r.params {
            let required = if p.required { " (required)" } else { "" };
            writeln!(out, "  {:<12}   --param {}=...  {}{required}", "", p.name, describe(p))?;
        }
    }
    Ok(())
}

fn describe(p: &reports::Param) -> String {
    match (p.description.is_empty(), p.kind) {
        (true, kind) => kind.form().to_string(),
        (false, Kind::Text | Kind::Province | Kind::Name | Kind::Key) => p.description.clone(),
        (false, kind) => format!("{} ({})", p.description.trim_end_matches(" (YYYY-MM-DD)"), kind.form()),
    }
}

/// `kb report NAME --help`.
fn explain(r: &Report, out: &mut impl Write) -> Result<()> {
    writeln!(out, "kb report {}: {}", r.name, r.description)?;
    match &r.file {
        Some(f) => writeln!(out, "From {}.", f.display())?,
        None => writeln!(out, "Built in (src/reports/{}.sql).", r.name)?,
    }
    writeln!(out)?;
    if r.params.is_empty() {
        writeln!(out, "Parameters: none.")?;
    } else {
        writeln!(out, "Parameters (--param NAME=VALUE):")?;
        for p in &r.params {
            let required = if p.required { "required" } else { "optional" };
            writeln!(out, "  {:<10} {required}; {}", p.name, describe(p))?;
        }
    }
    writeln!(
        out,
        "\nUsage: kb report {}{} [--format table|records|csv|tsv|json|jsonl|markdown] [--limit N]",
        r.name,
        r.params.iter().map(|p| if p.required { format!(" --param {}=...", p.name) } else { format!(" [--param {}=...]", p.name) }).collect::<String>()
    )?;
    writeln!(out, "\nSQL (parameters are bound by name; an absent one is NULL):\n\n{}", r.body())?;
    Ok(())
}

/// A province or a name that matches nothing the database knows is a usage error that
/// names the closest ones, rather than an empty table.
pub fn check_known(db: &store::Reader, kind: Kind, param: &str, value: &str) -> Result<()> {
    // A province some article is about is known: one look in the index of the province
    // keys, before reading every name (about 10 ms on 100,000 articles).
    if kind == Kind::Province {
        let params = [(":key", store::Value::Text(store::key(Some(value))))];
        if let Ok(Some(1)) = db.value::<i64>("SELECT 1 FROM articles WHERE province_ascii = :key LIMIT 1", &params) {
            return Ok(());
        }
    }
    let (candidates_sql, what) = match kind {
        Kind::Province => (
            "SELECT name FROM provinces UNION SELECT province_2025 FROM provinces WHERE province_2025 IS NOT NULL
             UNION SELECT province FROM articles WHERE id IN (SELECT MIN(id) FROM articles WHERE province_ascii <> '' GROUP BY province_ascii)",
            "province",
        ),
        Kind::Name => ("SELECT DISTINCT name FROM officials", "official"),
        _ => return Ok(()),
    };
    let candidates: Vec<String> = match db.rows(candidates_sql, &[], |r| r.get(0)) {
        Ok(c) => c,
        // A database without those tables is not kb's; the report says so when it runs.
        Err(_) => return Ok(()),
    };
    let key = crate::text::search_key(value);
    let matches = |c: &String| {
        let ck = crate::text::search_key(c);
        match kind {
            Kind::Name => format!(" {ck} ").contains(&format!(" {key} ")),
            _ => ck == key,
        }
    };
    if candidates.iter().any(matches) {
        return Ok(());
    }
    let near = closest(value, &candidates, 3);
    let shown = crate::text::clip(value, 80);
    let param = if param.starts_with("--") { param.to_string() } else { format!("--param {param}") };
    if near.is_empty() {
        let list = if kind == Kind::Province { " (`kb query \"SELECT name FROM provinces\"` lists them)" } else { " (`kb report officials` lists them)" };
        usage(format!("{param}={shown}: no {what} of that name in this database{list}"))
    } else {
        usage(format!(
            "{param}={shown}: no {what} of that name in this database; did you mean {}?",
            near.iter().map(|n| format!("'{n}'")).collect::<Vec<_>>().join(" or ")
        ))
    }
}

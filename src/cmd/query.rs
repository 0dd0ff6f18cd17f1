//! `kb query`: ad-hoc SQL on a read-only connection. The SQL comes from the command
//! line, a file (`--file PATH`) or standard input (`-`), comments allowed. A statement
//! that would write is refused with exit code 2, like any mistake in the SQL; a
//! database that cannot be read (not a database, damaged) is a runtime error, exit 1.

use crate::cli::Cli;
use crate::error::{usage, UsageError};
use crate::output::print_statement;
use crate::output::OutputArgs;
use crate::store;
use anyhow::{Context, Result};
use clap::Args;
use std::io::Read;
use std::path::PathBuf;

#[derive(Args, Debug)]
pub struct QueryArgs {
    /// One SQL statement that reads (SELECT, WITH, VALUES, a read-only PRAGMA); `-` reads
    /// it from standard input. Comments (`-- ...`, `/* ... */`) are allowed.
    #[arg(allow_hyphen_values = true, required_unless_present = "file", conflicts_with = "file")]
    pub sql: Option<String>,
    /// Read the statement from this file (`-` for standard input).
    #[arg(long, short = 'f', value_name = "PATH")]
    pub file: Option<PathBuf>,
    /// A named parameter for the statement, NAME=VALUE, bound as :NAME.
    #[arg(long = "param", value_name = "NAME=VALUE")]
    pub params: Vec<String>,
    #[command(flatten)]
    pub output: OutputArgs,
}

pub fn run(cli: &Cli, args: &QueryArgs) -> Result<()> {
    let sql = read_sql(args)?;
    let db = store::Reader::open(&cli.db)?;
    let mut stmt = match db.statement(&sql) {
        Ok(stmt) => stmt,
        Err(e) => return Err(sql_error(e, "cannot run this SQL")),
    };
    if !stmt.is_read_only() {
        return usage("kb query is read-only: this statement would change the database (use `kb load` to add articles)");
    }
    if !stmt.returns_rows() {
        return usage("this SQL has no statement that returns rows (only comments, or a statement without a result)");
    }
    let given = parse_params(&args.params)?;
    let names: Vec<(String, String)> = given.into_iter().map(|(k, v)| (format!(":{k}"), v)).collect();
    for (name, _) in &names {
        if !stmt.has_parameter(name)? {
            return usage(format!("the SQL has no parameter {name} (write :{} in it to use --param {}=...)", &name[1..], &name[1..]));
        }
    }
    let bound: Vec<(&str, store::Value)> = names.iter().map(|(k, v)| (k.as_str(), store::Value::from(v.as_str()))).collect();
    match print_statement(&mut stmt, &bound, &args.output, &mut std::io::stdout().lock()) {
        Ok(_) => Ok(()),
        Err(e) => Err(sql_error(e, "cannot run this SQL")),
    }
}

/// The statement: the argument, the file, or standard input for `-`.
fn read_sql(args: &QueryArgs) -> Result<String> {
    let from_stdin = || -> Result<String> {
        let mut sql = String::new();
        std::io::stdin().read_to_string(&mut sql).context("cannot read the SQL from standard input")?;
        Ok(sql)
    };
    let sql = match (&args.sql, &args.file) {
        (Some(sql), _) if sql == "-" => from_stdin()?,
        (Some(sql), _) => sql.clone(),
        (None, Some(path)) if path.as_os_str() == "-" => from_stdin()?,
        (None, Some(path)) => match std::fs::read_to_string(path) {
            Ok(sql) => sql,
            Err(e) => return usage(format!("cannot read the SQL file {}: {e}", path.display())),
        },
        (None, None) => return usage("give the SQL, `-` to read it from standard input, or --file PATH"),
    };
    if sql.trim().is_empty() {
        return usage("the SQL is empty");
    }
    Ok(sql)
}

/// An error from SQLite, classified: a mistake in the SQL or its parameters (a syntax
/// error, an unknown table or column, several statements) is a usage error, exit 2; a
/// database that cannot be read (not a database, damaged, locked, unreadable) is a
/// runtime error, exit 1. Other errors (a closed pipe) pass through.
pub fn sql_error(err: anyhow::Error, what: &str) -> anyhow::Error {
    if err.is::<UsageError>() {
        return err;
    }
    match store::sql_fault(&err) {
        None => err,
        Some(store::SqlFault::MultipleStatements) => UsageError(format!("{what}: it holds more than one statement; kb query runs one")).into(),
        Some(store::SqlFault::InTheSql(message)) => UsageError(format!("{what}: {message}")).into(),
        Some(store::SqlFault::InTheDatabase) => err.context(what.to_string()),
    }
}

/// Splits `NAME=VALUE` parameters.
pub fn parse_params(params: &[String]) -> Result<Vec<(String, String)>> {
    let mut out: Vec<(String, String)> = Vec::new();
    for p in params {
        let Some((k, v)) = p.split_once('=') else {
            return usage(format!("parameter '{p}' is not NAME=VALUE"));
        };
        let k = k.trim().trim_start_matches(':').to_string();
        if k.is_empty() {
            return usage(format!("parameter '{p}' has no name before '='"));
        }
        if out.iter().any(|(seen, _)| *seen == k) {
            return usage(format!("parameter '{k}' is given twice"));
        }
        out.push((k, v.to_string()));
    }
    Ok(out)
}

//! `kb query`: ad-hoc SQL on a read-only connection; a statement that would write is
//! refused with exit code 2.

use crate::cli::{Cli, QueryArgs};
use crate::error::usage;
use crate::output::{print, Rows};
use crate::store;
use anyhow::Result;

pub fn run(cli: &Cli, args: &QueryArgs) -> Result<()> {
    let conn = store::open_read_only(&cli.db)?;
    let mut stmt = match conn.prepare(&args.sql) {
        Ok(stmt) => stmt,
        Err(e) => return usage(format!("cannot run this SQL: {e}")),
    };
    if !stmt.readonly() {
        return usage("kb query is read-only: this statement would change the database (use `kb load` to add articles)");
    }
    let given = parse_params(&args.params)?;
    let names: Vec<(String, String)> = given.into_iter().map(|(k, v)| (format!(":{k}"), v)).collect();
    let bound: Vec<(&str, &dyn rusqlite::ToSql)> = names.iter().map(|(k, v)| (k.as_str(), v as &dyn rusqlite::ToSql)).collect();
    let rows = match Rows::collect(&mut stmt, &bound, args.output.limit) {
        Ok(rows) => rows,
        Err(e) => return usage(format!("cannot run this SQL: {e:#}")),
    };
    print(&rows, args.output.format, &mut std::io::stdout().lock())
}

/// Splits `NAME=VALUE` parameters.
pub fn parse_params(params: &[String]) -> Result<Vec<(String, String)>> {
    let mut out = Vec::new();
    for p in params {
        let Some((k, v)) = p.split_once('=') else {
            return usage(format!("parameter '{p}' is not NAME=VALUE"));
        };
        out.push((k.trim().to_string(), v.to_string()));
    }
    Ok(out)
}

//! `kb schema`: every table and view with its columns and what each holds. The
//! descriptions come from the database itself (`table_descriptions`,
//! `column_descriptions`), so other tools can read them too.

use crate::cli::Cli;
use crate::error::usage;
use crate::output::{print, Rows};
use crate::output::{Format, OutputArgs};
use crate::store;
use crate::store::Value;
use anyhow::Result;
use clap::Args;
use std::io::Write;

#[derive(Args, Debug)]
pub struct SchemaArgs {
    /// Only this table or view.
    pub table: Option<String>,
    #[command(flatten)]
    pub output: OutputArgs,
}

pub fn run(cli: &Cli, args: &SchemaArgs) -> Result<()> {
    let db = store::Reader::open(&cli.db)?;
    let rows = describe(&db, args.table.as_deref())?;
    if rows.rows.is_empty() {
        return usage(format!("no table or view named '{}' (run `kb schema` for the list)", args.table.as_deref().unwrap_or("")));
    }
    let mut out = std::io::stdout().lock();
    if args.output.format != Format::Table {
        return print(&rows, args.output.format, &mut out);
    }
    // On a terminal: one small table per table or view, under its description.
    let mut i = 0;
    while i < rows.rows.len() {
        let name = text(&rows.rows[i][0]);
        let group: Vec<Vec<Value>> = rows.rows[i..].iter().take_while(|r| text(&r[0]) == name).cloned().collect();
        i += group.len();
        if i > group.len() {
            writeln!(out)?;
        }
        writeln!(out, "{name} ({}): {}", text(&group[0][1]), text(&group[0][2]))?;
        let columns = Rows { columns: vec!["column".into(), "type".into(), "description".into()], rows: group.into_iter().map(|r| r[3..].to_vec()).collect() };
        print(&columns, Format::Table, &mut out)?;
    }
    Ok(())
}

/// The schema listing as rows: table_name, kind, table_description, column_name, column_type, description.
pub fn describe(db: &store::Reader, table: Option<&str>) -> Result<Rows> {
    let mut stmt = db.statement(include_str!("schema.sql"))?;
    Rows::collect(&mut stmt, &[(":table", Value::from(table))], None)
}

fn text(v: &Value) -> String {
    match v {
        Value::Text(s) => s.clone(),
        _ => String::new(),
    }
}

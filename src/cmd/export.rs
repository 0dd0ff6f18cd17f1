//! `kb export`: every table and view as a CSV file with a header row, for R and
//! spreadsheet users. The full-text index is left out (it repeats the articles). Each
//! file is written beside its place and renamed into it, so a symlink in the folder is
//! replaced, never followed to overwrite what it points to.

use crate::cli::Cli;
use crate::cmd::schema::describe;
use crate::output::{plain, NewFile};
use crate::store;
use anyhow::{Context, Result};
use clap::{Args, ValueEnum};
use rusqlite::types::Value;
use std::path::PathBuf;

#[derive(Args, Debug)]
pub struct ExportArgs {
    /// The folder to write the CSV files into (created if needed).
    #[arg(long)]
    pub out: PathBuf,
    /// The file format; CSV is the one there is.
    #[arg(long, value_enum, default_value_t = ExportFormat::Csv)]
    pub format: ExportFormat,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    Csv,
}

pub fn run(cli: &Cli, args: &ExportArgs) -> Result<()> {
    let conn = store::open_read_only(&cli.db)?;
    std::fs::create_dir_all(&args.out).with_context(|| format!("cannot create the folder {}", args.out.display()))?;
    let listing = describe(&conn, None)?;
    let mut objects: Vec<String> = Vec::new();
    for row in &listing.rows {
        if let (Value::Text(name), Value::Text(kind)) = (&row[0], &row[1]) {
            if kind != "virtual table" && !objects.contains(name) {
                objects.push(name.clone());
            }
        }
    }
    for name in &objects {
        let path = args.out.join(format!("{name}.csv"));
        let count = export_one(&conn, name, &path).with_context(|| format!("cannot write {}", path.display()))?;
        eprintln!("{}: {count} rows", path.display());
    }
    Ok(())
}

fn export_one(conn: &rusqlite::Connection, name: &str, path: &std::path::Path) -> Result<usize> {
    let mut stmt = conn.prepare(&format!("SELECT * FROM \"{}\"", name.replace('"', "\"\"")))?;
    let columns: Vec<String> = stmt.column_names().into_iter().map(String::from).collect();
    let mut w = csv::Writer::from_writer(NewFile::create(path)?);
    w.write_record(&columns)?;
    let mut rows = stmt.query([])?;
    let mut count = 0;
    while let Some(row) = rows.next()? {
        let record = (0..columns.len()).map(|i| row.get::<_, Value>(i).map(|v| plain(&v))).collect::<rusqlite::Result<Vec<String>>>()?;
        w.write_record(&record)?;
        count += 1;
    }
    w.flush()?;
    w.into_inner().map_err(|e| anyhow::anyhow!("{}", e.error()))?.commit()?;
    Ok(count)
}

//! `kb export`: every table and view as a CSV file with a header row, for R and
//! spreadsheet users. The full-text index is left out (it repeats the articles). Each
//! file is written beside its place and renamed into it, so a symlink in the folder is
//! replaced, never followed to overwrite what it points to.

use crate::cli::Cli;
use crate::cmd::schema::describe;
use crate::output::{plain, NewFile};
use crate::store;
use crate::store::Value;
use anyhow::{Context, Result};
use clap::{Args, ValueEnum};
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
    let db = store::Reader::open(&cli.db)?;
    std::fs::create_dir_all(&args.out).with_context(|| format!("cannot create the folder {}", args.out.display()))?;
    let listing = describe(&db, None)?;
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
        let count = export_one(&db, name, &path).with_context(|| format!("cannot write {}", path.display()))?;
        eprintln!("{}: {count} rows", path.display());
    }
    Ok(())
}

fn export_one(db: &store::Reader, name: &str, path: &std::path::Path) -> Result<usize> {
    let mut stmt = db.statement(&format!("SELECT * FROM \"{}\"", name.replace('"', "\"\"")))?;
    let mut w = csv::Writer::from_writer(NewFile::create(path)?);
    w.write_record(stmt.columns())?;
    let mut count = 0;
    stmt.each_row(&[], |row| {
        w.write_record(row.0.iter().map(plain))?;
        count += 1;
        Ok(true)
    })?;
    w.flush()?;
    w.into_inner().map_err(|e| anyhow::anyhow!("{}", e.error()))?.commit()?;
    Ok(count)
}

//! Printing result sets: a table fitted to the terminal (comfy-table), CSV, JSON (an
//! array of objects) or Markdown. The same code serves every report and `kb query`.

use crate::cli::Format;
use anyhow::Result;
use comfy_table::{presets, CellAlignment, ContentArrangement, Table};
use rusqlite::types::Value;
use std::io::{IsTerminal, Write};

/// A result set: column names and rows of SQLite values.
pub struct Rows {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Value>>,
}

impl Rows {
    /// Runs a prepared statement with its parameters bound and collects at most `limit` rows.
    pub fn collect(stmt: &mut rusqlite::Statement, params: &[(&str, &dyn rusqlite::ToSql)], limit: Option<usize>) -> Result<Rows> {
        let columns: Vec<String> = stmt.column_names().into_iter().map(|c| c.to_string()).collect();
        let n = columns.len();
        let mut rows = Vec::new();
        let mut cursor = stmt.query(params)?;
        while let Some(row) = cursor.next()? {
            if limit.is_some_and(|l| rows.len() >= l) {
                break;
            }
            rows.push((0..n).map(|i| row.get::<_, Value>(i)).collect::<rusqlite::Result<Vec<_>>>()?);
        }
        Ok(Rows { columns, rows })
    }
}

pub fn print(rows: &Rows, format: Format, out: &mut impl Write) -> Result<()> {
    match format {
        Format::Table => write!(out, "{}", table(rows))?,
        Format::Csv => {
            let mut w = csv::Writer::from_writer(out);
            w.write_record(&rows.columns)?;
            for row in &rows.rows {
                w.write_record(row.iter().map(plain))?;
            }
            w.flush()?;
            return Ok(());
        }
        Format::Json => {
            let objects: Vec<serde_json::Value> = rows
                .rows
                .iter()
                .map(|row| {
                    let map = rows.columns.iter().zip(row).map(|(c, v)| (c.clone(), json_value(v))).collect();
                    serde_json::Value::Object(map)
                })
                .collect();
            serde_json::to_writer_pretty(&mut *out, &objects)?;
        }
        Format::Markdown => {
            writeln!(out, "| {} |", rows.columns.join(" | "))?;
            writeln!(out, "|{}", rows.columns.iter().map(|_| " --- |").collect::<String>())?;
            for row in &rows.rows {
                let cells: Vec<String> = row.iter().map(|v| plain(v).replace('|', "\\|").replace('\n', " ")).collect();
                writeln!(out, "| {} |", cells.join(" | "))?;
            }
        }
    }
    writeln!(out)?;
    Ok(())
}

fn table(rows: &Rows) -> String {
    let mut t = Table::new();
    t.load_preset(presets::UTF8_FULL_CONDENSED).set_content_arrangement(ContentArrangement::Dynamic);
    // On a terminal comfy-table measures the width itself; elsewhere COLUMNS or 120.
    if let Some((w, _)) = terminal_width() {
        t.set_width(w);
    } else if !std::io::stdout().is_terminal() {
        t.set_width(120);
    }
    t.set_header(&rows.columns);
    for row in &rows.rows {
        t.add_row(row.iter().map(|v| {
            let cell = comfy_table::Cell::new(readable(v));
            if matches!(v, Value::Integer(_) | Value::Real(_)) {
                cell.set_alignment(CellAlignment::Right)
            } else {
                cell
            }
        }));
    }
    let n = rows.rows.len();
    format!("{t}\n({n} {})", if n == 1 { "row" } else { "rows" })
}

fn terminal_width() -> Option<(u16, u16)> {
    std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok()).map(|w| (w, 0))
}

/// A value as plain text (CSV, Markdown): NULL is empty.
pub fn plain(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::Integer(i) => i.to_string(),
        Value::Real(f) => f.to_string(),
        Value::Text(s) => s.clone(),
        Value::Blob(b) => format!("<{} bytes>", b.len()),
    }
}

/// A value for people: large numbers grouped, long text shortened.
fn readable(v: &Value) -> String {
    match v {
        Value::Null => "".into(),
        Value::Integer(i) if i.abs() >= 10_000 => group(&i.to_string()),
        Value::Real(f) if f.fract() == 0.0 && f.abs() < 1e15 => group(&format!("{}", *f as i64)),
        Value::Real(f) => format!("{f}"),
        Value::Text(s) if s.chars().count() > 300 => format!("{}…", s.chars().take(300).collect::<String>()),
        other => plain(other),
    }
}

fn group(digits: &str) -> String {
    let (sign, digits) = digits.strip_prefix('-').map_or(("", digits), |d| ("-", d));
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    format!("{sign}{out}")
}

fn json_value(v: &Value) -> serde_json::Value {
    match v {
        Value::Null => serde_json::Value::Null,
        Value::Integer(i) => (*i).into(),
        Value::Real(f) => serde_json::Number::from_f64(*f).map_or(serde_json::Value::Null, serde_json::Value::Number),
        Value::Text(s) => s.clone().into(),
        Value::Blob(b) => format!("<{} bytes>", b.len()).into(),
    }
}

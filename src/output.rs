//! Printing result sets, the same for every report, `kb query`, `kb search` and `kb
//! schema`. Rows are written as they come from SQLite (only a terminal table holds the
//! rows it shows):
//!
//! - `table`: a table fitted to the terminal's width (comfy-table). No column is made
//!   narrower than its header or its longest word, so dates and headers never split;
//!   when that cannot fit, the rows are shown as records instead. Long cells are
//!   shortened (`records`, `csv`... show them whole), and at most [`TABLE_ROWS`] rows
//!   are shown unless `--limit` says otherwise.
//! - `records`: one field per line, for wide rows (like psql's expanded display).
//! - `csv` (RFC 4180), `tsv` (tab, newline, carriage return and backslash written
//!   `\t`, `\n`, `\r`, `\\`), `markdown`.
//! - `json`: an array of objects, one per row, keys in the query's column order; a
//!   repeated column name is kept as `name_2`, `name_3`...; `jsonl`: one object per line.
//!
//! When `--limit` or the table's cap leaves rows out, a note on standard error says how
//! many there were and how to get them all. `docs/output.md` documents the formats.

pub use crate::store::Value;
use crate::store::{Params, Statement};
use anyhow::Result;
use clap::{Args, ValueEnum};
use comfy_table::{presets, CellAlignment, ColumnConstraint, ContentArrangement, Table, Width};
use std::io::{IsTerminal, Write};

/// The output options of every command that prints rows (`#[command(flatten)]` them).
#[derive(Args, Debug)]
pub struct OutputArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Print at most this many rows (a note on stderr says how many there were).
    #[arg(long)]
    pub limit: Option<usize>,
}

/// How result rows are printed (see `docs/output.md`).
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// A table fitted to the terminal (records when it cannot fit); at most 50 rows unless --limit.
    Table,
    /// One field per line, for wide rows; at most 50 rows unless --limit.
    Records,
    /// Comma-separated values with a header row (RFC 4180).
    Csv,
    /// Tab-separated values with a header row; tab, newline and backslash escaped as \t \n \\.
    Tsv,
    /// An array of objects, keys in column order (a repeated name becomes name_2).
    Json,
    /// One JSON object per line.
    Jsonl,
    /// A Markdown table.
    Markdown,
}

/// Rows a `table` or `records` display shows when `--limit` is not given.
pub const TABLE_ROWS: usize = 50;
/// Rows past the cap are counted up to this many in all, not further: counting every
/// row of a large result would cost as much as printing it. Past it, the note says
/// "more than 1,000".
pub const COUNT_UP_TO: usize = 1_000;
/// Characters of a text cell a table shows before shortening it with "…".
const TABLE_CELL_CHARS: usize = 160;
/// The width assumed when standard output is not a terminal and `COLUMNS` is not set.
const DEFAULT_WIDTH: u16 = 120;
/// A column is never made narrower than its longest word, up to this many characters.
const LONGEST_UNSPLIT_WORD: usize = 24;

/// A result set: column names and rows of SQLite values.
pub struct Rows {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Value>>,
}

impl Rows {
    /// Runs a prepared statement with its parameters bound and collects at most `limit` rows.
    pub fn collect(stmt: &mut Statement, params: &Params, limit: Option<usize>) -> Result<Rows> {
        let columns = stmt.columns();
        let mut rows = Vec::new();
        stmt.each_row(params, |row| {
            if limit.is_some_and(|l| rows.len() >= l) {
                return Ok(false);
            }
            rows.push(row.into_values());
            Ok(true)
        })?;
        Ok(Rows { columns, rows })
    }
}

/// How many rows were printed and how many there were.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Shown {
    pub shown: usize,
    pub total: usize,
    /// Whether there were more than `total` (counting stopped at [`COUNT_UP_TO`]).
    pub more: bool,
}

impl Shown {
    /// "12,317", or "more than 1,000" when counting stopped there.
    pub fn total_text(&self) -> String {
        let total = group(&self.total.to_string());
        if self.more {
            format!("more than {total}")
        } else {
            total
        }
    }

    fn cut(&self) -> bool {
        self.shown < self.total || self.more
    }
}

/// The most rows to print for these arguments: `--limit`, else the table's cap.
pub fn row_cap(args: &OutputArgs) -> Option<usize> {
    args.limit.or(match args.format {
        Format::Table | Format::Records => Some(TABLE_ROWS),
        _ => None,
    })
}

/// Runs a statement and prints its rows as they come, at most [`row_cap`] of them; the
/// rows past the cap are counted, not read, up to [`COUNT_UP_TO`] rows in all, and a
/// note on standard error says how many were left out. Errors from SQLite are returned
/// as they are, for the caller to classify.
pub fn print_statement(stmt: &mut Statement, params: &Params, args: &OutputArgs, out: &mut dyn Write) -> Result<Shown> {
    let cap = row_cap(args);
    let mut printer = Printer::new(args.format, stmt.columns(), out)?;
    let mut total = 0;
    let mut more = false;
    stmt.each_row(params, |row| {
        match cap {
            Some(c) if total >= c => {
                if total >= COUNT_UP_TO.max(c) {
                    more = true;
                    return Ok(false);
                }
            }
            _ => printer.row(row.into_values())?,
        }
        total += 1;
        Ok(true)
    })?;
    let shown = Shown { shown: printer.written, total, more };
    printer.finish(shown)?;
    note_cut(shown, args);
    Ok(shown)
}

/// Prints rows already collected, at most the cap; `total` is how many there were in
/// all. The caller says what was left out (see [`cut_note`]).
pub fn print_rows(rows: Rows, total: usize, args: &OutputArgs, out: &mut dyn Write) -> Result<Shown> {
    let cap = row_cap(args);
    let mut printer = Printer::new(args.format, rows.columns, out)?;
    for row in rows.rows.into_iter().take(cap.unwrap_or(usize::MAX)) {
        printer.row(row)?;
    }
    let shown = Shown { shown: printer.written, total: total.max(printer.written), more: false };
    printer.finish(shown)?;
    Ok(shown)
}

/// Prints every row, in `format`, with no cap and no note.
pub fn print(rows: &Rows, format: Format, out: &mut dyn Write) -> Result<()> {
    let mut printer = Printer::new(format, rows.columns.clone(), out)?;
    for row in &rows.rows {
        printer.row(row.clone())?;
    }
    let shown = Shown { shown: rows.rows.len(), total: rows.rows.len(), more: false };
    printer.finish(shown)
}

/// The note on standard error when rows were left out.
fn note_cut(shown: Shown, args: &OutputArgs) {
    if let Some(note) = cut_note(shown, args) {
        eprintln!("{note}");
    }
}

/// "kb: showing 5 of 528 rows ..." when rows were left out, else None.
pub fn cut_note(shown: Shown, args: &OutputArgs) -> Option<String> {
    if !shown.cut() {
        return None;
    }
    let (n, total) = (shown.shown, shown.total_text());
    Some(match args.limit {
        Some(limit) => format!("kb: showing {n} of {total} rows (--limit {limit})"),
        None => format!("kb: showing the first {n} of {total} rows; `--limit N` shows more, `--format csv` (or tsv, json, jsonl) prints them all"),
    })
}

/// Writes rows in one format as they come. Only a table keeps rows, to measure its columns.
pub struct Printer<'w> {
    format: Format,
    columns: Vec<String>,
    keys: Vec<String>,
    out: &'w mut dyn Write,
    kept: Vec<Vec<Value>>,
    written: usize,
}

impl<'w> Printer<'w> {
    /// Starts the output: the header line of csv, tsv and markdown, the `[` of json.
    pub fn new(format: Format, columns: Vec<String>, out: &'w mut dyn Write) -> Result<Printer<'w>> {
        let keys = distinct_keys(&columns);
        match format {
            Format::Csv => writeln!(out, "{}", columns.iter().map(|c| csv_field(c)).collect::<Vec<_>>().join(","))?,
            Format::Tsv => writeln!(out, "{}", columns.iter().map(|c| tsv_field(c)).collect::<Vec<_>>().join("\t"))?,
            Format::Markdown => {
                writeln!(out, "| {} |", columns.iter().map(|c| markdown_cell(c)).collect::<Vec<_>>().join(" | "))?;
                writeln!(out, "|{}", columns.iter().map(|_| " --- |").collect::<String>())?;
            }
            Format::Json => write!(out, "[")?,
            Format::Table | Format::Records | Format::Jsonl => {}
        }
        Ok(Printer { format, columns, keys, out, kept: Vec::new(), written: 0 })
    }

    /// Writes (or, for a table, keeps) one row.
    pub fn row(&mut self, row: Vec<Value>) -> Result<()> {
        let out = &mut *self.out;
        match self.format {
            Format::Csv => writeln!(out, "{}", row.iter().map(|v| csv_field(&plain(v))).collect::<Vec<_>>().join(","))?,
            Format::Tsv => writeln!(out, "{}", row.iter().map(|v| tsv_field(&plain(v))).collect::<Vec<_>>().join("\t"))?,
            Format::Markdown => writeln!(out, "| {} |", row.iter().map(|v| markdown_cell(&plain(v))).collect::<Vec<_>>().join(" | "))?,
            Format::Json => {
                write!(out, "{}\n{}", if self.written == 0 { "" } else { "," }, json_object(&self.keys, &row))?;
            }
            Format::Jsonl => writeln!(out, "{}", json_object(&self.keys, &row))?,
            Format::Records => write_record(out, &self.columns, &row, self.written + 1, width())?,
            Format::Table => self.kept.push(row),
        }
        self.written += 1;
        Ok(())
    }

    /// Ends the output: the table itself, the `]` of json, the row count of a display.
    pub fn finish(self, shown: Shown) -> Result<()> {
        let count = count_line(shown);
        match self.format {
            Format::Json => writeln!(self.out, "{}]", if self.written == 0 { "" } else { "\n" })?,
            Format::Table => {
                let width = width();
                match table(&self.columns, &self.kept, width) {
                    Some(table) => writeln!(self.out, "{table}\n{count}")?,
                    None => {
                        for (i, row) in self.kept.iter().enumerate() {
                            write_record(self.out, &self.columns, row, i + 1, width)?;
                        }
                        writeln!(self.out, "{count}")?;
                    }
                }
            }
            Format::Records => writeln!(self.out, "{count}")?,
            Format::Csv | Format::Tsv | Format::Markdown | Format::Jsonl => {}
        }
        self.out.flush()?;
        Ok(())
    }
}

/// "(2 rows)", or "(50 of 12,317 rows)" when rows were left out.
fn count_line(shown: Shown) -> String {
    let noun = if shown.total == 1 && !shown.more { "row" } else { "rows" };
    if shown.cut() {
        format!("({} of {} {noun})", shown.shown, shown.total_text())
    } else {
        format!("({} {noun})", shown.total)
    }
}

/// The width to fit: `COLUMNS` when set, else the terminal's, else [`DEFAULT_WIDTH`].
fn width() -> u16 {
    if let Some(w) = std::env::var("COLUMNS").ok().and_then(|c| c.trim().parse::<u16>().ok()).filter(|w| *w >= 20) {
        return w;
    }
    if std::io::stdout().is_terminal() {
        if let Some((terminal_size::Width(w), _)) = terminal_size::terminal_size() {
            return w.max(20);
        }
    }
    DEFAULT_WIDTH
}

/// The rows as a table `width` wide, or None when the columns cannot fit without
/// splitting a header or a word (then they are shown as records).
fn table(columns: &[String], rows: &[Vec<Value>], width: u16) -> Option<String> {
    let cells: Vec<Vec<String>> = rows.iter().map(|row| row.iter().map(readable).collect()).collect();
    // The narrowest each column may be: its header, its longest word (a date, a code).
    let minimum: Vec<usize> = columns
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let longest_word = cells.iter().flat_map(|r| r[i].split_whitespace()).map(text_width).max().unwrap_or(0);
            text_width(c).max(longest_word.min(LONGEST_UNSPLIT_WORD)).max(1)
        })
        .collect();
    // Each column takes its content plus "│ " and " " around it, and one final border.
    let needed: usize = minimum.iter().map(|w| w + 3).sum::<usize>() + 1;
    if needed > width as usize {
        return None;
    }
    let mut t = Table::new();
    t.load_preset(presets::UTF8_FULL_CONDENSED).set_content_arrangement(ContentArrangement::Dynamic).set_width(width);
    t.set_header(columns);
    for (row, values) in cells.into_iter().zip(rows) {
        t.add_row(row.into_iter().zip(values).map(|(text, v)| {
            let cell = comfy_table::Cell::new(text);
            if matches!(v, Value::Integer(_) | Value::Real(_)) {
                cell.set_alignment(CellAlignment::Right)
            } else {
                cell
            }
        }));
    }
    // comfy-table counts a column's padding (a space each side) in its width.
    t.set_constraints(minimum.iter().map(|w| ColumnConstraint::LowerBoundary(Width::Fixed(*w as u16 + 2))));
    Some(t.to_string())
}

/// One row as a record: a rule with the row's number, then `column  value` lines, long
/// values wrapped at `width` under the value column.
fn write_record(out: &mut dyn Write, columns: &[String], row: &[Value], number: usize, width: u16) -> Result<()> {
    let label = columns.iter().map(|c| text_width(c)).max().unwrap_or(0);
    let rule = format!("-[ {number} ]");
    writeln!(out, "{rule}{}", "-".repeat((label + 2 + 20).saturating_sub(text_width(&rule))))?;
    let room = (width as usize).saturating_sub(label + 2).max(20);
    for (column, value) in columns.iter().zip(row) {
        let pad = " ".repeat(label - text_width(column));
        let lines = wrap(&plain(value), room);
        let mut lines = lines.iter();
        writeln!(out, "{column}{pad}  {}", lines.next().map_or("", |l| l.as_str()))?;
        for line in lines {
            writeln!(out, "{}  {line}", " ".repeat(label))?;
        }
    }
    Ok(())
}

/// Text broken into lines of at most `room` characters, at spaces where it can be.
fn wrap(text: &str, room: usize) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        for word in paragraph.split(' ') {
            let mut word = word.to_string();
            // A word longer than a whole line is cut where the line ends.
            while text_width(&word) > room {
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                let head: String = word.chars().take(room).collect();
                word = word.chars().skip(room).collect();
                lines.push(head);
            }
            if !line.is_empty() && text_width(&line) + 1 + text_width(&word) > room {
                lines.push(std::mem::take(&mut line));
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(&word);
        }
        lines.push(line);
    }
    lines
}

/// Characters on screen (precomposed Vietnamese letters are one each).
fn text_width(s: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(s)
}

/// Column names as JSON keys: a repeated name gets `_2`, `_3`... (never one taken).
pub fn distinct_keys(columns: &[String]) -> Vec<String> {
    let mut keys: Vec<String> = Vec::with_capacity(columns.len());
    for c in columns {
        let mut key = c.clone();
        let mut n = 1;
        while keys.contains(&key) || (n > 1 && columns.contains(&key)) {
            n += 1;
            key = format!("{c}_{n}");
        }
        keys.push(key);
    }
    keys
}

fn json_object(keys: &[String], row: &[Value]) -> String {
    let fields: Vec<String> = keys.iter().zip(row).map(|(k, v)| format!("{}:{}", serde_json::Value::String(k.clone()), json_value(v))).collect();
    format!("{{{}}}", fields.join(","))
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn tsv_field(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
    out
}

fn markdown_cell(s: &str) -> String {
    s.replace('\\', "\\\\").replace('|', "\\|").replace("\r\n", " ").replace(['\n', '\r'], " ")
}

/// A value as plain text (CSV, TSV, Markdown, records): NULL is empty.
pub fn plain(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::Integer(i) => i.to_string(),
        Value::Real(f) => f.to_string(),
        Value::Text(s) => s.clone(),
        Value::Blob(b) => format!("<{} bytes>", b.len()),
    }
}

/// A value for a table: large numbers grouped, long text shortened, lines joined.
fn readable(v: &Value) -> String {
    match v {
        Value::Null => "".into(),
        Value::Integer(i) if i.abs() >= 10_000 => group(&i.to_string()),
        Value::Real(f) if f.fract() == 0.0 && f.abs() >= 10_000.0 && f.abs() < 1e15 => group(&format!("{}", *f as i64)),
        Value::Real(f) => format!("{f}"),
        Value::Text(s) => {
            let s = s.replace(['\n', '\r', '\t'], " ");
            if s.chars().count() > TABLE_CELL_CHARS {
                format!("{}…", s.chars().take(TABLE_CELL_CHARS).collect::<String>())
            } else {
                s
            }
        }
        other => plain(other),
    }
}

/// Digits grouped by thousands: 12317 → 12,317.
pub fn group(digits: &str) -> String {
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

/// Writes a file whole, safely: into a new file beside it, then renamed over `path`. A
/// symlink at `path` is replaced by the file, never followed, so its target is never
/// overwritten; a reader never sees half a file.
pub fn write_file(path: &std::path::Path, contents: &[u8]) -> Result<()> {
    use anyhow::Context;
    let mut file = NewFile::create(path)?;
    file.write_all(contents).with_context(|| format!("cannot write {}", path.display()))?;
    file.commit()
}

/// A file being written beside its destination, renamed into place by [`NewFile::commit`]
/// (and removed if dropped before), so a symlink at the destination is replaced, not followed.
pub struct NewFile {
    file: Option<std::io::BufWriter<std::fs::File>>,
    temp: std::path::PathBuf,
    path: std::path::PathBuf,
}

impl NewFile {
    pub fn create(path: &std::path::Path) -> Result<NewFile> {
        use anyhow::Context;
        let name = path.file_name().with_context(|| format!("{} is not a file name", path.display()))?;
        if path.is_dir() {
            anyhow::bail!("{} is a folder", path.display());
        }
        let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(std::path::Path::new("."));
        for n in 0..100u32 {
            let temp = dir.join(format!(".{}.kb-{}-{n}.tmp", name.to_string_lossy(), std::process::id()));
            // create_new never follows a symlink: an existing name of any kind fails.
            match std::fs::OpenOptions::new().write(true).create_new(true).open(&temp) {
                Ok(file) => return Ok(NewFile { file: Some(std::io::BufWriter::new(file)), temp, path: path.to_path_buf() }),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(e).with_context(|| format!("cannot write {}", path.display())),
            }
        }
        anyhow::bail!("cannot write {}: too many leftover temporary files beside it", path.display())
    }

    /// Flushes the file and renames it over the destination.
    pub fn commit(mut self) -> Result<()> {
        use anyhow::Context;
        let file = self.file.take().expect("committed once");
        let file = file.into_inner().map_err(|e| e.into_error()).with_context(|| format!("cannot write {}", self.path.display()))?;
        file.sync_all().ok();
        drop(file);
        std::fs::rename(&self.temp, &self.path).with_context(|| format!("cannot write {}", self.path.display()))
    }
}

impl Write for NewFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.file.as_mut().expect("not committed").write(buf)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.file.as_mut().expect("not committed").flush()
    }
}

impl Drop for NewFile {
    fn drop(&mut self) {
        if self.file.take().is_some() {
            let _ = std::fs::remove_file(&self.temp);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(format: Format, columns: &[&str], rows: Vec<Vec<Value>>) -> String {
        let rows = Rows { columns: columns.iter().map(|c| c.to_string()).collect(), rows };
        let mut out = Vec::new();
        print(&rows, format, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    fn text(s: &str) -> Value {
        Value::Text(s.into())
    }

    #[test]
    fn writing_a_file_replaces_a_symlink_instead_of_following_it() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("precious.txt");
        std::fs::write(&target, "keep me").unwrap();
        let link = dir.path().join("out.csv");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        write_file(&link, b"a,b\n").unwrap();
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "keep me");
        assert_eq!(std::fs::read_to_string(&link).unwrap(), "a,b\n");
        assert!(!std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2, "a temporary file was left behind");
    }

    #[test]
    fn json_keeps_column_order_and_repeated_names() {
        let out = render(Format::Json, &["z", "a", "a", "a_2"], vec![vec![Value::Integer(1), text("x"), Value::Null, Value::Real(1.5)]]);
        assert_eq!(out, "[\n{\"z\":1,\"a\":\"x\",\"a_3\":null,\"a_2\":1.5}\n]\n");
        let parsed: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(parsed[0].as_object().unwrap().len(), 4);
        assert_eq!(render(Format::Json, &["a"], vec![]), "[]\n");
        let lines = render(Format::Jsonl, &["a", "b"], vec![vec![Value::Integer(1), text("Hải Dương")], vec![Value::Null, text("x\ny")]]);
        assert_eq!(lines, "{\"a\":1,\"b\":\"Hải Dương\"}\n{\"a\":null,\"b\":\"x\\ny\"}\n");
    }

    #[test]
    fn csv_tsv_and_markdown_escape_what_would_break_them() {
        let row = vec![vec![text("a,\"b\""), text("tab\there\nnew \\ line"), text("x|y")]];
        assert_eq!(render(Format::Csv, &["p", "q", "r"], row.clone()), "p,q,r\n\"a,\"\"b\"\"\",\"tab\there\nnew \\ line\",x|y\n");
        assert_eq!(render(Format::Tsv, &["p", "q", "r"], row.clone()), "p\tq\tr\na,\"b\"\ttab\\there\\nnew \\\\ line\tx|y\n");
        assert_eq!(render(Format::Markdown, &["p", "q", "r"], row), "| p | q | r |\n| --- | --- | --- |\n| a,\"b\" | tab\there new \\\\ line | x\\|y |\n");
    }

    #[test]
    fn a_table_never_splits_a_date_or_a_header_and_falls_back_to_records() {
        let columns: Vec<String> = ["role_code", "name", "first_seen", "evidence"].map(String::from).to_vec();
        let row = vec![text("party_secretary"), text("Trần Đức Thắng"), text("2023-04-06"), text(&"đồng chí Trần Đức Thắng, Bí thư Tỉnh ủy ".repeat(3))];
        let out = table(&columns, &[row.clone(), row], 60).unwrap();
        for whole in ["role_code", "first_seen", "2023-04-06", "party_secretary"] {
            assert!(out.contains(whole), "{whole} split in\n{out}");
        }
        assert!(out.lines().all(|l| text_width(l) <= 60), "{out}");
        // Twelve columns of codes cannot fit in 60 characters: shown as records instead.
        let wide: Vec<String> = (1..=12).map(|i| format!("column_{i}")).collect();
        assert!(table(&wide, &[(1..=12).map(Value::Integer).collect()], 60).is_none());
        assert!(table(&wide, &[(1..=12).map(Value::Integer).collect()], 200).is_some());
    }

    #[test]
    fn records_wrap_long_values_under_the_value_column() {
        let mut out = Vec::new();
        let long = "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 14, khóa XVII, nhiệm kỳ 2020 – 2025";
        write_record(&mut out, &["date".into(), "article_title".into()], &[text("2023-04-06"), text(long)], 3, 40).unwrap();
        let out = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = out.lines().collect();
        assert!(lines[0].starts_with("-[ 3 ]---"));
        assert_eq!(lines[1], "date           2023-04-06");
        assert!(lines[2].starts_with("article_title  Hội nghị"));
        assert!(lines[3..].iter().all(|l| l.starts_with("               ") && text_width(l) <= 40), "{out}");
        assert_eq!(lines[2..].iter().map(|l| l.trim()).collect::<Vec<_>>().join(" "), format!("article_title  {long}"));
    }

    #[test]
    fn a_note_says_how_many_rows_were_left_out() {
        let args = |limit| OutputArgs { format: Format::Table, limit };
        let shown = |shown, total| Shown { shown, total, more: false };
        assert_eq!(cut_note(shown(5, 5), &args(None)), None);
        assert_eq!(cut_note(shown(20, 528), &args(Some(20))).unwrap(), "kb: showing 20 of 528 rows (--limit 20)");
        assert!(cut_note(shown(50, 12317), &args(None)).unwrap().contains("first 50 of 12,317 rows"));
        assert_eq!(count_line(shown(50, 12317)), "(50 of 12,317 rows)");
        // Counting stops at COUNT_UP_TO rows; the note says there were more.
        let many = Shown { shown: 50, total: COUNT_UP_TO, more: true };
        assert_eq!(count_line(many), "(50 of more than 1,000 rows)");
        assert!(cut_note(many, &args(None)).unwrap().contains("first 50 of more than 1,000 rows"));
        assert_eq!(row_cap(&args(None)), Some(TABLE_ROWS));
        assert_eq!(row_cap(&OutputArgs { format: Format::Csv, limit: None }), None);
    }
}

//! The command line, declared with clap.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(
    name = "kb",
    version,
    about = "A knowledge base of Vietnamese provincial Party meeting reports",
    long_about = "kb turns articles about provincial Party and council meetings (plain UTF-8 text) into an SQLite \
                  database of meetings, officials, roles, documents and targets, and answers questions about it.",
    after_help = "Exit codes: 0 success, 1 runtime or input error (bad file, database problem), 2 usage error \
                  (unknown report or parameter, a query that would write)."
)]
pub struct Cli {
    /// The database file.
    #[arg(long, global = true, env = "KB_DB", default_value = "kb.db")]
    pub db: PathBuf,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Load articles (files, or directories searched for *.txt and *.jsonl) into the database.
    Load(LoadArgs),
    /// Run the extractor alone and print what it finds; writes no database.
    Extract(ExtractArgs),
    /// Run a canned report; without a name, list them.
    Report(crate::cmd::report::ReportArgs),
    /// Run read-only SQL against the database.
    Query(crate::cmd::query::QueryArgs),
    /// Full-text search over the articles, ranked, without regard to diacritics.
    Search(crate::cmd::search::SearchArgs),
    /// Print every table and view with its columns and what each one holds.
    Schema(crate::cmd::schema::SchemaArgs),
    /// Draw a chart as SVG: an indicator across provinces and years, meetings per month, a post's holders over time.
    Chart(crate::cmd::chart::ChartArgs),
    /// Write every table and view as a CSV file with headers.
    Export(crate::cmd::export::ExportArgs),
    /// Write Datasette's metadata.json (and 1.0's datasette.json): the reports as canned queries, the column descriptions.
    DatasetteMetadata(crate::cmd::datasette::DatasetteArgs),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell).
    Completions(CompletionsArgs),
    /// Print the man page (roff).
    Man,
}

#[derive(Args, Debug)]
pub struct CompletionsArgs {
    /// The shell.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Args, Debug)]
pub struct LoadArgs {
    /// Files or directories to load: plain-text articles (*.txt) and crawler JSON Lines
    /// files (*.jsonl, one article record a line); directories are searched recursively.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Load everything that can be loaded and list each bad file or record with its
    /// reason (exit 1). Without it, one bad input stops the load and nothing is written.
    #[arg(long)]
    pub skip_bad: bool,
}

#[derive(Args, Debug)]
pub struct ExtractArgs {
    /// Print JSON Lines, one object per article (docs/extract-json.md says what each key holds).
    #[arg(long)]
    pub json: bool,
    /// Files or directories to read.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
}

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

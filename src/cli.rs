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
    /// Load articles (files, or directories searched for *.txt) into the database.
    Load(LoadArgs),
    /// Run the extractor alone and print what it finds; writes no database.
    Extract(ExtractArgs),
    /// Run a canned report; without a name, list them.
    Report(ReportArgs),
    /// Run read-only SQL against the database.
    Query(QueryArgs),
}

#[derive(Args, Debug)]
pub struct LoadArgs {
    /// Files or directories to load.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
}

#[derive(Args, Debug)]
pub struct ExtractArgs {
    /// Print JSON Lines, one object per article (the contract in shared/spec/extract-json.md).
    #[arg(long)]
    pub json: bool,
    /// Files or directories to read.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
}

#[derive(Args, Debug)]
pub struct OutputArgs {
    /// Output format; a table on a terminal unless told otherwise.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Show at most this many rows.
    #[arg(long)]
    pub limit: Option<usize>,
}

#[derive(Args, Debug)]
pub struct ReportArgs {
    /// The report to run (see `kb report` for the list).
    pub name: Option<String>,
    /// A report parameter, NAME=VALUE (repeatable), e.g. --param "province=Hải Dương".
    #[arg(long = "param", value_name = "NAME=VALUE")]
    pub params: Vec<String>,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Args, Debug)]
pub struct QueryArgs {
    /// One SQL statement that reads (SELECT, WITH, read-only PRAGMA).
    pub sql: String,
    /// A named parameter for the statement, NAME=VALUE, bound as :NAME.
    #[arg(long = "param", value_name = "NAME=VALUE")]
    pub params: Vec<String>,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Table,
    Csv,
    Json,
    Markdown,
}

//! The command line, declared with clap: the top-level options and the list of
//! subcommands. Each subcommand's arguments live beside its `run`, in `src/cmd/<name>.rs`;
//! a new command adds its file, one variant here and one line of dispatch in `main.rs`.

use clap::{Parser, Subcommand};
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
    Load(crate::cmd::load::LoadArgs),
    /// Run the extractor alone and print what it finds; writes no database.
    Extract(crate::cmd::extract::ExtractArgs),
    /// Run a canned report; without a name, list them.
    Report(crate::cmd::report::ReportArgs),
    /// Run read-only SQL against the database.
    Query(crate::cmd::query::QueryArgs),
    /// Full-text search over the articles, ranked, without regard to diacritics.
    ///
    /// Best first means by bm25, SQLite FTS5's relevance: a hit scores more for each
    /// occurrence of a query word, the rarer the word in the database and the shorter the
    /// article, and a word in the title counts four times one in the text. The filters
    /// (--province, --since, --until) choose the articles first; only their hits are
    /// ranked. When more hits than --rank-window (10,000) remain, only the most recently
    /// loaded 10,000 of them are ranked, so that a word found in most articles answers at
    /// once on a large database; a note on standard error says so and counts all the
    /// hits. `--rank-window 0` ranks every hit (about 1 ms per 1,000 hits).
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
    Completions(crate::cmd::completions::CompletionsArgs),
    /// Print the man page (roff).
    Man,
}

//! `kb`: turns Vietnamese provincial Party meeting reports into an SQLite knowledge
//! base and answers questions about it. This file only parses the command line and
//! dispatches; each subcommand lives in `src/cmd/`.

use clap::Parser;
use kb::cli::{Cli, Command};
use kb::cmd;
use kb::error::{exit_code, UsageError};
use std::process::ExitCode;

fn main() -> ExitCode {
    // Extractor faults are caught per article and reported by file name, with the panic's
    // message and location for a bug report; no backtraces.
    kb::error::install_panic_hook();
    let cli = Cli::parse();
    let result = match &cli.command {
        Command::Load(args) => cmd::load::run(&cli, args),
        Command::Extract(args) => cmd::extract::run(args),
        Command::Report(args) => cmd::report::run(&cli, args),
        Command::Query(args) => cmd::query::run(&cli, args),
        Command::Search(args) => cmd::search::run(&cli, args),
        Command::Schema(args) => cmd::schema::run(&cli, args),
        Command::Chart(args) => cmd::chart::run(&cli, args),
        Command::Export(args) => cmd::export::run(&cli, args),
        Command::DatasetteMetadata(args) => cmd::datasette::run(&cli, args),
        Command::Completions(args) => cmd::completions::completions(args),
        Command::Man => cmd::completions::man(),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        // A reader that stopped early (`kb report ... | head`) is not an error.
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            let prefix = if err.is::<UsageError>() { "kb: usage error" } else { "kb: error" };
            eprintln!("{prefix}: {err:#}");
            ExitCode::from(exit_code(&err))
        }
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            || e.downcast_ref::<csv::Error>().is_some_and(|c| matches!(c.kind(), csv::ErrorKind::Io(io) if io.kind() == std::io::ErrorKind::BrokenPipe))
            || e.downcast_ref::<serde_json::Error>().is_some_and(|j| j.io_error_kind() == Some(std::io::ErrorKind::BrokenPipe))
    })
}

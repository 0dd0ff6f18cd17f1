//! `kb`: turns Vietnamese provincial Party meeting reports into an SQLite knowledge
//! base and answers questions about it. This file only parses the command line and
//! dispatches; each subcommand lives in `src/cmd/`.

use clap::Parser;
use kb::cli::{Cli, Command};
use kb::cmd;
use kb::error::{exit_code, UsageError};
use std::process::ExitCode;

fn main() -> ExitCode {
    // Extractor faults are caught per article and reported by file name; no backtraces.
    std::panic::set_hook(Box::new(|_| {}));
    let cli = Cli::parse();
    let result = match &cli.command {
        Command::Load(args) => cmd::load::run(&cli, args),
        Command::Extract(args) => cmd::extract::run(args),
        Command::Report(args) => cmd::report::run(&cli, args),
        Command::Query(args) => cmd::query::run(&cli, args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            let prefix = if err.is::<UsageError>() { "kb: usage error" } else { "kb: error" };
            eprintln!("{prefix}: {err:#}");
            ExitCode::from(exit_code(&err))
        }
    }
}

//! `kb completions SHELL` and `kb man`: a completion script and the man page, generated
//! from the clap definitions so they never drift from the real command line.

use crate::cli::Cli;
use anyhow::Result;
use clap::CommandFactory;

#[derive(clap::Args, Debug)]
pub struct CompletionsArgs {
    /// The shell.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

pub fn completions(args: &CompletionsArgs) -> Result<()> {
    clap_complete::generate(args.shell, &mut Cli::command(), "kb", &mut std::io::stdout());
    Ok(())
}

pub fn man() -> Result<()> {
    clap_mangen::Man::new(Cli::command()).render(&mut std::io::stdout())?;
    Ok(())
}

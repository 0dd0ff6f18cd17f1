//! What the end-to-end tests share: running kb (failures name the command, its exit
//! code and its stderr), the sample data, a loaded database. `mod util;` at the top of a
//! test file brings it in.
#![allow(dead_code)]

use std::ffi::OsStr;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// The project's `shared/` folder beside the repository (specs, dev set, scorer, corpus).
pub fn shared() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared")
}

/// Says loudly that `test` is skipped and why. Written to the process's standard error
/// directly, not through `eprintln!`, so the test harness does not capture it: the line
/// shows in every `cargo test` run, passing or not.
pub fn skip(test: &str, why: &str) {
    let _ = writeln!(std::io::stderr(), "\n*** {test}: SKIPPED: {why} ***\n");
}

/// The repository's root.
pub fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The sample articles, `sample-data/`.
pub fn samples() -> PathBuf {
    repo().join("sample-data")
}

/// One run of the kb binary: what was run and what it gave. It reads as its `Output`
/// (`run.status`, `run.stdout`); [`ok`] and [`describe`] name the command on failure.
pub struct Run {
    pub command: String,
    pub output: Output,
}

impl std::ops::Deref for Run {
    type Target = Output;
    fn deref(&self) -> &Output {
        &self.output
    }
}

impl From<Output> for Run {
    fn from(output: Output) -> Run {
        Run { command: "(a command)".into(), output }
    }
}

/// The command line of `command`, quoted where a word needs it.
fn command_line(command: &Command) -> String {
    let word = |w: &std::ffi::OsStr| {
        let w = w.to_string_lossy();
        if w.is_empty() || w.contains(|c: char| c.is_whitespace() || "'\"$\\".contains(c)) {
            format!("'{}'", w.replace('\'', r"'\''"))
        } else {
            w.into_owned()
        }
    };
    std::iter::once(word(command.get_program())).chain(command.get_args().map(word)).collect::<Vec<_>>().join(" ")
}

/// What a failure report needs: the command, its exit code, its stderr and the start of
/// its stdout.
pub fn describe(run: &Run) -> String {
    let code = run.status.code().map_or_else(|| "killed by a signal".to_string(), |c| format!("exit code {c}"));
    let out = String::from_utf8_lossy(&run.stdout);
    let shown: String = out.chars().take(2_000).collect();
    format!(
        "`{}`: {code}\n--- stderr ---\n{}--- stdout{} ---\n{shown}",
        run.command,
        String::from_utf8_lossy(&run.stderr),
        if shown.len() < out.len() { " (first 2,000 characters)" } else { "" }
    )
}

/// Runs `command` and keeps its command line for failure reports.
pub fn run(mut command: Command) -> Run {
    let line = command_line(&command);
    let output = command.output().unwrap_or_else(|e| panic!("`{line}` does not run: {e}"));
    Run { command: line, output }
}

/// kb itself, on the database `db`, without the environment's reports folder.
pub fn kb_command(db: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_kb"));
    command.arg("--db").arg(db).args(args).env_remove("KB_REPORTS");
    command
}

/// Runs kb on the database `db`.
pub fn kb(db: &Path, args: &[&str]) -> Run {
    run(kb_command(db, args))
}

/// Runs kb on the database `db` from the folder `dir`, with arguments that need not be
/// UTF-8 (paths as a user's shell gives them).
pub fn kb_in(dir: &Path, db: &Path, args: &[&OsStr]) -> Run {
    let mut command = kb_command(db, &[]);
    command.current_dir(dir).args(args);
    run(command)
}

/// Runs kb on the database `db`, failing the test if it has not finished within `limit`
/// (a hang), with its command line in the failure.
pub fn kb_within(limit: Duration, db: &Path, args: &[&OsStr]) -> Run {
    let mut command = kb_command(db, &[]);
    command.args(args).stdout(Stdio::piped()).stderr(Stdio::piped());
    let line = command_line(&command);
    let mut child = command.spawn().unwrap_or_else(|e| panic!("`{line}` does not run: {e}"));
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > limit {
            let _ = child.kill();
            panic!("`{line}` did not finish within {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    Run { command: line, output: child.wait_with_output().unwrap() }
}

/// Runs kb on the database `db` with `input` on its standard input.
pub fn kb_stdin(db: &Path, args: &[&str], input: &str) -> Run {
    let mut command = kb_command(db, args);
    let line = command_line(&command);
    let mut child =
        command.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap_or_else(|e| panic!("`{line}` does not run: {e}"));
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    Run { command: format!("{line} < (input)"), output: child.wait_with_output().unwrap() }
}

/// The standard output of a run that must succeed; else a panic that describes it.
pub fn ok(run: impl Into<Run>) -> String {
    let run = run.into();
    assert!(run.status.success(), "failed: {}", describe(&run));
    String::from_utf8(run.output.stdout).unwrap_or_else(|e| panic!("`{}` wrote stdout that is not UTF-8: {e}", run.command))
}

/// The run itself when it succeeded (its stderr is often what the test reads next); else
/// a panic that describes it.
pub fn succeeded(run: impl Into<Run>) -> Run {
    let run = run.into();
    assert!(run.status.success(), "failed: {}", describe(&run));
    run
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A database in a temporary folder with the sample articles loaded.
pub fn loaded_db() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kb.db");
    ok(kb(&db, &["load", samples().to_str().unwrap()]));
    (dir, db)
}

/// The database `db` opened read-only, to check what a command left in it.
pub fn read_only(db: &Path) -> rusqlite::Connection {
    rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
        .unwrap_or_else(|e| panic!("{} does not open read-only: {e}", db.display()))
}

/// The one number a query on `db` gives (`SELECT COUNT(*) ...`).
pub fn scalar(db: &Path, sql: &str) -> i64 {
    read_only(db).query_row(sql, [], |r| r.get(0)).unwrap_or_else(|e| panic!("`{sql}` on {}: {e}", db.display()))
}

/// The dev set, `../shared/eval/dev`, or None after saying loudly that `test` is skipped.
pub fn dev_set(test: &str) -> Option<PathBuf> {
    let dev = shared().join("eval/dev");
    if dev.is_dir() {
        Some(dev)
    } else {
        skip(test, &format!("{} (the dev set) is not there", dev.display()));
        None
    }
}

/// A JSON array (`--format json`), or a panic that shows the text.
pub fn json(text: &str) -> Vec<serde_json::Value> {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not a JSON array ({e}): {text}"))
}

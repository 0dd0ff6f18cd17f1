//! What the end-to-end tests share. `mod util;` at the top of a test file brings it in.
#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};

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

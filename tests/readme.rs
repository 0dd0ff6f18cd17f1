//! The README's (and docs/output.md's) `console` examples, run as written and compared
//! with the output shown, so that the documentation stays true. Each `$ command` runs
//! with `sh` in one fresh folder holding `sample-data/`, `examples/` and `docs/`, with
//! `kb` on the PATH and `COLUMNS=100`; standard output and standard error are compared
//! together. After changing what kb prints, `KB_README_BLESS=1 cargo test --release
//! --test readme` writes the new outputs (and docs/tenure.svg) into the files; read the
//! diff before committing it. In a shown output, `…` stands for any text within its
//! line (a machine's own paths, the rules version's hash); blessing writes the literal
//! output, so put the `…` back where the text depends on the machine or the build.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The documents whose console examples are run, in order (they share one folder).
const DOCUMENTS: [&str; 2] = ["README.md", "docs/output.md"];
/// Files the examples write that the repository keeps a copy of.
const KEPT_OUTPUTS: [&str; 1] = ["docs/tenure.svg"];

struct Example {
    command: String,
    expected: String,
    /// Line range of the expected output in the document (0-based, end exclusive).
    lines: (usize, usize),
}

fn examples(text: &str) -> Vec<Example> {
    let lines: Vec<&str> = text.lines().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if lines[i].trim_end() != "```console" {
            i += 1;
            continue;
        }
        i += 1;
        while i < lines.len() && lines[i] != "```" {
            let command = lines[i].strip_prefix("$ ").unwrap_or_else(|| panic!("line {}: a console block line that is not `$ command`", i + 1)).to_string();
            let start = i + 1;
            let mut end = start;
            while end < lines.len() && lines[end] != "```" && !lines[end].starts_with("$ ") {
                end += 1;
            }
            let expected = lines[start..end].iter().map(|l| format!("{l}\n")).collect();
            found.push(Example { command, expected, lines: (start, end) });
            i = end;
        }
        i += 1;
    }
    found
}

/// True when `actual` is `expected`, each `…` of `expected` standing for any text within its line.
fn shows(expected: &str, actual: &str) -> bool {
    let (e, a): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    e.len() == a.len()
        && e.iter().zip(&a).all(|(e, a)| {
            let parts: Vec<&str> = e.split('…').collect();
            let (first, last) = (parts[0], parts[parts.len() - 1]);
            if parts.len() == 1 {
                return e == a;
            }
            if !a.starts_with(first) || !a[first.len()..].ends_with(last) || a.len() < first.len() + last.len() {
                return false;
            }
            let mut rest = &a[first.len()..a.len() - last.len()];
            for middle in &parts[1..parts.len() - 1] {
                match rest.find(middle) {
                    Some(i) => rest = &rest[i + middle.len()..],
                    None => return false,
                }
            }
            true
        })
}

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn run(dir: &Path, command: &str) -> String {
    let bin_dir = PathBuf::from(env!("CARGO_BIN_EXE_kb")).parent().unwrap().to_path_buf();
    let path = format!("{}:{}", bin_dir.display(), std::env::var("PATH").unwrap_or_default());
    let out = Command::new("sh")
        .arg("-c")
        .arg(format!("{command} 2>&1"))
        .current_dir(dir)
        .env("PATH", path)
        .env("COLUMNS", "100")
        .env_remove("KB_DB")
        .env_remove("KB_REPORTS")
        .output()
        .expect("sh runs");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn the_readme_console_examples_print_what_they_show() {
    let bless = std::env::var_os("KB_README_BLESS").is_some();
    let dir = tempfile::tempdir().unwrap();
    for linked in ["sample-data", "examples"] {
        std::os::unix::fs::symlink(repo().join(linked), dir.path().join(linked)).unwrap();
    }
    std::fs::create_dir(dir.path().join("docs")).unwrap();
    let mut failures = Vec::new();
    for document in DOCUMENTS {
        let path = repo().join(document);
        let text = std::fs::read_to_string(&path).unwrap();
        let found = examples(&text);
        assert!(!found.is_empty() || document != "README.md", "no console examples in {document}");
        let mut lines: Vec<String> = text.lines().map(String::from).collect();
        // Replaced from the last, so earlier line numbers stay right.
        let mut replacements = Vec::new();
        for example in &found {
            let actual = run(dir.path(), &example.command);
            if !shows(&example.expected, &actual) {
                failures.push(format!("{document}: $ {}\n--- shown:\n{}--- printed:\n{}", example.command, example.expected, actual));
                replacements.push((example.lines, actual));
            }
        }
        if bless && !replacements.is_empty() {
            for ((start, end), actual) in replacements.into_iter().rev() {
                lines.splice(start..end, actual.lines().map(String::from));
            }
            std::fs::write(&path, lines.join("\n") + "\n").unwrap();
        }
    }
    for kept in KEPT_OUTPUTS {
        let made = std::fs::read(dir.path().join(kept)).unwrap_or_else(|_| panic!("the examples did not write {kept}"));
        if std::fs::read(repo().join(kept)).ok().as_ref() != Some(&made) {
            failures.push(format!("{kept} differs from what the README's command writes"));
            if bless {
                std::fs::write(repo().join(kept), &made).unwrap();
            }
        }
    }
    assert!(failures.is_empty() || bless, "{} example(s) print something else (KB_README_BLESS=1 rewrites them):\n\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn the_example_scripts_are_executable_as_the_readme_runs_them() {
    use std::os::unix::fs::PermissionsExt;
    for script in ["examples/plenum_chairs.py", "examples/export_indicators.py"] {
        let mode = std::fs::metadata(repo().join(script)).unwrap().permissions().mode();
        assert!(mode & 0o111 != 0, "{script} is not executable (chmod +x, and commit the mode)");
        let first = std::fs::read_to_string(repo().join(script)).unwrap();
        assert!(first.starts_with("#!/usr/bin/env python3\n"), "{script} lacks its #! line");
    }
}

#[test]
fn ci_runs_exactly_the_readmes_test_command() {
    let readme = std::fs::read_to_string(repo().join("README.md")).unwrap();
    let ci = std::fs::read_to_string(repo().join(".ci/run")).unwrap();
    let command = ci.lines().rev().find(|l| !l.trim().is_empty()).unwrap().trim();
    assert!(command.contains("cargo test --release"), ".ci/run should end with the test command: {command}");
    assert!(readme.contains(&format!("```sh\n{command}\n```")), "README.md should show .ci/run's command in a sh block: {command}");
}

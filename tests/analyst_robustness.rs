//! Regression tests of the analyst's commands on awkward input and storage (issue 10's
//! query/report half, issue 11's reports and outputs). Every bad input is made here.

use std::path::Path;
use std::process::{Command, Output};

mod util;
use util::{json, kb, kb_stdin, loaded_db, ok, stderr};

fn code(out: &Output) -> Option<i32> {
    out.status.code()
}

fn is_root() -> bool {
    Command::new("id").arg("-u").output().is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

/// Runs kb where it cannot write: as root, as the user nobody (who may not write the
/// folder); otherwise with the folder made read-only.
fn kb_without_write(dir: &Path, db: &Path, args: &[&str]) -> Output {
    use std::os::unix::fs::PermissionsExt;
    if is_root() {
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755)).unwrap();
        std::fs::set_permissions(db, std::fs::Permissions::from_mode(0o644)).unwrap();
        Command::new("setpriv")
            .args(["--reuid=65534", "--regid=65534", "--clear-groups", env!("CARGO_BIN_EXE_kb"), "--db"])
            .arg(db)
            .args(args)
            .output()
            .expect("setpriv (util-linux) runs kb as the user nobody")
    } else {
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o555)).unwrap();
        let out = kb(db, args).output;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755)).unwrap();
        out
    }
}

#[test]
fn reading_works_where_kb_cannot_write() {
    let (_dir, db) = loaded_db();
    // A copy in a folder of its own, in WAL mode (as kb leaves it), without its -shm.
    let ro = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let copy = ro.path().join("kb.db");
    std::fs::copy(&db, &copy).unwrap();
    let header = std::fs::read(&copy).unwrap();
    assert_eq!((header[18], header[19]), (2, 2), "kb leaves its database in WAL mode");
    for f in ["kb.db-shm", "kb.db-wal"] {
        let _ = std::fs::remove_file(ro.path().join(f));
    }
    let expected = ok(kb(&db, &["report", "summary", "--format", "csv"]));
    for args in [
        vec!["report", "summary", "--format", "csv"],
        vec!["query", "SELECT COUNT(*) AS n FROM articles", "--format", "csv"],
        vec!["search", "tinh uy", "--format", "csv"],
        vec!["schema", "--format", "csv"],
    ] {
        let out = kb_without_write(ro.path(), &copy, &args);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        if args[0] == "report" {
            assert_eq!(String::from_utf8_lossy(&out.stdout), expected);
        }
    }
}

#[test]
fn a_file_that_is_not_a_database_is_a_runtime_error_and_bad_sql_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let not_db = dir.path().join("notes.db");
    std::fs::write(&not_db, "these are my notes, not a database\n".repeat(200)).unwrap();
    for args in [vec!["query", "SELECT 1"], vec!["report", "summary"], vec!["search", "x"], vec!["schema"]] {
        let out = kb(&not_db, &args);
        assert_eq!(code(&out), Some(1), "{args:?}: {}", stderr(&out));
        assert!(stderr(&out).contains("not an SQLite database"), "{}", stderr(&out));
    }
    let (_dir, db) = loaded_db();
    for sql in ["SELEC 1", "SELECT * FROM no_such_table", "SELECT 1; SELECT 2", "-- only a comment"] {
        assert_eq!(code(&kb(&db, &["query", sql])), Some(2), "{sql}");
    }
    assert_eq!(code(&kb(&db, &["query", "SELECT :n", "--param", "m=1"])), Some(2));
}

#[test]
fn query_reads_sql_with_comments_from_the_line_a_file_or_standard_input() {
    let (dir, db) = loaded_db();
    let sql = "-- meetings by body\n/* a block comment */\nSELECT body, COUNT(*) AS n\nFROM meetings GROUP BY body ORDER BY body; -- done\n";
    let from_line = ok(kb(&db, &["query", sql, "--format", "csv"]));
    assert!(from_line.starts_with("body,n\nexecutive_committee,"), "{from_line}");
    let file = dir.path().join("q.sql");
    std::fs::write(&file, sql).unwrap();
    assert_eq!(ok(kb(&db, &["query", "--file", file.to_str().unwrap(), "--format", "csv"])), from_line);
    assert_eq!(ok(kb_stdin(&db, &["query", "-", "--format", "csv"], sql)), from_line);
    assert_eq!(ok(kb_stdin(&db, &["query", "--file", "-", "--format", "csv"], sql)), from_line);
    assert_eq!(code(&kb(&db, &["query", "--file", dir.path().join("missing.sql").to_str().unwrap()])), Some(2));
    assert_eq!(code(&kb_stdin(&db, &["query", "-"], "  \n")), Some(2));
}

#[test]
fn every_fts_syntax_error_in_search_is_a_usage_error() {
    let (_dir, db) = loaded_db();
    for query in ["\"unterminated", "foo:bar", "AND OR", "NEAR(a b, x)", "*", ")", "a NOT", "^", "title:"] {
        let out = kb(&db, &["search", query]);
        assert_eq!(code(&out), Some(2), "{query}: {}", stderr(&out));
    }
}

#[test]
fn export_replaces_a_symlink_instead_of_overwriting_its_target() {
    let (dir, db) = loaded_db();
    let out = dir.path().join("csv");
    std::fs::create_dir(&out).unwrap();
    let precious = dir.path().join("precious.txt");
    std::fs::write(&precious, "do not overwrite").unwrap();
    std::os::unix::fs::symlink(&precious, out.join("meetings.csv")).unwrap();
    ok(kb(&db, &["export", "--out", out.to_str().unwrap()]));
    assert_eq!(std::fs::read_to_string(&precious).unwrap(), "do not overwrite");
    assert!(std::fs::read_to_string(out.join("meetings.csv")).unwrap().starts_with("id,"));
    assert!(!std::fs::symlink_metadata(out.join("meetings.csv")).unwrap().file_type().is_symlink());
}

#[test]
fn long_and_typed_report_parameters() {
    let (_dir, db) = loaded_db();
    let huge = "a".repeat(100_000);
    // A 100 KB text parameter runs (no "LIKE or GLOB pattern too complex").
    for (report, param) in [("targets", "metric"), ("indicators", "indicator"), ("roles", "role")] {
        let out = kb(&db, &["report", report, "--param", &format!("{param}={huge}"), "--format", "json"]);
        assert!(out.status.success(), "{report}: {}", stderr(&out));
    }
    // A province or name that long matches nothing: a usage error, not an SQL failure.
    for (report, param) in [("roles", "province"), ("official", "name")] {
        let out = kb(&db, &["report", report, "--param", &format!("{param}={huge}")]);
        assert_eq!(code(&out), Some(2), "{report}");
        assert!(!stderr(&out).contains("too complex") && stderr(&out).len() < 1000, "{}", stderr(&out));
    }
    // Dates are checked: the expected form is named.
    for bad in ["2021/01/01", "2021-13-45", "01-01-2021", "last year"] {
        let out = kb(&db, &["report", "meetings", "--param", &format!("since={bad}")]);
        assert_eq!(code(&out), Some(2), "{bad}");
        assert!(stderr(&out).contains("YYYY-MM-DD"), "{}", stderr(&out));
    }
    let all = json(&ok(kb(&db, &["report", "meetings", "--format", "json"])));
    let since = json(&ok(kb(&db, &["report", "meetings", "--param", "since=2023-01-01", "--format", "json"])));
    assert!(!since.is_empty() && since.len() < all.len());
    assert!(since.iter().all(|m| m["date"].as_str().unwrap() >= "2023-01-01"));
}

#[test]
fn a_province_or_name_that_matches_nothing_names_the_closest() {
    let (_dir, db) = loaded_db();
    let out = kb(&db, &["report", "roles", "--param", "province=Hai Duongg"]);
    assert_eq!(code(&out), Some(2));
    assert!(stderr(&out).contains("did you mean 'Hải Dương'"), "{}", stderr(&out));
    let out = kb(&db, &["search", "tinh uy", "--province", "hau giangg"]);
    assert_eq!(code(&out), Some(2));
    assert!(stderr(&out).contains("--province=hau giangg: no province") && stderr(&out).contains("'Hậu Giang'"), "{}", stderr(&out));
    // A province of the gazetteer with nothing loaded is an empty answer, not an error.
    let out = kb(&db, &["report", "meetings", "--param", "province=ca mau", "--format", "json"]);
    assert!(json(&ok(out)).is_empty());
    // The name of an official, by any whole part, without diacritics.
    let out = kb(&db, &["report", "official", "--param", "name=duc thang", "--format", "json"]);
    let facts = json(&ok(out));
    assert!(!facts.is_empty() && facts.iter().all(|f| f["name"] == "Trần Đức Thắng"), "{facts:?}");
    let out = kb(&db, &["report", "official", "--param", "name=THANG", "--format", "json"]);
    let names: std::collections::BTreeSet<String> = json(&ok(out)).iter().map(|f| f["name"].as_str().unwrap().to_string()).collect();
    assert_eq!(names.into_iter().collect::<Vec<_>>(), ["Phạm Xuân Thăng", "Trần Đức Thắng"]);
    // Without a name, a usage error that says how to find one.
    let out = kb(&db, &["report", "official"]);
    assert_eq!(code(&out), Some(2));
    assert!(stderr(&out).contains("--param name=") && stderr(&out).contains("kb report officials"), "{}", stderr(&out));
    let out = kb(&db, &["report", "official", "--param", "name=Tran Duc Thangg"]);
    assert!(stderr(&out).contains("did you mean 'Trần Đức Thắng'"), "{}", stderr(&out));
}

#[test]
fn report_help_shows_what_it_answers_its_parameters_and_its_sql() {
    let db = Path::new("unused.db");
    let help = ok(kb(db, &["report", "roles", "--help"]));
    assert!(help.starts_with("kb report roles: Who held which post"), "{help}");
    assert!(help.contains("province   optional;") && help.contains("role       optional;"), "{help}");
    assert!(help.contains("FROM official_roles r"), "{help}");
    let help = ok(kb(db, &["report", "official", "-h"]));
    assert!(help.contains("name       required;"), "{help}");
    // Without a name, the command's own help.
    let help = ok(kb(db, &["report", "--help"]));
    assert!(help.contains("--reports <DIR>") && help.contains("--param <NAME=VALUE>"), "{help}");
}

#[test]
fn reports_from_a_folder_are_listed_run_and_checked() {
    let (dir, db) = loaded_db();
    let reports = dir.path().join("my-reports");
    std::fs::create_dir(&reports).unwrap();
    // The example of docs/reports.md, as written there.
    let doc = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/reports.md")).unwrap();
    let example = doc.split("```sql\n").nth(1).and_then(|rest| rest.split("```").next()).expect("an sql block in docs/reports.md");
    std::fs::write(reports.join("chairs_by_year.sql"), example).unwrap();
    let dir_arg = reports.to_str().unwrap();
    let list = ok(kb(&db, &["report", "--reports", dir_arg]));
    assert!(list.contains("chairs_by_year") && list.contains("summary"), "{list}");
    assert!(list.contains(&format!("[{}]", reports.join("chairs_by_year.sql").display())), "{list}");
    let rows = json(&ok(kb(&db, &["report", "chairs_by_year", "--reports", dir_arg, "--param", "since=2023-01-01", "--format", "json"])));
    assert!(rows.iter().any(|r| r["name"] == "Trần Đức Thắng" && r["year"] == "2023"), "{rows:?}");
    // The same from the environment variable; typed parameters are checked.
    let env_run = |args: &[&str]| Command::new(env!("CARGO_BIN_EXE_kb")).arg("--db").arg(&db).args(args).env("KB_REPORTS", &reports).output().unwrap();
    assert_eq!(json(&ok(env_run(&["report", "chairs_by_year", "--param", "since=2023-01-01", "--format", "json"]))), rows);
    assert_eq!(code(&env_run(&["report", "chairs_by_year", "--param", "min=many"])), Some(2));
    assert!(ok(env_run(&["report", "chairs_by_year", "--help"])).contains("GROUP BY 1, 2"));
    // A broken header names the file.
    std::fs::write(reports.join("broken.sql"), "-- param: year = y\nSELECT 1").unwrap();
    let out = env_run(&["report"]);
    assert_eq!(code(&out), Some(2));
    assert!(stderr(&out).contains("broken.sql") && stderr(&out).contains("no :year"), "{}", stderr(&out));
}

#[test]
fn every_format_prints_the_same_rows_and_cut_rows_are_noted() {
    let (_dir, db) = loaded_db();
    let sql = "SELECT o.name, r.title AS name, r.seen_date FROM officials o JOIN official_roles r ON r.official_id = o.id ORDER BY r.id";
    let all = json(&ok(kb(&db, &["query", sql, "--format", "json"])));
    // Keys in column order, the repeated name kept.
    let keys: Vec<&String> = all[0].as_object().unwrap().keys().collect();
    assert_eq!(keys, ["name", "name_2", "seen_date"]);
    let lines = ok(kb(&db, &["query", sql, "--format", "jsonl"]));
    let from_lines: Vec<serde_json::Value> = lines.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(from_lines, all);
    let tsv = ok(kb(&db, &["query", sql, "--format", "tsv"]));
    assert_eq!(tsv.lines().count(), all.len() + 1);
    assert_eq!(tsv.lines().next(), Some("name\tname\tseen_date"));
    let records = ok(kb(&db, &["query", sql, "--format", "records"]));
    assert!(records.starts_with("-[ 1 ]") && records.contains("\nseen_date  "), "{records}");

    // --limit: the rows shown, and a note on stderr saying how many there were.
    let out = kb(&db, &["query", sql, "--format", "csv", "--limit", "3"]);
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 4);
    assert_eq!(stderr(&out).trim(), format!("kb: showing 3 of {} rows (--limit 3)", all.len()));
    assert!(stderr(&kb(&db, &["query", sql, "--format", "csv"])).is_empty());
    // A table shows at most 50 rows unless told otherwise; the rows past them are
    // counted up to 1,000 (counting them all would cost as much as printing them).
    let some = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 317) SELECT i FROM n";
    let out = kb(&db, &["query", some]);
    assert!(String::from_utf8_lossy(&out.stdout).ends_with("(50 of 317 rows)\n"));
    assert!(stderr(&out).contains("first 50 of 317 rows; `--limit N` shows more"), "{}", stderr(&out));
    let many = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 12317) SELECT i FROM n";
    let out = kb(&db, &["query", many]);
    assert!(String::from_utf8_lossy(&out.stdout).ends_with("(50 of more than 1,000 rows)\n"));
    assert!(stderr(&out).contains("first 50 of more than 1,000 rows; `--limit N` shows more"), "{}", stderr(&out));
    let out = kb(&db, &["query", many, "--format", "csv"]);
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 12_318);
    // Search says how many hits its default cap of 20 left out.
    let out = kb(&db, &["search", "tinh", "--limit", "2", "--format", "csv"]);
    assert!(stderr(&out).starts_with("kb: showing the best 2 of "), "{}", stderr(&out));
}

#[test]
fn terminal_tables_fit_the_width_without_splitting_words() {
    let (_dir, db) = loaded_db();
    for columns in ["60", "80", "100", "160"] {
        let out = Command::new(env!("CARGO_BIN_EXE_kb")).arg("--db").arg(&db).args(["report", "roles"]).env("COLUMNS", columns).output().unwrap();
        let text = ok(out);
        let width: usize = columns.parse().unwrap();
        assert!(text.lines().all(|l| l.chars().count() <= width), "wider than {columns}:\n{text}");
        // Dates and codes are never cut in two.
        for whole in ["2023-04-06", "party_secretary", "first_seen"] {
            assert!(text.contains(whole), "{whole} split at {columns} columns:\n{text}");
        }
    }
}

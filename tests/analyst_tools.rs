//! End-to-end tests of the analyst's side: `kb search`, `kb schema`, `kb export`, the
//! generated completions and man page, and the sample database opened by the tools
//! analysts already use: the sqlite3 shell, Python's sqlite3 module, the scripts in
//! `examples/`, and Datasette serving the canned reports.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

mod util;
use util::{json, kb, loaded_db, ok, repo};

fn search_ids(db: &Path, args: &[&str]) -> Vec<i64> {
    let mut all = vec!["search", "--format", "json"];
    all.extend_from_slice(args);
    json(&ok(kb(db, &all))).iter().map(|hit| hit["article_id"].as_i64().unwrap()).collect()
}

/// The example queries documented in `examples/queries.sql`, one statement each.
fn documented_queries() -> Vec<String> {
    let text = std::fs::read_to_string(repo().join("examples/queries.sql")).unwrap();
    let queries: Vec<String> = text
        .split(";\n")
        .map(|q| q.lines().filter(|l| !l.starts_with("--")).collect::<Vec<_>>().join("\n").trim().to_string())
        .filter(|q| !q.is_empty())
        .collect();
    assert!(queries.len() >= 5, "{queries:?}");
    queries
}

#[test]
fn search_ignores_diacritics_and_tone_placement() {
    let (_dir, db) = loaded_db();
    for (written, typed) in [("chuyển đổi số", "chuyen doi so"), ("Tỉnh uỷ", "tinh uy"), ("Thái Nguyên", "thai nguyen"), ("Hậu Giang", "HAU GIANG")]
    {
        let with = search_ids(&db, &[written]);
        assert!(!with.is_empty(), "nothing found for {written}");
        assert_eq!(with, search_ids(&db, &[typed]), "{written} vs {typed}");
    }
    // NFD input and Ð (U+00D0) typed for Đ find the same as clean text.
    let nfd: String = unicode_normalization::UnicodeNormalization::nfd("Đồng Văn Thanh").collect();
    assert_eq!(search_ids(&db, &["Đồng Văn Thanh"]), search_ids(&db, &[&nfd]));
    assert_eq!(search_ids(&db, &["Đồng Văn Thanh"]), search_ids(&db, &["\u{d0}ồng Văn Thanh"]));

    // Each hit has its title, date, province and a snippet marking the words found.
    let hits = json(&ok(kb(&db, &["search", "chuyen doi so", "--format", "json"])));
    assert!(hits[0]["snippet"].as_str().unwrap().contains("«chuyển» «đổi» «số»"), "{}", hits[0]);
    assert!(hits.iter().all(|h| h["title"].is_string() && h["province"].is_string()), "{hits:?}");
}

#[test]
fn search_takes_fts_syntax_and_filters() {
    let (_dir, db) = loaded_db();
    // A phrase, a prefix and NOT pass through to FTS5.
    let phrase = search_ids(&db, &[r#""Bí thư Tỉnh ủy""#]);
    let prefix = search_ids(&db, &["Tỉnh uy*"]);
    assert!(!phrase.is_empty() && prefix.len() >= phrase.len());
    let not_hau_giang = search_ids(&db, &["Tỉnh ủy NOT \"Hậu Giang\""]);
    assert!(not_hau_giang.len() < search_ids(&db, &["Tỉnh ủy"]).len());

    let everywhere = search_ids(&db, &["nghị quyết"]);
    let hai_duong = search_ids(&db, &["nghị quyết", "--province", "hai duong"]);
    assert!(!hai_duong.is_empty() && hai_duong.len() < everywhere.len(), "{hai_duong:?} of {everywhere:?}");
    let since_2023 = search_ids(&db, &["nghị quyết", "--since", "2023-01-01"]);
    let until_2022 = search_ids(&db, &["nghị quyết", "--until", "2022-12-31"]);
    assert!(!since_2023.is_empty() && !until_2022.is_empty());
    assert!(since_2023.iter().all(|id| !until_2022.contains(id)));

    // Bad query syntax and bad dates are usage errors.
    assert_eq!(kb(&db, &["search", "AND OR"]).status.code(), Some(2));
    assert_eq!(kb(&db, &["search", "x", "--since", "last year"]).status.code(), Some(2));
}

/// The hits of a search as (article id, published date, province), best first.
fn search_hits(db: &Path, args: &[&str]) -> Vec<(i64, Option<String>, String)> {
    let mut all = vec!["search", "--format", "json", "--limit", "1000"];
    all.extend_from_slice(args);
    json(&ok(kb(db, &all)))
        .iter()
        .map(|h| (h["article_id"].as_i64().unwrap(), h["published"].as_str().map(String::from), h["province"].as_str().unwrap().to_string()))
        .collect()
}

#[test]
fn search_filters_before_ranking_and_keeps_the_order_of_the_whole_ranking() {
    // A filter selects the articles first and ranks only their hits: the same articles,
    // in the same order, as the whole ranking cut to the filter.
    let (_dir, db) = loaded_db();
    for query in ["nghị quyết", "tinh", r#""Ban Chấp hành""#, "Hậu Giang"] {
        let all = search_hits(&db, &[query, "--rank-window", "0"]);
        assert!(!all.is_empty(), "{query}");
        let cut = |keep: &dyn Fn(&Option<String>, &str) -> bool| -> Vec<i64> { all.iter().filter(|h| keep(&h.1, &h.2)).map(|h| h.0).collect() };
        let ids = |args: &[&str]| -> Vec<i64> {
            let mut with = vec![query];
            with.extend_from_slice(args);
            search_hits(&db, &with).iter().map(|h| h.0).collect()
        };
        assert_eq!(ids(&["--province", "hai duong"]), cut(&|_, p| p == "Hải Dương"), "{query}");
        assert_eq!(ids(&["--since", "2021-12-01"]), cut(&|d, _| d.as_deref().is_some_and(|d| d >= "2021-12-01")), "{query}");
        assert_eq!(ids(&["--until", "2021-12-31"]), cut(&|d, _| d.as_deref().is_some_and(|d| d <= "2021-12-31")), "{query}");
        assert_eq!(
            ids(&["--province", "Hải Dương", "--since", "2021-01-01", "--until", "2022-12-31"]),
            cut(&|d, p| p == "Hải Dương" && d.as_deref().is_some_and(|d| ("2021-01-01"..="2022-12-31").contains(&d))),
            "{query}"
        );
    }
}

#[test]
fn search_ranks_the_latest_hits_when_there_are_more_than_its_window_and_says_so() {
    let (_dir, db) = loaded_db();
    let all = search_ids(&db, &["tinh", "--rank-window", "0", "--limit", "100"]);
    assert!(all.len() >= 4, "{all:?}");
    // The default window (10,000) holds every hit of the sample: the whole ranking.
    assert_eq!(search_ids(&db, &["tinh", "--limit", "100"]), all);
    // A window of 3: the 3 most recently loaded hits (the highest ids), in the order of
    // the whole ranking, and a note on standard error with the count of all the hits.
    let mut latest = all.clone();
    latest.sort_unstable_by(|a, b| b.cmp(a));
    latest.truncate(3);
    let in_window: Vec<i64> = all.iter().copied().filter(|id| latest.contains(id)).collect();
    assert_eq!(search_ids(&db, &["tinh", "--rank-window", "3", "--limit", "100"]), in_window);
    let run = kb(&db, &["search", "tinh", "--rank-window", "3"]);
    let note = String::from_utf8_lossy(&run.stderr);
    assert!(note.contains(&format!("ranked the 3 most recently loaded of {} hits", all.len())), "{note}");
    // No note when the window holds every hit.
    let run = kb(&db, &["search", "tinh", "--rank-window", &all.len().to_string()]);
    assert!(!String::from_utf8_lossy(&run.stderr).contains("ranked the"), "{}", String::from_utf8_lossy(&run.stderr));
    // The window counts the hits the filters keep.
    let hai_duong = search_ids(&db, &["tinh", "--province", "hai duong", "--rank-window", "0"]);
    let windowed = search_ids(&db, &["tinh", "--province", "hai duong", "--rank-window", "1"]);
    assert_eq!(windowed, vec![*hai_duong.iter().max().unwrap()]);
}

#[test]
fn schema_describes_every_table_view_and_column_in_the_database() {
    let (_dir, db) = loaded_db();
    let rows = json(&ok(kb(&db, &["schema", "--format", "json"])));
    let tables: std::collections::BTreeSet<&str> = rows.iter().map(|r| r["table_name"].as_str().unwrap()).collect();
    for t in ["articles", "meetings", "officials", "official_roles", "resolutions", "targets", "official_role_history"] {
        assert!(tables.contains(t), "{t} missing from kb schema");
    }
    for r in &rows {
        assert!(!r["table_description"].as_str().unwrap().is_empty(), "no description for the table {}", r["table_name"]);
        assert!(!r["description"].as_str().unwrap().is_empty(), "no description for {}.{}", r["table_name"], r["column_name"]);
    }
    // The descriptions live in the database, for other tools to read.
    let described = json(&ok(kb(
        &db,
        &["query", "SELECT description FROM column_descriptions WHERE table_name = 'meetings' AND column_name = 'body'", "--format", "json"],
    )));
    assert!(described[0]["description"].as_str().unwrap().contains("executive_committee"));
    assert!(ok(kb(&db, &["schema", "meetings"])).contains("evidence_start"));
    assert_eq!(kb(&db, &["schema", "no_such_table"]).status.code(), Some(2));
}

#[test]
fn export_writes_every_table_and_view_as_csv_with_headers() {
    let (dir, db) = loaded_db();
    let out = dir.path().join("csv");
    ok(kb(&db, &["export", "--format", "csv", "--out", out.to_str().unwrap()]));
    for name in [
        "articles",
        "meetings",
        "officials",
        "official_roles",
        "meeting_participants",
        "resolutions",
        "resolution_mentions",
        "targets",
        "provinces",
        "roles",
        "official_role_history",
        "meetings_with_chairs",
        "resolution_citations",
    ] {
        let mut reader = csv::Reader::from_path(out.join(format!("{name}.csv"))).unwrap_or_else(|e| panic!("{name}.csv: {e}"));
        assert!(!reader.headers().unwrap().is_empty());
        let rows = reader.records().collect::<Result<Vec<_>, _>>().unwrap().len();
        let counted = json(&ok(kb(&db, &["query", &format!("SELECT COUNT(*) AS n FROM {name}"), "--format", "json"])));
        assert_eq!(rows as i64, counted[0]["n"].as_i64().unwrap(), "{name}");
    }
}

#[test]
fn completions_and_man_page_come_from_the_command_line_definition() {
    let db = Path::new("unused.db");
    let bash = ok(kb(db, &["completions", "bash"]));
    assert!(bash.contains("datasette-metadata") && bash.contains("--province"));
    let man = ok(kb(db, &["man"]));
    assert!(man.starts_with(".ie") || man.contains(".TH kb"), "{}", &man[..100.min(man.len())]);
    assert!(man.contains("search"));
}

#[test]
fn the_sqlite3_shell_and_python_run_the_documented_queries() {
    let (_dir, db) = loaded_db();
    let sqlite3 = Command::new("sqlite3").arg("--version").output();
    assert!(sqlite3.is_ok(), "the sqlite3 shell is needed (Debian package sqlite3; .ci/run installs it)");
    for query in documented_queries() {
        let shell = Command::new("sqlite3").arg("-json").arg("-readonly").arg(&db).arg(&query).output().unwrap();
        let shell_rows = if shell.stdout.is_empty() { Vec::new() } else { json(&ok(shell)) };
        let python = Command::new("python3")
            .args(["-c", "import json, sqlite3, sys\nc = sqlite3.connect(sys.argv[1])\nprint(json.dumps([list(r) for r in c.execute(sys.argv[2])]))"])
            .arg(&db)
            .arg(&query)
            .output()
            .unwrap();
        let python_rows = json(&ok(python));
        assert!(!python_rows.is_empty(), "no rows on the sample database: {query}");
        assert_eq!(shell_rows.len(), python_rows.len(), "{query}");
    }
}

#[test]
fn plain_fts5_queries_find_words_typed_with_or_without_diacritics_in_the_sqlite3_shell_and_python() {
    let (_dir, db) = loaded_db();
    let found = search_ids(&db, &["chuyen doi so"]);
    let phrase = search_ids(&db, &["\"chuyển đổi số\""]);
    assert!(!phrase.is_empty() && phrase.len() < found.len(), "{phrase:?} {found:?}");
    // A quoted phrase typed with đ must be typed without diacritics outside kb (kb folds it).
    for (query, found) in [("chuyển đổi số", &found), ("chuyen doi so", &found), ("Chuyển Đổi Số", &found), ("\"chuyen doi so\"", &phrase)] {
        let sql = format!("SELECT rowid FROM article_search WHERE article_search MATCH '{query}' ORDER BY rowid");
        let shell = ok(Command::new("sqlite3").arg("-readonly").arg(&db).arg(&sql).output().unwrap());
        let shell: Vec<i64> = shell.lines().map(|l| l.parse().unwrap()).collect();
        let python = Command::new("python3")
            .args(["-c", "import sqlite3, sys\nc = sqlite3.connect(sys.argv[1])\nprint([r[0] for r in c.execute('SELECT rowid FROM article_search WHERE article_search MATCH ? ORDER BY rowid', (sys.argv[2],))])"])
            .arg(&db)
            .arg(query)
            .output()
            .unwrap();
        let python: Vec<i64> = serde_json::from_str(ok(python).trim()).unwrap();
        let mut kb_found = found.clone();
        kb_found.sort();
        assert_eq!(shell, kb_found, "sqlite3, MATCH '{query}'");
        assert_eq!(python, kb_found, "python, MATCH '{query}'");
    }
    // ORDER BY rank ranks as kb search does (bm25, the title weighing most).
    let ranked = ok(Command::new("sqlite3")
        .arg("-readonly")
        .arg(&db)
        .arg("SELECT rowid FROM article_search WHERE article_search MATCH 'chuyen doi so' ORDER BY rank")
        .output()
        .unwrap());
    let ranked: Vec<i64> = ranked.lines().map(|l| l.parse().unwrap()).collect();
    assert_eq!(ranked, search_ids(&db, &["chuyen doi so"]));
}

#[test]
fn the_example_scripts_answer_their_questions() {
    let (dir, db) = loaded_db();
    let chairs = Command::new("python3").arg(repo().join("examples/plenum_chairs.py")).arg(&db).output().unwrap();
    let chairs = ok(chairs);
    assert!(chairs.contains("Hải Dương") && chairs.contains("2023-04-06  plenum 14, term 17"), "{chairs}");
    assert!(chairs.contains("chaired by Trần Đức Thắng"), "{chairs}");
    assert!(chairs.contains("chaired by Nghiêm Xuân Thành"), "{chairs}");

    let csv_path = dir.path().join("indicators.csv");
    let export = Command::new("python3").arg(repo().join("examples/export_indicators.py")).arg(&db).arg(&csv_path).output().unwrap();
    ok(export);
    let mut reader = csv::Reader::from_path(&csv_path).unwrap();
    assert!(reader.headers().unwrap().iter().any(|h| h == "metric"));
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    let targets = json(&ok(kb(&db, &["query", "SELECT COUNT(*) AS n FROM targets", "--format", "json"])));
    assert_eq!(rows.len() as i64, targets[0]["n"].as_i64().unwrap());
    assert!(rows.iter().any(|r| r.iter().any(|f| f == "6.56")), "GRDP 6,56% of Thái Nguyên is missing");
}

/// The Datasette versions the tests serve the database with: the current stable one
/// (canned queries in metadata.json) and 1.0's alpha (canned queries in `-c datasette.json`).
/// The README names the same versions.
const DATASETTE_STABLE: &str = "0.65.5";
const DATASETTE_1_0: &str = "1.0a41";

/// A Python virtual environment with this Datasette version, made once per target directory.
fn datasette(version: &str) -> PathBuf {
    let venv = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("datasette-{version}-venv"));
    let bin = venv.join("bin/datasette");
    if !bin.exists() {
        let made = Command::new("python3").arg("-m").arg("venv").arg(&venv).status().unwrap();
        assert!(made.success(), "cannot make a Python virtual environment");
        let pip = Command::new(venv.join("bin/pip")).args(["install", "--quiet", &format!("datasette=={version}")]).status().unwrap();
        assert!(pip.success(), "cannot install Datasette {version} from PyPI");
    }
    bin
}

fn http_get(port: u16, path: &str) -> Option<(u16, String)> {
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).ok()?;
    write!(stream, "GET {path} HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n").ok()?;
    let mut response = String::new();
    stream.read_to_string(&mut response).ok()?;
    let status = response.split_whitespace().nth(1)?.parse().ok()?;
    let body = response.split_once("\r\n\r\n")?.1.to_string();
    Some((status, body))
}

struct Server(std::process::Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn datasette_stable_serves_tables_canned_reports_and_search() {
    serve_with_datasette(DATASETTE_STABLE, false);
}

#[test]
fn datasette_1_0_serves_tables_canned_reports_and_search() {
    serve_with_datasette(DATASETTE_1_0, true);
}

/// Serves the sample database on loopback with this Datasette version and fetches a
/// table page, canned queries (one with a parameter typed without diacritics) and a
/// full-text search.
fn serve_with_datasette(version: &str, one_point_oh: bool) {
    let (dir, db) = loaded_db();
    let metadata = dir.path().join("metadata.json");
    let config = dir.path().join("datasette.json");
    let plugins = dir.path().join("plugins");
    let mut args = vec!["datasette-metadata", "--out", metadata.to_str().unwrap(), "--plugins-dir", plugins.to_str().unwrap()];
    if one_point_oh {
        args.extend(["--config", config.to_str().unwrap()]);
    }
    ok(kb(&db, &args));
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let mut serve = Command::new(datasette(version));
    serve.arg("serve").arg(&db).arg("--metadata").arg(&metadata).arg("--plugins-dir").arg(&plugins);
    if one_point_oh {
        serve.arg("-c").arg(&config);
    }
    let _server = Server(serve.args(["--host", "127.0.0.1", "--port", &port.to_string()]).stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap());
    let started = Instant::now();
    while http_get(port, "/-/versions.json").is_none() {
        assert!(started.elapsed() < Duration::from_secs(60), "Datasette {version} did not start");
        std::thread::sleep(Duration::from_millis(200));
    }
    let (_, versions) = http_get(port, "/-/versions.json").unwrap();
    assert!(versions.contains(&format!("\"{version}\"")), "{versions}");

    // A table page: every row, and the column descriptions shown (no canned query hides it).
    let (status, body) = http_get(port, "/kb/meetings.json?_shape=array").unwrap();
    assert_eq!(status, 200, "{body}");
    let meetings = json(&ok(kb(&db, &["query", "SELECT COUNT(*) AS n FROM meetings", "--format", "json"])));
    assert_eq!(json(&body).len() as i64, meetings[0]["n"].as_i64().unwrap(), "{body}");
    let (status, page) = http_get(port, "/kb/meetings").unwrap();
    assert_eq!(status, 200);
    assert!(page.contains("executive_committee, standing_committee"), "the column descriptions are not shown");

    // A canned query with a named parameter, matched without diacritics by the plugin's kb_key().
    let (status, body) = http_get(port, "/kb/report_chairs.json?province=hai+duong&_shape=array").unwrap();
    assert_eq!(status, 200, "{body}");
    let rows = json(&body);
    assert!(rows.iter().any(|r| r["chair"] == "Trần Đức Thắng"), "{body}");
    assert!(rows.iter().all(|r| r["province"] == "Hải Dương"), "{body}");
    // Without the parameter, every province.
    let (_, body) = http_get(port, "/kb/report_chairs.json?province=&_shape=array").unwrap();
    assert!(json(&body).len() > rows.len(), "{body}");
    // Every canned report is served.
    for name in ["summary", "meetings", "timeline", "roles", "resolutions", "targets", "indicators", "officials"] {
        let (status, body) = http_get(port, &format!("/kb/report_{name}.json?_shape=array")).unwrap();
        assert_eq!(status, 200, "{name}: {body}");
    }
    let (status, body) = http_get(port, "/kb/report_official.json?name=duc+thang&_shape=array").unwrap();
    assert_eq!(status, 200, "{body}");
    assert!(json(&body).iter().all(|r| r["name"] == "Trần Đức Thắng") && !json(&body).is_empty(), "{body}");

    // Full-text search of the articles, typed without diacritics, finds what kb search finds.
    let (status, body) = http_get(port, "/kb/articles.json?_search=chuyen+doi+so&_col=title&_shape=array").unwrap();
    assert_eq!(status, 200, "{body}");
    let mut served: Vec<i64> = json(&body).iter().map(|r| r["id"].as_i64().unwrap()).collect();
    let mut found = search_ids(&db, &["chuyen doi so"]);
    served.sort();
    found.sort();
    assert!(!found.is_empty());
    assert_eq!(served, found);
    // Typed with its diacritics, the same articles.
    let (status, body) = http_get(port, "/kb/articles.json?_search=chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91&_col=title&_shape=array").unwrap();
    assert_eq!(status, 200, "{body}");
    let mut served: Vec<i64> = json(&body).iter().map(|r| r["id"].as_i64().unwrap()).collect();
    served.sort();
    assert_eq!(served, found, "chuyển đổi số");
}

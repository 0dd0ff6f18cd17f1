//! What keeps reports and search fast on a large database, checked on the sample one:
//! every canned report's query plan uses an index where its parameters allow one (the
//! plan does not depend on the data: kb keeps no planner statistics), search ranks and
//! cuts inside the full-text index, and the reports' SQL runs as it is in the sqlite3
//! shell, with no function of kb's. `cargo bench --bench reports` measures the times.

use std::collections::HashMap;
mod util;

use std::path::Path;
use std::process::{Command, Stdio};

use util::{json, kb, loaded_db, ok};

/// The tables that grow with the articles: a scan of one reads the whole database.
const FACT_TABLES: [&str; 7] = ["articles", "meetings", "official_roles", "meeting_participants", "resolution_mentions", "targets", "officials"];

/// The full scans a report is for, with why: (report, table).
const WHOLE_TABLE_REPORTS: [(&str, &str, &str); 8] = [
    ("summary", "*", "it counts the rows of every table"),
    ("indicator_codes", "targets", "it counts every figure that has an indicator (a partial index holds only those)"),
    ("resolutions", "resolution_mentions", "it ranks every document by all its mentions"),
    ("official", "officials", "a name matched by any of its words has no index; officials are one row per person"),
    ("officials", "officials", "without a province, every official"),
    ("roles", "official_roles", "without a role, every post held"),
    ("chairs", "meetings", "without a province, every meeting"),
    ("indicators", "targets", "without an indicator, every figure that has one (a partial index holds only those)"),
];

/// Table names by the aliases the SQL gives them (`FROM targets t`, `JOIN articles a`).
fn aliases(sql: &str) -> HashMap<String, String> {
    let re = regex::Regex::new(r"(?i)\b(?:FROM|JOIN)\s+([a-z_]+)(?:\s+(?:AS\s+)?([a-z_]+))?").unwrap();
    let mut map = HashMap::new();
    for c in re.captures_iter(sql) {
        let table = c[1].to_string();
        map.insert(table.clone(), table.clone());
        if let Some(alias) = c.get(2) {
            let alias = alias.as_str().to_string();
            if !["ON", "WHERE", "JOIN", "GROUP", "ORDER", "CROSS", "LEFT", "USING"].contains(&alias.to_uppercase().as_str()) {
                map.insert(alias, table);
            }
        }
    }
    map
}

fn plan(db: &Path, sql: &str, params: &[(&str, &str)]) -> Vec<String> {
    let mut args: Vec<String> = vec!["query".into(), format!("EXPLAIN QUERY PLAN {sql}"), "--format".into(), "json".into()];
    for (k, v) in params {
        args.push("--param".into());
        args.push(format!("{k}={v}"));
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    json(&ok(kb(db, &args))).iter().map(|r| r["detail"].as_str().unwrap().to_string()).collect()
}

#[test]
fn every_canned_report_uses_an_index_where_its_parameters_allow_one() {
    let (_dir, db) = loaded_db();
    let list = ok(kb(&db, &["report"]));
    let names: Vec<&str> = list.lines().skip(1).filter(|l| !l.trim_start().starts_with("--param")).filter_map(|l| l.split_whitespace().next()).collect();
    assert!(names.len() >= 11, "{list}");
    let mut failures = Vec::new();
    for name in names {
        let help = ok(kb(&db, &["report", name, "--help"]));
        let sql = help.split_once("an absent one is NULL):\n\n").expect("the help shows the SQL").1.trim().to_string();
        let tables = aliases(&sql);
        let declared: Vec<String> = help
            .lines()
            .skip_while(|l| !l.starts_with("Parameters"))
            .skip(1)
            .take_while(|l| l.starts_with("  "))
            .filter_map(|l| l.split_whitespace().next().map(String::from))
            .collect();
        let value = |p: &str| match p {
            "since" => "2020-01-01",
            "until" => "2025-12-31",
            "year" => "2023",
            "indicator" => "grdp_growth",
            "role" => "party_secretary",
            "issuer" => "TW",
            "name" => "thang",
            _ => "hai duong",
        };
        // Each parameter alone, and none (a required one always given).
        let mut cases: Vec<Vec<(&str, &str)>> = vec![vec![]];
        for p in &declared {
            cases.push(vec![(p.as_str(), value(p))]);
        }
        for case in cases {
            let mut params = case.clone();
            if name == "official" && !params.iter().any(|(k, _)| *k == "name") {
                params.push(("name", "thang"));
            }
            for line in plan(&db, &sql, &params) {
                let Some(rest) = line.strip_prefix("SCAN ") else { continue };
                let alias = rest.split_whitespace().next().unwrap_or("");
                let table = tables.get(alias).map(String::as_str).unwrap_or(alias);
                if !FACT_TABLES.contains(&table) {
                    continue;
                }
                let allowed = WHOLE_TABLE_REPORTS.iter().any(|(r, t, _)| *r == name && (*t == "*" || *t == table));
                // A report that filters on a parameter whose column an index holds must not read everything.
                let filtered = !case.is_empty();
                if !allowed || (filtered && name != "summary" && !allowed_with_filter(name, table, &case)) {
                    failures.push(format!("report {name} with {case:?}: {line}"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "full scans where an index should serve:\n{}", failures.join("\n"));
}

/// A full scan that stays right with this filter given (the filter has no index: a date
/// range over every meeting of every province, a province of an official's post...).
fn allowed_with_filter(report: &str, table: &str, case: &[(&str, &str)]) -> bool {
    let given: Vec<&str> = case.iter().map(|(k, _)| *k).collect();
    match (report, table) {
        ("official", "officials") | ("indicator_codes", _) | ("resolutions", _) => true,
        ("chairs", "meetings") | ("officials", "officials") => given.iter().all(|p| ["since", "until"].contains(p)),
        ("roles", "official_roles") => given == ["province"],
        ("indicators", "targets") => given.iter().all(|p| ["year", "province"].contains(p)),
        _ => false,
    }
}

/// FTS5's plan of search.sql: `INDEX n:s`, n its flags (32: it sorts by rank itself, 64
/// and 128: by rowid, descending), s its constraints (`M` MATCH, `=` rowid equal to, `<`
/// `>` rowid bounds).
fn fts5_plan(lines: &[String]) -> (u32, String) {
    let line = lines.iter().find(|l| l.starts_with("SCAN article_search VIRTUAL TABLE INDEX ")).unwrap_or_else(|| panic!("{lines:?}"));
    let (flags, constraints) = line["SCAN article_search VIRTUAL TABLE INDEX ".len()..].split_once(':').unwrap();
    (flags.parse().unwrap(), constraints.to_string())
}

#[test]
fn search_filters_then_ranks_then_reads_only_the_hits_kept() {
    let (_dir, db) = loaded_db();
    let sql = include_str!("../src/cmd/search.sql");
    let base = [("query", "chuyen doi so"), ("limit", "20"), ("floor", "0"), ("ceiling", "100")];
    for (filters, index) in [
        (vec![], None),
        (vec![("province", "hai duong")], Some("SEARCH articles USING COVERING INDEX articles_province (province_ascii=?)")),
        (vec![("province", "hai duong"), ("since", "2023-01-01")], Some("SEARCH articles USING COVERING INDEX articles_province (province_ascii=?)")),
        (
            vec![("since", "2023-01-01"), ("until", "2023-12-31")],
            Some("SEARCH articles USING COVERING INDEX articles_published (published_date>? AND published_date<?)"),
        ),
        (vec![("until", "2023-12-31")], Some("SEARCH articles USING COVERING INDEX articles_published (published_date>? AND published_date<?)")),
    ] {
        let params: Vec<(&str, &str)> = base.iter().copied().chain(filters.iter().copied()).collect();
        let lines = plan(&db, sql, &params);
        let (flags, constraints) = fts5_plan(&lines);
        // Not FTS5's own ORDER BY rank (bm25 for every hit before any filter); no rowid
        // equality (the whole query once per article of a filter: 114 s on 100,000
        // articles); the window's bounds on the rowid handed to FTS5.
        assert_eq!(flags & 32, 0, "{lines:?}");
        assert!(constraints.starts_with('M') && constraints.contains('>') && constraints.contains('<') && !constraints.contains('='), "{lines:?}");
        // A filter's articles come from an index, once (a list, not a join per hit).
        if let Some(index) = index {
            assert!(lines.iter().any(|l| l == index), "{filters:?}: {lines:?}");
            assert!(lines.iter().any(|l| l.starts_with("LIST SUBQUERY")), "{lines:?}");
        }
        // The articles are read only for the hits kept, by their id.
        assert!(lines.iter().any(|l| l == "SEARCH a USING INTEGER PRIMARY KEY (rowid=?)"), "{lines:?}");
        assert!(!lines.iter().any(|l| l.starts_with("SCAN articles") || l.starts_with("SCAN a ")), "{lines:?}");
    }
}

/// Runs SQL in the sqlite3 shell with named parameters bound as it binds them
/// (`.param set`), and returns its rows as JSON.
fn sqlite3_shell(db: &Path, sql: &str, params: &[(&str, &str)]) -> Vec<serde_json::Value> {
    let mut script = String::from(".mode json\n");
    for (k, v) in params {
        script.push_str(&format!(".param set :{k} '{}'\n", v.replace('\'', "''")));
    }
    script.push_str(sql.trim().trim_end_matches(';'));
    script.push_str(";\n");
    let mut child = Command::new("sqlite3")
        .arg("-readonly")
        .arg(db)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the sqlite3 shell is needed (Debian package sqlite3)");
    use std::io::Write;
    child.stdin.take().unwrap().write_all(script.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success() && out.stderr.is_empty(), "sqlite3: {}\n{sql}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    if text.trim().is_empty() {
        Vec::new()
    } else {
        json(&text)
    }
}

#[test]
fn the_canned_reports_run_as_they_are_in_the_sqlite3_shell() {
    let (_dir, db) = loaded_db();
    // Each report's SQL, with a parameter bound as a match key, gives the rows kb gives.
    for (report, params) in [
        ("chairs", vec![("province", "hai duong")]),
        ("targets", vec![("province", "thai nguyen")]),
        ("targets", vec![("metric", "grdp")]),
        ("official", vec![("name", "duc thang")]),
        ("roles", vec![("role", "party_secretary")]),
        ("meetings", vec![]),
        ("indicators", vec![("indicator", "grdp_growth")]),
    ] {
        let help = ok(kb(&db, &["report", report, "--help"]));
        let sql = help.split_once("an absent one is NULL):\n\n").unwrap().1;
        assert!(!sql.contains("kb_key"), "{report} calls kb_key()");
        let shell = sqlite3_shell(&db, sql, &params);
        let mut args = vec!["report".to_string(), report.to_string(), "--format".into(), "json".into()];
        for (k, v) in &params {
            args.push("--param".into());
            args.push(format!("{k}={v}"));
        }
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let from_kb = json(&ok(kb(&db, &args)));
        assert!(!from_kb.is_empty(), "{report} {params:?} has no rows on the sample");
        assert_eq!(shell, from_kb, "{report} {params:?}");
    }
    // kb folds what it binds: the same rows for the name as written.
    let written = json(&ok(kb(&db, &["report", "chairs", "--param", "province=Hải Dương", "--format", "json"])));
    assert_eq!(written, sqlite3_shell(&db, &chairs_sql(&db), &[("province", "hai duong")]));
}

fn chairs_sql(db: &Path) -> String {
    ok(kb(db, &["report", "chairs", "--help"])).split_once("an absent one is NULL):\n\n").unwrap().1.to_string()
}

#[test]
fn the_targets_report_comes_in_its_index_order_with_or_without_a_metric() {
    let (_dir, db) = loaded_db();
    // The targets report in province, year and metric order, as its index gives them.
    let rows = json(&ok(kb(&db, &["report", "targets", "--format", "json"])));
    let keys: Vec<(String, i64, String)> = rows
        .iter()
        .map(|r| {
            let key = |v: &serde_json::Value| ok_key(v.as_str().unwrap_or(""));
            (key(&r["province"]), r["year"].as_i64().unwrap_or(i64::MIN), key(&r["metric"]))
        })
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
    // The same rows with a metric given come the other way, in the same order.
    let grdp = json(&ok(kb(&db, &["report", "targets", "--param", "metric=GRDP", "--format", "json"])));
    let filtered: Vec<&serde_json::Value> = rows.iter().filter(|r| ok_key(r["metric"].as_str().unwrap()).contains("grdp")).collect();
    assert!(!grdp.is_empty());
    assert_eq!(grdp.iter().collect::<Vec<_>>(), filtered);
}

/// kb_key() of a value, as the `*_ascii` columns hold it.
fn ok_key(s: &str) -> String {
    kb::text::search_key(s)
}

/// A query with no end: its rows can only be printed as they come.
const ENDLESS: &str = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT i, 'x' AS t FROM n";

#[test]
fn every_format_prints_rows_as_they_come_and_a_display_stops_at_its_cap() {
    use std::io::{BufRead, BufReader};
    let (_dir, db) = loaded_db();
    for format in ["csv", "tsv", "json", "jsonl", "markdown", "records", "table"] {
        // The reader takes a few lines and goes away: kb, still printing, ends.
        let mut child = Command::new(env!("CARGO_BIN_EXE_kb"))
            .arg("--db")
            .arg(&db)
            .args(["query", ENDLESS, "--format", format])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let first: Vec<String> = lines.by_ref().take(3).map(Result::unwrap).collect();
        assert_eq!(first.len(), 3, "{format}: {first:?}");
        drop(lines);
        let started = std::time::Instant::now();
        let status = loop {
            if let Some(status) = child.try_wait().unwrap() {
                break status;
            }
            if started.elapsed() > std::time::Duration::from_secs(20) {
                child.kill().unwrap();
                panic!("{format}: kb kept reading an endless query");
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        };
        // A closed pipe is a normal end for kb (as for `head`).
        assert!(status.success() || status.code().is_none(), "{format}: {status}");
    }
    // A display shows its screenful, counts a little further, and says how to get the rest.
    for format in ["table", "records"] {
        let out = kb(&db, &["query", ENDLESS, "--format", format]);
        let stderr = String::from_utf8_lossy(&out.stderr).to_string();
        let stdout = ok(out);
        assert!(stdout.contains("50"), "{format}: {stdout}");
        assert!(!stdout.contains("51"), "{format} shows more than its cap");
        assert!(stderr.contains("the first 50 of more than 1,000 rows") && stderr.contains("--limit N") && stderr.contains("--format csv"), "{stderr}");
    }
}

//! `cargo bench --bench reports`: every canned report and `kb search` on a large
//! database, as an analyst runs them (a `kb` process each time, its output to
//! /dev/null). Prints, for each, the median wall time (and CPU time) of the default
//! table output and the median wall time of CSV (every row), the peak memory of the worst of the seven formats, and the database's
//! size against its text's; then the targets: < 100 ms median, < 100 MiB peak,
//! database ≤ 2.5× its text.
//!
//! The database: `../shared/corpus/news-unc` and the dev set loaded by `kb load`, then
//! copied in SQL until it holds `KB_BENCH_ARTICLES` articles (default 100,000), each
//! copy made unique (its text, hash and path marked with the copy's number, its facts
//! pointing at it, the officials and documents shared, as a decade of reports about the
//! same people shares them) and the full-text index rebuilt. A copy is what `kb load`
//! of the marked files would store (extraction is per article), in minutes instead of
//! the ~20 minutes of extracting 100,000 articles again. The database is kept under
//! `target/bench-reports/` and reused; `KB_BENCH_REBUILD=1` builds it again.
//! `KB_BENCH_ROUNDS` (default 5) sets the runs per median.

mod common;
use common::{measure, median, remove_db, Run};

use rusqlite::Connection;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

fn kb(db: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_kb"));
    c.arg("--db").arg(db);
    c
}

/// The tables whose rows belong to one article, copied with it.
const PER_ARTICLE: [&str; 6] = ["article_sources", "meetings", "official_roles", "meeting_participants", "resolution_mentions", "targets"];

/// Copies the loaded articles (and their facts) until the database holds `want`.
fn replicate(db: &Path, want: usize) {
    let mut conn = Connection::open(db).unwrap();
    let base: i64 = conn.query_row("SELECT count(*) FROM articles", [], |r| r.get(0)).unwrap();
    let (amax, mmax): (i64, i64) =
        conn.query_row("SELECT (SELECT max(id) FROM articles), (SELECT ifnull(max(id), 0) FROM meetings)", [], |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
    let copies = (want as i64 + base - 1) / base;
    let columns = |conn: &Connection, table: &str| -> Vec<String> {
        conn.prepare("SELECT name FROM pragma_table_info(?1)").unwrap().query_map([table], |r| r.get(0)).unwrap().map(Result::unwrap).collect()
    };
    // Each column as a copy writes it: ids and references moved by the copy's offset.
    let copied = |table: &str, column: &str| -> String {
        match (table, column) {
            ("articles", "id") | ("article_sources", "article_id") | (_, "article_id") => format!("{column} + :k * {amax}"),
            ("meetings", "id") | (_, "meeting_id") => format!("{column} + :k * {mmax}"),
            ("articles", "original_text") => format!("{column} || char(10) || char(10) || '(Bản ' || :k || ')'"),
            ("articles", "content_hash") => format!("{column} || '-' || :k"),
            ("articles", "source_path") | ("article_sources", "source_path") => format!("'copy' || :k || '/' || {column}"),
            _ => column.to_string(),
        }
    };
    let tx = conn.transaction().unwrap();
    let started = Instant::now();
    for k in 1..copies {
        let last = k == copies - 1;
        for table in std::iter::once("articles").chain(PER_ARTICLE) {
            let cols: Vec<String> = columns(&tx, table).into_iter().filter(|c| c != "id" || table == "articles" || table == "meetings").collect();
            let mut sql = format!(
                "INSERT INTO {table} ({}) SELECT {} FROM {table} WHERE {} <= {}",
                cols.join(", "),
                cols.iter().map(|c| copied(table, c)).collect::<Vec<_>>().join(", "),
                if table == "articles" { "id" } else { "article_id" },
                amax
            );
            // The last copy stops at the number wanted.
            if last {
                sql.push_str(&format!(" AND {} <= {}", if table == "articles" { "id" } else { "article_id" }, want as i64 - k * base));
            }
            tx.execute(&sql, rusqlite::named_params! { ":k": k }).unwrap_or_else(|e| panic!("{e}: {sql}"));
        }
        eprint!("\r  copy {k}/{} ({:.0} s)", copies - 1, started.elapsed().as_secs_f64());
    }
    eprintln!();
    tx.execute("INSERT INTO article_search (article_search) VALUES ('rebuild')", []).unwrap();
    tx.commit().unwrap();
    conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE); VACUUM;").unwrap();
}

/// The benchmark's database with `want` articles, built once and kept.
fn database(root: &Path, want: usize) -> PathBuf {
    let dir = root.join("target/bench-reports");
    std::fs::create_dir_all(&dir).unwrap();
    let db = dir.join(format!("kb-{want}.db"));
    if db.exists() && std::env::var_os("KB_BENCH_REBUILD").is_none() {
        println!("reusing {} (KB_BENCH_REBUILD=1 builds it again)", db.display());
        return db;
    }
    remove_db(&db);
    let started = Instant::now();
    let loaded = measure(kb(&db).arg("load").arg(root.join("../shared/corpus/news-unc")).arg(root.join("../shared/eval/dev")));
    println!("built {}: the corpus and dev set loaded by kb in {:.0} s,", db.display(), loaded.wall);
    replicate(&db, want);
    println!("  then copied to {want} articles and indexed in {:.0} s", started.elapsed().as_secs_f64() - loaded.wall);
    db
}

const FORMATS: [&str; 7] = ["table", "records", "csv", "tsv", "json", "jsonl", "markdown"];

/// One command measured: median wall and CPU time in the table format, median wall
/// time in CSV (every row), and the peak memory of its worst format.
struct Figures {
    table_ms: f64,
    table_cpu_ms: f64,
    csv_ms: f64,
    peak_mib: f64,
}

fn bench(db: &Path, args: &[String], rounds: usize) -> Figures {
    let run = |format: &str| measure(kb(db).args(args).args(["--format", format]));
    let table: Vec<Run> = (0..rounds).map(|_| run("table")).collect();
    let csv_ms = median((0..rounds).map(|_| run("csv").wall * 1e3).collect());
    let peak_mib = FORMATS.iter().map(|f| run(f).peak_mib).fold(0.0, f64::max);
    Figures {
        table_ms: median(table.iter().map(|r| r.wall * 1e3).collect()),
        table_cpu_ms: median(table.iter().map(|r| r.cpu * 1e3).collect()),
        csv_ms,
        peak_mib,
    }
}

/// A value for a report parameter that exists in the database.
fn sample_value(conn: &Connection, name: &str) -> String {
    let one = |sql: &str| -> String { conn.query_row(sql, [], |r| r.get(0)).unwrap() };
    match name {
        "province" => one("SELECT province FROM articles WHERE province IS NOT NULL GROUP BY province_ascii ORDER BY count(*) DESC LIMIT 1"),
        "since" => "2023-01-01".into(),
        "until" => "2024-12-31".into(),
        "year" => one("SELECT CAST(year AS TEXT) FROM targets WHERE year IS NOT NULL GROUP BY year ORDER BY count(*) DESC LIMIT 1"),
        "indicator" => one("SELECT indicator FROM targets WHERE indicator IS NOT NULL GROUP BY indicator ORDER BY count(*) DESC LIMIT 1"),
        "metric" => "GRDP".into(),
        "role" => "party_secretary".into(),
        "issuer" => "TW".into(),
        // Part of the name of the official with the most posts seen: the given name and the one before.
        "name" => {
            let full = one("SELECT o.name FROM officials o JOIN official_roles r ON r.official_id = o.id GROUP BY o.id ORDER BY count(*) DESC LIMIT 1");
            let words: Vec<&str> = full.split_whitespace().collect();
            words[words.len().saturating_sub(2)..].join(" ")
        }
        other => panic!("no sample value for the parameter {other}"),
    }
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    if !root.join("../shared/corpus/news-unc").is_dir() || !root.join("../shared/eval/dev").is_dir() {
        println!("skipped: ../shared/corpus/news-unc or ../shared/eval/dev is not there");
        return;
    }
    let want: usize = std::env::var("KB_BENCH_ARTICLES").ok().and_then(|v| v.parse().ok()).unwrap_or(100_000);
    let rounds: usize = std::env::var("KB_BENCH_ROUNDS").ok().and_then(|v| v.parse().ok()).unwrap_or(5);
    let db = database(root, want);
    let conn = Connection::open_with_flags(&db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    let (articles, text): (i64, i64) =
        conn.query_row("SELECT count(*), sum(length(CAST(original_text AS BLOB))) FROM articles", [], |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
    let size = std::fs::metadata(&db).unwrap().len() as f64;
    let mib = |b: f64| b / (1024.0 * 1024.0);
    println!("{articles} articles, {:.0} MiB of text; database {:.0} MiB = {:.2}× its text (target ≤ 2.5×)", mib(text as f64), mib(size), size / text as f64);
    println!("{rounds} runs per median; peak memory is the worst of the formats {}", FORMATS.join(", "));
    println!("{:<58} {:>9} {:>9} {:>9} {:>9}", "command", "table ms", "cpu ms", "csv ms", "peak MiB");
    let mut cases: Vec<Vec<String>> = Vec::new();
    for report in kb::reports::all() {
        let required: Vec<String> =
            report.params.iter().filter(|p| p.required).flat_map(|p| ["--param".to_string(), format!("{}={}", p.name, sample_value(&conn, &p.name))]).collect();
        let base: Vec<String> = ["report".to_string(), report.name.clone()].into_iter().chain(required).collect();
        cases.push(base.clone());
        for p in report.params.iter().filter(|p| !p.required) {
            let mut with = base.clone();
            with.extend(["--param".to_string(), format!("{}={}", p.name, sample_value(&conn, &p.name))]);
            cases.push(with);
        }
    }
    let province = sample_value(&conn, "province");
    // Words in 44%, 77% and 98% of the articles, a rare one, a phrase, an expression,
    // and each filter.
    for search in [
        vec!["chuyển đổi số"],
        vec!["tinh"],
        vec!["và"],
        vec!["lũ lụt"],
        vec!["\"Ban Chấp hành Đảng bộ\""],
        vec!["\"nghi quyet\" AND kinh te"],
        vec!["chuyen doi so", "--province", &province],
        vec!["tinh", "--since", "2024-01-01", "--until", "2024-12-31"],
        vec!["tinh", "--since", "2023-01-01"],
        vec!["chuyen doi so", "--until", "2022-12-31"],
        vec!["và", "--province", &province, "--since", "2023-01-01"],
    ] {
        cases.push(std::iter::once("search").chain(search).map(String::from).collect());
    }
    let (mut slowest, mut heaviest) = (0.0f64, 0.0f64);
    for case in &cases {
        let f = bench(&db, case, rounds);
        slowest = slowest.max(f.table_ms);
        heaviest = heaviest.max(f.peak_mib);
        let shown = case.iter().map(|a| if a.contains(' ') { format!("'{a}'") } else { a.clone() }).collect::<Vec<_>>().join(" ");
        println!("{:<58} {:>9.1} {:>9.1} {:>9.1} {:>9.1}", kb::text::clip(&shown, 58), f.table_ms, f.table_cpu_ms, f.csv_ms, f.peak_mib);
    }
    println!("slowest median (table): {slowest:.1} ms (target < 100 ms); highest peak: {heaviest:.1} MiB (target < 100 MiB)");
}

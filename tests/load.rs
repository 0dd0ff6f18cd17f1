//! `kb load` on the inputs and faults a real user meets: path spellings, symbolic link
//! loops, FIFOs and devices, blank files, empty folders, crawler records, rules that
//! changed, damaged databases, bad files with and without --skip-bad, and a kill in the
//! middle of a load. Every bad input is made here, on the fly.

mod util;

use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use util::{kb, kb_in, kb_within, read_only, samples, scalar, stderr, succeeded};

const TABLES: [&str; 9] =
    ["articles", "article_sources", "meetings", "officials", "official_roles", "meeting_participants", "resolutions", "resolution_mentions", "targets"];

fn counts(db: &Path) -> Vec<i64> {
    TABLES.iter().map(|t| scalar(db, &format!("SELECT COUNT(*) FROM {t}"))).collect()
}

/// A copy of the sample articles in `dir/name`.
fn copy_samples(dir: &Path, name: &str) -> PathBuf {
    let to = dir.join(name);
    std::fs::create_dir_all(&to).unwrap();
    for entry in std::fs::read_dir(samples()).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, to.join(path.file_name().unwrap())).unwrap();
    }
    to
}

fn mkfifo(path: &Path) {
    let c = std::ffi::CString::new(path.as_os_str().as_bytes()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0, "mkfifo {}", path.display());
}

#[test]
fn three_path_spellings_and_a_symlink_loop_give_one_article_each() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = copy_samples(dir.path(), "corpus");
    std::os::unix::fs::symlink(".", corpus.join("loop")).unwrap();
    std::os::unix::fs::symlink("corpus", dir.path().join("alias")).unwrap();
    let db = dir.path().join("kb.db");
    let absolute = std::fs::canonicalize(&corpus).unwrap();
    for spelling in [std::ffi::OsStr::new("corpus"), std::ffi::OsStr::new("./corpus/"), absolute.as_os_str(), std::ffi::OsStr::new("alias/../corpus/loop/loop")]
    {
        let out = succeeded(kb_in(dir.path(), &db, &[std::ffi::OsStr::new("load"), spelling]));
        assert_eq!(scalar(&db, "SELECT COUNT(*) FROM articles"), 5, "{spelling:?}: {}", stderr(&out));
        assert_eq!(scalar(&db, "SELECT COUNT(*) FROM article_sources"), 5, "{spelling:?}");
        assert_eq!(scalar(&db, "SELECT COUNT(*) FROM meetings"), 5, "{spelling:?}");
    }
    // Through the link alias: the same files, so the same articles.
    let out = succeeded(kb_in(dir.path(), &db, &[std::ffi::OsStr::new("load"), std::ffi::OsStr::new("alias")]));
    assert!(stderr(&out).contains("5 unchanged"), "{}", stderr(&out));
    // Stored under the canonical path.
    let first: String = read_only(&db).query_row("SELECT source_path FROM articles ORDER BY id LIMIT 1", [], |r| r.get(0)).unwrap();
    assert!(first.starts_with(absolute.to_str().unwrap()), "{first}");
    // The loop was noted, not followed.
    let out = succeeded(kb_in(dir.path(), &db, &[std::ffi::OsStr::new("load"), std::ffi::OsStr::new("corpus")]));
    assert!(stderr(&out).contains("loop: skipped, a directory already read"), "{}", stderr(&out));
}

#[test]
fn two_file_names_that_are_not_utf8_are_two_articles() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    let a = corpus.join(std::ffi::OsStr::from_bytes(b"b\xe1o.txt"));
    let b = corpus.join(std::ffi::OsStr::from_bytes(b"b\xe2o.txt"));
    std::fs::copy(samples().join("000_5346601023e97444.txt"), &a).unwrap();
    std::fs::copy(samples().join("001_ddae4a6f06f62652.txt"), &b).unwrap();
    let db = dir.path().join("kb.db");
    succeeded(kb(&db, &["load", corpus.to_str().unwrap()]));
    assert_eq!(scalar(&db, "SELECT COUNT(*) FROM articles"), 2);
    assert_eq!(scalar(&db, "SELECT COUNT(DISTINCT source_path) FROM article_sources"), 2);
    // Changing one replaces that one only.
    std::fs::write(&a, "Sáng 5/7, Ban Thường vụ Tỉnh ủy Hải Dương họp.").unwrap();
    let out = succeeded(kb(&db, &["load", corpus.to_str().unwrap()]));
    assert!(stderr(&out).contains("1 unchanged, 1 replaced"), "{}", stderr(&out));
    assert_eq!(scalar(&db, "SELECT COUNT(*) FROM articles"), 2);
}

#[test]
fn the_same_content_at_a_second_path_is_one_article_with_both_paths() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kb.db");
    let one = dir.path().join("one.txt");
    let two = dir.path().join("two.TXT");
    std::fs::copy(samples().join("002_4ad1275453d46137.txt"), &one).unwrap();
    std::fs::copy(samples().join("002_4ad1275453d46137.txt"), &two).unwrap();
    let out = succeeded(kb(&db, &["load", dir.path().to_str().unwrap()]));
    assert!(stderr(&out).contains("1 added") && stderr(&out).contains("1 already there under another path"), "{}", stderr(&out));
    assert_eq!(scalar(&db, "SELECT COUNT(*) FROM articles"), 1);
    assert_eq!(scalar(&db, "SELECT COUNT(*) FROM article_sources"), 2);
    let meetings = scalar(&db, "SELECT COUNT(*) FROM meetings");
    // The first path now holds something else: the article stays, under the other path.
    std::fs::write(&one, "Sáng 5/7, Ban Thường vụ Tỉnh ủy Hải Dương họp.").unwrap();
    succeeded(kb(&db, &["load", one.to_str().unwrap()]));
    assert_eq!(scalar(&db, "SELECT COUNT(*) FROM articles"), 2);
    let kept: String = read_only(&db)
        .query_row("SELECT a.source_path FROM articles a JOIN article_sources s ON s.article_id = a.id WHERE s.source_path LIKE '%two.TXT'", [], |r| r.get(0))
        .unwrap();
    assert!(kept.ends_with("two.TXT"), "{kept}");
    assert!(scalar(&db, "SELECT COUNT(*) FROM meetings") >= meetings);
}

#[test]
fn a_changed_rule_version_re_extracts_every_stale_article_on_the_next_load() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kb.db");
    succeeded(kb(&db, &["load", samples().to_str().unwrap()]));
    let fresh = counts(&db);
    let rules: String = read_only(&db).query_row("SELECT extractor_version FROM articles LIMIT 1", [], |r| r.get(0)).unwrap();
    assert!(rules.contains("+"), "the rules identity has the data fingerprint: {rules}");
    {
        // As if an older kb had loaded them, and its rules found fewer figures.
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.execute_batch("UPDATE articles SET extractor_version = 'kb-0.0.1-rules-0'; DELETE FROM targets;").unwrap();
    }
    let out = succeeded(kb(&db, &["report", "summary", "--format", "csv"]));
    assert!(String::from_utf8_lossy(&out.stdout).contains("articles from rules kb-0.0.1-rules-0,5"), "{}", String::from_utf8_lossy(&out.stdout));
    // Loading one file re-extracts all five, from the stored texts.
    let out = succeeded(kb(&db, &["load", samples().join("003_b545aca31804ec47.txt").to_str().unwrap()]));
    assert!(stderr(&out).contains("5 re-extracted under the current rules"), "{}", stderr(&out));
    assert_eq!(counts(&db), fresh);
    assert_eq!(scalar(&db, &format!("SELECT COUNT(*) FROM articles WHERE extractor_version = '{rules}'")), 5);
    let out = succeeded(kb(&db, &["report", "summary", "--format", "csv"]));
    assert!(String::from_utf8_lossy(&out.stdout).contains(&format!("articles from rules {rules},5")));
    // And then nothing is stale.
    let out = succeeded(kb(&db, &["load", samples().to_str().unwrap()]));
    assert!(stderr(&out).contains("5 unchanged") && !stderr(&out).contains("re-extracted"), "{}", stderr(&out));
}

#[test]
fn a_json_lines_file_loads_with_its_url_title_date_and_site_kept() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kb.db");
    let feed = dir.path().join("feed.jsonl");
    // The text never names its province; the address does (baoninhbinh.org.vn).
    let records = [
        serde_json::json!({
            "url": "https://baoninhbinh.org.vn/hoi-nghi-ban-chap-hanh.html",
            "title": "Hội nghị lần thứ 20 Ban Chấp hành Đảng bộ tỉnh",
            "date": "2024-07-05T08:00:00+07:00",
            "text": "Hội nghị lần thứ 20 Ban Chấp hành Đảng bộ tỉnh khóa XXII\n\nSáng 5/7, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 20 để xem xét các nội dung quan trọng."
        }),
        serde_json::json!({
            "maintext": "Chiều 18/10, Ban Thường vụ Tỉnh ủy Hải Dương họp cho ý kiến về công tác cán bộ.",
            "date_publish": "18/10/2025",
            "source_domain": "baohaiduong.vn"
        }),
    ];
    std::fs::write(&feed, format!("{}\n\n{}\n", records[0], records[1])).unwrap();
    succeeded(kb(&db, &["load", feed.to_str().unwrap()]));
    let canonical = std::fs::canonicalize(&feed).unwrap();
    let row = |sql: &str| -> Vec<Option<String>> {
        let conn = read_only(&db);
        let mut stmt = conn.prepare(sql).unwrap();
        let n = stmt.column_count();
        stmt.query_row([], |r| (0..n).map(|i| r.get(i)).collect()).unwrap()
    };
    let first = row("SELECT source_path, url, page_title, page_date, page_site FROM articles ORDER BY id LIMIT 1");
    assert_eq!(first[0].as_deref(), Some(format!("{}:1", canonical.display()).as_str()));
    assert_eq!(first[1].as_deref(), Some("https://baoninhbinh.org.vn/hoi-nghi-ban-chap-hanh.html"));
    assert_eq!(first[2].as_deref(), Some("Hội nghị lần thứ 20 Ban Chấp hành Đảng bộ tỉnh"));
    assert_eq!(first[3].as_deref(), Some("2024-07-05"));
    assert_eq!(first[4].as_deref(), Some("baoninhbinh.org.vn"));
    let second = row("SELECT source_path, page_date, page_site FROM articles ORDER BY id LIMIT 1 OFFSET 1");
    assert_eq!(second[0].as_deref(), Some(format!("{}:3", canonical.display()).as_str()));
    assert_eq!(second[1].as_deref(), Some("2025-10-18"));
    assert_eq!(second[2].as_deref(), Some("baohaiduong.vn"));
    let province = || row("SELECT m.province, m.meeting_date FROM meetings m JOIN articles a ON a.id = m.article_id WHERE a.url LIKE '%baoninhbinh%'");
    assert_eq!(province(), [Some("Ninh Bình".to_string()), Some("2024-07-05".to_string())]);
    // Extracted again under other rules, the stored page is evidence as before.
    rusqlite::Connection::open(&db).unwrap().execute_batch("UPDATE articles SET extractor_version = 'old'; DELETE FROM meetings;").unwrap();
    let out = succeeded(kb(&db, &["load", samples().join("000_5346601023e97444.txt").to_str().unwrap()]));
    assert!(stderr(&out).contains("2 re-extracted"), "{}", stderr(&out));
    assert_eq!(province(), [Some("Ninh Bình".to_string()), Some("2024-07-05".to_string())]);
    // Unchanged records cost nothing the second time.
    let out = succeeded(kb(&db, &["load", feed.to_str().unwrap()]));
    assert!(stderr(&out).contains("2 unchanged"), "{}", stderr(&out));
}

#[test]
fn a_fifo_named_txt_and_dev_zero_behind_a_symlink_are_never_read() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    std::fs::copy(samples().join("000_5346601023e97444.txt"), corpus.join("good.txt")).unwrap();
    mkfifo(&corpus.join("pipe.txt"));
    std::os::unix::fs::symlink("/dev/zero", corpus.join("zero.txt")).unwrap();
    std::os::unix::fs::symlink("b.txt", corpus.join("a.txt")).unwrap();
    std::os::unix::fs::symlink("a.txt", corpus.join("b.txt")).unwrap();
    let db = dir.path().join("kb.db");
    let out = kb_within(Duration::from_secs(60), &db, &["load".as_ref(), corpus.as_os_str()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    for note in
        ["pipe.txt: skipped, not a regular file (a FIFO)", "zero.txt: skipped, not a regular file (a character device)", "a.txt: skipped, a symbolic link loop"]
    {
        assert!(err.contains(note), "{note} not in {err}");
    }
    assert_eq!(scalar(&db, "SELECT COUNT(*) FROM articles"), 1);
    // Named outright they are bad input: refused at once, nothing written.
    let before = counts(&db);
    for name in ["pipe.txt", "zero.txt"] {
        let out = kb_within(Duration::from_secs(60), &db, &["load".as_ref(), corpus.join(name).as_os_str()]);
        assert_eq!(out.status.code(), Some(1), "{name}");
        assert!(stderr(&out).contains("not a regular file"), "{name}: {}", stderr(&out));
        assert_eq!(counts(&db), before);
    }
    let out = kb_within(Duration::from_secs(60), &db, &["load".as_ref(), corpus.join("a.txt").as_os_str()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("symbolic link loop"), "{}", stderr(&out));
}

#[test]
fn blank_files_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kb.db");
    succeeded(kb(&db, &["load", samples().to_str().unwrap()]));
    let before = counts(&db);
    let blanks: [(&str, &str); 4] =
        [("bom.txt", "\u{feff}"), ("bom-lines.txt", "\u{feff}\r\n\r\n"), ("nbsp.txt", "\u{a0} \u{a0}\n"), ("wide.txt", "\u{3000}\u{200b}\u{200b}\u{3000}\n")];
    for (name, text) in blanks {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        let out = kb(&db, &["load", path.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(1), "{name}");
        assert!(stderr(&out).contains(name) && stderr(&out).contains("empty"), "{name}: {}", stderr(&out));
        assert_eq!(counts(&db), before, "{name}");
        std::fs::remove_file(&path).unwrap();
    }
}

#[test]
fn a_folder_with_no_articles_is_an_error_and_creates_no_database() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty");
    std::fs::create_dir_all(empty.join("sub")).unwrap();
    std::fs::write(empty.join("sub/notes.md"), "not an article").unwrap();
    let db = dir.path().join("kb.db");
    let out = kb(&db, &["load", empty.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("no article files"), "{}", stderr(&out));
    assert!(!db.exists());
    // A new database whose load fails is not left behind either.
    let bad = empty.join("latin1.txt");
    std::fs::write(&bad, b"Ban Th\xeang v\xfb").unwrap();
    let out = kb(&db, &["load", empty.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("not UTF-8"), "{}", stderr(&out));
    let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(left, [std::ffi::OsString::from("empty")], "left behind: {left:?}");
}

/// The database's main file and what its tables hold, to compare before and after.
fn snapshot(db: &Path) -> (Vec<u8>, Vec<String>) {
    let conn = read_only(db);
    let schema: Vec<String> = conn
        .prepare("SELECT type || ' ' || name || ' ' || ifnull(sql, '') FROM sqlite_schema ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    drop(conn);
    (std::fs::read(db).unwrap(), schema)
}

#[test]
fn a_load_on_a_damaged_schema_fails_clearly_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.db");
    succeeded(kb(&good, &["load", samples().join("000_5346601023e97444.txt").to_str().unwrap()]));
    let damages = [
        ("DROP TABLE targets", "table targets is missing"),
        ("DROP TABLE refinery_schema_history", "refinery_schema_history"),
        ("DELETE FROM refinery_schema_history", "migration history"),
        ("ALTER TABLE meetings DROP COLUMN location", "table meetings has lost its column location"),
    ];
    for (damage, message) in damages {
        let db = dir.path().join("damaged.db");
        std::fs::copy(&good, &db).unwrap();
        {
            let conn = rusqlite::Connection::open(&db).unwrap();
            conn.execute_batch(damage).unwrap();
            conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE)").unwrap();
        }
        let before = snapshot(&db);
        let out = kb(&db, &["load", samples().to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(1), "{damage}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(err.contains(message), "{damage}: {err}");
        assert!(!err.contains("CREATE TABLE") && !err.contains("CREATE VIEW"), "{damage}: the migration SQL was printed: {err}");
        assert!(err.lines().count() <= 2, "{damage}: {err}");
        assert!(snapshot(&db) == before, "{damage}: the database changed");
        std::fs::remove_file(&db).unwrap();
    }
    // Not a database at all.
    let junk = dir.path().join("junk.db");
    std::fs::write(&junk, "not a database, just text that is long enough to have a header".repeat(20)).unwrap();
    let out = kb(&junk, &["load", samples().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("not a kb database"), "{}", stderr(&out));
}

#[test]
fn skip_bad_loads_the_rest_and_lists_each_bad_input() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = copy_samples(dir.path(), "corpus");
    std::fs::write(corpus.join("latin1.txt"), b"Ban Th\xeang v\xfb").unwrap();
    let good = serde_json::json!({"text": "Sáng 5/7, Ban Thường vụ Tỉnh ủy Hải Dương họp.", "url": "https://baohaiduong.vn/a.html"});
    std::fs::write(corpus.join("feed.jsonl"), format!("{good}\n{{\"url\": \"https://a.vn/x\"}}\nnot json\n")).unwrap();
    let db = dir.path().join("kb.db");
    // All or nothing by default.
    let out = kb(&db, &["load", corpus.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(!db.exists(), "a failed load left a database");
    let out = kb(&db, &["load", "--skip-bad", corpus.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    for skipped in ["feed.jsonl:2: the record has no text", "feed.jsonl:3: not a JSON object", "latin1.txt: not UTF-8"] {
        assert!(err.lines().any(|l| l.starts_with("kb: skipped ") && l.contains(skipped)), "{skipped} not listed: {err}");
    }
    assert!(err.contains("3 skipped") && err.contains("3 bad input(s) skipped"), "{err}");
    assert_eq!(scalar(&db, "SELECT COUNT(*) FROM articles"), 6);
}

#[test]
fn a_load_killed_mid_way_leaves_the_database_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kb.db");
    succeeded(kb(&db, &["load", samples().to_str().unwrap()]));
    let before = counts(&db);
    // Enough unique articles that the load is still writing when it is killed.
    let corpus = dir.path().join("many");
    std::fs::create_dir(&corpus).unwrap();
    let texts: Vec<String> = std::fs::read_dir(samples()).unwrap().map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap()).collect();
    for i in 0..4000 {
        std::fs::write(corpus.join(format!("{i:05}.txt")), format!("{}\n\n(Bản {i})\n", texts[i % texts.len()])).unwrap();
    }
    for target in [db.clone(), dir.path().join("new.db")] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_kb"))
            .arg("--db")
            .arg(&target)
            .arg("load")
            .arg(&corpus)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Wait until it has written into the database's write-ahead log (mid-transaction).
        let start = Instant::now();
        let writing = || {
            std::fs::read_dir(dir.path()).unwrap().filter_map(|e| e.ok()).any(|e| {
                let name = e.file_name().to_string_lossy().into_owned();
                name.ends_with("-wal") && e.metadata().is_ok_and(|m| m.len() > 1 << 20)
            })
        };
        while !writing() && start.elapsed() < Duration::from_secs(60) {
            assert!(child.try_wait().unwrap().is_none(), "the load finished before it could be killed");
            std::thread::sleep(Duration::from_millis(10));
        }
        assert!(child.try_wait().unwrap().is_none(), "the load finished before it could be killed");
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        if target == db {
            assert_eq!(counts(&db), before, "the killed load changed the database");
            let check: String = read_only(&db).query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
            assert_eq!(check, "ok");
        } else {
            assert!(!target.exists(), "a killed load into a new database left one behind");
        }
    }
    // The next load cleans up what the killed one left, and works.
    succeeded(kb(&dir.path().join("new.db"), &["load", samples().to_str().unwrap()]));
    let left: Vec<String> =
        std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).filter(|n| n.contains(".loading-")).collect();
    assert!(left.is_empty(), "{left:?}");
}

mod embedded {
    refinery::embed_migrations!("migrations");
}

#[test]
fn a_database_from_before_article_identity_is_migrated_to_one_article_per_content() {
    // The same article stored twice under two spellings of its path, as loads before
    // schema version 3 did, with facts under both and rules of an older kb.
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kb.db");
    let text = std::fs::read_to_string(samples().join("001_ddae4a6f06f62652.txt")).unwrap();
    let hash = {
        use sha2::Digest;
        format!("{:x}", sha2::Sha256::digest(text.as_bytes()))
    };
    {
        let mut conn = rusqlite::Connection::open(&db).unwrap();
        embedded::migrations::runner().set_target(refinery::Target::Version(2)).run(&mut conn).unwrap();
        for (i, path) in ["sample-data/001.txt", "./sample-data/001.txt"].iter().enumerate() {
            conn.execute(
                "INSERT INTO articles (id, source_path, content_hash, original_text, loaded_at, extractor_version) VALUES (?1, ?2, ?3, ?4, '2025-01-01T00:00:00Z', 'kb-0.1.0-rules-1')",
                rusqlite::params![i as i64 + 1, path, hash, text],
            )
            .unwrap();
            conn.execute(
                "INSERT INTO meetings (article_id, body, evidence_start, evidence_end, evidence_text) VALUES (?1, 'congress', 0, 1, 'x')",
                [i as i64 + 1],
            )
            .unwrap();
        }
    }
    let out = succeeded(kb(&db, &["load", samples().join("000_5346601023e97444.txt").to_str().unwrap()]));
    assert!(stderr(&out).contains("1 added") && stderr(&out).contains("1 re-extracted"), "{}", stderr(&out));
    assert_eq!(scalar(&db, "SELECT COUNT(*) FROM articles"), 2);
    assert_eq!(scalar(&db, "SELECT COUNT(*) FROM article_sources WHERE article_id = 1"), 2);
    // The kept copy's facts are those of the current rules, once.
    assert_eq!(scalar(&db, "SELECT COUNT(*) FROM meetings WHERE evidence_text = 'x'"), 0);
    assert!(scalar(&db, "SELECT COUNT(*) FROM meetings WHERE article_id = 1") >= 1);
}

#[test]
fn a_file_over_the_size_limit_is_refused_on_what_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kb.db");
    // A sparse file: 17 MiB of zero bytes that take no room on disk.
    let big = dir.path().join("big.txt");
    std::fs::File::create(&big).unwrap().set_len(17 << 20).unwrap();
    let out = kb_within(Duration::from_secs(60), &db, &["load".as_ref(), big.as_os_str()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("big.txt: too large"), "{}", stderr(&out));
    assert!(!db.exists());
}

#[test]
fn a_text_longer_than_the_extractor_reads_is_kept_whole_with_a_note() {
    // A 3 MB dump of one paragraph repeated: facts from its first MiB, the text whole.
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kb.db");
    let line = "Sáng 6/4/2023, Ban Chấp hành Đảng bộ tỉnh Hải Dương tổ chức Hội nghị lần thứ 14, khóa XVII; GRDP tăng 6,56%.\n";
    let text = line.repeat((3 << 20) / line.len());
    let dump = dir.path().join("dump.txt");
    std::fs::write(&dump, &text).unwrap();
    let out = succeeded(kb(&db, &["load", dump.to_str().unwrap()]));
    assert!(stderr(&out).contains("dump.txt: ") && stderr(&out).contains("facts are read from its first"), "{}", stderr(&out));
    assert_eq!(scalar(&db, "SELECT length(CAST(original_text AS BLOB)) FROM articles") as usize, text.len());
    assert!(scalar(&db, "SELECT COUNT(*) FROM meetings") >= 1);
}

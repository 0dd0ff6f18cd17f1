//! Indicators end to end: the dev set (`../shared/eval/dev`) loaded into a database,
//! `kb report indicators --param indicator=grdp_growth` lining provinces and years up on
//! one code, and `kb report indicator_codes` counting the codes. Skipped, loudly, when
//! `../shared` is not beside the repository.

mod util;

use std::collections::HashSet;
use std::path::Path;
use util::{dev_set, json, kb, ok};

#[test]
fn the_indicators_report_lines_provinces_and_years_up_on_one_code() {
    let Some(dev) = dev_set("indicators") else { return };
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kb.db");
    ok(kb(&db, &["load", dev.to_str().unwrap()]));

    let growth = json(&ok(kb(&db, &["report", "indicators", "--param", "indicator=grdp_growth", "--format", "json"])));
    assert!(growth.len() >= 10, "{growth:?}");
    // One row per province, year, kind and unit, every one of the code asked for, with its evidence.
    let mut seen = HashSet::new();
    for r in &growth {
        assert_eq!(r["indicator"], "grdp_growth", "{r}");
        assert!(r["unit"] == "%" || r["unit"] == "times", "{r}");
        assert!(r["evidence"].as_str().is_some_and(|e| e.chars().any(|c| c.is_ascii_digit())), "{r}");
        let key = (r["province"].to_string(), r["year"].to_string(), r["kind"].to_string(), r["unit"].to_string());
        assert!(seen.insert(key), "two rows for one province, year and kind: {r}");
    }
    // 004 (Thái Nguyên): "Dự ước năm 2021, tốc độ tăng trưởng kinh tế (GRDP) đạt 6,56%".
    assert!(growth.iter().any(|r| r["province"] == "Thái Nguyên" && r["year"] == 2021 && r["value"] == 6.56 && r["kind"] == "estimate"), "{growth:?}");
    // The year narrows it down.
    let in_2021 = json(&ok(kb(&db, &["report", "indicators", "--param", "indicator=grdp_growth", "--param", "year=2021", "--format", "json"])));
    assert!(!in_2021.is_empty() && in_2021.len() < growth.len());
    assert!(in_2021.iter().all(|r| r["year"] == 2021), "{in_2021:?}");

    // The codes found, with how many figures each has.
    let codes = json(&ok(kb(&db, &["report", "indicator_codes", "--format", "json"])));
    let count = |code: &str| codes.iter().find(|r| r["indicator"] == code).and_then(|r| r["figures"].as_i64()).unwrap_or(0);
    assert!(count("grdp_growth") as usize >= growth.len(), "{codes:?}");
    for code in ["budget_revenue", "party_members_admitted", "elected_members", "poverty_rate"] {
        assert!(count(code) > 0, "{code}: {codes:?}");
    }
    // Every code the database holds is one of the vocabulary's.
    let vocabulary = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("data/indicators.tsv")).unwrap();
    let known: HashSet<&str> = vocabulary.lines().filter(|l| !l.starts_with('#')).filter_map(|l| l.split('\t').next()).collect();
    for r in &codes {
        assert!(known.contains(r["indicator"].as_str().unwrap()), "{r}");
    }
}

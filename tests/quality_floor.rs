//! The quality floor: the scorer (`../shared/eval/score.py`) on the dev set
//! (`../shared/eval/dev`), with the figures held against `tests/quality_floor.tsv`.
//! A figure may rise; one that falls below its floor fails the suite. Figures keyed
//! `url:…` are from the dev set fed as a crawler would (`score.py --with-url`).
//! Skipped, loudly, when `../shared` is not beside the repository.
//!
//! After an improvement, `KB_RAISE_FLOORS=1 cargo test --release --test quality_floor`
//! raises each floor to its figure (rounded down to three decimals); it never lowers one.

mod util;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

/// `figure → floor` from the floor file, naming its line on a bad row.
fn floors() -> BTreeMap<String, f64> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/quality_floor.tsv");
    let text = std::fs::read_to_string(&path).unwrap();
    let mut out = BTreeMap::new();
    for (i, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let (key, value) = line.split_once('\t').unwrap_or_else(|| panic!("{}:{}: expected FIGURE<TAB>FLOOR", path.display(), i + 1));
        let value: f64 = value.trim().parse().unwrap_or_else(|_| panic!("{}:{}: {value:?} is not a number", path.display(), i + 1));
        out.insert(key.to_string(), value);
    }
    out
}

/// The scorer's figures, flattened to `fact.precision`, `accuracy_province`, `mean_f1`.
fn score(with_url: bool) -> BTreeMap<String, f64> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut cmd = Command::new("python3");
    cmd.arg(root.join("../shared/eval/score.py")).arg("--gold").arg(root.join("../shared/eval/dev"));
    cmd.arg("--kb").arg(env!("CARGO_BIN_EXE_kb")).arg("--json");
    if with_url {
        cmd.arg("--with-url");
    }
    let out = cmd.output().expect("python3 runs");
    assert!(out.status.success(), "the scorer failed: {}", String::from_utf8_lossy(&out.stderr));
    let figures: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut flat = BTreeMap::new();
    for (key, value) in figures.as_object().unwrap() {
        match value {
            serde_json::Value::Object(inner) => {
                for (k, v) in inner {
                    flat.insert(format!("{key}.{k}"), v.as_f64().unwrap());
                }
            }
            v => {
                if let Some(x) = v.as_f64() {
                    flat.insert(key.clone(), x);
                }
            }
        }
    }
    flat
}

#[test]
fn dev_set_figures_stay_at_or_above_their_floors() {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval");
    if !shared.join("score.py").is_file() || !shared.join("dev").is_dir() {
        util::skip("quality_floor", &format!("{} (the scorer and the dev set) is not there", shared.display()));
        return;
    }
    let floors = floors();
    let mut failures = Vec::new();
    let mut report = Vec::new();
    let mut raised = BTreeMap::new();
    for with_url in [false, true] {
        let prefix = if with_url { "url:" } else { "" };
        let wanted: Vec<(&String, &f64)> = floors.iter().filter(|(k, _)| k.starts_with(prefix) && (with_url || !k.contains(':'))).collect();
        if wanted.is_empty() {
            continue;
        }
        let figures = score(with_url);
        for (key, floor) in wanted {
            let name = &key[prefix.len()..];
            let Some(&got) = figures.get(name) else {
                failures.push(format!("{key}: the scorer gives no such figure"));
                continue;
            };
            report.push(format!("{key:<28} {got:.3} (floor {floor:.3})"));
            raised.insert(key.clone(), (got * 1000.0 + 1e-6).floor() / 1000.0);
            // Floors are written to three decimals, rounded down.
            if got + 1e-9 < *floor {
                failures.push(format!("{key}: {got:.4} is below its floor {floor:.3}"));
            }
        }
    }
    eprintln!("{}", report.join("\n"));
    if failures.is_empty() && std::env::var_os("KB_RAISE_FLOORS").is_some() {
        raise_floors(&raised);
    }
    assert!(failures.is_empty(), "dev-set figures fell below tests/quality_floor.tsv:\n{}", failures.join("\n"));
}

/// Rewrites the floor file with each floor raised to its figure where that is higher,
/// keeping comments and order; a floor is never lowered here.
fn raise_floors(figures: &BTreeMap<String, f64>) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/quality_floor.tsv");
    let text = std::fs::read_to_string(&path).unwrap();
    let mut out = String::new();
    for line in text.lines() {
        match line.split_once('\t').filter(|_| !line.starts_with('#')) {
            Some((key, floor)) => {
                let floor: f64 = floor.trim().parse().unwrap();
                let new = figures.get(key).copied().unwrap_or(floor).max(floor);
                if new > floor {
                    eprintln!("{key}: floor {floor:.3} -> {new:.3}");
                }
                out.push_str(&format!("{key}\t{new:.3}\n"));
            }
            None => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    std::fs::write(&path, out).unwrap();
}

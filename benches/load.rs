//! `cargo bench --bench load`: `kb load` against its floor, `../shared/bench/floor_load.py`
//! (the same texts stored raw with an FTS5 index, no extraction), run side by side on
//! `../shared/corpus/news-unc`; then an unchanged reload, and the peak memory of loading
//! 1×, 4× and 16× the corpus (unique copies). Prints the figures and the targets:
//! ≤ 2× the floor's wall and CPU time, reload ≤ 0.1× the first load, peak memory within
//! +25% of the 1× figure. `KB_BENCH_ROUNDS` (default 3) sets the side-by-side rounds;
//! `KB_BENCH_SCALES` (default "4,16") the copies for the memory figures.

mod common;
use common::{measure, median, remove_db, Run};

use std::path::{Path, PathBuf};
use std::process::Command;

fn kb_load(db: &Path, corpus: &Path) -> Run {
    measure(Command::new(env!("CARGO_BIN_EXE_kb")).arg("--db").arg(db).arg("load").arg(corpus))
}

/// `copies` unique copies of every article of `corpus` under `out` (each copy marked,
/// so that its content, and so the article, is its own).
fn replicate(corpus: &Path, out: &Path, copies: usize) {
    let mut files: Vec<PathBuf> = std::fs::read_dir(corpus).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "txt")).collect();
    files.sort();
    for k in 0..copies {
        let dir = out.join(format!("copy{k:02}"));
        std::fs::create_dir_all(&dir).unwrap();
        for f in &files {
            let mut text = std::fs::read_to_string(f).unwrap();
            if k > 0 {
                text.push_str(&format!("\n\n(Bản {k})\n"));
            }
            std::fs::write(dir.join(f.file_name().unwrap()), text).unwrap();
        }
    }
}

fn main() {
    // `cargo bench` passes --bench; nothing else is read from the arguments.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let corpus = root.join("../shared/corpus/news-unc");
    let floor = root.join("../shared/bench/floor_load.py");
    if !corpus.is_dir() || !floor.is_file() {
        println!("skipped: {} or {} is not there", corpus.display(), floor.display());
        return;
    }
    let rounds: usize = std::env::var("KB_BENCH_ROUNDS").ok().and_then(|v| v.parse().ok()).unwrap_or(3);
    let scales: Vec<usize> = std::env::var("KB_BENCH_SCALES").unwrap_or_else(|_| "4,16".into()).split(',').filter_map(|s| s.trim().parse().ok()).collect();
    let tmp = tempfile::tempdir().unwrap();
    let kb_db = tmp.path().join("kb.db");
    let floor_db = tmp.path().join("floor.db");

    println!("kb load vs the floor on {} ({rounds} rounds side by side, medians)", corpus.display());
    let (mut kb_runs, mut floor_runs) = (Vec::new(), Vec::new());
    for _ in 0..rounds {
        remove_db(&floor_db);
        floor_runs.push(measure(Command::new("python3").arg(&floor).arg(&corpus).arg(&floor_db)));
        remove_db(&kb_db);
        kb_runs.push(kb_load(&kb_db, &corpus));
    }
    let m = |runs: &[Run], f: fn(&Run) -> f64| median(runs.iter().map(f).collect());
    let (kw, kc, fw, fc) = (m(&kb_runs, |r| r.wall), m(&kb_runs, |r| r.cpu), m(&floor_runs, |r| r.wall), m(&floor_runs, |r| r.cpu));
    println!("  floor   wall {fw:6.2} s   cpu {fc:6.2} s   peak {:6.1} MiB", m(&floor_runs, |r| r.peak_mib));
    println!("  kb load wall {kw:6.2} s   cpu {kc:6.2} s   peak {:6.1} MiB", m(&kb_runs, |r| r.peak_mib));
    println!("  ratio   wall {:6.2}×   cpu {:6.2}×   (target ≤ 2×)", kw / fw, kc / fc);

    let reload: Vec<Run> = (0..rounds).map(|_| kb_load(&kb_db, &corpus)).collect();
    let rw = m(&reload, |r| r.wall);
    println!("unchanged reload: wall {rw:6.2} s   cpu {:6.2} s   = {:.3}× the first load (target ≤ 0.1×)", m(&reload, |r| r.cpu), rw / kw);

    let one = m(&kb_runs, |r| r.peak_mib);
    println!("peak memory by corpus size (target: within +25% of 1×):");
    println!("  1×  {:6} articles  peak {one:6.1} MiB", count_txt(&corpus));
    for scale in scales {
        let dir = tmp.path().join(format!("x{scale}"));
        replicate(&corpus, &dir, scale);
        remove_db(&kb_db);
        let run = kb_load(&kb_db, &dir);
        println!(
            "  {scale}× {:6} articles  peak {:6.1} MiB ({:+.0}%)   wall {:6.2} s   cpu {:6.2} s",
            scale * count_txt(&corpus),
            run.peak_mib,
            (run.peak_mib / one - 1.0) * 100.0,
            run.wall,
            run.cpu
        );
        let _ = std::fs::remove_dir_all(&dir);
    }
}

fn count_txt(dir: &Path) -> usize {
    std::fs::read_dir(dir).unwrap().filter(|e| e.as_ref().unwrap().path().extension().is_some_and(|x| x == "txt")).count()
}

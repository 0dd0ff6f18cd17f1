//! `cargo bench --bench load`: `kb load` against its floor, `../shared/bench/floor_load.py`
//! (the same texts stored raw with an FTS5 index, no extraction), run side by side on
//! `../shared/corpus/news-unc`; then an unchanged reload, and the peak memory of loading
//! 1×, 4× and 16× the corpus (unique copies). Prints the figures and the targets:
//! ≤ 2× the floor's wall and CPU time, reload ≤ 0.1× the first load, peak memory within
//! +25% of the 1× figure. `KB_BENCH_ROUNDS` (default 3) sets the side-by-side rounds;
//! `KB_BENCH_SCALES` (default "4,16") the copies for the memory figures.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

/// Wall seconds, CPU seconds (user + system) and peak resident memory (MiB) of one run.
#[derive(Debug, Clone, Copy)]
struct Run {
    wall: f64,
    cpu: f64,
    peak_mib: f64,
}

/// Runs a command to its end, measuring it with wait4's resource usage (which reaps
/// the child, so `Child::wait` is not called).
#[allow(clippy::zombie_processes)]
fn measure(cmd: &mut Command) -> Run {
    let start = Instant::now();
    let child = cmd.stdout(std::process::Stdio::null()).stderr(std::process::Stdio::piped()).spawn().expect("the command starts");
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // The child's stderr is small (a summary line); read it after it ends.
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let wall = start.elapsed().as_secs_f64();
    assert_eq!(waited, pid, "wait4 failed");
    let mut stderr = String::new();
    if let Some(mut e) = child.stderr {
        use std::io::Read;
        let _ = e.read_to_string(&mut stderr);
    }
    assert!(libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0, "{cmd:?} failed: {stderr}");
    let secs = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    Run { wall, cpu: secs(usage.ru_utime) + secs(usage.ru_stime), peak_mib: usage.ru_maxrss as f64 / 1024.0 }
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(|a, b| a.total_cmp(b));
    xs[xs.len() / 2]
}

fn kb_load(db: &Path, corpus: &Path) -> Run {
    measure(Command::new(env!("CARGO_BIN_EXE_kb")).arg("--db").arg(db).arg("load").arg(corpus))
}

fn fresh(db: &Path) {
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", db.display()));
    }
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
        fresh(&floor_db);
        floor_runs.push(measure(Command::new("python3").arg(&floor).arg(&corpus).arg(&floor_db)));
        fresh(&kb_db);
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
        fresh(&kb_db);
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

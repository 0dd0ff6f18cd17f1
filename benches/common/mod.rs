//! What the benchmarks share: running a command and measuring it (wall and CPU time,
//! peak memory), medians, removing a database with its WAL files.

use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

/// Wall seconds, CPU seconds (user + system) and peak resident memory (MiB) of one run.
#[derive(Debug, Clone, Copy)]
pub struct Run {
    pub wall: f64,
    pub cpu: f64,
    pub peak_mib: f64,
}

/// Runs a command to its end, standard output to /dev/null, measuring it with wait4's
/// resource usage (the child's peak resident set, as /proc's VmHWM gives it; wait4
/// reaps the child, so `Child::wait` is not called). Its standard error is read on a
/// thread of its own, so a talkative child cannot block, and shown if it fails.
#[allow(clippy::zombie_processes)]
pub fn measure(cmd: &mut Command) -> Run {
    let start = Instant::now();
    let mut child = cmd.stdout(Stdio::null()).stderr(Stdio::piped()).spawn().expect("the command starts");
    let pid = child.id() as libc::pid_t;
    let mut stderr_pipe = child.stderr.take().expect("a piped stderr");
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = stderr_pipe.read_to_string(&mut text);
        text
    });
    let mut status = 0;
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let wall = start.elapsed().as_secs_f64();
    assert_eq!(waited, pid, "wait4 failed");
    let stderr = reader.join().unwrap_or_default();
    assert!(libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0, "{cmd:?} failed: {stderr}");
    let secs = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    Run { wall, cpu: secs(usage.ru_utime) + secs(usage.ru_stime), peak_mib: usage.ru_maxrss as f64 / 1024.0 }
}

/// The median of some figures (the upper one of an even count).
pub fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(|a, b| a.total_cmp(b));
    xs[xs.len() / 2]
}

/// Removes a database and its WAL and shared-memory files, those that exist.
pub fn remove_db(db: &Path) {
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", db.display()));
    }
}

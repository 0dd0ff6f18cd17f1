//! Start-up and stage timings for profiling: with `KB_TIMINGS=1` in the environment,
//! [`timed`] prints how long each named step took to stderr ("kb-timing 12.3 ms roles
//! vocabulary"); without it, it only runs the step.

use std::sync::LazyLock;
use std::time::Instant;

static ON: LazyLock<bool> = LazyLock::new(|| std::env::var_os("KB_TIMINGS").is_some_and(|v| !v.is_empty() && v != "0"));

/// Runs `step`, printing its duration under `label` when `KB_TIMINGS` is set.
pub fn timed<T>(label: &str, step: impl FnOnce() -> T) -> T {
    if !*ON {
        return step();
    }
    let start = Instant::now();
    let out = step();
    eprintln!("kb-timing {:8.2} ms {label}", start.elapsed().as_secs_f64() * 1e3);
    out
}

//! Extraction speed: `cargo bench` prints articles per second on the shared news
//! corpus (or on sample-data when the corpus is not there). Figures, not a pass/fail.

use std::path::Path;
use std::time::Instant;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let corpus = root.join("../shared/corpus/news-unc");
    let dir = if corpus.is_dir() { corpus } else { root.join("sample-data") };
    let mut texts = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            texts.push(std::fs::read_to_string(&path).unwrap());
        }
    }
    let bytes: usize = texts.iter().map(String::len).sum();
    let start = Instant::now();
    let mut facts = 0;
    for text in &texts {
        let e = kb::extract::extract(text);
        facts += e.meetings.len() + e.officials.len() + e.resolutions.len() + e.targets.len();
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "extract (one thread): {} articles, {:.1} MiB in {:.2} s: {:.0} articles/s, {:.2} MiB/s, {} facts",
        texts.len(),
        bytes as f64 / 1048576.0,
        secs,
        texts.len() as f64 / secs,
        bytes as f64 / 1048576.0 / secs,
        facts
    );
}

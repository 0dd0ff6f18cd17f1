//! Extraction time on pathological articles: one phrase repeated into a paragraph of
//! several megabytes (numbers, meeting names, titles, dates, names, document numbers),
//! with and without line breaks. `cargo bench --bench pathological` prints seconds per
//! MB for each; the extractor must stay linear in the text (the aim: at most 2 s per MB).
//! `KB_PATHOLOGICAL_MB` sets the size (default 2).

use std::time::Instant;

const PHRASES: &[(&str, &str)] = &[
    ("numbers", "1.000.000,5% "),
    ("plenums", "Hội nghị lần thứ 5 Ban Chấp hành Đảng bộ tỉnh khóa XX, "),
    ("titles", "Bí thư Tỉnh ủy, "),
    ("title chain", "Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh "),
    ("names", "đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy; "),
    ("documents", "Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Bộ Chính trị, "),
    ("dates", "ngày 10/10/2020 và 11-12-2021 "),
    ("sessions", "Kỳ họp thứ 7 HĐND tỉnh khóa X "),
    ("digits", "1234567890"),
    ("one word", "a"),
    ("dashes", "2021–2025 – "),
    ("honorifics", "ông bà đồng chí "),
];

fn main() {
    let mb: f64 = std::env::var("KB_PATHOLOGICAL_MB").ok().and_then(|v| v.parse().ok()).unwrap_or(2.0);
    let bytes = (mb * 1_000_000.0) as usize;
    let mut worst: f64 = 0.0;
    for (name, phrase) in PHRASES {
        for separator in ["", "\n"] {
            let unit = format!("{phrase}{separator}");
            let text = unit.repeat(bytes / unit.len() + 1);
            let start = Instant::now();
            let facts = kb::extract::extract(&text);
            let secs = start.elapsed().as_secs_f64();
            // Per MB of what the extractors read (at most `MAX_EXTRACTED_BYTES` of a text).
            let read = kb::extract::extracted_part(&text).len();
            let per_mb = secs / (read as f64 / 1_000_000.0);
            worst = worst.max(per_mb);
            let n = facts.meetings.len() + facts.officials.len() + facts.resolutions.len() + facts.targets.len();
            let layout = if separator.is_empty() { "one paragraph" } else { "one per line" };
            println!(
                "{name:>12} ({layout:>13}): {:.1} MB ({:.1} MB read) in {secs:6.2} s = {per_mb:5.2} s/MB, {n} facts",
                text.len() as f64 / 1e6,
                read as f64 / 1e6
            );
        }
    }
    let bound = kb::extract::MAX_EXTRACTED_BYTES as f64 / 1e6 * worst;
    println!("worst: {worst:.2} s/MB; an article is read up to {:.2} MB, so at most ~{bound:.1} s per article", kb::extract::MAX_EXTRACTED_BYTES as f64 / 1e6);
}

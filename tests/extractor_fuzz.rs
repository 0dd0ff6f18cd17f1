//! The extractor on damaged real text: dev-set and sample articles with random
//! insertions (dashes, combining marks, zero-width and right-to-left marks, `Ð`,
//! emoji, long digit runs, line breaks) and truncations at any character. It must never
//! panic, its JSON must serialise, and every evidence span must lie inside the text and
//! read back as the evidence it claims.

mod util;

use kb::extract::{extract, Extraction, Span};
use proptest::prelude::*;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

/// What gets inserted: the characters real scraped text breaks on.
const INSERTS: &[&str] = &[
    "–",
    "—",
    "-",
    "‐",
    "\u{301}",
    "\u{300}",
    "\u{323}",
    "\u{200b}",
    "\u{200c}",
    "\u{200f}",
    "\u{202e}",
    "\u{feff}",
    "\u{a0}",
    "\u{3000}",
    "\u{d0}",
    "\u{f0}",
    "😀",
    "👍🏽",
    "12345678901234567890123456789",
    "9.999.999.999,99",
    "/",
    ".",
    ",",
    "%",
    ":",
    "(",
    ")",
    "\n",
    "\r\n",
    " ",
    "ư",
    "Đ",
    "Ủy",
    "số ",
    "ngày ",
    "–2025",
    "20–",
    "khóa ",
    "lần thứ ",
    "Bí thư Tỉnh ủy ",
    "\u{2028}",
    "\t",
    "'",
    "\"",
];

static ARTICLES: LazyLock<Vec<String>> = LazyLock::new(|| {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<PathBuf> = std::fs::read_dir(root.join("sample-data")).unwrap().map(|e| e.unwrap().path()).collect();
    let dev = root.join("../shared/eval/dev");
    match std::fs::read_dir(&dev) {
        Ok(entries) => files.extend(entries.map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "txt"))),
        Err(_) => util::skip("extractor_fuzz (dev texts)", &format!("{} is not there: fuzzing the sample articles only", dev.display())),
    }
    files.sort();
    files.iter().map(|f| std::fs::read_to_string(f).unwrap()).collect()
});

fn snap(text: &str, at: usize) -> usize {
    let mut i = at.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn check_span(original: &str, what: &str, evidence: &str, span: Span) {
    assert!(span.start <= span.end && span.end <= original.len(), "{what}: span {span:?} outside a text of {} bytes", original.len());
    assert!(original.is_char_boundary(span.start) && original.is_char_boundary(span.end), "{what}: span {span:?} inside a character");
    assert_eq!(&original[span.start..span.end], evidence, "{what}: evidence differs from the text at its span");
}

fn check(original: &str, facts: &Extraction) {
    for m in &facts.meetings {
        check_span(original, "meeting", &m.evidence, m.span);
    }
    for o in &facts.officials {
        check_span(original, "official", &o.name_as_written, o.span);
        for r in &o.roles {
            check_span(original, "role", &r.evidence, r.span);
        }
        if let Some((ev, span)) = &o.capacity_evidence {
            check_span(original, "capacity", ev, *span);
        }
    }
    for r in facts.resolutions.iter().chain(&facts.named_documents) {
        check_span(original, "document", &r.evidence, r.span);
    }
    for t in &facts.targets {
        check_span(original, "figure", &t.evidence, t.span);
        assert!(t.value.is_finite(), "figure value {} is not a number", t.value);
    }
    let json = kb::cmd::extract::to_json("fuzz.txt", None, facts);
    let line = serde_json::to_string(&json).expect("the JSON serialises");
    serde_json::from_str::<serde_json::Value>(&line).expect("the JSON reads back");
}

fn damaged() -> impl Strategy<Value = String> {
    let n = ARTICLES.len();
    let insert = (any::<prop::sample::Index>(), 0..INSERTS.len(), 1usize..4, any::<bool>());
    (0..n, prop::collection::vec(insert, 0..12), any::<prop::sample::Index>(), any::<bool>()).prop_map(|(article, inserts, cut, truncate)| {
        let mut text = ARTICLES[article].clone();
        for (at, what, times, after_digit) in inserts {
            let mut i = snap(&text, at.index(text.len() + 1));
            // Half the insertions go right after a digit, where numbers, dates and
            // document references are parsed.
            if after_digit {
                if let Some(d) = text[i..].find(|c: char| c.is_ascii_digit()) {
                    i += d + 1;
                }
            }
            text.insert_str(i, &INSERTS[what].repeat(times));
        }
        if truncate {
            let i = snap(&text, cut.index(text.len() + 1));
            text.truncate(i);
        }
        text
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: std::env::var("KB_FUZZ_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(300), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn damaged_real_articles_never_break_the_extractor(text in damaged()) {
        let facts = extract(&text);
        check(&text, &facts);
    }
}

/// Short texts built only from the characters that break slicing, at every length.
#[test]
fn every_truncation_of_hostile_sentences_is_safe() {
    let sentences = [
        "Tỉnh ủy ban hành Chương trình hành động 2021–2025.",
        "Nghị quyết 20–2 của Bộ Chính trị.",
        "Kế hoạch 2021–2025 và Quyết định số 12–QĐ/TU ngày 3–4–2024.",
        "Đạt 6,56%– tăng 1.000.000,5%— so với năm 2020–2021; thu ngân sách 16.750 tỷ đồng–.",
        "Hội nghị lần thứ 5– khóa XX–, ngày 10–11/2/2024, Bí thư Tỉnh ủy– Nguyễn Văn A– chủ trì.",
        "Kỳ họp thứ 7–, HĐND tỉnh khóa X–, Nghị quyết số 12/2023/NQ–HĐND.",
    ];
    for s in sentences {
        for (i, _) in s.char_indices().chain([(s.len(), ' ')]) {
            let text = &s[..i];
            let facts = std::panic::catch_unwind(|| extract(text)).unwrap_or_else(|_| panic!("the extractor panicked on {text:?}"));
            check(text, &facts);
        }
    }
}

//! One article prepared for the extractors: its canonical text, the lines that are
//! page furniture, its sentences, and the way back to the original for evidence.

use crate::extract::{Page, Span};
use crate::text::dates::mentioned_years;
use crate::text::gazetteer::Gazetteer;
use crate::text::Normalized;
use regex::{Regex, RegexSet};
use std::sync::LazyLock;

const BOILERPLATE: crate::data::DataFile = crate::data_file!("boilerplate.txt");

static BOILERPLATE_SET: LazyLock<RegexSet> = LazyLock::new(|| {
    let rows = BOILERPLATE.lines();
    let patterns: Vec<String> = rows.iter().map(|row| format!(r"(?i)^(?:{})$", row.text())).collect();
    for (row, pattern) in rows.iter().zip(&patterns) {
        if let Err(e) = Regex::new(pattern) {
            row.fail(&format!("not a valid regular expression: {e}"));
        }
    }
    RegexSet::new(patterns).expect("each pattern was checked")
});

/// A line of the canonical text.
#[derive(Debug, Clone, Copy)]
pub struct Line {
    pub start: usize,
    pub end: usize,
    pub boilerplate: bool,
}

pub struct Document<'a> {
    pub original: &'a str,
    pub norm: Normalized,
    pub lines: Vec<Line>,
    /// Sentence spans of the canonical text, boilerplate lines left out.
    pub sentences: Vec<(usize, usize)>,
    /// What a crawler recorded of the page (empty for a plain-text article).
    pub page: Page,
    main_province: std::sync::OnceLock<Option<String>>,
}

impl<'a> Document<'a> {
    pub fn new(original: &'a str) -> Document<'a> {
        Document::with_page(original, Page::default())
    }

    pub fn with_page(original: &'a str, page: Page) -> Document<'a> {
        let norm = Normalized::new(original);
        let text = &norm.text;
        let mut lines = Vec::new();
        let mut pos = 0;
        for raw in text.split_inclusive('\n') {
            let end = pos + raw.trim_end_matches(['\n', '\r']).len();
            let content = text[pos..end].trim().trim_start_matches(['#', '•', '*', ' ']).trim();
            let boilerplate = !content.is_empty() && BOILERPLATE_SET.is_match(content);
            lines.push(Line { start: pos, end, boilerplate });
            pos += raw.len();
        }
        let mut sentences = Vec::new();
        for line in lines.iter().filter(|l| !l.boilerplate && l.end > l.start) {
            split_sentences(text, line.start, line.end, &mut sentences);
        }
        Document { original, norm, lines, sentences, page, main_province: std::sync::OnceLock::new() }
    }

    pub fn text(&self) -> &str {
        &self.norm.text
    }

    /// The original text behind a span of the canonical text, and its original span.
    pub fn evidence(&self, start: usize, end: usize) -> (String, Span) {
        let (s, e) = self.norm.original_span(start, end);
        let s = floor_char_boundary(self.original, s);
        let e = floor_char_boundary(self.original, e.max(s));
        (self.original[s..e].to_string(), Span { start: s, end: e })
    }

    /// The year the article talks about most ("6 tháng đầu năm 2024").
    pub fn main_year(&self) -> Option<i32> {
        mentioned_years(self.text()).first().copied()
    }

    /// The province the article names most often (by name, by district, or by site).
    pub fn main_province(&self) -> Option<String> {
        self.main_province.get_or_init(|| self.count_provinces()).clone()
    }

    fn count_provinces(&self) -> Option<String> {
        let g = Gazetteer::get();
        let text = self.text();
        let mut counts = vec![0usize; g.provinces.len()];
        for m in g.find_provinces(text).into_iter().chain(g.find_district_provinces(text)) {
            counts[m.province] += 1;
        }
        if let Some(i) = g.province_from_site(text) {
            counts[i] += 1;
        }
        // The page's address or site, as a crawler recorded it.
        let page_site = [&self.page.url, &self.page.site].into_iter().flatten().find_map(|s| g.province_from_site(s));
        if let Some(i) = page_site {
            counts[i] += 1;
        }
        let (best, n) = counts.iter().enumerate().max_by_key(|(i, n)| (**n, std::cmp::Reverse(*i)))?;
        (*n > 0).then(|| g.provinces[best].name.clone())
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Splits `text[start..end]` into sentences at `.`, `!` or `?` followed by a space and
/// a capital letter, a digit or a quote, leaving abbreviations such as "TP." alone.
fn split_sentences(text: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    static BREAK: LazyLock<Regex> = LazyLock::new(|| Regex::new(r#"[.!?…]+["”»)]?\s+["“«(]?[\p{Lu}[0-9]]"#).unwrap());
    let slice = &text[start..end];
    let mut from = 0;
    for m in BREAK.find_iter(slice) {
        let before = &slice[from..m.start()];
        let last_word = before.rsplit(|c: char| c.is_whitespace()).next().unwrap_or("");
        let abbreviation = last_word.len() <= 3 && last_word.chars().all(|c| c.is_uppercase() || c == '.')
            || ["TP", "Tp", "ThS", "TS", "PGS", "GS", "Th.S", "St"].contains(&last_word);
        if abbreviation && !last_word.is_empty() {
            continue;
        }
        let cut = m.start() + m.as_str().find(char::is_whitespace).unwrap_or(1);
        push_trimmed(text, start + from, start + cut, out);
        from = cut;
    }
    push_trimmed(text, start + from, end, out);
}

/// The longest sentence the extractors are given, in bytes. Real sentences stay far
/// below it (the longest of the dev set and the news corpus is 1.4 KB); a longer run
/// (a table flattened into one line, a pathological file) is cut into windows of at
/// most this size, so that the work done per figure, title or date stays bounded and
/// extraction stays linear in the text.
pub const MAX_SENTENCE_BYTES: usize = 3000;

fn push_trimmed(text: &str, mut s: usize, e: usize, out: &mut Vec<(usize, usize)>) {
    while e - s > MAX_SENTENCE_BYTES {
        let window = crate::text::clip(&text[s..], MAX_SENTENCE_BYTES);
        // Cut after the last clause mark in the second half of the window, else after its
        // last space, else at the window's end.
        let half = window.len() / 2;
        let cut = [';', ',', ' ']
            .iter()
            .find_map(|&c| window.rfind(c).filter(|&p| p >= half).map(|p| p + 1))
            .unwrap_or(window.len());
        push_piece(text, s, s + cut, out);
        s += cut;
    }
    push_piece(text, s, e, out);
}

fn push_piece(text: &str, s: usize, e: usize, out: &mut Vec<(usize, usize)>) {
    let piece = &text[s..e];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if e - trail > s + lead {
        out.push((s + lead, e - trail));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_page_furniture_and_splits_sentences() {
        let text = "Xem với cỡ chữ\nNgày 06/4/2023, tại trụ sở Tỉnh ủy. Hội nghị đã nghe 8 nội dung.\nCÁC BÀI VIẾT KHÁC:";
        let doc = Document::new(text);
        assert!(doc.lines[0].boilerplate);
        assert!(!doc.lines[1].boilerplate);
        assert!(doc.lines[2].boilerplate);
        let sentences: Vec<&str> = doc.sentences.iter().map(|&(s, e)| &doc.text()[s..e]).collect();
        assert_eq!(sentences, ["Ngày 06/4/2023, tại trụ sở Tỉnh ủy.", "Hội nghị đã nghe 8 nội dung."]);
    }

    #[test]
    fn keeps_abbreviations_inside_sentences() {
        let doc = Document::new("Ban Chấp hành Đảng bộ TP. Hồ Chí Minh họp.");
        assert_eq!(doc.sentences.len(), 1);
    }

    #[test]
    fn an_endless_sentence_is_cut_into_bounded_windows() {
        let text = "Hội nghị lần thứ 5 Ban Chấp hành Đảng bộ tỉnh khóa XX, ".repeat(500);
        let doc = Document::new(&text);
        assert!(doc.sentences.len() > 1);
        assert!(doc.sentences.iter().all(|&(s, e)| e - s <= MAX_SENTENCE_BYTES));
        // Cut after a comma, so no clause is split in the middle; nothing is lost but spaces.
        let joined: String = doc.sentences.iter().map(|&(s, e)| &doc.text()[s..e]).collect::<Vec<_>>().join(" ");
        assert_eq!(joined, text.trim_end());
    }

    #[test]
    fn evidence_comes_from_the_original() {
        let doc = Document::new("Tỉnh uỷ Hải Dương");
        let (text, span) = doc.evidence(0, doc.text().len());
        assert_eq!(text, "Tỉnh uỷ Hải Dương");
        assert_eq!(span, Span { start: 0, end: text.len() });
    }
}

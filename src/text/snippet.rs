//! Search snippets: the passage of an article where the words of a full-text query
//! occur most densely, with each matching word marked «like this». Matching ignores
//! case, diacritics and tone placement, as the full-text index does.

use super::{search_key, Normalized};
use crate::text::WordRegex as Regex;
use std::sync::OnceLock;

/// Words shown before the first match and in the whole passage.
const LEAD: usize = 8;
const WIDTH: usize = 36;

/// A search term from a query: a word, or a word prefix (`chuyen*`).
#[derive(Debug, PartialEq)]
pub struct Term {
    key: String,
    prefix: bool,
}

/// The words of an FTS5 query worth highlighting: operators (AND, OR, NOT, NEAR),
/// column filters (`title:`), quotes, parentheses and `^` are left out.
pub fn query_terms(query: &str) -> Vec<Term> {
    static TOKEN: OnceLock<Regex> = OnceLock::new();
    let token = TOKEN.get_or_init(|| Regex::new(r"(?:[\p{L}\p{N}_]+:)?([\p{L}\p{M}\p{N}_]+)(\*?)").unwrap());
    let mut terms = Vec::new();
    for c in token.captures_iter(query) {
        let word = &c[1];
        if matches!(word, "AND" | "OR" | "NOT" | "NEAR") {
            continue;
        }
        let term = Term { key: search_key(word), prefix: !c[2].is_empty() };
        if !terms.contains(&term) {
            terms.push(term);
        }
    }
    terms
}

/// The passage of `text` around the densest run of query terms, on one line, with the
/// matching words marked. Falls back to the opening words when nothing matches (the
/// match was in the title).
pub fn snippet(text: &str, terms: &[Term]) -> String {
    static WORD: OnceLock<Regex> = OnceLock::new();
    let word = WORD.get_or_init(|| Regex::new(r"[\p{L}\p{M}\p{N}]+").unwrap());
    let text = Normalized::new(text).text;
    // Whether a word is a term, decided once per distinct word (an article repeats its
    // words: folding each occurrence was most of the time `kb search` spent on snippets).
    let mut seen: std::collections::HashMap<&str, bool> = std::collections::HashMap::new();
    let words: Vec<(usize, usize, bool)> = word
        .find_iter(&text)
        .map(|m| {
            let hit = *seen.entry(m.as_str()).or_insert_with(|| {
                let key = search_key(m.as_str());
                terms.iter().any(|t| if t.prefix { key.starts_with(&t.key) } else { key == t.key })
            });
            (m.start(), m.end(), hit)
        })
        .collect();
    if words.is_empty() {
        return String::new();
    }
    let hits: Vec<usize> = words.iter().enumerate().filter(|(_, w)| w.2).map(|(i, _)| i).collect();
    // The hit followed by the most hits within the width (the first such), in one pass.
    let (mut best, mut most, mut end) = (0, 0, 0);
    for (k, &i) in hits.iter().enumerate() {
        while end < hits.len() && hits[end] < i + WIDTH - LEAD {
            end += 1;
        }
        if end - k > most {
            (best, most) = (i, end - k);
        }
    }
    let first = best.saturating_sub(LEAD);
    let last = (first + WIDTH).min(words.len()) - 1;

    let mut out = String::new();
    if first > 0 {
        out.push('…');
    }
    let mut at = words[first].0;
    for &(start, end, hit) in &words[first..=last] {
        out.push_str(&text[at..start]);
        if hit {
            out.push('«');
            out.push_str(&text[start..end]);
            out.push('»');
        } else {
            out.push_str(&text[start..end]);
        }
        at = end;
    }
    if last + 1 < words.len() {
        out.push('…');
    } else {
        out.push_str(&text[at..]);
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operators_and_syntax_are_not_terms() {
        let terms = query_terms(r#""chuyển đổi số" AND title:nghi* NOT (Covid)"#);
        let keys: Vec<(&str, bool)> = terms.iter().map(|t| (t.key.as_str(), t.prefix)).collect();
        assert_eq!(keys, [("chuyen", false), ("doi", false), ("so", false), ("nghi", true), ("covid", false)]);
    }

    #[test]
    fn marks_words_without_regard_to_diacritics_or_tone_placement() {
        // sample-data/001's headline, written with the old tone placement "uỷ".
        let text = "Ban Thường vụ Tỉnh uỷ tổ chức phiên họp đầu tháng 3/2021.";
        let s = snippet(text, &query_terms("tinh ủy"));
        assert_eq!(s, "Ban Thường vụ «Tỉnh» «ủy» tổ chức phiên họp đầu tháng 3/2021.");
    }

    #[test]
    fn centres_on_the_densest_matches_and_marks_elision() {
        let filler = "một hai ba bốn năm sáu bảy tám chín mười ".repeat(6);
        let text = format!("chuyển {filler} chuyển đổi số là nhiệm vụ trọng tâm {filler}");
        let s = snippet(&text, &query_terms("chuyen doi so"));
        assert!(s.starts_with('…') && s.ends_with('…'), "{s}");
        assert!(s.contains("«chuyển» «đổi» «số» là nhiệm vụ"), "{s}");
    }
}

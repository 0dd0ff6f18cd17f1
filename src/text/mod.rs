//! Text utilities shared by every extractor: normalisation of messy Vietnamese text
//! (with a map back to the original for evidence), numbers, dates and the gazetteer.

pub mod dates;
pub mod gazetteer;
pub mod normalize;
pub mod numbers;
pub mod ordinals;
pub mod pattern_syntax;
pub mod snippet;
pub mod word_regex;

pub use normalize::{canonical, fold_key, full_text_form, search_key, Normalized};
pub use word_regex::WordRegex;

/// The longest prefix of `s` of at most `max` bytes that ends on a character boundary.
pub fn clip(s: &str, max: usize) -> &str {
    let mut end = max.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// The longest suffix of `s` of at most `max` bytes that starts on a character boundary.
pub fn clip_tail(s: &str, max: usize) -> &str {
    let mut start = s.len().saturating_sub(max);
    while !s.is_char_boundary(start) {
        start += 1;
    }
    &s[start..]
}

/// `s` without its first character (empty when `s` is): safe where `&s[1..]` would cut
/// a multi-byte character such as an en dash.
pub fn after_first_char(s: &str) -> &str {
    let mut chars = s.chars();
    chars.next();
    chars.as_str()
}

/// `s` with its first character in upper case ("đoàn" → "Đoàn"), whatever its width.
pub fn capitalise_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The matches of a `finder` regex (one that begins with `(?:^|[^\p{L}\p{N}])`) that
/// are whole words. Written so instead of with `\b`, which makes the regex crate fall
/// back to its slow engines on non-ASCII text: the leading non-letter left out, and no letter right after the end.
pub fn word_matches<'t>(finder: &'t WordRegex, text: &'t str) -> impl Iterator<Item = (usize, usize)> + 't {
    let mut pos = 0;
    std::iter::from_fn(move || {
        while let Some(m) = finder.find_at(text, pos) {
            let first = text[m.start()..].chars().next()?;
            let start = if first.is_alphanumeric() { m.start() } else { m.start() + first.len_utf8() };
            if text[m.end()..].chars().next().is_some_and(char::is_alphanumeric) {
                pos = start + text[start..].chars().next().map_or(1, char::len_utf8);
                continue;
            }
            pos = m.end();
            return Some((start, m.end()));
        }
        None
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn word_matches_are_whole_vietnamese_words() {
        let cue = super::WordRegex::new(r"(?i)(?:^|[^\p{L}\p{N}])(?:tham dự|dự)").unwrap();
        // "dự" inside "dựng" or "dự án" start is not the verb "dự"; "Dự hội nghị" is.
        let text = "Xây dựng Đảng. Dự hội nghị có đồng chí A; tham dự còn có B.";
        let found: Vec<&str> = super::word_matches(&cue, text).map(|(s, e)| &text[s..e]).collect();
        assert_eq!(found, ["Dự", "tham dự"]);
    }
}

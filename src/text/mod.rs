//! Text utilities shared by every extractor: normalisation of messy Vietnamese text
//! (with a map back to the original for evidence), numbers, dates and the gazetteer.

pub mod dates;
pub mod gazetteer;
pub mod normalize;
pub mod numbers;
pub mod ordinals;
pub mod snippet;

pub use normalize::{canonical, fold_key, full_text_form, search_key, Normalized};

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

//! Normalisation of Vietnamese text into one canonical form.
//!
//! Articles mix NFC and NFD, old and new tone placement ("Uỷ"/"Ủy", "hoà"/"hòa"),
//! `Ð` (U+00D0, the Icelandic eth) typed for `Đ`, and non-breaking spaces. Every
//! extractor works on the canonical text; [`Normalized`] keeps a map from canonical
//! byte offsets back to the original text so that evidence spans point at what the
//! article really said.

use unicode_normalization::UnicodeNormalization;

/// Combining tone marks of Vietnamese (grave, acute, tilde, hook above, dot below).
const TONE_MARKS: [char; 5] = ['\u{300}', '\u{301}', '\u{303}', '\u{309}', '\u{323}'];

/// A text in canonical form, with the way back to the original.
#[derive(Debug, Clone)]
pub struct Normalized {
    /// The canonical text (NFC, modern tone placement, `Đ` for `Ð`, plain spaces).
    pub text: String,
    /// One entry per word or per other character: (canonical start, original start, original end).
    chunks: Vec<(usize, usize, usize)>,
}

impl Normalized {
    /// Normalises `original`, remembering where each word came from.
    pub fn new(original: &str) -> Normalized {
        let mut text = String::with_capacity(original.len());
        let mut chunks = Vec::new();
        let mut word_start: Option<usize> = None;
        let flush = |start: usize, end: usize, text: &mut String, chunks: &mut Vec<_>| {
            chunks.push((text.len(), start, end));
            text.push_str(&canonical_word(&original[start..end]));
        };
        for (i, c) in original.char_indices() {
            if is_word_char(c) {
                word_start.get_or_insert(i);
                continue;
            }
            if let Some(start) = word_start.take() {
                flush(start, i, &mut text, &mut chunks);
            }
            chunks.push((text.len(), i, i + c.len_utf8()));
            match c {
                '\u{a0}' | '\u{2007}' | '\u{202f}' | '\t' => text.push(' '),
                '\u{200b}' | '\u{feff}' | '\u{ad}' => {}
                _ => text.push(c),
            }
        }
        if let Some(start) = word_start {
            flush(start, original.len(), &mut text, &mut chunks);
        }
        Normalized { text, chunks }
    }

    /// Maps a byte span of the canonical text to the matching span of the original.
    pub fn original_span(&self, start: usize, end: usize) -> (usize, usize) {
        (self.map(start, false), self.map(end, true))
    }

    fn map(&self, pos: usize, is_end: bool) -> usize {
        if self.chunks.is_empty() {
            return 0;
        }
        // The chunk holding `pos` (for an end, the chunk holding the byte before it).
        let probe = if is_end && pos > 0 { pos - 1 } else { pos };
        let idx = match self.chunks.binary_search_by(|c| c.0.cmp(&probe)) {
            Ok(i) => i,
            Err(0) => 0,
            Err(i) => i - 1,
        };
        let (norm_start, orig_start, orig_end) = self.chunks[idx];
        let norm_end = self.chunks.get(idx + 1).map_or(self.text.len(), |c| c.0);
        if norm_end - norm_start == orig_end - orig_start {
            (orig_start + pos.saturating_sub(norm_start)).min(orig_end)
        } else if is_end {
            orig_end
        } else {
            orig_start
        }
    }
}

fn is_word_char(c: char) -> bool {
    /// The answer for the first 0x2000 code points (every Vietnamese letter), made once
    /// from the test itself: the standard library's look-up of a letter beyond ASCII is
    /// a search of its tables, for every character of every article.
    static BELOW_2000: std::sync::LazyLock<Vec<bool>> =
        std::sync::LazyLock::new(|| (0..0x2000u32).map(|u| char::from_u32(u).is_some_and(slow_is_word_char)).collect());
    match c as u32 {
        0..0x80 => c.is_ascii_alphanumeric(),
        u @ 0..0x2000 => BELOW_2000[u as usize],
        _ => slow_is_word_char(c),
    }
}

fn slow_is_word_char(c: char) -> bool {
    c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c)
}

/// The canonical form of a word: NFC, `Đ` for `Ð`, tone mark on the vowel that
/// modern usage puts it on for the open syllables `oa`, `oe`, `uy` ("hoà" → "hòa",
/// "Uỷ" → "Ủy", "thuý" → "thúy").
fn canonical_word(word: &str) -> std::borrow::Cow<'_, str> {
    if is_canonical_already(word) {
        return std::borrow::Cow::Borrowed(word);
    }
    std::borrow::Cow::Owned(canonical_word_slow(word))
}

/// True when [`canonical_word`] would give the word back as it is: ASCII, or NFC
/// with no `Ð`/`ð` and not ending in a vowel pair whose tone might move (`oa`, `oe`,
/// `uy` in any case, with any marks). Most words of a real article are; checking costs
/// a pass over the word, where the full form decomposes and recomposes it.
fn is_canonical_already(word: &str) -> bool {
    if word.is_ascii() {
        return true;
    }
    if word.contains(['\u{d0}', '\u{f0}']) || unicode_normalization::is_nfc_quick(word.chars()) != unicode_normalization::IsNormalized::Yes {
        return false;
    }
    let base = |c: char| c.nfd().next().map_or(c, |b| b.to_ascii_lowercase());
    let mut last = word.chars().rev();
    match (last.next().map(base), last.next().map(base)) {
        (Some(b), Some(a)) => !matches!((a, b), ('o', 'a') | ('o', 'e') | ('u', 'y')),
        _ => true,
    }
}

fn canonical_word_slow(word: &str) -> String {
    let word: String = word
        .chars()
        .map(|c| match c {
            '\u{d0}' => '\u{110}',
            '\u{f0}' => '\u{111}',
            c => c,
        })
        .collect();
    if word.is_ascii() {
        return word;
    }
    let decomposed: Vec<char> = word.nfd().collect();
    let Some(tone_at) = decomposed.iter().position(|c| TONE_MARKS.contains(c)) else {
        return word.nfc().collect();
    };
    let tone = decomposed[tone_at];
    let base: Vec<char> = decomposed.iter().copied().filter(|c| *c != tone).collect();
    // Letters without marks, lower-cased, to recognise the syllable's ending.
    let letters: Vec<char> = base.iter().flat_map(|c| c.to_lowercase()).collect();
    let n = letters.len();
    let ends_open_pair = n >= 2
        && !base[n.saturating_sub(2)..].iter().any(|c| ('\u{300}'..='\u{36f}').contains(c))
        && matches!((letters[n - 2], letters[n - 1]), ('o', 'a') | ('o', 'e') | ('u', 'y'))
        && !(letters[n - 2] == 'u' && n >= 3 && letters[n - 3] == 'q');
    if !ends_open_pair || base.len() != n {
        return word.nfc().collect();
    }
    let mut out: Vec<char> = base.clone();
    out.insert(n - 1, tone); // right after the first vowel of the pair
    out.into_iter().nfc().collect()
}

/// The canonical form of a short string (a name, a title): normalised, with runs of
/// white space folded into one space and trimmed.
pub fn canonical(s: &str) -> String {
    Normalized::new(s).text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A key for comparing names and titles: canonical and lower case.
pub fn fold_key(s: &str) -> String {
    canonical(s).to_lowercase()
}

/// The form kb gives SQLite's full-text index and the queries run against it: the
/// normalised text with `đ`/`Đ` written `d`/`D`, the one Vietnamese letter whose mark
/// FTS5's `remove_diacritics` cannot strip. Case and punctuation are kept, so FTS query
/// syntax (`AND`, `"phrases"`, `prefix*`) passes through.
pub fn full_text_form(s: &str) -> String {
    Normalized::new(s)
        .text
        .chars()
        .map(|c| match c {
            'đ' => 'd',
            'Đ' => 'D',
            c => c,
        })
        .collect()
}

/// A key for loose search: lower case without any diacritics, `đ` as `d`.
pub fn search_key(s: &str) -> String {
    canonical(s).to_lowercase().nfd().filter(|c| !('\u{300}'..='\u{36f}').contains(c)).map(|c| if c == 'đ' { 'd' } else { c }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_word_character_table_agrees_with_the_test() {
        for u in 0..0x3000u32 {
            if let Some(c) = char::from_u32(u) {
                assert_eq!(is_word_char(c), slow_is_word_char(c), "{u:#x}");
            }
        }
    }

    #[test]
    fn folds_old_tone_placement_to_modern() {
        assert_eq!(canonical("Tỉnh uỷ"), "Tỉnh ủy");
        assert_eq!(canonical("Uỷ viên"), "Ủy viên");
        assert_eq!(canonical("Khánh Hoà"), "Khánh Hòa");
        assert_eq!(canonical("khoẻ"), "khỏe");
        // A final consonant keeps the tone where it is; "qu" is a consonant.
        assert_eq!(canonical("Hoàng"), "Hoàng");
        assert_eq!(canonical("quý"), "quý");
        assert_eq!(canonical("Quỳnh"), "Quỳnh");
    }

    #[test]
    fn folds_nfd_and_eth() {
        let nfd: String = "Thắng".nfd().collect();
        assert_eq!(canonical(&nfd), "Thắng");
        assert_eq!(canonical("\u{d0}ảng"), "Đảng");
    }

    #[test]
    fn maps_spans_back_to_the_original() {
        let original = "Bí thư Tỉnh uỷ Hải Dương";
        let nfd: String = original.nfd().collect();
        let n = Normalized::new(&nfd);
        let start = n.text.find("Hải").unwrap();
        let end = start + "Hải Dương".len();
        let (s, e) = n.original_span(start, end);
        assert_eq!(canonical(&nfd[s..e]), "Hải Dương");
        assert_eq!(n.text, "Bí thư Tỉnh ủy Hải Dương");
    }

    #[test]
    fn the_quick_check_agrees_with_the_full_form_on_real_words() {
        // Every word of the sample articles, in NFC and NFD, with old and new tone
        // placement and the eth, must come out as the full computation gives it.
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-data");
        let mut words: Vec<String> = [
            "hoà",
            "Hoà",
            "HOÀ",
            "khoẻ",
            "Uỷ",
            "uỷ",
            "thuý",
            "quý",
            "Quỳnh",
            "hòa",
            "ủy",
            "Ðảng",
            "ðảng",
            "Hoàng",
            "oa",
            "óa",
            "ÓA",
            "e\u{301}",
            "a\u{300}\u{323}",
        ]
        .iter()
        .map(|w| w.to_string())
        .collect();
        // And of the first 200 general-news articles, when they are there.
        let news = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/news-unc");
        let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
        if let Ok(entries) = std::fs::read_dir(news) {
            let mut more: Vec<_> = entries.map(|e| e.unwrap().path()).collect();
            more.sort();
            files.extend(more.into_iter().take(200));
        }
        for path in files {
            let text = std::fs::read_to_string(path).unwrap();
            words.extend(text.split(|c: char| !is_word_char(c)).filter(|w| !w.is_empty()).map(str::to_string));
        }
        words.sort();
        words.dedup();
        let mut quick = 0;
        for w in &words {
            for form in [w.clone(), w.nfd().collect::<String>(), w.to_uppercase(), w.replace('Đ', "\u{d0}")] {
                assert_eq!(canonical_word(&form), canonical_word_slow(&form), "{form:?}");
                quick += usize::from(is_canonical_already(&form));
            }
        }
        assert!(quick > words.len(), "the quick check should cover many words ({quick} of {})", words.len() * 4);
    }

    #[test]
    fn search_key_drops_diacritics() {
        assert_eq!(search_key("Chuyển đổi số"), "chuyen doi so");
        assert_eq!(search_key("Tỉnh uỷ"), search_key("Tinh uy"));
    }
}

//! [`WordRegex`]: a regular expression that compiles fast and searches Vietnamese text
//! at DFA speed, with exactly the matches of `regex::Regex`.
//!
//! Two costs of the regex crate on this text: its fast engine (the lazy DFA) cannot check
//! a Unicode `\b` once the text holds a non-ASCII byte, which every Vietnamese sentence
//! does, and falls back to the PikeVM, 10 to 50 times slower, over the whole rest of the
//! text; and a pattern full of Unicode classes (`\p{L}`, `(?i)` over Vietnamese letters),
//! above all in bounded repetitions (`[\p{L} ]{0,40}` writes its class 40 times), takes
//! milliseconds to compile, twice (forwards, and backwards for the DFA). A `WordRegex`
//! searches in two steps instead:
//! 1. the *finder*, a looser pattern (its Unicode word boundaries dropped, its wide
//!    classes taking in every character beyond the Latin blocks, or beyond ASCII when
//!    built for short inputs, its wide repetitions unbounded: see `finder_of`), so it
//!    matches wherever the pattern does, and more, compiles to a small
//!    automaton and runs as a DFA; it gives the leftmost place a match may start;
//! 2. the *pattern* itself, compiled forwards only on the first candidate, is tried
//!    anchored at that place, where it dies within the length of a match; if it fails
//!    there the finder goes on one character later.
//!
//! The first place the pattern matches anchored is where its leftmost match starts, and
//! the anchored match there is the one leftmost-first search picks, so every result is
//! the regex crate's. A pattern the finder would not loosen, or one that can match the
//! empty string (whose iteration has its own rules), is searched as one regex, as the
//! regex crate does: a `WordRegex` can stand for any `Regex`.

use regex_automata::nfa::thompson::WhichCaptures;
use regex_automata::util::captures::Captures as Slots;
use regex_automata::{meta, Anchored, Input};
use regex_syntax::hir::{Hir, HirKind, Look};
use std::ops::Index;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;

/// Whether patterns compiled from now on are built for long inputs (see [`set_long_inputs`]).
static LONG_INPUTS: AtomicBool = AtomicBool::new(true);

/// Whether patterns compiled from now on are built for searching long inputs: with a
/// literal prefilter, and finders exact over the Latin blocks (see [`LATIN_BLOCKS`]).
/// Both speed up a load of many articles, and both cost start-up: extracting the literals
/// of a case-insensitive pattern and building their searcher was a fifth of a one-article
/// `kb extract`, exact finders a tenth more. Commands reading little text turn them off
/// before compiling anything. Matches are the same either way.
pub fn set_long_inputs(on: bool) {
    LONG_INPUTS.store(on, Ordering::Relaxed);
}

/// A regular expression searched as described in the module's documentation. The API
/// is the part of `regex::Regex` the extractors use.
pub struct WordRegex {
    pattern: String,
    hir: Hir,
    /// The finder; the pattern itself when `two_step` is false.
    finder: meta::Regex,
    two_step: bool,
    /// The pattern, for anchored tries; built on the first try.
    full: OnceLock<meta::Regex>,
}

impl std::fmt::Debug for WordRegex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("WordRegex").field(&self.pattern).finish()
    }
}

/// A pattern that does not compile.
pub type Error = Box<dyn std::error::Error + Send + Sync>;

/// A class with more ranges than this beyond ASCII is, in a finder, any non-ASCII
/// character: a Unicode class such as `\p{L}` compiles to hundreds of UTF-8 states each
/// time it is written, "any non-ASCII character" to a handful.
const WIDE_CLASS_RANGES: usize = 8;

/// The blocks Vietnamese is written in (ASCII, Latin-1 and Latin Extended-A and -B, Latin
/// Extended Additional): a wide class keeps its exact ranges there in a finder built for
/// long inputs (`set_long_inputs`), so that `\p{Lu}` finds only capitals in Vietnamese
/// text, and takes in every character beyond. Written in NFC, a Vietnamese letter is one
/// of these; the finder stays small. For short inputs only its ASCII ranges are kept.
const LATIN_BLOCKS: [(char, char); 2] = [('\0', '\u{24f}'), ('\u{1e00}', '\u{1eff}')];

/// A repetition with more optional copies than this is, in a finder, unbounded:
/// `[\p{L} ]{0,40}` compiles its class 40 times, `[\p{L} ]*` once.
const WIDE_REPETITION: u32 = 3;

/// The finder of `hir`: an expression that matches wherever `hir` does, and that compiles
/// to a small automaton. Unicode word-boundary assertions become the empty string, wide
/// classes (see [`WIDE_CLASS_RANGES`]) keep their ranges in [`LATIN_BLOCKS`] and take in
/// every character beyond, and wide bounded repetitions lose their bound; None when nothing is to
/// change (nothing is copied then: the gazetteer's alternations hold thousands of names).
fn finder_of(hir: &Hir) -> Option<Hir> {
    use regex_syntax::hir::{Class, ClassUnicode, ClassUnicodeRange};
    match hir.kind() {
        HirKind::Look(look) => match look {
            Look::WordUnicode
            | Look::WordUnicodeNegate
            | Look::WordStartUnicode
            | Look::WordEndUnicode
            | Look::WordStartHalfUnicode
            | Look::WordEndHalfUnicode => Some(Hir::empty()),
            _ => None,
        },
        HirKind::Class(Class::Unicode(class)) if class.ranges().iter().filter(|r| r.end() > '\x7f').count() > WIDE_CLASS_RANGES => {
            // Exact over the Latin blocks, any character beyond them (for short inputs, over
            // ASCII only: smaller to build).
            let blocks: &[(char, char)] = if LONG_INPUTS.load(Ordering::Relaxed) { &LATIN_BLOCKS } else { &[('\0', '\x7f')] };
            let latin = ClassUnicode::new(blocks.iter().map(|&(a, b)| ClassUnicodeRange::new(a, b)));
            let mut wide = class.clone();
            wide.intersect(&latin);
            let mut beyond = latin;
            beyond.negate();
            wide.union(&beyond);
            Some(Hir::class(Class::Unicode(wide)))
        }
        HirKind::Empty | HirKind::Literal(_) | HirKind::Class(_) => None,
        HirKind::Repetition(r) => {
            let sub = finder_of(&r.sub);
            let unbound = r.max.is_some_and(|max| max - r.min > WIDE_REPETITION);
            if sub.is_none() && !unbound {
                return None;
            }
            let mut r = r.clone();
            if let Some(sub) = sub {
                r.sub = Box::new(sub);
            }
            if unbound {
                r.max = None;
            }
            Some(Hir::repetition(r))
        }
        HirKind::Capture(c) => finder_of(&c.sub).map(|sub| {
            let mut c = c.clone();
            c.sub = Box::new(sub);
            Hir::capture(c)
        }),
        HirKind::Concat(subs) => finders_of(subs).map(Hir::concat),
        HirKind::Alternation(subs) => finders_of(subs).map(Hir::alternation),
    }
}

/// The finders of `subs`, the unchanged ones copied, when one of them changes.
fn finders_of(subs: &[Hir]) -> Option<Vec<Hir>> {
    let finders: Vec<Option<Hir>> = subs.iter().map(finder_of).collect();
    if finders.iter().all(Option::is_none) {
        return None;
    }
    Some(finders.into_iter().zip(subs).map(|(finder, sub)| finder.unwrap_or_else(|| sub.clone())).collect())
}

impl WordRegex {
    /// Compiles `pattern` (the regex crate's syntax and defaults).
    pub fn new(pattern: &str) -> Result<WordRegex, Error> {
        crate::timings::timed(&format!("word regex {:?}", crate::text::clip(pattern, 60)), || WordRegex::build(pattern))
    }

    fn build(pattern: &str) -> Result<WordRegex, Error> {
        let hir = crate::text::pattern_syntax::parse(pattern)?;
        // Every pattern the unit tests compile checks the quicker parse against the regex crate's.
        #[cfg(test)]
        assert_eq!(hir, regex_automata::util::syntax::parse(pattern)?, "pattern_syntax::parse differs from regex_syntax on {pattern:?}");
        let finder_hir = finder_of(&hir).filter(|_| hir.properties().minimum_len().is_some_and(|n| n > 0));
        let two_step = finder_hir.is_some();
        // No full DFA: it is tried only on tiny automata, where the lazy DFA does as well.
        let config = meta::Config::new().dfa(false).auto_prefilter(LONG_INPUTS.load(Ordering::Relaxed));
        let finder = match &finder_hir {
            // A finder only tells where a match starts: no groups, no one-pass DFA.
            Some(finder_hir) => meta::Builder::new().configure(config.which_captures(WhichCaptures::Implicit).onepass(false)).build_from_hir(finder_hir)?,
            None => meta::Builder::new().configure(config).build_from_hir(&hir)?,
        };
        Ok(WordRegex { pattern: pattern.to_string(), hir, finder, two_step, full: OnceLock::new() })
    }

    pub fn as_str(&self) -> &str {
        &self.pattern
    }

    fn full(&self) -> &meta::Regex {
        self.full.get_or_init(|| {
            // Only anchored searches: no DFA (the lazy one would give up on Vietnamese
            // text anyway), which spares building the reverse automaton, and no prefilter.
            // No backtracker either: it clears a table as long as the rest of the text at
            // each try, where most tries die within a few characters (the PikeVM's work
            // ends with them).
            let config = meta::Config::new().hybrid(false).dfa(false).backtrack(false).auto_prefilter(false);
            crate::timings::timed(&format!("word regex full {:?}", crate::text::clip(&self.pattern, 60)), || {
                meta::Builder::new().configure(config).build_from_hir(&self.hir).expect("the pattern compiled once already")
            })
        })
    }

    /// The two-step search: the first place at or after `start` where the finder says a
    /// match may start and `confirm`, an anchored try of the pattern there, says it does.
    fn first_confirmed<T>(&self, haystack: &str, start: usize, mut confirm: impl FnMut(&Input<'_>) -> Option<T>) -> Option<T> {
        let mut pos = start;
        while pos <= haystack.len() {
            let at = self.finder.search(&Input::new(haystack).span(pos..haystack.len()))?.start();
            if let Some(found) = confirm(&Input::new(haystack).span(at..haystack.len()).anchored(Anchored::Yes)) {
                return Some(found);
            }
            pos = at + haystack[at..].chars().next().map_or(1, char::len_utf8);
        }
        None
    }

    /// The leftmost match starting at `start` or later, without its groups.
    fn find_span(&self, haystack: &str, start: usize) -> Option<(usize, usize)> {
        let m = if self.two_step {
            self.first_confirmed(haystack, start, |input| self.full().search(input))?
        } else {
            self.finder.search(&Input::new(haystack).span(start..haystack.len()))?
        };
        Some((m.start(), m.end()))
    }

    pub fn is_match(&self, haystack: &str) -> bool {
        if !self.two_step {
            return self.finder.is_match(haystack);
        }
        self.find_span(haystack, 0).is_some()
    }

    pub fn find<'h>(&self, haystack: &'h str) -> Option<Match<'h>> {
        self.find_at(haystack, 0)
    }

    pub fn find_at<'h>(&self, haystack: &'h str, start: usize) -> Option<Match<'h>> {
        self.find_span(haystack, start).map(|(start, end)| Match { haystack, start, end })
    }

    pub fn captures<'h>(&self, haystack: &'h str) -> Option<Captures<'h>> {
        self.captures_at(haystack, 0)
    }

    pub fn captures_at<'h>(&self, haystack: &'h str, start: usize) -> Option<Captures<'h>> {
        if !self.two_step {
            let mut slots = self.finder.create_captures();
            self.finder.search_captures(&Input::new(haystack).span(start..haystack.len()), &mut slots);
            return slots.is_match().then_some(Captures { haystack, slots });
        }
        // The slots are made on the first candidate: most searches find none.
        let mut slots: Option<Slots> = None;
        self.first_confirmed(haystack, start, |input| {
            let full = self.full();
            let s = slots.get_or_insert_with(|| full.create_captures());
            full.search_captures(input, s);
            s.is_match().then_some(())
        })?;
        Some(Captures { haystack, slots: slots? })
    }

    /// Successive non-overlapping matches with their groups, left to right.
    pub fn captures_iter<'r, 'h>(&'r self, haystack: &'h str) -> CapturesIter<'r, 'h> {
        let plain = (!self.two_step).then(|| self.finder.captures_iter(haystack));
        CapturesIter { re: self, haystack, plain, pos: 0 }
    }

    /// `haystack` with every non-overlapping match replaced by `replacement` taken as it is
    /// (`regex::Regex::replace_all` with `NoExpand`).
    pub fn replace_all<'h>(&self, haystack: &'h str, replacement: &str) -> std::borrow::Cow<'h, str> {
        let mut matches = self.find_iter(haystack).peekable();
        if matches.peek().is_none() {
            return std::borrow::Cow::Borrowed(haystack);
        }
        let mut out = String::with_capacity(haystack.len());
        let mut last = 0;
        for m in matches {
            out.push_str(&haystack[last..m.start()]);
            out.push_str(replacement);
            last = m.end();
        }
        out.push_str(&haystack[last..]);
        std::borrow::Cow::Owned(out)
    }

    /// Successive non-overlapping matches, left to right.
    pub fn find_iter<'r, 'h>(&'r self, haystack: &'h str) -> FindIter<'r, 'h> {
        let plain = (!self.two_step).then(|| self.finder.find_iter(haystack));
        FindIter { re: self, haystack, plain, pos: 0 }
    }
}

/// The iterator of [`WordRegex::find_iter`].
pub struct FindIter<'r, 'h> {
    re: &'r WordRegex,
    haystack: &'h str,
    plain: Option<meta::FindMatches<'r, 'h>>,
    pos: usize,
}

impl<'h> Iterator for FindIter<'_, 'h> {
    type Item = Match<'h>;
    fn next(&mut self) -> Option<Match<'h>> {
        let haystack = self.haystack;
        if let Some(plain) = &mut self.plain {
            return plain.next().map(|m| Match { haystack, start: m.start(), end: m.end() });
        }
        // (Two-step patterns never match the empty string: each match moves on.)
        let (start, end) = self.re.find_span(haystack, self.pos)?;
        self.pos = end;
        Some(Match { haystack, start, end })
    }
}

/// The iterator of [`WordRegex::captures_iter`].
pub struct CapturesIter<'r, 'h> {
    re: &'r WordRegex,
    haystack: &'h str,
    plain: Option<meta::CapturesMatches<'r, 'h>>,
    pos: usize,
}

impl<'h> Iterator for CapturesIter<'_, 'h> {
    type Item = Captures<'h>;
    fn next(&mut self) -> Option<Captures<'h>> {
        let haystack = self.haystack;
        if let Some(plain) = &mut self.plain {
            return plain.next().map(|slots| Captures { haystack, slots });
        }
        let c = self.re.captures_at(haystack, self.pos)?;
        self.pos = c.get(0)?.end();
        Some(c)
    }
}

/// A match or a capture group: a span of the haystack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match<'h> {
    haystack: &'h str,
    start: usize,
    end: usize,
}

impl<'h> Match<'h> {
    pub fn start(&self) -> usize {
        self.start
    }
    pub fn end(&self) -> usize {
        self.end
    }
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
    pub fn as_str(&self) -> &'h str {
        &self.haystack[self.start..self.end]
    }
}

/// The groups of one match.
pub struct Captures<'h> {
    haystack: &'h str,
    slots: Slots,
}

impl<'h> Captures<'h> {
    pub fn get(&self, i: usize) -> Option<Match<'h>> {
        self.slots.get_group(i).map(|s| Match { haystack: self.haystack, start: s.start, end: s.end })
    }
    /// The group of that name.
    pub fn name(&self, name: &str) -> Option<Match<'h>> {
        self.slots.get_group_by_name(name).map(|s| Match { haystack: self.haystack, start: s.start, end: s.end })
    }
    /// The number of groups, group 0 (the whole match) included.
    pub fn len(&self) -> usize {
        self.slots.group_len()
    }
    pub fn is_empty(&self) -> bool {
        false
    }
}

impl Index<usize> for Captures<'_> {
    type Output = str;
    fn index(&self, i: usize) -> &str {
        self.get(i).map(|m| &self.haystack[m.start..m.end]).unwrap_or_else(|| panic!("no group {i}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every match of `pattern` in `text`, with its groups, by both engines.
    /// Each match's groups as byte ranges.
    type Groups = Vec<Vec<Option<(usize, usize)>>>;

    fn both(pattern: &str, text: &str) -> (Groups, Groups) {
        let ours = WordRegex::new(pattern).unwrap();
        let theirs = regex::Regex::new(pattern).unwrap();
        let a = ours.captures_iter(text).map(|c| (0..c.len()).map(|i| c.get(i).map(|m| (m.start(), m.end()))).collect()).collect();
        let b = theirs.captures_iter(text).map(|c| (0..c.len()).map(|i| c.get(i).map(|m| (m.start(), m.end()))).collect()).collect();
        (a, b)
    }

    /// Patterns of the meeting rules' shapes, without `\b`: wide classes, wide bounded
    /// repetitions (lazy and greedy), `(?i)` over Vietnamese letters, anchors and groups,
    /// searched in two steps and giving the regex crate's matches.
    #[test]
    fn loosened_finders_keep_the_regex_crates_matches() {
        let text = "Sáng 6/4, Hội nghị Tỉnh ủy Bắc Ninh lần thứ 14 khai mạc; hội nghị TỈNH ỦY lần thứ 2. \
                    Hội nghị Thành ủy Hà Nội mở rộng của ban chấp hành khóa XVII lần thứ năm.\nNGHỊ QUYẾT ĐẠI HỘI\nBan Thường vụ Tỉnh ủy họp. \
                    Tỉnh ủy Ninh Bình tổ chức hội nghị quán triệt; Ban Thường vụ Thành ủy Huế sẽ họp; ĐẢNG BỘ TỈNH Λάμδα lần thứ 3, 中文 lần thứ 4";
        let patterns = [
            r"(?i)(?:hội nghị) (?:tỉnh ủy|thành ủy)(?: [\p{L} ]{2,25}?)?(?: khóa ([IVXLC]+))? lần thứ ([\p{L}0-9]+)",
            r"(?i)(?:hội nghị) [^.;]{0,40}?(?:của|giữa) (ban chấp hành|ban thường vụ)",
            r"(?i)(?:^|, |\. )(?:tỉnh ủy|thành ủy)(?-i:(?: \p{Lu}\p{Ll}*){0,3}) (?:đã )?tổ chức",
            r"(?i)(?:^|[^\p{L}] )(ban thường vụ) (?:tỉnh ủy|thành ủy)[^.;,]{0,40}?họp",
            r"(?m)^[\p{Lu} ]{3,40}$",
            r"[\p{L} ]{5,10}",
            r"(?i)đảng bộ tỉnh [\p{L}]{1,8} lần thứ ([0-9]+)",
        ];
        for pattern in patterns {
            assert!(WordRegex::new(pattern).unwrap().two_step, "{pattern}");
            let (a, b) = both(pattern, text);
            assert!(!b.is_empty(), "{pattern}");
            assert_eq!(a, b, "{pattern}");
            let ours = WordRegex::new(pattern).unwrap();
            let theirs = regex::Regex::new(pattern).unwrap();
            for start in (0..text.len()).filter(|&i| text.is_char_boundary(i)) {
                assert_eq!(ours.find_at(text, start).map(|m| m.range()), theirs.find_at(text, start).map(|m| m.range()), "{pattern} at {start}");
            }
        }
        // Nothing to loosen: one regex.
        assert!(!WordRegex::new(r"(?i)hội nghị (tỉnh ủy|thành ủy)").unwrap().two_step);
    }

    #[test]
    fn replaces_what_the_regex_crate_replaces() {
        let text = "Chủ tịch HĐND tỉnh, Phó Chủ tịch HĐND; XHĐNDY và HĐND";
        for pattern in [r"(?:^|\b)HĐND(?:\b|$)", r"\bnothing\b"] {
            let theirs = regex::Regex::new(pattern).unwrap().replace_all(text, regex::NoExpand("Hội đồng nhân dân")).into_owned();
            assert_eq!(WordRegex::new(pattern).unwrap().replace_all(text, "Hội đồng nhân dân"), theirs, "{pattern}");
        }
    }

    /// A finder keeps a wide class exact over the Latin blocks: `\p{Lu}` finds capitals,
    /// not every Vietnamese letter; beyond those blocks it takes in any character.
    #[test]
    fn a_finder_of_capitals_skips_small_letters() {
        let r = WordRegex::new(r"\b\p{Lu}\p{Ll}*(?:\s\p{Lu}\p{Ll}*){1,3}").unwrap();
        assert!(r.two_step);
        let text = "ước được như ý Nguyễn Văn Ân";
        assert_eq!(r.finder.find(text).map(|m| m.start()), text.find('N'));
        assert_eq!(r.finder.find("là Ωmega Βήτα").map(|m| m.start()), Some("là ".len()));
    }

    #[test]
    fn finds_what_the_regex_crate_finds() {
        let text = "Nghị quyết số 15-NQ/TU, 22/2019/NQ-HĐND và Đ15-NQ/TU; Kế hoạch 154 của Tỉnh ủy \
                    Đồng chí Nguyễn Văn A, Bí thư; ông Lê Văn Bình. TPHCM 1-KL/TW x1-KL/TW \
                    Λάμδα Βήτα, ông Ωmega Βήτα; Nguye\u{302}\u{303}n Văn Ân, Ǆan Ǉubo";
        for pattern in [
            r"\b([0-9]{1,5}[a-z]?)\s*[-–]\s*([A-ZĐ]{1,4})\s*/\s*([A-ZĐ][A-ZĐa-z]*)",
            r"\b([0-9]{1,5})((?:\s*/\s*[0-9]{4})?)\s*/\s*([A-ZĐ]+)[-–]([A-ZĐ]+)\b",
            r"(?:\b(?:ông|bà|đồng chí)|\b(?:Ông|Bà|Đồng chí))\s+(\p{Lu}[\p{Ll}]+)\b",
            r"\b\p{Lu}\p{Ll}*(?:\s\p{Lu}\p{Ll}*){1,3}",
            r"(?i)\b(kế hoạch|nghị quyết)(?:\s+số)?\s+([0-9]{1,5})",
            r"\bP",
            r"[a-zđ]+\b",
        ] {
            let (a, b) = both(pattern, text);
            assert_eq!(a, b, "{pattern}");
        }
        for (pattern, text) in [(r"\b", "ab cd"), (r"x*", "axxb"), (r"(?i)đại hội", "Đại hội, ĐẠI HỘI")] {
            let (a, b) = both(pattern, text);
            assert_eq!(a, b, "{pattern}");
            let ours = WordRegex::new(pattern).unwrap();
            let theirs = regex::Regex::new(pattern).unwrap();
            let a: Vec<_> = ours.find_iter(text).map(|m| m.range()).collect();
            let b: Vec<_> = theirs.find_iter(text).map(|m| m.range()).collect();
            assert_eq!(a, b, "{pattern}");
        }
        let r = WordRegex::new(r"\b([0-9]+)-(NQ)").unwrap();
        let c = r.captures("x 15-NQ").unwrap();
        assert_eq!((&c[1], c.get(2).unwrap().as_str(), r.find_at("15-NQ 16-NQ", 1).unwrap().start()), ("15", "NQ", 6));
    }
}

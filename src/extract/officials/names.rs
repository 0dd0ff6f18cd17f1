//! People's names: a run of capitalised syllables is a name when it starts with a
//! family name of `data/surnames.txt`, or when it stands where a name stands — after an
//! honorific or a rank ("đồng chí Điểu Kré", "Đại tá U Huấn"), right after a title
//! ("Phó Chủ tịch Quốc hội Uông Chu Lưu"), or as a member of a list before its own
//! titles ("; Điểu Kré, Phó trưởng Ban ..."). The surname list is evidence, not a gate.
//! The words that mark those positions are in `data/name_cues.tsv`.

use crate::data::DataFile;
use crate::extract::roles::{is_surname, level_of, starts_with_title_head, TitleMatch};
use crate::text::WordRegex as Regex;
use std::sync::LazyLock;

const NAME_CUES: DataFile = crate::data_file!("name_cues.tsv");
const COUNTRIES: DataFile = crate::data_file!("countries.txt");

/// A run of capitalised syllables that may be a person's name ("H'Yim Kđoh"), or one
/// word joined by an apostrophe ("K'Mák", "K’Mák").
pub(super) static NAME: LazyLock<crate::text::WordRegex> = LazyLock::new(|| {
    crate::text::WordRegex::new(r"\b(?:(?:\p{Lu}['’])?\p{Lu}[\p{Ll}'’]*(?:\s(?:\p{Lu}['’])?\p{Lu}[\p{Ll}'’]*){1,7}|\p{Lu}['’]\p{Lu}\p{Ll}+)").unwrap()
});

/// Capitalised words that open a title or an organisation: a name does not go on over them.
const NOT_IN_NAMES: [&str; 13] = ["Tỉnh", "Huyện", "Ủy", "Ban", "Bí", "Phó", "Chủ", "Hội", "Đảng", "Trưởng", "Giám", "Bộ", "Sở"];

struct Cues {
    /// Honorifics and ranks, lower case, longest first.
    honorifics: Vec<String>,
    /// The honorifics put before officials (kind official_honorific), lower case, in the
    /// file's order.
    official_honorifics: Vec<String>,
    /// Military and police ranks only, lower case.
    ranks: Vec<String>,
    middle: Vec<String>,
    not_start: Vec<String>,
    /// Lower case.
    org_end: Vec<String>,
    countries: Vec<String>,
}

static CUES: LazyLock<Cues> = LazyLock::new(|| {
    let countries = COUNTRIES.lines().iter().map(|r| crate::text::canonical(r.text())).collect();
    let mut cues = Cues {
        honorifics: Vec::new(),
        official_honorifics: Vec::new(),
        ranks: Vec::new(),
        middle: Vec::new(),
        not_start: Vec::new(),
        org_end: Vec::new(),
        countries,
    };
    for row in NAME_CUES.table(2) {
        let word = crate::text::canonical(row.required(0));
        match row.required(1) {
            "honorific" => cues.honorifics.push(word.to_lowercase()),
            "official_honorific" => {
                cues.honorifics.push(word.to_lowercase());
                cues.official_honorifics.push(word.to_lowercase());
            }
            "rank" => {
                cues.honorifics.push(word.to_lowercase());
                cues.ranks.push(word.to_lowercase());
            }
            "middle" => cues.middle.push(word),
            "not_start" => cues.not_start.push(word),
            "org_end" => cues.org_end.push(word.to_lowercase()),
            other => row.fail(&format!("kind {other:?} is not one of honorific, official_honorific, rank, middle, not_start, org_end")),
        }
    }
    cues.honorifics.sort_by_key(|h| std::cmp::Reverse(h.chars().count()));
    cues
});

/// Where a run of capitals stands in its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Position {
    /// Nowhere in particular: a name only if it starts with a known family name.
    Free,
    /// After an honorific or a rank.
    Honorific,
    /// Right after a title, a space between.
    AfterTitle,
    /// A member of a list of people: after ":" or ";", its own titles right after it.
    ListMember,
}

/// Where the run `text[start..end]` stands, given the titles of its sentence.
pub(super) fn position(text: &str, start: usize, end: usize, titles: &[TitleMatch]) -> Position {
    let before = &text[..start];
    let trimmed = before.trim_end();
    if ends_with_honorific(trimmed) {
        return Position::Honorific;
    }
    // Right after a vocabulary title of a province or below whose organisation is complete: not "Chủ tịch UBND
    // Mỹ Châu" (the title wants its place), not "Thủ tướng Ấn Độ Narendra Modi" (a
    // foreign post), not after a place word the title left without its place.
    // A central title ("Thủ tướng Boris Johnson") names as many foreigners as Vietnamese
    // officials, whose family names are known: only a provincial or lower title counts.
    let local = |t: &TitleMatch| level_of(&t.code, &t.title).is_some_and(|level| level != "central");
    let after_title = titles
        .iter()
        .any(|t| t.end < start && local(t) && before[t.end..].chars().all(char::is_whitespace) && !ends_with_word(&before[t.start..t.end], &CUES.org_end));
    if after_title && !PLACE_WORD.is_match(trimmed) && !starts_with_word(&text[start..end], &CUES.countries) {
        return Position::AfterTitle;
    }
    // "Phó Chủ tịch HĐND tỉnh Chá A Của": after "tỉnh" the title wants a province, and a run
    // of three syllables or more that is none is the holder's name (h6_012).
    if after_title
        && PROVINCE_WORD.is_match(trimmed)
        && text[start..end].split_whitespace().count() >= 3
        && crate::text::gazetteer::Gazetteer::get().province_at_start(&text[start..end]).is_none()
    {
        return Position::AfterTitle;
    }
    // "Các ông: K’Mak và Nguyễn Văn Triệu", "các ông Nguyễn Văn Triệu và K’Mak" (h70_004): a
    // plural honorific and a colon open a list; a one-word name joined to a name before it
    // is in that list.
    static PLURAL_HONORIFIC_COLON: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)(?:^|[^\p{L}])(?:các\s+)?(?:ông|bà|đồng chí)\s*:$").unwrap());
    static JOINED_TO_A_NAME: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\p{Lu}\p{Ll}*(?:,| và)$").unwrap());
    if PLURAL_HONORIFIC_COLON.is_match(trimmed) || !text[start..end].contains(' ') && JOINED_TO_A_NAME.is_match(trimmed) {
        return Position::ListMember;
    }
    if trimmed.ends_with([':', ';']) {
        static OWN_TITLE_GAP: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*(?:,|\(|[–—-])\s*$").unwrap());
        if titles.iter().any(|t| t.start >= end && OWN_TITLE_GAP.is_match(&text[end..t.start])) {
            return Position::ListMember;
        }
    }
    Position::Free
}

/// "tỉnh" or "thành phố" ending a text: the place word of a province.
static PROVINCE_WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)(?:^|[^\p{L}])(?:tỉnh|thành phố)$").unwrap());

/// A place word ending a text: "tỉnh", "huyện", "xã" ...
static PLACE_WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)(?:^|[^\p{L}])(?:tỉnh|thành phố|tp\.?|huyện|quận|thị xã|xã|phường|thị trấn)$").unwrap());

/// True when `s` ends with one of `words` (lower case) as a whole word.
fn ends_with_word(s: &str, words: &[String]) -> bool {
    let lower = s.to_lowercase();
    words.iter().any(|w| lower.ends_with(w.as_str()) && lower[..lower.len() - w.len()].chars().next_back().is_none_or(|c| !c.is_alphanumeric()))
}

/// True when `s` starts with one of `words` as a whole word.
fn starts_with_word(s: &str, words: &[String]) -> bool {
    words.iter().any(|w| s.starts_with(w.as_str()) && s[w.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric()))
}

/// The start of a run of capitals past a capitalised honorific that opens it: "Ông
/// Nguyễn Văn A" at the start of a sentence is "Nguyễn Văn A" after "Ông".
pub(super) fn past_honorific(text: &str, start: usize, end: usize) -> usize {
    let run = &text[start..end];
    let lower = run.to_lowercase();
    for h in &CUES.honorifics {
        if lower.starts_with(h.as_str()) && lower[h.len()..].starts_with(' ') && lower.len() == run.len() {
            return start + h.len() + 1;
        }
    }
    start
}

/// The start of a run of capitals past a country that opens it ("Hoa Kỳ", "Hàn Quốc
/// Moon Jae-in"): a country is no part of a name, and a run that is one is no name.
pub(super) fn past_country(text: &str, start: usize, end: usize) -> usize {
    let run = &text[start..end];
    match CUES.countries.iter().filter(|c| starts_with_word(run, std::slice::from_ref(c))).map(String::len).max() {
        Some(len) => (start + len + 1).min(end),
        None => start,
    }
}

/// True when `s` ends with an honorific or a rank as a whole word ("các đồng chí", "Đại tá").
/// `re` with each `{OFFICIAL}` replaced by the alternation of the honorifics put before
/// officials ("(?:đồng chí|đ/c|ông|bà)", data/name_cues.tsv kind official_honorific): the
/// one place the linking rules take them from.
pub(super) fn with_official_honorifics(re: &str) -> String {
    let words: Vec<String> = CUES.official_honorifics.iter().map(|h| regex::escape(h)).collect();
    re.replace("{OFFICIAL}", &format!("(?:{})", words.join("|")))
}

pub(super) fn ends_with_honorific(s: &str) -> bool {
    let lower = s.to_lowercase();
    CUES.honorifics.iter().any(|h| lower.ends_with(h.as_str()) && lower[..lower.len() - h.len()].chars().next_back().is_none_or(|c| !c.is_alphanumeric()))
}

/// True when `gap` is a comma and a military or police rank, as between a title and the
/// name it belongs to: "Bộ trưởng Bộ Công an, Đại tướng Lương Tam Quang", "Giám đốc Công
/// an tỉnh, Thiếu tướng B". The rank is no title (data/name_cues.tsv, kind rank).
pub(super) fn comma_and_rank(gap: &str) -> bool {
    let lower = gap.trim().to_lowercase();
    let Some(rest) = lower.strip_prefix(',') else { return false };
    let rest = rest.trim_start();
    CUES.ranks.iter().any(|r| rest == r.as_str())
}

/// True when `gap` is only a military or police rank ("Đại tá"), or nothing.
pub(super) fn only_rank(gap: &str) -> bool {
    let lower = gap.trim().to_lowercase();
    CUES.ranks.iter().any(|r| lower == r.as_str())
}

/// `s` without the honorific or rank it ends with, and the space after it: "; Đại tá "
/// is "; ". `s` itself when it ends with none.
pub(super) fn without_honorific_end(s: &str) -> &str {
    let trimmed = s.trim_end();
    let lower = trimmed.to_lowercase();
    for h in &CUES.honorifics {
        if lower.ends_with(h.as_str()) && lower[..lower.len() - h.len()].chars().next_back().is_none_or(|c| !c.is_alphanumeric()) {
            // Lower-casing keeps the byte length of these words (Vietnamese letters).
            if let Some(head) = trimmed.get(..trimmed.len() - h.len()) {
                return head;
            }
        }
    }
    s
}

/// The span when `text[start..end]` is a person's name and nothing else (a member of a
/// list of people).
pub(super) fn whole_name(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let m = NAME.find(&text[start..end])?;
    if m.start() != 0 || m.end() != end - start {
        return None;
    }
    trim_to_name(text, start, end, Position::ListMember).filter(|&(s, e)| s == start && e == end)
}

/// Narrows a run of capitalised words to a person's name of two to six syllables, none
/// of them a word that opens a title. Where the run stands says where the name starts:
/// anywhere, at its first family name; after an honorific, a title or in a list, at its
/// first word unless that word opens an organisation (and, after a title, where a
/// family name follows what is left of the title's organisation).
/// "1. Đồng Trương Quang A, Ủy viên Trung ương Đảng": "Đồng chí" typed without "chí". Told
/// from the family name Đồng by a second family name right after it, three words of name
/// after it, and an aside (a comma) after the name: the name starts at the second word.
fn honorific_lost_its_second_word(words: &[(usize, &str)], after_run: &str) -> bool {
    words.len() >= 4 && words[0].1 == "Đồng" && is_surname(words[1].1) && after_run.starts_with(',')
}

pub(super) fn trim_to_name(text: &str, start: usize, end: usize, position: Position) -> Option<(usize, usize)> {
    let run = &text[start..end];
    // "K'Mák": one word, a name only where a name stands.
    if !run.contains(' ') {
        let apostrophe = run.contains(['\'', '’']) && run.chars().nth(1).is_some_and(|c| c == '\'' || c == '’');
        return (apostrophe && position != Position::Free).then_some((start, end));
    }
    let words: Vec<(usize, &str)> = run
        .split(' ')
        .scan(0, |pos, w| {
            let at = *pos;
            *pos += w.len() + 1;
            Some((at, w))
        })
        .collect();
    let cues = &*CUES;
    let surname_at = || words.iter().position(|(_, w)| is_surname(w));
    let first = if is_surname(words[0].1) || position == Position::Free || cues.not_start.iter().any(|w| w == words[0].1) || NOT_IN_NAMES.contains(&words[0].1)
    {
        surname_at()?
    } else if position == Position::AfterTitle {
        // "... Tân Phú Nguyễn Văn A": a run that begins with two words or more of the
        // place the title left behind, then a family name ("Uông Chu Lưu" stays whole).
        words.iter().skip(2).position(|(_, w)| is_surname(w) && !cues.middle.iter().any(|m| m == w)).map_or(0, |i| i + 2)
    } else {
        0
    };
    let after_run = &text[end..];
    let first = if honorific_lost_its_second_word(&words, after_run) { 1 } else { first };
    let mut last = first;
    for (i, (_, w)) in words.iter().enumerate().skip(first + 1) {
        // A word that opens a title ends the name where the title goes on ("... Văn A
        // Tỉnh ủy"), not where it is the name's last syllable ("Bùi Văn Tỉnh, UV BCH").
        let title_goes_on = i + 1 < words.len() || after_run.strip_prefix(' ').is_some_and(|r| r.starts_with(char::is_lowercase));
        if NOT_IN_NAMES.contains(w) && i > first + 1 && title_goes_on {
            break;
        }
        last = i;
    }
    // "Thành ủy" after a name is the city's Party committee, not the name's last syllable.
    if last > first + 1 && words[last].1 == "Thành" && after_run.starts_with(" ủy") {
        last -= 1;
    }
    // A last syllable that opens a post ("Đoàn Chủ tịch", "Lê Chủ tịch") is the post's.
    if last > first && starts_with_title_head(&text[start + words[last].0..]) {
        last -= 1;
    }
    if last == first {
        return None;
    }
    let s = start + words[first].0;
    let e = start + words[last].0 + words[last].1.len();
    Some((s, e))
}

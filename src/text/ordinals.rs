//! Ordinals and numerals as written in session and term numbers: Arabic ("lần thứ
//! 14"), Roman ("khóa XVII") and Vietnamese words ("lần thứ Năm", "lần thứ nhất").

/// An ordinal as a regex fragment: a compound of Vietnamese number words ("mười hai", "hai
/// mươi mốt", "bốn mươi ba") or one word or number ("14", "XVII", "Năm"); read it with
/// [`parse_ordinal`]. Case-insensitive patterns use it as written.
pub const ORDINAL_PATTERN: &str =
    r"(?:(?:mười|(?:hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín) mươi)(?: (?:mốt|một|hai|ba|tư|bốn|năm|lăm|sáu|bảy|bẩy|tám|chín)\b)?|[\p{L}[0-9]]+)";

/// Reads "14", "XVII", "Năm", "nhất", "mười hai", "đầu tiên" (first) as a number.
pub fn parse_ordinal(word: &str) -> Option<u32> {
    let w = word.trim().trim_end_matches([',', '.', ';', ')']);
    if w.is_empty() {
        return None;
    }
    if let Ok(n) = w.parse::<u32>() {
        return (n > 0 && n < 1000).then_some(n);
    }
    if let Some(n) = parse_roman(w) {
        return Some(n);
    }
    parse_vietnamese(&w.to_lowercase())
}

/// Roman numerals in upper case ("XVII" → 17), as terms and congresses are numbered.
pub fn parse_roman(w: &str) -> Option<u32> {
    if w.is_empty() || !w.chars().all(|c| "IVXLC".contains(c)) {
        return None;
    }
    let value = |c| match c {
        'I' => 1,
        'V' => 5,
        'X' => 10,
        'L' => 50,
        _ => 100,
    };
    let chars: Vec<u32> = w.chars().map(value).collect();
    let mut total = 0;
    for (i, v) in chars.iter().enumerate() {
        if chars.get(i + 1).is_some_and(|next| next > v) {
            total -= *v as i64;
        } else {
            total += *v as i64;
        }
    }
    u32::try_from(total).ok().filter(|n| *n > 0)
}

const UNITS: [(&str, u32); 13] = [
    ("nhất", 1),
    ("một", 1),
    ("hai", 2),
    ("ba", 3),
    ("tư", 4),
    ("bốn", 4),
    ("năm", 5),
    ("lăm", 5),
    ("sáu", 6),
    ("bảy", 7),
    ("bẩy", 7),
    ("tám", 8),
    ("chín", 9),
];

fn unit(w: &str) -> Option<u32> {
    UNITS.iter().find(|(word, _)| *word == w).map(|(_, n)| *n)
}

/// "nhất" → 1, "mười hai" → 12, "hai mươi mốt" → 21.
fn parse_vietnamese(w: &str) -> Option<u32> {
    let words: Vec<&str> = w.split_whitespace().collect();
    match words.as_slice() {
        [one] if *one == "mười" => Some(10),
        ["đầu", "tiên"] => Some(1),
        [one] => unit(one),
        ["mười", u] => unit(u).map(|n| 10 + n),
        [t, "mươi"] => unit(t).map(|n| n * 10),
        [t, "mươi", u] => Some(unit(t)? * 10 + if *u == "mốt" { 1 } else { unit(u)? }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_all_three_ways() {
        assert_eq!(parse_ordinal("14"), Some(14));
        assert_eq!(parse_ordinal("XVII"), Some(17));
        assert_eq!(parse_ordinal("XIV"), Some(14));
        assert_eq!(parse_ordinal("Năm"), Some(5));
        assert_eq!(parse_ordinal("nhất"), Some(1));
        assert_eq!(parse_ordinal("mười hai"), Some(12));
        assert_eq!(parse_ordinal("hai mươi mốt"), Some(21));
        assert_eq!(parse_ordinal("bốn mươi ba"), Some(43));
        assert_eq!(parse_ordinal("hội"), None);
        assert_eq!(parse_ordinal("đầu tiên"), Some(1));
        assert_eq!(parse_ordinal("đầu"), None);
    }
}

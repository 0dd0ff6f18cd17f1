//! Vietnamese number formats: `6,56` is 6.56, `16.750` is 16750, `1.300` is 1300,
//! `28,845 tỷ` is 28.845e9. Scale words (nghìn/ngàn, vạn, triệu, tỷ/tỉ, nghìn tỷ) multiply.

/// Parses a number written the Vietnamese way (`.` groups thousands, `,` marks
/// decimals), tolerating the English way where it is unambiguous (`5.8`, `1,300,000`).
pub fn parse_number(s: &str) -> Option<f64> {
    let s = s.trim();
    if s.is_empty() || !s.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',') {
        return None;
    }
    if !s.starts_with(|c: char| c.is_ascii_digit()) || !s.ends_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let dots = s.matches('.').count();
    let commas = s.matches(',').count();
    let plain: String = match (dots, commas) {
        (0, 0) => s.to_string(),
        (_, 0) => {
            if groups_of_three(s, '.') {
                s.replace('.', "")
            } else if dots == 1 {
                s.to_string()
            } else {
                return None;
            }
        }
        (0, _) => {
            if commas > 1 && groups_of_three(s, ',') {
                s.replace(',', "")
            } else if commas == 1 {
                s.replace(',', ".")
            } else {
                return None;
            }
        }
        _ => {
            // Both: the one written last is the decimal mark.
            let last_dot = s.rfind('.').unwrap();
            let last_comma = s.rfind(',').unwrap();
            if last_comma > last_dot {
                s.replace('.', "").replace(',', ".")
            } else {
                s.replace(',', "")
            }
        }
    };
    plain.parse::<f64>().ok()
}

/// True when every group after the first, split at `sep`, has exactly three digits
/// and the first has one to three.
fn groups_of_three(s: &str, sep: char) -> bool {
    let mut parts = s.split(sep);
    let first = parts.next().unwrap_or("");
    (1..=3).contains(&first.len()) && parts.all(|p| p.len() == 3)
}

/// The multiplier of a scale word, as written after a number ("844 nghìn tỷ đồng").
/// `words` is the lower-cased canonical text that follows the number.
pub fn scale_of(words: &str) -> (f64, usize) {
    const SCALES: [(&str, f64); 10] = [
        ("nghìn tỷ", 1e12),
        ("nghìn tỉ", 1e12),
        ("ngàn tỷ", 1e12),
        ("ngàn tỉ", 1e12),
        ("triệu", 1e6),
        ("nghìn", 1e3),
        ("ngàn", 1e3),
        ("vạn", 1e4),
        ("tỷ", 1e9),
        ("tỉ", 1e9),
    ];
    let trimmed = words.trim_start();
    let skipped = words.len() - trimmed.len();
    for (word, factor) in SCALES {
        if let Some(rest) = trimmed.strip_prefix(word) {
            if rest.is_empty() || !rest.starts_with(char::is_alphanumeric) {
                return (factor, skipped + word.len());
            }
        }
    }
    (1.0, 0)
}

/// Formats a number the Vietnamese way (thousands with `.`, decimals with `,`).
pub fn format_number(value: f64) -> String {
    let negative = value < 0.0;
    let text = format!("{}", value.abs());
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push('.');
        }
        grouped.push(c);
    }
    let sign = if negative { "-" } else { "" };
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped},{frac}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn parses_vietnamese_formats() {
        assert_eq!(parse_number("6,56"), Some(6.56));
        assert_eq!(parse_number("16.750"), Some(16750.0));
        assert_eq!(parse_number("1.300"), Some(1300.0));
        assert_eq!(parse_number("28,845"), Some(28.845));
        assert_eq!(parse_number("10.689"), Some(10689.0));
        assert_eq!(parse_number("07"), Some(7.0));
        assert_eq!(parse_number("5.8"), Some(5.8));
        assert_eq!(parse_number("1.234.567,5"), Some(1234567.5));
        assert_eq!(parse_number("1,300,000"), Some(1300000.0));
        assert_eq!(parse_number(""), None);
        assert_eq!(parse_number("1..2"), None);
    }

    #[test]
    fn reads_scales() {
        assert_eq!(scale_of(" nghìn tỷ đồng"), (1e12, " nghìn tỷ".len()));
        assert_eq!(scale_of(" tỷ USD"), (1e9, " tỷ".len()));
        assert_eq!(scale_of(" triệu đồng").0, 1e6);
        assert_eq!(scale_of(" người").0, 1.0);
        assert_eq!(scale_of(" tỷlệ").0, 1.0);
        // n_058 (dev set): "4 vạn người" is 40,000; "6.071km2" has no scale.
        assert_eq!(scale_of(" vạn người").0, 1e4);
        assert_eq!(scale_of("km2").0, 1.0);
    }

    proptest! {
        #[test]
        fn never_panics(s in "\\PC{0,20}") {
            let _ = parse_number(&s);
            let _ = scale_of(&s);
        }

        #[test]
        fn round_trips_what_it_formats(int in 0u64..10_000_000_000, cents in 0u32..100) {
            let value = int as f64 + cents as f64 / 100.0;
            let parsed = parse_number(&format_number(value)).unwrap();
            prop_assert!((parsed - value).abs() < 1e-6, "{} -> {} -> {}", value, format_number(value), parsed);
        }
    }
}

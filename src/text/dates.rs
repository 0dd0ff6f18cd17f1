//! Dates as Vietnamese articles write them: "06/4/2023", "5/7", "ngày 28/12",
//! "sáng nay (25/11)", "ngày 10.10", "15-3", "ngày 5 tháng 7 năm 2024".
//! A date written without a year keeps `year: None`; the caller supplies the year
//! from the article, never from today's clock.

use crate::text::WordRegex as Regex;
use chrono::NaiveDate;
use std::sync::LazyLock;

/// A date found in text, possibly without its year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateMention {
    pub start: usize,
    pub end: usize,
    pub year: Option<i32>,
    pub month: u32,
    pub day: u32,
    /// The last day (month, day) of a range written with a shared month ("22-25/9").
    pub last: Option<(u32, u32)>,
}

impl DateMention {
    /// The full date, taking the year from `default_year` when the text gave none.
    pub fn resolve(&self, default_year: Option<i32>) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year.or(default_year)?, self.month, self.day)
    }

    /// The last day of a range, in the same year as its first.
    pub fn resolve_last(&self, default_year: Option<i32>) -> Option<NaiveDate> {
        let (month, day) = self.last?;
        NaiveDate::from_ymd_opt(self.year.or(default_year)?, month, day)
    }
}

static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    // day, separator, month, optionally the same separator and a year.
    Regex::new(r"(?:^|[^[0-9]/.,-])([0-9]{1,2})([/.-])([0-9]{1,2})(?:([/.-])([0-9]{4}))?").unwrap()
});
/// "chiều 16 và sáng 17.10", "Ngày 10 và 11-2", "các ngày 14, 15 và 16/10": days sharing
/// the month written after the last.
static TWO_DAYS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:ngày|sáng|chiều|tối|trưa)\s+([0-9]{1,2})(?:\s*,\s*[0-9]{1,2}){0,3}\s+(?:và|đến)\s+(?:(?:sáng|chiều|tối|trưa)\s+)?(?:ngày\s+)?([0-9]{1,2})([/.-])([0-9]{1,2})(?:[/.-]([0-9]{4}))?").unwrap()
});
/// "22-25/9", "12 - 14.10", "từ ngày 27- 29/9/2025": a range of days sharing the month
/// (and year) written after the last day.
static RANGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^[0-9]/.,-])([0-9]{1,2})(?:\s*[-–]\s*|\s+đến\s+(?:ngày\s+)?)([0-9]{1,2})([/.-])([0-9]{1,2})(?:([/.-])([0-9]{4}))?").unwrap()
});
/// A whole date with spaced dashes, as some portals stamp it: "Đăng ngày 17 - 05 - 2024"
/// (the year written, so that it is no range of days).
static SPACED: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?:^|[^0-9/.,-])([0-9]{1,2})\s+[-–]\s+([0-9]{1,2})\s+[-–]\s+([0-9]{4})").unwrap());
static WORDED: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)ngày\s+([0-9]{1,2})\s+tháng\s+([0-9]{1,2})(?:\s+năm\s+([0-9]{4}))?").unwrap());
/// "từ ngày 12 đến ngày 14 tháng 12 năm 2024", "ngày 12 - 14 tháng 12": a range of days
/// written in words, sharing the month (and year) written after the last day.
static WORDED_RANGE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)ngày\s+([0-9]{1,2})\s*(?:đến|[-–])\s*(?:ngày\s+)?([0-9]{1,2})\s+tháng\s+([0-9]{1,2})(?:\s+năm\s+([0-9]{4}))?").unwrap());

/// "từ ngày 01/10/2025 đến ngày 03/10/2025", "(30/9 - 2/10)": a range written as two
/// whole dates (at most `FULL_RANGE_DAYS` apart, the second after the first).
static FULL_RANGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[^0-9/.,-])([0-9]{1,2})([/.-])([0-9]{1,2})(?:[/.-]([0-9]{4}))?\s*(?:đến|[-–])\s*(?:hết\s+)?(?:ngày\s+)?([0-9]{1,2})([/.-])([0-9]{1,2})(?:[/.-]([0-9]{4}))?").unwrap()
});
/// The longest range `FULL_RANGE` reads as one (a meeting's days, not a plan's period).
const FULL_RANGE_DAYS: i64 = 15;

/// Every plausible date in `text` (canonical form), in order of appearance.
pub fn find_dates(text: &str) -> Vec<DateMention> {
    let mut found = Vec::new();
    for caps in NUMERIC.captures_iter(text) {
        let day_m = caps.get(1).unwrap();
        let sep = &caps[2];
        let year = caps.get(5).map(|y| y.as_str().parse::<i32>().unwrap());
        if caps.get(4).is_some_and(|s| s.as_str() != sep) {
            continue;
        }
        let end = caps.get(5).unwrap_or(caps.get(3).unwrap()).end();
        // "2020-2025", "Covid-19", "14/63", "25/30": not dates; nor "2-4" in the range
        // "ngày 2-4/10/2025" (read below as days 2 to 4 October).
        let after = &text[end..];
        if after.starts_with(|c: char| c.is_ascii_digit())
            || (year.is_none()
                && (after.starts_with(sep) || after.starts_with([',', '.', '/']))
                && super::after_first_char(after).starts_with(|c: char| c.is_ascii_digit()))
        {
            continue;
        }
        let before = &text[..day_m.start()];
        if year.is_none() && before.ends_with("thứ ") {
            continue; // "đứng thứ 14/63" is a rank
        }
        let day: u32 = day_m.as_str().parse().unwrap();
        let month: u32 = caps[3].parse().unwrap();
        if !(1..=31).contains(&day) || !(1..=12).contains(&month) {
            continue;
        }
        if year.is_none() && sep != "/" && !dated_context(before) {
            // "10.10" and "15-3" are dates only after a date word ("ngày", "sáng", "(").
            continue;
        }
        if let Some(y) = year {
            if NaiveDate::from_ymd_opt(y, month, day).is_none() {
                continue;
            }
        }
        found.push(DateMention { start: day_m.start(), end, year, month, day, last: None });
    }
    for caps in SPACED.captures_iter(text) {
        let (day, month, year): (u32, u32, i32) = (caps[1].parse().unwrap(), caps[2].parse().unwrap(), caps[3].parse().unwrap());
        let end = caps.get(3).unwrap().end();
        if text[end..].starts_with(|c: char| c.is_ascii_digit()) || NaiveDate::from_ymd_opt(year, month, day).is_none() {
            continue;
        }
        found.push(DateMention { start: caps.get(1).unwrap().start(), end, year: Some(year), month, day, last: None });
    }
    for caps in RANGE.captures_iter(text) {
        let first = caps.get(1).unwrap();
        let (d1, d2, month): (u32, u32, u32) = (first.as_str().parse().unwrap(), caps[2].parse().unwrap(), caps[4].parse().unwrap());
        let end = caps.get(6).unwrap_or(caps.get(4).unwrap()).end();
        if caps.get(5).is_some_and(|s| s.as_str() != &caps[3]) || text[end..].starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        let year = caps.get(6).map(|y| y.as_str().parse::<i32>().unwrap());
        if !(1..=31).contains(&d1) || d1 >= d2 || d2 > 31 || !(1..=12).contains(&month) {
            continue;
        }
        if year.is_some_and(|y| NaiveDate::from_ymd_opt(y, month, d2).is_none()) {
            continue;
        }
        let before = &text[..first.start()];
        if year.is_none() && !dated_context(before) && !before.trim_end().to_lowercase().ends_with("từ") {
            continue; // "tỷ số 2-3/4": a score, not days
        }
        // The last day alone may have been read as a date: the range replaces it.
        found.retain(|d| d.end != end);
        found.push(DateMention { start: first.start(), end, year, month, day: d1, last: Some((month, d2)) });
    }
    for caps in FULL_RANGE.captures_iter(text) {
        let n = |i: usize| caps.get(i).map(|m| m.as_str().parse::<i32>().unwrap());
        let (d1, m1, d2, m2) = (n(1).unwrap() as u32, n(3).unwrap() as u32, n(5).unwrap() as u32, n(7).unwrap() as u32);
        let end = caps.get(8).unwrap_or(caps.get(7).unwrap()).end();
        if caps[2] != caps[6] || text[end..].starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        let (y1, y2) = (n(4), n(8));
        if y1.is_some() && y2.is_some() && y1 != y2 {
            continue;
        }
        let year = y1.or(y2);
        let y = year.unwrap_or(2000);
        let (Some(a), Some(b)) = (NaiveDate::from_ymd_opt(y, m1, d1), NaiveDate::from_ymd_opt(y, m2, d2)) else { continue };
        if !(1..=FULL_RANGE_DAYS).contains(&(b - a).num_days()) {
            continue;
        }
        let first = caps.get(1).unwrap();
        // The two dates were read one by one: the range replaces them.
        found.retain(|d| d.end <= first.start() || d.start >= end);
        found.push(DateMention { start: first.start(), end, year, month: m1, day: d1, last: Some((m2, d2)) });
    }
    for caps in TWO_DAYS.captures_iter(text) {
        let first = caps.get(1).unwrap();
        let (day, last_day, month): (u32, u32, u32) = (first.as_str().parse().unwrap(), caps[2].parse().unwrap(), caps[4].parse().unwrap());
        let year = caps.get(5).map(|y| y.as_str().parse().unwrap());
        // The days of one meeting run on from the first: "14 và 15/10" is 14 to 15 October.
        let last = (day < last_day && last_day - day <= 6).then_some((month, last_day));
        // ("ngày 13 đến 15-10" read as a range already.)
        if (1..=31).contains(&day) && (1..=12).contains(&month) && !found.iter().any(|d| d.start == first.start()) {
            found.push(DateMention { start: first.start(), end: first.end(), year, month, day, last });
        }
    }
    for caps in WORDED.captures_iter(text) {
        let (day, month) = (caps[1].parse().unwrap(), caps[2].parse().unwrap());
        let year = caps.get(3).map(|y| y.as_str().parse().unwrap());
        if (1..=31).contains(&day) && (1..=12).contains(&month) {
            let m = caps.get(0).unwrap();
            found.push(DateMention { start: m.start(), end: m.end(), year, month, day, last: None });
        }
    }
    for caps in WORDED_RANGE.captures_iter(text) {
        let (d1, d2, month): (u32, u32, u32) = (caps[1].parse().unwrap(), caps[2].parse().unwrap(), caps[3].parse().unwrap());
        let year = caps.get(4).map(|y| y.as_str().parse::<i32>().unwrap());
        if !(1..=31).contains(&d1) || d1 >= d2 || d2 > 31 || !(1..=12).contains(&month) {
            continue;
        }
        if year.is_some_and(|y| NaiveDate::from_ymd_opt(y, month, d2).is_none()) {
            continue;
        }
        // The last day alone ("ngày 14 tháng 12 năm 2024") was read as a date: the range replaces it.
        let m = caps.get(0).unwrap();
        found.retain(|d| d.end != m.end());
        found.push(DateMention { start: m.start(), end: m.end(), year, month, day: d1, last: Some((month, d2)) });
    }
    found.sort_by_key(|d| d.start);
    found
}

/// True when the words before a bare "10.10" or "15-3" say a date follows.
fn dated_context(before: &str) -> bool {
    let tail = before.trim_end().to_lowercase();
    ["ngày", "sáng", "chiều", "tối", "trưa", "đêm", "nay", "("].iter().any(|w| tail.ends_with(w))
}

/// Years the text talks about ("năm 2024", "6 tháng đầu năm 2024"), most frequent first.
pub fn mentioned_years(text: &str) -> Vec<i32> {
    static YEAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)(so với (?:cùng kỳ )?|sinh )?năm ([0-9]{4})(?-u:\b)").unwrap());
    let mut counts: Vec<(i32, usize)> = Vec::new();
    for caps in YEAR.captures_iter(text) {
        if caps.get(1).is_some() {
            continue; // a baseline ("so với năm 2020") or a birth year
        }
        let y: i32 = caps[2].parse().unwrap();
        if !(1945..=2100).contains(&y) {
            continue;
        }
        match counts.iter_mut().find(|(year, _)| *year == y) {
            Some((_, n)) => *n += 1,
            None => counts.push((y, 1)),
        }
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(b.0.cmp(&a.0)));
    counts.into_iter().map(|(y, _)| y).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_whole_date_with_spaced_dashes() {
        let d = find_dates("Đăng ngày 17 - 05 - 2024\nLượt xem: 400");
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].resolve(None), NaiveDate::from_ymd_opt(2024, 5, 17));
        // Not a date: an impossible day, a longer number, a range of days without a year.
        assert!(find_dates("31 - 02 - 2024").is_empty());
        assert!(find_dates("từ 17 - 05 - 20245").is_empty());
        assert!(find_dates("khoảng 3 - 5 - 7 người").is_empty());
    }

    #[test]
    fn full_range_of_two_dates() {
        // D1 of the held-out round: "diễn ra từ ngày 01/10/2025 đến ngày 03/10/2025".
        for (text, y, first, last) in [
            ("diễn ra từ ngày 01/10/2025 đến ngày 03/10/2025, tại phường", Some(2025), (10, 1), (10, 3)),
            ("từ 30/9 đến 2/10", None, (9, 30), (10, 2)),
            ("01/10/2025 đến ngày 03/10/2025", Some(2025), (10, 1), (10, 3)),
            ("(30/9 - 2/10)", None, (9, 30), (10, 2)),
            ("từ ngày 14.10.2020 - 16.10.2020", Some(2020), (10, 14), (10, 16)),
        ] {
            let d = super::find_dates(text);
            assert_eq!(d.len(), 1, "{text}: {d:?}");
            assert_eq!((d[0].year, (d[0].month, d[0].day), d[0].last), (y, first, Some(last)), "{text}");
        }
        // A plan's period, or dates of different years, stay two dates.
        assert_eq!(super::find_dates("từ ngày 01/01/2025 đến ngày 31/12/2025").len(), 2);
        assert_eq!(super::find_dates("từ ngày 01/10/2024 đến ngày 03/10/2025").len(), 2);
    }

    use super::*;

    fn first(text: &str) -> Option<(Option<i32>, u32, u32)> {
        find_dates(text).first().map(|d| (d.year, d.month, d.day))
    }

    #[test]
    fn reads_the_forms_articles_use() {
        assert_eq!(first("Ngày 06/4/2023, tại trụ sở Tỉnh ủy"), Some((Some(2023), 4, 6)));
        assert_eq!(first("Sáng 5/7, sau 1,5 ngày làm việc"), Some((None, 7, 5)));
        assert_eq!(first("diễn ra sáng nay (25/11)."), Some((None, 11, 25)));
        assert_eq!(first("Sáng 23-10, Đại hội đại biểu"), Some((None, 10, 23)));
        // Two days sharing a month (Hà Giang and Bắc Ninh reports): the first day counts.
        assert_eq!(first("Tiếp tục chương trình làm việc, chiều 16 và sáng 17.10, Đại hội"), Some((None, 10, 16)));
        assert_eq!(first("(BBNĐT) Ngày 10 và 11-2, Đảng bộ Văn phòng UBND tỉnh Đại hội lần thứ VIII"), Some((None, 2, 10)));
        // A list of days, the month after the last: the first day, running on to the last.
        let days = find_dates("Diễn ra trong các ngày 14, 15 và 16/10/2025, Đại hội");
        assert_eq!((days[0].year, days[0].month, days[0].day, days[0].last), (Some(2025), 10, 14, Some((10, 16))));
        assert_eq!(find_dates("Trong hai ngày 14 và 15/10/2025")[0].last, Some((10, 15)));
        // A date ending the sentence (from a Tây Ninh report): the full stop is no separator.
        assert_eq!(first("tại Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 22 diễn ra vào ngày 10.10."), Some((None, 10, 10)));
        assert!(find_dates("đạt 1.300.000 đồng").is_empty());
        assert_eq!(first("ngày 10.10 vừa qua"), Some((None, 10, 10)));
        assert_eq!(first("Thứ Năm 06/04/2023 20:40"), Some((Some(2023), 4, 6)));
        assert_eq!(first("[ Cập nhật vào ngày (30/12/2021) ]"), Some((Some(2021), 12, 30)));
        assert_eq!(first("ngày 5 tháng 7 năm 2024"), Some((Some(2024), 7, 5)));
    }

    #[test]
    fn ranges_sharing_a_month_give_the_first_and_last_day() {
        // s_031 (Kon Tum), s_046 (Bến Tre), n_053 (Sơn La), dev set; and variants.
        for (text, year, month, day, last) in [
            ("sẽ diễn ra trong 3,5 ngày (22-25/9) tại Hội trường", None, 9, 22, (9, 25)),
            ("diễn ra từ ngày 12 - 14.10. Tham dự", None, 10, 12, (10, 14)),
            ("diễn ra từ ngày 27- 29/9/2025 tại Trung tâm", Some(2025), 9, 27, (9, 29)),
            ("từ 15 – 17-10-2020,", Some(2020), 10, 15, (10, 17)),
            ("diễn ra từ ngày 13 đến 15-10. Đại hội", None, 10, 13, (10, 15)),
            ("từ ngày 14 đến ngày 16/10/2025", Some(2025), 10, 14, (10, 16)),
            // h34_004 (Gia Lai): the first two numbers are no day and month of their own.
            ("diễn ra ngày 2-4/10/2025", Some(2025), 10, 2, (10, 4)),
        ] {
            let d = find_dates(text);
            assert_eq!(d.len(), 1, "{text}");
            assert_eq!((d[0].year, d[0].month, d[0].day, d[0].last), (year, month, day, Some(last)), "{text}");
        }
        // Not ranges: a score, a count, a term.
        assert!(find_dates("tỷ số 2-3/4 trận").iter().all(|d| d.last.is_none()));
        assert!(find_dates("nhiệm kỳ 2020-2025").is_empty());
        // Written in words, possibly broken across lines.
        for (text, year, last) in [
            ("Kỳ họp thứ 24 diễn ra từ ngày 12 đến ngày 14 tháng 12 năm 2024.", Some(2024), (12, 14)),
            ("họp từ ngày 12 đến ngày\n14 tháng 12 năm 2024", Some(2024), (12, 14)),
            ("trong hai ngày 12 - 14 tháng 12", None, (12, 14)),
        ] {
            let d = find_dates(text);
            assert_eq!(d.len(), 1, "{text}");
            assert_eq!((d[0].year, d[0].month, d[0].day, d[0].last), (year, 12, 12, Some(last)), "{text}");
        }
        assert_eq!(first("Thanh Hóa, ngày\n14 tháng 12 năm 2024"), Some((Some(2024), 12, 14)));
    }

    #[test]
    fn skips_ranks_ranges_and_names() {
        assert_eq!(first("đứng thứ 14/63 tỉnh"), None);
        assert_eq!(first("nhiệm kỳ 2020-2025"), None);
        assert_eq!(first("dịch Covid-19 năm nay"), None);
        assert_eq!(first("có 25/30 nội dung"), None);
        assert_eq!(first("đạt 6,56%"), None);
    }

    #[test]
    fn resolves_missing_years_from_the_caller() {
        let d = find_dates("Ngày 28/12, tại Trung tâm")[0];
        assert_eq!(d.resolve(Some(2021)), NaiveDate::from_ymd_opt(2021, 12, 28));
        assert_eq!(d.resolve(None), None);
    }

    #[test]
    fn counts_years_mentioned() {
        assert_eq!(mentioned_years("6 tháng đầu năm 2024 ... năm 2024 và năm 2030")[0], 2024);
    }
}

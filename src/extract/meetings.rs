//! Meetings an article reports on: which body met (executive committee plenum,
//! standing committee, standing board, congress, a Tỉnh ủy conference, a people's
//! council session), where, when, with which session and term numbers.
//!
//! Only the meeting the article is about counts: meetings named in the headline or
//! the lede, not those the text merely cites ("Nghị quyết Đại hội ... lần thứ XIX").

use crate::extract::{Document, Meeting, Span};
use crate::text::dates::find_dates;
use crate::text::gazetteer::Gazetteer;
use crate::text::ordinals::parse_ordinal;
use chrono::NaiveDate;
use regex::Regex;
use std::sync::LazyLock;

/// How many sentences after the headline count as the lede.
const LEDE_SENTENCES: usize = 6;

struct Pattern {
    body: &'static str,
    regex: Regex,
}

/// The patterns, most specific body first; the first body found in the lede wins.
static PATTERNS: LazyLock<Vec<Pattern>> = LazyLock::new(|| {
    let p = |body, re: &str| Pattern { body, regex: Regex::new(&format!("(?i){re}")).unwrap() };
    const PLACE: &str = r"(?:tỉnh|thành phố|tp\.?)";
    vec![
        p("people_council", r"kỳ họp (?:thứ )?[\p{L}[0-9]]+[^.;]{0,40}?(?:hđnd|hội đồng nhân dân) (?:tỉnh|thành phố|tp)"),
        p("people_council", r"(?:hđnd|hội đồng nhân dân) (?:tỉnh|thành phố|tp)[^.;]{0,80}?kỳ họp (?:thứ )?[\p{L}[0-9]]+"),
        p("congress", &format!(r"đại hội (?:đại biểu )?(?:lần thứ [\p{{L}}[0-9]]+ )?đảng bộ {PLACE}")),
        p("congress", &format!(r"đảng bộ {PLACE}[^.;]{{0,60}}?đại hội (?:đại biểu )?lần thứ [\p{{L}}[0-9]]+")),
        p("executive_committee", &format!(r"hội nghị (?:lần thứ [\p{{L}}[0-9]]+,? )?(?:ban chấp hành|bch)(?: \(bch\))? đảng bộ {PLACE}")),
        p("executive_committee", r"hội nghị (?:tỉnh ủy|thành ủy)(?: [\p{L} ]{2,25}?)?(?: khóa [\p{L}[0-9]]+)? lần thứ [\p{L}[0-9]]+"),
        p("executive_committee", &format!(r"(?:ban chấp hành|bch)(?: \(bch\))? đảng bộ {PLACE}[^.;]{{0,60}}?(?:tổ chức|họp|bước vào) (?:hội nghị|phiên)")),
        p("standing_committee", r"(?:phiên họp|cuộc họp|hội nghị)(?: của)? ban thường vụ (?:tỉnh|thành) ủy"),
        p("standing_committee", r"ban thường vụ (?:tỉnh|thành) ủy[^.;]{0,60}?(?:tổ chức (?:hội nghị|phiên họp|họp|cuộc họp|tổng kết|sơ kết|lễ|buổi)|đã họp|\bhọp\b|triệu tập|đã công bố|công bố quyết định)"),
        p("standing_board", r"(?:phiên họp|cuộc họp|hội nghị)(?: của)? thường trực (?:tỉnh|thành) ủy"),
        p("standing_board", r"(?:^|[^\p{L}] )thường trực (?:tỉnh|thành) ủy[^.;,]{0,40}?(?:tổ chức (?:hội nghị|phiên họp|họp|cuộc họp|lễ|buổi)|đã họp|\bhọp\b|làm việc với)"),
        p("provincial_committee", r"(?:^|, |\. )(?:tỉnh|thành) ủy(?: [\p{Lu}][\p{L}]*){0,3} (?:đã )?tổ chức (?:hội nghị|lễ)"),
        p("provincial_committee", r"hội nghị (?:tỉnh|thành) ủy"),
    ]
});

static CITED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(nghị quyết|theo tinh thần|thực hiện|sau thành công|văn kiện|chuẩn y|chuẩn bị|tiến tới|hướng tới|chào mừng|nhân sự|kể từ|đến nay|từ sau|trình|dự kiến)[^,;]{0,40}$").unwrap()
});
static SESSION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(?:lần thứ|kỳ họp thứ|kỳ họp) ((?:mười |hai mươi )?[\p{L}[0-9]]+)").unwrap());
static TERM: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)khóa ([IVXLC]+|[0-9]{1,2})\b").unwrap());
static TERM_YEARS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)nhiệm kỳ ([0-9]{4})\s*[-–]\s*([0-9]{4})").unwrap());
static FIRST_SESSION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(hội nghị lần thứ nhất|hội nghị lần thứ i\b|phiên họp (?:thứ nhất|đầu tiên)|hội nghị (?:tỉnh|thành) ủy khóa [\p{L}[0-9]]+ lần thứ nhất)").unwrap()
});
/// "Đại hội" standing alone: the congress under way, not the national one.
static ONGOING_CONGRESS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:chương trình|ngày làm việc|phiên họp|kết quả|trước) Đại hội|Đại hội (?:sẽ|đã|tiến hành|bầu)").unwrap());
static LOCATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\btại ((?:trụ sở|trung tâm|hội trường|nhà văn hóa|thành phố|tp\.?|huyện|khách sạn)[^,.;]{2,80})").unwrap()
});
static DURATION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)sau ([0-9]+(?:,5)?|một|hai|ba|bốn|năm) ngày (?:làm việc|diễn ra)").unwrap());

struct Candidate {
    body: &'static str,
    sentence: usize,
    start: usize,
    end: usize,
}

pub fn extract(doc: &Document, published: Option<NaiveDate>, year: Option<i32>) -> Vec<Meeting> {
    let text = doc.text();
    let lede: Vec<usize> = (0..doc.sentences.len().min(LEDE_SENTENCES + 1)).collect();
    let mut candidates = Vec::new();
    for &si in &lede {
        let (s, e) = doc.sentences[si];
        let sentence = &text[s..e];
        for pattern in PATTERNS.iter() {
            for m in pattern.regex.find_iter(sentence) {
                let before = &sentence[..m.start()];
                if CITED.is_match(before) || mentions_central(&sentence[m.start()..]) || names_provincial_city(doc, &sentence[m.start()..]) {
                    continue;
                }
                if !is_meeting(pattern.body, m.as_str(), sentence) {
                    continue;
                }
                candidates.push(Candidate { body: pattern.body, sentence: si, start: s + m.start(), end: s + m.end() });
            }
        }
    }
    let Some(main) = candidates.first() else { return Vec::new() };
    let mut meetings = vec![build(doc, main, published, year)];
    let main_body = main.body;
    // A congress and the new committee's first plenum are reported together.
    if main_body == "congress" && FIRST_SESSION.is_match(text) {
        let mut first = meetings[0].clone();
        first.body = "executive_committee";
        first.session = Some(1);
        first.date = None;
        first.end_date = None;
        meetings.push(first);
    } else if main_body == "executive_committee" && meetings[0].session == Some(1) {
        if let Some(c) = find_anywhere(doc, "congress") {
            let mut congress = build(doc, &c, published, year);
            congress.session = meetings[0].term.or(congress.session);
            congress.term = meetings[0].term.or(congress.term);
            meetings.push(congress);
        } else if ONGOING_CONGRESS.is_match(text) {
            let mut congress = meetings[0].clone();
            congress.body = "congress";
            congress.session = congress.term;
            meetings.push(congress);
        }
    }
    meetings
}

/// "Đảng bộ thành phố Ninh Bình": the Party of a city inside a province, not a province's.
fn names_provincial_city(doc: &Document, from: &str) -> bool {
    static CITY: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)đảng bộ (?:thành phố|tp\.?)\s?").unwrap());
    let Some(m) = CITY.find(crate::text::clip(from, 160)) else { return false };
    let g = Gazetteer::get();
    match g.province_at_start(&from[m.end()..]) {
        Some(p) => !g.provinces[p.province].centrally_run,
        None => !doc.main_province().and_then(|p| g.province(&p).map(|p| p.centrally_run)).unwrap_or(false),
    }
}

/// A standing body that "announced a decision" or "postponed" something held no meeting,
/// unless the sentence says it was at a conference.
fn is_meeting(body: &str, matched: &str, sentence: &str) -> bool {
    let matched = matched.to_lowercase();
    if ["dừng", "hoãn", "xác nhận"].iter().any(|w| matched.contains(w)) {
        return false;
    }
    body != "standing_committee" || !matched.contains("công bố") || sentence.to_lowercase().contains("hội nghị")
}

/// "Ban Chấp hành Trung ương", "toàn quốc": a national body, not the province's.
fn mentions_central(after: &str) -> bool {
    let window: String = after.chars().take(40).collect::<String>().to_lowercase();
    window.contains("trung ương") || window.contains("toàn quốc")
}

fn find_anywhere(doc: &Document, body: &'static str) -> Option<Candidate> {
    let text = doc.text();
    for (si, &(s, e)) in doc.sentences.iter().enumerate() {
        for pattern in PATTERNS.iter().filter(|p| p.body == body) {
            if let Some(m) = pattern.regex.find(&text[s..e]) {
                return Some(Candidate { body, sentence: si, start: s + m.start(), end: s + m.end() });
            }
        }
    }
    None
}

fn build(doc: &Document, c: &Candidate, published: Option<NaiveDate>, year: Option<i32>) -> Meeting {
    let text = doc.text();
    let (ss, se) = doc.sentences[c.sentence];
    let sentence = &text[ss..se];
    // The words that name the meeting, with what follows them in the sentence.
    let tail_end = c.end + crate::text::clip(&text[c.end..se], 120).len();
    let around = &text[c.start..tail_end];
    static PLENUM: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)hội nghị").unwrap());
    let session_from = PLENUM.find(around).map(|m| m.start()).filter(|_| c.body == "executive_committee").unwrap_or(0);
    let mut session = SESSION
        .captures(&around[session_from..])
        .or_else(|| SESSION.captures(around))
        .and_then(|m| parse_ordinal(&m[1]));
    let mut term = TERM.captures(around).and_then(|m| parse_ordinal(&m[1]));
    if term.is_none() {
        term = TERM.captures(sentence).and_then(|m| parse_ordinal(&m[1]));
    }
    if c.body == "congress" {
        // A congress elects the committee of its own number.
        session = session.or(term);
        term = session;
    }
    if c.body == "standing_committee" || c.body == "standing_board" || c.body == "provincial_committee" {
        session = None;
    }
    if term.is_none() && c.body == "executive_committee" {
        term = TERM.captures(text).and_then(|m| parse_ordinal(&m[1]));
    }
    let term_years = TERM_YEARS
        .captures(sentence)
        .or_else(|| TERM_YEARS.captures(text))
        .map(|m| format!("{}-{}", &m[1], &m[2]));
    let province = province_near(doc, c.start, tail_end, ss).or_else(|| doc.main_province());
    let year = year.or_else(|| {
        // A congress, and the first plenum of the committee it elects, open the term.
        let opens_term = c.body == "congress" || (c.body == "executive_committee" && session == Some(1));
        term_years.as_ref().filter(|_| opens_term).and_then(|y| y[..4].parse().ok())
    });
    let year = year.or_else(|| lede_year(doc));
    let date_source = find_dates(sentence)
        .into_iter()
        .next()
        .or_else(|| {
            // Else the lede's first date; short lines up top are page stamps, not the meeting's day.
            doc.sentences
                .iter()
                .take(LEDE_SENTENCES + 1)
                .filter(|&&(s, e)| text[s..e].split_whitespace().count() >= 8 && !STAMP.is_match(&text[s..e]))
                .find_map(|&(s, e)| find_dates(&text[s..e]).into_iter().next())
        });
    let mut date = date_source.and_then(|d| d.resolve(year));
    let month_day = date_source.filter(|_| date.is_none()).map(|d| (d.month, d.day));
    let mut end_date = None;
    if let (Some(close), Some(days)) = (date, DURATION.captures(sentence).and_then(|m| duration_days(&m[1]))) {
        if days > 1 && sentence.to_lowercase().contains("bế mạc") {
            end_date = Some(close);
            date = close.checked_sub_days(chrono::Days::new(days - 1));
        }
    }
    if date.is_none() && published.is_some() && sentence.to_lowercase().contains("hôm nay") {
        date = published;
    }
    let location = LOCATION.captures(sentence).map(|m| m[1].trim().to_string());
    let (evidence, span) = doc.evidence(ss, se);
    Meeting {
        province,
        body: c.body,
        session,
        term,
        term_years,
        date,
        month_day,
        end_date,
        location,
        online: sentence.to_lowercase().contains("trực tuyến"),
        evidence,
        span: Span { start: span.start, end: span.end },
    }
}

/// Page stamps ("Cập nhật vào ngày", "Số lần xem", "20:40"): their dates are not the meeting's.
static STAMP: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)cập nhật|số lần xem|lượt xem|ngày đăng|\b[0-9]{1,2}:[0-9]{2}\b|\|").unwrap());

/// The first year the lede names ("năm 2020"), leaving out birth years.
fn lede_year(doc: &Document) -> Option<i32> {
    static YEAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)(sinh )?năm ([0-9]{4})\b|[0-9]{1,2}/([0-9]{4})\b").unwrap());
    let text = doc.text();
    doc.sentences.iter().take(LEDE_SENTENCES + 1).find_map(|&(s, e)| {
        YEAR.captures_iter(&text[s..e]).find_map(|c| {
            if c.get(1).is_some() {
                return None;
            }
            c.get(2).or(c.get(3)).and_then(|y| y.as_str().parse().ok()).filter(|y| (1990..=2100).contains(y))
        })
    })
}

/// The province named right after the meeting's words, else anywhere in its sentence.
fn province_near(doc: &Document, start: usize, end: usize, sentence_start: usize) -> Option<String> {
    let g = Gazetteer::get();
    let text = doc.text();
    let found = g.find_provinces(&text[start..end]);
    if let Some(m) = found.first() {
        return Some(g.provinces[m.province].name.clone());
    }
    let sentence_end = doc.sentences.iter().find(|s| s.0 == sentence_start).map_or(end, |s| s.1);
    let found = g.find_provinces(&text[sentence_start..sentence_end]);
    found.first().map(|m| g.provinces[m.province].name.clone())
}

fn duration_days(s: &str) -> Option<u64> {
    let days: f64 = match s {
        "một" => 1.0,
        "hai" => 2.0,
        "ba" => 3.0,
        "bốn" => 4.0,
        "năm" => 5.0,
        _ => s.replace(',', ".").parse().ok()?,
    };
    Some(days.ceil() as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meetings(text: &str) -> Vec<Meeting> {
        let doc = Document::new(text);
        extract(&doc, None, Some(2023))
    }

    #[test]
    fn executive_committee_plenum() {
        let m = &meetings("Ngày 06/4/2023, tại trụ sở Tỉnh ủy Hải Dương, Hội nghị lần thứ 14 Ban Chấp hành Đảng bộ tỉnh khóa XVII đã nghe và cho ý kiến vào 8 nội dung quan trọng.")[0];
        assert_eq!((m.body, m.session, m.term), ("executive_committee", Some(14), Some(17)));
        assert_eq!(m.province.as_deref(), Some("Hải Dương"));
        assert_eq!(m.date, NaiveDate::from_ymd_opt(2023, 4, 6));
        assert_eq!(m.location.as_deref(), Some("trụ sở Tỉnh ủy Hải Dương"));
    }

    #[test]
    fn congress_takes_its_number_as_term() {
        let m = &meetings("Sáng 29/9, tại Trung tâm hội nghị tỉnh Lào Cai đã diễn ra Đại hội đại biểu Đảng bộ tỉnh Lào Cai lần thứ I, nhiệm kỳ 2025-2030.")[0];
        assert_eq!((m.body, m.session, m.term), ("congress", Some(1), Some(1)));
        assert_eq!(m.term_years.as_deref(), Some("2025-2030"));
    }

    #[test]
    fn people_council_and_standing_committee() {
        let m = &meetings("Sáng nay (8/7), Kỳ họp thứ 16 HĐND tỉnh Đồng Nai khóa 9 đã khai mạc.")[0];
        assert_eq!((m.body, m.session, m.term), ("people_council", Some(16), Some(9)));
        let m = &meetings("Ban Thường vụ Tỉnh uỷ tổ chức phiên họp đầu tháng 3/2021, đồng chí Phạm Xuân Thăng chủ trì.")[0];
        assert_eq!(m.body, "standing_committee");
    }

    #[test]
    fn a_cited_meeting_is_not_reported() {
        assert!(meetings("Hội nghị lần thứ Năm Ban Chấp hành Trung ương Đảng khóa XIII đã ban hành Nghị quyết số 20-NQ/TW.").is_empty());
        assert!(meetings("Tỉnh tiếp tục thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX.").is_empty());
    }
}

//! The days of a meeting: the date written with it, a relative day ("chiều nay", "sáng
//! mai (14/10)", "cùng ngày") counted from the article's own day, a range and its length
//! ("Sau ba ngày làm việc ... bế mạc"), the days a press briefing announces, and the year
//! of a day written without one (the article's, the term's, a report's period), never a
//! cited document's date or a birth date.

use super::*;

/// "Hội nghị lần thứ nhất Ban chấp hành Đảng bộ tỉnh (diễn ra chiều 23-9)": the meeting's own date.
pub(super) static DATE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[^.;()]{0,40}?\(\s*(?:diễn ra|khai mạc|họp|tổ chức)?\s*(?:vào\s+)?((?:sáng|chiều|tối|trưa)?\s*(?:ngày\s*)?[0-9]{1,2}[-/.][0-9]{1,2}(?:[-/.][0-9]{4})?)\s*\)").unwrap()
});

/// "Đại hội ... lần thứ XVII, nhiệm kỳ 2025-2030, diễn ra từ ngày 13 đến 15-10": the days a
/// meeting is held, written after its name (a briefing's own day, "Chiều 9-10, Tỉnh ủy A
/// thông tin về Đại hội ...", is not the congress's).
pub(super) static OWN_DAYS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[^.;()]{0,80}?(?:^|\s)(?:diễn ra|được tổ chức|tổ chức|khai mạc|họp)\s+(?:vào\s+)?(?:từ\s+)?((?:(?:sáng|chiều|tối|trưa)\s+)?(?:ngày\s*)?[0-9]{1,2}\b[^.;]{0,40})").unwrap()
});

/// The days a meeting of `body` is held, written after its name in `sentence` ("... thông
/// tin về Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII, diễn ra từ ngày 13 đến 15-10").
pub(super) fn own_days_in(sentence: &str, body: &str) -> Option<crate::text::dates::DateMention> {
    let pattern = PATTERNS.iter().find(|p| p.body == body)?;
    let m = pattern.regex.find(sentence)?;
    Some(mention_moved(own_days(&sentence[m.end()..])?, m.end()))
}

/// The first day of `OWN_DAYS` in the words after a meeting's name.
pub(super) fn own_days(after: &str) -> Option<crate::text::dates::DateMention> {
    let caps = OWN_DAYS.captures(crate::text::clip(after, 200))?;
    let m = caps.get(1).unwrap();
    // (Offsets in `after`, as its callers slice it.)
    meeting_dates(m.as_str()).into_iter().find(|d| d.start <= 12).map(|d| mention_moved(d, m.start()))
}

/// A date mention found in a part of a text, with its offsets in the whole of it (`by`:
/// where the part starts).
pub(super) fn mention_moved(d: crate::text::dates::DateMention, by: usize) -> crate::text::dates::DateMention {
    crate::text::dates::DateMention { start: d.start + by, end: d.end + by, ..d }
}

/// A meeting's length, said with its closing: "sau 3 ngày làm việc", "với ba ngày làm việc
/// khẩn trương", "trải qua 2,5 ngày", "sau hai ngày rưỡi", "sau 4 buổi làm việc", "sau hai
/// ngày (21-22/10)": a cue (`length_cue`), a count in digits or words, "ngày" or "buổi"
/// (half a day), then words of the meeting's work (`length_after`) or a mark.
pub(super) static DURATION: LazyLock<WordRegex> = LazyLock::new(|| {
    rule(
        r"(?:^|[^\p{L}]){length_cue}\s+(?:hơn\s+)?([0-9]{1,2}(?:,5)?|nửa|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(ngày|buổi)(\s+rưỡi)?(?:\s+{length_after}(?:$|[^\p{L}])|\s*[(),.;]|\s*$)",
    )
});

/// The calendar days a meeting of `DURATION`'s length spans: "3 ngày" 3, "2,5 ngày" or
/// "hai ngày rưỡi" 3, "4 buổi" 2, "3 buổi" 2, "2 buổi" 1.
pub(super) fn meeting_length(s: &str) -> Option<u64> {
    let c = DURATION.captures(s)?;
    let count = match c[1].to_lowercase().as_str() {
        "nửa" => 0.5,
        n => n.replace(',', ".").parse::<f64>().ok().or_else(|| parse_ordinal(n).map(f64::from))?,
    };
    let days = count + if c.get(3).is_some() { 0.5 } else { 0.0 };
    let days = if c[2].to_lowercase() == "buổi" { days / 2.0 } else { days };
    Some(days.ceil() as u64)
}

/// The length of the meeting whose closing day `date_sentence` (a part of the text)
/// reports: said in that sentence ("Chiều 17/10, Đại hội ... đã bế mạc sau 3 ngày làm
/// việc", "Sau ba ngày làm việc, chiều 28/9 ... bế mạc"), or in the sentence right before or
/// after it when that one also speaks of the closing, or goes on in lower case, and dates
/// nothing itself ("... đã bế mạc. Sau 3 ngày làm việc khẩn trương, Đại hội đã hoàn thành
/// toàn bộ chương trình").
pub(super) fn closing_length(doc: &Document, date_sentence: &str) -> Option<u64> {
    if !CLOSING.is_match(date_sentence) {
        return None;
    }
    meeting_length(date_sentence).or_else(|| {
        let text = doc.text();
        // (Where the sentence lies in the text, to read the sentences around it.)
        let start = (date_sentence.as_ptr() as usize).checked_sub(text.as_ptr() as usize).filter(|&o| o + date_sentence.len() <= text.len())?;
        let i = doc.sentences.partition_point(|&(_, e)| e <= start);
        let end = start + date_sentence.len();
        let j = doc.sentences.partition_point(|&(s, _)| s < end);
        [i.checked_sub(1), Some(j)].into_iter().flatten().filter_map(|k| doc.sentences.get(k)).find_map(|&(s, e)| {
            let next = &text[s..e];
            // (A line going on in lower case is the same sentence, broken.)
            let speaks_of_closing = CLOSING.is_match(next) || (s >= end && next.starts_with(char::is_lowercase));
            (speaks_of_closing && find_dates(next).is_empty()).then(|| meeting_length(next)).flatten()
        })
    })
}

/// A meeting closing, said in its closing day's sentence: "bế mạc", "kết thúc", "thành công
/// tốt đẹp" (`closing` in data/meeting_words.tsv).
pub(super) static CLOSING: LazyLock<WordRegex> = LazyLock::new(|| rule(r"(?:^|[^\p{L}]){closing}(?:$|[^\p{L}])"));

/// "Tại phiên thứ nhất Hội nghị Ban Chấp hành ... diễn ra ngay sau đó", "Ngay sau khi bế mạc
/// Đại hội, Hội nghị lần thứ nhất ...": the new committee's first plenum (the words
/// `plenum_start..plenum_end`) said to be held right after the congress or during it
/// (`right_after_congress` in data/meeting_words.tsv), in its own sentence.
pub(super) fn held_right_after_congress(doc: &Document, plenum_start: usize, plenum_end: usize) -> bool {
    static RIGHT_AFTER: LazyLock<WordRegex> = LazyLock::new(|| rule(r"(?:^|[^\p{L}]){right_after_congress}(?:$|[^\p{L}])"));
    let text = doc.text();
    let Some(&(s, e)) = doc.sentences.iter().find(|(s, e)| *s <= plenum_start && plenum_start < *e) else { return false };
    let before = crate::text::clip_tail(&text[s..plenum_start], 120);
    let after = crate::text::clip(&text[plenum_end.min(e)..e], 120);
    RIGHT_AFTER.is_match(before) || RIGHT_AFTER.is_match(after)
}

/// "Đại hội ... diễn ra từ ngày 01/10/2025 đến ngày 03/10/2025", "Trong 3 ngày (1-3/10), Đại
/// hội đã ...": a range of days, said anywhere in the text of a meeting of `body` (its noun in
/// the range's sentence, the sentence not announcing it), that holds the day `day` the article
/// reports. A meeting reported on its first day, its closing day or one between is the
/// meeting of all its days ("Sáng 13/8, ... khai mạc kỳ họp thứ 2 ... Kỳ họp được tổ chức
/// trong hai ngày 13 và 14/8", h31_001).
pub(super) fn reported_range(doc: &Document, body: &str, day: (u32, u32)) -> Option<crate::text::dates::DateMention> {
    static NOUN: LazyLock<WordRegex> = LazyLock::new(|| rule(r"(?:^|[^\p{L}])(?:{congress})(?:$|[^\p{L}])"));
    static SESSION_NOUN: LazyLock<WordRegex> = LazyLock::new(|| rule(r"(?:^|[^\p{L}]){session_noun}(?:$|[^\p{L}])"));
    let noun: &WordRegex = if body == "congress" { &NOUN } else { &SESSION_NOUN };
    (0..doc.sentences.len()).find_map(|i| {
        let sentence = with_broken_date(doc, i);
        if !sentence.contains(|c: char| c.is_ascii_digit()) || !noun.is_match(sentence) || announced(sentence) {
            return None;
        }
        meeting_dates(sentence).into_iter().find(|d| d.last.is_some_and(|last| (d.month, d.day) <= day && day <= last))
    })
}

/// The words before a meeting's name (`cited_window`) that make it the subject of a press
/// conference: "họp báo (thông tin) về", "thông tin về". Such a meeting is cited unless the
/// text announces its days (`announced_days`): then the article previews it (h46_002).
pub(super) static BRIEFED: LazyLock<WordRegex> = LazyLock::new(|| rule(r"(?:^|[^\p{L}])(?:họp báo|thông tin về)(?:[^,;.]|\.[^\s]){0,40}$"));

/// The days the text announces for a meeting of `body`: the first date of the clause after
/// "(sẽ|dự kiến) diễn ra / khai mạc / tổ chức ..." following the meeting's noun ("Theo đó,
/// đại hội sẽ diễn ra từ ngày 21-9 đến ngày 23-9-2025", "Đại hội diễn ra từ ngày 9-11/10").
pub(super) fn announced_days(text: &str, body: &str) -> Option<crate::text::dates::DateMention> {
    static ANNOUNCED: LazyLock<WordRegex> = LazyLock::new(|| {
        rule(
            r"(?:^|[^\p{L}])(?:({congress})|(kỳ họp)|(?:{meeting_noun}))(?:$|[^\p{L}])[^.;]{0,150}?\b(?:{announced_cue}\s+)?(?:được\s+)?(?:chính thức\s+)?{announced_verb}\b",
        )
    });
    let same_body = |c: &crate::text::word_regex::Captures| match body {
        "congress" => c.get(1).is_some(),
        "people_council" => c.get(2).is_some(),
        _ => c.get(1).is_none() && c.get(2).is_none(),
    };
    ANNOUNCED.captures_iter(text).filter(same_body).find_map(|c| {
        let after = crate::text::clip(&text[c.get(0).unwrap().end()..], 80);
        let clause = &after[..after.find([';', '\n']).unwrap_or(after.len())];
        meeting_dates(clause).into_iter().next()
    })
}

/// Whether the text announces days for a meeting of `body` later than the first day of
/// the briefing's `sentence` (any, when it writes none): a preview, not a citation.
pub(super) fn announced_after_briefing(text: &str, sentence: &str, body: &str) -> bool {
    // (Compared by month and day, in one leap year: a briefing precedes its meeting by weeks.)
    let month_day = |d: &crate::text::dates::DateMention| d.resolve(Some(2000)).map(|d| (d.month(), d.day()));
    let Some(announced) = announced_days(text, body).and_then(|d| month_day(&d)) else { return false };
    meeting_dates(sentence).first().and_then(month_day).is_none_or(|briefing| briefing < announced)
}

/// Rule `announced_days`: a meeting dated by a press conference about it in the lede
/// ("Sáng 19-9, Tỉnh ủy Khánh Hòa tổ chức họp báo Đại hội ...", "Ban Tuyên giáo Tỉnh ủy ...
/// thông tin về Đại hội ...") that the text announces for days of its own ("Theo đó, đại
/// hội sẽ diễn ra từ ngày 21-9 đến ngày 23-9-2025"): the meeting is held on the days
/// announced; the conference's day is the article's.
pub(super) fn days_announced_at_briefing(cx: &Context, m: &mut Meeting) {
    static PRESS: LazyLock<WordRegex> = LazyLock::new(|| rule(r"\b(?:họp báo|thông tin về)\b"));
    let text = cx.doc.text();
    let Some(date) = m.date else { return };
    let dated_by_briefing = cx.lede.iter().any(|&i| {
        let (s, e) = cx.doc.sentences[i];
        let sentence = &text[s..e];
        PRESS.is_match(sentence) && first_day(sentence, cx.today).and_then(|(d, _)| d.resolve(Some(date.year()))) == Some(date)
    });
    if !dated_by_briefing {
        return;
    }
    let Some(days) = announced_days(text, m.body.code()) else { return };
    let (first, last) = (days.resolve(Some(date.year())), days.resolve_last(Some(date.year())));
    if let Some(first) = first.filter(|&f| f > date) {
        (m.date, m.end_date, m.month_day) = (Some(first), last, None);
        set_field_rule(&mut m.rules, "date", Some(Rule::ANNOUNCED_DAYS));
    }
}

/// The first date of the sentence holding byte `pos`, written before `pos` in it (cited
/// documents' dates left out).
pub(super) fn date_before_in_sentence(doc: &Document, pos: usize) -> Option<crate::text::dates::DateMention> {
    let i = doc.sentences.partition_point(|&(_, e)| e <= pos);
    let &(s, e) = doc.sentences.get(i).filter(|&&(s, _)| s <= pos)?;
    let sentence = &doc.text()[s..e];
    meeting_dates(sentence).into_iter().find(|d| s + d.end <= pos)
}

/// The year of a meeting's day written without one, checked in named steps after it was
/// given the article's, the term's or the text's year (`meeting_year`): a day outside its
/// term (`outside_its_term`), before a document it acts on (`after_cited_documents`),
/// months after the article (`before_the_article`), a year-end session dated by the year
/// it plans for (`year_end_before_its_plan`), a day dated by a school year
/// (`in_the_school_year`). A year written with the day is changed only where it puts the
/// meeting months after the article that reports it (`written_after_the_article`).
pub(super) fn year_of_undated_day(cx: &Context, term_years: Option<&str>, year_written: bool, days: &mut Days) {
    if year_written {
        written_after_the_article(cx, days);
        return;
    }
    outside_its_term(cx, term_years, days);
    after_cited_documents(cx, term_years, days);
    before_the_article(cx, days);
    year_end_before_its_plan(cx, days);
    in_the_school_year(cx, days);
}

/// A day written with a year that puts it months after the article's own stamp is a slip
/// of the year ("Sáng ngày 12/4/2024" in an article stamped 12-04-2022 on the 6th session
/// of the 2021-2026 term, h78_001): a report is written after its meeting, so the day is of
/// the article's year (the year before when that is still after it).
fn written_after_the_article(cx: &Context, days: &mut Days) {
    let Some(article_day) = cx.today.and_then(|t| t.resolve(None)).filter(|_| cx.year.is_some()) else { return };
    let Some(date) = days.date else { return };
    let grace = chrono::Duration::days(60);
    if date <= article_day + grace {
        return;
    }
    let year = [article_day.year(), article_day.year() - 1].into_iter().find(|&y| date.with_year(y).is_some_and(|d| d <= article_day + grace));
    if let Some(year) = year {
        moved_to(days, year);
    }
}

/// The day moved to `year`, its last day with it (a range across New Year keeps its span).
fn moved_to(days: &mut Days, year: i32) {
    let Some(date) = days.date else { return };
    let by = year - date.year();
    days.date = date.with_year(year);
    days.end_date = days.end_date.and_then(|d| d.with_year(d.year() + by));
}

/// A day given a year from the text that lies outside the meeting's own term years (±1)
/// took it from something else the text dates, such as a career ("Từ tháng 3/2014 đến
/// tháng 10/2020, ông làm ..." in the report of a 2024 conference of "nhiệm kỳ
/// 2020-2025", h65_004): the day keeps its month and day, its year unknown. (Not a year
/// of the publication.)
fn outside_its_term(cx: &Context, term_years: Option<&str>, days: &mut Days) {
    let Some(date) = days.date.filter(|_| cx.year.is_none()) else { return };
    if !within_term(Some(date), term_years) {
        (days.date, days.end_date, days.month_day) = (None, None, Some((date.month(), date.day())));
    }
}

/// A meeting is held on or after the documents it cites were issued ("công bố Quyết định
/// số 1729-QĐNS/TW ngày 04/12/2024 ..." at a conference of "Chiều 12/12" and "nhiệm kỳ
/// 2020-2025", h73_006; "căn cứ Văn bản số 13157-CV/VPTW ngày 17/1/2025" for "Ngày 7/2",
/// h75_005): a day dated before the latest of them is of the first year that puts it after.
///
/// A day left without any year takes the first year that puts it on or after the latest
/// paper prepared for it or deciding what it carries out (a submission, plan, official
/// letter, notice or decision: "Chiều 19-2" after "Tờ trình số 30/TTr-UBND ngày
/// 10/02/2025", h78_003; "Ngày 22/8" after "Kế hoạch số 233-KH/TU ngày 20/8/2019",
/// h84_002), when it lies within the meeting's term. (Not a resolution or programme the
/// meeting reviews years on: "tổng kết Chương trình 03-Ctr/TU ngày 28/6/2016", h45_004.)
fn after_cited_documents(cx: &Context, term_years: Option<&str>, days: &mut Days) {
    static PREPARED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?:tờ trình|kế hoạch|công văn|văn bản|thông báo|quyết định|[0-9]+[/-](?:TTr|KH|CV|TB|QĐ|QĐNS|QĐ-UBND)\b)[^.;]{0,40}$").unwrap()
    });
    let text = cx.doc.text();
    let documents = || find_dates(text).into_iter().filter(|d| d.year.is_some() && document_date(text, d.start));
    let latest = || documents().filter_map(|d| d.resolve(None)).max();
    let latest_prepared = || documents().filter(|d| PREPARED.is_match(crate::text::clip_tail(&text[..d.start], 80))).filter_map(|d| d.resolve(None)).max();
    let first_year_after = |issued: NaiveDate, month: u32, day: u32| {
        [issued.year(), issued.year() + 1].into_iter().find_map(|y| NaiveDate::from_ymd_opt(y, month, day).filter(|d| *d >= issued))
    };
    match (days.date, days.month_day) {
        (Some(date), _) => {
            let Some(issued) = latest().filter(|&issued| issued > date) else { return };
            if let Some(moved) = first_year_after(issued, date.month(), date.day()) {
                moved_to(days, moved.year());
            }
        }
        (None, Some((month, day))) => {
            let Some(dated) = latest_prepared().and_then(|issued| first_year_after(issued, month, day)).filter(|d| within_term(Some(*d), term_years)) else {
                return;
            };
            (days.date, days.month_day) = (Some(dated), None);
        }
        (None, None) => {}
    }
}

/// A day written without its year and given the article's year lies months after the
/// article ("sáng 11/6" under a header "Thứ bảy 14/03/2026", h54_001): a report is written
/// after the meeting, so the day is of the year before. (Two months' grace: a preview
/// announces a meeting weeks ahead.)
fn before_the_article(cx: &Context, days: &mut Days) {
    let Some(article_day) = cx.today.and_then(|t| t.resolve(None)) else { return };
    let Some(date) = days.date.filter(|_| cx.year.is_some()) else { return };
    if date > article_day + chrono::Duration::days(60) {
        moved_to(days, date.year() - 1);
    }
}

/// Whether every "năm `year`" of the text is the year a plan, budget or task is for ("kế
/// hoạch phát triển KT-XH năm 2019", "dự toán ngân sách tỉnh năm 2019", "phát triển kinh
/// tế, xã hội năm 2023").
pub(super) fn planned_year_only(text: &str, year: i32) -> bool {
    static PLANNED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?:kế hoạch|dự toán|nhiệm vụ|phương hướng|chỉ tiêu|phát triển kinh tế|kinh tế - xã hội|kinh tế, xã hội|kt-xh|đầu tư công|biên chế|danh mục)[^.;]{0,80}$").unwrap()
    });
    // (A crawler's stamp of that year dates the article: "date 2019-12".)
    if crate::extract::document::PAGE_STAMP.captures(text).is_some_and(|c| c[1].parse() == Ok(year)) {
        return false;
    }
    // ("tình hình thực hiện nhiệm vụ năm 2017" reviews the year.)
    static REVIEWED: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)(?:thực hiện|kết quả|đánh giá|tổng kết|sơ kết)[^.;]{0,80}$").unwrap());
    let written = format!("năm {year}");
    let mut seen = false;
    for (i, _) in text.match_indices(&written) {
        seen = true;
        let before = crate::text::clip_tail(&text[..i], 300);
        if !PLANNED.is_match(before) || REVIEWED.is_match(before) {
            return false;
        }
    }
    seen
}

/// A session in November or December dated by a year the
/// text names only as the year it plans for (`planned_year_only`) is held the year before
/// ("Ngày 7/12 ... thông qua 21 Nghị quyết liên quan đến phát triển kinh tế, xã hội năm
/// 2023" is 7/12/2022, h49_003, h58_001).
fn year_end_before_its_plan(cx: &Context, days: &mut Days) {
    let Some(date) = days.date.filter(|d| cx.year.is_none() && cx.text_year_planned && d.month() >= 11 && Some(d.year()) == cx.text_year) else {
        return;
    };
    moved_to(days, date.year() - 1);
}

/// A day with no year anywhere else, in a text naming a school year ("lễ khai giảng năm học
/// mới 2022 - 2023", h55_005): from August on it is of the year the school year opens,
/// before August of the year it closes.
fn in_the_school_year(cx: &Context, days: &mut Days) {
    static SCHOOL_YEAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\bnăm học(?: mới)? ([0-9]{4})\s*[-–]\s*([0-9]{4})\b").unwrap());
    let Some((month, day)) = days.month_day.filter(|_| days.date.is_none() && cx.year.is_none() && cx.text_year.is_none()) else { return };
    let Some(c) = SCHOOL_YEAR.captures(cx.doc.text()) else { return };
    let (Ok(opens), Ok(closes)) = (c[1].parse::<i32>(), c[2].parse::<i32>()) else { return };
    if closes != opens + 1 {
        return;
    }
    let year = if month >= 8 { opens } else { closes };
    if let Some(date) = NaiveDate::from_ymd_opt(year, month, day) {
        (days.date, days.month_day) = (Some(date), None);
    }
}

/// The first plenum's own day, said in one of the next sentences about it: "Theo đó, tại
/// hội nghị diễn ra chiều 01/10, Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh khóa XX đã bầu Ban
/// Thường vụ" after the congress heard its results (h53_003).
pub(super) fn plenum_day_said_after(doc: &Document, plenum_end: usize) -> Option<crate::text::dates::DateMention> {
    static HELD_ON: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?:^|[^\p{L}])(?:tại |trong )?(?:hội nghị|phiên họp)(?: này)?(?: diễn ra| được tổ chức| tổ chức)?(?: vào)? (?:(?:sáng|chiều|tối|trưa) )?(?:ngày )?[0-9]{1,2}\s*[/.-]\s*[0-9]{1,2}")
            .unwrap()
    });
    static COMMITTEE_ELECTS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\b(?:ban chấp hành|bch)\b[^.;]{0,80}\bbầu\b").unwrap());
    let text = doc.text();
    let next = doc.sentences.iter().position(|&(s, _)| s >= plenum_end)?;
    doc.sentences[next..].iter().take(3).find_map(|&(s, e)| {
        let sentence = &text[s..e];
        let m = HELD_ON.find(sentence).filter(|_| COMMITTEE_ELECTS.is_match(sentence))?;
        meeting_dates(&sentence[m.start()..]).into_iter().next()
    })
}

/// The year of the meeting: the publication's, else the first year of the term it opens,
/// else the end of the term a congress compares with, else the text's, else a term's
/// first year for its first sessions.
pub(super) fn meeting_year(cx: &Context, c: &Candidate, session: Option<u32>, term_years: Option<&str>) -> Option<i32> {
    let text = cx.doc.text();
    let year = cx.year.or_else(|| {
        // A congress, and the first plenum of the committee it elects, open the term.
        let opens_term = c.body == "congress" || (c.body == "executive_committee" && session == Some(1));
        term_years.filter(|_| opens_term).and_then(|y| y[..4].parse().ok())
    });
    // "giảm 4 người so với nhiệm kỳ 2015-2020": a congress is held as the term it compares
    // with ends (n_014).
    let year = year.or_else(|| (c.body == "congress").then(|| previous_term_end(text)).flatten());
    year.or(cx.text_year).or_else(|| {
        // Nothing else: a term's first meetings are held in its first year (a later
        // session's year cannot be told from the term).
        // (Not for a body without sessions: "công bố quyết định ... nhiệm kỳ 2020-2025" on 30/6
        // tells nothing of the year.)
        static TERM_BEGINS: LazyLock<WordRegex> = LazyLock::new(|| rule("{term_begins}"));
        let numbered = ["executive_committee", "people_council", "congress"].contains(&c.body) || TERM_BEGINS.is_match(text);
        term_years.filter(|_| numbered && session.is_none_or(|s| s <= 2)).and_then(|y| y[..4].parse().ok())
    })
}

/// The date mention the meeting is dated by, the sentence it is in, and the rule that
/// found it: the date written in parentheses right after the meeting ("(diễn ra chiều
/// 23-9)"), else the sentence's first date, else the day before ("cùng ngày"), else the
/// lede's first date (page stamps and cited documents' dates left out).
pub(super) fn date_source<'a>(cx: &Context<'a, '_>, c: &Candidate, sentence: &'a str) -> (Option<crate::text::dates::DateMention>, &'a str, Rule) {
    let doc = cx.doc;
    let text = doc.text();
    let (ss, se) = doc.sentences[c.sentence];
    // (The mentions after the meeting's name, with offsets in its sentence.)
    let after = c.end.clamp(ss, se);
    let right_after = DATE_AFTER
        .captures(&text[after..se])
        .and_then(|m| find_dates(&m[1]).into_iter().next().map(|d| mention_moved(d, after - ss + m.get(1).unwrap().start())));
    let mut date_rule = if right_after.is_some() { Rule::DATE_RIGHT_AFTER } else { Rule::OWN_DAYS_AFTER };
    let (date_source, date_sentence) = match right_after.or_else(|| own_days(&text[after..se]).map(|d| mention_moved(d, after - ss))) {
        Some(d) => (Some(d), sentence),
        None => match first_day(with_broken_date(doc, c.sentence), cx.today) {
            Some((d, relative)) => {
                date_rule = if relative { Rule::RELATIVE_TO_PUBLICATION } else { Rule::SENTENCE_DATE };
                (Some(d), with_broken_date(doc, c.sentence))
            }
            None => continued(doc, c.sentence)
                .or_else(|| same_day_as_before(doc, c.sentence, cx.today))
                .map(|(d, s)| {
                    date_rule = Rule::DATE_OF_SENTENCE_BEFORE;
                    (Some(d), s)
                })
                .or_else(|| {
                    // A congress named in full without a day (a headline, a caption): the day
                    // the text says "Đại hội" sat ("Sáng 15/10, Đại hội tiến hành ...").
                    (c.body == "congress").then_some(())?;
                    let (d, s) = (0..doc.sentences.len()).find_map(|i| {
                        let s = with_broken_date(doc, i);
                        bare_congress_day(s, cx.today).flatten().map(|d| (d, s))
                    })?;
                    date_rule = Rule::BARE_CONGRESS_DATE;
                    Some((Some(d), s))
                })
                .unwrap_or_else(|| {
                    date_rule = Rule::LEDE_DATE;
                    // The days the lede says the meeting is held ("Kỳ họp thứ 24 ... diễn ra từ
                    // ngày 12 đến ngày 14 tháng 12 năm 2024") before any other date of it.
                    let lede = || cx.lede.iter().map(|&i| with_broken_date(doc, i)).filter(|s| s.split_whitespace().count() >= 8);
                    lede()
                        .find_map(|s| own_days_in(s, c.body).map(|d| (Some(d), s)))
                        .or_else(|| {
                            // A lede sentence naming its day against a stamp the article lacks
                            // ("Sáng nay, ..."): the days after it are other events'.
                            let undated = |s: &str| cx.today.is_none() && relative_words(s).is_some_and(|r| !r.3);
                            lede().take_while(|s| !undated(s)).find_map(|s| first_day(s, cx.today).map(|(d, _)| (Some(d), s)))
                        })
                        .unwrap_or((None, sentence))
                }),
        },
    };
    (date_source, date_sentence, date_rule)
}

/// The days a date mention gives in `year`: the day before when the report speaks of
/// tomorrow, the first day counted back from the closing day when it says how long.
pub(super) fn days_from_source(
    doc: &Document,
    date_source: Option<crate::text::dates::DateMention>,
    date_sentence: &str,
    year: Option<i32>,
    mut date_rule: Rule,
) -> Days {
    let mut date = date_source.and_then(|d| d.resolve(year));
    let mut month_day = date_source.filter(|_| date.is_none()).map(|d| (d.month, d.day));
    let mut end_date = date_source.and_then(|d| d.resolve_last(year));
    if let Some(d) = date_source.filter(|d| tomorrow(&date_sentence[..d.start.min(date_sentence.len())])) {
        // "Đại hội ... sẽ chính thức khai mạc vào sáng mai (14/10)": the report is of the day
        // before (n_055, n_014).
        date = date.and_then(|x| x.pred_opt());
        month_day = month_day.and_then(|_| NaiveDate::from_ymd_opt(2000, d.month, d.day)?.pred_opt()).map(|x| (x.month(), x.day()));
        end_date = None;
        date_rule = Rule::DAY_BEFORE_TOMORROW;
    }
    if let Some(n) = date_source.and_then(|d| nth_working_day(&date_sentence[d.end.min(date_sentence.len())..])).filter(|_| end_date.is_none()) {
        // "Ngày 10/7, trong ngày làm việc thứ hai kỳ họp thứ 9": it began the day before.
        let back = chrono::Days::new(u64::from(n) - 1);
        end_date = date;
        date = date.and_then(|x| x.checked_sub_days(back));
        month_day = month_day.and_then(|(m, d)| NaiveDate::from_ymd_opt(2000, m, d)?.checked_sub_days(back)).map(|x| (x.month(), x.day()));
        date_rule = Rule::NTH_WORKING_DAY;
    }
    // (Where the date's sentence lies in the text, to read the sentences around it.)
    if let (Some(close), Some(days)) = (date, closing_length(doc, date_sentence)) {
        if days > 1 && end_date.is_none() {
            end_date = Some(close);
            date = close.checked_sub_days(chrono::Days::new(days - 1));
            date_rule = Rule::LENGTH_AND_CLOSING_DAY;
        }
    }
    Days { date, month_day, end_date, rule: date_rule }
}

/// Rule `nth_working_day`: "trong ngày làm việc thứ hai", "ngày làm việc thứ 3 của Đại hội"
/// right after the day reported (`after`, within a few words): the meeting's Nth day, N from
/// 2 to 9.
pub(super) fn nth_working_day(after: &str) -> Option<u32> {
    static NTH: LazyLock<WordRegex> = LazyLock::new(|| rule(r"^[^.;]{0,20}?\bngày làm việc thứ ({ORD})\b"));
    let c = NTH.captures(after)?;
    parse_ordinal(&c[1]).filter(|n| (2..=9).contains(n))
}

/// A congress's or council's days as the text says it lasts, around the day reported.
pub(super) fn days_reported_in_text(doc: &Document, c: &Candidate, year: Option<i32>, days: &mut Days) {
    let Days { date, month_day, end_date, .. } = days;
    if end_date.is_none() && (c.body == "congress" || c.body == "people_council") {
        // The day reported inside the days the text says the meeting lasted: the meeting
        // is those days (`reported_range`).
        let day = date.map(|d| (d.month(), d.day())).or(*month_day);
        if let Some(r) = day.and_then(|day| reported_range(doc, c.body, day)) {
            let y = date.map(|d| d.year()).or(year);
            if r.year.is_none() || y.is_none() || r.year == y {
                match r.resolve(y) {
                    Some(first) => {
                        *date = Some(first);
                        *end_date = r.resolve_last(y);
                    }
                    None => *month_day = Some((r.month, r.day)),
                }
            }
        }
    }
}

/// A meeting still undated: a council's session on its resolution's date. (Days named
/// relative to the article's, "hôm nay", "hôm qua", are read with the others, `first_day`.)
pub(super) fn days_of_undated_meeting(cx: &Context, c: &Candidate, days: &mut Days) {
    if c.rule == Rule::COUNCIL_ADOPTION_CLAUSE {
        // "... kỳ họp thứ 3 thông qua ngày 14 tháng 12 năm 2016": the day written right after
        // (read as the adoption's own, not as a cited document's).
        let after = crate::text::clip(&cx.doc.text()[c.end..], 60);
        if let Some(d) = find_dates(after).into_iter().next().and_then(|d| d.resolve(None)) {
            *days = Days { date: Some(d), month_day: None, end_date: None, rule: Rule::DATE_RIGHT_AFTER };
            return;
        }
    }
    let Days { date, month_day, rule: date_rule, .. } = days;
    if c.rule == Rule::COUNCIL_RESOLUTION_HEADING && *date_rule == Rule::LEDE_DATE {
        // A resolution's heading names the session; a date in its preamble ("Căn cứ Luật
        // ... ngày 19 tháng 6 năm 2015", broken over lines) is a cited law's: the document's
        // own date, when its layout gives one, is the session's.
        if let Some(d) = crate::extract::article::official_document_date(cx.doc) {
            (*date, *month_day, days.end_date) = (Some(d), None, None);
            days.rule = Rule::COUNCIL_DOCUMENT_DATE;
            return;
        }
    }
    let Days { date, month_day, rule: date_rule, .. } = days;
    if date.is_none() && month_day.is_none() && c.body == "people_council" {
        // A council's resolution in its official layout, its session undated in the text:
        // the resolution is adopted at the session, on the document's date.
        *date = crate::extract::article::official_document_date(cx.doc);
        *date_rule = Rule::COUNCIL_DOCUMENT_DATE;
    }
    if date.is_none() && month_day.is_none() {
        // Rule `publication_day`: a meeting reported (not announced: those are gone by now)
        // with no day written anywhere ("Bế mạc phiên trù bị Đại hội ... Sau một ngày làm
        // việc, ..." under the stamp "date 2025-09-29"): news of it is published the day it
        // sits.
        // (A day the text names as today, without a year, takes the text's year.)
        if let Some(today) = cx.today {
            match today.resolve(None).or_else(|| today.resolve(cx.text_year)) {
                Some(day) => *date = Some(day),
                None => *month_day = Some((today.month, today.day)),
            }
            *date_rule = Rule::PUBLICATION_DAY;
        }
    }
}

/// Whether a meeting's day can be a day of its term ("khóa XV, nhiệm kỳ 2015-2020"): in
/// the term's years, or the year before or after them (a congress prepares and a term's
/// last session closes at their edges). True without a day or a term.
pub(super) fn within_term(date: Option<NaiveDate>, term_years: Option<&str>) -> bool {
    let years = term_years.and_then(|t| Some((t.get(..4)?.parse::<i32>().ok()?, t.get(t.len() - 4..)?.parse::<i32>().ok()?)));
    match (date, years) {
        (Some(d), Some((first, last))) => (first - 1..=last + 1).contains(&d.year()),
        _ => true,
    }
}

/// Which day words such as "sáng nay", "tối qua", "ngày mai" name, against the article's own day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Relative {
    Today,
    Yesterday,
    Tomorrow,
}

/// "Sáng nay", "tối qua", "ngày mai" (`relative_today`, `relative_yesterday`,
/// `relative_tomorrow` in data/meeting_words.tsv): a day named against the article's own
/// day, in `sentence`. Returns the words' span, the day they name, and whether the day is
/// written in parentheses right after them ("chiều nay (7/12)", "Ngày mai (28/10)"). Not
/// the words of a name ("Sáng Mai").
pub(super) fn relative_words(sentence: &str) -> Option<(usize, usize, Relative, bool)> {
    static RELATIVE: LazyLock<WordRegex> =
        LazyLock::new(|| rule(r"(?:^|[^\p{L}])(?:({relative_today})|({relative_yesterday})|({relative_tomorrow}))(?:$|[^\p{L}])"));
    RELATIVE.captures_iter(sentence).find_map(|c| {
        let (m, which) = match (c.get(1), c.get(2), c.get(3)) {
            (Some(m), _, _) => (m, Relative::Today),
            (_, Some(m), _) => (m, Relative::Yesterday),
            (_, _, Some(m)) => (m, Relative::Tomorrow),
            _ => return None,
        };
        let last_word = m.as_str().rsplit(' ').next().unwrap_or("");
        let dated = day_in_parentheses(&sentence[m.end()..]).is_some();
        last_word.starts_with(char::is_lowercase).then_some((m.start(), m.end(), which, dated))
    })
}

/// The day written in parentheses at the start of `after`: "(7/12)", "( ngày 28-10 )".
pub(super) fn day_in_parentheses(after: &str) -> Option<crate::text::dates::DateMention> {
    static DAY: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^\s*\(\s*(?:ngày\s*)?[0-9]{1,2}\s*[/.-]\s*[0-9]{1,2}[^()]{0,12}\)").unwrap());
    let m = DAY.find(crate::text::clip(after, 60))?;
    find_dates(m.as_str()).into_iter().next()
}

/// `day` moved by `days` (a date mention without its year stays without one).
pub(super) fn shifted(day: crate::text::dates::DateMention, days: i64) -> Option<crate::text::dates::DateMention> {
    let date = NaiveDate::from_ymd_opt(day.year.unwrap_or(2000), day.month, day.day)?.checked_add_signed(chrono::Duration::days(days))?;
    Some(crate::text::dates::DateMention { year: day.year.map(|_| date.year()), month: date.month(), day: date.day(), last: None, ..day })
}

/// The article's own day, that "sáng nay", "hôm qua" are read against: its stamp
/// `published`, else the day the text writes after such words ("Chiều nay (7/12)"; "Ngày
/// mai (28/10)" makes today the 27th, n_014), the first the text gives.
pub(super) fn article_today(doc: &Document, published: Option<NaiveDate>) -> Option<crate::text::dates::DateMention> {
    if let Some(p) = published {
        return Some(crate::text::dates::DateMention { start: 0, end: 0, year: Some(p.year()), month: p.month(), day: p.day(), last: None });
    }
    // (Or written right after them, in a live blog's aside: "(Ngày mai 12-12, kỳ họp tiếp
    // tục chương trình làm việc)", h48_005.)
    static DAY_RIGHT_AFTER: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^,?\s*(?:ngày\s*)?([0-9]{1,2})\s*[/.-]\s*([0-9]{1,2})(?:\s*[/.-]\s*([0-9]{4}))?(?:$|[^0-9/.-])").unwrap());
    let day_right_after = |after: &str| {
        let c = DAY_RIGHT_AFTER.captures(after)?;
        let (day, month, year) = (c[1].parse().ok()?, c[2].parse().ok()?, c.get(3).and_then(|y| y.as_str().parse().ok()));
        NaiveDate::from_ymd_opt(year.unwrap_or(2000), month, day)?;
        Some(crate::text::dates::DateMention { start: 0, end: 0, year, month, day, last: None })
    };
    let text = doc.text();
    doc.sentences.iter().find_map(|&(s, e)| {
        let sentence = &text[s..e];
        let (_, end, which, _) = relative_words(sentence)?;
        let after = &sentence[end..];
        let day = day_in_parentheses(after).or_else(|| day_right_after(after))?;
        shifted(
            day,
            match which {
                Relative::Today => 0,
                Relative::Yesterday => 1,
                Relative::Tomorrow => -1,
            },
        )
    })
}

/// The day `relative_words` name in `sentence`, against the article's day `today`, as a
/// date mention spanning the words: today's words that day, yesterday's the day before,
/// tomorrow's the day the text reports on (the article's, as "sáng mai (14/10)" is read,
/// see `tomorrow`). None without the article's day, and where the day is written in
/// parentheses after the words (that date is read as written).
pub(super) fn relative_day(sentence: &str, today: Option<crate::text::dates::DateMention>) -> Option<crate::text::dates::DateMention> {
    let (start, end, which, _) = relative_words(sentence).filter(|r| !r.3)?;
    let day = shifted(today?, if which == Relative::Yesterday { -1 } else { 0 })?;
    Some(crate::text::dates::DateMention { start, end, ..day })
}

/// The first day a sentence names that can be a meeting's: its first date (`meeting_dates`)
/// or a day named against the stamp (`relative_day`), whichever it writes first; with true
/// for the latter.
pub(super) fn first_day(sentence: &str, today: Option<crate::text::dates::DateMention>) -> Option<(crate::text::dates::DateMention, bool)> {
    let written = meeting_dates(sentence).into_iter().next();
    let relative = relative_day(sentence, today);
    // ("Hôm nay 21/4/2020", "Sáng nay (8/7)", "hôm nay, ngày 21/4": the day written right
    // after the word is the day it means, whatever the stamp says.)
    let written_right_after = |r: &crate::text::dates::DateMention, w: &crate::text::dates::DateMention| {
        let between = sentence.get(r.end..w.start).unwrap_or("x").trim_matches(|c: char| c.is_whitespace() || c == '(' || c == ',').to_lowercase();
        between.is_empty() || between == "ngày"
    };
    match (written, relative) {
        (Some(w), Some(r)) if r.start < w.start && !written_right_after(&r, &w) => Some((r, true)),
        (Some(w), _) => Some((w, false)),
        (None, r) => r.map(|r| (r, true)),
    }
}

/// True when the words before a date say it is tomorrow's: "sáng mai (14/10)", "Ngày mai (28/10)".
pub(super) fn tomorrow(before: &str) -> bool {
    static MAI: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\bmai\s*\(\s*(?:ngày\s*)?$").unwrap());
    MAI.is_match(crate::text::clip_tail(before, 30))
}

/// The dates of a sentence that can be a meeting's: not a cited document's ("Chỉ thị số
/// 36-CT/TW, ngày 30-5-2014", "Nghị quyết số 18 ngày 25-10-2017"), not a person's day of
/// birth ("Đồng chí Dương Văn Trang, sinh ngày 20/12/1961"), not a page's date stamp glued
/// to the next word ("14/12/2021Ngày 13/12").
pub(super) fn meeting_dates(sentence: &str) -> Vec<crate::text::dates::DateMention> {
    find_dates(sentence)
        .into_iter()
        .filter(|d| {
            let before = crate::text::clip_tail(&sentence[..d.start], 60);
            let glued = sentence[d.end..].starts_with(char::is_alphabetic);
            !glued && !document_date(sentence, d.start) && !BIRTH.is_match(before)
        })
        .collect()
}

/// Whether the date at `start` of `sentence` is a document's: right after its number
/// ("Chương trình 03-Ctr/TU ngày 28/6/2016", "Quyết định số 12 ngày ...") or in a clause
/// citing it (`cited_document_date`).
pub(super) fn document_date(sentence: &str, start: usize) -> bool {
    static DOCUMENT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?:\bsố\s*[0-9]+[^,;()]{0,25}?|/[\p{Lu}Đ]{1,8}|[0-9]+-[\p{Lu}Đ]{2,8}(?:/[\p{Lu}Đ]{1,8})?)\s*,?\s*(?:ban hành\s+)?(?:ngày\s*)?$")
            .unwrap()
    });
    let before = crate::text::clip_tail(&sentence[..start], 60);
    // A date in words begins with its "ngày" ("Luật ... ngày 19 tháng 6 năm 2015"):
    // the document's words before it are read with it.
    let worded = crate::text::clip(&sentence[start..], 8).to_lowercase().starts_with("ngày");
    let cited = if worded { cited_document_date(&format!("{} ngày", &sentence[..start])) } else { cited_document_date(&sentence[..start]) };
    DOCUMENT.is_match(before) || cited
}

/// The words before a day of birth: "sinh ngày", "Ngày sinh:", "(sinh", "sinh năm".
pub(super) static BIRTH: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\b(?:sinh|ngày sinh)(?:\s+(?:ngày|năm))?\s*:?\s*$").unwrap());

/// True when a date whose sentence reads `before` up to it is a cited document's: its clause
/// opens with "Căn cứ" or "Xét" (a resolution's preamble: "Căn cứ Luật Tổ chức chính quyền
/// địa phương ngày 19 tháng 6 năm 2015; ..."), or a document named by its kind, capitalised,
/// comes right before it in the clause with "ngày" ("Luật Đất đai ngày 18 tháng 01 năm
/// 2024", "Nghị quyết của Bộ Chính trị ngày 5/7").
pub(super) fn cited_document_date(before: &str) -> bool {
    static CITING_CLAUSE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^[\s\-–•*+]*(?:căn cứ|xét)\b").unwrap());
    static KIND_THEN_DAY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:^|[^\p{L}])(?:Luật|Bộ luật|Hiến pháp|Pháp lệnh|Nghị quyết|Nghị định|Quyết định|Thông tư|Chỉ thị|Kết luận|Quy định|Tờ trình|Công văn)\s(?:(?i:sửa đổi, bổ sung)|[^,;.()]){0,120}?\s(?:(?i:ban hành|ký)\s+)?(?i:ngày)\s*$").unwrap()
    });
    let window = crate::text::clip_tail(before, 400);
    let clause = window.rsplit([';', '\n']).next().unwrap_or(window);
    CITING_CLAUSE.is_match(clause) || KIND_THEN_DAY.is_match(clause)
}

/// A sentence broken across lines (a document's text, s_007: "Hội nghị lần thứ bảy Ban Chấp
/// hành Đảng bộ tỉnh (khóa XVI) họp" / "ngày 26/4/2022 đã thảo luận ..."): the first date of
/// the next line when it goes on in lower case.
pub(super) fn continued<'t>(doc: &'t Document, si: usize) -> Option<(crate::text::dates::DateMention, &'t str)> {
    let text = doc.text();
    let &(s, e) = doc.sentences.get(si + 1)?;
    let (_, prev_end) = doc.sentences[si];
    let next = &text[s..e];
    let broken = !text[..prev_end].ends_with(['.', '!', '?', ':', ';']) && text[prev_end..s].contains('\n') && next.starts_with(char::is_lowercase);
    broken.then(|| meeting_dates(crate::text::clip(next, 80)).into_iter().next().map(|d| (d, next))).flatten()
}

/// Sentence `si`, and the next line with it when the sentence breaks off inside a date
/// ("... diễn ra từ ngày 12 đến ngày" / "14 tháng 12 năm 2024."): a document's text broken
/// into short lines.
pub(super) fn with_broken_date<'t>(doc: &'t Document, si: usize) -> &'t str {
    static UNFINISHED: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)(?:^|[^\p{L}])(?:ngày|tháng|năm|đến|từ)(?:\s+[0-9]{1,2})?$").unwrap());
    let text = doc.text();
    let (s, e) = doc.sentences[si];
    match doc.sentences.get(si + 1) {
        Some(&(ns, ne)) if UNFINISHED.is_match(&text[s..e]) && text[e..ns].contains('\n') && text[ns..ne].starts_with(|c: char| c.is_ascii_digit()) => {
            &text[s..ne]
        }
        _ => &text[s..e],
    }
}

/// "Cùng ngày, ...": the last date of the sentences before, or the day one of them names
/// against the stamp ("Sáng nay, ... Cùng ngày, ...", `relative_day`).
pub(super) fn same_day_as_before<'t>(
    doc: &'t Document,
    si: usize,
    today: Option<crate::text::dates::DateMention>,
) -> Option<(crate::text::dates::DateMention, &'t str)> {
    let text = doc.text();
    let (s, e) = doc.sentences[si];
    if !text[s..e].to_lowercase().contains("cùng ngày") {
        return None;
    }
    (si.saturating_sub(3)..si).rev().find_map(|i| {
        let sentence = &text[doc.sentences[i].0..doc.sentences[i].1];
        meeting_dates(sentence).into_iter().last().or_else(|| relative_day(sentence, today)).map(|d| (d, sentence))
    })
}

/// "nhân kỷ niệm 90 năm Ngày thành lập Đảng (3.2.1930 – 3.2.2020)": the anniversary's year (n_041).
pub(super) fn anniversary_year(doc: &Document, lede: &[usize]) -> Option<i32> {
    static ANNIVERSARY: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)kỷ niệm [0-9]+ năm[^()]{0,120}\(([^()]{0,40})\)").unwrap());
    static YEAR: LazyLock<crate::text::WordRegex> = LazyLock::new(|| crate::text::WordRegex::new(r"(?:^|[^0-9])((?:19|20)[0-9]{2})(?:[^0-9]|$)").unwrap());
    let text = doc.text();
    lede.iter().find_map(|&i| {
        let c = ANNIVERSARY.captures(&text[doc.sentences[i].0..doc.sentences[i].1])?;
        YEAR.captures_iter(&c[1]).filter_map(|y| y[1].parse().ok()).max()
    })
}

/// The first year the lede names ("năm 2020"), leaving out birth years, baselines and the
/// years of a target or horizon ("trước năm 2015", "đến năm 2030", "tầm nhìn đến năm 2045"):
/// a year the text looks ahead to does not date what it reports.
pub(super) fn lede_year(doc: &Document, lede: &[usize]) -> Option<i32> {
    static YEAR: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(sinh |so với |từ |kể từ |(?:^|[^\p{L}])(?:đến|trước|tới|vào khoảng|tầm nhìn(?: đến)?|mục tiêu(?: đến)?) )?năm ([0-9]{4})\b|[0-9]{1,2}/([0-9]{4})\b|\bdate ([0-9]{4})-[0-9]{2}\b").unwrap()
    });
    let text = doc.text();
    // (With the crawler's page stamp before the lede, a sentence of its own: "date 2021-05".)
    let stamp = |i: usize| crate::extract::document::is_page_stamp(&text[doc.sentences[i].0..doc.sentences[i].1]);
    let &last = lede.last()?;
    (0..=last).filter(|i| lede.contains(i) || stamp(*i)).find_map(|i| {
        let (s, e) = doc.sentences[i];
        let sentence = &text[s..e];
        YEAR.captures_iter(sentence).find_map(|c| {
            if c.get(1).is_some() {
                return None; // a birth year, a baseline ("so với năm 2005"), a starting point
            }
            if c.get(3).is_some() {
                // A document's date dates the document, not the meeting ("Chương trình
                // 03-Ctr/TU ngày 28/6/2016", h45_004).
                let head = &sentence[..c.get(0).unwrap().start()];
                let day = head.len() - head.bytes().rev().take_while(|b| b.is_ascii_digit() || *b == b'/').count();
                if document_date(sentence, day) {
                    return None;
                }
            }
            c.get(2).or(c.get(3)).or(c.get(4)).and_then(|y| y.as_str().parse().ok()).filter(|y| (1990..=2100).contains(y))
        })
    })
}

/// The year of a progress report the text gives ("6 tháng đầu năm 2024", "9 tháng năm
/// 2022", "quý III/2023"): meetings reviewing a year's progress are held in that year.
pub(super) fn report_year(text: &str) -> Option<i32> {
    static PERIOD: LazyLock<crate::text::WordRegex> = LazyLock::new(|| {
        crate::text::WordRegex::new(r"(?i)(?:\b(?:[0-9]{1,2}|sáu|chín) tháng (?:đầu |cuối )?năm|\bquý [IV1-4]+(?: năm|/)) ?([0-9]{4})\b").unwrap()
    });
    PERIOD.captures_iter(text).filter_map(|c| c[1].parse().ok()).filter(|y| (1990..=2100).contains(y)).max()
}

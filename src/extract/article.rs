//! Article metadata: the headline (not the site banner or a breadcrumb), the
//! article's own publication date (not the page-view date printed above it), the
//! site and the byline.

use crate::extract::{ArticleMeta, Document};
use crate::text::dates::find_dates;
use crate::text::WordRegex as Regex;
use chrono::{Datelike, NaiveDate};
use std::sync::LazyLock;

static TIME: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b[0-9]{1,2}:[0-9]{2}\b").unwrap());
static PUBLISHED_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(ngày đăng|đăng ngày|đăng lúc|ngày xuất bản|cập nhật vào ngày|cập nhật lúc|cập nhật ngày|cập nhật\s*:|ngày cập nhật|xuất bản|thời gian đăng)",
    )
    .unwrap()
});
/// A site's banner line: `(?i)^(cổng thông tin điện tử|trang thông tin điện tử|báo điện
/// tử|báo) [\p{L} ]{2,60}$`, tested as a kind of site then a name of 2 to 60 letters and
/// spaces (the bounded repetition of a Unicode class would cost 20 ms to compile).
fn is_site_banner(line: &str) -> bool {
    static KINDS: LazyLock<Vec<Regex>> = LazyLock::new(|| {
        ["cổng thông tin điện tử", "trang thông tin điện tử", "báo điện tử", "báo"].iter().map(|k| Regex::new(&format!("(?i)^{k} ")).unwrap()).collect()
    });
    static NAME: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^[\p{L} ]+$").unwrap());
    KINDS.iter().any(|k| {
        k.find(line).is_some_and(|m| {
            let name = &line[m.end()..];
            (2..=60).contains(&name.chars().count()) && NAME.is_match(name)
        })
    })
}
static DOMAIN_LINE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:vn|com|net|org)$").unwrap());
static SOURCE_SUFFIX: LazyLock<regex::Regex> = LazyLock::new(|| regex::Regex::new(r"\s*\((?:[^()]*\.vn|TTXVN|VNA)[^()]*\)\s*$").unwrap());
/// A State or Party document's place-and-date line: "Thanh Hóa, ngày 14 tháng 12 năm 2024",
/// or broken in two: "Thanh Hóa, ngày" / "14 tháng 12 năm 2024". The place is up to seven
/// words (a class of letters repeated by characters, `{1,40}`, compiles forty times).
static PLACE_DATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"{PLACE_COMMA_NGAY}\s*(?:[0-9]{{1,2}}\s*(?:tháng|[/.-])|$)|^(?:ngày\s*)?[0-9]{{1,2}}\s*tháng\s*[0-9]{{1,2}}\s*năm\s*[0-9]{{4}}\s*$"))
        .unwrap()
});
/// The opening of a place-and-date line: the place, a comma, "ngày".
const PLACE_COMMA_NGAY: &str = r"^\p{Lu}\p{L}*(?:[ .'-]+\p{L}+){0,6}[ .'-]*,\s*ngày";
static WEEKDAY: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^(thứ (hai|ba|tư|năm|sáu|bảy|[0-9])|chủ nhật)").unwrap());

pub fn extract(doc: &Document) -> ArticleMeta {
    let text = doc.text();
    let mut meta = ArticleMeta::default();
    let mut title_line: Option<usize> = None;
    let mut banner_site = None;
    // A document's kind in capitals on a line of its own ("KẾ HOẠCH", "NGHỊ QUYẾT"), over
    // its subject: the title is the two (rule `document_kind_over_subject`).
    let mut kind_line: Option<String> = None;
    for (i, line) in doc.lines.iter().enumerate() {
        let content = clean_line(&text[line.start..line.end]);
        if line.boilerplate || content.is_empty() {
            continue;
        }
        if PLACE_DATE_LINE.is_match(&content) {
            continue; // "Lâm Đồng, ngày 17 tháng 4 năm 2024": a document's place and date
        }
        let capitals = content.chars().any(char::is_alphabetic) && !content.chars().any(char::is_lowercase);
        if capitals && crate::extract::resolutions::is_kind_name(&content) {
            kind_line = Some(content);
            continue;
        }
        let content = match kind_line.take() {
            Some(kind) if capitals => format!("{kind} {content}"),
            _ => content,
        };
        if is_site_banner(&content) && title_line.is_none() && i + 1 < doc.lines.len() {
            banner_site.get_or_insert(content);
            continue;
        }
        let words = content.split_whitespace().count();
        let dated = !find_dates(&content).is_empty() || WEEKDAY.is_match(&content);
        if words < 5 || (dated && words < 8) {
            continue; // a breadcrumb, a view date, a time stamp
        }
        if is_title(&content, i, doc) {
            meta.title = Some(SOURCE_SUFFIX.replace(&content, "").trim().to_string());
            title_line = Some(i);
        }
        break;
    }
    // What the crawler recorded of the page comes first: it is the page's own metadata.
    if let Some(title) = &doc.page.title {
        meta.title = Some(title.clone());
    }
    meta.published = doc.page.date.map(|d| swapped_if_clear(doc, d)).or_else(|| published(doc, title_line));
    meta.site = doc
        .page
        .site
        .clone()
        .or(banner_site)
        .or_else(|| doc.lines.iter().rev().map(|l| text[l.start..l.end].trim()).find(|l| DOMAIN_LINE.is_match(l)).map(str::to_string));
    meta
}

/// A line without the scraper's "date YYYY-MM-DD" marker and markdown furniture.
fn clean_line(line: &str) -> String {
    let line = crate::extract::document::PAGE_STAMP.replace_all(line, "");
    line.trim().trim_start_matches(['#', '•', '*']).trim().to_string()
}

static GLUED_DATE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}\p{Lu}").unwrap());

/// "(16/07/2014)Chiều ngày 16/7, ...", "(16-7-2014) Sáng nay ...": the page's date
/// element in parentheses at the start of a line, before the lede's first word, or alone on
/// its line ("(23/04/2020)" above the lede).
static PARENTHESISED_STAMP: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\(\s*([0-9]{1,2})\s*([/.-])\s*([0-9]{1,2})\s*[/.-]\s*((?:19|20)[0-9]{2})\s*\)\s*(?:\p{Lu}|$)").unwrap());

/// The publication date stamped in parentheses before the lede (see `PARENTHESISED_STAMP`).
fn parenthesised_stamp(line: &str) -> Option<NaiveDate> {
    let caps = PARENTHESISED_STAMP.captures(line)?;
    NaiveDate::from_ymd_opt(caps[4].parse().ok()?, caps[3].parse().ok()?, caps[1].parse().ok()?)
}

/// What a page address's path says of the day it was published.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AddressDate {
    /// ".../Pages/2024-5-17/slug.aspx", "/2023/10/05/slug", "/20231005/slug".
    Day(NaiveDate),
    /// "/202310/slug", "/2023/10/slug": the year and month only.
    Month(i32, u32),
}

/// The date a page address's path carries as whole segments (never digits inside a slug or
/// an id): year-month-day in one segment or three, or year and month ("/202310/"), which
/// tells the year only.
fn address_date(url: &str) -> Option<AddressDate> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let path = rest.split_once('/').map_or("", |(_, p)| p);
    let path = path.split(['?', '#']).next().unwrap_or("");
    let segments: Vec<&str> = path.split('/').collect();
    let year = |s: &str| s.parse::<i32>().ok().filter(|y| (1990..=2039).contains(y) && s.len() == 4);
    let small = |s: &str, max: u32| s.parse::<u32>().ok().filter(|n| (1..=max).contains(n) && s.len() <= 2);
    for (i, seg) in segments.iter().enumerate() {
        let parts: Vec<&str> = seg.split('-').collect();
        if let [y, m, d] = parts.as_slice() {
            if let (Some(y), Some(m), Some(d)) = (year(y), small(m, 12), small(d, 31)) {
                if let Some(date) = NaiveDate::from_ymd_opt(y, m, d) {
                    return Some(AddressDate::Day(date));
                }
            }
        }
        if let Some(y) = year(seg) {
            let m = segments.get(i + 1).and_then(|s| small(s, 12));
            let d = segments.get(i + 2).and_then(|s| small(s, 31));
            match (m, d) {
                (Some(m), Some(d)) if segments.len() > i + 3 => {
                    if let Some(date) = NaiveDate::from_ymd_opt(y, m, d) {
                        return Some(AddressDate::Day(date));
                    }
                }
                (Some(m), _) if segments.len() > i + 2 => return Some(AddressDate::Month(y, m)),
                _ => {}
            }
        }
        if (seg.len() == 6 || seg.len() == 8) && seg.bytes().all(|b| b.is_ascii_digit()) && i + 1 < segments.len() {
            if let (Some(y), Some(m)) = (year(&seg[..4]), small(&seg[4..6], 12)) {
                if seg.len() == 8 {
                    if let Some(date) = small(&seg[6..], 31).and_then(|d| NaiveDate::from_ymd_opt(y, m, d)) {
                        return Some(AddressDate::Day(date));
                    }
                    continue;
                }
                return Some(AddressDate::Month(y, m));
            }
        }
    }
    None
}

fn is_title(content: &str, index: usize, doc: &Document) -> bool {
    let words = content.split_whitespace().count();
    let has_more = doc.lines[index + 1..].iter().any(|l| l.end > l.start && !l.boilerplate);
    let first = content.chars().next().unwrap_or(' ');
    has_more
        && (5..=60).contains(&words)
        && first.is_uppercase()
        && !content.ends_with(['.', ':', ';', ','])
        && !content.contains("Ảnh:")
        && !content.contains(". ")
        && (words >= 8 || find_dates(content).is_empty())
        && !(WEEKDAY.is_match(content) && words < 8)
}

/// The publication date: the scraper's marker, a labelled date, a date printed with a
/// time of day, or a date that opens the line right after the headline. A bare date
/// above the headline is the day the page was viewed, not the publication date.
fn published(doc: &Document, title_line: Option<usize>) -> Option<NaiveDate> {
    let text = doc.text();
    if let Some(caps) = crate::extract::document::PAGE_STAMP.captures(text) {
        return caps
            .get(3)
            .and_then(|d| NaiveDate::from_ymd_opt(caps[1].parse().ok()?, caps[2].parse().ok()?, d.as_str().parse().ok()?))
            .map(|d| swapped_if_clear(doc, d));
    }
    if let Some(date) = official_document_date(doc) {
        return Some(date);
    }
    let head: Vec<_> = doc.lines.iter().enumerate().filter(|(_, l)| l.end > l.start).take(12).collect();
    let mut year_hint = None;
    let mut header = None;
    for (i, line) in &head {
        let content = text[line.start..line.end].trim();
        // "28/9/2020Sáng nay (28/9), ...": the page's date element glued to the lede.
        let glued = GLUED_DATE.is_match(content);
        if let Some(stamp) = parenthesised_stamp(content).filter(|_| title_line.is_none_or(|t| *i >= t)) {
            return Some(stamp);
        }
        if content.split_whitespace().count() > 14 && !PUBLISHED_LABEL.is_match(content) && !glued {
            continue;
        }
        let dates = find_dates(content);
        let Some(date) = dates.first().copied() else { continue };
        let after_title = title_line.is_some_and(|t| *i > t);
        let labelled = PUBLISHED_LABEL.is_match(content);
        let timed = TIME.is_match(content);
        if title_line.is_some_and(|t| *i < t) && !labelled {
            // A stamp above the headline may be the day the page was viewed ("Thứ tư
            // 11/02/2026 23:43" above a 2020 report, s_055, n_058): it counts only when no
            // stamp follows the headline and the text speaks of no year long before it.
            // (Nor when the site's contact lines follow it: "Thứ bảy 26/07/2025 03:19" /
            // "Hotline: 024.355.63.010" is the site's clock, h81_004, h82_006.)
            if timed && date.year.is_some() && header.is_none() && !site_contacts_follow(&head, *i, text) {
                header = date.resolve(None);
            }
            continue;
        }
        // "Ngày 15-10-2015" under the headline (s_008); "Thực hiện: Diệu Huyền - Phạm Kiên
        // 09/07/2018", a byline closed by its date (n_007).
        let short = content.split_whitespace().count() <= 10;
        let opens_line = after_title
            && (date.start == 0
                || (short && content[..date.start].trim().eq_ignore_ascii_case("ngày"))
                || (short && date.year.is_some() && content[date.end..].trim().is_empty() && !content[date.start..date.end].contains("tháng")));
        if glued && date.start == 0 {
            return date.resolve(None);
        }

        if labelled || timed || opens_line {
            if date.year.is_none() {
                year_hint = Some(date);
                continue;
            }
            return date.resolve(None);
        }
    }
    // The page address's date is no stamp of the text (ANNOTATE.md: `published` only when
    // the text carries the article's date); its year (even from a year-month path) dates
    // a stamp written without one.
    let address = doc.page.url.as_deref().and_then(address_date);
    let address_year = match address {
        Some(AddressDate::Day(d)) => Some(d.year()),
        Some(AddressDate::Month(y, _)) => Some(y),
        None => None,
    };
    if let Some(hint) = year_hint {
        return hint.resolve(address_year.or_else(|| doc.main_year()));
    }
    header.filter(|h| plausible_stamp(doc, *h))
}

/// Whether the line after line `i` of the page's head gives the site's contacts ("Hotline:",
/// "Email:", "Đường dây nóng"): the date line above them is the site's header clock.
fn site_contacts_follow(head: &[(usize, &crate::extract::document::Line)], i: usize, text: &str) -> bool {
    static CONTACTS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^\s*(?:hotline|email|e-mail|đường dây nóng|điện thoại|liên hệ)\b").unwrap());
    head.iter().skip_while(|(j, _)| *j <= i).take(1).any(|(_, l)| CONTACTS.is_match(&text[l.start..l.end]))
}

/// A page stamp some sites write year-day-month ("date 2025-03-10" over a report of 1-3
/// October 2025, "Sáng 3/10"): read swapped when the evidence is clear — every date the
/// text gives in the stamp's year (or without a year) lies after the stamp as written, and
/// none after the swapped stamp, the latest of them at most a week before it; or the text's
/// first date is the swapped stamp itself, and none is the stamp as written (" date
/// 2025-09-08 ... Sáng 9/8, Đại hội ... khai mạc", h36_002). Else as written.
fn swapped_if_clear(doc: &Document, stamp: NaiveDate) -> NaiveDate {
    let Some(swapped) = NaiveDate::from_ymd_opt(stamp.year(), stamp.day(), stamp.month()).filter(|s| *s != stamp) else { return stamp };
    let dates: Vec<NaiveDate> =
        find_dates(doc.text()).into_iter().filter(|d| d.year.is_none_or(|y| y == stamp.year())).filter_map(|d| d.resolve(Some(stamp.year()))).collect();
    let Some(latest) = dates.iter().max() else { return stamp };
    let all_after = dates.iter().all(|d| *d > stamp);
    let agrees = *latest <= swapped && (swapped - *latest).num_days() <= 7;
    let opens_on_swapped = dates.first() == Some(&swapped) && !dates.contains(&stamp);
    if all_after && agrees || opens_on_swapped {
        swapped
    } else {
        stamp
    }
}

/// The date of a State or Party document in its official layout: under its number line
/// ("Số: 616/NQ-HĐND", "Số 15-NQ/TU") or its national heading ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA
/// VIỆT NAM", "ĐẢNG CỘNG SẢN VIỆT NAM"), the place-and-date line "Thanh Hóa, ngày 14 tháng
/// 12 năm 2024", possibly broken across lines ("Thanh Hóa, ngày" / "14 tháng 12 năm 2024").
/// Read in the document's first 30 lines only; the year must be written.
pub fn official_document_date(doc: &Document) -> Option<NaiveDate> {
    static NUMBER_LINE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^Số\s*:?\s*[0-9]+\s*[/-]\s*(?:[0-9]{4}\s*/\s*)?[\p{Lu}Đ]{1,8}\s*[/-]\s*[\p{Lu}Đ]").unwrap());
    static HEADING: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(?:CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|ĐẢNG CỘNG SẢN VIỆT NAM)\s*$").unwrap());
    static DATE_LINE: LazyLock<Regex> = LazyLock::new(|| Regex::new(&format!(r"{PLACE_COMMA_NGAY}\b")).unwrap());
    let text = doc.text();
    let lines: Vec<&str> = doc.lines.iter().map(|l| text[l.start..l.end].trim()).filter(|l| !l.is_empty()).take(30).collect();
    // A copied layout may break a heading cell over two lines ("Số:" / "15/2020/NQ-HĐND",
    // "CỘNG HÒA XÃ" / "HỘI CHỦ NGHĨA VIỆT NAM").
    let official = lines.iter().any(|l| NUMBER_LINE.is_match(l) || HEADING.is_match(l))
        || lines.windows(2).any(|w| {
            let joined = format!("{} {}", w[0], w[1]);
            NUMBER_LINE.is_match(&joined) || HEADING.is_match(&joined)
        });
    if !official {
        return None;
    }
    let at = lines.iter().position(|l| DATE_LINE.is_match(l))?;
    let joined = lines[at..lines.len().min(at + 3)].join(" ");
    let date = find_dates(crate::text::clip(&joined, 200)).into_iter().next()?;
    date.year?;
    date.resolve(None)
}

/// A page-top stamp is the article's own unless it is more than a year after every year the
/// text names (s_049: a 2026 page header over a report on 2024).
fn plausible_stamp(doc: &Document, stamp: NaiveDate) -> bool {
    static YEAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?:^|[^0-9])((?:19|20)[0-9]{2})(?:[^0-9]|$)").unwrap());
    let text = doc.text();
    let head_end = doc.lines.iter().filter(|l| l.end > l.start).nth(1).map_or(0, |l| l.start);
    let latest = YEAR.captures_iter(&text[head_end..]).filter_map(|c| c[1].parse::<i32>().ok()).max();
    latest.is_none_or(|y| stamp.year() <= y + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

    #[test]
    fn a_site_banner_as_the_one_pattern_says() {
        let one = Regex::new(r"(?i)^(cổng thông tin điện tử|trang thông tin điện tử|báo điện tử|báo) [\p{L} ]{2,60}$").unwrap();
        let long = format!("Báo {}", "a".repeat(60));
        let longer = format!("Báo điện tử {}", "a".repeat(55));
        for line in [
            "Báo Hải Dương",
            "BÁO ĐIỆN TỬ Đảng Cộng sản",
            "Cổng thông tin điện tử tỉnh Lào Cai",
            "Báo x",
            "Báo xy",
            "báo  ",
            "Báo 2024",
            "Trang thông tin điện tử",
            long.as_str(),
            longer.as_str(),
            "Báo điện tử x",
        ] {
            assert_eq!(is_site_banner(line), one.is_match(line), "{line}");
        }
    }

    #[test]
    fn headline_not_view_date() {
        let doc = Document::new(
            "Chủ nhật, ngày 5/5/2024\n\nHội nghị lần thứ 14 Ban Chấp hành Đảng bộ tỉnh Hải Dương khóa XVII\n\nThứ Năm 06/04/2023 20:40\n\nXem với cỡ chữ\nNgày 06/4/2023, tại trụ sở Tỉnh ủy.",
        );
        let meta = extract(&doc);
        assert_eq!(meta.title.as_deref(), Some("Hội nghị lần thứ 14 Ban Chấp hành Đảng bộ tỉnh Hải Dương khóa XVII"));
        assert_eq!(meta.published, NaiveDate::from_ymd_opt(2023, 4, 6));
    }

    #[test]
    fn site_banner_and_labelled_dates() {
        let doc = Document::new(
            "Đăng nhập\n\nCổng thông tin điện tử tỉnh Hải Dương\n\n23/4/2023  |  English  |  中文\n\nBế mạc Hội nghị lần thứ 20 Ban Chấp hành Đảng bộ tỉnh Hải Dương khóa XVII\n\nSáng 5/7, hội nghị bế mạc.",
        );
        let meta = extract(&doc);
        assert_eq!(meta.site.as_deref(), Some("Cổng thông tin điện tử tỉnh Hải Dương"));
        assert_eq!(meta.title.as_deref(), Some("Bế mạc Hội nghị lần thứ 20 Ban Chấp hành Đảng bộ tỉnh Hải Dương khóa XVII"));
        assert_eq!(meta.published, None);
        let doc = Document::new("Văn hóa xã hội\nHậu Giang: Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 7\n\n[ Cập nhật vào ngày (30/12/2021) ] - [ Số lần xem: 475 ]\n\nNgày 28/12, tại Trung tâm.");
        assert_eq!(extract(&doc).published, NaiveDate::from_ymd_opt(2021, 12, 30));
    }

    #[test]
    fn a_lede_is_not_a_title() {
        let doc = Document::new("Chiều 29/7, tại thành phố Bắc Ninh, Ban Thường vụ Tỉnh ủy họp. Bí thư chủ trì.\nHết.");
        assert_eq!(extract(&doc).title, None);
    }

    #[test]
    fn a_site_clock_over_its_contacts_is_no_stamp() {
        // h81_004 (a held-out Hải Phòng report): the clock, then the hotline, then the headline.
        let doc = Document::new("Thứ bảy 26/07/2025 03:19\nHotline: 024.355.63.010\nNghiên cứu - Dữ liệu\n\nHĐND TP Hải Phòng khai mạc kỳ họp đầu tiên sau hợp nhất với tỉnh Hải Dương\n\nSáng 24/7, Hội đồng nhân dân TP Hải Phòng khóa XVI đã khai mạc Kỳ họp thứ 29 – kỳ họp thường lệ giữa năm 2025.");
        assert_eq!(extract(&doc).published, None);
    }

    #[test]
    fn the_stamp_under_the_headline_not_the_page_header_above_it() {
        // s_055 (Trà Vinh), dev set: the site's header shows the day the page was viewed.
        let doc = Document::new("Thứ tư 11/02/2026 23:43\nHotline: 024.355.63.010\n\nKhai mạc Đại hội đại biểu Đảng bộ tỉnh Trà Vinh lần thứ XI, nhiệm kỳ 2020 – 2025\n\n15/10/2020 10:44\nSáng nay 15/10, tại Trung tâm Hội nghị tỉnh đã diễn ra Đại hội.");
        assert_eq!(extract(&doc).published, NaiveDate::from_ymd_opt(2020, 10, 15));
        // s_049 (An Giang): only the header carries a date, so none is the article's.
        let doc = Document::new("Thứ tư 04/02/2026 02:00\nThời cuộc\n\nAn Giang nỗ lực phấn đấu tăng trưởng kinh tế mức cao nhất\n\nVừa qua, UBND tỉnh An Giang tổ chức Hội nghị sơ kết 9 tháng năm 2024.");
        assert_eq!(extract(&doc).published, None);
        // s_008 (Đà Nẵng), n_007 (Bắc Giang), d_018 (Quảng Ninh): a dateline, a byline with
        // its date, a labelled stamp; and variants.
        for (text, date) in [
            ("Thông cáo báo chí\nNgày khai mạc Đại hội đại biểu lần thứ XXI Đảng bộ thành phố Đà Nẵng\nNgày 15-10-2015\nSáng ngày 15-10-2015, Đại hội khai mạc.", (2015, 10, 15)),
            ("BẮC GIANG PHẤN ĐẤU ĐẠT 16,7% MỤC TIÊU KINH TẾ XÃ HỘI 6 THÁNG CUỐI NĂM 2018\n\nThực hiện: Diệu Huyền - Phạm Kiên 09/07/2018\n\nKỳ họp thứ 5 khai mạc sáng nay.", (2018, 7, 9)),
            ("PCI 2019: Quảng Ninh dẫn đầu 3 năm liên tiếp\nTin đăng lúc : 06-05-2020\nVới 73,40 điểm, Quảng Ninh dẫn đầu.", (2020, 5, 6)),
            ("Hội nghị Ban Chấp hành Đảng bộ tỉnh Phú Yên lần thứ 5\nCập nhật: 12.3.2021\nNgày 11/3, hội nghị khai mạc.", (2021, 3, 12)),
        ] {
            assert_eq!(extract(&Document::new(text)).published, NaiveDate::from_ymd_opt(date.0, date.1, date.2), "{text}");
        }
    }

    #[test]
    fn a_date_glued_to_the_lede_is_the_publication_date() {
        // s_030 (Gia Lai), dev set.
        let doc = Document::new("Đảng bộ tỉnh Gia Lai long trọng Khai mạc Đại hội đại biểu lần thứ XVI, nhiệm kỳ 2020 – 2025\n28/9/2020Sáng nay (28/9), Đảng bộ tỉnh Gia Lai đã long trọng Khai mạc Đại hội đại biểu lần thứ XVI, nhiệm kỳ 2020 – 2025 tại Hội trường 2/9, TP. Pleiku.\nĐồng chí Trần Quốc Vượng dự.");
        assert_eq!(extract(&doc).published, NaiveDate::from_ymd_opt(2020, 9, 28));
    }

    #[test]
    fn a_stamp_in_parentheses_before_the_lede() {
        for (text, date) in [
            ("Khai mạc Kỳ họp thứ 10 HĐND tỉnh Quảng Trị khóa VI\n(16/07/2014)Chiều ngày 16/7, các đại biểu HĐND tỉnh đã thảo luận tại tổ.", (2014, 7, 16)),
            ("Khai mạc Kỳ họp thứ 10 HĐND tỉnh Quảng Trị khóa VI\n(16-7-2014) Chiều ngày 16/7, các đại biểu HĐND tỉnh đã thảo luận.", (2014, 7, 16)),
            (
                "Bế mạc Hội nghị Ban Chấp hành Đảng bộ tỉnh Sơn La lần thứ 12\n( 05.12.2022 ) Sáng nay, Hội nghị bế mạc sau hai ngày làm việc tại Hội trường.",
                (2022, 12, 5),
            ),
            // h5_006 (a held-out Quảng Trị session): the stamp alone on the first line.
            ("(23/04/2020)\n(QTO) – Hôm nay 21/4/2020, HĐND tỉnh khóa VII, nhiệm kỳ 2016-2021 tổ chức kỳ họp thứ 14.", (2020, 4, 23)),
        ] {
            assert_eq!(extract(&Document::new(text)).published, NaiveDate::from_ymd_opt(date.0, date.1, date.2), "{text}");
        }
        // A parenthesised date inside the lede is an event's, not the page's.
        let doc = Document::new(
            "Khai mạc Kỳ họp thứ 10 HĐND tỉnh Quảng Trị khóa VI\nChiều nay (16/07/2014), các đại biểu HĐND tỉnh đã thảo luận tại tổ về các báo cáo.",
        );
        assert_eq!(extract(&doc).published, None);
    }

    #[test]
    fn a_stamp_written_year_day_month() {
        let text =
            "date 2025-03-10\nĐại hội đại biểu Đảng bộ tỉnh Lào Cai lần thứ I bế mạc\nSau 3 ngày làm việc (từ ngày 1 đến 3/10), sáng 3/10, Đại hội đã bế mạc.";
        assert_eq!(extract(&Document::new(text)).published, NaiveDate::from_ymd_opt(2025, 10, 3));
        // The same from the crawler's record.
        let page = crate::extract::Page { date: NaiveDate::from_ymd_opt(2025, 4, 10), ..Default::default() };
        let text = "Kỳ họp thứ 5 HĐND tỉnh Sơn La khai mạc\nSáng 2/10, Kỳ họp thứ 5 khai mạc. Ngày 4/10, kỳ họp bế mạc.";
        assert_eq!(extract(&Document::with_page(text, page)).published, NaiveDate::from_ymd_opt(2025, 10, 4));
        // h36_002 (Lâm Đồng): the report opens on the swapped stamp's very day.
        let text =
            " date 2025-09-08 Quốc phòng - An ninh Khai mạc Đại hội đại biểu Đảng bộ Quân sự tỉnh Lâm Đồng lần thứ I Sáng 9/8, Đại hội chính thức khai mạc.";
        assert_eq!(extract(&Document::new(text)).published, NaiveDate::from_ymd_opt(2025, 8, 9));
        // ... not when the text also names the stamp's own day.
        let both = " date 2025-09-08 Hội nghị sơ kết Sáng 9/8, tỉnh đã sơ kết. Ngày 8/9, hội nghị tổng kết diễn ra.";
        assert_eq!(extract(&Document::new(both)).published, NaiveDate::from_ymd_opt(2025, 9, 8));
        // Not clear: a date of the text before the stamp, or none after it, or far from the swap.
        for text in [
            "date 2025-03-10\nHội nghị sơ kết\nNgày 2/2, tỉnh đã họp. Sáng 3/10 sẽ họp tiếp.",
            "date 2025-03-10\nHội nghị sơ kết quý I\nSáng 8/3, hội nghị đã diễn ra tại tỉnh.",
            "date 2025-03-10\nHội nghị sơ kết\nSáng 15/8, hội nghị đã diễn ra tại tỉnh.",
            "date 2025-03-10\nHội nghị sơ kết\nKhông có ngày nào.",
        ] {
            assert_eq!(extract(&Document::new(text)).published, NaiveDate::from_ymd_opt(2025, 3, 10), "{text}");
        }
    }

    #[test]
    fn a_documents_place_and_date_line() {
        for (text, date) in [
            ("HỘI ĐỒNG NHÂN DÂN\nTỈNH THANH HÓA\nSố: 616/NQ-HĐND\nThanh Hóa, ngày\n14 tháng 12 năm 2024\nNGHỊ QUYẾT\nVề kế hoạch đầu tư công năm 2025\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", Some((2024, 12, 14))),
            ("TỈNH ỦY ĐẮK LẮK\nSố 15-NQ/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nBuôn Ma Thuột, ngày 05 tháng 9 năm 2022\nNGHỊ QUYẾT\nvề phát triển nông nghiệp", Some((2022, 9, 5))),
            ("ỦY BAN NHÂN DÂN TỈNH AN GIANG\nSố: 1234/QĐ-UBND\nAn Giang, ngày 3/8/2021\nQUYẾT ĐỊNH\nVề việc ban hành kế hoạch", Some((2021, 8, 3))),
            // No official layout: a place-and-date line alone is a dateline, not a document's date.
            ("Thanh Hóa, ngày 14 tháng 12 năm 2024\nKỳ họp thứ 24 HĐND tỉnh khai mạc sáng nay tại Trung tâm Hội nghị tỉnh.", None),
        ] {
            let doc = Document::new(text);
            assert_eq!(official_document_date(&doc), date.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d)), "{text}");
        }
    }

    #[test]
    fn the_date_in_the_page_address() {
        assert_eq!(
            address_date("https://hdnd.x.gov.vn/Pages/2024-5-17/DE-CUONG-BAO-CAO.aspx"),
            Some(AddressDate::Day(NaiveDate::from_ymd_opt(2024, 5, 17).unwrap()))
        );
        assert_eq!(address_date("https://x.vn/2023/10/05/dai-hoi-dang-bo"), Some(AddressDate::Day(NaiveDate::from_ymd_opt(2023, 10, 5).unwrap())));
        assert_eq!(address_date("https://x.vn/20231005/dai-hoi"), Some(AddressDate::Day(NaiveDate::from_ymd_opt(2023, 10, 5).unwrap())));
        assert_eq!(address_date("http://baodongnai.com.vn/tintuc/201810/toan-tinh-co-78047-dang-vien-2914448/"), Some(AddressDate::Month(2018, 10)));
        assert_eq!(address_date("https://x.vn/2023/10/slug"), Some(AddressDate::Month(2023, 10)));
        for none in [
            "https://x.vn/tin-tuc/dai-hoi-2020-2025-c51047813.epi",
            "https://x.vn/ky-hop-thu-10/123456",
            "https://x.vn/2020",
            "https://x.vn/a?d=2023-10-05",
            "https://x.vn/2023-13-05/x",
        ] {
            assert_eq!(address_date(none), None, "{none}");
        }
        let page = |url: &str| crate::extract::Page { url: Some(url.to_string()), ..Default::default() };
        let text = "Khai mạc Kỳ họp thứ 24 HĐND tỉnh Thanh Hóa khóa XVIII\nSáng 12/12, Kỳ họp khai mạc tại Trung tâm Hội nghị tỉnh.";
        // A day in the address is not the text's stamp: no publication date by itself.
        let doc = Document::with_page(text, page("https://x.vn/2024/12/12/khai-mac-ky-hop"));
        assert_eq!(extract(&doc).published, None);
        let doc = Document::with_page(text, page("https://hdnd.x.gov.vn/portal/pages/2024-12-06/khai-mac-ky-hop.aspx"));
        assert_eq!(extract(&doc).published, None);
        // Year and month only: no day is made up.
        let doc = Document::with_page(text, page("https://x.vn/tintuc/202412/khai-mac-ky-hop"));
        assert_eq!(extract(&doc).published, None);
        // It dates a stamp written without its year.
        let text = "Khai mạc Kỳ họp thứ 24 HĐND tỉnh Thanh Hóa khóa XVIII\nCập nhật: 12/12\nSáng 12/12, Kỳ họp khai mạc tại Trung tâm Hội nghị tỉnh năm 2023.";
        let doc = Document::with_page(text, page("https://x.vn/tintuc/202412/khai-mac-ky-hop"));
        assert_eq!(extract(&doc).published, NaiveDate::from_ymd_opt(2024, 12, 12));
        let doc = Document::with_page(text, page("https://x.vn/portal/pages/2024-12-06/khai-mac-ky-hop.aspx"));
        assert_eq!(extract(&doc).published, NaiveDate::from_ymd_opt(2024, 12, 12));
    }
    #[test]
    fn the_headline_under_a_breadcrumb_and_the_date_under_it() {
        // A breadcrumb (segments joined by ">", "»", "›" or " / ") is no headline: the
        // headline is the next real line, and a bare date alone under it the stamp.
        for (text, title, date) in [
            (
                "> Tin tức - Sự kiện > Tin hoạt động HĐND > Phát biểu khai mạc ... Kỳ họp thứ Chín ...\nPhát biểu khai mạc của Chủ tịch HĐND tỉnh tại Kỳ họp thứ Chín, HĐND tỉnh Quảng Bình khóa XVIII\n07/12/2022\nHôm nay, HĐND tỉnh Quảng Bình khóa XVIII long trọng khai mạc Kỳ họp thứ Chín.",
                "Phát biểu khai mạc của Chủ tịch HĐND tỉnh tại Kỳ họp thứ Chín, HĐND tỉnh Quảng Bình khóa XVIII",
                (2022, 12, 7),
            ),
            (
                "Home > News\nBế mạc Hội nghị lần thứ 12 Ban Chấp hành Đảng bộ tỉnh Nghệ An khóa XIX\n15-4-2023\nSáng nay, Hội nghị bế mạc.",
                "Bế mạc Hội nghị lần thứ 12 Ban Chấp hành Đảng bộ tỉnh Nghệ An khóa XIX",
                (2023, 4, 15),
            ),
            (
                "Tin tức / Thời sự / Kỳ họp thứ 15 HĐND tỉnh Cao Bằng\nKhai mạc Kỳ họp thứ 15 HĐND tỉnh Cao Bằng khóa XVII\n05.12.2023\nChiều nay (5/12), HĐND tỉnh khai mạc Kỳ họp thứ 15.",
                "Khai mạc Kỳ họp thứ 15 HĐND tỉnh Cao Bằng khóa XVII",
                (2023, 12, 5),
            ),
            (
                // NFD, "Uỷ", the trail marked "›" and cut short.
                "Thời sự › Hoạt động của Tỉnh uỷ › Ban Thường vụ Tỉnh uỷ Hà Giang...\nBan Thường vụ Tỉnh uỷ Hà Giang cho ý kiến vào nhiều nội dung quan trọng\n20/03/2024\nSáng nay, Ban Thường vụ Tỉnh uỷ họp.".nfd().collect::<String>().leak(),
                "Ban Thường vụ Tỉnh ủy Hà Giang cho ý kiến vào nhiều nội dung quan trọng",
                (2024, 3, 20),
            ),
        ] {
            let meta = extract(&Document::new(text));
            assert_eq!(meta.title.as_deref().map(crate::text::canonical).as_deref(), Some(crate::text::canonical(title).as_str()), "{text}");
            assert_eq!(meta.published, NaiveDate::from_ymd_opt(date.0, date.1, date.2), "{text}");
        }
    }

    #[test]
    fn a_documents_national_heading_and_date_line_are_no_title() {
        // The heading cells of an official layout, whole or broken over lines: the title is
        // the document's kind over its subject.
        for text in [
            "ỦY BAN NHÂN DÂN\nTỈNH NINH THUẬN\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nSố: 1520/KH-UBND\nNinh Thuận, ngày 5 tháng 6 năm 2023\nKẾ HOẠCH\nTRIỂN KHAI CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ TRÊN ĐỊA BÀN TỈNH\nCăn cứ Quyết định số 749/QĐ-TTg của Thủ tướng Chính phủ;",
            "TỈNH ỦY NINH THUẬN\nCỘNG HOÀ XÃ\nHỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc\nNinh Thuận, ngày\n5 tháng 6 năm 2023\nKẾ HOẠCH\nTRIỂN KHAI CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ TRÊN ĐỊA BÀN TỈNH\nCăn cứ Quyết định số 749/QĐ-TTg của Thủ tướng Chính phủ;",
        ] {
            let meta = extract(&Document::new(text));
            assert_eq!(meta.title.as_deref(), Some("KẾ HOẠCH TRIỂN KHAI CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ TRÊN ĐỊA BÀN TỈNH"), "{text}");
        }
        // A headline in capitals under no kind line stays as it is.
        let meta = extract(&Document::new(
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ TỈNH LẦN THỨ 12\nNgày 20/4, Ban Chấp hành Đảng bộ tỉnh họp.",
        ));
        assert_eq!(meta.title.as_deref(), Some("HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ TỈNH LẦN THỨ 12"));
    }
}

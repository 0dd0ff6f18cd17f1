//! Article metadata: the headline (not the site banner or a breadcrumb), the
//! article's own publication date (not the page-view date printed above it), the
//! site and the byline.

use crate::extract::{ArticleMeta, Document};
use crate::text::dates::find_dates;
use chrono::{Datelike, NaiveDate};
use regex::Regex;
use std::sync::LazyLock;

static DATE_MARKER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*date ([0-9]{4})-([0-9]{2})(?:-([0-9]{2}))?").unwrap());
static TIME: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b[0-9]{1,2}:[0-9]{2}\b").unwrap());
static PUBLISHED_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(ngày đăng|đăng ngày|đăng lúc|ngày xuất bản|cập nhật vào ngày|cập nhật lúc|cập nhật ngày|cập nhật\s*:|ngày cập nhật|xuất bản|thời gian đăng)").unwrap()
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
static DOMAIN_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:vn|com|net|org)$").unwrap());
static SOURCE_SUFFIX: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s*\((?:[^()]*\.vn|TTXVN|VNA)[^()]*\)\s*$").unwrap());
static WEEKDAY: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^(thứ (hai|ba|tư|năm|sáu|bảy|[0-9])|chủ nhật)").unwrap());

pub fn extract(doc: &Document) -> ArticleMeta {
    let text = doc.text();
    let mut meta = ArticleMeta::default();
    let mut title_line: Option<usize> = None;
    let mut banner_site = None;
    for (i, line) in doc.lines.iter().enumerate() {
        let content = clean_line(&text[line.start..line.end]);
        if line.boilerplate || content.is_empty() {
            continue;
        }
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
    meta.published = doc.page.date.or_else(|| published(doc, title_line));
    meta.site = doc.page.site.clone().or(banner_site).or_else(|| {
        doc.lines.iter().rev().map(|l| text[l.start..l.end].trim()).find(|l| DOMAIN_LINE.is_match(l)).map(str::to_string)
    });
    meta
}

/// A line without the scraper's "date YYYY-MM-DD" marker and markdown furniture.
fn clean_line(line: &str) -> String {
    let line = DATE_MARKER.replace(line, "");
    line.trim().trim_start_matches(['#', '•', '*']).trim().to_string()
}

static GLUED_DATE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}\p{Lu}").unwrap());

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
        && !(words < 8 && !find_dates(content).is_empty())
        && !(WEEKDAY.is_match(content) && words < 8)
}

/// The publication date: the scraper's marker, a labelled date, a date printed with a
/// time of day, or a date that opens the line right after the headline. A bare date
/// above the headline is the day the page was viewed, not the publication date.
fn published(doc: &Document, title_line: Option<usize>) -> Option<NaiveDate> {
    let text = doc.text();
    if let Some(caps) = DATE_MARKER.captures(text) {
        return caps.get(3).and_then(|d| {
            NaiveDate::from_ymd_opt(caps[1].parse().ok()?, caps[2].parse().ok()?, d.as_str().parse().ok()?)
        });
    }
    let head: Vec<_> = doc.lines.iter().enumerate().filter(|(_, l)| l.end > l.start).take(12).collect();
    let mut year_hint = None;
    let mut header = None;
    for (i, line) in &head {
        let content = text[line.start..line.end].trim();
        // "28/9/2020Sáng nay (28/9), ...": the page's date element glued to the lede.
        let glued = GLUED_DATE.is_match(content);
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
            if timed && date.year.is_some() && header.is_none() {
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
    year_hint.and_then(|d| d.resolve(doc.main_year())).or_else(|| header.filter(|h| plausible_stamp(doc, *h)))
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

    #[test]
    fn a_site_banner_as_the_one_pattern_says() {
        let one = Regex::new(r"(?i)^(cổng thông tin điện tử|trang thông tin điện tử|báo điện tử|báo) [\p{L} ]{2,60}$").unwrap();
        let long = format!("Báo {}", "a".repeat(60));
        let longer = format!("Báo điện tử {}", "a".repeat(55));
        for line in ["Báo Hải Dương", "BÁO ĐIỆN TỬ Đảng Cộng sản", "Cổng thông tin điện tử tỉnh Lào Cai", "Báo x", "Báo xy", "báo  ", "Báo 2024", "Trang thông tin điện tử", long.as_str(), longer.as_str(), "Báo điện tử x"] {
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
}

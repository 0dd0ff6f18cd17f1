//! Documents: every numbered Party or State document an article names ("Nghị quyết
//! số 20-NQ/TW, ngày 16/6/2022", "Quyết định số 123/QĐ-UBND", "Kế hoạch số 154 ...
//! của Thành ủy"), with one canonical reference, its date, issuing body and subject.

use crate::extract::{Document, Resolution};
use crate::text::{canonical, clip, clip_tail};
use crate::text::dates::find_dates;
use regex::Regex;
use std::sync::LazyLock;

/// The document words and the kind code each stands for.
const KINDS: [(&str, &str); 14] = [
    ("nghị quyết", "NQ"),
    ("kết luận", "KL"),
    ("chỉ thị", "CT"),
    ("chương trình hành động", "CTr"),
    ("chương trình", "CTr"),
    ("quyết định", "QĐ"),
    ("kế hoạch", "KH"),
    ("quy định", "QĐi"),
    ("thông báo", "TB"),
    ("hướng dẫn", "HD"),
    ("đề án", "ĐA"),
    ("công văn", "CV"),
    ("nghị định", "NĐ"),
    ("thông tư", "TT"),
];

/// Party style: NUMBER-KIND/ISSUER ("20-NQ/TW", "22 – NQ/TW", "64-CTr/TU").
static PARTY_REF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b([0-9]{1,4}[a-z]?)\s*[-–]\s*(NQ|KL|CT|CTr|QĐ|QĐi|KH|TB|HD|BC|QC|ĐA|TTr|CV|HĐ|NĐ)\s*/\s*([A-ZĐ][A-ZĐa-z]*(?:\.[A-ZĐƯ]+)*Ư?)").unwrap()
});
/// State style: NUMBER/KIND-ISSUER or NUMBER/YEAR/KIND-ISSUER ("123/QĐ-UBND", "15/2020/NĐ-CP", "202/2025/QH15").
static STATE_REF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b([0-9]{1,5})((?:/[0-9]{4})?)/(?:(NQ|QĐ|KH|CT|TB|BC|NĐ|TT|CV|HD|KL|TTr|ĐA)\s*[-–]\s*([A-ZĐ][A-ZĐa-z0-9]*)|(QH[0-9]{1,2}))\b").unwrap()
});
/// A document word and a bare number: "Kế hoạch số 154", "Nghị quyết (NQ) 28", "Thông báo Kết luận số 159-TB".
static BARE_REF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(nghị quyết|kết luận|chỉ thị|kế hoạch|chương trình hành động|quy định|thông báo|hướng dẫn)(?:\s*\([A-ZĐ]+\))?(?:\s+số)?\s+([0-9]{1,4})(?:\s*[-–]\s*(NQ|KL|CT|KH|TB|HD|CTr|QĐi)\b)?").unwrap()
});
/// Documents named without a number: "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII",
/// "Nghị quyết Đại hội XIII của Đảng", "Nghị quyết Hội nghị Trung ương 4 khóa XIII",
/// "Nghị quyết Trung ương 7", "Đề án phát triển Trường Chính trị tỉnh Hậu Giang đến năm
/// 2025", "Đề án “Xây dựng khu vực phòng thủ tỉnh”".
static NAMED_REF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"\bNghị quyết Đại hội(?: đại biểu)?(?: toàn quốc)?(?: Đảng bộ (?:tỉnh|thành phố)(?: \p{Lu}\p{Ll}*){0,3})?(?: lần thứ)? [IVXLC]+\b(?: của Đảng)?(?:,? nhiệm kỳ [0-9]{4}\s*[-–]\s*[0-9]{4})?",
        r"|\bNghị quyết (?:Hội nghị )?(?:lần thứ \p{L}+ )?(?:Ban Chấp hành )?Trung ương(?: Đảng)? (?:lần thứ )?[0-9]{1,2}\b(?: \(?khóa [IVXLC]+\)?)?",
        r"|\bĐề án (?:“[^”]{5,150}”|\x22[^\x22]{5,150}\x22|\p{Ll}[^.,;:()“\x22\n]{5,120}?(?:đến năm [0-9]{4}|giai đoạn [0-9]{4}\s*[-–]\s*[0-9]{4}))(?: giai đoạn [0-9]{4}\s*[-–]\s*[0-9]{4})?",
    ))
    .unwrap()
});
/// The bodies that issue documents, with the place they name ("Tỉnh ủy Hải Dương").
const ISSUING_BODY: &str = r"(?:(?:Ban Chấp hành|BCH) (?:Trung ương|TW)(?: Đảng)?|Bộ Chính trị|Ban Bí thư|Chính phủ|Thủ tướng Chính phủ|Quốc hội|(?:(?:Ban Thường vụ (?:Tỉnh|Thành) ủy|(?:Ban Chấp hành|BCH) Đảng bộ (?:tỉnh|thành phố)|(?:Tỉnh|Thành) ủy|(?:UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân) (?:tỉnh|thành phố))(?-i:(?: \p{Lu}\p{Ll}*){0,3}))|Ban [\p{L}]+(?: [\p{L}]+)? Trung ương)";
/// "... của Bộ Chính trị": the issuer written after the reference.
static ISSUED_BY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)^[^.;]{{0,40}}?\bcủa\s+({ISSUING_BODY})")).unwrap());
/// "Ban Thường vụ Tỉnh ủy đã ban hành Chương trình hành động số 64-CTr/TU": the issuer written before.
static ISSUED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)({ISSUING_BODY})[^.;]{{0,30}}?\b(?:đã |vừa )?ban hành(?: [\p{{L}}]+){{0,6}}\s*$")).unwrap()
});
static NEXT_DOCUMENT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(?:Nghị quyết|Kết luận|Chỉ thị|Quyết định|Kế hoạch|Chương trình|Thông báo|Quy định|Hướng dẫn|Đề án|Nghị định|Thông tư)\b").unwrap());
static SUBJECT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"(?i)^[^.;\n]{0,80}?\bvề\s+(?:việc\s+)?["“]?([^.;"”\n]{5,220})"#).unwrap());

pub fn extract(doc: &Document, _year: Option<i32>) -> Vec<Resolution> {
    let text = doc.text();
    let mut found: Vec<Resolution> = Vec::new();
    let mut covered: Vec<(usize, usize)> = Vec::new();
    for m in PARTY_REF.captures_iter(text) {
        let whole = m.get(0).unwrap();
        let issuer = normalise_issuer(&m[3]);
        let (number, kind) = (m[1].to_string(), m[2].to_string());
        let reference = format!("{number}-{kind}/{issuer}");
        covered.push((whole.start(), whole.end()));
        push(doc, &mut found, reference, kind, number, Some(issuer), whole.start(), whole.end());
    }
    for m in STATE_REF.captures_iter(text) {
        let whole = m.get(0).unwrap();
        if covered.iter().any(|&(s, e)| s < whole.end() && whole.start() < e) {
            continue;
        }
        let number = format!("{}{}", &m[1], &m[2]);
        let (kind, issuer, reference) = match (m.get(3), m.get(4), m.get(5)) {
            (Some(k), Some(i), _) => (k.as_str().to_string(), i.as_str().to_string(), format!("{number}/{}-{}", k.as_str(), i.as_str())),
            (_, _, Some(qh)) => (kind_before(text, whole.start()).unwrap_or("NQ").to_string(), qh.as_str().to_string(), format!("{number}/{}", qh.as_str())),
            _ => continue,
        };
        covered.push((whole.start(), whole.end()));
        push(doc, &mut found, reference, kind, number, Some(issuer), whole.start(), whole.end());
    }
    for m in BARE_REF.captures_iter(text) {
        let whole = m.get(0).unwrap();
        let num = m.get(2).unwrap();
        if covered.iter().any(|&(s, e)| s <= num.start() && num.start() < e) {
            continue;
        }
        let after = &text[num.end()..];
        if after.starts_with(['/', '-', '–', ',', '.']) && crate::text::after_first_char(after).starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        let kind = m.get(3).map(|k| k.as_str().to_string()).unwrap_or_else(|| kind_of(&m[1]).to_string());
        let number = num.as_str().to_string();
        // The same document written in full elsewhere in the article.
        if found.iter().any(|r| r.kind == kind && r.number.as_deref().map(|n| n.trim_start_matches('0')) == Some(number.trim_start_matches('0'))) {
            continue;
        }
        let Some(issuer) = issuer_from_context(text, whole.start(), num.end()) else { continue };
        let reference = format!("{number}-{kind}/{issuer}");
        push(doc, &mut found, reference, kind, number, Some(issuer), whole.start(), num.end());
    }
    found
}

/// Documents the article names without a number (see `NAMED_REF`): kept for analysts,
/// apart from the numbered ones the contract lists.
pub fn named(doc: &Document) -> Vec<Resolution> {
    let text = doc.text();
    let mut found: Vec<Resolution> = Vec::new();
    for m in NAMED_REF.find_iter(text) {
        let name = canonical_name(m.as_str());
        if found.iter().any(|r| ref_key(&r.reference) == ref_key(&name)) {
            continue;
        }
        let kind = if name.starts_with("Đề án") { "ĐA" } else { "NQ" };
        let issuer = (name.contains("Trung ương") || name.contains("của Đảng") || name.contains("toàn quốc")).then(|| "TW".to_string());
        let after = clip(&text[m.end()..], 400);
        let (evidence, span) = doc.evidence(m.start(), m.end());
        found.push(Resolution {
            reference: name,
            kind: kind.to_string(),
            number: None,
            issuer,
            date: None,
            issued_by: None,
            subject: SUBJECT.captures(after).map(|c| canonical(c[1].trim_end_matches([',', ' ']))).filter(|s| !s.is_empty()),
            action: action_before(clip_tail(&text[..m.start()], 120)),
            numbered: false,
            evidence,
            span,
        });
    }
    found
}

/// One name per document: the national congress's resolution is "Nghị quyết Đại hội
/// XIII của Đảng" however it is written ("Đại hội lần thứ XIII", "Đại hội đại biểu toàn
/// quốc lần thứ XIII").
fn canonical_name(written: &str) -> String {
    static NATIONAL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^Nghị quyết Đại hội(?: đại biểu)?(?: toàn quốc)?(?: lần thứ)? ([IVXLC]+)(?: của Đảng)?$").unwrap()
    });
    static DASH: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\s*[-–—]\s*").unwrap());
    let name = canonical(written.trim_end_matches([',', ' ']));
    let name = DASH.replace_all(&name, " - ").into_owned();
    match NATIONAL.captures(&name) {
        Some(c) => format!("Nghị quyết Đại hội {} của Đảng", &c[1]),
        None => name.replace("Nghị quyết Đại hội đại biểu ", "Nghị quyết Đại hội "),
    }
}

#[allow(clippy::too_many_arguments)]
fn push(doc: &Document, found: &mut Vec<Resolution>, reference: String, kind: String, number: String, issuer: Option<String>, start: usize, end: usize) {
    let text = doc.text();
    if found.iter().any(|r| ref_key(&r.reference) == ref_key(&reference)) {
        return;
    }
    // What follows the reference, up to the next document it names ("Kết luận số 21-KL/TW
    // của Bộ Chính trị và Nghị quyết số 54/2017/QH14 về ...": the subject is 54's).
    let after = clip(&text[end..], 400);
    let after = NEXT_DOCUMENT.find(after).map_or(after, |m| &after[..m.start()]);
    let clause_end = after.find(['.', ';']).unwrap_or(after.len());
    let date = find_dates(clip(&after[..clause_end], 40)).first().and_then(|d| d.resolve(None));
    let issued_by = ISSUED_BY
        .captures(after)
        .or_else(|| ISSUED_BEFORE.captures(clip_tail(&text[..start], 160)))
        .map(|c| canonical(&c[1]));
    let subject = SUBJECT
        .captures(after)
        .map(|c| canonical(c[1].trim_end_matches([',', ' '])))
        .filter(|s| !s.is_empty());
    let (evidence, span) = doc.evidence(start, end);
    found.push(Resolution {
        reference,
        kind,
        number: Some(number),
        issuer,
        date,
        issued_by,
        subject,
        action: action_before(clip_tail(&text[..start], 120)),
        numbered: true,
        evidence,
        span,
    });
}

/// The comparison key of a reference: no spaces, upper case, no leading zeros.
pub fn ref_key(reference: &str) -> String {
    let r: String = reference.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_uppercase();
    r.trim_start_matches('0').to_string()
}

fn normalise_issuer(issuer: &str) -> String {
    match issuer.replace('.', "").as_str() {
        "TƯ" | "TW" => "TW".to_string(),
        other => other.to_string(),
    }
}

fn kind_of(word: &str) -> &'static str {
    let w = word.to_lowercase();
    KINDS.iter().find(|(k, _)| *k == w).map_or("NQ", |(_, code)| code)
}

fn kind_before(text: &str, pos: usize) -> Option<&'static str> {
    let before = clip_tail(&text[..pos], 40).to_lowercase();
    KINDS.iter().filter(|(k, _)| before.contains(k)).max_by_key(|(k, _)| before.rfind(k)).map(|(_, c)| *c)
}

/// Who issued a document written without its issuer: "của Thành ủy" → TU,
/// "của Bộ Chính trị" → TW; else the Party committee the sentence is about.
fn issuer_from_context(text: &str, start: usize, end: usize) -> Option<String> {
    let after = &text[end..];
    let window: String = after.chars().take(80).collect::<String>().to_lowercase();
    let central = ["bộ chính trị", "ban bí thư", "trung ương", "chính phủ"];
    let provincial = ["tỉnh ủy", "thành ủy", "ban thường vụ", "đảng bộ tỉnh"];
    let window = window.split(['.', ';']).next().unwrap_or("");
    if central.iter().any(|w| window.contains(w)) {
        return Some("TW".into());
    }
    if provincial.iter().any(|w| window.contains(w)) {
        return Some("TU".into());
    }
    let sentence_start = text[..start].rfind(['.', '\n']).map_or(0, |p| p + 1);
    let before = text[sentence_start..start].to_lowercase();
    if provincial.iter().any(|w| before.contains(w)) && !central.iter().any(|w| before.contains(w)) {
        return Some("TU".into());
    }
    None
}

fn action_before(before: &str) -> &'static str {
    let tail: String = before.chars().rev().take(60).collect::<Vec<_>>().into_iter().rev().collect::<String>().to_lowercase();
    const ACTIONS: [(&str, &str); 10] = [
        ("ban hành", "issued"),
        ("thông qua", "adopted"),
        ("sơ kết", "reviewed"),
        ("tổng kết", "reviewed"),
        ("kiểm điểm", "reviewed"),
        ("đánh giá", "reviewed"),
        ("thực hiện", "implemented"),
        ("triển khai", "implemented"),
        ("quán triệt", "implemented"),
        ("học tập", "implemented"),
    ];
    ACTIONS.iter().filter(|(w, _)| tail.contains(w)).max_by_key(|(w, _)| tail.rfind(w)).map_or("cited", |(_, a)| a)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refs(text: &str) -> Vec<String> {
        extract(&Document::new(text), None).into_iter().map(|r| r.reference).collect()
    }

    #[test]
    fn reads_every_written_form() {
        assert_eq!(refs("Nghị quyết số 20-NQ/TW, ngày 16/6/2022"), ["20-NQ/TW"]);
        assert_eq!(refs("thực hiện Nghị quyết 22 – NQ/TW ngày 02/02/2008"), ["22-NQ/TW"]);
        assert_eq!(refs("Chương trình hành động số 64-CTr/TU"), ["64-CTr/TU"]);
        assert_eq!(refs("Kế hoạch số 3341/KH-UBND ngày 06/10/2022"), ["3341/KH-UBND"]);
        assert_eq!(refs("Hướng dẫn số 151-HD/BTGTW"), ["151-HD/BTGTW"]);
        assert_eq!(refs("Nghị quyết số 08-NQ/T.Ư"), ["08-NQ/TW"]);
        // From the samples, the dev set and news-unc.
        assert_eq!(refs("thực hiện Nghị quyết 06-NQ/TU của Tỉnh ủy"), ["06-NQ/TU"]);
        assert_eq!(refs("Chỉ thị số 35-CT/TW, ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp"), ["35-CT/TW"]);
        assert_eq!(refs("Quyết định số 936/QĐ-UBND ngày 23/3/2021 của UBND tỉnh Hải Dương về việc ban hành Quy chế"), ["936/QĐ-UBND"]);
        assert_eq!(refs("Thông báo số 203-TB/TU ngày 28/4/2021 và tiếp tục thực hiện nghiêm"), ["203-TB/TU"]);
    }

    #[test]
    fn rebuilds_a_reference_from_its_issuer() {
        assert_eq!(refs("Theo Kế hoạch số 154 ngày 19/11/2019 của Thành ủy Ninh Bình về đại hội"), ["154-KH/TU"]);
        assert_eq!(refs("Thông báo Kết luận số 159-TB của Bộ Chính trị về việc thảo luận"), ["159-TB/TW"]);
    }

    #[test]
    fn keeps_date_issuer_and_subject() {
        let r = &extract(&Document::new("Kết luận số 56-KL/TW, ngày 21/02/2013 của Bộ Chính trị, kinh tế tập thể phát triển."), None)[0];
        assert_eq!(r.date, chrono::NaiveDate::from_ymd_opt(2013, 2, 21));
        assert_eq!(r.issued_by.as_deref(), Some("Bộ Chính trị"));
        // sample-data/000 (Hải Dương).
        let r = &extract(&Document::new("Ban Thường vụ Tỉnh ủy đã ban hành Chương trình hành động số 64-CTr/TU thực hiện Nghị quyết."), None)[0];
        assert_eq!(r.issued_by.as_deref(), Some("Ban Thường vụ Tỉnh ủy"));
        let r = &extract(&Document::new("Nghị quyết số 20-NQ/TW, ngày 16/6/2022 về tiếp tục đổi mới, phát triển kinh tế tập thể."), None)[0];
        assert_eq!(r.subject.as_deref(), Some("tiếp tục đổi mới, phát triển kinh tế tập thể"));
    }

    #[test]
    fn keeps_documents_named_without_a_number() {
        // From the dev set: 002 (Hậu Giang), 003 (Hải Dương), n_024 (Hà Giang).
        let names = |text: &str| -> Vec<String> { named(&Document::new(text)).into_iter().map(|r| r.reference).collect() };
        assert_eq!(names("Thông qua Đề án phát triển Trường Chính trị tỉnh Hậu Giang đến năm 2025, tầm nhìn đến năm 2030."), ["Đề án phát triển Trường Chính trị tỉnh Hậu Giang đến năm 2025"]);
        assert_eq!(names("tổng kết Đề án “Xây dựng khu vực phòng thủ tỉnh Hải Dương” giai đoạn 2021 – 2025;"), ["Đề án “Xây dựng khu vực phòng thủ tỉnh Hải Dương” giai đoạn 2021 - 2025"]);
        assert_eq!(
            names("thực hiện Nghị quyết Đại hội lần thứ XIII của Đảng và Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2020 - 2025."),
            ["Nghị quyết Đại hội XIII của Đảng", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2020 - 2025"]
        );
        assert_eq!(names("Tỉnh Hà Giang cần coi Nghị quyết Trung ương 7 về nông nghiệp, nông thôn, nông dân là nhiệm vụ quan trọng."), ["Nghị quyết Trung ương 7"]);
        let r = &named(&Document::new("Tỉnh Hà Giang cần coi Nghị quyết Trung ương 7 về nông nghiệp, nông thôn, nông dân là nhiệm vụ."))[0];
        assert_eq!((r.kind.as_str(), r.issuer.as_deref(), r.numbered), ("NQ", Some("TW"), false));
        assert_eq!(names("Nghị quyết Đại hội XIII và Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"), ["Nghị quyết Đại hội XIII của Đảng"]);
        // Numbered references are the other extractor's.
        assert!(names("Nghị quyết số 20-NQ/TW, ngày 16/6/2022").is_empty());
    }

    #[test]
    fn a_subject_belongs_to_the_document_it_follows() {
        // A TP Hồ Chí Minh plenum report (public page).
        let found = extract(&Document::new("kết quả thực hiện Kết luận số 21-KL-TW của Bộ Chính trị và Nghị quyết số 54/2017/QH14 về thí điểm cơ chế, chính sách đặc thù phát triển TP Hồ Chí Minh."), None);
        let refs: Vec<(&str, Option<&str>)> = found.iter().map(|r| (r.reference.as_str(), r.subject.as_deref())).collect();
        assert_eq!(refs, [("54/2017/QH14", Some("thí điểm cơ chế, chính sách đặc thù phát triển TP Hồ Chí Minh")), ("21-KL/TW", None)]);
    }
}

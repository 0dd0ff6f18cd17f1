//! Lists of a body's members after a header: "Ban Thường vụ Tỉnh ủy gồm 15 đồng chí,
//! gồm:" followed by the names inline or one per numbered line.

use super::names::whole_name;
use crate::extract::roles::{find_titles, TitleMatch};
use crate::extract::Document;
use crate::text::canonical;
use crate::text::WordRegex as Regex;
use std::sync::LazyLock;

/// "bầu Ban Thường vụ Tỉnh ủy gồm 15 đồng chí, gồm:" ending a line: the body's members
/// follow. The greedy `^.*` makes the body the last one named before "gồm".
static MEMBER_LIST_HEADER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^.*(Ban Thường vụ (?:Tỉnh|Thành) ủy|Ban Chấp hành Đảng bộ (?:tỉnh|thành phố))[^.;:\n]{0,60}?\bgồm\b[^.;:\n]{0,40}:[ \t]*(.*)$").unwrap()
});
/// "Đoàn công tác của", "Tổ công tác", "đoàn đại biểu" right before the body's name.
static DELEGATION_OF: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(?:^|[^\p{L}])(?:đoàn|tổ)(?:\s+(?:công tác|đại biểu|kiểm tra|giám sát))?(?:\s+(?:của|thuộc))?\s*$").unwrap());
/// What separates the members of an inline list.
static ITEM_SEPARATOR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[,;.]| và ").unwrap());
/// "các đồng chí ", "ông ", "bà " before a member's name.
static LEADING_HONORIFIC: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&super::names::with_official_honorifics(r"(?i)^\s*(?:các\s+)?(?:{OFFICIAL}\s+)?")).unwrap());
/// One member on a numbered line: "3. Trần Văn Hiện", "- đồng chí Lê Quân".
static MEMBER_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&super::names::with_official_honorifics(r"(?i)^\s*(?:\d{1,3}\s*[.)/]|[-–•+])\s*(?:{OFFICIAL}\s+)?([^,;()\n]+?)\s*(?:[,;(–-].*)?$")).unwrap()
});

/// The members of a body listed after a header ("Ban Thường vụ Tỉnh ủy gồm 15 đồng chí,
/// gồm:"), on the same line or one per numbered line: each (name start, name end,
/// membership title) in the canonical text.
pub(super) fn member_lists(doc: &Document, province: Option<&str>) -> Vec<(usize, usize, TitleMatch)> {
    let text = doc.text();
    let mut found = Vec::new();
    // Only lines that announce a list ("... gồm:") can open one; the regex runs on those.
    for line in doc.lines.iter().filter(|l| text[l.start..l.end].contains("gồm") && text[l.start..l.end].contains(':')) {
        let Some(c) = MEMBER_LIST_HEADER.captures(&text[line.start..line.end]) else { continue };
        // A delegation the body sends is not the body ("Đoàn công tác của Ban Thường vụ
        // Tỉnh ủy Cà Mau gồm có các đồng chí: ...", h79_003).
        if DELEGATION_OF.is_match(&text[line.start..line.start + c.get(1).unwrap().start()]) {
            continue;
        }
        let body = canonical(&c[1]);
        let membership = format!("Ủy viên {body}");
        let Some(title) = find_titles(&membership, province).into_iter().find(|t| t.start == 0) else { continue };
        let rest = c.get(2).unwrap();
        let (rest_start, rest_text) = (line.start + rest.start(), rest.as_str());
        let header_end = line.start + c.get(0).unwrap().end();
        let mut names: Vec<(usize, usize)> = Vec::new();
        if !rest_text.trim().is_empty() {
            // Inline: "gồm các đồng chí: A, B và C." — each item between separators, less
            // its honorific, must be a name and nothing else.
            let mut from = 0;
            let ends = ITEM_SEPARATOR.find_iter(rest_text).map(|m| (m.start(), m.end())).chain([(rest_text.len(), rest_text.len())]);
            for (sep_start, sep_end) in ends {
                let item = &rest_text[from..sep_start];
                let lead = LEADING_HONORIFIC.find(item).map_or(0, |m| m.end());
                let name = item[lead..].trim_end();
                let s = rest_start + from + lead;
                if let Some(span) = whole_name(text, s, s + name.len()) {
                    names.push(span);
                }
                from = sep_end;
            }
        } else {
            // One per line, numbered or bulleted, blank lines allowed between.
            for line in doc.lines.iter().filter(|l| l.start > header_end) {
                let content = &text[line.start..line.end];
                if content.trim().is_empty() {
                    continue;
                }
                let Some(m) = MEMBER_LINE.captures(content) else { break };
                let g = m.get(1).unwrap();
                match whole_name(text, line.start + g.start(), line.start + g.end()) {
                    Some(span) => names.push(span),
                    None => break,
                }
            }
        }
        found.extend(names.into_iter().map(|(s, e)| (s, e, title.clone())));
    }
    found
}

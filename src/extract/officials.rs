//! Officials: people named with a public role, in either order ("Trần Đức Thắng, Ủy
//! viên Trung ương Đảng, Bí thư Tỉnh ủy" and "Bí thư Tỉnh ủy Hải Dương Trần Đức
//! Thắng"), in lists, and with what they did at the reported meeting (chair,
//! speaker, attendee). Bylines and people named without a role are left out.

use crate::extract::roles::{find_titles, is_surname, vocabulary, TitleMatch};
use crate::extract::{Document, Official, Role};
use crate::text::gazetteer::Gazetteer;
use crate::text::{canonical, fold_key};
use regex::Regex;
use std::sync::LazyLock;

/// A run of capitalised syllables that may be a person's name.
static NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:H')?\p{Lu}[\p{Ll}']*(?:\s\p{Lu}[\p{Ll}']*){1,5}").unwrap()
});
/// What may stand between a name and its titles, or between two titles.
static SEPARATOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:[,:–—-]|\(|\)|\s)*\s*(?:(?:đồng chí|đ/c|ông|bà)\s+)?(?P<former>nguyên\s+)?$").unwrap()
});
/// "giữ chức", "làm", "được bầu làm": the titles that follow belong to the name before.
static PREDICATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[\s,)]*(?:(?:vừa|mới|đã)\s+)?(?:(?:được|đã được|tiếp tục được)\s+(?:[\p{L}]+\s+){0,6}?)?(?:tham gia [^.;:]{0,60}?\svà\s+)?(?:tiếp tục\s+)?(?:giữ chức(?: vụ)?|làm|tái đắc cử|đắc cử|trúng cử|giữ|thay)\s+$").unwrap()
});
/// "ông A từng là ...", "từng đảm nhận các chức vụ như: ...": a career, every title after
/// it the person's (former) post.
static CAREER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*,?[^.;:()]{0,30}?(?:^|\s)(?:đã\s+)?(?:từng|lần lượt)\s+(?:là|giữ|đảm nhận|đảm nhiệm|kinh qua|trải qua|qua)\b[^.;:]{0,150}?:?\s*$").unwrap()
});
/// Within a career: what may stand between two of its titles (no name, no sentence end).
static CAREER_GAP: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^[^.!?]{0,50}$").unwrap());
/// "ông Toàn", "bà Thanh": a person already named, called by the last syllable of the name.
static SHORT_NAME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:\b(?:ông|bà|đồng chí)|\b(?:Ông|Bà|Đồng chí))\s+(\p{Lu}[\p{Ll}]+)\b").unwrap());
/// After a cue, "có", ":" or "của" say the names that follow are the ones it is about.
static OPENS_LIST: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^[^.;]{0,50}?(?:\bcó\b|:|\bcủa\b)").unwrap());
/// "Các Phó Bí thư Tỉnh ủy gồm các ông:", "Hai Phó Bí thư là đồng chí": a title, then the names holding it.
static LIST_OPENER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:là|gồm(?:\s+có)?)\s*(?:các\s+)?(?:(?:đồng chí|ông|bà)\s*)?:?\s*(?:(?:đồng chí|ông|bà)\s+)?$").unwrap()
});
/// What joins the members of such a list (and their own titles): punctuation, "và", an honorific.
static LIST_GLUE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^[\s,;:()–-]*(?:và\s+)?(?:(?:đồng chí|ông|bà)\s+)?$").unwrap());
/// What joins names listed together: "A, B", "A và B", "A và đồng chí B" (not ", ông B",
/// which as often starts a new clause about someone else).
static NAME_GLUE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^\s*(?:,|(?:,\s*)?và\s*(?:(?:đồng chí|đ/c|ông|bà)\s+)?)\s*$").unwrap());
/// ") và B": a parenthesis closing one member's titles, then the next member.
static PAREN_NAME_GLUE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^\s*\)\s*(?:,|(?:,\s*)?và)\s*(?:(?:đồng chí|đ/c|ông|bà)\s+)?$").unwrap());
/// A title written in the plural: "các", "những", or a count.
static PLURAL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(?:^|[^\p{L}])(?:các|những|hai|ba|bốn|năm|\d+)\s*$").unwrap());
/// A Party title written without its committee, announcing who holds it: "Hai Phó Bí
/// thư là đồng chí ...". It is the article's own committee's title.
static BARE_PARTY_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[^\p{L}])(Phó Bí thư Thường trực|Phó Bí thư|Bí thư)\s+(?:là|gồm)\s").unwrap()
});
/// "bầu Ban Thường vụ Tỉnh ủy gồm 15 đồng chí, gồm:" ending a line: the body's members
/// follow. The greedy `^.*` makes the body the last one named before "gồm".
static MEMBER_LIST_HEADER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^.*(Ban Thường vụ (?:Tỉnh|Thành) ủy|Ban Chấp hành Đảng bộ (?:tỉnh|thành phố))[^.;:\n]{0,60}?\bgồm\b[^.;:\n]{0,40}:[ \t]*(.*)$").unwrap()
});
/// One member on a numbered line: "3. Trần Văn Hiện", "- đồng chí Lê Quân".
static MEMBER_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:\d{1,3}\s*[.)/]|[-–•+])\s*(?:(?:đồng chí|đ/c|ông|bà)\s+)?([^,;()\n]+?)\s*(?:[,;(–-].*)?$").unwrap()
});
static HONORIFIC: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(?:đồng chí|đ/c|ông|bà)\s*$").unwrap());

/// What a cue word says a person did at the meeting (whole words: see `text::word_matches`).
static CUES: LazyLock<Vec<(&'static str, Regex)>> = LazyLock::new(|| {
    vec![
        ("chair", Regex::new(r"(?i)(?:^|[^\p{L}\p{N}])(?:đồng chủ trì|chủ trì|điều hành)").unwrap()),
        ("attendee", Regex::new(r"(?i)(?:^|[^\p{L}\p{N}])(?:tham dự|dự|tới dự|đến dự)").unwrap()),
        (
            "speaker",
            Regex::new(r"(?i)(?:^|[^\p{L}\p{N}])(?:phát biểu|kết luận|chỉ đạo|báo cáo|trình bày|nhấn mạnh|yêu cầu|đề nghị|cho biết|khẳng định)").unwrap(),
        ),
    ]
});

#[derive(Debug, Clone)]
enum Item {
    Name { start: usize, end: usize, name: String },
    Title(TitleMatch),
}

impl Item {
    fn start(&self) -> usize {
        match self {
            Item::Name { start, .. } => *start,
            Item::Title(t) => t.start,
        }
    }
    fn end(&self) -> usize {
        match self {
            Item::Name { end, .. } => *end,
            Item::Title(t) => t.end,
        }
    }
}

pub fn extract(doc: &Document, province: Option<&str>) -> Vec<Official> {
    let text = doc.text();
    let mut officials: Vec<Official> = Vec::new();
    let mut unattached: Vec<(TitleMatch, Vec<&'static str>, (usize, usize))> = Vec::new();
    for &(s, e) in &doc.sentences {
        let sentence = &text[s..e];
        let items = items(sentence, province, &officials);
        let links = link(sentence, &items);
        let capacities = capacities(sentence, &items);
        for (i, item) in items.iter().enumerate() {
            let Item::Name { start, end, name } = item else { continue };
            let titles: Vec<&TitleMatch> = links.iter().filter(|(n, _, _)| *n == i).map(|(_, t, _)| *t).collect();
            let key = fold_key(name);
            let existing = officials.iter().position(|o| fold_key(&o.name) == key);
            if titles.is_empty() && existing.is_none() {
                continue;
            }
            let (name_ev, span) = doc.evidence(s + start, s + end);
            let idx = existing.unwrap_or_else(|| {
                officials.push(Official { name: name.clone(), roles: Vec::new(), capacity: Vec::new(), name_as_written: name_ev, span, capacity_evidence: None });
                officials.len() - 1
            });
            for (_, t, former) in links.iter().filter(|(n, _, _)| *n == i) {
                let (evidence, span) = doc.evidence(s + t.start, s + t.end);
                let role = Role { code: t.code.clone(), title: t.title.clone(), org: t.org.clone(), former: *former, evidence, span };
                let o = &mut officials[idx];
                if !o.roles.iter().any(|r| r.code == role.code && r.org == role.org && r.former == role.former && r.title == role.title) {
                    o.roles.push(role);
                }
            }
            for c in &capacities[i] {
                if !officials[idx].capacity.contains(c) {
                    officials[idx].capacity.push(c);
                }
                if officials[idx].capacity_evidence.is_none() {
                    officials[idx].capacity_evidence = Some(doc.evidence(s, e));
                }
            }
        }
        // "Đồng chí Bí thư Tỉnh ủy yêu cầu ...": a title standing for a person named elsewhere.
        for (i, item) in items.iter().enumerate() {
            if let Item::Title(t) = item {
                let linked = links.iter().any(|(_, lt, _)| std::ptr::eq(*lt, t));
                if !linked && HONORIFIC.is_match(&sentence[..t.start]) && !capacities[i].is_empty() {
                    unattached.push((t.clone(), capacities[i].clone(), (s, e)));
                }
            }
        }
    }
    for (start, end, title) in member_lists(doc, province) {
        let name = canonical(&text[start..end]);
        let key = fold_key(&name);
        let idx = match officials.iter().position(|o| fold_key(&o.name) == key) {
            Some(i) => i,
            None => {
                let (name_as_written, span) = doc.evidence(start, end);
                officials.push(Official { name, roles: Vec::new(), capacity: Vec::new(), name_as_written, span, capacity_evidence: None });
                officials.len() - 1
            }
        };
        let (evidence, span) = doc.evidence(start, end);
        if !officials[idx].roles.iter().any(|r| r.code == title.code && !r.former) {
            officials[idx].roles.push(Role { code: title.code.clone(), title: title.title.clone(), org: title.org.clone(), former: false, evidence, span });
        }
    }
    for (title, caps, (s, e)) in unattached {
        let holders: Vec<usize> = officials
            .iter()
            .enumerate()
            .filter(|(_, o)| o.roles.iter().any(|r| r.code == title.code && !r.former && title.code != "other"))
            .map(|(i, _)| i)
            .collect();
        if let [only] = holders.as_slice() {
            for c in caps {
                if !officials[*only].capacity.contains(&c) {
                    officials[*only].capacity.push(c);
                }
            }
            if officials[*only].capacity_evidence.is_none() {
                officials[*only].capacity_evidence = Some(doc.evidence(s, e));
            }
        }
    }
    officials.retain(|o| !o.roles.is_empty());
    officials
}

/// The province a person serves in, which tells people of the same name apart across
/// articles: the province named in one of their current titles ("Bí thư Tỉnh ủy Nam
/// Định"), none for national officials (every title central), else the article's.
pub fn home_province(official: &Official, article_province: Option<&str>) -> Option<String> {
    let g = Gazetteer::get();
    let current = || official.roles.iter().filter(|r| !r.former);
    // (The place as written in the title, not one the extractor filled in from the article.)
    if let Some(p) = current().find_map(|r| g.find_provinces(&canonical(&r.evidence)).first().map(|m| m.province)) {
        return Some(g.provinces[p].name.clone());
    }
    let level = |code: &str| vocabulary().iter().find(|r| r.code == code).map(|r| r.level.as_str());
    if current().next().is_some() && current().all(|r| level(&r.code) == Some("central")) {
        return None;
    }
    article_province.map(str::to_string)
}

/// The members of a body listed after a header ("Ban Thường vụ Tỉnh ủy gồm 15 đồng chí,
/// gồm:"), on the same line or one per numbered line: each (name start, name end,
/// membership title) in the canonical text.
fn member_lists(doc: &Document, province: Option<&str>) -> Vec<(usize, usize, TitleMatch)> {
    let text = doc.text();
    let mut found = Vec::new();
    // Only lines that announce a list ("... gồm:") can open one; the regex runs on those.
    for line in doc.lines.iter().filter(|l| text[l.start..l.end].contains("gồm") && text[l.start..l.end].contains(':')) {
        let Some(c) = MEMBER_LIST_HEADER.captures(&text[line.start..line.end]) else { continue };
        let body = canonical(&c[1]);
        let membership = format!("Ủy viên {body}");
        let Some(title) = find_titles(&membership, province).into_iter().find(|t| t.start == 0) else { continue };
        let rest = c.get(2).unwrap();
        let (rest_start, rest_text) = (line.start + rest.start(), rest.as_str());
        let header_end = line.start + c.get(0).unwrap().end();
        let mut names: Vec<(usize, usize)> = Vec::new();
        if !rest_text.trim().is_empty() {
            // Inline: "gồm các đồng chí: A, B và C."
            let mut at = rest_start;
            for piece in rest_text.split([',', ';', '.']).flat_map(|p| p.split(" và ")) {
                let start = text[at..].find(piece).map_or(at, |i| at + i);
                at = start + piece.len();
                let trimmed = piece.trim().trim_start_matches("đồng chí ").trim_start_matches("ông ").trim_start_matches("bà ");
                let s = start + piece.find(trimmed).unwrap_or(0);
                if let Some(span) = whole_name(text, s, s + trimmed.len()) {
                    names.push(span);
                }
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

/// The span when `text[start..end]` is a person's name and nothing else.
fn whole_name(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let m = NAME.find(&text[start..end])?;
    if m.start() != 0 || m.end() != end - start {
        return None;
    }
    trim_to_name(text, start, end).filter(|&(s, e)| s == start && e == end)
}

/// Names and titles of one sentence, in order, without overlaps.
fn items(sentence: &str, province: Option<&str>, known: &[Official]) -> Vec<Item> {
    let mut titles = find_titles(sentence, province);
    for c in BARE_PARTY_TITLE.captures_iter(sentence) {
        let head = c.get(1).unwrap();
        if titles.iter().any(|t| t.start < head.end() && head.start() < t.end) {
            continue;
        }
        let full = format!("{} Tỉnh ủy", canonical(head.as_str()));
        if let Some(t) = find_titles(&full, province).into_iter().find(|t| t.start == 0) {
            titles.push(TitleMatch { start: head.start(), end: head.end(), ..t });
        }
    }
    titles.sort_by_key(|t| t.start);
    let g = Gazetteer::get();
    let mut items: Vec<Item> = titles.iter().cloned().map(Item::Title).collect();
    for m in NAME.find_iter(sentence) {
        // A run of capitals may begin with the place that ends a title: "Tỉnh ủy Hà Tĩnh Nguyễn Duy Lâm".
        let mut run_start = m.start();
        if let Some(t) = titles.iter().find(|t| t.start <= run_start && run_start < t.end && t.end < m.end()) {
            run_start = t.end + (sentence[t.end..m.end()].len() - sentence[t.end..m.end()].trim_start().len());
        }
        let Some((start, end)) = trim_to_name(sentence, run_start, m.end()) else { continue };
        if titles.iter().any(|t| t.start < end && start < t.end) {
            // A name may begin right where a title's place ends; the title took it whole.
            continue;
        }
        let name = canonical(&sentence[start..end]);
        if g.is_place_name(&name) {
            continue;
        }
        items.push(Item::Name { start, end, name });
    }
    // "ông Toàn": the one official already named whose name ends so.
    for c in SHORT_NAME.captures_iter(sentence) {
        let m = c.get(1).unwrap();
        if items.iter().any(|i| i.start() < m.end() + 1 && m.start() < i.end()) || sentence[m.end()..].starts_with(|ch: char| ch == ' ') && sentence[m.end() + 1..].starts_with(char::is_uppercase) {
            continue;
        }
        let mut holders = known.iter().filter(|o| o.name.rsplit(' ').next() == Some(m.as_str()));
        if let (Some(o), None) = (holders.next(), holders.next()) {
            items.push(Item::Name { start: m.start(), end: m.end(), name: o.name.clone() });
        }
    }
    items.sort_by_key(|i| i.start());
    items
}

/// Narrows a run of capitalised words to a person's name: it must start with a family
/// name and have two to six syllables, none of them a word that opens a title.
fn trim_to_name(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let run = &text[start..end];
    let words: Vec<(usize, &str)> = run.split(' ').scan(0, |pos, w| {
        let at = *pos;
        *pos += w.len() + 1;
        Some((at, w))
    }).collect();
    let first = words.iter().position(|(_, w)| is_surname(w))?;
    const NOT_IN_NAMES: [&str; 13] = ["Tỉnh", "Huyện", "Ủy", "Ban", "Bí", "Phó", "Chủ", "Hội", "Đảng", "Trưởng", "Giám", "Bộ", "Sở"];
    let mut last = first;
    for (i, (_, w)) in words.iter().enumerate().skip(first + 1) {
        if NOT_IN_NAMES.contains(w) && i > first + 1 {
            break;
        }
        last = i;
    }
    // "Thành ủy" after a name is the city's Party committee, not the name's last syllable.
    let after_run = &text[end..];
    if last > first + 1 && words[last].1 == "Thành" && after_run.starts_with(" ủy") {
        last -= 1;
    }
    if last == first {
        return None;
    }
    let s = start + words[first].0;
    let e = start + words[last].0 + words[last].1.len();
    Some((s, e))
}

/// Which titles belong to which name: (name item index, title, former).
fn link<'a>(sentence: &str, items: &'a [Item]) -> Vec<(usize, &'a TitleMatch, bool)> {
    let mut links = Vec::new();
    let mut claimed = vec![false; items.len()];
    let gap = |a: &Item, b: &Item| &sentence[a.end()..b.start()];
    let tight = |a: &Item, b: &Item| {
        let g = &sentence[a.end()..b.start()];
        let g = g.trim().to_lowercase();
        g.is_empty() || ["đồng chí", "đ/c", "ông", "bà"].contains(&g.as_str())
    };
    // Titles right before a name, joined to it by a space: "Bí thư Tỉnh ủy Nguyễn Văn A".
    for i in 0..items.len() {
        if !matches!(items[i], Item::Name { .. }) || i == 0 {
            continue;
        }
        let mut j = i;
        let mut first = true;
        while j > 0 {
            let prev = &items[j - 1];
            let Item::Title(t) = prev else { break };
            let joined = if first { tight(prev, &items[j]) } else { SEPARATOR.is_match(gap(prev, &items[j])) };
            if !joined || claimed[j - 1] {
                break;
            }
            // A title chain that follows another name with a comma is that name's.
            if !first && j >= 2 && matches!(items[j - 2], Item::Name { .. }) && gap(&items[j - 2], prev).contains(',') {
                break;
            }
            let former = written_as_former(sentence, prev);
            links.push((i, t, former));
            claimed[j - 1] = true;
            first = false;
            j -= 1;
        }
        // "các Phó Chủ tịch UBND tỉnh A, B": a plural title before a list of names.
        if j < i && sentence[..items[j].start()].trim_end().to_lowercase().ends_with("các") {
            let shared: Vec<(&TitleMatch, bool)> = links.iter().filter(|(n, _, _)| *n == i).map(|(_, t, f)| (*t, *f)).collect();
            let mut k = i + 1;
            while k < items.len() && matches!(items[k], Item::Name { .. }) && NAME_GLUE.is_match(gap(&items[k - 1], &items[k])) {
                for (t, f) in &shared {
                    links.push((k, *t, *f));
                }
                k += 1;
            }
        }
    }
    // A title announcing who holds it: "Các Phó Bí thư Tỉnh ủy gồm ông A, Chủ tịch UBND
    // tỉnh; bà B và ông C" gives it to every name listed, "Bí thư là đồng chí A" to one.
    for j in 0..items.len() {
        let Item::Title(t) = &items[j] else { continue };
        if claimed[j] || !items.get(j + 1).is_some_and(|n| matches!(n, Item::Name { .. }) && LIST_OPENER.is_match(gap(&items[j], n))) {
            continue;
        }
        let plural = PLURAL.is_match(&sentence[..t.start]);
        let mut k = j + 1;
        while k < items.len() && (k == j + 1 || LIST_GLUE.is_match(gap(&items[k - 1], &items[k]))) {
            if matches!(items[k], Item::Name { .. }) {
                if k > j + 1 && !plural {
                    break;
                }
                links.push((k, t, false));
            }
            k += 1;
        }
        claimed[j] = true;
    }
    // A career: "ông A từng là Bí thư Huyện ủy X; nguyên Trưởng Ban Nội chính Tỉnh ủy Y; ...".
    for i in 0..items.len() {
        if !matches!(items[i], Item::Name { .. }) || !items.get(i + 1).is_some_and(|t| matches!(t, Item::Title(_)) && CAREER.is_match(gap(&items[i], t))) {
            continue;
        }
        let mut j = i + 1;
        while let Some(Item::Title(t)) = items.get(j) {
            if claimed[j] || j > i + 1 && !CAREER_GAP.is_match(gap(&items[j - 1], &items[j])) {
                break;
            }
            links.push((i, t, true));
            claimed[j] = true;
            j += 1;
        }
    }
    // Titles after a name: "Trần Đức Thắng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy".
    for i in 0..items.len() {
        if !matches!(items[i], Item::Name { .. }) {
            continue;
        }
        // A list of names sharing what follows: "Hoàng Giang, Trần Huy Tuấn ... giữ chức".
        // "A (Title) và B (Title) được bầu giữ chức ...": each member's own titles in
        // parentheses are theirs, what follows the list is all of theirs.
        let mut group = vec![i];
        let mut k = i + 1;
        while k < items.len() {
            if matches!(items[k], Item::Name { .. }) && NAME_GLUE.is_match(gap(&items[k - 1], &items[k])) {
                group.push(k);
                k += 1;
                continue;
            }
            if !matches!(items[k], Item::Title(_)) || claimed[k] || !gap(&items[k - 1], &items[k]).trim_end().ends_with('(') {
                break;
            }
            let mut m = k;
            while m + 1 < items.len() && matches!(items[m + 1], Item::Title(_)) && LIST_GLUE.is_match(gap(&items[m], &items[m + 1])) && !gap(&items[m], &items[m + 1]).contains(')') {
                m += 1;
            }
            let closes_into_next = items.get(m + 1).is_some_and(|n| matches!(n, Item::Name { .. }) && PAREN_NAME_GLUE.is_match(gap(&items[m], n)));
            if !closes_into_next {
                break;
            }
            let owner = *group.last().unwrap();
            for t in &items[k..=m] {
                if let Item::Title(t) = t {
                    links.push((owner, t, false));
                }
            }
            claimed[k..=m].iter_mut().for_each(|c| *c = true);
            group.push(m + 1);
            k = m + 2;
        }
        let mut j = k;
        let mut prev_end = items[k - 1].end();
        let mut predicate_seen = false;
        while j < items.len() {
            let Item::Title(t) = &items[j] else { break };
            let g = &sentence[prev_end..t.start];
            let separator = SEPARATOR.captures(g);
            let predicate = PREDICATE.is_match(g);
            if separator.is_none() && !predicate {
                break;
            }
            if claimed[j] {
                break;
            }
            // Titles before the next name belong to it ("...; Phó Bí thư Tỉnh ủy Nguyễn Văn B").
            if items.get(j + 1).is_some_and(|n| matches!(n, Item::Name { .. }) && tight(&items[j], n)) {
                break;
            }
            let former = separator.is_some_and(|c| c.name("former").is_some());
            if group.len() == 1 || predicate || predicate_seen {
                for &n in &group {
                    links.push((n, t, former));
                }
            } else {
                links.push((*group.last().unwrap(), t, former));
            }
            predicate_seen |= predicate;
            claimed[j] = true;
            prev_end = t.end;
            j += 1;
        }
    }
    links
}

/// "nguyên Chủ nhiệm ...": a post held before.
fn written_as_former(sentence: &str, title: &Item) -> bool {
    sentence[..title.start()].trim_end().to_lowercase().ends_with("nguyên")
}

/// What each name in the sentence did at the meeting, from cue words: a cue that opens
/// the sentence or is followed by "có"/":"/"của" applies to the names after it, any
/// other cue to the names before it.
fn capacities(sentence: &str, items: &[Item]) -> Vec<Vec<&'static str>> {
    let mut out = vec![Vec::new(); items.len()];
    let mut cues: Vec<(usize, usize, &'static str)> = Vec::new();
    for (capacity, re) in CUES.iter() {
        for (start, end) in crate::text::word_matches(re, sentence) {
            if items.iter().any(|it| it.start() <= start && start < it.end()) {
                continue; // inside a title ("Ban Chỉ đạo")
            }
            let before = sentence[..start].trim_end().to_lowercase();
            if ["ban", "tổ", "tiểu ban"].iter().any(|org| before.ends_with(&format!(" {org}")) || before == *org) {
                continue; // the name of a body: "Trưởng Ban chỉ đạo của Thành ủy"
            }
            cues.push((start, end, capacity));
        }
    }
    cues.sort();
    for &(cs, ce, capacity) in &cues {
        let before = sentence[..cs].trim_end();
        let next_item = items.iter().position(|it| it.start() >= ce);
        let to_next = next_item.map_or(&sentence[ce..], |n| &sentence[ce..items[n].start()]);
        let opens = before.is_empty()
            || before.ends_with(',') && !items.iter().any(|it| it.end() <= cs && matches!(it, Item::Name { .. }))
            || before.to_lowercase().ends_with("và") && !items.iter().any(|it| it.end() <= cs)
            || OPENS_LIST.is_match(to_next) && to_next.len() < 80;
        if opens {
            // Names after the cue, up to the next cue.
            let limit = cues.iter().map(|c| c.0).find(|&p| p > ce).unwrap_or(sentence.len());
            for (i, it) in items.iter().enumerate() {
                if matches!(it, Item::Name { .. }) && it.start() >= ce && it.start() < limit || matches!(it, Item::Title(_)) && it.start() >= ce && it.start() < limit && i + 1 == items.len() {
                    out[i].push(capacity);
                }
            }
        } else {
            // Names before the cue, back to the previous cue.
            let from = cues.iter().map(|c| c.1).filter(|&p| p <= cs).max().unwrap_or(0);
            for (i, it) in items.iter().enumerate() {
                if it.start() >= from && it.end() <= cs {
                    out[i].push(capacity);
                }
            }
        }
    }
    for caps in &mut out {
        caps.sort();
        caps.dedup();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn people(text: &str) -> Vec<(String, Vec<String>, Vec<&'static str>)> {
        let doc = Document::new(text);
        extract(&doc, Some("Hải Dương"))
            .into_iter()
            .map(|o| (o.name, o.roles.into_iter().map(|r| r.code).collect(), o.capacity))
            .collect()
    }

    #[test]
    fn name_then_titles_in_a_list_with_a_closing_cue() {
        let found = people("Các đồng chí: Trần Đức Thắng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; Lê Văn Hiệu, Phó Bí thư Thường trực Tỉnh ủy, Trưởng Đoàn Đại biểu Quốc hội tỉnh; Triệu Thế Hùng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì hội nghị.");
        assert_eq!(found.len(), 3);
        assert_eq!(found[0], ("Trần Đức Thắng".into(), vec!["cc_member".into(), "party_secretary".into()], vec!["chair"]));
        assert_eq!(found[1].1, ["standing_deputy_secretary", "na_delegation_head"]);
        assert_eq!(found[2].1, ["deputy_secretary", "people_committee_chair"]);
        assert_eq!(found[2].2, ["chair"]);
    }

    #[test]
    fn titles_then_name() {
        let found = people("Dự hội nghị có Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy Quảng Trị Lê Ngọc Quang; Phó Bí thư Tỉnh ủy - Chủ tịch UBND tỉnh Trần Phong cùng các ủy viên.");
        assert_eq!(found[0].0, "Lê Ngọc Quang");
        assert_eq!(found[0].1, ["party_secretary", "cc_member"]);
        assert_eq!(found[0].2, ["attendee"]);
        assert_eq!(found[1].1, ["people_committee_chair", "deputy_secretary"]);
    }

    #[test]
    fn a_plural_title_covers_the_names_listed_after_it() {
        let found = people("Dự có Phó Chủ tịch HĐND tỉnh Trần Xuân Vinh; các Phó Chủ tịch UBND tỉnh Nguyễn Hồng Quang, Trần Anh Tuấn cùng dự họp.");
        assert_eq!(found.len(), 3);
        assert_eq!(found[2], ("Trần Anh Tuấn".into(), vec!["people_committee_vice_chair".into()], vec!["attendee"]));
    }

    #[test]
    fn a_byline_is_not_an_official() {
        assert!(people("Hội nghị kết thúc.\n\nKim Oanh - Thành Chung").is_empty());
        assert!(people("Ông Lê Đức chụp ảnh.").is_empty());
    }

    #[test]
    fn names_listed_before_an_appointment_share_it() {
        let found = people("Bộ Chính trị cũng chỉ định các ông, bà Hoàng Giang, Trần Huy Tuấn, Nguyễn Tuấn Anh, Giàng Thị Dung giữ chức Phó Bí thư Tỉnh ủy.");
        assert_eq!(found.len(), 4);
        assert!(found.iter().all(|o| o.1 == ["deputy_secretary"]));
    }

    #[test]
    fn a_title_announcing_its_holders_goes_to_each_name_listed() {
        // s_033 (Đắk Lắk) and s_054 (Đồng Tháp), dev set.
        let found = people("Các Phó bí thư Tỉnh ủy gồm ông Tạ Anh Tuấn, Chủ tịch UBND tỉnh Đắk Lắk; bà Huỳnh Thị Chiến Hòa và ông Đỗ Hữu Huy được chỉ định tiếp tục đảm nhiệm chức danh này nhiệm kỳ 2025-2030.");
        let names: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
        assert_eq!(names, ["Tạ Anh Tuấn", "Huỳnh Thị Chiến Hòa", "Đỗ Hữu Huy"]);
        assert!(found.iter().all(|f| f.1.contains(&"deputy_secretary".to_string())), "{found:?}");
        assert!(found[0].1.contains(&"people_committee_chair".to_string()));

        let found = people("Hai Phó bí thư là đồng chí Phan Văn Thắng (Trưởng Ban Tổ chức Tỉnh uỷ, Chủ tịch HĐND tỉnh) và đồng chí Phạm Thiện Nghĩa (Phó Chủ tịch UBND tỉnh).");
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].1, ["deputy_secretary", "organization_dept_head", "people_council_chair"]);
        assert_eq!(found[1].1, ["deputy_secretary", "people_committee_vice_chair"]);
    }

    #[test]
    fn members_listed_one_per_numbered_line_after_the_body() {
        // s_051 (Cà Mau), dev set: the new standing committee, one member per line.
        let text = "Tại Hội nghị lần thứ nhất, Ban Chấp hành Đảng bộ tỉnh khóa XVI đã bầu Ban Thường vụ Tỉnh ủy gồm 15 đồng chí, gồm:\n\n             1. Nguyễn Tiến Hải\n\n2. Lê Quân\n\n         3. Trần Văn Hiện\n\nĐồng chí Nguyễn Tiến Hải được bầu giữ chức Bí thư Tỉnh ủy khóa XVI.";
        let found = people(text);
        let names: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
        assert_eq!(names, ["Nguyễn Tiến Hải", "Lê Quân", "Trần Văn Hiện"]);
        assert!(found.iter().all(|f| f.1.contains(&"standing_committee_member".to_string())), "{found:?}");
        assert!(found[0].1.contains(&"party_secretary".to_string()));
    }

    #[test]
    fn a_career_gives_the_person_every_post_listed() {
        // n_054 (Sơn La), dev set.
        let found = people("Qúa trình công tác, ông Nguyễn Hữu Đông từng là Chủ tịch và Bí thư Huyện ủy Yên Lập, tỉnh Phú Thọ; nguyên Trưởng Ban Nội chính Tỉnh ủy Phú Thọ; nguyên Phó Bí thư Tỉnh ủy, Phó Bí thư Thường trực Tỉnh ủy Phú Thọ.");
        assert_eq!(found.len(), 1);
        for code in ["district_secretary", "internal_affairs_dept_head", "deputy_secretary", "standing_deputy_secretary"] {
            assert!(found[0].1.contains(&code.to_string()), "{code} missing: {found:?}");
        }
    }

    #[test]
    fn a_person_called_by_the_last_syllable_of_the_name() {
        // s_021 (Khánh Hòa), dev set: "ông Toàn" is Nguyễn Khắc Toàn, named before.
        let found = people("Bộ Chính trị cũng chỉ định ông Nguyễn Khắc Toàn, Phó Bí thư thường trực Tỉnh ủy Khánh Hòa nhiệm kỳ 2020-2025, giữ chức Phó Bí thư Tỉnh ủy Khánh Hòa nhiệm kỳ 2025-2030.\n\nHiện, ông Toàn giữ chức Chủ tịch UBND tỉnh Khánh Hòa.");
        assert_eq!(found.len(), 1);
        assert!(found[0].1.contains(&"people_committee_chair".to_string()), "{found:?}");
    }

    #[test]
    fn joining_bodies_before_taking_the_post() {
        // n_003 (Thái Nguyên) and n_033 (Lạng Sơn), dev set.
        let found = people("Bộ Chính trị đã có chủ trương về việc điều động, phân công, chỉ định ông Trịnh Xuân Trường tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Tỉnh ủy Thái Nguyên nhiệm kỳ 2025-2030.");
        assert_eq!(found[0].0, "Trịnh Xuân Trường");
        assert_eq!(found[0].1, ["party_secretary"]);
        let found = people("Bà Đoàn Thị Loan, Chánh Thanh tra tỉnh được bầu giữ chức Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy nhiệm kỳ mới.");
        assert_eq!(found[0].1, ["other", "inspection_commission_chair"]);
    }

    #[test]
    fn members_with_their_titles_in_parentheses_share_the_post_after_the_list() {
        // n_027 (Yên Bái), dev set: lower-case titles, parentheses, a predicate after the list.
        let found = people("Hai ông Tạ Văn Long (phó chủ tịch thường trực UBND tỉnh) và Trần Huy Tuấn (trưởng Ban Tổ chức tỉnh ủy) được bầu giữ chức Phó bí thư tỉnh ủy.");
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].1, ["people_committee_vice_chair", "deputy_secretary"]);
        assert_eq!(found[1].1, ["organization_dept_head", "deputy_secretary"]);
        let found = people("Theo đó, ông Đỗ Đức Duy (phó bí thư tỉnh ủy, chủ tịch UBND tỉnh Yên Bái) được bầu giữ chức Bí thư Tỉnh ủy nhiệm kỳ XIX, 2020-2025.");
        assert_eq!(found[0].1, ["deputy_secretary", "people_committee_chair", "party_secretary"]);
    }

    #[test]
    fn the_home_province_comes_from_the_title_and_national_officials_have_none() {
        // n_045 (Nam Định) and n_024 (Hà Giang), dev set.
        let doc = Document::new("Bộ Chính trị điều động, phân công ông Phạm Gia Túc, Phó Trưởng ban Nội chính Trung ương giữ chức Bí thư Tỉnh ủy Nam Định.\n\nBí thư Trung ương Đảng, Phó Chủ tịch Quốc hội Tòng Thị Phóng thay mặt Bộ Chính trị chỉ đạo.");
        let found = extract(&doc, Some("Hà Nội"));
        assert_eq!(home_province(&found[0], Some("Hà Nội")).as_deref(), Some("Nam Định"));
        assert_eq!(found[1].name, "Tòng Thị Phóng");
        assert_eq!(home_province(&found[1], Some("Hà Giang")), None);
    }

    #[test]
    fn a_steering_committee_is_not_a_cue() {
        // n_039 (Hải Phòng), dev set.
        let found = people("Đồng chí Nguyễn Thị Nghĩa, Phó bí thư Thường trực Thành ủy, Trưởng Đoàn đại biểu Quốc hội Hải Phòng, Trưởng Ban chỉ đạo của Thành ủy về thực hiện NQ 28 chủ trì hội nghị.");
        assert_eq!(found[0].2, ["chair"]);
    }
}

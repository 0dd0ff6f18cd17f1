//! Meetings an article reports on: which body met (executive committee plenum,
//! standing committee, standing board, congress, a Tỉnh ủy conference, a people's
//! council session), where, when, with which session and term numbers.
//!
//! Only the meeting the article is about counts: meetings named in the headline or
//! the lede, not those the text merely cites ("Nghị quyết Đại hội ... lần thứ XIX").

use crate::extract::{Document, Meeting, Rule, Span};
use crate::text::dates::find_dates;
use crate::text::gazetteer::Gazetteer;
use crate::text::ordinals::parse_ordinal;
use crate::text::WordRegex;
use crate::text::WordRegex as Regex;
use chrono::{Datelike, NaiveDate};
use std::sync::LazyLock;

mod days;
mod look_alikes;
mod numbers;
#[cfg(test)]
mod tests;

use days::*;
use look_alikes::*;
use numbers::*;

/// The most meetings one article reports (a round-up of one region's congresses stays
/// well below it).
const MAX_MEETINGS: usize = 12;

/// How many sentences after the headline count as the lede.
const LEDE_SENTENCES: usize = 6;

struct Pattern {
    body: &'static str,
    /// Its name, the meeting's `rule`.
    rule: Rule,
    regex: WordRegex,
    /// A conference chaired by the Party secretary (`chaired_by_secretary` decides).
    chair: bool,
}

const MEETING_WORDS: crate::data::DataFile = crate::data_file!("meeting_words.tsv");

/// The groups of `data/meeting_words.tsv`: group name -> its words, canonical and in lower
/// case (a group written on several rows gathers them all).
static WORDS: LazyLock<std::collections::HashMap<&'static str, Vec<String>>> = LazyLock::new(|| {
    let mut groups: std::collections::HashMap<&'static str, Vec<String>> = std::collections::HashMap::new();
    for row in MEETING_WORDS.table(2) {
        let words = row.list(1);
        if words.is_empty() {
            row.fail("no words");
        }
        groups.entry(row.required(0)).or_default().extend(words.into_iter().map(crate::text::fold_key));
    }
    groups
});

/// The words of one group of `data/meeting_words.tsv`.
fn words(group: &str) -> &'static [String] {
    WORDS.get(group).map(Vec::as_slice).unwrap_or_else(|| panic!("{}: no group {group:?}", MEETING_WORDS.path))
}

/// The words of a group as a regex alternation, longest first (so that "tổ chức hội nghị"
/// wins over "tổ chức").
fn alternation(group: &str) -> String {
    let mut sorted: Vec<&String> = words(group).iter().collect();
    sorted.sort_by_key(|w| std::cmp::Reverse(w.len()));
    format!("(?:{})", sorted.iter().map(|w| regex::escape(w)).collect::<Vec<_>>().join("|"))
}

/// A rule's regex with each `{group}` replaced by that group's words and `{ORD}` by an
/// ordinal ("14", "XVII", "nhất"). Braces holding digits ("{0,40}") stay quantifiers.
fn fill(re: &str) -> String {
    static GROUP: LazyLock<regex::Regex> = LazyLock::new(|| regex::Regex::new(r"\{([a-z_]+)\}").unwrap());
    GROUP.replace_all(&re.replace("{ORD}", r"[\p{L}[0-9]]+"), |c: &regex::Captures| alternation(&c[1])).into_owned()
}

/// A case-insensitive regex made by `fill`.
fn rule(re: &str) -> WordRegex {
    WordRegex::new(&format!("(?i){}", fill(re))).unwrap_or_else(|e| panic!("a meeting rule built from {}: {e}", MEETING_WORDS.path))
}

/// True when `lower` (lower-case text) contains one of the group's words.
fn contains_any(lower: &str, group: &str) -> bool {
    words(group).iter().any(|w| lower.contains(w.as_str()))
}

/// The patterns, most specific body first; the first body found in the lede wins. Each is
/// a shape of words from `data/meeting_words.tsv`: "Ban Thường vụ (BTV) Tỉnh ủy", "BCH",
/// "ĐH" are a body's name, its abbreviation, or the name with its abbreviation in
/// parentheses (`{standing_committee}` and its kin, then `(?: \(btv\))?`); `{WORKING_WITH}`
/// is "buổi làm việc với", "làm việc với" before the body met.
static PATTERNS: LazyLock<Vec<Pattern>> = LazyLock::new(|| {
    let p = |body, name: Rule, re: &str| {
        let re = re
            .replace("{BTV}", r"(?:{standing_committee})(?: \(btv\))?")
            .replace("{BCH}", r"(?:{executive_committee})(?: \(bch\))?")
            .replace("{DH}", r"(?:(?:^|[^\p{L}])(?:{congress})(?:$|[^\p{L}]))")
            .replace("{PLACE}", "{province_kind}")
            .replace("{COMMITTEE}", "{party_committee}")
            .replace("{WORKING_WITH}", r"(?:{working_session} (?:với|của)|(?:^|[^\p{L}])làm việc với)");
        Pattern { body, rule: name, regex: rule(&re), chair: re.contains("chủ trì") }
    };
    vec![
        p("people_council", Rule::SESSION_OF_COUNCIL, r"{session_noun} (?:lần thứ |thứ )?{ORD}[^.;]{0,40}?{people_council} {PLACE}"),
        // "HĐND tỉnh Lào Cai khóa XVI, nhiệm kỳ 2021-2026, tổ chức họp kỳ thứ nhất" (n_004).
        p("people_council", Rule::COUNCIL_THEN_SESSION, r"{people_council} {PLACE}[^.;]{0,100}?{session_noun} (?:lần thứ |thứ )?{ORD}"),
        // "HĐND tỉnh Quảng Trị bầu ông Lê Hữu Phúc ... giữ chức Chủ tịch HĐND tỉnh": a
        // council electing or relieving people sits in session (h21_003).
        p(
            "people_council",
            Rule::COUNCIL_ELECTS,
            r"(?:^|, |\. |: |– |\) ){people_council} {PLACE}(?-i:(?: \p{Lu}[\p{Ll}’']*){0,3})(?: khóa {ORD})?(?:,? nhiệm kỳ [0-9]{4}\s*[-–]\s*[0-9]{4})?,? (?:(?:đã|vừa|cũng) )*{council_electing}",
        ),
        // "Tại kỳ họp, các đại biểu Hội đồng nhân dân tỉnh Đắk Lắk đã xem xét ... thông qua
        // nghị quyết" (h47_006), "Tại Kỳ họp, 100% đại biểu HĐND tỉnh Quảng Bình có mặt đã
        // biểu quyết" (h54_002): the session reported, named bare before its council.
        p(
            "people_council",
            Rule::COUNCIL_AT_SESSION,
            r"(?:^|[^\p{L}])(?:tại|trong) {session_noun}(?: này| lần này)?, (?:các |[0-9]{1,3}(?:[,.][0-9]+)?% )?(?:vị )?(?:đại biểu )?{people_council} {PLACE}",
        ),
        // "Kỳ họp HĐND tỉnh Hà Nam ngày 6/10 đã bầu ông A ... làm Chủ tịch UBND tỉnh" (h90_006):
        // a session named without its number opening its clause, that has elected or relieved
        // people (not "trước kỳ họp HĐND tỉnh ... về việc bầu bổ sung").
        p(
            "people_council",
            Rule::UNNUMBERED_SESSION_ELECTS,
            r"(?:^|\. |, |: )(?-i:Kỳ họp) (?:của )?{people_council} {PLACE}(?-i:(?: \p{Lu}[\p{Ll}’']*){0,3})(?: khóa {ORD})?[^.;]{0,40}? (?:đã|vừa) (?:tiến hành )?{council_electing}",
        ),
        p("congress", Rule::CONGRESS_OF_ORGANISATION, r"{DH}(?:đại biểu )?(?:lần thứ {ORD} )?{party_organisation} {PLACE}"),
        p("congress", Rule::ORGANISATION_THEN_CONGRESS, r"{party_organisation} {PLACE}[^.;]{0,60}?{DH}(?:đại biểu )?lần thứ {ORD}"),
        // "Tỉnh Long An tiến hành Đại hội Đảng lần thứ X" (s_046): the province holds its congress.
        p(
            "congress",
            Rule::PROVINCE_HOLDS_CONGRESS,
            r"(?-i:(?:Tỉnh|Thành phố|TP\.?) \p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){0,3}) (?:đã )?(?:long trọng )?{congress_holding}{DH}(?:đại biểu )?(?:{party_organisation} (?:tỉnh |thành phố )?|đảng )?lần thứ {ORD}",
        ),
        p("executive_committee", Rule::PLENUM_OF_EXECUTIVE_COMMITTEE, r"{plenum_noun} (?:lần thứ {ORD},? )?(?:của )?{BCH} {party_organisation} {PLACE}"),
        p("executive_committee", Rule::COMMITTEE_PLENUM_NUMBERED, r"{plenum_noun} {COMMITTEE}(?: [\p{L} ]{2,25}?)?(?: khóa {ORD})? lần thứ {ORD}"),
        p("executive_committee", Rule::EXECUTIVE_COMMITTEE_HOLDS_PLENUM, r"{BCH} {party_organisation} {PLACE}[^.;]{0,60}?{plenum_opening} {sitting_noun}"),
        // The headline's "Ban Chấp hành Đảng bộ tỉnh đánh giá kết quả 9 tháng ...": the
        // committee as the subject of what a plenum does.
        p(
            "executive_committee",
            Rule::EXECUTIVE_COMMITTEE_AT_WORK,
            r"(?:^|, |\. |: ){BCH} {party_organisation} {PLACE}(?-i:(?: \p{Lu}\p{Ll}*){0,3})(?: \(?khóa {ORD}\)?)?,? (?:(?:đã|vừa) )?(?:tổ chức )?{plenum_at_work}",
        ),
        // "Tổng Bí thư Tô Lâm và Đoàn công tác Trung ương đã làm việc với Ban Chấp hành Đảng
        // bộ tỉnh Cao Bằng" (h72_004), as with the standing committee below.
        p("executive_committee", Rule::WORKING_SESSION_WITH_EXECUTIVE_COMMITTEE, r"{WORKING_WITH} {BCH} {party_organisation} {PLACE}"),
        // "Tỉnh ủy Nghệ An tổ chức Hội nghị lần thứ 25": a numbered plenum is the committee's
        // (not "Hội nghị lần thứ 5 Ban Thường vụ ...", see `NOT_THE_COMMITTEES`).
        p(
            "executive_committee",
            Rule::COMMITTEE_HOLDS_NUMBERED_PLENUM,
            r"(?:^|, |\. ){COMMITTEE}(?-i:(?: \p{Lu}\p{Ll}*){0,3})(?: khóa {ORD})? (?:đã )?(?:tổ chức|khai mạc|họp) {plenum_noun} lần thứ {ORD}",
        ),
        p("standing_committee", Rule::MEETING_OF_STANDING_COMMITTEE, r"{meeting_noun}(?: của)? {BTV} {COMMITTEE}"),
        // "chủ trì buổi làm việc với Ban Thường vụ Thành ủy Hà Nội" (n_037), "đoàn công tác ...
        // đã đến khảo sát, làm việc với Ban Thường vụ Tỉnh ủy Kiên Giang" (h30_003).
        p("standing_committee", Rule::WORKING_SESSION_WITH_STANDING_COMMITTEE, r"{WORKING_WITH} {BTV} {COMMITTEE}"),
        p("standing_committee", Rule::STANDING_COMMITTEE_MEETS, r"{BTV} {COMMITTEE}[^.;]{0,60}?(?:{standing_committee_at_work}|\bhọp\b)"),
        // "Đoàn kiểm tra số 1914 của Bộ Chính trị ... đã công bố Quyết định kiểm tra của Bộ
        // Chính trị đối với Ban Thường vụ Tỉnh ủy Hậu Giang" (h79_006): a conference with the
        // standing committee that a central decision is announced to.
        p(
            "standing_committee",
            Rule::DECISION_ANNOUNCED_TO_STANDING_COMMITTEE,
            r"(?:^|[^\p{L}])công bố (?:các )?(?:quyết định|kế hoạch)[^.;]{0,80}?(?:đối với|với|tại) {BTV} {COMMITTEE}",
        ),
        p("standing_committee", Rule::STANDING_COMMITTEE_DELIBERATES, r"{BTV} {COMMITTEE}(?-i:(?: \p{Lu}\p{Ll}*){0,3}) (?:đã )?(?:họp )?{deliberating}"),
        p("standing_board", Rule::MEETING_OF_STANDING_BOARD, r"{meeting_noun}(?: của)? {standing_board} {COMMITTEE}"),
        // "Đoàn giám sát ... có buổi làm việc với Thường trực Tỉnh ủy" (h84_005).
        p("standing_board", Rule::WORKING_SESSION_WITH_STANDING_BOARD, r"{WORKING_WITH} {standing_board} {COMMITTEE}"),
        // "Hội nghị gặp gỡ, đối thoại giữa Thường trực Tỉnh ủy Bắc Ninh với ..." (n_011).
        p("standing_board", Rule::CONFERENCE_OF_STANDING_BOARD, r"{plenum_noun} [^.;]{0,40}?(?:của|giữa) {standing_board} {COMMITTEE}"),
        p("standing_board", Rule::STANDING_BOARD_MEETS, r"(?:^|[^\p{L}] ){standing_board} {COMMITTEE}[^.;,]{0,40}?(?:{standing_board_at_work}|\bhọp\b)"),
        // "Tại phiên họp, Thường trực Tỉnh ủy đã thảo luận, cho ý kiến vào các nội dung" (h9_006):
        // the board as the subject of deliberating, as the standing committee's.
        p(
            "standing_board",
            Rule::STANDING_BOARD_DELIBERATES,
            r"(?:^|[^\p{L}] ){standing_board} {COMMITTEE}(?-i:(?: \p{Lu}\p{Ll}*){0,3}) (?:đã )?(?:họp )?{deliberating}",
        ),
        // "Tỉnh ủy Bình Định tổ chức thông báo nhanh kết quả Hội nghị Trung ương 10" (s_016).
        p(
            "provincial_committee",
            Rule::COMMITTEE_HOLDS_CONFERENCE,
            r"(?:^|, |\. ){COMMITTEE}(?: [\p{Lu}][\p{L}]*){0,3}(?: \((?:mới|cũ)\))? (?:đã )?tổ chức {party_committee_holds}",
        ),
        p("provincial_committee", Rule::COMMITTEE_AT_CONFERENCE, r"{COMMITTEE}(?: [\p{Lu}][\p{L}]*){0,3} tại {plenum_noun}"),
        p("provincial_committee", Rule::CONFERENCE_COMMITTEE_AT_WORK, r"{plenum_noun}, {COMMITTEE} (?:đã )?(?:tập trung )?{party_committee_at_work}"),
        p("provincial_committee", Rule::CONFERENCE_OF_COMMITTEE, r"{plenum_noun} {COMMITTEE}"),
        // The headline's "Tỉnh ủy quán triệt ...", "Thành ủy sơ kết ...": the Tỉnh ủy as the
        // subject of a conference's act.
        p("provincial_committee", Rule::COMMITTEE_CONFERENCE_ACT, r"(?:^|, |\. ){COMMITTEE}(?-i:(?: \p{Lu}\p{Ll}*){0,3}) (?:đã )?{party_committee_conference}"),
        // "đồng chí X - Ủy viên TW Đảng, Bí thư Tỉnh ủy chủ trì Hội nghị quán triệt ...": a
        // conference the provincial Party secretary chairs where no narrower body is named
        // (see `chaired_by_secretary`).
        p("provincial_committee", Rule::CHAIRED_BY_SECRETARY, CHAIRED_BY_SECRETARY),
    ]
});

/// The shape of a conference chaired by the provincial Party secretary: the title (the
/// last of a chain, with the province or the person's name after it), then "chủ trì Hội nghị".
const CHAIRED_BY_SECRETARY: &str = r"(?:^|[^\p{L}])bí thư {COMMITTEE}(?-i:(?: \p{Lu}\p{Ll}*){0,7}),? (?:đã )?(?:dự và )?chủ trì {plenum_noun}";

/// A match of `CHAIRED_BY_SECRETARY` counts when the secretary is not a deputy ("Phó Bí thư
/// Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì hội nghị" is the UBND's) and the conference is not a
/// national one ("Hội nghị trực tuyến toàn quốc") nor a look-alike's ("Hội nghị Ban Chấp
/// hành Đảng bộ Khối").
fn chaired_by_secretary(before: &str, after: &str) -> bool {
    static NOT_OURS: LazyLock<WordRegex> = LazyLock::new(|| {
        rule(
            r"^(?: trực tuyến)?(?: {national}|[^.;]{0,60}?toàn quốc)|^(?: của)?(?: {executive_committee}| {standing_committee})? {look_alike_subject}(?:$|[^\p{L}])",
        )
    });
    let deputy = crate::text::clip_tail(before, 12).to_lowercase().trim_end().ends_with("phó");
    !deputy && !NOT_OURS.is_match(crate::text::clip(after, 200))
}

/// "Đại hội" standing alone: the congress under way, not the national one (written with its
/// capital, after `congress_context` or before `congress_going_on`).
static ONGOING_CONGRESS: LazyLock<Regex> = LazyLock::new(|| Regex::new(&fill(r"{congress_context} Đại hội|Đại hội (?:cũng )?{congress_going_on}")).unwrap());

static LOCATION: LazyLock<WordRegex> = LazyLock::new(|| rule(r"\btại ({venue}[^,.;]{2,80})"));

static PLACE_END: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\s(?:đã|đang|sẽ|diễn ra|khai mạc|bế mạc|tổ chức|long trọng|với|dưới|để|nhằm)(?:\s|$)").unwrap());

/// "Cùng ngày, Tỉnh ủy Đắk Lắk cũng thông tin về Đại hội đại biểu Đảng bộ tỉnh lần thứ XII":
/// the province of the Party body named right before a meeting's name in its clause (its
/// sentence up to the name is `before`), whose congress or plenum it is.
fn holder_province(before: &str) -> Option<String> {
    static HOLDER: LazyLock<WordRegex> =
        LazyLock::new(|| rule(r"(?:^|[^\p{L}])(?:{party_committee}|{party_organisation} {province_kind}|{province_kind})\s+$"));
    let g = Gazetteer::get();
    let window = crate::text::clip_tail(before, 160);
    let clause = window.rsplit(';').next().unwrap_or(window);
    let m = g.find_provinces(clause).into_iter().last()?;
    let between = &clause[m.end..];
    // The holder and then its verb, no other body in between: "Tỉnh ủy A cũng thông tin về".
    let short = between.split_whitespace().count() <= 8 && !between.contains(',');
    (short && HOLDER.is_match(&clause[..m.start])).then(|| g.provinces[m.province].name.clone())
}

/// What every meeting of one article is read against, worked out once per article.
struct Context<'a, 'd> {
    doc: &'a Document<'d>,
    /// Sentence indices of the lede (see `lede`).
    lede: Vec<usize>,
    /// The article's own day, that "sáng nay" is read against (`article_today`).
    today: Option<crate::text::dates::DateMention>,
    /// The publication year, when known.
    year: Option<i32>,
    /// The year the text itself points to: the progress it reviews, else the lede's year.
    text_year: Option<i32>,
    /// Whether the text names that year only as the year planned for (`planned_year_only`).
    text_year_planned: bool,
}

struct Candidate {
    body: &'static str,
    /// The rule that found it.
    rule: Rule,
    sentence: usize,
    start: usize,
    end: usize,
}

/// A session named by its place among the others, not its number: "kỳ họp tới" (the next),
/// "kỳ họp trước" (the last), "kỳ họp tiếp theo".
static ANOTHER_SESSION: LazyLock<WordRegex> =
    LazyLock::new(|| rule(r"(?:^|[^\p{L}]){session_noun} (?:tới|trước|sau|kế tiếp|tiếp theo|gần nhất)(?:$|[^\p{L}])"));

/// The candidates `PATTERNS` find in the given sentences, cited meetings, national bodies
/// and cities inside a province left out.
fn candidates_in(doc: &Document, sentences: impl Iterator<Item = usize>) -> Vec<Candidate> {
    let text = doc.text();
    let mut candidates = Vec::new();
    for si in sentences {
        let (s, e) = doc.sentences[si];
        let sentence = &text[s..e];
        // The sentence in lower case, made once for all its matches (work per match stays
        // bounded by the words around it, not the sentence).
        let lower = std::cell::OnceCell::new();
        for pattern in PATTERNS.iter() {
            for m in pattern.regex.find_iter(sentence) {
                // ("trình", submitted to, cites the meeting right after it; in "chương
                // trình", programme, the same syllable does not.)
                let before = cited_window(&sentence[..m.start()]);
                let cited = CITED.is_match(&before) && !(BRIEFED.is_match(&before) && announced_after_briefing(text, sentence, pattern.body));
                if cited || mentions_central(&sentence[m.start()..]) || names_provincial_city(doc, &sentence[m.start()..]) {
                    continue;
                }
                if held_by_look_alike(&sentence[..m.start()]) {
                    continue;
                }
                // "kỳ họp tới", "kỳ họp trước": another session than the one reported.
                if pattern.body == "people_council" && ANOTHER_SESSION.is_match(m.as_str()) {
                    continue;
                }
                // A council named before its session, the session cited in between: "đại biểu
                // HĐND tỉnh đã tiếp xúc cử tri trước kỳ họp thứ 9".
                if pattern.body == "people_council" && session_cited_inside(&sentence[..m.end()], m.start()) {
                    continue;
                }
                if pattern.chair
                    && !chaired_by_secretary(&sentence[..m.start() + m.as_str().find(|c: char| c.is_alphabetic()).unwrap_or(0)], &sentence[m.end()..])
                {
                    continue;
                }
                if pattern.body == "executive_committee" && NOT_THE_COMMITTEES.is_match(crate::text::clip(&sentence[m.end()..], 120)) {
                    continue;
                }
                if !is_meeting(pattern.body, m.as_str(), lower.get_or_init(|| sentence.to_lowercase())) {
                    continue;
                }
                candidates.push(Candidate { body: pattern.body, rule: pattern.rule, sentence: si, start: s + m.start(), end: s + m.end() });
            }
        }
    }
    candidates
}

pub fn extract(doc: &Document, published: Option<NaiveDate>, year: Option<i32>) -> Vec<Meeting> {
    let text = doc.text();
    let lede = lede(doc);
    let text_year = report_year(text).or_else(|| lede_year(doc, &lede)).or_else(|| anniversary_year(doc, &lede));
    let today = article_today(doc, published);
    let text_year_planned = text_year.is_some_and(|y| planned_year_only(text, y));
    let cx = Context { doc, lede, today, year, text_year, text_year_planned };
    let mut candidates = candidates_in(doc, cx.lede.iter().copied());
    if candidates.is_empty() {
        // The meeting named only after the lede: a document's text broken into short lines,
        // an interview reaching the meeting late (n_052, s_007).
        let after = cx.lede.last().map_or(0, |&i| i + 1);
        candidates = candidates_in(doc, after..doc.sentences.len());
        let mut late = LateMemo::default();
        candidates.retain(|c| late.reported(doc, c) || at_the_meeting(doc, c));
    }
    let studies_congress = headline_studies_congress(&cx);
    if studies_congress {
        // The article reports the studying; a congress it names counts only where its own
        // sentence dates it.
        candidates.retain(|c| c.body != "congress" || !meeting_dates(&text[doc.sentences[c.sentence].0..doc.sentences[c.sentence].1]).is_empty());
    }
    if candidates.is_empty() && !studies_congress {
        if let Some(c) = congress_under_way(&cx) {
            candidates.push(c);
        }
    }
    if candidates.is_empty() && !studies_congress {
        candidates.extend(congress_named_apart(&cx));
    }
    if candidates.is_empty() && !studies_congress {
        candidates.extend(congress_by_its_delegates(&cx));
    }
    if candidates.is_empty() {
        candidates.extend(council_resolution_heading(doc));
    }
    if candidates.is_empty() {
        candidates.extend(council_adoption_clause(doc));
    }
    if candidates.is_empty() {
        candidates.extend(session_named_bare(&cx));
    }
    let tour = central_group_tour(doc);
    if tour {
        candidates.retain(|c| c.body != "standing_committee");
    }
    // A round-up's meeting announced for later ("...; Đại hội ... Kiên Giang sẽ diễn ra vào
    // ngày 20/10") is not the one reported, whichever pattern found it first (unless every
    // candidate is announced: the later rules decide then).
    let for_later: Vec<bool> = candidates.iter().map(|c| announced_in_clause(doc, c)).collect();
    if for_later.contains(&false) {
        let mut flags = for_later.into_iter();
        candidates.retain(|_| !flags.next().unwrap_or(false));
    }
    // A meeting set for a later month is planned wherever else the text names its body
    // ("Đại hội ... lần thứ XVII triệu tập 350 đại biểu" in the same plan).
    let planned: Vec<&str> = candidates.iter().filter(|c| set_for_a_later_month(&cx, c) || set_for_a_later_day(&cx, c)).map(|c| c.body).collect();
    candidates.retain(|c| !planned.contains(&c.body));
    let Some(first) = candidates.first() else { return Vec::new() };
    let mut bare_session = None;
    if first.body == "provincial_committee" {
        if let Some(session) = committee_met_elsewhere(doc, first) {
            candidates[0].body = "executive_committee";
            bare_session = session;
        }
    }
    let main = &candidates[0];
    let mut meetings = vec![build(&cx, main)];
    if meetings[0].session.is_none() && bare_session.is_some() {
        meetings[0].session = bare_session;
        set_field_rule(&mut meetings[0].rules, "session", Some(Rule::SESSION_BARE_ELSEWHERE));
    }
    let main_body = main.body;
    if main_body == "congress" {
        // A congress and the new committee's first plenum are reported together.
        // (Not a plenum of another term: a caption "Hội nghị lần thứ nhất của Ban Chấp hành
        // Tỉnh ủy Gia Lai khóa 2020-2025" in a report of the 2025-2030 congress, h34_004.)
        let congress_term = meetings[0].term_years.clone();
        let first_session = first_session(text).filter(|m| {
            let sentence = doc.sentences.iter().find(|&&(s, e)| s <= m.start() && m.start() < e).map_or("", |&(s, e)| &text[s..e]);
            congress_term.is_none() || own_term_years(sentence, true).is_none_or(|t| Some(t) == congress_term)
        });
        let electing = first_session
            .is_none()
            .then(|| ELECTING_PLENUM.find_iter(text).find(|m| !mentions_central(&text[m.start()..])).map(|m| (m.start(), m.end())))
            .flatten();
        if let Some((plenum_start, plenum_end)) = first_session.map(|m| (m.start(), m.end())).or(electing) {
            let mut first = meetings[0].clone();
            first.body = crate::extract::Body::ExecutiveCommittee;
            first.rule = Rule::FIRST_PLENUM_AT_CONGRESS;
            first.session = first_session.map(|_| 1);
            set_field_rule(&mut first.rules, "session", first.session.map(|_| Rule::SESSION_WRITTEN));
            // The congress elects the committee of its own number ("Đại hội lần thứ N elects
            // Ban Chấp hành khóa N").
            first.term = meetings[0].term.or_else(|| provincial_term(text));
            let term_rule = if meetings[0].term.is_some() { Rule::TERM_IS_CONGRESS_NUMBER } else { Rule::TERM_IN_TEXT };
            set_field_rule(&mut first.rules, "term", first.term.map(|_| term_rule));
            // Its own date when given: "Hội nghị lần thứ nhất Ban chấp hành (diễn ra chiều 23-9)".
            // Else the day its own sentence reports it on, written before it: "Ngày 5.10, Ban
            // chấp hành đã bỏ phiếu bầu Ban Thường vụ", "chiều 16 và sáng 17.10, Đại hội ...;
            // BCH ... tổ chức Hội nghị lần thứ Nhất" (the first of the days).
            let own_date = DATE_AFTER
                .captures(&text[plenum_end..])
                .and_then(|m| find_dates(&m[1]).into_iter().next())
                .or_else(|| date_before_in_sentence(doc, plenum_start))
                .or_else(|| plenum_day_said_after(doc, plenum_end));
            let year = meetings[0].date.map(|d| d.year());
            first.date = own_date.and_then(|d| d.resolve(year));
            first.month_day = own_date.filter(|_| first.date.is_none()).map(|d| (d.month, d.day));
            first.end_date = None;
            let own_rule = if DATE_AFTER.is_match(&text[plenum_end..]) { Rule::DATE_RIGHT_AFTER } else { Rule::SENTENCE_DATE };
            set_field_rule(&mut first.rules, "date", (first.date.is_some() || first.month_day.is_some()).then_some(own_rule));
            // "Tại Hội nghị lần thứ nhất diễn ra vào tối nay" in a congress report of "Chiều
            // nay": the congress's day (n_014).
            static TONIGHT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^[^.;]{0,30}?\b(?:(?:tối|chiều|sáng|trưa) nay|cùng ngày)\b").unwrap());
            if own_date.is_none() && TONIGHT.is_match(&text[plenum_end..]) {
                first.date = meetings[0].date;
                first.month_day = meetings[0].month_day;
                let congress_day = meetings[0].rules.iter().find(|(f, _)| *f == "date").map(|&(_, r)| r);
                set_field_rule(&mut first.rules, "date", congress_day);
            } else if own_date.is_none() && (first_session.is_some() || held_right_after_congress(doc, plenum_start, plenum_end)) {
                // "Tại phiên thứ nhất Hội nghị Ban Chấp hành ... diễn ra ngay sau đó", and any
                // "Hội nghị lần thứ nhất" of the committee a congress report says it elected
                // with no day of its own ("Ban Chấp hành sau đó tổ chức Hội nghị lần thứ
                // nhất", "Tại Hội nghị lần thứ nhất BCH ... khóa XVI"): the first plenum is held
                // during the congress, on one of its days: the congress's days are its window
                // (h28_001, h35_004).
                first.date = meetings[0].date;
                first.end_date = meetings[0].end_date;
                first.month_day = meetings[0].month_day.filter(|_| first.date.is_none());
                let congress_day = meetings[0].rules.iter().find(|(f, _)| *f == "date").map(|&(_, r)| r);
                set_field_rule(&mut first.rules, "date", congress_day);
            }
            meetings.push(first);
        }
    } else if main_body == "executive_committee" && meetings[0].session == Some(1) {
        if let Some(c) = find_anywhere(doc, "congress") {
            let mut congress = build(&cx, &c);
            congress.session = meetings[0].term.or(congress.session);
            congress.term = meetings[0].term.or(congress.term);
            if meetings[0].term.is_some() {
                set_field_rule(&mut congress.rules, "session", Some(Rule::TERM_OF_FIRST_PLENUM));
                set_field_rule(&mut congress.rules, "term", Some(Rule::TERM_OF_FIRST_PLENUM));
            }
            meetings.push(congress);
        } else if ONGOING_CONGRESS.is_match(text) {
            // The congress that elected the committee, named only as "Đại hội": of the
            // committee's number (n_054, s_051).
            let mut congress = meetings[0].clone();
            congress.body = crate::extract::Body::Congress;
            congress.rule = Rule::CONGRESS_OF_FIRST_PLENUM;
            congress.session = congress.term;
            set_field_rule(&mut congress.rules, "session", congress.term.map(|_| Rule::SESSION_IS_CONGRESS_NUMBER));
            meetings.push(congress);
        }
    }
    // Later in the text, only the same body of other provinces, dated and not announced.
    let lede_end = cx.lede.last().map_or(0, |&i| i + 1);
    if candidates.iter().all(|c| c.sentence < lede_end) {
        let mut memo = LateMemo::default();
        // (A round-up goes on in the lede's own words, each province's item undated: "HĐND
        // tỉnh Quảng Trị bầu ...; ... HĐND tỉnh Đắc Nông bầu ông Điểu K'Ré ...", h21_003.)
        let (lede_rule, lede_body) = (candidates[0].rule, candidates[0].body);
        let g = Gazetteer::get();
        let round_up_item = |c: &Candidate| c.rule == lede_rule && c.body == lede_body && !g.find_provinces(&text[c.start..c.end]).is_empty();
        let late = candidates_in(doc, lede_end..doc.sentences.len())
            .into_iter()
            .filter(|c| (round_up_item(c) || memo.reported(doc, c) || earlier_plenum(doc, c)) && !(tour && c.body == "standing_committee"));
        candidates.extend(late.collect::<Vec<_>>());
    }
    let main = &candidates[0];
    // (At most MAX_MEETINGS meetings: building one reads the whole text, so a text repeating
    // a meeting's name thousands of times must not build thousands.)
    let mut dates_of: Option<(usize, Vec<crate::text::dates::DateMention>)> = None;
    // Where each meeting built from a candidate was named (sentence, clause), to read a
    // round-up sentence's meetings each in its clause.
    let mut named_in: Vec<Option<(usize, (usize, usize))>> = vec![Some((main.sentence, clause_of(doc, main)))];
    named_in.resize(meetings.len(), None);
    // A round-up sentence names each province's meeting in a clause of its own ("HĐND tỉnh
    // Hà Giang khai mạc Kỳ họp thứ 12 ...; HĐND tỉnh Tuyên Quang ... Kỳ họp thứ 9 ...; tại
    // Cao Bằng, HĐND tỉnh khóa XVII tiến hành Kỳ họp thứ 15 ..."): a meeting of the main
    // one's body in another clause of its sentence is read as any other.
    let other_clause = |c: &Candidate| c.sentence != main.sentence || (c.body == main_body && clause_of(doc, c) != clause_of(doc, main));
    for c in candidates.iter().skip(1).filter(|c| other_clause(c)) {
        if meetings.len() >= MAX_MEETINGS {
            break;
        }
        let late = c.sentence >= lede_end;
        if announced_in_clause(doc, c) {
            continue; // "Đại hội ... Kiên Giang lần thứ X sẽ diễn ra từ 15 - 17.10": not yet held
        }
        // The same body of another province: a round-up of several provinces' congresses
        // ("Tỉnh Long An tiến hành Đại hội ...; Đại hội Đảng bộ tỉnh Hậu Giang ...").
        let g = Gazetteer::get();
        let own_province = g
            .find_provinces(&text[c.start..c.end])
            .first()
            .or(g.province_at_start(text[c.end..].trim_start()).as_ref())
            .map(|m| g.provinces[m.province].name.clone())
            .or_else(|| holder_province(&text[doc.sentences[c.sentence].0..c.start]))
            .or_else(|| clause_province(doc, c));
        // (One province however named: "TP Huế" after 2025 is the province of "Thừa Thiên Huế".)
        let unit = |p: Option<&String>| p.map(|p| g.province(p).map_or(p.clone(), |u| u.name.clone()));
        let own_unit = unit(own_province.as_ref());
        if c.body != main_body && earlier_plenum(doc, c) && own_unit.as_ref().is_none_or(|p| unit(meetings[0].province.as_ref()).as_ref() == Some(p)) {
            meetings.push(build(&cx, c));
            named_in.push(Some((c.sentence, clause_of(doc, c))));
            continue;
        }
        if c.body != main_body {
            // A listing page of several provinces' items ("Ngày 24-3, Tỉnh ủy Sóc Trăng tổ
            // chức hội nghị ... Sáng 24-3, Ban Chấp hành Đảng bộ tỉnh Bắc Kạn ... tổ chức Hội
            // nghị lần thứ 20"): another body's meeting counts when it names its own province,
            // one no meeting found has, and its own sentence opens with its day, as an item
            // does (not an aside: "Trước đó, ngày 5-4, Ban Thường vụ Tỉnh ủy B đã làm việc ...").
            static ASIDE: LazyLock<WordRegex> = LazyLock::new(|| rule(r"\b{aside}\b"));
            let s = doc.sentences[c.sentence].0;
            let item = &text[s..c.start];
            let dated = !ASIDE.is_match(item) && meeting_dates(item).first().is_some_and(|d| item[..d.start].split_whitespace().count() <= 2);
            if let Some(p) = own_province.as_ref().filter(|_| dated) {
                if meetings.iter().all(|m| unit(m.province.as_ref()) != unit(Some(p))) && meetings.iter().all(|m| m.province.is_some()) {
                    meetings.push(build(&cx, c));
                }
            }
            continue;
        }
        if own_province.is_some() && meetings.iter().all(|m| m.body != c.body || unit(m.province.as_ref()) != own_unit) {
            let mut m = build(&cx, c);
            if unit(m.province.as_ref()) != own_unit && m.rules.iter().any(|&(f, r)| f == "province" && r != Rule::PROVINCE_IN_MEETING_NAME) {
                // The province of its own clause, not the sentence's first.
                m.province = own_province;
            }
            meetings.push(m);
            named_in.push(Some((c.sentence, clause_of(doc, c))));
            continue;
        }
        if late {
            continue;
        }
        // Another meeting of the same body on a day of its own: "Sáng 11/11, Thường trực Tỉnh ủy
        // tổ chức hội nghị ... ngày 7/11, Thường trực Tỉnh ủy đã họp để chuẩn bị ...": the
        // last date before it in its sentence (the sentence's dates read once).
        let (s, e) = doc.sentences[c.sentence];
        if dates_of.as_ref().is_none_or(|(si, _)| *si != c.sentence) {
            dates_of = Some((c.sentence, find_dates(&text[s..e])));
        }
        let Some(day) = dates_of.as_ref().and_then(|(_, d)| d.iter().rev().find(|d| s + d.end <= c.start).copied()) else { continue };
        let other = build(&cx, c);
        let same = meetings.iter().any(|m| {
            // A congress lasts several days: a later day is the same congress.
            (m.body == "congress" && c.body == "congress" && (m.province == other.province || other.province.is_none()))
                || m.body == c.body
                    && (m.province == other.province || m.province.is_none() || other.province.is_none())
                    && (other.session.is_some() && m.session == other.session
                        || [m.date, m.end_date].iter().flatten().map(|d| (d.month(), d.day())).chain(m.month_day).any(|md| md == (day.month, day.day)))
        });
        if !same {
            meetings.push(other);
        }
    }
    named_in.resize(meetings.len(), None);
    for i in 0..meetings.len() {
        let Some((si, clause)) = named_in[i] else { continue };
        let round_up = named_in.iter().flatten().any(|&(sj, other)| sj == si && other != clause);
        if round_up {
            read_in_clause(&cx, clause, &mut meetings[i]);
        }
    }
    for m in &mut meetings {
        days_announced_at_briefing(&cx, m);
    }
    provinces_listed_together(&cx, &candidates[0], &mut meetings);
    meetings
}

/// Rule `provinces_listed_together`: a round-up names one body for several provinces at
/// once, "HĐND ba tỉnh Thái Nguyên, Bắc Ninh và Quảng Trị ngày 17/11 đã bầu ..." (h73_004),
/// in the lede or the main meeting's sentence: each province's body met, on the main
/// meeting's day. A province listed there that no meeting of that body has yet gets the
/// main meeting's body and day, the session the listing sentence writes, its term unknown.
fn provinces_listed_together(cx: &Context, main: &Candidate, meetings: &mut Vec<Meeting>) {
    static LISTS: LazyLock<Vec<(&'static str, WordRegex)>> = LazyLock::new(|| {
        let several = r"\s+(?:của\s+)?(?:hai|ba|bốn|năm|sáu|các)\s+tỉnh(?:,\s*thành(?: phố)?)?\s+";
        [
            ("people_council", r"(?:^|[^\p{L}])(?:{people_council})"),
            ("congress", r"(?:^|[^\p{L}])(?:{congress})(?: đại biểu)? {party_organisation}"),
            ("executive_committee", r"(?:^|[^\p{L}])(?:{executive_committee}) {party_organisation}"),
        ]
        .into_iter()
        .map(|(body, re)| (body, rule(&format!("{re}{several}"))))
        .collect()
    });
    let Some(first) = meetings.first() else { return };
    let Some((_, list)) = LISTS.iter().find(|(body, _)| *body == first.body.code()) else { return };
    let doc = cx.doc;
    let text = doc.text();
    let g = Gazetteer::get();
    let sentences = cx.lede.iter().copied().chain([main.sentence]);
    // The names in a row after the body, joined by ", " or " và ": in the first sentence
    // that lists two or more (a headline's "HĐND các tỉnh họp phiên thứ nhất" lists none).
    let listed_in = |from: usize, e: usize| {
        let mut at = from;
        let mut listed = Vec::new();
        while let Some(p) = g.province_at_start(&text[at..e]) {
            listed.push(p.province);
            at += p.end;
            let rest = &text[at..e];
            let glue = [", ", " và ", ", và "].iter().find(|g| rest.starts_with(**g)).map_or(0, |g| g.len());
            if glue == 0 {
                break;
            }
            at += glue;
        }
        (listed, at)
    };
    let found = sentences.map(|i| doc.sentences[i]).find_map(|(s, e)| {
        let m = list.find(&text[s..e])?;
        let (listed, end) = listed_in(s + m.end(), e);
        (listed.len() >= 2).then_some((s, e, listed, end))
    });
    let Some((s, e, listed, list_end)) = found else { return };
    let (evidence, span) = doc.evidence(s, e);
    // The session the sentence writes for all of them ("... đã tổ chức họp phiên thứ nhất",
    // h91_005).
    let session = SESSION.captures_iter(&text[list_end..e]).find_map(|m| session_number(&m));
    let unit = |p: &Option<String>| p.as_deref().and_then(|p| g.province(p)).map(|p| p.name.clone());
    for province in listed {
        let name = g.provinces[province].name.clone();
        if meetings.len() >= MAX_MEETINGS || meetings.iter().any(|m| m.body == meetings[0].body && unit(&m.province).as_deref() == Some(name.as_str())) {
            continue;
        }
        let mut m = meetings[0].clone();
        m.province = Some(name);
        (m.session, m.term, m.term_years) = (session, None, None);
        m.rule = Rule::PROVINCES_LISTED_TOGETHER;
        (m.evidence, m.span) = (evidence.clone(), span);
        set_field_rule(&mut m.rules, "province", Some(Rule::PROVINCES_LISTED_TOGETHER));
        set_field_rule(&mut m.rules, "session", session.map(|_| Rule::SESSION_WRITTEN));
        set_field_rule(&mut m.rules, "term", None);
        meetings.push(m);
    }
}

/// The clause of its sentence a candidate is named in: between the ";" or ":" before it and
/// the ";" after it.
fn clause_of(doc: &Document, c: &Candidate) -> (usize, usize) {
    let text = doc.text();
    let (s, e) = doc.sentences[c.sentence];
    let start = text[s..c.start].rfind([';', ':']).map_or(s, |i| s + i + 1);
    let end = text[c.end.min(e)..e].find(';').map_or(e, |i| c.end + i);
    (start, end)
}

/// The one province a candidate's clause names, when its sentence has several clauses ("...;
/// tại Cao Bằng, HĐND tỉnh khóa XVII tiến hành Kỳ họp thứ 15").
fn clause_province(doc: &Document, c: &Candidate) -> Option<String> {
    let (s, e) = doc.sentences[c.sentence];
    let (start, end) = clause_of(doc, c);
    if (start, end) == (s, e) {
        return None;
    }
    let g = Gazetteer::get();
    let found = g.find_provinces(&doc.text()[start..end]);
    let first = found.first()?.province;
    found.iter().all(|m| m.province == first).then(|| g.provinces[first].name.clone())
}

/// A meeting of a round-up sentence read in its own clause (`clause_of`): the term and the
/// day its clause writes (the sentence's first are another province's), no term when the
/// clause writes none (a congress's term is its number).
fn read_in_clause(cx: &Context, (start, end): (usize, usize), m: &mut Meeting) {
    let clause = &cx.doc.text()[start..end];
    if m.body != crate::extract::Body::Congress {
        m.term = provincial_term(clause);
        set_field_rule(&mut m.rules, "term", m.term.map(|_| Rule::TERM_WRITTEN));
    }
    if let Some((d, relative)) = first_day(clause, cx.today) {
        let year = m.date.map(|x| x.year()).or(cx.year);
        m.date = d.resolve(year);
        m.month_day = (m.date.is_none()).then_some((d.month, d.day));
        m.end_date = d.resolve_last(year);
        set_field_rule(&mut m.rules, "date", Some(if relative { Rule::RELATIVE_TO_PUBLICATION } else { Rule::SENTENCE_DATE }));
    }
}

/// `reported_late` read once per sentence (a sentence may name many meetings).
#[derive(Default)]
struct LateMemo {
    last: Option<(usize, bool)>,
}

impl LateMemo {
    fn reported(&mut self, doc: &Document, c: &Candidate) -> bool {
        match self.last {
            Some((si, verdict)) if si == c.sentence => verdict,
            _ => {
                let verdict = reported_late(doc, c);
                self.last = Some((c.sentence, verdict));
                verdict
            }
        }
    }
}

/// A live blog's "Chiều nay (07/12), Kỳ họp thứ 16 tiếp tục làm việc ...": a session named
/// only by its ordinal ("Tại Kỳ họp thứ 27(kỳ họp chuyên đề) diễn ra vào sáng nay (25/2)"),
/// as the subject of a session's work, in a dated lede sentence, where
/// the text names the provincial council (the headline, "Ban Kinh tế - Ngân sách HĐND
/// tỉnh") and neither the National Assembly nor a lower council.
fn session_named_bare(cx: &Context) -> Option<Candidate> {
    static BARE_SESSION: LazyLock<WordRegex> = LazyLock::new(|| {
        rule(
            r"(?:^|, |\. |\) )(?:(?i:tại|trong) )?Kỳ họp (?:chuyên đề )?(?:lần )?thứ {ORD}(?:\s*\([^()]{1,30}\))? (?:đã |đang |sẽ )?(?:tiếp tục (?:làm việc|phiên|chương trình|thảo luận|chất vấn)|khai mạc|bế mạc|thảo luận|chất vấn|biểu quyết|dành|diễn ra)",
        )
    });
    static COUNCIL: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(&fill(r"(?i)(?:^|[^\p{L}])(?:{people_council}) (tỉnh|thành phố|tp\.?)(?:[^\p{L}]|$)")).unwrap());
    static OTHER_COUNCIL: LazyLock<WordRegex> = LazyLock::new(|| rule(r"\b(?:quốc hội|{people_council} (?:huyện|quận|thị xã|xã|phường|thị trấn|đặc khu))\b"));
    let doc = cx.doc;
    let text = doc.text();
    if OTHER_COUNCIL.is_match(text) {
        return None;
    }
    // "HĐND tỉnh", "HĐND thành phố Đà Nẵng"; "HĐND thành phố Vinh" is a city's inside a province.
    let g = Gazetteer::get();
    let mut provincial = false;
    for c in COUNCIL.captures_iter(text) {
        let kind = c.get(1).unwrap();
        if kind.as_str().to_lowercase() == "tỉnh" {
            provincial = true;
            continue;
        }
        match g.province_at_start(text[kind.end()..].trim_start()) {
            Some(p) if g.provinces[p.province].centrally_run => provincial = true,
            _ => return None,
        }
    }
    if !provincial {
        return None;
    }
    cx.lede.iter().find_map(|&si| {
        let (s, e) = doc.sentences[si];
        let sentence = &text[s..e];
        let m = BARE_SESSION.find(sentence)?;
        if meeting_dates(sentence).is_empty() {
            return None;
        }
        let start = s + m.start() + m.as_str().find(|c: char| c.is_alphabetic()).unwrap_or(0);
        Some(Candidate { body: "people_council", sentence: si, start, end: s + m.end(), rule: Rule::SESSION_NAMED_BARE })
    })
}

/// A council's resolution in its official layout names its session in its heading, in
/// capitals: "HỘI ĐỒNG NHÂN DÂN TỈNH BẾN TRE" (a comma may close it) / "KHÓA X - KỲ HỌP
/// THỨ 7" within the first 30 lines (a copied layout breaks its header cells into many
/// short lines), above "Căn cứ ..." and "QUYẾT NGHỊ:". The session line is the meeting's name (the province from the line
/// above it, the date from the document's date line when the text dates no session).
fn council_resolution_heading(doc: &Document) -> Option<Candidate> {
    static COUNCIL: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(?:HỘI ĐỒNG NHÂN DÂN|HĐND) (?:TỈNH|THÀNH PHỐ) \p{Lu}+(?: \p{Lu}+){0,3},?$").unwrap());
    static SESSION_LINE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^KHÓA [IVXLC0-9]+\s*[-–,]?\s*KỲ HỌP (?:CHUYÊN ĐỀ )?(?:THỨ |LẦN THỨ )?[\p{Lu}0-9]+(?: \(?CHUYÊN ĐỀ\)?)?$").unwrap());
    static RESOLVES: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?m)^\s*QUYẾT NGHỊ\s*:").unwrap());
    let text = doc.text();
    let lines: Vec<(usize, usize)> =
        doc.lines.iter().filter(|l| l.end > l.start && !text[l.start..l.end].trim().is_empty()).take(30).map(|l| (l.start, l.end)).collect();
    let at = lines.windows(2).find(|w| COUNCIL.is_match(text[w[0].0..w[0].1].trim()) && SESSION_LINE.is_match(text[w[1].0..w[1].1].trim()))?;
    if !RESOLVES.is_match(text) {
        return None;
    }
    let (start, end) = at[1];
    let start = start + (text[start..end].len() - text[start..end].trim_start().len());
    let end = start + text[start..end].trim().len();
    let sentence = doc.sentences.iter().position(|&(s, e)| s <= start && start < e)?;
    Some(Candidate { body: "people_council", sentence, start, end: end.min(doc.sentences[sentence].1), rule: Rule::COUNCIL_RESOLUTION_HEADING })
}

/// Rule `council_adoption_clause`: a council's resolution closes by saying which session
/// adopted it and when: "Nghị quyết này đã được Hội đồng nhân dân tỉnh Lào Cai khóa XV - kỳ
/// họp thứ 3 thông qua ngày 14 tháng 12 năm 2016 và có hiệu lực ..." (h29_002). The text is
/// the resolution, and the session it names sat that day.
fn council_adoption_clause(doc: &Document) -> Option<Candidate> {
    static ADOPTED: LazyLock<WordRegex> = LazyLock::new(|| {
        rule(
            r"\bnghị quyết này (?:đã )?được ({people_council} {province_kind}(?-i:(?: \p{Lu}\p{Ll}*){0,3}),? khóa {ORD}\s*[-–,]?\s*{session_noun} (?:lần thứ |thứ )?{ORD}),? (?:đã )?thông qua(?: vào)? ngày",
        )
    });
    let text = doc.text();
    let c = ADOPTED.captures(text)?;
    // The meeting's name: the council and its session.
    let name = c.get(1)?;
    let sentence = doc.sentences.iter().position(|&(s, e)| s <= name.start() && name.start() < e)?;
    Some(Candidate {
        body: "people_council",
        sentence,
        start: name.start(),
        end: name.end().min(doc.sentences[sentence].1),
        rule: Rule::COUNCIL_ADOPTION_CLAUSE,
    })
}

/// The Tỉnh ủy's conference `main` is the executive committee's plenum when the text names
/// the Ban Chấp hành as the body that met ("Tại hội nghị, Ban Chấp hành Đảng bộ tỉnh khóa XIX
/// đã thảo luận ...") or numbers the conference as plenums are numbered ("Hội nghị lần thứ
/// 25", no other body after it), in a sentence that is no aside and dates no other day.
/// Returns the bare number's session when that is what said so.
fn committee_met_elsewhere(doc: &Document, main: &Candidate) -> Option<Option<u32>> {
    static BARE: LazyLock<WordRegex> = LazyLock::new(|| rule(r"(?:^|[^\p{L}]){plenum_noun} lần thứ ({ORD})"));
    static ASIDE: LazyLock<WordRegex> = LazyLock::new(|| rule(r"\b{aside}\b"));
    let text = doc.text();
    let main_day = meeting_dates(&text[doc.sentences[main.sentence].0..doc.sentences[main.sentence].1]).first().map(|d| (d.month, d.day));
    // The provinces a sentence names: a plenum of another province's committee ("Tỉnh ủy Sóc
    // Trăng tổ chức hội nghị ... Sáng 24-3, Ban Chấp hành Đảng bộ tỉnh Bắc Kạn ... Hội nghị lần
    // thứ 20", a listing page's items) is no other name of this conference.
    let g = Gazetteer::get();
    let provinces_of = |si: usize| -> Vec<usize> { g.find_provinces(&text[doc.sentences[si].0..doc.sentences[si].1]).iter().map(|m| m.province).collect() };
    let main_provinces = provinces_of(main.sentence);
    let same_occasion = |si: usize| {
        let sentence = &text[doc.sentences[si].0..doc.sentences[si].1];
        let day = meeting_dates(sentence).first().map(|d| (d.month, d.day));
        let provinces = provinces_of(si);
        let other_province = !main_provinces.is_empty() && !provinces.is_empty() && !provinces.iter().any(|p| main_provinces.contains(p));
        !ASIDE.is_match(sentence) && !other_province && (day.is_none() || main_day.is_none() || day == main_day)
    };
    let named = candidates_in(doc, 0..doc.sentences.len()).iter().any(|c| c.body == "executive_committee" && same_occasion(c.sentence));
    let bare = doc.sentences.iter().enumerate().find_map(|(si, &(s, e))| {
        let sentence = &text[s..e];
        BARE.captures_iter(sentence).find_map(|c| {
            let m = c.get(0).unwrap();
            let other = CITED.is_match(&cited_window(&sentence[..m.start()])) || NOT_THE_COMMITTEES.is_match(crate::text::clip(&sentence[m.end()..], 120));
            (!other && same_occasion(si)).then(|| parse_ordinal(&c[1])).flatten()
        })
    });
    (named || bare.is_some()).then_some(bare)
}

/// A meeting named after the lede is reported only when its sentence dates it and neither
/// announces it ("sẽ được đưa ra Ban Thường vụ Tỉnh ủy xem xét") nor recalls it in passing
/// ("Trước đó, kỳ họp thứ 23 HĐND TPHCM ... đã thông qua").
fn reported_late(doc: &Document, c: &Candidate) -> bool {
    static ASIDE: LazyLock<WordRegex> = LazyLock::new(|| rule(r"\b{aside}\b"));
    let (s, e) = doc.sentences[c.sentence];
    let sentence = &doc.text()[s..e];
    !ASIDE.is_match(sentence) && (!meeting_dates(sentence).is_empty() || continued(doc, c.sentence).is_some())
}

/// Rule `earlier_plenum`: the report of one meeting goes back to a numbered meeting of
/// another body of the province held days before, in a sentence of its own that opens
/// with "Trước đó" and its day: "Trước đó, chiều 27/12, Ban chấp hành Đảng bộ tỉnh Hà
/// Giang tổ chức Hội nghị lần thứ 29, khóa XVII" in the report of a council session
/// (h65_003). That meeting is reported too. (An undated or unnumbered aside is not:
/// "Trước đó, Ban Thường vụ đã làm việc với ...".)
fn earlier_plenum(doc: &Document, c: &Candidate) -> bool {
    static EARLIER: LazyLock<WordRegex> = LazyLock::new(|| {
        rule(r"(?i)^\s*trước đó\s*,?\s*(?:(?:sáng|chiều|tối|trưa)\s+)?(?:ngày\s+)?[0-9]{1,2}\s*[/.-]\s*[0-9]{1,2}(?:\s*[/.-]\s*[0-9]{4})?\s*,\s*$")
    });
    let (s, _) = doc.sentences[c.sentence];
    let (_, clause_end) = clause_of(doc, c);
    let text = doc.text();
    EARLIER.is_match(&text[s..c.start]) && SESSION.captures_iter(&text[c.start..clause_end]).any(|m| session_number(&m).is_some())
}

/// Rule `at_the_meeting`: an undated meeting named only after the lede is the one the article
/// reports when its sentence opens on that meeting and names the body as its subject: "Tại
/// phiên họp, Thường trực Tỉnh ủy đã thảo luận, cho ý kiến ..." after "Bí thư Tỉnh ủy ... chủ
/// trì phiên họp" (h9_006).
fn at_the_meeting(doc: &Document, c: &Candidate) -> bool {
    static OPENER: LazyLock<WordRegex> = LazyLock::new(|| rule(r"^(?:cũng )?(?:tại|trong) {meeting_noun}(?: này)?(?:, ?)?$"));
    let (s, _) = doc.sentences[c.sentence];
    OPENER.is_match(&doc.text()[s..c.start])
}

/// Rule `announced_in_clause`: the meeting a candidate names is announced for later in its
/// own clause ("Tỉnh Long An tiến hành Đại hội ...; Đại hội ... Kiên Giang sẽ diễn ra": the
/// words after the next ";" are another meeting's).
fn announced_in_clause(doc: &Document, c: &Candidate) -> bool {
    let (_, end) = clause_of(doc, c);
    announced(&doc.text()[c.start..end.max(c.end)])
}

/// Rule `set_for_a_later_month`: the meeting a candidate names is set for a month after the
/// article's own day ("Đại hội Đảng bộ tỉnh lần thứ XVII tổ chức vào tháng 10.2020" in an
/// article stamped 07/06/2020): a plan, not a report. Without the article's stamp, the day
/// its lede reports stands for it ("Kỳ họp thứ 9 ... dự kiến diễn ra đầu tháng 12/2018" /
/// "Sáng 2/10, hội nghị liên tịch ..."); without either nothing is decided: "tổ chức vào
/// tháng 10/2020" may be told afterwards.
fn set_for_a_later_month(cx: &Context, c: &Candidate) -> bool {
    static MONTH: LazyLock<WordRegex> =
        LazyLock::new(|| rule(r"\b(?:{announced_verb}\s+)?(?:{announced_month_cue})\s+tháng\s+([0-9]{1,2})(?:\s*[./-]\s*([0-9]{4})|\s+năm\s+([0-9]{4}))?\b"));
    let text = cx.doc.text();
    let lede_day = || {
        cx.lede.iter().find_map(|&si| {
            let (s, e) = cx.doc.sentences[si];
            meeting_dates(&text[s..e]).into_iter().find_map(|d| d.resolve(cx.text_year))
        })
    };
    let Some(today) = cx.today.and_then(|d| d.resolve(None)).or_else(lede_day) else { return false };
    let (_, end) = clause_of(cx.doc, c);
    let after = crate::text::clip(&text[c.end..end.max(c.end)], 120);
    let Some(caps) = MONTH.captures(after) else { return false };
    // Only the month said of the meeting itself, right after its name and number.
    if after[..caps.get(0).unwrap().start()].split_whitespace().count() > 12 {
        return false;
    }
    let month: u32 = caps[1].parse().unwrap_or(0);
    let year = caps.get(2).or(caps.get(3)).and_then(|y| y.as_str().parse().ok()).unwrap_or(today.year());
    NaiveDate::from_ymd_opt(year, month, 1).is_some_and(|first| first > today)
}

/// Rule `set_for_a_later_day`: the meeting a candidate names is announced for a day after
/// the article's own ("Kỳ họp thứ nhất HĐND tỉnh Khóa XII ... sẽ khai mạc vào ngày
/// 01/7/2021" on a notice "Ngày đăng: 18/06/2021", h62_006): not held yet, not reported.
/// (Not at a press briefing, which the text reports with the days it announces, h46_002;
/// a same-day preview, "hôm nay sẽ ...", is of the article's day.)
fn set_for_a_later_day(cx: &Context, c: &Candidate) -> bool {
    let Some(today) = cx.today.and_then(|d| d.resolve(None)) else { return false };
    let text = cx.doc.text();
    if text.to_lowercase().contains("họp báo") {
        return false;
    }
    let (_, end) = clause_of(cx.doc, c);
    let after = crate::text::clip(&text[c.end..end.max(c.end)], 160);
    if !announced(after) {
        return false;
    }
    meeting_dates(after).first().and_then(|d| d.resolve(Some(today.year()))).is_some_and(|day| day > today)
}

/// Rule `central_group_tour`: a working group of the Politburo, the Secretariat or the
/// Central Committee ("Đoàn công tác số 3 của Bộ Chính trị", `central_group` in
/// data/meeting_words.tsv) working in turn with the standing committees of two or more
/// provinces: a tour, not a meeting of each province's standing committee. (One province
/// visited is its standing committee's working session.)
fn central_group_tour(doc: &Document) -> bool {
    static GROUP: LazyLock<WordRegex> =
        LazyLock::new(|| rule(r"(?:^|[^\p{L}])đoàn (?:công tác|kiểm tra|giám sát)(?: số [0-9]+)?(?: của)? {central_group}(?:$|[^\p{L}])"));
    static STANDING: LazyLock<WordRegex> = LazyLock::new(|| rule(r"(?:^|[^\p{L}])(?:{standing_committee})(?: \(btv\))? (?:các )?{party_committee}"));
    let text = doc.text();
    if !GROUP.is_match(text) {
        return false;
    }
    let g = Gazetteer::get();
    let mut provinces: Vec<usize> = Vec::new();
    for m in STANDING.find_iter(text) {
        let after = crate::text::clip(&text[m.end()..], 80);
        let after = &after[..after.find(['.', ';', '\n']).unwrap_or(after.len())];
        // Only the names right after it ("Tỉnh ủy Sơn La", "các Tỉnh ủy Sơn La, Lai Châu").
        for p in g.find_provinces(after) {
            if after[..p.start].split_whitespace().count() <= 6 && !provinces.contains(&p.province) {
                provinces.push(p.province);
            }
        }
    }
    provinces.len() >= 2
}

/// "sẽ diễn ra", "dự kiến tổ chức": a meeting announced for later.
fn announced(after: &str) -> bool {
    static LATER: LazyLock<WordRegex> = LazyLock::new(|| rule(r"\b{announced_cue}\s+(?:được\s+)?(?:chính thức\s+)?{announced_verb}"));
    LATER.is_match(crate::text::clip(after, 200))
}

/// "Hội nghị cũng bầu 11 đồng chí vào Ủy ban Kiểm tra", "hội nghị đã bầu Ban Thường vụ",
/// "Ban Chấp hành Đảng bộ tỉnh Hưng Yên khóa XIX đã bầu Ban Thường vụ" (h80_005): the new
/// committee's plenum, reported in a congress article without its ordinal.
static ELECTING_PLENUM: LazyLock<WordRegex> = LazyLock::new(|| {
    rule(
        r"\b(?:(?:hội nghị|phiên họp)(?: [^.;]{0,40}?)?|{executive_committee}(?: {party_organisation} {province_kind}(?-i:(?: \p{Lu}\p{Ll}*){0,3}))?(?: khóa {ORD})?(?: mới)?) (?:đã |cũng |cũng đã |đã tiến hành |tiến hành )?(?:bỏ phiếu )?bầu (?:ra )?(?:[0-9]+ (?:đồng chí|ủy viên|người) vào )?{elected_at_plenum}",
    )
});

/// A headline that studies or carries out a congress's resolution ("Học tập, quán triệt
/// Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX", "Triển khai Nghị quyết Đại hội ..."): the
/// article is about a conference on the resolution, whoever holds it, not the congress.
fn headline_studies_congress(cx: &Context) -> bool {
    static STUDIES: LazyLock<WordRegex> = LazyLock::new(|| rule(r"(?:^|[^\p{L}]){studying}[^.;]{0,40}?{congress_document} (?:của )?{congress}"));
    let Some(&first) = cx.lede.first() else { return false };
    let (s, e) = cx.doc.sentences[first];
    STUDIES.is_match(crate::text::clip(&cx.doc.text()[s..e], 300))
}

/// The first plenum of a committee ("Hội nghị lần thứ nhất", "phiên họp đầu tiên"), not the
/// congress's own first sitting ("phiên thứ nhất của Đại hội", "phiên trù bị").
fn first_session(text: &str) -> Option<crate::text::word_regex::Match<'_>> {
    FIRST_SESSION.find_iter(text).find(|m| {
        let after = crate::text::clip(&text[m.end()..], 20).to_lowercase();
        !after.trim_start().trim_start_matches("của ").starts_with("đại hội")
    })
}

/// "Đại hội đã bầu ..." with the congress named only inside what it adopted or was
/// submitted ("thông qua Nghị quyết Đại hội đại biểu Đảng bộ tỉnh khóa XX", "văn kiện trình
/// Đại hội lần thứ XX Đảng bộ tỉnh Cao Bằng"): the congress under way (n_001, n_025).
fn congress_under_way(cx: &Context) -> Option<Candidate> {
    static SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&fill(r"(?:^|[.;:] )(?:Theo đó, |[^,.;:]{1,30}, )?(?:Đại hội|ĐH) (?:cũng )?(?:đã )?(?:tiến hành |chính thức )?{congress_at_work}")).unwrap()
    });
    static OWN: LazyLock<WordRegex> = LazyLock::new(|| rule(r"(?:thông qua (?:dự thảo )?{congress_document}|văn kiện trình|báo cáo chính trị)\s*$"));
    // "Đại hội đã bầu 55 thành viên vào Ban Chấp hành Đảng bộ tỉnh khóa XIV": the congress
    // named only by what it did, electing the province's committee of a term.
    static ELECTED_COMMITTEE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&fill(r"(?:^|[.;:] |, )(?:Theo đó, )?(?:Đại hội|ĐH) (?:cũng )?(?:đã )?(?:tiến hành )?(?:bỏ phiếu )?bầu (?:ra )?(?:[0-9]+ (?:(?i:đồng chí|thành viên|ủy viên|người)) )?(?:vào )?(?i:{executive_committee}) (?i:{party_organisation} {province_kind})[^.;]{0,30}? khóa (?:{ORD})")).unwrap()
    });
    let doc = cx.doc;
    let text = doc.text();
    let lede_text = |i: usize| &text[doc.sentences[i].0..doc.sentences[i].1];
    if !cx.lede.iter().any(|&i| SUBJECT.is_match(lede_text(i))) {
        return None;
    }
    // An article about a look-alike's meeting ("Ban Thường vụ Tỉnh đoàn tổ chức Hội nghị học
    // tập Nghị quyết Đại hội ...") speaks of the congress, it does not report it.
    if cx.lede.iter().any(|&i| look_alike_meeting(lede_text(i))) {
        return None;
    }
    for &si in &cx.lede {
        let (s, e) = doc.sentences[si];
        if let Some(m) = ELECTED_COMMITTEE.find(&text[s..e]) {
            let at = s + m.start() + m.as_str().find(['Đ']).unwrap_or(0);
            if !mentions_central(&text[at..e]) && !names_provincial_city(doc, &text[at..e]) {
                return Some(Candidate { body: "congress", rule: Rule::CONGRESS_UNDER_WAY, sentence: si, start: at, end: at + m.as_str().len().min(e - at) });
            }
        }
    }
    let congress = &PATTERNS.iter().find(|p| p.body == "congress")?.regex;
    for (si, &(s, e)) in doc.sentences.iter().enumerate() {
        let sentence = &text[s..e];
        for m in congress.find_iter(sentence) {
            let before = crate::text::clip_tail(&sentence[..m.start()], 160).to_lowercase();
            let before = before.trim_end();
            let before = before.strip_suffix("đại hội").map_or(before, str::trim_end);
            // "quán triệt Báo cáo chính trị Đại hội ...": studied, not adopted.
            let studied = STUDYING.is_match(crate::text::clip_tail(before, 90));
            if OWN.is_match(before) && !studied && !mentions_central(&sentence[m.start()..]) && !names_provincial_city(doc, &sentence[m.start()..]) {
                return Some(Candidate { body: "congress", rule: Rule::CONGRESS_UNDER_WAY, sentence: si, start: s + m.start(), end: s + m.end() });
            }
        }
    }
    None
}

/// "Sáng 15/10, Đại hội tiến hành phiên trù bị", "Chiều nay, Đại hội đã bầu ...": "Đại hội"
/// standing alone as the subject of a sentence that opens with the day (`congress_sitting`
/// in data/meeting_words.tsv), the congress under way. Returns the day and where the
/// day (None for "Chiều nay" in an article without its own day). Not a congress announced
/// ("sẽ"), nor one of another body ("Đại hội Đảng bộ huyện", "Đại hội đại biểu Hội Nông
/// dân": the verb must follow "Đại hội").
fn bare_congress_day(sentence: &str, today: Option<crate::text::dates::DateMention>) -> Option<Option<crate::text::dates::DateMention>> {
    static BARE: LazyLock<WordRegex> = LazyLock::new(|| rule(r"(?:^|,\s+)(?-i:Đại hội|ĐH) (?:(?:cũng|đã|chính thức|đang) )*{congress_sitting}(?:$|[^\p{L}])"));
    let m = BARE.find(crate::text::clip(sentence, 300))?;
    let at = m.start() + m.as_str().find(['Đ']).unwrap_or(0);
    let before = &sentence[..at];
    // The day opens the sentence, a few words before "Đại hội" ("Sáng 15/10,", "Chiều ngày
    // 16-10,", "Chiều nay,", "Tiếp tục chương trình, sáng 16/10,").
    let short = before.split_whitespace().count() <= 8;
    let named = meeting_dates(before).into_iter().next().is_some() || relative_words(before).is_some();
    (short && named && !announced(sentence)).then(|| first_day(before, today).map(|(d, _)| d))
}

/// "Sáng 15/10, Đại hội tiến hành phiên trù bị ..." in the lede, the congress named in full
/// (as a provincial Party congress, not cited, not announced) only in a caption or a
/// headline the lede does not reach: that congress, under way (rule `congress_named_apart`).
fn congress_named_apart(cx: &Context) -> Option<Candidate> {
    let doc = cx.doc;
    let text = doc.text();
    let lede_text = |i: usize| &text[doc.sentences[i].0..doc.sentences[i].1];
    if !cx.lede.iter().any(|&i| bare_congress_day(lede_text(i), cx.today).is_some()) || cx.lede.iter().any(|&i| look_alike_meeting(lede_text(i))) {
        return None;
    }
    let c = candidates_in(doc, 0..doc.sentences.len()).into_iter().find(|c| c.body == "congress" && !announced_in_clause(doc, c))?;
    Some(Candidate { rule: Rule::CONGRESS_NAMED_APART, ..c })
}

/// Rule `congress_by_its_delegates`: an excerpt that starts inside a congress report and
/// names it only as "Đại hội", with its delegates as a provincial congress counts them:
/// "Cùng dự đại hội có ... 350/350 đại biểu chính thức đại diện 56.838 đảng viên"
/// (h89_001), "350 đại biểu đại diện cho hơn 37.000 đảng viên" (h91_003). A provincial
/// Đảng bộ has tens of thousands of members (a district's or a commune's has fewer than
/// 20,000), and no lower or other body is named as holding it.
fn congress_by_its_delegates(cx: &Context) -> Option<Candidate> {
    static DELEGATES: LazyLock<WordRegex> = LazyLock::new(|| {
        rule(
            r"\b[0-9]{2,3}(?:/[0-9]{2,3})? đại biểu(?: chính thức)?,? (?:đại diện|thay mặt) (?:cho )?(?:hơn |gần |trên )?([0-9]{1,3}(?:\.[0-9]{3})+|[0-9]{5,7}) đảng viên",
        )
    });
    static CONGRESS_WORD: LazyLock<WordRegex> = LazyLock::new(|| rule(r"\b(?:{congress})\b"));
    let doc = cx.doc;
    let text = doc.text();
    for (si, &(s, e)) in doc.sentences.iter().enumerate().take(12) {
        let sentence = &text[s..e];
        let Some(m) = DELEGATES.captures(sentence) else { continue };
        let members: u64 = m[1].replace('.', "").parse().unwrap_or(0);
        if members < 20_000 || look_alike_meeting(sentence) {
            continue;
        }
        let at = (si.saturating_sub(1)..=si).find_map(|i| {
            let (ps, pe) = doc.sentences[i];
            CONGRESS_WORD.find(&text[ps..pe]).map(|w| (i, ps + w.start(), ps + w.end()))
        })?;
        return Some(Candidate { body: "congress", rule: Rule::CONGRESS_BY_ITS_DELEGATES, sentence: at.0, start: at.1, end: at.2 });
    }
    None
}

fn find_anywhere(doc: &Document, body: &'static str) -> Option<Candidate> {
    let text = doc.text();
    for (si, &(s, e)) in doc.sentences.iter().enumerate() {
        for pattern in PATTERNS.iter().filter(|p| p.body == body) {
            if let Some(m) = pattern.regex.find(&text[s..e]) {
                return Some(Candidate { body, rule: pattern.rule, sentence: si, start: s + m.start(), end: s + m.end() });
            }
        }
    }
    None
}

/// A meeting's session and its body's term, each with the rule that read it.
struct Numbers {
    session: Option<u32>,
    session_rule: Rule,
    term: Option<u32>,
    term_rule: Rule,
}

/// A meeting's days: its date (or only its month and day), its last day, and the rule that read them.
struct Days {
    date: Option<NaiveDate>,
    month_day: Option<(u32, u32)>,
    end_date: Option<NaiveDate>,
    rule: Rule,
}

/// The meeting a candidate names, read in steps: its session and term, province, year,
/// days and place.
fn build(cx: &Context, c: &Candidate) -> Meeting {
    let doc = cx.doc;
    let text = doc.text();
    let (ss, se) = doc.sentences[c.sentence];
    let sentence = &text[ss..se];
    // The words that name the meeting, with what follows them in its clause (after a ";" a
    // round-up names another province's meeting).
    let rest = &text[c.end.min(se)..se];
    let tail_end = c.end + crate::text::clip(&rest[..rest.find(';').unwrap_or(rest.len())], 120).len();
    let around = &text[c.start..tail_end];
    // (A Party body's term is not a State body's: "Chủ tịch UBND tỉnh Bắc Giang nhiệm kỳ
    // 2016-2021" in a report of the 2020 congress, h6_002.)
    let party_body = c.body != "people_council";
    let term_years = own_term_years(sentence, party_body).or_else(|| own_term_years(text, party_body));
    let mut numbers = written_session_and_term(doc, c, around, sentence);
    if numbers.term.is_none() && c.body == "standing_committee" {
        numbers.term = committee_term_in_lede(cx);
        numbers.term_rule = Rule::TERM_IN_TEXT;
    }
    session_from_later_mention(doc, c, term_years.as_deref(), &mut numbers);
    if c.body == "congress" && numbers.session.is_none() && numbers.term.is_none() {
        if let Some(n) = elected_committee_term(text) {
            numbers =
                Numbers { session: Some(n), session_rule: Rule::SESSION_OF_COMMITTEE_ELECTED, term: Some(n), term_rule: Rule::SESSION_OF_COMMITTEE_ELECTED };
        }
    }
    let Numbers { session, session_rule, term, term_rule } = numbers;
    // A congress, or the first plenum of the committee it elects, opens the later of two
    // terms its sentence writes: "ông Vũ Đại Thắng, Bí thư Tỉnh ủy nhiệm kỳ 2020-2025, tiếp
    // tục được bầu làm Bí thư Tỉnh ủy nhiệm kỳ 2025-2030" at the first plenum (h35_002).
    let opens_term = c.body == "congress" || c.body == "executive_committee" && session == Some(1);
    // (Its sentence naming none, the latest the text names: "Bí thư Tỉnh ủy nhiệm kỳ 2015 -
    // 2020, tái đắc cử Bí thư Tỉnh ủy nhiệm kỳ 2020 - 2025" after "Đại hội ... lần thứ XIX
    // công bố kết quả Hội nghị lần thứ nhất", h56_002.)
    let term_years = if opens_term { latest_term_years(sentence, party_body).or_else(|| latest_term_years(text, party_body)) } else { term_years };
    // (An article of July 2025 on: by the years of its text, else by its own day.)
    let new_era = doc.new_era() || cx.today.and_then(|t| t.resolve(None)).is_some_and(|d| d >= NaiveDate::from_ymd_opt(2025, 7, 1).unwrap());
    let (province, province_rule) = match province_near(doc, c.start, tail_end, ss, new_era) {
        Some((found, rule)) => (Some(found), rule),
        None => (doc.main_province(), Rule::ARTICLE_PROVINCE),
    };
    let year = meeting_year(cx, c, session, term_years.as_deref());
    let (date_source, date_sentence, date_rule) = date_source(cx, c, sentence);
    let mut days = days_from_source(doc, date_source, date_sentence, year, date_rule);
    days_reported_in_text(doc, c, year, &mut days);
    let year_written = date_source.is_some_and(|d| d.year.is_some());
    if year_written && !within_term(days.date, term_years.as_deref()) {
        // A day written with a year far from the meeting's term is another event's (a
        // birthday, a founding): the meeting is left undated by it.
        days = Days { date: None, month_day: None, end_date: None, rule: Rule::LEDE_DATE };
    }
    year_of_undated_day(cx, term_years.as_deref(), year_written, &mut days);
    days_of_undated_meeting(cx, c, &mut days);
    let Days { date, month_day, end_date, rule: date_rule } = days;
    let location = meeting_location(sentence);
    let (evidence, span) = doc.evidence(ss, se);
    let rules = field_rules(&[
        ("province", province.is_some(), province_rule),
        ("date", date.is_some() || month_day.is_some(), date_rule),
        ("session", session.is_some(), session_rule),
        ("term", term.is_some(), term_rule),
    ]);
    Meeting {
        province,
        body: crate::extract::Body::from_code(c.body).expect("each meeting pattern names a Body"),
        session,
        term,
        term_years,
        date,
        month_day,
        end_date,
        location,
        online: held_online(cx, sentence),
        evidence,
        span: Span { start: span.start, end: span.end },
        rule: c.rule,
        rules,
    }
}

/// Where the meeting is held: "tại ...", up to the verb.
fn meeting_location(sentence: &str) -> Option<String> {
    LOCATION.captures(sentence).map(|m| {
        // The place ends where the verb begins: "tại Hội trường UBND tỉnh đã diễn ra Kỳ họp".
        let place = m[1].trim();
        PLACE_END.find(place).map_or(place, |e| &place[..e.start()]).trim().to_string()
    })
}

/// The rules of the fields that hold a value: (field, has a value, rule).
fn field_rules(fields: &[(&'static str, bool, Rule)]) -> crate::extract::FieldRules {
    fields.iter().filter(|(_, set, _)| *set).map(|&(field, _, rule)| (field, rule)).collect()
}

/// Sets (or, with `None`, removes) the rule of a field.
fn set_field_rule(rules: &mut crate::extract::FieldRules, field: &'static str, rule: Option<Rule>) {
    rules.retain(|(f, _)| *f != field);
    if let Some(rule) = rule {
        rules.push((field, rule));
    }
}

/// A congress's session and term are one number: the rules of each, from which of them was written.
fn congress_number_rules(session: Option<u32>, term: Option<u32>) -> (Rule, Rule) {
    match (session, term) {
        (Some(_), _) => (Rule::SESSION_WRITTEN, Rule::TERM_IS_CONGRESS_NUMBER),
        (None, _) => (Rule::SESSION_IS_CONGRESS_NUMBER, Rule::TERM_WRITTEN),
    }
}

/// "trực tuyến" in the meeting's sentence, or in a lede sentence about how it was held
/// ("Hội nghị được tổ chức theo hình thức trực tuyến").
fn held_online(cx: &Context, sentence: &str) -> bool {
    let (doc, text) = (cx.doc, cx.doc.text());
    sentence.to_lowercase().contains("trực tuyến")
        || cx
            .lede
            .iter()
            .map(|&i| text[doc.sentences[i].0..doc.sentences[i].1].to_lowercase())
            .any(|s| s.contains("trực tuyến") && ["hội nghị", "kỳ họp", "hình thức", "điểm cầu"].iter().any(|w| s.contains(w)))
}

/// The lede: the first sentences that say something (the headline among them), leaving
/// out page furniture such as "Aa", "like", share buttons and time stamps.
fn lede(doc: &Document) -> Vec<usize> {
    let text = doc.text();
    (0..doc.sentences.len())
        .filter(|&i| {
            let (s, e) = doc.sentences[i];
            text[s..e].split_whitespace().count() >= 5 && !STAMP.is_match(&text[s..e])
        })
        .take(LEDE_SENTENCES + 1)
        .collect()
}

/// Page stamps ("Cập nhật vào ngày", "Số lần xem", "20:40"): their dates are not the meeting's.
static STAMP: LazyLock<crate::text::WordRegex> =
    LazyLock::new(|| crate::text::WordRegex::new(r"(?i)cập nhật|số lần xem|lượt xem|ngày đăng|\b[0-9]{1,2}:[0-9]{2}\b|\|").unwrap());

/// The province named right after the meeting's words, else anywhere in its sentence
/// (not as an end of a road, see `document::in_route_name`).
fn province_near(doc: &Document, start: usize, end: usize, sentence_start: usize, new_era: bool) -> Option<(String, Rule)> {
    let g = Gazetteer::get();
    let text = doc.text();
    // The province as the article names it: in an article of July 2025 on, a name of the 34
    // provinces from 2025 ("thành phố Huế", "TP Huế", h74_005) is that province.
    let name = |base: usize, m: &crate::text::gazetteer::PlaceMention| {
        let p = &g.provinces[m.province];
        let written = crate::text::search_key(&text[base + m.start..base + m.end]);
        let new_name = crate::text::search_key(&p.province_2025);
        let names_new = written == new_name || written.strip_suffix(new_name.as_str()).is_some_and(|kind| ["tp ", "tp. ", "thanh pho ", "tp."].contains(&kind));
        if p.province_2025 != p.name && names_new && new_era {
            p.province_2025.clone()
        } else {
            p.name.clone()
        }
    };
    // (Not an end of a road: "đường ven sông nối cao tốc Hạ Long - Hải Phòng".)
    let first_in = |from: usize, to: usize| {
        let part = &text[from..to];
        g.find_provinces(part).into_iter().find(|m| !crate::extract::document::in_route_name(&part[..m.start], &part[m.end..]))
    };
    if let Some(m) = first_in(start, end) {
        return Some((name(start, &m), Rule::PROVINCE_IN_MEETING_NAME));
    }
    let sentence_end = doc.sentences.iter().find(|s| s.0 == sentence_start).map_or(end, |s| s.1);
    first_in(sentence_start, sentence_end).map(|m| (name(sentence_start, &m), Rule::PROVINCE_IN_SENTENCE))
}

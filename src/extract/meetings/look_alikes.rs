//! Meetings that are not the article's provincial meeting: meetings only cited ("theo
//! Nghị quyết Đại hội ..."), and look-alikes held by a mass organisation, a State body,
//! a district, commune or ward, or a city inside a province.

use super::*;

/// Words right after a numbered plenum that make it another body's: "Hội nghị lần thứ 5 Ban
/// Thường vụ Tỉnh ủy", "... lần thứ 8 Ban Chấp hành Trung ương", "... của Hội Nông dân".
pub(super) static NOT_THE_COMMITTEES: LazyLock<WordRegex> = LazyLock::new(|| {
    rule(
        r"^,?\s*(?:\(?khóa {ORD}\)?,?\s*)?(?:của\s+)?(?:{standing_committee}|{standing_board}|{people_council}|(?:{executive_committee}\s+)?(?:{national}|{look_alike_subject}))(?:$|[^\p{L}])",
    )
});

/// Words before a meeting's name that make it one the article only cites: "thực hiện Nghị
/// quyết Đại hội ...", "chuẩn bị cho Hội nghị ...", "trình kỳ họp HĐND tỉnh" (`cited_before`),
/// "quán triệt Báo cáo chính trị Đại hội ..." (`studying`); "sau" right before it ("Sau Đại
/// hội Đảng bộ tỉnh lần thứ 20, Thái Bình đặt ra ...", h33_005).
/// (The cue's words do not reach across a sentence end the splitter kept, "... quý I. Hội
/// nghị lần thứ 20 ...": a period before a space ends them.)
pub(super) static CITED: LazyLock<WordRegex> =
    LazyLock::new(|| rule(r"(?:^|[^\p{L}])(?:(?:{cited_before}|{studying}|{voters_met})(?:[^,;.]|\.[^\s]){0,40}|(?:trình|sau)\s*)$"));

/// Whether a match (`upto` its end, from byte `start`) names the session after the voters
/// met before it (`voters_met`).
pub(super) fn session_cited_inside(upto: &str, start: usize) -> bool {
    static NOUN: LazyLock<WordRegex> = LazyLock::new(|| rule(r"(?:^|[^\p{L}]){session_noun}(?:$|[^\p{L}])"));
    static MET: LazyLock<WordRegex> = LazyLock::new(|| rule(r"(?:^|[^\p{L}]){voters_met}[^,;.]{0,40}$"));
    let Some(last) = NOUN.find_iter(&upto[start..]).last() else { return false };
    last.start() > 0 && MET.is_match(&upto[start..start + last.start()])
}

/// A mass organisation, a State body or a lower level (`look_alike_subject`; a ministry or
/// department "Bộ X", "Sở X") holding something (`look_alike_holds`): "Ban Thường vụ Tỉnh
/// đoàn tổ chức", "Hội Nông dân tỉnh triển khai", "UBND tỉnh tổ chức". The holder is the one
/// named before the verb in the same clause, with no Party body of the province between.
pub(super) static LOOK_ALIKE_HOLDS: LazyLock<WordRegex> = LazyLock::new(|| {
    rule(
        r"(?:^|[^\p{L}])(?:{look_alike_subject}|(?-i:(?:Bộ|Sở) \p{Lu}))[^,.;:]{0,60}?\s(?:đã\s|cũng\s|vừa\s)?(?:long trọng\s)?{look_alike_holds}(?:$|[^\p{L}])",
    )
});

/// The province's own Party or council body joined to a look-alike before its verb ("UBND
/// tỉnh và Ban Thường vụ Tỉnh ủy tổ chức"), or opening a clause after it ("..., Ban Thường vụ
/// Tỉnh ủy họp"): the meeting is the province's too. (A look-alike's own name may carry
/// the Tỉnh ủy: "Ban Tuyên giáo Tỉnh ủy tổ chức" is the department's.)
pub(super) static PROVINCIAL_BODY: LazyLock<WordRegex> = LazyLock::new(|| {
    rule(
        r"(?:\svà|\svới|\scùng|[,;])\s(?:(?:{standing_committee}|{standing_board})\s)?(?:{party_committee}|{executive_committee}\s{party_organisation}\s{province_kind}|{people_council}\s{province_kind})",
    )
});

/// Studying or carrying out what a meeting decided (`studying`): "học tập, quán triệt".
pub(super) static STUDYING: LazyLock<WordRegex> = LazyLock::new(|| rule(r"(?:^|[^\p{L}]){studying}(?:$|[^\p{L}])"));

/// True when the words before a meeting's name (`before`, from its sentence's start) say a
/// look-alike holds the meeting they go on to name: "Sáng 25-12, Ban Thường vụ Tỉnh đoàn tổ
/// chức Hội nghị học tập, quán triệt Nghị quyết [Đại hội đại biểu Đảng bộ tỉnh ...]" is the
/// youth union's conference, whatever it cites. The look-alike must be the last holder
/// before the name, in the same stretch of the sentence (no ";" between).
pub(super) fn held_by_look_alike(before: &str) -> bool {
    let window = crate::text::clip_tail(before, 400);
    let Some(m) = LOOK_ALIKE_HOLDS.find_iter(window).last() else { return false };
    let between = &window[m.end()..];
    // (A body opening its own clause, "..., Ban Thường vụ Tỉnh ủy họp", is its own subject.)
    let opens_clause = between.trim_end().ends_with(',');
    !PROVINCIAL_BODY.is_match(m.as_str()) && !between.contains(';') && !opens_clause && !PROVINCIAL_BODY.is_match(between)
}

/// True when a sentence reports a look-alike's own meeting: a look-alike holding a
/// conference, a ceremony or a congress ("Hội Nông dân tỉnh tổ chức Hội nghị ..."), or a
/// congress or conference named by its look-alike.
pub(super) fn look_alike_meeting(sentence: &str) -> bool {
    static MEETING: LazyLock<WordRegex> = LazyLock::new(|| rule(r"^\s*(?:{plenum_noun}|{meeting_noun}|{congress}|lễ|buổi|tọa đàm|hội thảo)"));
    // "Đại hội đại biểu Hội Nông dân tỉnh lần thứ X", "Hội nghị Ban Chấp hành Liên đoàn Lao động
    // tỉnh": the meeting named by the look-alike it is of.
    static NAMED: LazyLock<WordRegex> = LazyLock::new(|| {
        rule(
            r"(?:^|[^\p{L}])(?:{congress}|{plenum_noun})(?: đại biểu)?(?: lần thứ {ORD})?(?: của)?(?: {executive_committee}| {standing_committee})? {look_alike_subject}(?:$|[^\p{L}])",
        )
    });
    let window = crate::text::clip(sentence, 600);
    NAMED.is_match(window) || LOOK_ALIKE_HOLDS.find_iter(window).any(|m| MEETING.is_match(&window[m.end()..]) && !PROVINCIAL_BODY.is_match(m.as_str()))
}

/// "Đảng bộ thành phố Ninh Bình": the Party of a city inside a province, not a province's;
/// "Hội đồng nhân dân thành phố Vũng Tàu tổ chức kỳ họp thứ 18" (h51_006): its council.
pub(super) fn names_provincial_city(doc: &Document, from: &str) -> bool {
    static CITY: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)đảng bộ (?:thành phố|tp\.?)\s?").unwrap());
    static CITY_COUNCIL: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^(?:\S+\s+){0,6}?(?:hđnd|hội đồng nhân dân) (?:thành phố|tp\.?)\s?").unwrap());
    let Some(m) = CITY.find(crate::text::clip(from, 160)).or_else(|| CITY_COUNCIL.find(crate::text::clip(from, 100))) else { return false };
    let g = Gazetteer::get();
    match g.province_at_start(&from[m.end()..]) {
        Some(p) => !g.provinces[p.province].centrally_run,
        // No city named: a city inside a province only when the article's province is known
        // and is not a centrally-run city.
        None => doc.main_province().and_then(|p| g.province(&p).map(|p| !p.centrally_run)).unwrap_or(false),
    }
}

/// The words before a meeting's name that `CITED` reads, in lower case: the last 240
/// bytes (its longest cue and the 40 characters it allows after it fit in them).
pub(super) fn cited_window(before: &str) -> String {
    crate::text::clip_tail(before, 240).to_lowercase().replace("chương trình", "chươngtrình")
}

/// A standing body that "announced a decision" or "postponed" something held no meeting,
/// unless the sentence (`lower`, in lower case) says it was at a conference.
pub(super) fn is_meeting(body: &str, matched: &str, lower: &str) -> bool {
    let matched = matched.to_lowercase();
    if contains_any(&matched, "no_meeting") {
        return false;
    }
    if body == "people_council" && preparing_session(&matched, lower) {
        return false;
    }
    // (The standing committee announcing a decision held no meeting; one announced to it,
    // "công bố Quyết định kiểm tra ... đối với Ban Thường vụ Tỉnh ủy", met the announcer.)
    let announced_to = matched.trim_start_matches(|c: char| !c.is_alphabetic()).starts_with("công bố");
    body != "standing_committee" || !matched.contains("công bố") || announced_to || lower.contains("hội nghị")
}

/// "Thường trực HĐND tỉnh họp để chuẩn bị cho kỳ họp thứ 12", "phiên họp thường kỳ tháng 11
/// của Thường trực HĐND": a council's standing board at work before a session, not the session.
/// (`s` is the sentence in lower case.)
pub(super) fn preparing_session(matched: &str, s: &str) -> bool {
    matched.contains("chuẩn bị")
        || contains_any(s, "preparing")
        || (words("people_council").iter().any(|w| s.contains(&format!("thường trực {w}")))
            && !s.contains("khai mạc")
            && !s.contains("bế mạc")
            && s.contains("chuẩn bị"))
}

/// "Ban Chấp hành Trung ương", "toàn quốc": a national body, not the province's.
pub(super) fn mentions_central(after: &str) -> bool {
    let window: String = after.chars().take(40).collect::<String>().to_lowercase();
    contains_any(&window, "national")
}

//! A meeting's numbers: its session ("lần thứ 14", "kỳ họp thứ 12", "phiên họp thứ
//! hai") and its body's term ("khóa XVII", "nhiệm kỳ 2020-2025"), from the meeting's own
//! words, a later mention in the text, or the term a first session opens.

use super::*;

/// A session's ordinal: "lần thứ XIV", "kỳ họp thứ 12", "phiên họp thứ hai", "kỳ họp đầu
/// tiên" of a council or term (h73_002; not "kỳ họp đầu năm", nor "kỳ họp đầu tiên sau hợp
/// nhất", the first since, h81_004); or "lần" with
/// a number in figures ("Đại hội ... lần I", "lần 15"; "lần này" is none). Read with
/// [`session_number`].
pub(super) static SESSION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?:lần thứ|kỳ họp thứ|kỳ họp lần thứ|kỳ họp chuyên đề (?:lần )?thứ|kỳ họp|họp kỳ thứ|phiên (?:họp )?thứ) (?:(đầu tiên)(?:\s*[,.;:)]|\s+(?:của\s+)?(?:hđnd|hội đồng|khóa|nhiệm kỳ)\b|$)|({}))|\blần ((?-i:[IVXLC]+)|[0-9]{{1,2}})\b",
        crate::text::ordinals::ORDINAL_PATTERN
    ))
    .unwrap()
});

/// The number of a [`SESSION`] match.
pub(super) fn session_number(m: &crate::text::word_regex::Captures) -> Option<u32> {
    parse_ordinal(m.get(1).or(m.get(2)).or(m.get(3))?.as_str())
}

pub(super) static TERM: LazyLock<crate::text::WordRegex> = LazyLock::new(|| crate::text::WordRegex::new(r"(?i)khóa ([IVXLC]+|[0-9]{1,2})\b").unwrap());

/// "Ban Chấp hành Đảng bộ tỉnh Lạng Sơn lần thứ 17": a term written as the organisation's ordinal.
pub(super) static TERM_OF_ORGANISATION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(?:ban chấp hành|bch) đảng bộ (?:tỉnh|thành phố)(?: \p{Lu}[\p{Ll}]*){0,4} lần thứ ([\p{L}0-9]+)").unwrap());

pub(super) static TERM_YEARS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)(?:nhiệm kỳ|khóa) ([0-9]{4})\s*[-–]\s*([0-9]{4})").unwrap());

/// The first plenum of a committee: "Hội nghị lần thứ nhất", "phiên họp (lần) thứ nhất"
/// ("Trong phiên họp lần thứ nhất vào tối 3/10, Ban chấp hành ... bầu Bí thư", h77_002),
/// "phiên đầu tiên".
pub(super) static FIRST_SESSION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(hội nghị lần thứ nhất|hội nghị lần thứ (?:i|1)\b|phiên (?:họp )?(?:lần )?(?:thứ nhất|đầu tiên)|hội nghị (?:tỉnh|thành) ủy khóa [\p{L}[0-9]]+ lần thứ nhất)",
    )
    .unwrap()
});

/// A meeting noun after a congress's name: a plenum, sitting or session it hears of or holds.
pub(super) static OTHER_MEETING_NOUN: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\b(?:phiên họp|phiên thứ|hội nghị|kỳ họp)\b").unwrap());

/// The session and term written with the meeting (`around`: its words and what follows
/// them in the sentence), else the province's term written in the sentence or the text.
pub(super) fn written_session_and_term(doc: &Document, c: &Candidate, around: &str, sentence: &str) -> Numbers {
    let text = doc.text();
    let se = doc.sentences[c.sentence].1;
    static PLENUM: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)hội nghị").unwrap());
    let session_from = PLENUM.find(around).map(|m| m.start()).filter(|_| c.body == "executive_committee").unwrap_or(0);
    // The first ordinal that reads as a number: "Kỳ họp chuyên đề (kỳ họp thứ 8)" is session
    // 8, though "kỳ họp chuyên" is no ordinal.
    let first_session = |x: &str| SESSION.captures_iter(x).find_map(|m| session_number(&m));
    // A congress's own ordinal comes before any other meeting it speaks of: "Đại hội Đảng bộ
    // tỉnh Bắc Kạn đã nghe công bố kết quả phiên họp thứ nhất của Ban chấp hành Đảng bộ tỉnh
    // khóa XII" is the congress of term XII, not a first congress (h43_005).
    let around = match c.body {
        "congress" => OTHER_MEETING_NOUN.find(around).map_or(around, |m| &around[..m.start()]),
        _ => around,
    };
    let mut session = first_session(&around[session_from..]).or_else(|| first_session(around));
    let mut session_rule = Rule::SESSION_WRITTEN;
    // "Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ tỉnh Lạng Sơn lần thứ 17": the Party
    // organisation's 17th term.
    // (Only when the session came first: "Hội nghị BCH Đảng bộ tỉnh lần thứ 7" is session 7.)
    let mut term = TERM_OF_ORGANISATION
        .captures(around)
        .filter(|m| c.body == "executive_committee" && SESSION.find(around).is_some_and(|s| s.end() <= m.get(0).unwrap().start()))
        .and_then(|m| parse_ordinal(&m[1]));
    term = term.or_else(|| provincial_term(around)).or_else(|| provincial_term(sentence));
    let mut term_rule = Rule::TERM_WRITTEN;
    if c.body == "congress" {
        // A congress elects the committee of its own number.
        (session_rule, term_rule) = congress_number_rules(session, term);
        session = session.or(term);
        term = session;
    }
    if c.body == "standing_committee" || c.body == "standing_board" || c.body == "provincial_committee" {
        // Only an ordinal written right after the body (and its province): "Hội nghị Ban
        // Thường vụ Tỉnh ủy lần thứ 2, nhiệm kỳ 2020-2025" (n_002), "Hội nghị Ban Thường vụ
        // Tỉnh ủy Đắk Lắk lần thứ 89 (định kỳ)" (h55_004), "Ban Thường vụ Tỉnh ủy tổ chức kỳ
        // họp thứ 43" (h79_001).
        static RIGHT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"(?i)^(?-i:(?: (?:tỉnh |thành phố )?\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){0,3}))?(?:,? khóa [\p{L}0-9]+)?,? (?:lần thứ|phiên (?:họp )?thứ|(?:(?:đã )?(?:tổ chức|tiến hành|khai mạc|họp) )?(?:kỳ họp|phiên họp|hội nghị)(?: lần)? thứ) ([\p{L}0-9]+)").unwrap()
        });
        // (A pattern may end on the meeting noun: "Ban Thường vụ Tỉnh ủy tổ chức kỳ họp| thứ 43".)
        static NUMBER_OF_NOUN: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^\s+(?:lần\s+)?thứ ([\p{L}0-9]+)").unwrap());
        let ends_on_noun = text[c.start..c.end].to_lowercase().ends_with("họp");
        session = RIGHT_AFTER
            .captures(&text[c.end..se])
            .or_else(|| NUMBER_OF_NOUN.captures(&text[c.end..se]).filter(|_| ends_on_noun))
            .and_then(|m| parse_ordinal(&m[1]));
        session_rule = Rule::SESSION_RIGHT_AFTER_BODY;
    }
    if term.is_none() && c.body == "executive_committee" {
        term = provincial_term(text);
        term_rule = Rule::TERM_IN_TEXT;
    }
    if term.is_none() && c.body == "people_council" && session.is_some() {
        // The headline "Khai mạc kỳ họp thứ 12 HĐND tỉnh", then "HĐND tỉnh khai mạc kỳ họp
        // thứ 12 (kỳ họp chuyên đề) khoá X, nhiệm kỳ 2021-2026" (h5_014): the term written
        // with a later mention of the same session.
        term = term_with_session(doc, sentence, session);
        term_rule = Rule::TERM_FROM_LATER_MENTION;
    }
    if term.is_none() && c.body == "people_council" && session.is_none() {
        // "Tại kỳ họp, các đại biểu HĐND tỉnh Đắk Lắk ..." with "Phó Chủ tịch Hội đồng nhân
        // dân tỉnh khóa X" elsewhere (h47_006): a session with no number takes the term the
        // text writes for the provincial council.
        static COUNCIL_TERM: LazyLock<WordRegex> =
            LazyLock::new(|| rule(r"(?:^|[^\p{L}]){people_council} {province_kind}(?-i:(?: \p{Lu}[\p{Ll}’']*){0,3}),? \(?khóa ({ORD})"));
        // (Not another province's council in a round-up: "HĐND tỉnh Bình Dương khóa IX" is
        // not Hà Nam's, h90_006.)
        let own: Vec<usize> = Gazetteer::get().find_provinces(&text[c.start..se]).first().map(|m| m.province).into_iter().collect();
        term = COUNCIL_TERM.captures_iter(text).filter(|m| !names_only_other_provinces(&own, m.get(0).unwrap().as_str())).find_map(|m| parse_ordinal(&m[1]));
        term_rule = Rule::TERM_IN_TEXT;
    }
    Numbers { session, session_rule, term, term_rule }
}

/// The term written in a sentence naming the council's session `session` ("kỳ họp thứ 8
/// (kỳ họp chuyên đề) HĐND TPHCM khóa X"), not in one about another province's council (a
/// round-up: "HĐND tỉnh Sóc Trăng khóa VIII ... đã họp phiên thứ nhất" is not Bình Định's,
/// h91_005). `own` is the candidate's sentence.
pub(super) fn term_with_session(doc: &Document, own: &str, session: Option<u32>) -> Option<u32> {
    let text = doc.text();
    let own: Vec<usize> = Gazetteer::get().find_provinces(own).iter().map(|m| m.province).collect();
    doc.sentences
        .iter()
        .map(|&(s, e)| &text[s..e])
        .filter(|x| SESSION.captures_iter(x).any(|m| session_number(&m) == session) && !names_only_other_provinces(&own, x))
        .find_map(provincial_term)
}

/// Whether `x` names provinces and none of `own` (a round-up's other province; false when
/// `own` is empty or `x` names none).
fn names_only_other_provinces(own: &[usize], x: &str) -> bool {
    let named = Gazetteer::get().find_provinces(x);
    !own.is_empty() && !named.is_empty() && named.iter().all(|m| !own.contains(&m.province))
}

/// The standing committee's term, where the lede ties it to a committee of a term: "Ban
/// Thường vụ Tỉnh ủy Hà Tĩnh khóa XIX", or what it adopts "của Ban Chấp hành Đảng bộ tỉnh
/// khóa XIX" in a sentence naming the standing committee; never another body's term ("đại
/// biểu HĐND tỉnh khóa XVIII", "Đảng ủy Khối ... khóa V").
pub(super) fn committee_term_in_lede(cx: &Context) -> Option<u32> {
    static OF_COMMITTEE: LazyLock<WordRegex> = LazyLock::new(|| {
        rule(
            r"(?:^|[^\p{L}])(?:{standing_committee} {party_committee}|(?:của )?{executive_committee} {party_organisation} {province_kind})(?-i:(?: \p{Lu}\p{Ll}*){0,3}),? \(?khóa ({ORD})",
        )
    });
    static STANDING: LazyLock<WordRegex> = LazyLock::new(|| rule(r"(?:^|[^\p{L}]){standing_committee} {party_committee}"));
    let text = cx.doc.text();
    cx.lede.iter().find_map(|&i| {
        let (s, e) = cx.doc.sentences[i];
        let sentence = &text[s..e];
        if !STANDING.is_match(sentence) {
            return None;
        }
        OF_COMMITTEE.captures_iter(sentence).find_map(|c| parse_ordinal(&c[1]))
    })
}

/// A session not written with the meeting, from a later mention of the same meeting (a
/// congress's number is also its term).
pub(super) fn session_from_later_mention(doc: &Document, c: &Candidate, term_years: Option<&str>, n: &mut Numbers) {
    if n.session.is_none() && ["congress", "people_council", "executive_committee"].contains(&c.body) {
        // The ordinal from a later mention of the same meeting: the headline "Khai mạc Đại hội
        // đại biểu Đảng bộ tỉnh Sơn La", then "Đại hội ... Sơn La lần thứ XVI diễn ra ..." (n_053).
        n.session = later_ordinal(doc, c, term_years);
        n.session_rule = Rule::SESSION_FROM_LATER_MENTION;
        if c.body == "people_council" && n.term.is_none() && n.session.is_some() {
            // (The term written with that later mention: h28_003.)
            let (s, e) = doc.sentences[c.sentence];
            n.term = term_with_session(doc, &doc.text()[s..e], n.session);
            n.term_rule = Rule::TERM_FROM_LATER_MENTION;
        }
        if c.body == "congress" {
            if n.term.is_none() {
                n.term_rule = Rule::TERM_IS_CONGRESS_NUMBER;
            }
            n.term = n.term.or(n.session);
            n.session = n.session.or(n.term);
        }
    }
}

/// The term's years ("nhiệm kỳ 2020-2025"), unless written as the term compared with
/// ("so với nhiệm kỳ 2015-2020"), or, for a Party body (`party`), as the term of a State
/// body named right before it ("Chủ tịch Ủy ban Nhân dân tỉnh Bắc Giang nhiệm kỳ 2016-2021").
pub(super) fn own_term_years(s: &str, party: bool) -> Option<String> {
    own_terms(s, party).next()
}

/// Of the terms `own_term_years` reads in `s`, the one that begins last.
pub(super) fn latest_term_years(s: &str, party: bool) -> Option<String> {
    own_terms(s, party).max_by_key(|t| t.get(..4).and_then(|y| y.parse::<i32>().ok()))
}

/// Every term `own_term_years` may read in `s`, in order.
pub(super) fn own_terms(s: &str, party: bool) -> impl Iterator<Item = String> + '_ {
    static STATE_BODY: LazyLock<WordRegex> =
        LazyLock::new(|| WordRegex::new(r"(?i)(?:ủy ban nhân dân|ubnd|hội đồng nhân dân|hđnd)(?: (?:tỉnh|thành phố))?(?: \p{Lu}\p{Ll}*){0,3},?\s*$").unwrap());
    TERM_YEARS
        .captures_iter(s)
        .filter(move |m| {
            let before = &s[..m.get(0).unwrap().start()];
            let compared = crate::text::clip_tail(before, 12).to_lowercase().contains("so với");
            let state_body = party && STATE_BODY.is_match(crate::text::clip_tail(before, 80));
            !compared && !state_body
        })
        .map(|m| format!("{}-{}", &m[1], &m[2]))
}

/// The term of the provincial committee a congress elects: "Đại hội đã bầu 51 đồng chí vào
/// Ban Chấp hành Đảng bộ tỉnh Bắc Giang khóa XIX" (h6_002), or the secretary it elects
/// ("được bầu giữ chức Bí thư Tỉnh ủy Bắc Giang khóa XIX", h21_005): its number the
/// congress's own when the text writes none.
pub(super) fn elected_committee_term(text: &str) -> Option<u32> {
    static ELECTED: LazyLock<WordRegex> = LazyLock::new(|| {
        rule(
            r"(?:^|[^\p{L}])bầu (?:ra )?(?:[0-9]+ (?:đồng chí|thành viên|ủy viên|người) )?(?:vào )?{executive_committee} {party_organisation} {province_kind}[^.;]{0,30}? khóa ({ORD})|(?:^|[^\p{L}])bầu (?:giữ chức |làm )?bí thư {party_committee}(?-i:(?: \p{Lu}\p{Ll}*){0,3}),? khóa ({ORD})",
        )
    });
    ELECTED.captures_iter(text).find_map(|c| parse_ordinal(c.get(1).or(c.get(2))?.as_str()))
}

/// The end year of a term the text compares with ("so với nhiệm kỳ 2015-2020" → 2020).
pub(super) fn previous_term_end(text: &str) -> Option<i32> {
    TERM_YEARS
        .captures_iter(text)
        .find(|m| crate::text::clip_tail(&text[..m.get(0).unwrap().start()], 12).to_lowercase().contains("so với"))
        .and_then(|m| m[2].parse().ok())
}

/// The ordinal of a later mention of the meeting `c` names: a mention of the same body
/// whose province, if named, is the meeting's, and which, if the text only cites it
/// ("Nghị quyết Đại hội ... Bình Phước lần thứ IX, nhiệm kỳ 2010-2015"), has the meeting's
/// term years (s_037).
pub(super) fn later_ordinal(doc: &Document, c: &Candidate, term_years: Option<&str>) -> Option<u32> {
    let g = Gazetteer::get();
    let text = doc.text();
    // (The province its words name, else its sentence: "Tại tỉnh Phú Yên, HĐND tỉnh khóa VIII
    // ... lấy phiếu tín nhiệm" takes no number from Khánh Hòa's session before it, h51_005.)
    let (cs, ce) = doc.sentences[c.sentence];
    let own_province = g.find_provinces(&text[c.start..c.end]).first().or(g.find_provinces(&text[cs..ce]).first()).map(|m| m.province);
    for &(s, e) in &doc.sentences {
        let sentence = &text[s..e];
        for pattern in PATTERNS.iter().filter(|p| p.body == c.body) {
            for m in pattern.regex.find_iter(sentence) {
                if s + m.start() == c.start || mentions_central(&sentence[m.start()..]) {
                    continue;
                }
                let tail = &sentence[m.start()..m.end() + crate::text::clip(&sentence[m.end()..], 30).len()];
                let Some(n) = SESSION.captures(tail).and_then(|x| session_number(&x)) else { continue };
                let province = g.find_provinces(tail).first().map(|p| p.province);
                if province.is_some() && own_province.is_some() && province != own_province {
                    continue;
                }
                let cited = CITED.is_match(&cited_window(&sentence[..m.start()]));
                if cited && (term_years.is_none() || own_term_years(&sentence[m.start()..], c.body != "people_council").as_deref() != term_years) {
                    continue;
                }
                return Some(n);
            }
        }
    }
    None
}

/// A national body's name ("Bộ Chính trị", " TW") among the words before a term.
pub(super) static NATIONAL_TERM: LazyLock<WordRegex> = LazyLock::new(|| rule(r"(?:^|[^\p{L}]){national_term}(?:$|[^\p{L}])"));

/// The first term ("khóa XVII") in `s` that is not a national body's ("Ban Bí thư khóa XIII").
pub(super) fn provincial_term(s: &str) -> Option<u32> {
    TERM.captures_iter(s)
        .filter(|c| {
            let before = crate::text::clip_tail(&s[..c.get(0).unwrap().start()], 40).to_lowercase();
            !NATIONAL_TERM.is_match(&before)
        })
        .find_map(|c| parse_ordinal(&c[1]))
}

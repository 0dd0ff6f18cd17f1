//! The names of the extraction rules: each fact remembers the rule that produced it (and
//! a meeting or a figure the rules that chose some of its fields), so that
//! `kb extract --explain` can print "why is this fact here?" beside it. A rule's name says
//! what was recognised; its doc comment here names the code that recognises it.
//!
//! A new rule: add it below (a constant and its name), then set it where the fact is made.

use serde::Serialize;

/// The name of an extraction rule (snake_case, what was recognised). Every rule is one
/// of [`Rule::ALL`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct Rule(&'static str);

impl Rule {
    /// The rule's name.
    pub fn name(self) -> &'static str {
        self.0
    }
}

impl std::fmt::Display for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

/// Declares each rule as a constant of `Rule` and lists them all in `Rule::ALL`.
macro_rules! rules {
    ($($(#[$doc:meta])* $name:ident = $code:literal,)+) => {
        impl Rule {
            $($(#[$doc])* pub const $name: Rule = Rule($code);)+
            /// Every rule the extractor declares.
            pub const ALL: &'static [Rule] = &[$(Rule::$name,)+];
        }
    };
}

rules! {
    // --- Meetings (meetings/mod.rs): the patterns of `PATTERNS`, each named ---------------
    /// "Kỳ họp thứ N ... HĐND tỉnh X" (`PATTERNS`).
    SESSION_OF_COUNCIL = "session_of_council",
    /// "Chiều nay (07/12), Kỳ họp thứ 16 tiếp tục làm việc": a session named by its ordinal
    /// alone in a dated lede, the provincial council named elsewhere (`session_named_bare`).
    SESSION_NAMED_BARE = "session_named_bare",
    /// "HỘI ĐỒNG NHÂN DÂN TỈNH X" / "KHÓA X - KỲ HỌP THỨ 7" over "QUYẾT NGHỊ:": a council
    /// resolution's heading (`council_resolution_heading`).
    COUNCIL_RESOLUTION_HEADING = "council_resolution_heading",
    /// A council's resolution saying which session adopted it ("Nghị quyết này đã được HĐND tỉnh ... khóa XV - kỳ họp thứ 3 thông qua ngày ...", `council_adoption_clause`).
    COUNCIL_ADOPTION_CLAUSE = "council_adoption_clause",
    /// "HĐND tỉnh X khóa XVI ... kỳ họp thứ nhất" (`PATTERNS`).
    COUNCIL_THEN_SESSION = "council_then_session",
    /// "Đại hội (đại biểu) (lần thứ N) Đảng bộ tỉnh X" (`PATTERNS`).
    CONGRESS_OF_ORGANISATION = "congress_of_organisation",
    /// "Đảng bộ tỉnh X ... Đại hội lần thứ N" (`PATTERNS`).
    ORGANISATION_THEN_CONGRESS = "organisation_then_congress",
    /// "HĐND tỉnh X (đã) bầu / miễn nhiệm ...": a council electing or relieving people, in session (`PATTERNS`).
    COUNCIL_ELECTS = "council_elects",
    /// "Tại kỳ họp (này), (các đại biểu) HĐND tỉnh X ...": the council at the session the article reports (`PATTERNS`).
    COUNCIL_AT_SESSION = "council_at_session",
    /// "Tỉnh Long An tiến hành Đại hội Đảng lần thứ X" (`PATTERNS`).
    PROVINCE_HOLDS_CONGRESS = "province_holds_congress",
    /// "Hội nghị lần thứ N (của) BCH Đảng bộ tỉnh X" (`PATTERNS`).
    PLENUM_OF_EXECUTIVE_COMMITTEE = "plenum_of_executive_committee",
    /// "Hội nghị Tỉnh ủy (khóa N) lần thứ M" (`PATTERNS`).
    COMMITTEE_PLENUM_NUMBERED = "committee_plenum_numbered",
    /// "BCH Đảng bộ tỉnh X ... tổ chức / khai mạc hội nghị / phiên" (`PATTERNS`).
    EXECUTIVE_COMMITTEE_HOLDS_PLENUM = "executive_committee_holds_plenum",
    /// "Ban Chấp hành Đảng bộ tỉnh đánh giá kết quả ...": the committee doing what a plenum does (`PATTERNS`).
    EXECUTIVE_COMMITTEE_AT_WORK = "executive_committee_at_work",
    /// "Tỉnh ủy Nghệ An tổ chức Hội nghị lần thứ 25" (`PATTERNS`).
    COMMITTEE_HOLDS_NUMBERED_PLENUM = "committee_holds_numbered_plenum",
    /// "Hội nghị (của) Ban Thường vụ Tỉnh ủy" (`PATTERNS`).
    MEETING_OF_STANDING_COMMITTEE = "meeting_of_standing_committee",
    /// "buổi làm việc với Ban Thường vụ Thành ủy" (`PATTERNS`).
    WORKING_SESSION_WITH_STANDING_COMMITTEE = "working_session_with_standing_committee",
    /// "làm việc với Ban Chấp hành Đảng bộ tỉnh" (`PATTERNS`).
    WORKING_SESSION_WITH_EXECUTIVE_COMMITTEE = "working_session_with_executive_committee",
    /// "Kỳ họp HĐND tỉnh Hà Nam ngày 6/10 đã bầu ..." (`PATTERNS`).
    UNNUMBERED_SESSION_ELECTS = "unnumbered_session_elects",
    /// "buổi làm việc với Thường trực Tỉnh ủy" (`PATTERNS`).
    WORKING_SESSION_WITH_STANDING_BOARD = "working_session_with_standing_board",
    /// "công bố Quyết định kiểm tra ... đối với Ban Thường vụ Tỉnh ủy" (`PATTERNS`).
    DECISION_ANNOUNCED_TO_STANDING_COMMITTEE = "decision_announced_to_standing_committee",
    /// "Ban Thường vụ Tỉnh ủy ... họp / cho ý kiến" (`PATTERNS`).
    STANDING_COMMITTEE_MEETS = "standing_committee_meets",
    /// "Ban Thường vụ Tỉnh ủy X (họp) xem xét ..." (`PATTERNS`).
    STANDING_COMMITTEE_DELIBERATES = "standing_committee_deliberates",
    /// "Hội nghị (của) Thường trực Tỉnh ủy" (`PATTERNS`).
    MEETING_OF_STANDING_BOARD = "meeting_of_standing_board",
    /// "Hội nghị gặp gỡ, đối thoại giữa Thường trực Tỉnh ủy với ..." (`PATTERNS`).
    CONFERENCE_OF_STANDING_BOARD = "conference_of_standing_board",
    /// "Thường trực Tỉnh ủy ... họp / làm việc" (`PATTERNS`).
    STANDING_BOARD_MEETS = "standing_board_meets",
    /// "Tại phiên họp, Thường trực Tỉnh ủy (đã) thảo luận, cho ý kiến ..." (`PATTERNS`).
    STANDING_BOARD_DELIBERATES = "standing_board_deliberates",
    /// "Tỉnh ủy X tổ chức thông báo nhanh / hội nghị ..." (`PATTERNS`).
    COMMITTEE_HOLDS_CONFERENCE = "committee_holds_conference",
    /// "Tỉnh ủy X tại hội nghị" (`PATTERNS`).
    COMMITTEE_AT_CONFERENCE = "committee_at_conference",
    /// "Hội nghị, Tỉnh ủy (đã) tập trung thảo luận ..." (`PATTERNS`).
    CONFERENCE_COMMITTEE_AT_WORK = "conference_committee_at_work",
    /// "Hội nghị Tỉnh ủy" (`PATTERNS`).
    CONFERENCE_OF_COMMITTEE = "conference_of_committee",
    /// The headline's "Tỉnh ủy quán triệt ...": the Tỉnh ủy doing a conference's act (`PATTERNS`).
    COMMITTEE_CONFERENCE_ACT = "committee_conference_act",
    /// "Bí thư Tỉnh ủy chủ trì Hội nghị" with no narrower body (`CHAIRED_BY_SECRETARY`, `chaired_by_secretary`).
    CHAIRED_BY_SECRETARY = "chaired_by_secretary",
    /// "Đại hội đã bầu ..." with the congress named only by what it did (`congress_under_way`).
    CONGRESS_UNDER_WAY = "congress_under_way",
    /// "Sáng 15/10, Đại hội tiến hành phiên trù bị" in the body, the congress named in full
    /// only in a caption or a headline outside the lede (`congress_named_apart`).
    CONGRESS_NAMED_APART = "congress_named_apart",
    /// The new committee's first plenum reported with its congress (`meetings::extract`).
    FIRST_PLENUM_AT_CONGRESS = "first_plenum_at_congress",
    /// A congress named only "Đại hội", known by its delegates "đại diện cho N đảng viên"
    /// (`meetings::congress_by_its_delegates`).
    CONGRESS_BY_ITS_DELEGATES = "congress_by_its_delegates",
    /// One body named for several provinces at once, "HĐND ba tỉnh A, B và C ..."
    /// (`meetings::provinces_listed_together`).
    PROVINCES_LISTED_TOGETHER = "provinces_listed_together",
    /// The congress that elected a committee whose first plenum is reported, named only "Đại hội" (`ONGOING_CONGRESS`).
    CONGRESS_OF_FIRST_PLENUM = "congress_of_first_plenum",
    // --- A meeting's fields (meetings/mod.rs `build`) ---------------------------------------
    /// Province: named in the words that name the meeting (`province_near`).
    PROVINCE_IN_MEETING_NAME = "province_in_meeting_name",
    /// Province: named elsewhere in the meeting's sentence (`province_near`).
    PROVINCE_IN_SENTENCE = "province_in_sentence",
    /// Province: the one the article is about, weighing names, districts, site (`Document::main_province`).
    ARTICLE_PROVINCE = "article_province",
    /// Date: written in parentheses right after the meeting ("(diễn ra chiều 23-9)", `DATE_AFTER`).
    DATE_RIGHT_AFTER = "date_right_after",
    /// Date: the meeting's own days after it ("trong 2 ngày 14 và 15/10", `own_days`).
    OWN_DAYS_AFTER = "own_days_after",
    /// Date: the first date of the meeting's sentence (`meeting_dates`).
    SENTENCE_DATE = "sentence_date",
    /// Date: the sentence goes on from the one before, which dates it (`continued`, `same_day_as_before`).
    DATE_OF_SENTENCE_BEFORE = "date_of_sentence_before",
    /// Date: a congress named in full without a day, dated where the text says "Sáng 15/10,
    /// Đại hội tiến hành ..." (`bare_congress_day`).
    BARE_CONGRESS_DATE = "bare_congress_date",
    /// Date: the lede's first date (`own_days_in`, `meeting_dates`).
    LEDE_DATE = "lede_date",
    /// Date: "sẽ khai mạc vào sáng mai (14/10)": the day before (`tomorrow`).
    DAY_BEFORE_TOMORROW = "day_before_tomorrow",
    /// Date: "sau 3 ngày làm việc ... bế mạc": the opening from the closing day and the length (`closing_length`).
    LENGTH_AND_CLOSING_DAY = "length_and_closing_day",
    /// Date: the day reported is the meeting's Nth working day, so it began N-1 days before ("Ngày 10/7, trong ngày làm việc thứ hai kỳ họp thứ 9": 9/7 to 10/7; `nth_working_day`).
    NTH_WORKING_DAY = "nth_working_day",
    /// Date: a council's resolution in its official layout, on the document's date (`official_document_date`).
    COUNCIL_DOCUMENT_DATE = "council_document_date",
    /// Date: a meeting the text reports with no day of its own, on the day the article was published (`days_of_undated_meeting`).
    PUBLICATION_DAY = "publication_day",
    /// Date: a meeting a press conference announces, on the days announced, not the conference's (`days_announced_at_briefing`).
    ANNOUNCED_DAYS = "announced_days",
    /// Date: "hôm nay", "sáng nay", "tối qua", "ngày mai" against the publication date (`relative_day`).
    RELATIVE_TO_PUBLICATION = "relative_to_publication",
    /// Session: "lần thứ N", "kỳ họp thứ N" in the words naming the meeting (`SESSION`).
    SESSION_WRITTEN = "session_written",
    /// Session: an ordinal written right after a standing body ("Hội nghị Ban Thường vụ lần thứ 2").
    SESSION_RIGHT_AFTER_BODY = "session_right_after_body",
    /// Session: from a later mention of the same meeting (`later_ordinal`).
    SESSION_FROM_LATER_MENTION = "session_from_later_mention",
    /// Session: a congress's number is the term it opens (`build`).
    SESSION_IS_CONGRESS_NUMBER = "session_is_congress_number",
    /// Session and term: a congress whose number is written nowhere is numbered by the committee it elects ("bầu 51 đồng chí vào Ban Chấp hành Đảng bộ tỉnh ... khóa XIX", `elected_committee_term`).
    SESSION_OF_COMMITTEE_ELECTED = "session_of_committee_elected",
    /// Session: "Hội nghị lần thứ N" written bare elsewhere (`committee_met_elsewhere`).
    SESSION_BARE_ELSEWHERE = "session_bare_elsewhere",
    /// Term: "khóa N", "lần thứ N" of the organisation (`TERM_OF_ORGANISATION`, `provincial_term`).
    TERM_WRITTEN = "term_written",
    /// Term: the provincial term named anywhere in the text (`provincial_term`), or a standing committee's tied to its committee in the lede (`committee_term_in_lede`).
    TERM_IN_TEXT = "term_in_text",
    /// Term: a council's term written with a later mention of the same session ("kỳ họp thứ 12 (kỳ họp chuyên đề) khóa X").
    TERM_FROM_LATER_MENTION = "term_from_later_mention",
    /// Term: a congress elects the committee of its own number (`build`).
    TERM_IS_CONGRESS_NUMBER = "term_is_congress_number",
    /// Session and term: a congress reported with the first plenum of the committee it elected takes that committee's term.
    TERM_OF_FIRST_PLENUM = "term_of_first_plenum",
    // --- Officials and their roles (officials/) ------------------------------------------
    /// "Bí thư Tỉnh ủy Trần Đức Thắng": titles right before a name (`link`).
    TITLE_BEFORE_NAME = "title_before_name",
    /// "Bí thư Tỉnh ủy, đồng chí Nguyễn Văn A": a title set before a name by a comma and an honorific (`link`, `APPOSITION`).
    TITLE_COMMA_NAME = "title_comma_name",
    /// "UVTW Đảng, Bí thư Tỉnh ủy – Nguyễn Văn Được": a title chain then a dash and the name (`link`, `DASH`).
    TITLE_DASH_NAME = "title_dash_name",
    /// "các Phó Chủ tịch UBND tỉnh A, B": a plural title before a list of names (`link`, `PLURAL`).
    PLURAL_TITLE_LIST = "plural_title_list",
    /// "Các Phó Bí thư gồm ông A, bà B", "Bí thư là đồng chí A": a title announcing its holders (`link`, `LIST_OPENER`).
    TITLE_ANNOUNCES_HOLDERS = "title_announces_holders",
    /// "chuẩn y Bí thư Tỉnh ủy ... đối với ông A" (`link`, `APPROVES`, `FOR_PERSON`).
    POST_APPROVED_FOR_PERSON = "post_approved_for_person",
    /// "ông A từng là Bí thư Huyện ủy X; ...": a career, each title a former post (`link`, `CAREER`).
    CAREER_TITLES = "career_titles",
    /// "Ông A sinh ngày ...; quê quán ...; hiện là Giám đốc Sở ...": the post held now after a person's particulars (`link`, `PARTICULARS`).
    POST_AFTER_PARTICULARS = "post_after_particulars",
    /// "Trần Đức Thắng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy": titles after a name (`link`, `SEPARATOR`).
    NAME_THEN_TITLE = "name_then_title",
    /// "A (Title) và B (Title) được bầu ...": a member's own titles in parentheses (`link`).
    NAME_THEN_TITLE_ASIDE = "name_then_title_aside",
    /// "A và B được bầu giữ chức Phó Bí thư": the post after a predicate, for every name before (`link`, `PREDICATE`).
    NAME_THEN_PREDICATE_TITLE = "name_then_predicate_title",
    /// "A, T; B, T được bầu giữ chức ...": members listed with their own titles share the post (`members_before`).
    MEMBERS_SHARE_POST = "members_share_post",
    /// "Ủy ban Kiểm tra Tỉnh ủy ... do ông A làm Chủ nhiệm": a bare post of a body named before (`posts_of_bodies`).
    POST_OF_BODY_NAMED_BEFORE = "post_of_body_named_before",
    /// "Ban Thường vụ Tỉnh ủy gồm 15 đồng chí, gồm: ...": a body's members listed after a header (`member_lists`).
    MEMBER_LIST = "member_list",
    // --- Documents (resolutions.rs) ------------------------------------------------------
    /// "Nghị quyết số 57-NQ/TW": a Party reference (`PARTY_REF`).
    PARTY_REF = "party_ref",
    /// "Nghị quyết số 123/NQ-HĐND", "Luật 45/2019/QH14": a State reference (`STATE_REF`).
    STATE_REF = "state_ref",
    /// "Thông tư liên tịch số 117/2007/TTLT/BLĐTBXH-BTC": a joint document with its
    /// issuers after a slash (`JOINT_REF`).
    JOINT_REF = "joint_ref",
    /// "Công văn số 123/UBND-VP": a letter's reference (`LETTER_REF`).
    LETTER_REF = "letter_ref",
    /// "Nghị quyết 18 của Bộ Chính trị": a bare number, its issuer from the context (`BARE_REF`, `issuer_from_context`).
    BARE_REF_WITH_ISSUER = "bare_ref_with_issuer",
    /// "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII": a document named without a number (`NAMED_REF`).
    NAMED_DOCUMENT = "named_document",
    // --- Figures (targets.rs, targets/tables.rs) -----------------------------------------
    /// "tổng thu ngân sách đạt 20.900 tỷ đồng": a figure with the words of its metric before it (`figure`).
    FIGURE_WITH_METRIC_BEFORE = "figure_with_metric_before",
    /// "thu ngân sách 45.799/36.875 tỷ đồng": the plan of an achieved/plan pair (`extract`).
    PLAN_OF_PAIR = "plan_of_pair",
    /// "3.250 tỷ đồng (+6,7%)", "(-2,1%)": a signed change in parentheses after a figure (`figure`).
    SIGNED_CHANGE_AFTER_FIGURE = "signed_change_after_figure",
    /// "...; Quận 1: 12; Quận 3: 9": an item of a list of counts, measuring what the count before does (`list_item`).
    LIST_ITEM_OF_COUNT = "list_item_of_count",
    /// A cell of a table whose rows are measures and columns years (`tables::extract`).
    TABLE_CELL = "table_cell",
    /// Metric: the words of the clause before the figure, verbs trimmed (`figure`, `metric_trim`).
    METRIC_WORDS_BEFORE = "metric_words_before",
    /// Metric: "07 nhiệm vụ trọng tâm" → "số nhiệm vụ trọng tâm": the noun after a count (`noun_after`).
    NOUN_AFTER_COUNT = "noun_after_count",
    /// Metric: a change with no words of its own measures what the figure before it did (`extract`).
    METRIC_OF_FIGURE_BEFORE = "metric_of_figure_before",
    /// Metric: nothing names it; the figure's own evidence stands for it (`extract`).
    METRIC_IS_EVIDENCE = "metric_is_evidence",
    /// Metric: the row label of a table (`tables::extract`).
    METRIC_ROW_LABEL = "metric_row_label",
    /// Metric and indicator: those of the list's count (`list_item`).
    SAME_AS_LIST = "same_as_list",
    /// Indicator: a phrase of data/indicators.tsv in the figure's own words (`Vocabulary::classify`).
    INDICATOR_OWN_WORDS = "indicator_own_words",
    /// Indicator: the clause names nothing but a linking verb; the clause before names it (`indicator_of`).
    INDICATOR_OF_CLAUSE_BEFORE = "indicator_of_clause_before",
    /// Indicator: a generic measure ("giá trị sản xuất") takes the topic named before it in the sentence or its lead-in (`topic_before`).
    INDICATOR_OF_TOPIC_BEFORE = "indicator_of_topic_before",
    /// Indicator: a count repeating an earlier count's noun measures what it measured (`indicator_of`).
    INDICATOR_OF_SAME_NOUN = "indicator_of_same_noun",
    /// Indicator: a count listed after another shares its verb (`indicator_of`).
    INDICATOR_OF_LISTED_COUNT = "indicator_of_listed_count",
    /// Indicator: a bare count before its share ("khiển trách 28 (chiếm 45%)") measures what the count before it in its passage measured (`extract`).
    INDICATOR_OF_COUNT_BEFORE = "indicator_of_count_before",
    /// Indicator: a count of a "trong đó" breakdown measures what its head figure measures (`breakdown_of_head`).
    INDICATOR_OF_BREAKDOWN_HEAD = "indicator_of_breakdown_head",
    /// Indicator: a count of delegates or members whose clause names no body, after a congress or an election named before it (`election_context`).
    INDICATOR_OF_ELECTION_CONTEXT = "indicator_of_election_context",
    /// Indicator: the words between it and the figure before name nothing; it continues that measure (`indicator_of`).
    INDICATOR_CONTINUES_FIGURE_BEFORE = "indicator_continues_figure_before",
    /// Indicator: a table row label's phrase of data/indicators.tsv (`tables::extract`).
    INDICATOR_OF_ROW_LABEL = "indicator_of_row_label",
    /// Indicator: none of data/indicators.tsv's phrases stands in its words.
    NO_INDICATOR = "no_indicator",
}

/// The rules that chose some of a fact's fields: (field, rule), in the order they were chosen.
pub type FieldRules = Vec<(&'static str, Rule)>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_name_is_snake_case_and_unique() {
        let mut seen = std::collections::HashSet::new();
        for r in Rule::ALL {
            assert!(r.0.chars().all(|c| c.is_ascii_lowercase() || c == '_') && !r.0.starts_with('_'), "{r}");
            assert!(seen.insert(r.0), "{r} twice");
        }
    }
}

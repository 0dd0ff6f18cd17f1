//! The extractor: a pure function from an article's text to the facts it states.
//!
//! Each fact type has its own module; none of them knows about SQLite. Every fact
//! carries its evidence, a byte span into the original text.

pub mod article;
pub mod document;
pub mod indicators;
pub mod meetings;
pub mod officials;
pub mod resolutions;
pub mod roles;
pub mod rules;
pub mod targets;

use chrono::Datelike;
use chrono::NaiveDate;
use serde::Serialize;

pub use document::Document;
pub use rules::{FieldRules, Rule};

/// The version of the extraction rules, stored with each loaded article.
pub const EXTRACTOR_VERSION: &str = concat!("kb-", env!("CARGO_PKG_VERSION"), "-rules-1");

/// A closed set of codes of the contract (shared/spec/extract-json.md): an enum whose
/// variants serialise as their codes (`#[serde(rename = ...)]`), with `code()`,
/// `from_code()`, `ALL` (in the spec's order), `Display` as the code, and comparison
/// with a code written as text (`body == "congress"`).
macro_rules! closed_set {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $code:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $code)] $variant,)+
        }

        impl $name {
            /// Every value, in the order the contract lists them.
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            /// The code, as the JSON and the database write it.
            pub fn code(self) -> &'static str {
                match self {
                    $($name::$variant => $code,)+
                }
            }

            /// The value of a code; None for a code not in the set.
            pub fn from_code(code: &str) -> Option<$name> {
                match code {
                    $($code => Some($name::$variant),)+
                    _ => None,
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.code())
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, code: &&str) -> bool {
                self.code() == *code
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, code: &str) -> bool {
                self.code() == code
            }
        }

        impl PartialEq<$name> for &str {
            fn eq(&self, value: &$name) -> bool {
                *self == value.code()
            }
        }
    };
}

closed_set! {
    /// The body that held a meeting (`meetings[].body`).
    Body {
        /// Ban Chấp hành Đảng bộ tỉnh/thành phố: its numbered plenums, "Hội nghị lần thứ N".
        ExecutiveCommittee = "executive_committee",
        /// Ban Thường vụ Tỉnh ủy.
        StandingCommittee = "standing_committee",
        /// Thường trực Tỉnh ủy.
        StandingBoard = "standing_board",
        /// Đại hội Đảng bộ tỉnh.
        Congress = "congress",
        /// A conference the Tỉnh ủy holds where the text names no narrower body.
        ProvincialCommittee = "provincial_committee",
        /// A session ("Kỳ họp") of the HĐND tỉnh.
        PeopleCouncil = "people_council",
    }
}

closed_set! {
    /// What a person did at the reported meeting (`officials[].capacity`).
    Capacity {
        /// Chủ trì.
        Chair = "chair",
        /// Phát biểu, kết luận, chỉ đạo.
        Speaker = "speaker",
        /// Dự, tham dự.
        Attendee = "attendee",
    }
}

closed_set! {
    /// What a figure states (`targets[].kind`).
    FigureKind {
        /// A level or result reached.
        Actual = "actual",
        /// Dự ước, ước đạt.
        Estimate = "estimate",
        /// Chỉ tiêu, phấn đấu, mục tiêu, kế hoạch.
        Target = "target",
        /// Tăng/giảm ... so với ...
        Change = "change",
    }
}

closed_set! {
    /// What an article says was done with a document it names (`resolutions[].action`).
    DocumentAction {
        /// Named, with no cue of what was done with it.
        Cited = "cited",
        /// Thực hiện, triển khai, quán triệt, học tập.
        Implemented = "implemented",
        /// Sơ kết, tổng kết, kiểm điểm, đánh giá.
        Reviewed = "reviewed",
        /// Thông qua.
        Adopted = "adopted",
        /// Ban hành.
        Issued = "issued",
    }
}

/// A byte span into the original article text; in JSON `[start, end]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
#[serde(into = "[usize; 2]")]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// What is known of an article besides its text: what a crawler recorded of the page
/// (JSON Lines input). Each piece is evidence like the text's own: the address or site
/// can name the province, the date is the publication date.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Page {
    pub url: Option<String>,
    pub title: Option<String>,
    pub date: Option<NaiveDate>,
    /// The site's host name ("baoninhbinh.org.vn") or name, as the crawler gave it.
    pub site: Option<String>,
}

#[derive(Debug, Clone, Serialize, Default)]
pub struct ArticleMeta {
    pub title: Option<String>,
    pub published: Option<NaiveDate>,
    pub site: Option<String>,
    #[serde(skip)]
    pub byline: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Meeting {
    pub province: Option<String>,
    pub body: Body,
    pub session: Option<u32>,
    pub term: Option<u32>,
    pub term_years: Option<String>,
    /// In JSON `date` is [`Meeting::date_text`], from this and `month_day` (the one key the
    /// output adds to a meeting, `cmd::extract::MeetingJson`).
    #[serde(skip)]
    pub date: Option<NaiveDate>,
    /// Month and day of a meeting whose year the article does not give.
    #[serde(skip)]
    pub month_day: Option<(u32, u32)>,
    pub end_date: Option<NaiveDate>,
    pub location: Option<String>,
    pub online: bool,
    pub evidence: String,
    pub span: Span,
    /// The rule that found it (`kb extract --explain`; in JSON only with --explain).
    #[serde(skip)]
    pub rule: Rule,
    /// The rules that chose its province, date, session and term.
    #[serde(skip)]
    pub rules: FieldRules,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Role {
    pub code: String,
    pub title: String,
    pub org: Option<String>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub former: bool,
    pub evidence: String,
    pub span: Span,
    /// The rule that gave the title to its holder.
    #[serde(skip)]
    pub rule: Rule,
}

#[derive(Debug, Clone, Serialize)]
pub struct Official {
    pub name: String,
    pub roles: Vec<Role>,
    pub capacity: Vec<Capacity>,
    /// The name as first printed in the article.
    pub name_as_written: String,
    pub span: Span,
    /// The sentence saying what they did at the meeting (chaired, spoke, attended); not
    /// in the JSON.
    #[serde(skip)]
    pub capacity_evidence: Option<(String, Span)>,
    /// The rule that named them with their first title.
    #[serde(skip)]
    pub rule: Rule,
}

#[derive(Debug, Clone, Serialize)]
pub struct Resolution {
    #[serde(rename = "ref")]
    pub reference: String,
    pub kind: String,
    pub number: Option<String>,
    pub issuer: Option<String>,
    pub date: Option<NaiveDate>,
    pub issued_by: Option<String>,
    pub subject: Option<String>,
    /// What the article says was done with it (`data/document_actions.tsv`).
    pub action: DocumentAction,
    /// Not in the JSON: numbered documents are listed under `resolutions`, the others under
    /// `named_documents`.
    #[serde(skip)]
    pub numbered: bool,
    pub evidence: String,
    pub span: Span,
    /// The rule that recognised the reference.
    #[serde(skip)]
    pub rule: Rule,
}

#[derive(Debug, Clone, Serialize)]
pub struct Target {
    pub metric: String,
    pub value: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_max: Option<f64>,
    pub unit: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub of: Option<f64>,
    pub year: Option<i32>,
    pub kind: FigureKind,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comparison: Option<String>,
    /// The code from `data/indicators.tsv` of the indicator it measures, if any.
    pub indicator: Option<&'static str>,
    pub evidence: String,
    pub span: Span,
    /// The rule that found the figure.
    #[serde(skip)]
    pub rule: Rule,
    /// The rules that chose its metric and its indicator.
    #[serde(skip)]
    pub rules: FieldRules,
    /// The words of the data/indicators.tsv phrase its own words matched (as tokens, `#`
    /// the figure), when the indicator came from them.
    #[serde(skip)]
    pub indicator_words: Option<String>,
}

/// Everything extracted from one article. `kb extract --json` prints it as
/// `cmd::extract::ExtractJson`, the contract of shared/spec/extract-json.md.
#[derive(Debug, Clone)]
pub struct Extraction {
    pub article: ArticleMeta,
    /// The province the article is about: its meeting's, else the one its text names most.
    pub province: Option<String>,
    pub meetings: Vec<Meeting>,
    pub officials: Vec<Official>,
    pub resolutions: Vec<Resolution>,
    /// Documents named without a number ("Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII").
    pub named_documents: Vec<Resolution>,
    pub targets: Vec<Target>,
}

/// Runs every extractor on one article's original text.
pub fn extract(original: &str) -> Extraction {
    extract_page(original, &Page::default())
}

/// The most of an article's text the extractors read. News reports run to tens of
/// kilobytes; a longer text is a dump, and its facts are read from its first
/// `MAX_EXTRACTED_BYTES`, which bounds the time one input can take (the extractor is
/// linear, at most ~2 s per MB on pathological text: `cargo bench --bench pathological`).
/// The whole text is still stored and searchable.
pub const MAX_EXTRACTED_BYTES: usize = 1 << 20;

/// The part of `original` the extractors read: all of it, or for a text longer than
/// `MAX_EXTRACTED_BYTES` its beginning up to the last line break before the limit (up
/// to the last whole character when there is none in the last half).
pub fn extracted_part(original: &str) -> &str {
    if original.len() <= MAX_EXTRACTED_BYTES {
        return original;
    }
    let head = crate::text::clip(original, MAX_EXTRACTED_BYTES);
    match head.rfind('\n') {
        Some(i) if i >= MAX_EXTRACTED_BYTES / 2 => &head[..i],
        _ => head,
    }
}

/// Runs every extractor on one article's original text and what is known of its page
/// (on its `extracted_part`, so every span lies inside the original text).
pub fn extract_page(original: &str, page: &Page) -> Extraction {
    let original = extracted_part(original);
    use crate::timings::timed;
    let doc = timed("stage document", || Document::with_page(original, page.clone()));
    let article = timed("stage article", || article::extract(&doc));
    let published_year = article.published.map(|d| d.year());
    let year = published_year.or_else(|| doc.main_year());
    let meetings = timed("stage meetings", || meetings::extract(&doc, article.published, published_year));
    let province = meetings.first().and_then(|m| m.province.clone()).or_else(|| doc.main_province());
    let officials = timed("stage officials", || officials::extract(&doc, province.as_deref()));
    let resolutions = timed("stage resolutions", || resolutions::extract(&doc, year));
    let named_documents = timed("stage named documents", || resolutions::named(&doc));
    let meeting_year = meetings.iter().find_map(|m| m.date).map(|d| d.year()).or(year);
    let targets = timed("stage targets", || targets::extract(&doc, meeting_year));
    Extraction { article, province, meetings, officials, resolutions, named_documents, targets }
}

/// A short report that takes the later stages of [`extract_page`] down their usual paths
/// (a title and a name, a resolution, a figure), for [`warm_up_in_background`].
const WARM_UP_TEXT: &str = "Ngày 6/4/2023, Ban Chấp hành Đảng bộ tỉnh Hải Dương tổ chức Hội nghị lần thứ 14. \
Đồng chí Trần Đức Thắng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì hội nghị. \
Hội nghị quán triệt Nghị quyết số 26-NQ/TW ngày 3/11/2022 của Bộ Chính trị. \
Phấn đấu năm 2023 tốc độ tăng trưởng kinh tế (GRDP) đạt 8,5%.\n";

/// Compiles on another thread what the later stages of [`extract_page`] (figures,
/// documents, officials and their titles) build on first use, while the calling thread
/// goes through the first ones: a one-article `kb extract` then starts on both cores.
/// The results are thrown away; nothing an extraction returns depends on it.
pub fn warm_up_in_background() {
    std::thread::spawn(|| {
        // The vocabularies first, in the order the stages need them: the calling thread is
        // building the document's own patterns meanwhile, which the warm-up's document would
        // wait for.
        roles::vocabulary();
        crate::text::gazetteer::Gazetteer::get();
        let doc = Document::with_page(WARM_UP_TEXT, Page::default());
        officials::extract(&doc, Some("Hải Dương"));
        targets::extract(&doc, Some(2023));
        resolutions::named(&doc);
        resolutions::extract(&doc, Some(2023));
    });
}

impl Meeting {
    /// The meeting's date as ISO text: "2023-04-06", or "--07-29" when the year is unknown.
    pub fn date_text(&self) -> Option<String> {
        self.date.map(|d| d.to_string()).or_else(|| self.month_day.map(|(m, d)| format!("--{m:02}-{d:02}")))
    }
}

impl From<Span> for [usize; 2] {
    fn from(span: Span) -> [usize; 2] {
        [span.start, span.end]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_over_the_limit_is_read_up_to_a_line_break_before_it() {
        let line = "Sáng 6/4/2023, Ban Chấp hành Đảng bộ tỉnh Hải Dương tổ chức Hội nghị lần thứ 14.\n";
        let text = line.repeat(MAX_EXTRACTED_BYTES / line.len() + 10);
        let part = extracted_part(&text);
        assert!(part.len() <= MAX_EXTRACTED_BYTES && part.len() > MAX_EXTRACTED_BYTES - line.len());
        assert!(text.starts_with(part) && text[part.len()..].starts_with('\n'));
        // Without line breaks, at a character's end; a short text is read whole.
        let text = "Đảng bộ ".repeat(MAX_EXTRACTED_BYTES / 5);
        assert!(text.starts_with(extracted_part(&text)) && extracted_part(&text).len() <= MAX_EXTRACTED_BYTES);
        assert_eq!(extracted_part(line), line);
        let facts = extract_page(&text, &Page::default());
        assert!(facts.meetings.iter().all(|m| m.span.end <= MAX_EXTRACTED_BYTES));
    }
}

//! What each person named in a sentence did at the reported meeting: chaired (chủ trì),
//! spoke (phát biểu, kết luận, chỉ đạo, báo cáo ...) or attended (dự, tham dự), read from
//! cue words and where they stand relative to the names.

use super::Item;
use crate::text::WordRegex as Regex;
use std::sync::LazyLock;

const CAPACITY_CUES: crate::data::DataFile = crate::data_file!("capacity_cues.tsv");

/// The cues of `data/capacity_cues.tsv`: one finder for all (whole words: see
/// `text::word_matches`), and what each says.
struct Cues {
    finder: Regex,
    /// (cue in lower case, capacity, names its people only when it announces a list)
    said: Vec<(String, &'static str, bool)>,
}

static CUES: LazyLock<Cues> = LazyLock::new(|| {
    let mut said = Vec::new();
    for row in CAPACITY_CUES.table(3) {
        let capacity = match row.required(1) {
            "chair" => "chair",
            "attendee" => "attendee",
            "speaker" => "speaker",
            "none" => NONE,
            other => row.fail(&format!("capacity {other:?} is not one of chair, attendee, speaker, none")),
        };
        let list_only = match row.required(2) {
            "always" => false,
            "list" => true,
            other => row.fail(&format!("when {other:?} is not one of always, list")),
        };
        said.push((crate::text::canonical(row.required(0)).to_lowercase(), capacity, list_only));
    }
    said.sort_by_key(|(cue, _, _)| std::cmp::Reverse(cue.chars().count()));
    let alternation: Vec<String> = said.iter().map(|(cue, _, _)| regex::escape(cue).replace(' ', r"\s+")).collect();
    let finder = Regex::new(&format!(r"(?i)(?:^|[^\p{{L}}\p{{N}}])(?:{})", alternation.join("|"))).unwrap();
    Cues { finder, said }
});
/// The capacity of a cue that says its people did something else ("tặng hoa"): it gives
/// none, and bounds the cues around it.
const NONE: &str = "none";

/// After a cue, "có", ":" or "của" say the names that follow are the ones it is about.
static OPENS_LIST: LazyLock<crate::text::WordRegex> = LazyLock::new(|| crate::text::WordRegex::new(r"(?i)^[^.;]{0,50}?(?:\bcó\b|:|\bcủa\b)").unwrap());
/// After a cue that names its people only in a list: "gồm", "là" or ":".
static ANNOUNCES_LIST: LazyLock<crate::text::WordRegex> = LazyLock::new(|| crate::text::WordRegex::new(r"(?i)^[^.;:]{0,60}?(?:\bgồm\b|\blà\b|:)").unwrap());
/// Between two cues written together: "dự và chủ trì", "chủ tọa, điều hành".
static JOINED_CUES: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^\s*(?:,\s*)?(?:và\s*)?$").unwrap());

/// What each name in the sentence did at the meeting, from cue words: a cue that opens
/// the sentence or is followed by "có"/":"/"của" applies to the names after it, any
/// other cue to the names before it.
pub(super) fn capacities(sentence: &str, items: &[Item]) -> Vec<Vec<&'static str>> {
    let mut out = vec![Vec::new(); items.len()];
    let mut cues: Vec<(usize, usize, &'static str)> = Vec::new();
    for (start, end) in crate::text::word_matches(&CUES.finder, sentence) {
        if items.iter().any(|it| it.start() <= start && start < it.end()) {
            continue; // inside a title ("Ban Chỉ đạo")
        }
        let before = sentence[..start].trim_end().to_lowercase();
        if ["ban", "tổ", "tiểu ban"].iter().any(|org| before.ends_with(&format!(" {org}")) || before == *org) {
            continue; // the name of a body: "Trưởng Ban chỉ đạo của Thành ủy"
        }
        let written = crate::text::canonical(&sentence[start..end]).to_lowercase();
        let Some((_, capacity, list_only)) = CUES.said.iter().find(|(cue, _, _)| *cue == written) else { continue };
        if *list_only && !ANNOUNCES_LIST.is_match(&sentence[end..]) {
            continue;
        }
        cues.push((start, end, capacity));
    }
    cues.sort();
    // Whether each cue applies to the names after it (else to those before it).
    let opening: Vec<bool> = cues
        .iter()
        .map(|&(cs, ce, _)| {
            let before = sentence[..cs].trim_end();
            let next_item = items.iter().position(|it| it.start() >= ce);
            let to_next = next_item.map_or(&sentence[ce..], |n| &sentence[ce..items[n].start()]);
            before.is_empty()
                || before.ends_with(',') && !items.iter().any(|it| it.end() <= cs && matches!(it, Item::Name { .. }))
                || before.to_lowercase().ends_with("và") && !items.iter().any(|it| it.end() <= cs)
                || OPENS_LIST.is_match(to_next) && to_next.len() < 80
        })
        .collect();
    for (k, &(cs, ce, capacity)) in cues.iter().enumerate() {
        let before = sentence[..cs].trim_end();
        let next_item = items.iter().position(|it| it.start() >= ce);
        let to_next = next_item.map_or(&sentence[ce..], |n| &sentence[ce..items[n].start()]);
        let opens = opening[k];
        // "A chủ trì hội nghị cùng các đồng chí: B, C": A and the names listed alike.
        let together = opens && !before.is_empty() && to_next.to_lowercase().contains("cùng");
        if opens && capacity != NONE {
            // Names after the cue, up to the next cue that has names between (cues written
            // together share the list: "Dự, chỉ đạo và chúc mừng Đại hội có các đồng chí: ..."),
            // and when that cue is said of the names before it, up to the start of its own
            // clause ("Chủ trì có A; các đồng chí B, C tặng hoa chúc mừng": not B nor C).
            let limit = clause_bounded_limit(sentence, items, &cues, &opening, ce);
            for (i, it) in items.iter().enumerate() {
                // (A title there stands for its holder when no name claims it.)
                if it.start() >= ce && it.start() < limit {
                    out[i].push(capacity);
                }
            }
        }
        if (!opens || together) && capacity != NONE {
            // Names before the cue, back to the previous cue not written together with it
            // ("X dự và chủ trì": X did both).
            let mut head = k;
            while head > 0 && cues[head - 1].1 <= cues[head].0 && JOINED_CUES.is_match(&sentence[cues[head - 1].1..cues[head].0]) {
                head -= 1;
            }
            let from = if head > 0 { cues[head - 1].1 } else { 0 };
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

/// Where the names an opening cue ending at `ce` applies to end: at the next cue with
/// names between, or, when that cue is said of the names before it, where that cue's own
/// clause starts: at a ";" that opens a new group ("; các đồng chí B, ...; C, ... tặng
/// hoa"), else at the last ";" before it.
fn clause_bounded_limit(sentence: &str, items: &[Item], cues: &[(usize, usize, &str)], opening: &[bool], ce: usize) -> usize {
    static NEW_GROUP: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i);\s*(?:các|những|cùng)\s").unwrap());
    let Some(next) = cues.iter().position(|c| c.0 > ce && items.iter().any(|it| it.start() >= ce && it.end() <= c.0)) else {
        return sentence.len();
    };
    let p = cues[next].0;
    if opening[next] {
        return p;
    }
    let between = &sentence[ce..p];
    NEW_GROUP.find(between).map(|m| m.start()).or_else(|| between.rfind(';')).map_or(p, |q| ce + q)
}

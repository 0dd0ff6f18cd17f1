//! What each person named in a sentence did at the reported meeting: chaired (chủ trì),
//! spoke (phát biểu, kết luận, chỉ đạo, báo cáo ...) or attended (dự, tham dự), read from
//! cue words and where they stand relative to the names.

use super::Item;
use regex::Regex;
use std::sync::LazyLock;

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
/// After a cue, "có", ":" or "của" say the names that follow are the ones it is about.
static OPENS_LIST: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^[^.;]{0,50}?(?:\bcó\b|:|\bcủa\b)").unwrap());

/// What each name in the sentence did at the meeting, from cue words: a cue that opens
/// the sentence or is followed by "có"/":"/"của" applies to the names after it, any
/// other cue to the names before it.
pub(super) fn capacities(sentence: &str, items: &[Item]) -> Vec<Vec<&'static str>> {
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
        // "A chủ trì hội nghị cùng các đồng chí: B, C": A and the names listed alike.
        let together = opens && !before.is_empty() && to_next.to_lowercase().contains("cùng");
        if opens {
            // Names after the cue, up to the next cue that has names between (cues written
            // together share the list: "Dự, chỉ đạo và chúc mừng Đại hội có các đồng chí: ...").
            let limit = cues
                .iter()
                .map(|c| c.0)
                .find(|&p| p > ce && items.iter().any(|it| it.start() >= ce && it.end() <= p))
                .unwrap_or(sentence.len());
            for (i, it) in items.iter().enumerate() {
                if matches!(it, Item::Name { .. }) && it.start() >= ce && it.start() < limit || matches!(it, Item::Title(_)) && it.start() >= ce && it.start() < limit && i + 1 == items.len() {
                    out[i].push(capacity);
                }
            }
        }
        if !opens || together {
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


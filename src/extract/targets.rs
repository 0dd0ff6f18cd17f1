//! Targets: every quantitative indicator or goal an article states, with its value
//! normalised ("16.750 tỷ đồng" is 1.675e13 VND, "6,56%" is 6.56 %), its unit, the
//! metric named before it, the year it is for and whether it is actual, estimated,
//! planned or a change.

use crate::extract::{Document, Target};
use crate::text::dates::find_dates;
use crate::text::numbers::{parse_number, scale_of};
use crate::text::canonical;
use regex::Regex;
use std::sync::LazyLock;

const FIGURE_WORDS: crate::data::DataFile = crate::data_file!("figure_words.tsv");

struct Words {
    metric_trim: Vec<String>,
    noun_stop: Vec<String>,
    not_after: Vec<String>,
    not_before: Vec<String>,
    qualifier: Vec<String>,
    target: Vec<String>,
    estimate: Vec<String>,
    change: Vec<String>,
    measure: Vec<String>,
}

static WORDS: LazyLock<Words> = LazyLock::new(|| {
    let mut w = Words { metric_trim: vec![], noun_stop: vec![], not_after: vec![], not_before: vec![], qualifier: vec![], target: vec![], estimate: vec![], change: vec![], measure: vec![] };
    for row in FIGURE_WORDS.lines() {
        let Some((category, words)) = row.text().split_once('\t') else { row.fail("expected CATEGORY<TAB>WORDS") };
        let list: Vec<String> = words.split(';').map(|s| s.trim().to_lowercase()).filter(|s| !s.is_empty()).collect();
        match category {
            "not_after" => w.not_after = list,
            "noun_stop" => w.noun_stop = list,
            "metric_trim" => w.metric_trim = list,
            "not_before" => w.not_before = list,
            "qualifier" => w.qualifier = list,
            "target" => w.target = list,
            "estimate" => w.estimate = list,
            "change" => w.change = list,
            "measure" => w.measure = list,
            other => row.fail(&format!("unknown category {other:?}")),
        }
    }
    w
});

/// A number, optionally a range or a ratio: "6,56", "3 - 5", "25/30", "7,5 - 8,5".
static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"([0-9]+(?:[.,][0-9]+)*)(?:\s*(%))?(?:(\s*[-–]\s*|\s+đến\s+)([0-9]+(?:[.,][0-9]+)*))?(?:/([0-9]+(?:[.,][0-9]+)*))?").unwrap()
});
static YEAR_IN_CLAUSE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)năm ([0-9]{4})").unwrap());

/// The year a figure is for: the last "năm YYYY" before it in the sentence, else the first
/// after it ("kế hoạch năm 2021"), leaving out baselines ("so với năm 2020", "so với cùng
/// kỳ năm 2022") and birth years.
fn year_of_figure(sentence: &str, at: usize) -> Option<i32> {
    let years: Vec<(usize, i32)> = YEAR_IN_CLAUSE
        .captures_iter(sentence)
        .filter(|c| {
            let before = crate::text::clip_tail(&sentence[..c.get(0).unwrap().start()], 30).to_lowercase();
            !(before.contains("so với") || before.contains("so cùng kỳ") || before.ends_with("sinh "))
        })
        .filter_map(|c| Some((c.get(0)?.start(), c[1].parse().ok()?)))
        .filter(|(_, y)| (1945..=2100).contains(y))
        .collect();
    years.iter().rev().find(|(p, _)| *p < at).or_else(|| years.iter().find(|(p, _)| *p >= at)).map(|(_, y)| *y)
}

pub fn extract(doc: &Document, default_year: Option<i32>) -> Vec<Target> {
    let text = doc.text();
    let mut out: Vec<Target> = Vec::new();
    for &(s, e) in &doc.sentences {
        let sentence = &text[s..e];
        let masked = masked_spans(sentence);
        let sentence_span = doc.evidence(s, e).1;
        for caps in NUMBER.captures_iter(sentence) {
            let whole = caps.get(0).unwrap();
            let first = caps.get(1).unwrap();
            if masked.iter().any(|&(ms, me)| ms <= first.start() && first.start() < me) {
                continue;
            }
            let before_char = sentence[..whole.start()].chars().last();
            // ("đại biểu/75 điểm cầu": a slash after a word, not after a number or "f", starts a figure.)
            let word_before_slash = sentence[..whole.start() - before_char.map_or(0, char::len_utf8)].chars().rev().take_while(|c| c.is_alphabetic()).count();
            let bad_slash = before_char == Some('/') && word_before_slash < 2;
            if before_char.is_some_and(|c| c.is_alphanumeric() || c == '-' && sentence[..whole.start()].trim_end_matches('-').ends_with(char::is_alphabetic)) || bad_slash {
                continue;
            }
            let after_char = sentence[whole.end()..].chars().next();
            if after_char.is_some_and(|c| c.is_alphanumeric() && c != 'l') && caps.get(2).is_none() {
                // "20:40", "3x", but "5.000 tỉ" has a space first.
                if !sentence[whole.end()..].starts_with(' ') {
                    continue;
                }
            }
            if let Some(mut t) = figure(doc, s, sentence, &caps, default_year) {
                // "giá trị sản xuất công nghiệp đạt 844 nghìn tỷ đồng, tăng 7,7%": a change
                // with no words of its own measures what the figure before it in the
                // sentence measured.
                if t.metric.is_empty() {
                    t.metric = match out.last() {
                        Some(prev) if prev.span.start >= sentence_span.start && prev.span.end <= t.span.start && !prev.metric.is_empty() => prev.metric.clone(),
                        _ => canonical(&t.evidence),
                    };
                }
                out.push(t);
            }
        }
    }
    out
}

/// Spans that hold no figures: dates, document numbers, times, years of terms.
fn masked_spans(sentence: &str) -> Vec<(usize, usize)> {
    static OTHER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?-u:\b)date [0-9]{4}-[0-9]{2}(?:-[0-9]{2})?|covid\s*-\s*[0-9]+|[0-9]{1,4}\s*[-–]\s*[A-ZĐ]{1,4}/[A-ZĐ.Ư]+|[0-9]+(?:/[0-9]{4})?/[A-ZĐ]+[-–][A-ZĐ]+|(?-u:\b)[0-9]{1,2}:[0-9]{2}(?-u:\b)|(?:19|20)[0-9]{2}\s*[-–]\s*(?:19|20)[0-9]{2}|[0-9]{1,2}[/-][0-9]{4}(?-u:\b)|(?-u:\b)0[0-9]{8,10}(?-u:\b)|[0-9]{9,}").unwrap()
    });
    let mut spans: Vec<(usize, usize)> = find_dates(sentence).into_iter().map(|d| (d.start, d.end)).collect();
    spans.extend(OTHER.find_iter(sentence).map(|m| (m.start(), m.end())));
    spans
}

fn figure(doc: &Document, s: usize, sentence: &str, caps: &regex::Captures, default_year: Option<i32>) -> Option<Target> {
    let w = &*WORDS;
    let whole = caps.get(0).unwrap();
    let raw = caps.get(1).unwrap().as_str();
    let mut value = parse_number(raw)?;
    let mut value_max = caps.get(4).and_then(|m| parse_number(m.as_str()));
    let ratio_of = caps.get(5).and_then(|m| parse_number(m.as_str()));
    let percent = caps.get(2).is_some() || sentence[whole.end()..].starts_with('%');
    let before = sentence[..whole.start()].trim_end();
    let before_lower = before.to_lowercase();
    let last_words: String = before_lower.replace(['(', ')'], "").split_whitespace().rev().take(3).collect::<Vec<_>>().into_iter().rev().collect::<Vec<_>>().join(" ");
    // A rank: "đứng thứ 14/63", "đứng thứ 9 cả nước".
    let ranked = ["đứng thứ", "xếp thứ", "hạng thứ"].iter().any(|r| last_words.ends_with(r));
    let rank = (ratio_of.is_some() || ranked) && last_words.ends_with("thứ");
    if !rank && w.not_before.iter().any(|nb| last_words.ends_with(&format!(" {nb}")) || last_words == *nb) {
        return None;
    }
    let mut end = whole.end();
    let after = &sentence[end..];
    let after_lower = after.to_lowercase();
    let unit: String;
    if percent {
        unit = "%".into();
        if !caps.get(2).is_some() {
            end += 1;
        }
    } else if rank && ratio_of.is_none() {
        unit = "ratio".into();
        value_max = None;
    } else if let Some(total) = ratio_of {
        if value > total {
            return None; // "9/2021" and other things that are no ratio
        }
        unit = "ratio".into();
        value_max = None;
    } else {
        let (factor, scale_len) = scale_of(&after_lower);
        let rest = after_lower[scale_len..].trim_start();
        let skipped = after_lower.len() - after_lower[scale_len..].trim_start().len();
        let currency = ["đồng", "vnđ", "vnd", "usd", "đô la"].iter().find(|c| rest.starts_with(*c) && !rest.starts_with("đồng chí"));
        if let Some(currency) = currency {
            unit = if currency.starts_with('u') || currency.starts_with("đô") { "USD".into() } else { "VND".into() };
            end += skipped + currency.len();
        } else if rest.starts_with("lần") && !rest.starts_with("lần thứ") && ["tăng", "gấp", "gần", "hơn", "cao", "giảm"].iter().any(|w| last_words.contains(w)) {
            unit = "times".into();
            end += skipped + "lần".len();
        } else if let Some(m) = w.measure.iter().find(|m| rest.starts_with(m.as_str()) && !rest[m.len()..].starts_with(char::is_alphanumeric)) {
            unit = m.clone();
            end += skipped + m.len();
        } else {
            // A count: the number must be followed by a noun that is not a duration.
            let noun = rest.split_whitespace().next().unwrap_or("");
            if noun.is_empty() || !noun.starts_with(char::is_alphabetic) || w.noun_stop.iter().any(|s| s == noun.trim_end_matches([',', '.', ';'])) {
                return None; // "chiều 16 và sáng 17.10": no noun, no count
            }
            if w.not_after.iter().any(|na| rest.starts_with(&format!("{na} ")) || rest == na || rest.starts_with(&format!("{na},")) || rest.starts_with(&format!("{na}.")) ) {
                return None;
            }
            if (1900..=2100).contains(&(value as i64)) && value.fract() == 0.0 && raw.len() == 4 {
                return None; // a year
            }
            unit = "count".into();
            end += skipped + noun.len();
        }
        value *= factor;
        value_max = value_max.map(|v| v * factor);
    }
    if unit != "%" && unit != "ratio" {
        if let Some(vm) = value_max {
            if vm < value {
                value_max = None;
            }
        }
    }
    let qualifier = w
        .qualifier
        .iter()
        .filter(|q| before_lower.ends_with(&format!(" {q}")) || before_lower == **q)
        .max_by_key(|q| q.len())
        .cloned();
    // The clause the figure stands in.
    // (A parenthesis closed before the figure is part of the clause: "kinh tế (GRDP) đạt".)
    let open_paren = before.rfind('(').filter(|&p| !before[p..].contains(')'));
    // (A comma between digits is a decimal comma: "tăng 42,4% so với ...".)
    let clause_break = before
        .char_indices()
        .filter(|&(i, c)| {
            matches!(c, ',' | ';' | ':')
                && !(c == ',' && before[..i].ends_with(|d: char| d.is_ascii_digit()) && before[i + 1..].starts_with(|d: char| d.is_ascii_digit()))
        })
        .map(|(i, _)| i)
        .last();
    // A figure earlier in the clause ends at its unit: "đạt 51,8% ... và tăng 2,5%".
    let previous_figure = ["%", " đồng", " USD"].iter().filter_map(|u| before.rfind(u).map(|p| p + u.len() - 1)).max();
    let clause_start = clause_break.max(open_paren).max(previous_figure).map_or(0, |p| p + 1);
    let clause = sentence[clause_start..whole.start()].trim();
    let after_clause = &sentence[end.min(sentence.len())..];
    static COMPARISON: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*(?:,\s*)?(so (?:với|cùng)[^,.;]{0,40})").unwrap());
    let comparison = COMPARISON.captures(after_clause).map(|c| canonical(&c[1]));
    // The clause without the bound written before the figure ("tăng trên", "vượt gần").
    let lower_clause = {
        let lower = clause.to_lowercase();
        w.qualifier.iter().find_map(|q| lower.strip_suffix(q.as_str()).filter(|r| r.ends_with(' ')).map(|r| r.trim_end().to_string())).unwrap_or(lower)
    };
    let sentence_lower = sentence[..whole.start()].to_lowercase();
    let kind = if comparison.is_some() || w.change.iter().any(|c| lower_clause.ends_with(c.as_str()) || lower_clause.ends_with(&format!("{c} bình quân"))) || unit == "times" {
        "change"
    } else if w.estimate.iter().any(|x| sentence_lower.contains(x.as_str())) {
        "estimate"
    } else if w.target.iter().any(|x| sentence_lower.contains(x.as_str())) {
        "target"
    } else {
        "actual"
    };
    let decrease = lower_clause.ends_with("giảm") || lower_clause.contains("giảm bình quân");
    if decrease && !lower_clause.ends_with("còn") {
        value = -value;
    }
    let year = year_of_figure(sentence, whole.start()).or(default_year);
    let metric_words: Vec<&str> = clause.split_whitespace().collect();
    let metric_start = metric_words.len().saturating_sub(14);
    let mut metric = metric_words[metric_start..].join(" ");
    // The verbs and qualifiers between the metric and the figure are not the metric.
    loop {
        let trimmed = w
            .metric_trim
            .iter()
            .find_map(|verb| metric.strip_suffix(verb).filter(|rest| rest.is_empty() || rest.ends_with(' ')).map(|rest| rest.trim_end().to_string()));
        match trimmed {
            Some(rest) => metric = rest,
            None => break,
        }
    }
    // Words left over from the figure before ("đề ra (23.600 tỷ đồng) và") name nothing.
    let metric = metric.trim_start_matches([')', ' ']).to_string();
    let metric = metric.strip_prefix("và ").map(str::to_string).unwrap_or(metric);
    let leftover = metric.starts_with("so với")
        || metric.starts_with("so cùng")
        || metric == "và"
        || metric.contains(|c: char| c.is_ascii_digit()) && !metric.contains("năm") && !metric.contains("tháng");
    let mut metric = if leftover { String::new() } else { metric };
    // A count, or a share that is not a rank, measures the noun after it:
    // "07 nhiệm vụ trọng tâm" → "số nhiệm vụ trọng tâm", "25/30 nội dung" → "số nội dung".
    let mut noun_end = end;
    if unit == "count" || unit == "ratio" && (!rank || metric.is_empty()) {
        let (noun, noun_len) = noun_after(&sentence[whole.end()..], &w.noun_stop);
        if !noun.is_empty() {
            metric = format!("số {noun}");
            noun_end = noun_end.max(whole.end() + noun_len);
        }
    }
    let end = noun_end;
    let metric = canonical(&metric);
    let start = clause_start + (sentence[clause_start..].len() - sentence[clause_start..].trim_start().len());
    let (evidence, span) = doc.evidence(s + start.min(whole.start()), s + end.min(sentence.len()));
    Some(Target {
        metric,
        value,
        value_max,
        unit,
        of: ratio_of,
        year,
        kind,
        qualifier,
        comparison,
        evidence,
        span,
    })
}

/// The noun a count is of: up to four words right after the number, a scale word
/// ("nghìn") skipped, stopping at punctuation or a function word. Returns the noun and
/// how far it reaches into `after`.
fn noun_after(after: &str, stop: &[String]) -> (String, usize) {
    static WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[\p{L}\p{M}]+").unwrap());
    let mut words: Vec<&str> = Vec::new();
    let (mut prev_end, mut reach) = (0, 0);
    for m in WORD.find_iter(after) {
        if !after[prev_end..m.start()].trim().is_empty() {
            break;
        }
        prev_end = m.end();
        let lower = m.as_str().to_lowercase();
        if words.is_empty() && ["nghìn", "ngàn", "triệu", "tỷ", "tỉ", "vạn"].contains(&lower.as_str()) {
            continue;
        }
        if stop.iter().any(|s| *s == lower) {
            break;
        }
        words.push(m.as_str());
        reach = m.end();
        if words.len() == 4 {
            break;
        }
    }
    (words.join(" "), reach)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figures(text: &str) -> Vec<(f64, String)> {
        extract(&Document::new(text), Some(2021)).into_iter().map(|t| (t.value, t.unit)).collect()
    }

    #[test]
    fn reads_percentages_money_and_counts() {
        let found = figures("Dự ước năm 2021, tốc độ tăng trưởng kinh tế (GRDP) đạt 6,56%; giá trị sản xuất công nghiệp đạt 844 nghìn tỷ đồng, tăng 7,7% so với cùng kỳ; giá trị xuất khẩu đạt 28,845 tỷ USD.");
        assert_eq!(found, [(6.56, "%".into()), (8.44e14, "VND".into()), (7.7, "%".into()), (28.845e9, "USD".into())]);
        let found = figures("Đến hết tháng 9/2021, đã kết nạp trên 1.300 đảng viên mới, toàn Đảng bộ có trên 95 nghìn đảng viên.");
        assert_eq!(found, [(1300.0, "count".into()), (95000.0, "count".into())]);
    }

    #[test]
    fn ratios_ranks_ranges_and_times() {
        assert_eq!(figures("đã có 25/30 nội dung đạt"), [(25.0, "ratio".into())]);
        assert_eq!(figures("đứng thứ 14/63 tỉnh, thành phố"), [(14.0, "ratio".into())]);
        assert_eq!(figures("tốc độ tăng trưởng GRDP bình quân/năm: 7,5 - 8,5%"), [(7.5, "%".into())]);
        assert_eq!(figures("tăng 2,2 lần về số dự án"), [(2.2, "times".into())]);
    }

    #[test]
    fn decreases_are_negative() {
        let t = &extract(&Document::new("tỷ lệ hộ nghèo còn 2,17%, giảm 0,65% so với năm 2020."), None);
        assert_eq!(t[0].value, 2.17);
        assert_eq!(t[1].value, -0.65);
        assert_eq!(t[1].kind, "change");
    }

    #[test]
    fn dates_years_documents_and_ordinals_are_not_figures() {
        assert!(figures("Ngày 06/4/2023, Hội nghị lần thứ 14 khóa XVII thực hiện Nghị quyết số 20-NQ/TW trong 10 năm, nhiệm kỳ 2020 - 2025, dịch Covid-19.").is_empty());
        assert!(figures("Kỳ họp thứ 16 diễn ra lúc 20:40 năm 2022.").is_empty());
        // A Hà Giang congress report (public page): days of the month are not counts.
        assert!(figures("Tiếp tục chương trình làm việc, chiều 16 và sáng 17.10, Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII tiến hành thảo luận.").is_empty());
    }

    #[test]
    fn names_the_metric_from_the_words_before_or_the_noun_after() {
        // sample-data/004 (Thái Nguyên) and 002 (Hậu Giang).
        let metrics = |text: &str| -> Vec<String> { extract(&Document::new(text), Some(2021)).into_iter().map(|t| t.metric).collect() };
        assert_eq!(
            metrics("Dự ước năm 2021, tốc độ tăng trưởng kinh tế (GRDP) đạt 6,56%; giá trị sản xuất công nghiệp đạt 844 nghìn tỷ đồng, tăng 7,7% so với cùng kỳ; tổng thu ngân sách nhà nước đạt 16.750 tỷ đồng."),
            ["tốc độ tăng trưởng kinh tế (GRDP)", "giá trị sản xuất công nghiệp", "giá trị sản xuất công nghiệp", "tổng thu ngân sách nhà nước"]
        );
        assert_eq!(
            metrics("Ban Chấp hành Đảng bộ tỉnh đề ra 07 nhiệm vụ trọng tâm và 19 chỉ tiêu để triển khai; toàn Đảng bộ có trên 95 nghìn đảng viên."),
            ["số nhiệm vụ trọng tâm", "số chỉ tiêu", "số đảng viên"]
        );
    }

    #[test]
    fn ranks_and_counts_after_a_slash() {
        // n_036 and s_027, dev set.
        assert_eq!(figures("tốc độ tăng trưởng kinh tế năm 2021 đứng thứ 9 cả nước"), [(9.0, "ratio".into())]);
        assert_eq!(figures("Hội nghị được tổ chức theo hình thức trực tuyến với 1.900 đại biểu/75 điểm cầu."), [(1900.0, "count".into()), (75.0, "count".into())]);
        // n_021, dev set: "chính quyền địa phương 2 cấp" is a name, not a figure.
        assert!(figures("sắp xếp đơn vị hành chính cấp xã và tổ chức chính quyền địa phương 2 cấp.").is_empty());
    }

    #[test]
    fn metrics_and_years_in_a_provincial_round_up() {
        // A Quảng Ngãi year-end report (public page): baselines are not the year, a change
        // written after another figure measures the same thing.
        let found = extract(&Document::new("Tổng thu ngân sách trên địa bàn ước đạt trên 20.900 tỷ đồng, tăng 42,4% so với năm 2020 và bằng 115,9% dự toán năm 2021. Kim ngạch xuất khẩu ước đạt 1,68 tỷ USD, tăng trên 19%."), Some(2021));
        let rows: Vec<(f64, &str, &str, Option<i32>)> = found.iter().map(|t| (t.value, t.metric.as_str(), t.kind, t.year)).collect();
        assert_eq!(
            rows,
            [
                (20.9e12, "Tổng thu ngân sách trên địa bàn", "estimate", Some(2021)),
                (42.4, "Tổng thu ngân sách trên địa bàn", "change", Some(2021)),
                (115.9, "Tổng thu ngân sách trên địa bàn", "estimate", Some(2021)),
                (1.68e9, "Kim ngạch xuất khẩu", "estimate", Some(2021)),
                (19.0, "Kim ngạch xuất khẩu", "change", Some(2021)),
            ]
        );
    }
}

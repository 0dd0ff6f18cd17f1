//! Figures in tables: a row label and a value per column. A table is a run of lines
//! whose cells are separated by `|` or tabs ("Tốc độ tăng trưởng GRDP (%) | 6,5 | 7,2"),
//! or a header row of years followed by rows of a label and one number per year
//! ("Chỉ tiêu 2021 2022" / "Tỷ lệ hộ nghèo (%) 3,5 2,8"). Each cell's figure takes the
//! row's label as its metric, the unit the cell, the row ("(tỷ đồng)") or a unit column
//! ("ĐVT") gives, and the column's header as its year when it names one, as its kind
//! when it says so ("Kế hoạch", "Ước thực hiện"). A range in a cell ("3,5–4") is a
//! value and its maximum.

use super::{Words, WORDS};
use crate::extract::indicators::{Vocabulary, FIGURE};
use crate::extract::{Document, Rule, Target};
use crate::text::canonical;
use crate::text::numbers::{parse_number, scale_of};
use crate::text::WordRegex as Regex;
use std::sync::LazyLock;

/// A table's figures, and the lines it takes (canonical spans), which hold no sentences.
pub struct Tables {
    pub targets: Vec<Target>,
    pub lines: Vec<(usize, usize)>,
}

/// One cell of a row: its text and its span in the canonical text.
struct Cell {
    text: String,
    start: usize,
    end: usize,
}

/// What a column's header says of the figures under it.
#[derive(Default, Clone)]
struct Column {
    year: Option<i32>,
    kind: Option<&'static str>,
    /// The column holds each row's unit ("ĐVT", "Đơn vị tính").
    unit: bool,
    /// The column numbers the rows ("STT", "TT").
    row_number: bool,
    /// The unit its header gives its figures ("So sánh (%)", "Giá trị (tỷ đồng)").
    values_unit: Option<(String, f64)>,
}

pub fn extract(doc: &Document, default_year: Option<i32>) -> Tables {
    let text = doc.text();
    let mut out = Tables { targets: Vec::new(), lines: Vec::new() };
    let lines: Vec<(usize, usize)> = doc.lines.iter().filter(|l| !l.boilerplate).map(|l| (l.start, l.end)).collect();
    let mut i = 0;
    while i < lines.len() {
        // A run of rows with cells ...
        let run = lines[i..].iter().take_while(|&&(s, e)| cells(doc, s, e).is_some()).count();
        let rows: Vec<Vec<Cell>> = lines[i..i + run].iter().filter_map(|&(s, e)| cells(doc, s, e)).filter(|r| !r.is_empty()).collect();
        if rows.len() >= 2 {
            let title = i.checked_sub(1).map(|p| &text[lines[p].0..lines[p].1]);
            let before = out.targets.len();
            read_table(doc, &rows, title, default_year, &mut out.targets);
            // (Lines with bars that hold no figures, captions and menus, stay prose.)
            if out.targets.len() > before {
                out.lines.extend_from_slice(&lines[i..i + run]);
            }
            i += run;
            continue;
        }
        // ... or a header of years and rows of numbers, one per year.
        if let Some(years) = years_header(&text[lines[i].0..lines[i].1]) {
            let rows: Vec<Vec<Cell>> = lines[i + 1..].iter().map_while(|&(s, e)| numbers_row(text, s, e, years.len())).collect();
            if !rows.is_empty() {
                let mut header = vec![Cell { text: String::new(), start: lines[i].0, end: lines[i].0 }];
                header.extend(years.iter().map(|&y| Cell { text: y.to_string(), start: lines[i].0, end: lines[i].0 }));
                let mut table = vec![header];
                let n = rows.len();
                table.extend(rows);
                let title = i.checked_sub(1).map(|p| &text[lines[p].0..lines[p].1]);
                let before = out.targets.len();
                read_table(doc, &table, title, default_year, &mut out.targets);
                if out.targets.len() > before {
                    out.lines.extend_from_slice(&lines[i..=i + n]);
                }
                i += n + 1;
                continue;
            }
        }
        i += 1;
    }
    out
}

/// The cells of a line separated by `|` or tabs, two or more (`None` for other lines),
/// the empty cells at either edge of a Markdown row left out; a Markdown rule
/// ("|---|:--:|") is a row of none.
fn cells(doc: &Document, start: usize, end: usize) -> Option<Vec<Cell>> {
    let line = &doc.text()[start..end];
    // Where the cells are cut: at bars, else at the tabs of the original (the canonical
    // text writes a tab as a space).
    let bars = line.contains('|');
    let cuts: Vec<usize> = if bars {
        line.match_indices('|').map(|(i, _)| i).collect()
    } else if !doc
        .original
        .get({
            let (os, oe) = doc.norm.original_span(start, end);
            os..oe
        })
        .is_some_and(|o| o.contains('\t'))
    {
        return None;
    } else {
        line.match_indices(' ')
            .map(|(i, _)| i)
            .filter(|&i| {
                let (os, oe) = doc.norm.original_span(start + i, start + i + 1);
                doc.original.get(os..oe) == Some("\t")
            })
            .collect()
    };
    if cuts.is_empty() {
        return None;
    }
    let mut out = Vec::new();
    let mut from = 0;
    for cut in cuts.into_iter().chain([line.len()]) {
        let piece = &line[from..cut];
        let lead = piece.len() - piece.trim_start().len();
        let trimmed = piece.trim();
        out.push(Cell { text: trimmed.to_string(), start: start + from + lead, end: start + from + lead + trimmed.len() });
        from = (cut + 1).min(line.len());
    }
    if bars {
        if out.first().is_some_and(|c| c.text.is_empty()) {
            out.remove(0);
        }
        if out.last().is_some_and(|c| c.text.is_empty()) {
            out.pop();
        }
    }
    if out.iter().all(|c| c.text.chars().all(|ch| matches!(ch, '-' | ':' | ' ' | '='))) {
        return Some(Vec::new());
    }
    (out.len() >= 2).then_some(out)
}

/// "Chỉ tiêu 2021 2022 2023", "Năm 2020 Năm 2025": a header of two years or more (and
/// maybe a label before them), the years in order.
fn years_header(line: &str) -> Option<Vec<i32>> {
    static HEADER: LazyLock<crate::text::WordRegex> =
        LazyLock::new(|| crate::text::WordRegex::new(r"(?i)^[^0-9]{0,40}?((?:\s*(?:năm\s+)?(?:19|20)[0-9]{2}\b){2,8})\s*$").unwrap());
    static YEAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?:19|20)[0-9]{2}").unwrap());
    let c = HEADER.captures(line.trim())?;
    let years: Vec<i32> = YEAR.find_iter(&c[1]).filter_map(|m| m.as_str().parse().ok()).collect();
    years.windows(2).all(|w| w[0] < w[1]).then_some(years)
}

/// A row of a label and `n` numbers at its end ("Tỷ lệ hộ nghèo (%) 3,5 2,8 2,1"), as
/// cells; `None` for a line of another shape.
fn numbers_row(text: &str, start: usize, end: usize, n: usize) -> Option<Vec<Cell>> {
    static VALUE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(?:[0-9]+(?:[.,][0-9]+)*%?(?:[-–][0-9]+(?:[.,][0-9]+)*%?)?|-)$").unwrap());
    let line = &text[start..end];
    let mut values: Vec<Cell> = Vec::new();
    let mut rest = line.trim_end();
    for _ in 0..n {
        let at = rest.char_indices().rev().find(|(_, c)| c.is_whitespace()).map(|(i, c)| i + c.len_utf8())?;
        let token = &rest[at..];
        if !VALUE.is_match(token) {
            return None;
        }
        values.push(Cell { text: token.to_string(), start: start + at, end: start + rest.len() });
        rest = rest[..at].trim_end();
    }
    let label = rest.trim();
    // (The label is words, not another number: "2021 2022 2023" is no row.)
    if !label.chars().any(char::is_alphabetic) || label.ends_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let lead = rest.len() - rest.trim_start().len();
    let mut row = vec![Cell { text: label.to_string(), start: start + lead, end: start + lead + label.len() }];
    values.reverse();
    row.extend(values);
    Some(row)
}

/// A cell's figure: a number, maybe a range ("3,5–4", "7 - 7,5%"), maybe with its unit.
static CELL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(trên|dưới|khoảng|gần|hơn|~)\s*)?([0-9]+(?:[.,][0-9]+)*)\s*(%)?(?:\s*[-–]\s*([0-9]+(?:[.,][0-9]+)*)\s*%?)?\s*(.*)$").unwrap()
});

fn read_table(doc: &Document, rows: &[Vec<Cell>], title: Option<&str>, default_year: Option<i32>, out: &mut Vec<Target>) {
    let w = &*WORDS;
    // The first row is a header unless it holds figures other than years.
    let header_row = rows[0].iter().skip(1).all(|c| !is_figure_cell(&c.text));
    let columns: Vec<Column> = if header_row { rows[0].iter().map(|c| column(&c.text, w)).collect() } else { Vec::new() };
    let title_year = title.and_then(|t| super::year_of_figure(t, t.len()));
    // A table of years down its first column ("Năm | GRDP (%) | Thu ngân sách (tỷ đồng)" /
    // "2021 | 6,5 | 12.500") is read by columns: the header names the measure, the first
    // cell of the row its year.
    let row_year = |row: &Vec<Cell>| row.first().and_then(|c| year_cell(&c.text));
    let transposed = header_row && rows.len() > 1 && rows[1..].iter().all(|r| row_year(r).is_some());
    let vocab = Vocabulary::get();
    for row in &rows[header_row as usize..] {
        let col = |j: usize| columns.get(j).cloned().unwrap_or_default();
        // The label: the first cell that is no row number and no figure; in a table read
        // by columns, each column's header.
        let label_at = if transposed { Some(0) } else { (0..row.len()).find(|&j| !col(j).row_number && !col(j).unit && !is_figure_cell(&row[j].text)) };
        let Some(label_at) = label_at else { continue };
        let label = &row[label_at];
        let (row_metric, label_unit) = split_unit(&label.text);
        if !transposed && !row_metric.chars().any(char::is_alphabetic) {
            continue;
        }
        let column_unit = (0..row.len()).find(|&j| col(j).unit).and_then(|j| unit_of(&row[j].text, w));
        let row_unit = if transposed { None } else { column_unit.or(label_unit) };
        let label_year = if transposed { row_year(row) } else { super::year_of_figure(&label.text, label.text.len()) };
        for (j, cell) in row.iter().enumerate().skip(label_at + 1) {
            let c = col(j);
            if c.unit || c.row_number {
                continue;
            }
            let (metric, c) = if transposed {
                // A row may have more cells than the header row above it.
                let Some(header) = rows[0].get(j) else { continue };
                let (name, unit) = split_unit(&header.text);
                (name, Column { year: None, values_unit: unit, ..c })
            } else {
                (row_metric.clone(), c)
            };
            if !metric.chars().any(char::is_alphabetic) {
                continue;
            }
            let Some(caps) = CELL.captures(&cell.text) else { continue };
            let Some(mut value) = parse_number(&caps[2]) else { continue };
            let mut value_max = caps.get(4).and_then(|m| parse_number(m.as_str()));
            let own = caps.get(5).map_or("", |m| m.as_str()).trim();
            let unit = if caps.get(3).is_some() || own == "%" {
                Some(("%".to_string(), 1.0))
            } else if !own.is_empty() {
                match unit_of(own, w) {
                    Some(u) => Some(u),
                    None => continue, // "12 tháng", "Quận 3": no figure
                }
            } else {
                c.values_unit.clone().or_else(|| row_unit.clone()).or_else(|| unit_from_metric(&metric, w))
            };
            let Some((unit, factor)) = unit else { continue };
            value *= factor;
            value_max = value_max.map(|v| v * factor).filter(|&m| m >= value);
            let kind = c.kind.unwrap_or_else(|| if w.target.iter().any(|t| super::contains_words(&metric.to_lowercase(), t)) { "target" } else { "actual" });
            let mut tokens = Vec::new();
            vocab.tokens(&metric, &mut tokens);
            tokens.push(FIGURE.to_string());
            let matched = vocab.classify_words(&tokens, &unit);
            let indicator = matched.as_ref().and_then(|(code, _)| *code);
            let indicator_words = matched.filter(|(code, _)| code.is_some()).map(|(_, range)| tokens[range].join(" "));
            let (evidence, span) = doc.evidence(label.start.min(cell.start), cell.end);
            out.push(Target {
                metric: canonical(&metric),
                value,
                value_max,
                unit,
                of: None,
                year: c.year.or(label_year).or(title_year).or(default_year),
                kind: crate::extract::FigureKind::from_code(kind).expect("a table column's kind is a FigureKind"),
                qualifier: caps.get(1).map(|q| q.as_str().to_string()),
                comparison: None,
                indicator,
                rule: Rule::TABLE_CELL,
                indicator_words,
                rules: vec![
                    ("metric", Rule::METRIC_ROW_LABEL),
                    ("indicator", if indicator.is_some() { Rule::INDICATOR_OF_ROW_LABEL } else { Rule::NO_INDICATOR }),
                ],
                evidence,
                span,
            });
        }
    }
}

/// The year a cell is: "2021", "Năm 2021".
fn year_cell(cell: &str) -> Option<i32> {
    let lower = cell.trim().to_lowercase();
    let digits = lower.strip_prefix("năm").map_or(lower.as_str(), str::trim);
    (digits.len() == 4).then(|| digits.parse().ok()).flatten().filter(|y| (1945..=2100).contains(y))
}

/// Whether a cell holds a figure: a number (not a year alone), a range, a per cent.
fn is_figure_cell(cell: &str) -> bool {
    let Some(c) = CELL.captures(cell) else { return false };
    let year = c[2].len() == 4 && c.get(3).is_none() && c[2].parse::<i32>().is_ok_and(|y| (1945..=2100).contains(&y));
    let rest = c.get(5).map_or("", |m| m.as_str()).trim();
    !year && (rest.is_empty() || rest == "%" || unit_of(rest, &WORDS).is_some())
}

/// What a header cell says of its column: a year ("2021", "Năm 2023", "KH 2024"), a kind
/// ("Kế hoạch", "Ước thực hiện", "Thực hiện", "So sánh (%)"), the unit column, the row
/// numbers.
fn column(header: &str, w: &Words) -> Column {
    static YEAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?:^|[^0-9])((?:19|20)[0-9]{2})(?:[^0-9]|$)").unwrap());
    static PERIOD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?:19|20)[0-9]{2}\s*[-–]\s*(?:19|20)[0-9]{2}").unwrap());
    let lower = canonical(header).to_lowercase();
    let years: Vec<i32> = YEAR.captures_iter(&lower).filter_map(|c| c[1].parse().ok()).collect();
    let year = (years.len() == 1 && !PERIOD.is_match(&lower)).then(|| years[0]);
    let has = |list: &[String]| list.iter().any(|x| super::contains_words(&lower, x));
    let kind = if has(&w.table_change) {
        Some("change")
    } else if has(&w.estimate) {
        Some("estimate")
    } else if has(&w.target) {
        Some("target")
    } else if has(&w.table_actual) {
        Some("actual")
    } else {
        None
    };
    let bare = lower.trim_matches(|c: char| !c.is_alphanumeric());
    let values_unit = if header.trim() == "%" { Some(("%".to_string(), 1.0)) } else { split_unit(header).1 };
    Column { year, kind, unit: w.table_unit.iter().any(|u| u == bare), row_number: w.table_row_number.iter().any(|u| u == bare), values_unit }
}

/// A label and the unit written at its end in parentheses: "Thu ngân sách (tỷ đồng)",
/// "GRDP bình quân đầu người (triệu đồng/người)", "Tỷ lệ hộ nghèo (%)"; "(GRDP)" is part
/// of the name.
fn split_unit(label: &str) -> (String, Option<(String, f64)>) {
    let trimmed = label.trim().trim_end_matches([':', ',']).trim_end();
    if let Some(open) = trimmed.strip_suffix(')').and_then(|t| t.rfind('(')) {
        if let Some(unit) = unit_of(&trimmed[open + 1..trimmed.len() - 1], &WORDS) {
            return (trimmed[..open].trim().to_string(), Some(unit));
        }
    }
    (trimmed.to_string(), None)
}

/// The unit a piece of text names and the factor its scale multiplies by: "%", "tỷ
/// đồng" (VND × 1e9), "triệu USD", "ha", "lần", "điểm"; a count of a lower-case noun
/// ("người", "nghìn lượt khách", "đảng viên"). Text in capitals names no unit ("GRDP").
fn unit_of(text: &str, w: &Words) -> Option<(String, f64)> {
    let lower = canonical(text.trim()).to_lowercase();
    if lower.is_empty() {
        return None;
    }
    if lower == "%" {
        return Some(("%".into(), 1.0));
    }
    let (factor, len) = scale_of(&lower);
    let rest = lower[len..].trim_start();
    let starts = |u: &str| super::starts_with_word(rest, u);
    if starts("đồng") || starts("vnđ") || starts("vnd") {
        return Some(("VND".into(), factor));
    }
    if starts("usd") || starts("đô la") {
        return Some(("USD".into(), factor));
    }
    if starts("lần") {
        return Some(("times".into(), factor));
    }
    if let Some(m) = w.measure.iter().chain(&w.measure_alone).find(|m| starts(m)) {
        return Some((m.clone(), factor));
    }
    let words_only = !text.trim().is_empty() && text.trim().chars().all(|c| c.is_alphabetic() || c == ' ' || c == '/');
    let lower_case = text.trim().chars().next().is_some_and(char::is_lowercase);
    (words_only && lower_case && !rest.is_empty() && !w.not_after.iter().any(|na| starts(na))).then(|| ("count".into(), factor))
}

/// The unit of a row that names none: a rate ("Tốc độ tăng trưởng GRDP", "Tỷ lệ hộ
/// nghèo") is in per cent, a number of things ("Số xã đạt chuẩn nông thôn mới") a count.
fn unit_from_metric(metric: &str, w: &Words) -> Option<(String, f64)> {
    let lower = canonical(metric).to_lowercase();
    if w.table_rate.iter().any(|r| lower.starts_with(r.as_str())) {
        return Some(("%".into(), 1.0));
    }
    (lower.starts_with("số ") || lower.starts_with("tổng số ")).then(|| ("count".into(), 1.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// metric, value, value_max, unit, year, kind, indicator
    type Row = (String, f64, Option<f64>, String, Option<i32>, &'static str, Option<&'static str>);

    fn rows(text: &str) -> Vec<Row> {
        let doc = Document::new(text);
        extract(&doc, None).targets.into_iter().map(|t| (t.metric, t.value, t.value_max, t.unit, t.year, t.kind.code(), t.indicator)).collect()
    }

    #[test]
    fn reads_a_table_of_years() {
        let found = rows("Một số chỉ tiêu chủ yếu\nChỉ tiêu | 2021 | 2022 | 2023\nTốc độ tăng trưởng GRDP (%) | 6,5 | 7,2 | 8,1\nThu ngân sách (tỷ đồng) | 12.500 | 13.800 | 15.200\nTỷ lệ hộ nghèo (%) | 3,5–4 | 2,8 | -\nSố xã đạt chuẩn NTM | 45 | 52 | 60");
        let growth: Vec<_> = found.iter().filter(|r| r.6 == Some("grdp_growth")).map(|r| (r.1, r.4)).collect();
        assert_eq!(growth, [(6.5, Some(2021)), (7.2, Some(2022)), (8.1, Some(2023))]);
        let revenue: Vec<_> = found.iter().filter(|r| r.6 == Some("budget_revenue")).map(|r| (r.1, r.3.as_str())).collect();
        assert_eq!(revenue, [(12.5e12, "VND"), (13.8e12, "VND"), (15.2e12, "VND")]);
        let poverty: Vec<_> = found.iter().filter(|r| r.6 == Some("poverty_rate")).map(|r| (r.1, r.2, r.4)).collect();
        assert_eq!(poverty, [(3.5, Some(4.0), Some(2021)), (2.8, None, Some(2022))]);
        let rural: Vec<_> = found.iter().filter(|r| r.6 == Some("new_rural")).map(|r| (r.1, r.3.as_str())).collect();
        assert_eq!(rural, [(45.0, "count"), (52.0, "count"), (60.0, "count")]);
        assert_eq!(found[0].0, "Tốc độ tăng trưởng GRDP");
    }

    #[test]
    fn reads_tabs_markdown_kinds_and_unit_columns() {
        let found = rows("TT\tChỉ tiêu\tĐVT\tNăm 2020\tNăm 2025\n1\tGRDP bình quân đầu người\ttriệu đồng\t55\t80\n2\tTỷ lệ che phủ rừng\t%\t42,5\t45");
        assert_eq!(
            found.iter().map(|r| (r.1, r.3.as_str(), r.4, r.6)).collect::<Vec<_>>(),
            [
                (55e6, "VND", Some(2020), Some("grdp_per_capita")),
                (80e6, "VND", Some(2025), Some("grdp_per_capita")),
                (42.5, "%", Some(2020), Some("forest_cover")),
                (45.0, "%", Some(2025), Some("forest_cover"))
            ]
        );
        let found = rows("| Chỉ tiêu | Kế hoạch | Ước thực hiện |\n|---|---|---|\n| Kết nạp đảng viên mới (người) | 1.200 | 1.350 |");
        assert_eq!(
            found.iter().map(|r| (r.1, r.5, r.6)).collect::<Vec<_>>(),
            [(1200.0, "target", Some("party_members_admitted")), (1350.0, "estimate", Some("party_members_admitted"))]
        );
        // A header's own unit is its column's: "So sánh (%)" against money.
        let found = rows("Kết quả năm 2023\nChỉ tiêu | Kế hoạch | Thực hiện | So sánh (%)\nThu ngân sách nhà nước (tỷ đồng) | 10.000 | 11.250 | 112,5\nTỷ lệ hộ nghèo (%) | 2 – 2,5 | 1,9 | -");
        assert_eq!(
            found.iter().map(|r| (r.1, r.2, r.3.as_str(), r.4, r.5)).collect::<Vec<_>>(),
            [
                (10e12, None, "VND", Some(2023), "target"),
                (11.25e12, None, "VND", Some(2023), "actual"),
                (112.5, None, "%", Some(2023), "change"),
                (2.0, Some(2.5), "%", Some(2023), "target"),
                (1.9, None, "%", Some(2023), "actual")
            ]
        );
    }

    #[test]
    fn reads_a_table_with_years_down_its_first_column() {
        let found = rows("Năm | Tăng trưởng GRDP (%) | Thu ngân sách (tỷ đồng)\n2021 | 6,5 | 12.500\nNăm 2022 | 7,2 | 13.800");
        assert_eq!(
            found.iter().map(|r| (r.1, r.3.as_str(), r.4, r.6)).collect::<Vec<_>>(),
            [
                (6.5, "%", Some(2021), Some("grdp_growth")),
                (12.5e12, "VND", Some(2021), Some("budget_revenue")),
                (7.2, "%", Some(2022), Some("grdp_growth")),
                (13.8e12, "VND", Some(2022), Some("budget_revenue"))
            ]
        );
    }

    #[test]
    fn reads_a_header_of_years_without_separators() {
        let found = rows("Chỉ tiêu 2022 2023 2024\nTỷ lệ hộ nghèo (%) 3,1 2,5 1,9\nThu ngân sách (tỷ đồng) 9.870 10.215 11.002");
        assert_eq!(
            found.iter().map(|r| (r.1, r.4)).collect::<Vec<_>>(),
            [(3.1, Some(2022)), (2.5, Some(2023)), (1.9, Some(2024)), (9.87e12, Some(2022)), (10.215e12, Some(2023)), (11.002e12, Some(2024))]
        );
        // Lines of prose after a header are no rows.
        assert!(rows("Giai đoạn 2021 2025\nTỉnh đã đạt nhiều kết quả quan trọng.").is_empty());
    }

    #[test]
    fn lines_that_are_no_tables() {
        // One line with a bar, prose with a tab, cells with no unit to read.
        assert!(rows("Tin tức | Thời sự").is_empty());
        assert!(rows("Tên đơn vị | Địa chỉ\nSở Nội vụ | 12 Lê Lợi").is_empty());
        assert!(rows("Họ và tên\tChức vụ\nNguyễn Văn A\tGiám đốc").is_empty());
    }

    #[test]
    fn a_row_longer_than_the_header_row_of_years() {
        // The shape the property test below found: a year row with more cells than the header.
        for text in [",|,\nNăm 2000||% ", "Chỉ tiêu|Năm 2020\nNăm 2021|5%|7%|9%"] {
            let _ = extract(&Document::new(text), Some(2024));
        }
    }

    proptest::proptest! {
        #[test]
        fn never_panics_on_damaged_tables(text in "([0-9.,%–\\- ]{0,8}[|\t\n ]|Năm 20[0-9]{2}|\\(tỷ đồng\\)|[đĐàâưƯ\u{3000}\u{2003}]|Tỷ lệ|Chỉ tiêu){0,40}") {
            let doc = Document::new(&text);
            let _ = extract(&doc, Some(2024));
        }
    }
}

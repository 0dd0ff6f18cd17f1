//! The gazetteer: the 63 provinces and centrally-run cities before the July 2025
//! merger, their districts, and the province each became part of in 2025.
//! The facts live in `data/provinces.tsv` and `data/districts.tsv`.

use crate::text::{canonical, search_key};
use regex::Regex;
use std::collections::HashMap;
use std::sync::LazyLock;

const PROVINCES_TSV: crate::data::DataFile = crate::data_file!("provinces.tsv");
const DISTRICTS_TSV: crate::data::DataFile = crate::data_file!("districts.tsv");

#[derive(Debug, Clone)]
pub struct Province {
    /// The name as articles of the time write it, e.g. "Hải Dương".
    pub name: String,
    /// True for the five centrally-run cities (Hà Nội, Hồ Chí Minh, ...).
    pub centrally_run: bool,
    /// The province it became part of in the 2025 merger.
    pub province_2025: String,
    /// Every written form: the name and its aliases.
    pub spellings: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct District {
    pub name: String,
    /// "Quận", "Huyện", "Thị xã" or "Thành phố".
    pub kind: String,
    pub province: usize,
}

/// A place named in a text.
#[derive(Debug, Clone, Copy)]
pub struct PlaceMention {
    pub start: usize,
    pub end: usize,
    pub province: usize,
}

pub struct Gazetteer {
    pub provinces: Vec<Province>,
    pub districts: Vec<District>,
    by_spelling: HashMap<String, usize>,
    province_re: Regex,
    /// The same alternation anchored at the start of the text.
    province_start_re: Regex,
    district_re: Regex,
    /// Folded spellings of every province and district, to tell places from people.
    place_keys: std::collections::HashSet<String>,
    /// District name (folded) -> indices into `districts`.
    districts_by_name: HashMap<String, Vec<usize>>,
    site_keys: Vec<(String, usize)>,
}

static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(Gazetteer::load);

fn alternation(spellings: &[String]) -> String {
    let mut sorted: Vec<&String> = spellings.iter().collect();
    sorted.sort_by_key(|s| std::cmp::Reverse(s.len()));
    sorted.iter().map(|s| regex::escape(s)).collect::<Vec<_>>().join("|")
}

impl Gazetteer {
    pub fn get() -> &'static Gazetteer {
        &GAZETTEER
    }

    fn load() -> Gazetteer {
        let mut provinces = Vec::new();
        for row in PROVINCES_TSV.table(3) {
            let name = canonical(row.required(0));
            let mut spellings = vec![name.clone()];
            spellings.extend(row.list(3).into_iter().map(canonical));
            let kind = row.required(1);
            if kind != "tinh" && kind != "thanh_pho" {
                row.fail(&format!("kind {kind:?} is neither tinh nor thanh_pho"));
            }
            provinces.push(Province { name, centrally_run: kind == "thanh_pho", province_2025: canonical(row.required(2)), spellings });
        }
        let mut by_spelling = HashMap::new();
        let mut site_keys = Vec::new();
        let mut all = Vec::new();
        for (i, p) in provinces.iter().enumerate() {
            for s in &p.spellings {
                by_spelling.insert(search_key(s), i);
                all.push(s.clone());
            }
            site_keys.push((search_key(&p.name).replace([' ', '-'], ""), i));
        }
        let mut districts = Vec::new();
        let mut districts_by_name: HashMap<String, Vec<usize>> = HashMap::new();
        let mut names = Vec::new();
        for row in DISTRICTS_TSV.table(3) {
            let Some(&province) = by_spelling.get(&search_key(row.required(0))) else {
                row.fail(&format!("{:?} is not a province of data/provinces.tsv", row.col(0)))
            };
            let name = canonical(row.required(1));
            districts_by_name.entry(search_key(&name)).or_default().push(districts.len());
            names.push(name.clone());
            districts.push(District { name, kind: row.required(2).to_string(), province });
        }
        names.sort();
        names.dedup();
        let province_re = Regex::new(&format!(r"\b(?:{})\b", alternation(&all))).unwrap();
        let province_start_re = Regex::new(&format!(r"^(?:{})\b", alternation(&all))).unwrap();
        let place_keys = all.iter().chain(names.iter()).map(|s| crate::text::fold_key(s)).collect();
        let district_re = Regex::new(&format!(
            r"(?i:huyện|quận|thị xã|thành phố|tp\.?|huyện ủy|quận ủy|thị ủy|thành ủy|tại) ((?-i:{}))\b",
            alternation(&names)
        ))
        .unwrap();
        Gazetteer { provinces, districts, by_spelling, province_re, province_start_re, district_re, place_keys, districts_by_name, site_keys }
    }

    /// The province a written name stands for ("Thừa Thiên - Huế", "TPHCM", "Hải Dương").
    pub fn province(&self, written: &str) -> Option<&Province> {
        self.by_spelling.get(&search_key(written)).map(|&i| &self.provinces[i])
    }

    /// True when `name` is exactly a province's or a district's name (so not a person's).
    pub fn is_place_name(&self, name: &str) -> bool {
        self.place_keys.contains(&crate::text::fold_key(name))
    }

    pub fn province_index(&self, written: &str) -> Option<usize> {
        self.by_spelling.get(&search_key(written)).copied()
    }

    /// Provinces named in canonical text, in order.
    pub fn find_provinces(&self, text: &str) -> Vec<PlaceMention> {
        self.province_re
            .find_iter(text)
            .map(|m| PlaceMention { start: m.start(), end: m.end(), province: self.by_spelling[&search_key(m.as_str())] })
            .collect()
    }

    /// A province name starting exactly at the beginning of `text`, if any.
    pub fn province_at_start(&self, text: &str) -> Option<PlaceMention> {
        self.province_start_re.find(text).map(|m| PlaceMention {
            start: 0,
            end: m.end(),
            province: self.by_spelling[&search_key(m.as_str())],
        })
    }

    /// Districts named with their kind word ("huyện Võ Nhai", "Huyện ủy Võ Nhai") or as
    /// the place of an event ("tại Hà Đông") whose name belongs to exactly one province:
    /// the province they point to.
    pub fn find_district_provinces(&self, text: &str) -> Vec<PlaceMention> {
        let mut out = Vec::new();
        for caps in self.district_re.captures_iter(text) {
            let m = caps.get(1).unwrap();
            let Some(ids) = self.districts_by_name.get(&search_key(m.as_str())) else { continue };
            let mut provinces: Vec<usize> = ids.iter().map(|&d| self.districts[d].province).collect();
            provinces.dedup();
            if provinces.len() == 1 {
                out.push(PlaceMention { start: m.start(), end: m.end(), province: provinces[0] });
            }
        }
        out
    }

    /// The province whose name a web address in the text carries ("thainguyen.gov.vn").
    pub fn province_from_site(&self, text: &str) -> Option<usize> {
        static DOMAIN: LazyLock<Regex> =
            LazyLock::new(|| Regex::new(r"(?i-u)\b([a-z0-9-]+(?:\.[a-z0-9-]+)*)\.(?:gov\.vn|org\.vn|com\.vn|vn)\b").unwrap());
        for caps in DOMAIN.captures_iter(text) {
            let host = caps[1].to_lowercase().replace('-', "");
            let mut best: Option<(usize, usize)> = None;
            for (key, i) in &self.site_keys {
                if host.contains(key.as_str()) && best.is_none_or(|(len, _)| key.len() > len) {
                    best = Some((key.len(), *i));
                }
            }
            if let Some((_, i)) = best {
                return Some(i);
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_all_63_provinces_and_their_2025_successors() {
        let g = Gazetteer::get();
        assert_eq!(g.provinces.len(), 63);
        assert_eq!(g.province("Bắc Kạn").unwrap().province_2025, "Thái Nguyên");
        assert_eq!(g.province("TPHCM").unwrap().name, "Hồ Chí Minh");
        assert_eq!(g.province("Thừa Thiên - Huế").unwrap().name, "Thừa Thiên Huế");
        assert!(g.province("Hà Nội").unwrap().centrally_run);
    }

    #[test]
    fn finds_provinces_districts_and_sites() {
        let g = Gazetteer::get();
        let found = g.find_provinces("Bí thư Tỉnh ủy Hải Dương Trần Đức Thắng");
        assert_eq!(g.provinces[found[0].province].name, "Hải Dương");
        let d = g.find_district_provinces("Bí thư Huyện ủy Võ Nhai phát biểu");
        assert_eq!(g.provinces[d[0].province].name, "Thái Nguyên");
        // A Hà Nội plenum report (public page) names only the district it met in.
        let d = g.find_district_provinces("(NHN) Sáng 7/4, tại Hà Đông, Ban Chấp hành Đảng bộ TP khóa XV đã khai mạc hội nghị lần thứ tám.");
        assert_eq!(g.provinces[d[0].province].name, "Hà Nội");
        assert_eq!(g.provinces[g.province_from_site("Nguồn: thainguyen.gov.vn").unwrap()].name, "Thái Nguyên");
    }
}

impl Gazetteer {
    /// A district name starting exactly at the beginning of `text`: its byte length and index.
    pub fn district_at_start(&self, text: &str) -> Option<(usize, usize)> {
        let mut best: Option<(usize, usize)> = None;
        for (i, d) in self.districts.iter().enumerate() {
            if text.starts_with(&d.name) {
                let rest = &text[d.name.len()..];
                let whole_word = !rest.starts_with(char::is_alphanumeric);
                if whole_word && best.is_none_or(|(len, _)| d.name.len() > len) {
                    best = Some((d.name.len(), i));
                }
            }
        }
        best
    }
}

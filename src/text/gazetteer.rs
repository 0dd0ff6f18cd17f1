//! The gazetteer: the 63 provinces and centrally-run cities before the July 2025
//! merger, their districts, and the province each became part of in 2025.
//! The facts live in `data/provinces.tsv` and `data/districts.tsv`.

use crate::text::WordRegex;
use crate::text::WordRegex as Regex;
use crate::text::{canonical, search_key};
use std::collections::HashMap;
use std::sync::LazyLock;

const PROVINCES_TSV: crate::data::DataFile = crate::data_file!("provinces.tsv");
const DISTRICTS_TSV: crate::data::DataFile = crate::data_file!("districts.tsv");
const WARDS_TSV: crate::data::DataFile = crate::data_file!("wards.tsv");
const SITES_TSV: crate::data::DataFile = crate::data_file!("sites.tsv");
const PERSON_NAMED_PLACES_TSV: crate::data::DataFile = crate::data_file!("person_named_places.tsv");

/// What a web address says of the province (see `data/sites.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SiteVerdict {
    /// A provincial outlet, portal, Party committee or council site.
    Province(usize),
    /// A national outlet: it names no province.
    National,
    Unknown,
}

/// A row of `data/sites.tsv`: a host (or the end of one), or a word inside hosts.
#[derive(Debug, Clone)]
struct SiteRule {
    host: String,
    word: bool,
    province: Option<usize>,
}

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
    province_re: WordRegex,
    /// The same alternation anchored at the start of the text.
    province_start_re: WordRegex,
    district_re: WordRegex,
    /// Folded spellings of every province and district, to tell places from people.
    place_keys: std::collections::HashSet<String>,
    /// District name (folded) -> indices into `districts`.
    districts_by_name: HashMap<String, Vec<usize>>,
    site_keys: Vec<(String, usize)>,
    /// `data/person_named_places.tsv`: a place spelling (search key) that is also a
    /// person's name, and the words (lower case) before it that make it the person's.
    person_named: Vec<(String, Vec<String>)>,
    site_rules: Vec<SiteRule>,
    /// Read on first use: only articles of the new era look for wards.
    wards: std::sync::OnceLock<Wards>,
}

/// The communes, wards and special zones of July 2025 (data/wards.tsv).
struct Wards {
    /// Their names (folded) -> the provinces having one.
    by_name: HashMap<String, Vec<usize>>,
    /// Their names as written, sorted, for `re`.
    names: Vec<String>,
    /// The names after their kind word ("phường Ba Đình"); built on first use.
    re: std::sync::OnceLock<WordRegex>,
}

static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(|| crate::timings::timed("gazetteer", Gazetteer::load));

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
        let rows = DISTRICTS_TSV.table(3);
        // The province column repeats: each spelling is looked up once.
        let mut province_of: HashMap<&str, Option<usize>> = HashMap::new();
        for row in &rows {
            let Some(province) = *province_of.entry(row.required(0)).or_insert_with_key(|p| by_spelling.get(&search_key(p)).copied()) else {
                row.fail(&format!("{:?} is not a province of data/provinces.tsv", row.col(0)))
            };
            let name = canonical(row.required(1));
            districts_by_name.entry(search_key(&name)).or_default().push(districts.len());
            names.push(name.clone());
            districts.push(District { name, kind: row.required(2).to_string(), province });
        }
        names.sort();
        names.dedup();
        let province_re = WordRegex::new(&format!(r"\b(?:{})\b", alternation(&all))).unwrap();
        let province_start_re = WordRegex::new(&format!(r"^(?:{})\b", alternation(&all))).unwrap();
        let place_keys = all.iter().chain(names.iter()).map(|s| crate::text::fold_key(s)).collect();
        let district_re = WordRegex::new(&format!(
            r"(?:(?i:huyện|quận|thị xã|thành phố|tp\.?|huyện ủy|quận ủy|thị ủy|thành ủy|tại)|\b(?:TX\.?|Tx\.|H\.|Q\.)) ?((?-i:{}))\b",
            alternation(&names)
        ))
        .unwrap();
        let mut site_rules = Vec::new();
        for row in SITES_TSV.table(2) {
            let site = row.required(0).trim().to_lowercase();
            let (host, word) = match site.strip_prefix('(').and_then(|s| s.strip_suffix(')')) {
                Some(w) => (w.to_string(), true),
                None => (site.clone(), false),
            };
            let province = match row.required(1).trim() {
                "-" => None,
                name => match by_spelling.get(&search_key(name)) {
                    Some(&i) => Some(i),
                    None => row.fail(&format!("{name:?} is not a province of data/provinces.tsv (or \"-\" for a national site)")),
                },
            };
            site_rules.push(SiteRule { host, word, province });
        }
        let person_named = PERSON_NAMED_PLACES_TSV
            .table(2)
            .iter()
            .map(|row| {
                let spelling = search_key(&canonical(row.required(0)));
                if !by_spelling.contains_key(&spelling) {
                    row.fail(&format!("{:?} is not a spelling of data/provinces.tsv", row.col(0)));
                }
                (spelling, row.list(1).into_iter().map(|w| canonical(w).to_lowercase()).collect())
            })
            .collect();
        Gazetteer {
            provinces,
            districts,
            by_spelling,
            province_re,
            province_start_re,
            district_re,
            place_keys,
            districts_by_name,
            site_keys,
            person_named,
            site_rules,
            wards: std::sync::OnceLock::new(),
        }
    }

    /// Communes and wards of July 2025 on named with their kind word ("phường Hoàn Kiếm",
    /// "xã Tân Lập", "Đảng bộ phường Ba Đình") whose name belongs to one province only (238
    /// names belong to several): the province they point to. Only articles of the new era
    /// speak of these units; before July 2025 the same names stood for other communes.
    pub fn find_ward_provinces(&self, text: &str) -> Vec<PlaceMention> {
        let mut out = Vec::new();
        let wards = self.wards();
        let re = wards.re.get_or_init(|| {
            WordRegex::new(&format!(
                r"(?i:\b(?:xã|phường|đặc khu|đảng ủy xã|đảng ủy phường|đảng bộ xã|đảng bộ phường)) ((?-i:{}))\b",
                alternation(&wards.names)
            ))
            .unwrap()
        });
        for caps in re.captures_iter(text) {
            let m = caps.get(1).unwrap();
            if let Some([province]) = wards.by_name.get(&search_key(m.as_str())).map(Vec::as_slice) {
                out.push(PlaceMention { start: m.start(), end: m.end(), province: *province });
            }
        }
        out
    }

    /// True when `name` (canonical) is exactly the name of a commune, ward or special zone
    /// of July 2025 in some province ("Mông Dương"); many such names are people's too ("Hoàng Văn Thụ"),
    /// so only a kind word before it ("phường") makes it the place.
    pub fn is_ward_name(&self, name: &str) -> bool {
        self.wards().names.binary_search_by(|n| n.as_str().cmp(name)).is_ok()
    }

    /// data/wards.tsv, read on the first call.
    fn wards(&self) -> &Wards {
        self.wards.get_or_init(|| {
            let mut by_name: HashMap<String, Vec<usize>> = HashMap::new();
            let mut names = Vec::new();
            let rows = WARDS_TSV.table(3);
            // The province column repeats: each spelling is looked up once.
            let mut provinces: HashMap<&str, Option<usize>> = HashMap::new();
            for row in &rows {
                let Some(province) = *provinces.entry(row.required(0)).or_insert_with_key(|p| self.province_index(p)) else {
                    row.fail(&format!("{:?} is not a province of data/provinces.tsv", row.col(0)))
                };
                let name = canonical(row.required(1));
                let entry = by_name.entry(search_key(&name)).or_default();
                if !entry.contains(&province) {
                    entry.push(province);
                }
                names.push(name);
            }
            names.sort();
            names.dedup();
            Wards { by_name, names, re: std::sync::OnceLock::new() }
        })
    }

    /// The province a page's address or host speaks for: a row of `data/sites.tsv` (a
    /// national outlet, a provincial outlet's short name), else a host carrying a
    /// province's name (baodongthap.vn, thainguyen.gov.vn, tinhuyquangtri.vn, camau.dcs.vn).
    pub fn site_verdict(&self, address: &str) -> SiteVerdict {
        let host = host_of(address);
        if host.is_empty() {
            return SiteVerdict::Unknown;
        }
        for rule in &self.site_rules {
            let hit = if rule.word { host.contains(&rule.host) } else { host == rule.host || host.ends_with(&format!(".{}", rule.host)) };
            if hit {
                return rule.province.map_or(SiteVerdict::National, SiteVerdict::Province);
            }
        }
        match self.province_in_host(&host) {
            Some(i) => SiteVerdict::Province(i),
            None => SiteVerdict::Unknown,
        }
    }

    /// The province a page address's path names ("vietnam.vn/ninhthuan/...",
    /// ".../nhiem-vu-kinh-te-xa-hoi-cua-dong-nai-c51047813.epi", a provincial committee's
    /// section "dangcongsan.org.vn/tinhuyquangnam/..."): weak evidence, for an
    /// article whose text names no province.
    pub fn province_from_path(&self, address: &str) -> Option<usize> {
        let rest = address.split_once("://").map_or(address, |(_, rest)| rest);
        let path = rest.split_once('/').map_or("", |(_, p)| p);
        let path = path.split(['?', '#']).next().unwrap_or("");
        let path = search_key(&percent_decoded_path(path));
        let mut best: Option<(usize, usize)> = None;
        for segment in path.split('/') {
            let tokens: Vec<&str> = segment.split(|c: char| !c.is_ascii_alphanumeric()).filter(|t| !t.is_empty()).collect();
            // ("dangcongsan.org.vn/tinhuyquangnam/...": a provincial body's section, its name
            // after the body's, h82_004.)
            let of_body = |t: &str| {
                ["tinhuy", "thanhuy", "dangbo", "hdnd", "bao"]
                    .iter()
                    .any(|b| t.strip_prefix(b).is_some_and(|rest| rest.len() > 3 && self.site_keys.iter().any(|(k, _)| k == rest)))
            };
            for (key, i) in &self.site_keys {
                let hit = tokens.iter().any(|t| t == key || of_body(t) && t.ends_with(key.as_str()))
                    || (0..tokens.len()).any(|s| (s + 1..=tokens.len().min(s + 4)).any(|e| tokens[s..e].concat() == *key && e - s > 1));
                if hit && best.is_none_or(|(len, _)| key.len() > len) {
                    best = Some((key.len(), *i));
                }
            }
        }
        best.map(|(_, i)| i)
    }

    fn province_in_host(&self, host: &str) -> Option<usize> {
        let host = host.replace('-', "");
        let mut best: Option<(usize, usize)> = None;
        for (key, i) in &self.site_keys {
            if host.contains(key.as_str()) && best.is_none_or(|(len, _)| key.len() > len) {
                best = Some((key.len(), *i));
            }
        }
        best.map(|(_, i)| i)
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
            .filter(|m| !self.names_a_person(&text[..m.start()], m.as_str()))
            .map(|m| PlaceMention { start: m.start(), end: m.end(), province: self.by_spelling[&search_key(m.as_str())] })
            .collect()
    }

    /// True when `name`, written bare after `before`, is a person's name and not the place
    /// (`data/person_named_places.tsv`: "tư tưởng Hồ Chí Minh", "Chủ tịch Hồ Chí Minh").
    fn names_a_person(&self, before: &str, name: &str) -> bool {
        let key = search_key(name);
        let Some((_, cues)) = self.person_named.iter().find(|(spelling, _)| *spelling == key) else { return false };
        let tail = crate::text::clip_tail(before, 80).trim_end().to_lowercase();
        cues.iter().any(|cue| tail.ends_with(cue.as_str()) && tail[..tail.len() - cue.len()].chars().next_back().is_none_or(|c| !c.is_alphanumeric()))
    }

    /// A province name starting exactly at the beginning of `text`, if any.
    pub fn province_at_start(&self, text: &str) -> Option<PlaceMention> {
        self.province_start_re.find(text).map(|m| PlaceMention { start: 0, end: m.end(), province: self.by_spelling[&search_key(m.as_str())] })
    }

    /// Districts named with their kind word ("huyện Võ Nhai", "Huyện ủy Võ Nhai"; abbreviated
    /// "TX Đông Triều", "TP Hạ Long", "H. Tiên Du", "Q.Ba Đình") or as
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
        static DOMAIN: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i-u)\b([a-z0-9-]+(?:\.[a-z0-9-]+)*)\.(?:gov\.vn|org\.vn|com\.vn|vn)\b").unwrap());
        for caps in DOMAIN.captures_iter(text) {
            match self.site_verdict(caps.get(0).unwrap().as_str()) {
                SiteVerdict::Province(i) => return Some(i),
                SiteVerdict::National => continue,
                SiteVerdict::Unknown => {}
            }
        }
        None
    }
}

/// A page address's path as words: percent-encoding decoded (UTF-8, "Ph%C3%BA-Y%C3%AAn" →
/// "Phú-Yên"; an invalid sequence is kept as written) and '+' read as a space, as tag and
/// search pages write a place's name ("/tag/Ph%C3%BA-Y%C3%AAn-34.epi").
pub fn percent_decoded_path(path: &str) -> String {
    let bytes = path.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push((h * 16 + l) as u8);
                    i += 3;
                    continue;
                }
                _ => out.push(b'%'),
            },
            b'+' => out.push(b' '),
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The host of a web address ("https://www.baoapbac.vn/chinh-tri/..." → "www.baoapbac.vn"),
/// or the address itself when it is a bare host; lower case.
fn host_of(address: &str) -> String {
    let a = address.trim().to_lowercase();
    let rest = a.split_once("://").map_or(a.as_str(), |(_, r)| r);
    let host = rest.split(['/', '?', '#', ' ']).next().unwrap_or("");
    let host = host.rsplit('@').next().unwrap_or(host);
    let host = host.split(':').next().unwrap_or(host);
    if host.contains('.') && host.chars().all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-') {
        host.to_string()
    } else {
        String::new()
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
    fn a_place_name_that_is_a_persons_is_the_place_only_as_a_place() {
        let g = Gazetteer::get();
        let names = |text: &str| g.find_provinces(&canonical(text)).iter().map(|m| g.provinces[m.province].name.clone()).collect::<Vec<_>>();
        for person in [
            "học tập lý luận chính trị, chủ nghĩa Mác-Lê nin, tư tưởng Hồ Chí Minh cho cán bộ",
            "học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
            "kỷ niệm ngày sinh Chủ tịch Hồ Chí Minh",
            "Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh",
            "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh",
            "dự án đường Hồ Chí Minh qua tỉnh",
            "Huân chương Hồ Chí Minh",
        ] {
            assert_eq!(names(person), Vec::<String>::new(), "{person}");
        }
        for place in ["Thành ủy Hồ Chí Minh", "Ban Thường vụ Thành ủy TP Hồ Chí Minh", "Bí thư Thành ủy TP.HCM", "chủ tịch UBND TP. Hồ Chí Minh"]
        {
            assert_eq!(names(place), ["Hồ Chí Minh"], "{place}");
        }
        assert_eq!(names("tổ chức tại Hồ Chí Minh và Hà Nội"), ["Hồ Chí Minh", "Hà Nội"]);
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

    fn site(address: &str) -> Option<&'static str> {
        let g = Gazetteer::get();
        match g.site_verdict(address) {
            SiteVerdict::Province(i) => Some(g.provinces[i].name.as_str()),
            SiteVerdict::National => Some("-"),
            SiteVerdict::Unknown => None,
        }
    }

    #[test]
    fn sites_of_every_regular_form_short_names_and_national_outlets() {
        // The regular forms, for provinces the dev set has and has not.
        for (address, province) in [
            ("http://baodongnai.com.vn/tintuc/201810/toan-tinh-co-78047-dang-vien-2914448/", "Đồng Nai"),
            ("https://baodongthap.vn/chinh-tri/day-manh-27614.aspx", "Đồng Tháp"),
            ("https://tinhuyquangtri.vn/mot-so-hoat-dong", "Quảng Trị"),
            ("http://camau.dcs.vn/ban-chap-hanh-khoa-xvi.600", "Cà Mau"),
            ("https://hdnd.quangnam.gov.vn/tin-tuc/ky-hop", "Quảng Nam"),
            ("https://www.quangninh.gov.vn/Trang/ChiTietTinTuc.aspx?nid=113139", "Quảng Ninh"),
            ("baolaocai.vn", "Lào Cai"),
            ("https://baobariavungtau.com.vn/chinh-tri/", "Bà Rịa - Vũng Tàu"),
            ("https://www.baodaknong.vn/x.html", "Đắk Nông"),
            ("https://thuathienhue.gov.vn/vi-vn/", "Thừa Thiên Huế"),
            ("https://tinhuytuyenquang.vn/", "Tuyên Quang"),
            ("https://dienbientv.vn/tin-tuc-su-kien/chinh-tri/202010/dai-hoi", "Điện Biên"),
            // Short names.
            ("http://baoapbac.vn/chinh-tri/202010/nghi-quyet-911161/", "Tiền Giang"),
            ("https://baodongkhoi.vn/x", "Bến Tre"),
            ("https://www.sggp.org.vn/x.html", "Hồ Chí Minh"),
            ("https://thvl.vn/thoi-su-thvl/tin-dia-phuong/btv-tinh-uy-vinh-long", "Vĩnh Long"),
            ("hanoimoi.vn", "Hà Nội"),
            // Radio-television stations: by the province's name, or by the station's short name.
            ("https://truyenhinhthanhhoa.vn/tin-tuc/x.html", "Thanh Hóa"),
            ("https://ptthbinhthuan.vn/x", "Bình Thuận"),
            ("https://www.btv.org.vn/tin-tuc/ky-hop-hdnd-tinh.html", "Bình Dương"),
            ("https://qtv.vn/chinh-tri/dai-hoi", "Quảng Ninh"),
            ("http://www.la34.com.vn/x", "Long An"),
            ("https://vtv.vn/chinh-tri/x.htm", "-"),
            ("https://quochoitv.vn/x", "-"),
            // National outlets name no province, even when their name reads like one.
            ("https://nhandan.vn/tag/x.html", "-"),
            ("https://www.vietnamplus.vn/ong-nguyen-hoang-anh-tai-dac-cu/349857.vnp", "-"),
            ("http://tamlongvang.laodong.com.vn/dbscl/nhieu-tinh-386373.bld", "-"),
            ("https://lite.baomoi.com/sap-xep-cua-dong-nai-c51047813.epi", "-"),
        ] {
            assert_eq!(site(address), Some(province), "{address}");
        }
        assert_eq!(site("https://congnghieptieudung.vn/tiem-nang"), None);
        assert_eq!(site("Báo Đồng Nai"), None);
    }

    #[test]
    fn an_address_path_naming_a_province() {
        let g = Gazetteer::get();
        let name = |a: &str| g.province_from_path(a).map(|i| g.provinces[i].name.as_str());
        assert_eq!(name("https://vietnam.vn/ninhthuan/tag/thi-tran-voi-1-900-dai-bieu"), Some("Ninh Thuận"));
        assert_eq!(name("https://lite.baomoi.com/sap-xep-tinh-gon-cua-dong-nai-c51047813.epi"), Some("Đồng Nai"));
        assert_eq!(name("https://tuoitre.vn/ba-ria-vung-tau-khai-mac-ky-hop-123.htm"), Some("Bà Rịa - Vũng Tàu"));
        assert_eq!(name("https://nhandan.vn/tag/can-bo-chu-chot-cap-xa.html"), None);
        // A provincial committee's section of a national portal (h82_004).
        assert_eq!(name("https://dangcongsan.org.vn/tinhuyquangnam/Lists/TinHoatDong/View_Detail.aspx?ItemID=399"), Some("Quảng Nam"));
        assert_eq!(name("https://example.vn/baotreem/bai-viet.html"), None);
        // Tag and search pages name the place percent-encoded, with or without marks.
        assert_eq!(name("https://baomoi.net.vn/tag/Ph%C3%BA-Y%C3%AAn-34.epi"), Some("Phú Yên"));
        assert_eq!(name("https://example.vn/tim-kiem?q=x/tag/B%E1%BA%AFc+K%E1%BA%A1n"), None);
        assert_eq!(name("https://example.vn/tag/B%E1%BA%AFc+K%E1%BA%A1n"), Some("Bắc Kạn"));
        assert_eq!(name("https://example.vn/tag/%C4%90%E1%BB%93ng%20Th%C3%A1p.html"), Some("Đồng Tháp"));
        assert_eq!(name("https://example.vn/tag/Quang-Tri"), Some("Quảng Trị"));
        assert_eq!(name("https://example.vn/tag/%E0%A4%ZZ%"), None);
    }

    #[test]
    fn wards_of_2025_point_to_their_province_unless_ambiguous() {
        let g = Gazetteer::get();
        let found = g.find_ward_provinces("Đại hội Đảng bộ phường Hoàn Kiếm lần thứ I, nhiệm kỳ 2025-2030");
        assert_eq!(g.provinces[found[0].province].name, "Hà Nội");
        // A name of several provinces decides nothing, and a name needs its kind word.
        let shared: Vec<_> = WARDS_TSV.table(3).into_iter().map(|r| search_key(r.col(1))).collect();
        let ambiguous = g.wards().by_name.values().filter(|p| p.len() > 1).count();
        assert!(ambiguous > 200, "{ambiguous} names of several provinces");
        let name = g.wards().by_name.iter().find(|(_, p)| p.len() > 1).map(|(k, _)| k.clone()).unwrap();
        let written = WARDS_TSV.table(3).into_iter().find(|r| search_key(r.col(1)) == name).unwrap().col(1);
        assert!(g.find_ward_provinces(&format!("xã {written}")).is_empty());
        assert!(g.find_ward_provinces("Hoàn Kiếm").is_empty());
        assert!(shared.len() > 3000);
    }

    #[test]
    fn the_34_provinces_of_2025_map_to_themselves() {
        let g = Gazetteer::get();
        let new: std::collections::BTreeSet<&str> = g.provinces.iter().map(|p| p.province_2025.as_str()).collect();
        assert_eq!(new.len(), 34);
        for name in new {
            let p = g.province(name).unwrap_or_else(|| panic!("{name} is not known"));
            assert_eq!(p.province_2025, name);
        }
        // Old spellings.
        assert_eq!(g.province("Bắc Cạn").unwrap().name, "Bắc Kạn");
    }
}

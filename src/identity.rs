//! Identity rules: what makes facts drawn from different articles the same row of the
//! database — the same document under two spellings of its reference, the same person
//! (same name, same province served). The extractor uses them to drop a document found
//! twice in one article, the store to merge rows across articles; both reach them here,
//! beside `text`, so neither reaches into the other. Pure functions of their arguments.

use crate::text::canonical;
use crate::text::gazetteer::Gazetteer;

/// The comparison key of a document's reference: no spaces, upper case, no leading
/// zeros ("số 05-NQ/TU" and "05 - nq/tu" are one document).
pub fn ref_key(reference: &str) -> String {
    let r: String = reference.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_uppercase();
    r.trim_start_matches('0').to_string()
}

/// The province a person serves in, which tells people of the same name apart across
/// articles: the province named in one of their current titles ("Bí thư Tỉnh ủy Nam
/// Định"), none for national officials (every current title central), else the
/// article's. `current_titles` are the evidence of each current (not former) title as
/// written, with whether its post is central (its level in data/roles.tsv).
pub fn home_province(current_titles: &[(&str, bool)], article_province: Option<&str>) -> Option<String> {
    let g = Gazetteer::get();
    // (The place as written in the title, not one the extractor filled in from the article.)
    if let Some(p) = current_titles.iter().find_map(|(evidence, _)| g.find_provinces(&canonical(evidence)).first().map(|m| m.province)) {
        return Some(g.provinces[p].name.clone());
    }
    if !current_titles.is_empty() && current_titles.iter().all(|&(_, central)| central) {
        return None;
    }
    article_province.map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reference_keeps_its_identity_across_spacing_case_and_leading_zeros() {
        assert_eq!(ref_key("05-NQ/TU"), ref_key("5 - nq/tu"));
        assert_eq!(ref_key("Nghị quyết 57-NQ/TW"), "NGHỊQUYẾT57-NQ/TW");
        assert_ne!(ref_key("57-NQ/TW"), ref_key("57-NQ/TU"));
    }

    #[test]
    fn the_province_of_a_title_wins_then_central_posts_have_none_then_the_article_decides() {
        assert_eq!(home_province(&[("Bí thư Tỉnh ủy Nam Định", false)], Some("Hà Nội")).as_deref(), Some("Nam Định"));
        assert_eq!(home_province(&[("Phó Chủ tịch Quốc hội", true)], Some("Hà Giang")), None);
        assert_eq!(home_province(&[("Phó Chủ tịch Quốc hội", true), ("Chủ tịch UBND tỉnh", false)], Some("Hà Giang")).as_deref(), Some("Hà Giang"));
        assert_eq!(home_province(&[], Some("Hà Giang")).as_deref(), Some("Hà Giang"));
        assert_eq!(home_province(&[], None), None);
    }
}

//! Canned reports: each is a `.sql` file in this folder, embedded in the binary. A
//! header of `--` comments names it, describes it and declares its parameters:
//!
//! ```sql
//! -- name: roles
//! -- description: Who held which post, and when
//! -- param: province = a province, matched without diacritics
//! ```
//! Parameters are bound by name (`:province`); an absent one is NULL.

/// A canned report.
#[derive(Debug, Clone)]
pub struct Report {
    pub name: String,
    pub description: String,
    /// (name, description)
    pub params: Vec<(String, String)>,
    pub sql: &'static str,
}

const SOURCES: [&str; 11] = [
    include_str!("summary.sql"),
    include_str!("meetings.sql"),
    include_str!("timeline.sql"),
    include_str!("chairs.sql"),
    include_str!("officials.sql"),
    include_str!("official.sql"),
    include_str!("roles.sql"),
    include_str!("resolutions.sql"),
    include_str!("targets.sql"),
    include_str!("indicators.sql"),
    include_str!("indicator_codes.sql"),
];

/// Every canned report, in the order listed to users.
pub fn all() -> Vec<Report> {
    SOURCES.iter().map(|sql| parse(sql)).collect()
}

pub fn find(name: &str) -> Option<Report> {
    all().into_iter().find(|r| r.name == name)
}

fn parse(sql: &'static str) -> Report {
    let mut report = Report { name: String::new(), description: String::new(), params: Vec::new(), sql };
    for line in sql.lines().take_while(|l| l.starts_with("--")) {
        let line = line.trim_start_matches("--").trim();
        if let Some(v) = line.strip_prefix("name:") {
            report.name = v.trim().to_string();
        } else if let Some(v) = line.strip_prefix("description:") {
            report.description = v.trim().to_string();
        } else if let Some(v) = line.strip_prefix("param:") {
            let (name, desc) = v.split_once('=').unwrap_or((v, ""));
            report.params.push((name.trim().to_string(), desc.trim().to_string()));
        }
    }
    assert!(!report.name.is_empty(), "a report file lacks its `-- name:` header");
    report
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_report_has_a_name_and_description_and_uses_its_params() {
        let reports = super::all();
        assert_eq!(reports.len(), 11);
        for r in reports {
            assert!(!r.description.is_empty(), "{}", r.name);
            for (p, _) in &r.params {
                assert!(r.sql.contains(&format!(":{p}")), "{} declares {p} but does not use it", r.name);
            }
        }
    }
}

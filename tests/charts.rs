//! `kb chart`: the SVG's series are held against the database. Each point is a circle
//! whose centre is a linear function of the figure it shows, so the test reads the
//! circles back, fits the axes from two of them and checks every other against the
//! values the database holds.

use std::path::Path;
use std::process::Command;

mod util;
use util::{kb, loaded_db, ok};

fn sql(db: &Path, statements: &str) -> String {
    let out = Command::new("sqlite3").arg(db).arg(statements).output().expect("the sqlite3 shell");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// The centres of the SVG's circles, in drawing order.
fn circles(svg: &str) -> Vec<(f64, f64)> {
    let attr = |tag: &str, name: &str| -> f64 {
        let start = tag.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
        tag[start..].split('"').next().unwrap().parse().unwrap()
    };
    svg.split("<circle").skip(1).map(|t| (attr(t, "cx"), attr(t, "cy"))).collect()
}

/// Checks that the drawn points are the expected (x, y) values under one linear map per axis.
fn assert_drawn(svg: &str, expected: &[(f64, f64)]) {
    let drawn = circles(svg);
    assert_eq!(drawn.len(), expected.len(), "points drawn vs in the database");
    // Fitted on the smallest and the largest value, where pixel rounding weighs least.
    let fit = |pick: fn(&(f64, f64)) -> f64| {
        let by = |a: &usize, b: &usize| pick(&expected[*a]).total_cmp(&pick(&expected[*b]));
        let i = (0..expected.len()).min_by(by).unwrap();
        let j = (0..expected.len()).max_by(by).unwrap();
        assert!(pick(&expected[j]) > pick(&expected[i]), "two different values");
        let scale = (pick(&drawn[j]) - pick(&drawn[i])) / (pick(&expected[j]) - pick(&expected[i]));
        (scale, pick(&drawn[i]) - scale * pick(&expected[i]))
    };
    let ((ax, bx), (ay, by)) = (fit(|p| p.0), fit(|p| p.1));
    assert!(ay < 0.0, "a larger value is drawn higher");
    for (d, e) in drawn.iter().zip(expected) {
        assert!((d.0 - (ax * e.0 + bx)).abs() <= 1.5 && (d.1 - (ay * e.1 + by)).abs() <= 1.5, "{d:?} does not show {e:?}");
    }
}

#[test]
fn an_indicator_chart_draws_each_provinces_figures_by_year() {
    let (dir, db) = loaded_db();
    // The figures helper adds targets.indicator; until then the test adds the column.
    let has = sql(&db, "SELECT COUNT(*) FROM pragma_table_info('targets') WHERE name = 'indicator'");
    if has.trim() == "0" {
        sql(&db, "ALTER TABLE targets ADD COLUMN indicator TEXT");
    }
    let figure = |province: &str, year: i64, value: f64, unit: &str, kind: &str| {
        format!(
            "INSERT INTO targets (article_id, metric, value, unit, year, kind, evidence_start, evidence_end, evidence_text, indicator)
             SELECT id, 'GRDP', {value}, '{unit}', {year}, '{kind}', 0, 1, 'GRDP', 'grdp_growth' FROM articles WHERE province = '{province}' LIMIT 1;"
        )
    };
    let mut statements = String::from("UPDATE targets SET indicator = NULL;");
    for (p, y, v, u, k) in [
        ("Hải Dương", 2021, 6.5, "%", "actual"),
        ("Hải Dương", 2022, 7.8, "%", "estimate"),
        ("Hải Dương", 2022, 8.1, "%", "actual"),
        ("Hải Dương", 2023, 9.0, "%", "target"),
        ("Hậu Giang", 2021, 3.1, "%", "actual"),
        ("Hậu Giang", 2023, 6.0, "%", "estimate"),
        ("Thái Nguyên", 2022, 1.0e12, "VND", "actual"),
    ] {
        statements += &figure(p, y, v, u, k);
    }
    sql(&db, &statements);
    let out = dir.path().join("grdp.svg");
    ok(kb(&db, &["chart", "indicator", "grdp_growth", "--out", out.to_str().unwrap()]));
    let svg = std::fs::read_to_string(&out).unwrap();
    // Per province and year the actual figure wins over the estimate; the target and the
    // figure in another unit are not reported percentages.
    assert_drawn(&svg, &[(2021.0, 6.5), (2022.0, 8.1), (2021.0, 3.1), (2023.0, 6.0)]);
    let hd = svg.find(">\nHải Dương\n<").expect("Hải Dương in the legend");
    let hg = svg.find(">\nHậu Giang\n<").expect("Hậu Giang in the legend");
    assert!(hd < hg && !svg.contains("Thái Nguyên"), "legend");
    assert!(svg.contains("<title>grdp_growth (reported, %) by province</title>"));

    // Targets only, one province, to standard output.
    let svg = ok(kb(&db, &["chart", "indicator", "grdp_growth", "--kind", "target", "--province", "hai duong", "--out", "-"]));
    assert_eq!(circles(&svg).len(), 1);
    // An indicator with no figures is a usage error listing those there are.
    let none = kb(&db, &["chart", "indicator", "budget_revenue", "--out", "-"]);
    assert_eq!(none.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&none.stderr).contains("grdp_growth"));
}

#[test]
fn a_meetings_chart_counts_each_bodys_meetings_per_month() {
    let (_dir, db) = loaded_db();
    let svg = ok(kb(&db, &["chart", "meetings", "--out", "-"]));
    // The database's count per body and month, every month from the first to the last.
    let rows = sql(&db, "SELECT body, substr(meeting_date, 1, 7), COUNT(*) FROM meetings WHERE meeting_date IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2");
    let counts: Vec<(String, i64, f64)> = rows
        .lines()
        .map(|l| {
            let f: Vec<&str> = l.split('|').collect();
            let month = f[1][..4].parse::<i64>().unwrap() * 12 + f[1][5..7].parse::<i64>().unwrap() - 1;
            (f[0].to_string(), month, f[2].parse().unwrap())
        })
        .collect();
    let (first, last) = (counts.iter().map(|c| c.1).min().unwrap(), counts.iter().map(|c| c.1).max().unwrap());
    let mut bodies: Vec<&str> = counts.iter().map(|c| c.0.as_str()).collect();
    bodies.dedup();
    let expected: Vec<(f64, f64)> =
        bodies.iter().flat_map(|b| (first..=last).map(|m| (m as f64, counts.iter().filter(|c| c.0 == *b && c.1 == m).map(|c| c.2).sum::<f64>()))).collect();
    assert!(expected.iter().map(|e| e.1).sum::<f64>() >= 4.0);
    assert_drawn(&svg, &expected);
    for b in bodies {
        assert!(svg.contains(&format!(">\n{b}\n<")), "{b} not in the legend");
    }
}

#[test]
fn a_tenure_chart_draws_a_bar_per_holder_of_the_post() {
    let (dir, db) = loaded_db();
    let out = dir.path().join("tenure.svg");
    ok(kb(&db, &["chart", "tenure", "--role", "party_secretary", "--province", "hai duong", "--out", out.to_str().unwrap()]));
    let svg = std::fs::read_to_string(&out).unwrap();
    let holders = sql(&db, "SELECT name, MIN(first_seen), MAX(last_seen) FROM official_role_history WHERE role_code = 'party_secretary' AND province = 'Hải Dương' GROUP BY official_id ORDER BY 2");
    let holders: Vec<Vec<&str>> = holders.lines().map(|l| l.split('|').collect()).collect();
    assert_eq!(holders.len(), 2);
    // A bar (a filled rectangle that is not the background) per holder, named, with its dates.
    let bars = svg.matches("<rect").count() - 1;
    assert_eq!(bars, holders.len(), "{svg}");
    for h in &holders {
        assert!(svg.contains(&format!(">\n{}\n<", h[0])), "{} not named", h[0]);
        let dates = if h[1] == h[2] { h[1].to_string() } else { format!("{} – {}", h[1], h[2]) };
        assert!(svg.contains(&dates), "{dates}");
    }
    assert_eq!(kb(&db, &["chart", "tenure", "--role", "party_secretary", "--province", "ca mau", "--out", "-"]).status.code(), Some(2));
    assert_eq!(kb(&db, &["chart", "meetings"]).status.code(), Some(2), "--out is required");
}

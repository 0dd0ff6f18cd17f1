//! `kb chart`: pictures of what the database holds, written as SVG (plotters):
//!
//! - `indicator CODE`: one indicator (`targets.indicator`, the codes of
//!   `docs/indicators.md`) across provinces and years, a line per province;
//! - `meetings`: meetings per month, a line per body;
//! - `tenure --role CODE --province P`: who held a post in a province, and when, a bar
//!   per person from the first to the last date seen in it.
//!
//! Each chart is made in two steps, so that tests can hold the picture against the
//! database: a query gives the series ([`Series`], [`Bar`]), then a renderer draws them.

use crate::cli::Cli;
use crate::error::usage;
use crate::output::write_file;
use crate::store;
use crate::text::search_key;
use anyhow::{Context, Result};
use chrono::{Datelike, NaiveDate};
use clap::{Args, Subcommand, ValueEnum};
use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::path::PathBuf;

#[derive(Args, Debug)]
pub struct ChartArgs {
    #[command(subcommand)]
    pub chart: Chart,
    /// The SVG file to write (`-` for standard output).
    #[arg(long, global = true, value_name = "FILE.svg")]
    pub out: Option<PathBuf>,
    /// The picture's size in pixels, WIDTHxHEIGHT.
    #[arg(long, global = true, default_value = "900x500", value_parser = parse_size)]
    pub size: (u32, u32),
}

#[derive(Subcommand, Debug)]
pub enum Chart {
    /// One indicator across provinces and years: a line per province (targets.indicator).
    Indicator {
        /// The indicator code, e.g. grdp_growth (`kb chart indicator ?` lists those in the database).
        code: String,
        /// Only these provinces (repeatable; matched without diacritics).
        #[arg(long)]
        province: Vec<String>,
        /// Which figures: reported values (actual, else estimate) or the targets set.
        #[arg(long, value_enum, default_value_t = FigureKind::Reported)]
        kind: FigureKind,
    },
    /// Meetings per month, a line per body.
    Meetings {
        /// Only this province (matched without diacritics).
        #[arg(long)]
        province: Option<String>,
    },
    /// Who held a post in a province, and when: a bar per person.
    Tenure {
        /// The role code (see `kb query "SELECT code, canonical_title FROM roles"`), e.g. party_secretary.
        #[arg(long)]
        role: String,
        /// The province (matched without diacritics).
        #[arg(long)]
        province: String,
    },
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum FigureKind {
    /// What was achieved: the `actual` figure, else the `estimate` for the year.
    Reported,
    /// The goals set for the year (`target`).
    Target,
}

fn parse_size(s: &str) -> Result<(u32, u32), String> {
    let (w, h) = s.split_once('x').ok_or("write the size WIDTHxHEIGHT, e.g. 900x500")?;
    let (w, h): (u32, u32) = (w.trim().parse().map_err(|_| "a width in pixels")?, h.trim().parse().map_err(|_| "a height in pixels")?);
    if !(200..=10_000).contains(&w) || !(150..=10_000).contains(&h) {
        return Err("between 200x150 and 10000x10000 pixels".into());
    }
    Ok((w, h))
}

/// A line: its name and its points (x, y), in x order.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub name: String,
    pub points: Vec<(f64, f64)>,
}

/// A bar of a tenure chart: a person and the first and last day seen in the post.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub name: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
}

pub fn run(cli: &Cli, args: &ChartArgs) -> Result<()> {
    let Some(out) = &args.out else {
        return usage("say where to write the chart: --out FILE.svg (or --out - for standard output)");
    };
    let conn = store::Reader::open(&cli.db)?;
    let svg = match &args.chart {
        Chart::Indicator { code, province, kind } => {
            let (series, unit) = indicator_series(&conn, code, province, *kind)?;
            let what = match kind {
                FigureKind::Reported => "reported",
                FigureKind::Target => "targets",
            };
            lines(&format!("{code} ({what}, {unit}) by province"), &series, Axis::Year, &unit, args.size)?
        }
        Chart::Meetings { province } => {
            let series = meetings_series(&conn, province.as_deref())?;
            let title = match province {
                Some(p) => format!("Meetings per month by body, {p}"),
                None => "Meetings per month by body".to_string(),
            };
            lines(&title, &series, Axis::Month, "meetings", args.size)?
        }
        Chart::Tenure { role, province } => {
            let (bars, written) = tenure_bars(&conn, role, province)?;
            tenure(&format!("{role} in {written}"), &bars, args.size)?
        }
    };
    if out.as_os_str() == "-" {
        print!("{svg}");
    } else {
        write_file(out, svg.as_bytes())?;
        eprintln!("kb: wrote {}", out.display());
    }
    Ok(())
}

/// The indicator's values, a series per province (x the year), and their unit: the most
/// frequent unit of that indicator (figures in other units are left out). For each
/// province and year, the figure of the latest article (an actual before an estimate).
pub fn indicator_series(conn: &store::Reader, code: &str, provinces: &[String], kind: FigureKind) -> Result<(Vec<Series>, String)> {
    let has_column: bool = conn
        .value("SELECT COUNT(*) > 0 FROM pragma_table_info('targets') WHERE name = 'indicator'", &[])
        .context("cannot read the targets table")?
        .unwrap_or(false);
    if !has_column {
        anyhow::bail!("this database's targets have no indicator codes (targets.indicator); load the articles again with a kb that assigns them");
    }
    let kinds = match kind {
        FigureKind::Reported => "('actual', 'estimate')",
        FigureKind::Target => "('target')",
    };
    let sql = format!(
        "SELECT a.province, t.year, t.value, t.unit, t.kind
         FROM targets t JOIN articles a ON a.id = t.article_id
         WHERE t.indicator = :code AND t.kind IN {kinds} AND t.year IS NOT NULL AND a.province IS NOT NULL
         ORDER BY a.province, t.year, t.kind = 'actual', COALESCE(a.published_date, ''), t.id"
    );
    let rows: Vec<(String, i64, f64, String)> = conn.rows(&sql, &[(":code", code.into())], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?;
    let wanted: Vec<String> = provinces.iter().map(|p| search_key(p)).collect();
    let rows: Vec<_> = rows.into_iter().filter(|r| wanted.is_empty() || wanted.contains(&search_key(&r.0))).collect();
    if rows.is_empty() {
        let codes: Vec<String> =
            conn.rows("SELECT indicator FROM targets WHERE indicator IS NOT NULL GROUP BY indicator ORDER BY COUNT(*) DESC LIMIT 30", &[], |r| r.get(0))?;
        let known = if codes.is_empty() { "none has an indicator code yet".to_string() } else { format!("the codes with figures: {}", codes.join(", ")) };
        return usage(format!(
            "no {} figures for the indicator '{code}'{} ({known})",
            if kind == FigureKind::Target { "target" } else { "reported" },
            if provinces.is_empty() { String::new() } else { format!(" in {}", provinces.join(", ")) }
        ));
    }
    let unit = most_frequent(rows.iter().map(|r| r.3.as_str()));
    let mut series: Vec<Series> = Vec::new();
    for (province, year, value, u) in rows {
        if u != unit {
            continue;
        }
        if series.last().is_none_or(|s| s.name != province) {
            series.push(Series { name: province, points: Vec::new() });
        }
        let points = &mut series.last_mut().expect("pushed").points;
        // Rows come in order, the one to keep for a year last.
        match points.last_mut() {
            Some(last) if last.0 == year as f64 => last.1 = value,
            _ => points.push((year as f64, value)),
        }
    }
    Ok((series, unit))
}

fn most_frequent<'a>(items: impl Iterator<Item = &'a str>) -> String {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for item in items {
        match counts.iter_mut().find(|(i, _)| *i == item) {
            Some(c) => c.1 += 1,
            None => counts.push((item, 1)),
        }
    }
    counts.into_iter().max_by_key(|(i, n)| (*n, std::cmp::Reverse(*i))).map(|(i, _)| i.to_string()).unwrap_or_default()
}

/// Meetings per month, a series per body; x is the month as `year * 12 + month - 1`,
/// every month from the first to the last (months without a meeting count 0).
pub fn meetings_series(conn: &store::Reader, province: Option<&str>) -> Result<Vec<Series>> {
    let rows: Vec<(String, i64, i64, Option<String>)> = conn.rows(
        "SELECT body, CAST(substr(meeting_date, 1, 4) AS INTEGER) * 12 + CAST(substr(meeting_date, 6, 2) AS INTEGER) - 1 AS month,
                COUNT(*), province
         FROM meetings WHERE meeting_date IS NOT NULL AND length(meeting_date) >= 7
         GROUP BY body, month, province ORDER BY body, month",
        &[],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
    )?;
    let wanted = province.map(search_key);
    let rows: Vec<_> = rows.into_iter().filter(|r| wanted.as_ref().is_none_or(|w| r.3.as_deref().map(search_key).as_ref() == Some(w))).collect();
    if rows.is_empty() {
        return usage(format!("no dated meetings{}", province.map_or(String::new(), |p| format!(" in {p}"))));
    }
    let first = rows.iter().map(|r| r.1).min().expect("rows");
    let last = rows.iter().map(|r| r.1).max().expect("rows");
    let mut bodies: Vec<String> = rows.iter().map(|r| r.0.clone()).collect();
    bodies.dedup();
    Ok(bodies
        .into_iter()
        .map(|body| {
            let points = (first..=last).map(|m| (m as f64, rows.iter().filter(|r| r.0 == body && r.1 == m).map(|r| r.2).sum::<i64>() as f64)).collect();
            Series { name: body, points }
        })
        .collect())
}

/// Who held the post in the province: a bar per person, by first date seen; and the
/// province as the database writes it.
pub fn tenure_bars(conn: &store::Reader, role: &str, province: &str) -> Result<(Vec<Bar>, String)> {
    let rows: Vec<(String, String, String, Option<String>)> = conn.rows(
        "SELECT name, MIN(first_seen), MAX(last_seen), province FROM official_role_history
         WHERE role_code = :role AND first_seen IS NOT NULL
           AND (kb_key(province) = kb_key(:province) OR substr(kb_key(org), -length(kb_key(:province))) = kb_key(:province))
         GROUP BY official_id ORDER BY MIN(first_seen), name",
        &[(":role", role.into()), (":province", province.into())],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
    )?;
    let date = |s: &str| NaiveDate::parse_from_str(crate::text::clip(s, 10), "%Y-%m-%d").ok();
    let bars: Vec<Bar> = rows.iter().filter_map(|(n, f, t, _)| Some(Bar { name: n.clone(), from: date(f)?, to: date(t)? })).collect();
    if bars.is_empty() {
        return usage(format!("nobody is seen as {role} in {province} (`kb report roles --param province=...` lists the posts)"));
    }
    let written = most_frequent(rows.iter().filter_map(|r| r.3.as_deref()));
    Ok((bars, if written.is_empty() { province.to_string() } else { written }))
}

/// What the x axis counts.
#[derive(Clone, Copy)]
enum Axis {
    Year,
    /// `year * 12 + month - 1`.
    Month,
}

fn x_label(axis: Axis, x: f64) -> String {
    match axis {
        Axis::Year => format!("{}", x.round() as i64),
        Axis::Month => {
            let m = x.round() as i64;
            format!("{}-{:02}", m.div_euclid(12), m.rem_euclid(12) + 1)
        }
    }
}

/// A line chart of the series, each a colour of its own with its points marked, and a legend.
fn lines(title: &str, series: &[Series], axis: Axis, y_name: &str, size: (u32, u32)) -> Result<String> {
    let counts = series.iter().all(|s| s.points.iter().all(|p| p.1.fract() == 0.0));
    let xs = series.iter().flat_map(|s| s.points.iter().map(|p| p.0));
    let ys = series.iter().flat_map(|s| s.points.iter().map(|p| p.1));
    let (x0, x1) = span(xs, 0.5);
    let (mut y0, y1) = span(ys.clone(), 0.0);
    if y0 > 0.0 {
        y0 = 0.0;
    }
    let y1 = y1 + (y1 - y0).abs() * 0.08;
    svg_chart(title, size, 64, (x0..x1, y0..y1), |_, chart| {
        let ticks = ((x1 - x0).round() as usize + 1).clamp(2, 12);
        let y_ticks = if counts { (y1.floor() as usize + 1).clamp(2, 11) } else { 10 };
        chart
            .configure_mesh()
            .x_labels(ticks)
            .y_labels(y_ticks)
            .x_label_formatter(&|x| x_label(axis, *x))
            .y_desc(y_name)
            .y_label_formatter(&|y| {
                if counts && y.fract().abs() > 1e-9 {
                    String::new()
                } else {
                    crate::output::group(&format!("{}", (y * 100.0).round() / 100.0))
                }
            })
            .draw()
            .map_err(draw_error)?;
        for (i, s) in series.iter().enumerate() {
            let colour = Palette99::pick(i).to_rgba();
            chart
                .draw_series(LineSeries::new(s.points.iter().copied(), colour.stroke_width(2)))
                .map_err(draw_error)?
                .label(s.name.clone())
                .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 18, y)], colour.stroke_width(2)));
            chart.draw_series(s.points.iter().map(|p| Circle::new(*p, 3, colour.filled()))).map_err(draw_error)?;
        }
        chart.configure_series_labels().background_style(WHITE.mix(0.85)).border_style(BLACK).draw().map_err(draw_error)?;
        Ok(())
    })
}

/// A bar per person from the first to the last day seen in the post (at least a few
/// days wide, so a single sighting shows), names on the left.
fn tenure(title: &str, bars: &[Bar], size: (u32, u32)) -> Result<String> {
    let day = |d: NaiveDate| d.num_days_from_ce() as f64;
    let (mut x0, mut x1) = span(bars.iter().flat_map(|b| [day(b.from), day(b.to)]), 0.0);
    let pad = ((x1 - x0) * 0.05).max(30.0);
    // Room on the right for the last bar's dates.
    x1 += (x1 - x0) * 0.25;
    x0 -= pad;
    x1 += pad;
    let minimum = (x1 - x0) / 80.0;
    let n = bars.len();
    svg_chart(title, size, 170, (x0..x1, 0f64..n as f64), |root, chart| {
        chart
            .configure_mesh()
            .disable_y_mesh()
            .disable_y_axis()
            .x_label_formatter(&|x| NaiveDate::from_num_days_from_ce_opt(*x as i32).map_or(String::new(), |d| format!("{}-{:02}", d.year(), d.month())))
            .draw()
            .map_err(draw_error)?;
        let label = ("sans-serif", 14).into_font().color(&BLACK).pos(Pos::new(HPos::Right, VPos::Center));
        let dates = ("sans-serif", 11).into_font().color(&RGBColor(80, 80, 80)).pos(Pos::new(HPos::Left, VPos::Center));
        for (i, b) in bars.iter().enumerate() {
            // The first holder on top.
            let row = (n - 1 - i) as f64;
            let (from, to) = (day(b.from), day(b.to).max(day(b.from) + minimum));
            let colour = Palette99::pick(i).to_rgba();
            chart.draw_series(std::iter::once(Rectangle::new([(from, row + 0.25), (to, row + 0.75)], colour.filled()))).map_err(draw_error)?;
            let (px, py) = chart.backend_coord(&(x0, row + 0.5));
            root.draw(&Text::new(b.name.clone(), (px - 8, py), label.clone())).map_err(draw_error)?;
            let (ex, ey) = chart.backend_coord(&(to, row + 0.5));
            let span = if b.from == b.to { b.from.to_string() } else { format!("{} – {}", b.from, b.to) };
            root.draw(&Text::new(span, (ex + 6, ey), dates.clone())).map_err(draw_error)?;
        }
        Ok(())
    })
}

/// An SVG chart on a white ground with its title as caption and in `<title>`, on f64 axes
/// over `ranges`, with `y_label_area` pixels for the left-hand labels; `draw` draws the
/// mesh and the series on it.
fn svg_chart(
    title: &str,
    size: (u32, u32),
    y_label_area: u32,
    ranges: (std::ops::Range<f64>, std::ops::Range<f64>),
    draw: impl for<'a, 's> FnOnce(
        &'a DrawingArea<SVGBackend<'s>, Shift>,
        &mut ChartContext<'a, SVGBackend<'s>, Cartesian2d<RangedCoordf64, RangedCoordf64>>,
    ) -> Result<()>,
) -> Result<String> {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, size).into_drawing_area();
        root.fill(&WHITE).map_err(draw_error)?;
        let mut chart = ChartBuilder::on(&root)
            .caption(title, ("sans-serif", 20))
            .margin(12)
            .x_label_area_size(36)
            .y_label_area_size(y_label_area)
            .build_cartesian_2d(ranges.0, ranges.1)
            .map_err(draw_error)?;
        draw(&root, &mut chart)?;
        root.present().map_err(draw_error)?;
    }
    Ok(with_title(svg, title))
}

/// The range of the values, widened by `pad` each side (and made non-empty).
fn span(values: impl Iterator<Item = f64>, pad: f64) -> (f64, f64) {
    let (lo, hi) = values.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| (lo.min(v), hi.max(v)));
    if !lo.is_finite() {
        return (0.0, 1.0);
    }
    let (lo, hi) = (lo - pad, hi + pad);
    if hi - lo < 1e-9 {
        (lo - 1.0, hi + 1.0)
    } else {
        (lo, hi)
    }
}

/// The chart's title as the SVG's `<title>`, for screen readers and file browsers.
fn with_title(svg: String, title: &str) -> String {
    match svg.find('>') {
        Some(end) if svg.starts_with("<svg") => {
            let escaped = title.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
            format!("{}\n<title>{escaped}</title>{}", &svg[..=end], &svg[end + 1..])
        }
        _ => svg,
    }
}

fn draw_error<E: std::fmt::Debug>(e: E) -> anyhow::Error {
    anyhow::anyhow!("cannot draw the chart: {e:?}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_and_month_labels() {
        assert_eq!(parse_size("640x480"), Ok((640, 480)));
        assert!(parse_size("640").is_err() && parse_size("10x10").is_err());
        assert_eq!(x_label(Axis::Month, (2023 * 12 + 3) as f64), "2023-04");
        assert_eq!(x_label(Axis::Year, 2025.0), "2025");
        assert_eq!(most_frequent(["%", "VND", "%"].into_iter()), "%");
    }

    #[test]
    fn a_line_chart_draws_each_series_with_its_name() {
        let series = vec![
            Series { name: "Hải Dương".into(), points: vec![(2021.0, 6.5), (2022.0, 7.2)] },
            Series { name: "Hậu Giang & Cà Mau".into(), points: vec![(2021.0, 5.0)] },
        ];
        let svg = lines("grdp_growth", &series, Axis::Year, "%", (900, 500)).unwrap();
        assert!(svg.starts_with("<svg") && svg.contains("<title>grdp_growth</title>"));
        assert!(svg.contains("Hải Dương") && svg.contains("Hậu Giang &amp; Cà Mau"), "{svg}");
        assert_eq!(svg.matches("<circle").count(), 3);
    }
}

//! `kb extract`: the extractor alone, as JSON Lines (`--json`, the contract in
//! shared/spec/extract-json.md) or as a readable summary per article.

use crate::cmd::input::{expand, read_all, Article};
use crate::error::catch_panic;
use crate::extract::{extract_page, Extraction};
use anyhow::Result;
use serde_json::{json, Value};
use std::io::Write;

#[derive(clap::Args, Debug)]
pub struct ExtractArgs {
    /// Print JSON Lines, one object per article (docs/extract-json.md says what each key holds).
    #[arg(long)]
    pub json: bool,
    /// Files or directories to read.
    #[arg(required = true)]
    pub paths: Vec<std::path::PathBuf>,
}

pub fn run(args: &ExtractArgs) -> Result<()> {
    let files = expand(&args.paths)?;
    let articles = read_all(&files)?;
    let results = extract_all(&articles)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for (article, facts) in articles.iter().zip(&results) {
        if args.json {
            writeln!(out, "{}", to_json(&article.source, article.page.url.as_deref(), facts))?;
        } else {
            write_summary(&mut out, &article.source, facts)?;
        }
    }
    out.flush()?;
    Ok(())
}

/// Extracts many articles on all cores; the order of the results is the input order.
/// A fault in the extractor on one article is reported as an error naming its file.
pub fn extract_all(articles: &[Article]) -> Result<Vec<Extraction>> {
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get()).min(articles.len().max(1));
    let chunk = articles.len().div_ceil(workers).max(1);
    let results: Vec<Result<Extraction, String>> = std::thread::scope(|scope| {
        let handles: Vec<_> = articles
            .chunks(chunk)
            .map(|part| scope.spawn(move || part.iter().map(|a| catch_panic(|| extract_page(&a.text, &a.page))).collect::<Vec<_>>()))
            .collect();
        handles.into_iter().flat_map(|h| h.join().unwrap_or_default()).collect()
    });
    articles
        .iter()
        .zip(results)
        .map(|(a, r)| {
            r.map_err(|why| {
                anyhow::anyhow!("{}: the extractor failed on this article: {why} (a bug in kb; please report it with the file)", a.source)
            })
        })
        .collect()
}

/// The JSON object of the extraction contract, with evidence spans as extra keys.
pub fn to_json(source: &str, url: Option<&str>, facts: &Extraction) -> Value {
    let date = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string());
    let meetings: Vec<Value> = facts
        .meetings
        .iter()
        .map(|m| {
            json!({
                "province": m.province, "body": m.body, "session": m.session, "term": m.term,
                "term_years": m.term_years, "date": m.date_text(), "end_date": date(m.end_date),
                "location": m.location, "online": m.online, "evidence": m.evidence, "span": [m.span.start, m.span.end],
            })
        })
        .collect();
    let officials: Vec<Value> = facts
        .officials
        .iter()
        .map(|o| {
            let roles: Vec<Value> = o
                .roles
                .iter()
                .map(|r| {
                    let mut v = json!({"code": r.code, "title": r.title, "org": r.org, "evidence": r.evidence, "span": [r.span.start, r.span.end]});
                    if r.former {
                        v["former"] = json!(true);
                    }
                    v
                })
                .collect();
            json!({"name": o.name, "roles": roles, "capacity": o.capacity, "name_as_written": o.name_as_written, "span": [o.span.start, o.span.end]})
        })
        .collect();
    let document = |r: &crate::extract::Resolution| {
        json!({
            "ref": r.reference, "kind": r.kind, "number": r.number, "issuer": r.issuer, "date": date(r.date),
            "issued_by": r.issued_by, "subject": r.subject, "action": r.action, "evidence": r.evidence,
            "span": [r.span.start, r.span.end],
        })
    };
    let resolutions: Vec<Value> = facts.resolutions.iter().map(document).collect();
    // Beyond the contract, which lists numbered documents only.
    let named_documents: Vec<Value> = facts.named_documents.iter().map(document).collect();
    let targets: Vec<Value> = facts
        .targets
        .iter()
        .map(|t| {
            let mut v = json!({
                "metric": t.metric, "value": t.value, "unit": t.unit, "year": t.year, "kind": t.kind, "indicator": t.indicator,
                "evidence": t.evidence, "span": [t.span.start, t.span.end],
            });
            for (key, value) in [("value_max", t.value_max.map(|x| json!(x))), ("of", t.of.map(|x| json!(x))), ("qualifier", t.qualifier.as_ref().map(|x| json!(x))), ("comparison", t.comparison.as_ref().map(|x| json!(x)))] {
                if let Some(value) = value {
                    v[key] = value;
                }
            }
            v
        })
        .collect();
    json!({
        "source": source,
        "article": {
            "title": facts.article.title, "published": date(facts.article.published), "site": facts.article.site,
            "url": url,
        },
        "meetings": meetings,
        "officials": officials,
        "resolutions": resolutions,
        "named_documents": named_documents,
        "targets": targets,
    })
}

fn write_summary(out: &mut impl Write, source: &str, facts: &Extraction) -> Result<()> {
    let a = &facts.article;
    writeln!(out, "== {source}")?;
    writeln!(out, "title:     {}", a.title.as_deref().unwrap_or("-"))?;
    writeln!(out, "published: {}", a.published.map_or("-".into(), |d| d.to_string()))?;
    for m in &facts.meetings {
        writeln!(
            out,
            "meeting:   {} {} session {} term {} on {}",
            m.province.as_deref().unwrap_or("?"),
            m.body,
            m.session.map_or("-".into(), |s| s.to_string()),
            m.term.map_or("-".into(), |s| s.to_string()),
            m.date.map_or("-".into(), |d| d.to_string())
        )?;
    }
    for o in &facts.officials {
        let roles: Vec<String> = o.roles.iter().map(|r| format!("{} ({})", r.title, r.code)).collect();
        let capacity = if o.capacity.is_empty() { String::new() } else { format!(" [{}]", o.capacity.join(", ")) };
        writeln!(out, "official:  {} — {}{}", o.name, roles.join("; "), capacity)?;
    }
    for r in facts.resolutions.iter().chain(&facts.named_documents) {
        writeln!(out, "document:  {} ({})", r.reference, r.action)?;
    }
    for t in &facts.targets {
        writeln!(out, "figure:    {} {} [{}] — {}", t.value, t.unit, t.kind, t.evidence)?;
    }
    writeln!(out)?;
    Ok(())
}

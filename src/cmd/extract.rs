//! `kb extract`: the extractor alone, as JSON Lines (`--json`, the contract in
//! shared/spec/extract-json.md) or as a readable summary per article.

use crate::cmd::input::{expand, read_all, Article};
use crate::error::catch_panic;
use crate::extract::{extract_page, ArticleMeta, Extraction, FieldRules, Meeting, Official, Resolution, Rule, Span, Target};
use anyhow::Result;
use serde::Serialize;
use serde_json::Value;
use std::io::Write;

#[derive(clap::Args, Debug)]
pub struct ExtractArgs {
    /// Print JSON Lines, one object per article (docs/extract-json.md says what each key holds).
    #[arg(long)]
    pub json: bool,
    /// Name beside each fact the extraction rule that produced it (and the rules that chose
    /// a meeting's or a figure's fields), with its evidence; with --json as `rule`/`rules` keys.
    #[arg(long)]
    pub explain: bool,
    /// Files or directories to read.
    #[arg(required = true)]
    pub paths: Vec<std::path::PathBuf>,
}

/// Inputs smaller than this are extracted with patterns built for short inputs (no regex
/// prefilters, looser finders; `text::word_regex::set_long_inputs`): building those costs
/// more than they save on this much text.
pub const SMALL_INPUT_BYTES: u64 = 256 * 1024;

pub fn run(args: &ExtractArgs) -> Result<()> {
    let files = expand(&args.paths)?;
    // Little text: start-up is most of the time, so patterns quick to build.
    let bytes: u64 = files.iter().filter_map(|f| std::fs::metadata(f).ok()).map(|m| m.len()).sum();
    if bytes < SMALL_INPUT_BYTES {
        crate::text::word_regex::set_long_inputs(false);
    }
    crate::extract::warm_up_in_background();
    let articles = read_all(&files)?;
    for article in &articles {
        crate::cmd::input::note_if_cut(&article.source, &article.text);
    }
    let results = extract_all(&articles)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for (article, facts) in articles.iter().zip(&results) {
        if args.json {
            let mut json = to_json(&article.source, article.page.url.as_deref(), facts);
            if args.explain {
                add_rules(&mut json, facts);
            }
            writeln!(out, "{json}")?;
        } else {
            write_summary(&mut out, &article.source, facts, args.explain)?;
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
            r.map_err(|why| anyhow::anyhow!("{}: the extractor failed on this article: {why} (a bug in kb; please report it with the file)", a.source))
        })
        .collect()
}

/// One line of `kb extract --json`: the contract of shared/spec/extract-json.md, with
/// evidence spans and `named_documents` as extra keys. The serde derivations of this and
/// of the fact types (`crate::extract`) are the one description of that contract; the
/// contract test (tests/cli.rs) checks them against the spec.
#[derive(Serialize)]
pub struct ExtractJson<'a> {
    pub source: &'a str,
    pub article: ArticleJson<'a>,
    pub meetings: Vec<MeetingJson<'a>>,
    pub officials: &'a [Official],
    pub resolutions: &'a [Resolution],
    /// Beyond the contract, which lists numbered documents only.
    pub named_documents: &'a [Resolution],
    pub targets: &'a [Target],
}

/// `article`: what the extractor found of the article, and the page address it came with.
#[derive(Serialize)]
pub struct ArticleJson<'a> {
    #[serde(flatten)]
    pub meta: &'a ArticleMeta,
    pub url: Option<&'a str>,
}

/// A meeting, with its `date` as [`Meeting::date_text`] ("--07-29" when the year is unknown).
#[derive(Serialize)]
pub struct MeetingJson<'a> {
    #[serde(flatten)]
    pub meeting: &'a Meeting,
    pub date: Option<String>,
}

impl<'a> ExtractJson<'a> {
    pub fn new(source: &'a str, url: Option<&'a str>, facts: &'a Extraction) -> Self {
        ExtractJson {
            source,
            article: ArticleJson { meta: &facts.article, url },
            meetings: facts.meetings.iter().map(|meeting| MeetingJson { meeting, date: meeting.date_text() }).collect(),
            officials: &facts.officials,
            resolutions: &facts.resolutions,
            named_documents: &facts.named_documents,
            targets: &facts.targets,
        }
    }
}

/// The JSON object of one article, its keys in alphabetical order at every level (as
/// `kb extract --json` has always printed them: through a `Value`, whose maps are sorted).
pub fn to_json(source: &str, url: Option<&str>, facts: &Extraction) -> Value {
    serde_json::to_value(ExtractJson::new(source, url, facts)).expect("the extraction serialises to JSON")
}

/// `--json --explain`: a `rule` key in each fact (meeting, official, role, document,
/// figure), a `rules` object (field -> rule) in each meeting and figure, and in a figure
/// whose indicator its own words named the `indicator_phrase` they matched.
pub fn add_rules(json: &mut Value, facts: &Extraction) {
    fn put(fact: Option<&mut Value>, rule: Rule, fields: Option<&FieldRules>) {
        let Some(Value::Object(map)) = fact else { return };
        map.insert("rule".into(), Value::from(rule.name()));
        if let Some(fields) = fields {
            map.insert("rules".into(), Value::Object(fields.iter().map(|(f, r)| (f.to_string(), Value::from(r.name()))).collect()));
        }
    }
    for (i, m) in facts.meetings.iter().enumerate() {
        put(json["meetings"].get_mut(i), m.rule, Some(&m.rules));
    }
    for (i, o) in facts.officials.iter().enumerate() {
        let official = json["officials"].get_mut(i);
        if let Some(official) = official {
            for (j, r) in o.roles.iter().enumerate() {
                put(official["roles"].get_mut(j), r.rule, None);
            }
            put(Some(official), o.rule, None);
        }
    }
    for (key, documents) in [("resolutions", &facts.resolutions), ("named_documents", &facts.named_documents)] {
        for (i, r) in documents.iter().enumerate() {
            put(json[key].get_mut(i), r.rule, None);
        }
    }
    for (i, t) in facts.targets.iter().enumerate() {
        put(json["targets"].get_mut(i), t.rule, Some(&t.rules));
        if let (Some(Value::Object(map)), Some(words)) = (json["targets"].get_mut(i), &t.indicator_words) {
            map.insert("indicator_phrase".into(), Value::from(words.as_str()));
        }
    }
}

/// The line `--explain` prints under a fact: its rule, its fields' rules, its evidence span.
fn explain_line(rule: Rule, fields: &FieldRules, span: Span, evidence: &str) -> String {
    let fields = if fields.is_empty() { String::new() } else { format!(" ({})", field_list(fields)) };
    format!("    rule: {rule}{fields} @{}..{} «{}»", span.start, span.end, crate::text::clip(evidence, 160))
}

/// "province: province_in_meeting_name, date: lede_date".
fn field_list(fields: &FieldRules) -> String {
    fields.iter().map(|(f, r)| format!("{f}: {r}")).collect::<Vec<_>>().join(", ")
}

fn write_summary(out: &mut impl Write, source: &str, facts: &Extraction, explain: bool) -> Result<()> {
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
        if explain {
            writeln!(out, "{}", explain_line(m.rule, &m.rules, m.span, &m.evidence))?;
        }
    }
    for o in &facts.officials {
        let roles: Vec<String> = o.roles.iter().map(|r| format!("{} ({})", r.title, r.code)).collect();
        let capacity = if o.capacity.is_empty() { String::new() } else { format!(" [{}]", o.capacity.iter().map(|c| c.code()).collect::<Vec<_>>().join(", ")) };
        writeln!(out, "official:  {} — {}{}", o.name, roles.join("; "), capacity)?;
        if explain {
            writeln!(out, "{}", explain_line(o.rule, &Vec::new(), o.span, &o.name_as_written))?;
            for r in &o.roles {
                writeln!(out, "  role {}: {}", r.code, explain_line(r.rule, &Vec::new(), r.span, &r.evidence).trim_start())?;
            }
        }
    }
    for r in facts.resolutions.iter().chain(&facts.named_documents) {
        writeln!(out, "document:  {} ({})", r.reference, r.action)?;
        if explain {
            writeln!(out, "{}", explain_line(r.rule, &Vec::new(), r.span, &r.evidence))?;
        }
    }
    for t in &facts.targets {
        writeln!(out, "figure:    {} {} [{}] — {}", t.value, t.unit, t.kind, t.evidence)?;
        if explain {
            let words = t.indicator_words.as_deref().map_or(String::new(), |w| format!(" by \"{w}\""));
            let indicator = t.indicator.map_or(String::new(), |code| format!(" → indicator {code}{words}"));
            writeln!(out, "    rule: {} ({}) @{}..{}{indicator}", t.rule, field_list(&t.rules), t.span.start, t.span.end)?;
        }
    }
    writeln!(out)?;
    Ok(())
}

//! `kb load`: reads, checks and extracts every article first, then writes them all in
//! one transaction, so that a bad file or a killed load leaves the database as it was.

use crate::cli::{Cli, LoadArgs};
use crate::cmd::extract::extract_all;
use crate::cmd::input::{expand, read_all};
use crate::store::{self, LoadOutcome};
use anyhow::{Context, Result};
use sha2::{Digest, Sha256};
use std::io::IsTerminal;

pub fn run(cli: &Cli, args: &LoadArgs) -> Result<()> {
    let files = expand(&args.paths)?;
    let articles = read_all(&files)?;
    let facts = extract_all(&articles)?;
    let mut conn = store::open(&cli.db)?;
    let tx = conn.transaction()?;
    let (mut added, mut unchanged, mut replaced) = (0, 0, 0);
    let progress = articles.len() >= 50 && std::io::stderr().is_terminal();
    for (i, (article, facts)) in articles.iter().zip(&facts).enumerate() {
        if progress && (i % 25 == 0 || i + 1 == articles.len()) {
            eprint!("\rstoring {}/{} articles", i + 1, articles.len());
        }
        let text = &article.text;
        let hash = format!("{:x}", Sha256::digest(text.as_bytes()));
        let source = &article.source;
        match store::write_article(&tx, source, text, &hash, facts).with_context(|| format!("{source}: cannot store"))? {
            LoadOutcome::Added => added += 1,
            LoadOutcome::Unchanged => unchanged += 1,
            LoadOutcome::Replaced => replaced += 1,
        }
    }
    if progress {
        eprintln!();
    }
    tx.commit().context("cannot commit the load")?;
    let count = |table: &str| -> Result<i64> { Ok(conn.query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| r.get(0))?) };
    eprintln!(
        "loaded {} articles from {} files into {}: {added} added, {unchanged} unchanged, {replaced} replaced; database holds {} articles, {} meetings, {} officials, {} roles held, {} documents, {} targets",
        articles.len(),
        files.len(),
        cli.db.display(),
        count("articles")?,
        count("meetings")?,
        count("officials")?,
        count("official_roles")?,
        count("resolutions")?,
        count("targets")?
    );
    Ok(())
}

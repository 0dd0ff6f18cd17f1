//! Reading input articles: expanding directories, and refusing files that are not
//! articles (not UTF-8, empty, binary, too large) with a message naming the file.

use anyhow::{bail, Context, Result};
use std::path::{Path, PathBuf};

/// Articles larger than this are refused: no scraped article comes near it.
pub const MAX_ARTICLE_BYTES: u64 = 16 * 1024 * 1024;

/// The files named, with directories searched (recursively, sorted) for `*.txt`.
pub fn expand(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for path in paths {
        let meta = std::fs::metadata(path).with_context(|| format!("{}: cannot read (does it exist?)", path.display()))?;
        if meta.is_dir() {
            let mut found = Vec::new();
            walk(path, &mut found)?;
            found.sort();
            files.extend(found);
        } else {
            files.push(path.clone());
        }
    }
    Ok(files)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    for entry in std::fs::read_dir(dir).with_context(|| format!("{}: cannot list directory", dir.display()))? {
        let path = entry?.path();
        if path.is_dir() {
            walk(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "txt") {
            out.push(path);
        }
    }
    Ok(())
}

/// Reads one article, checking that it is text an extractor can use.
pub fn read_article(path: &Path) -> Result<String> {
    let meta = std::fs::metadata(path).with_context(|| format!("{}: cannot read (does it exist?)", path.display()))?;
    if meta.len() > MAX_ARTICLE_BYTES {
        bail!("{}: too large ({} bytes; articles are at most {} bytes)", path.display(), meta.len(), MAX_ARTICLE_BYTES);
    }
    let bytes = std::fs::read(path).with_context(|| format!("{}: cannot read", path.display()))?;
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        bail!("{}: empty file, not an article", path.display());
    }
    if bytes.contains(&0) {
        bail!("{}: binary data (NUL bytes), not a text article", path.display());
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        anyhow::anyhow!("{}: not UTF-8 text (invalid byte at offset {}); convert it to UTF-8 first", path.display(), e.utf8_error().valid_up_to())
    })?;
    Ok(text.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(text))
}

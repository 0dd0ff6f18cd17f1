//! Reading input articles: finding the article files named or inside the directories
//! named, reading plain-text files and the records of crawler JSON Lines files, and
//! refusing input that is not an article (not UTF-8, blank, binary, too large, not a
//! regular file, a record without text) with a message naming the file, or the file
//! and line of a record.
//!
//! Identity: a file is known by its canonical path (symbolic links, `.` and `..`
//! resolved), so every spelling of a path names the same article; a record by
//! `PATH:LINE`. Walks visit each directory once (a symbolic link loop is noted and
//! skipped) and read only regular files: a FIFO or a device named `*.txt` is noted and
//! skipped, never opened for a blocking read.

use crate::extract::Page;
use anyhow::{bail, Context, Result};
use chrono::NaiveDate;
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::collections::HashSet;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::os::unix::fs::{FileTypeExt, MetadataExt, OpenOptionsExt};
use std::path::{Path, PathBuf};

/// Articles larger than this are refused: no scraped article comes near it.
pub const MAX_ARTICLE_BYTES: u64 = 16 * 1024 * 1024;

/// A JSON Lines record may be longer than its text (escapes, other fields), up to this.
pub const MAX_RECORD_BYTES: u64 = 4 * MAX_ARTICLE_BYTES;

/// One article to extract: a plain-text file, or one record of a JSON Lines file.
#[derive(Debug, Clone)]
pub struct Article {
    /// Where it came from, for people: the path as named (or found in a directory
    /// named), or `PATH:LINE` for a JSON Lines record.
    pub source: String,
    /// Where it came from, as stored: the canonical path, or `CANONICAL:LINE`.
    pub id: String,
    pub text: String,
    /// What the crawler recorded of the page (nothing for a plain-text file).
    pub page: Page,
}

impl Article {
    /// The identity of the article's content: SHA-256 of its text, and for a crawler
    /// record of its page fields too (the same text under two addresses is two pages).
    pub fn content_hash(&self) -> String {
        content_hash(&self.text, &self.page)
    }
}

/// See [`Article::content_hash`]; a plain-text file's hash is that of its text alone.
pub fn content_hash(text: &str, page: &Page) -> String {
    let mut h = Sha256::new();
    h.update(text.as_bytes());
    if *page != Page::default() {
        for field in [page.url.as_deref(), page.title.as_deref(), page.date.map(|d| d.to_string()).as_deref(), page.site.as_deref()] {
            h.update([0u8]);
            h.update(field.unwrap_or("").as_bytes());
        }
    }
    format!("{:x}", h.finalize())
}

/// The record fields crawlers use for each piece of an article, in order of preference.
const TEXT_FIELDS: [&str; 3] = ["text", "maintext", "content"];
const DATE_FIELDS: [&str; 3] = ["date", "date_publish", "published"];
const SITE_FIELDS: [&str; 3] = ["hostname", "sitename", "source_domain"];

fn is_jsonl(path: &Path) -> bool {
    path.extension().is_some_and(|e| e.eq_ignore_ascii_case("jsonl"))
}

/// The names a directory walk reads: `*.txt` (any case) and `*.jsonl`.
fn is_article_file(path: &Path) -> bool {
    is_jsonl(path) || path.extension().is_some_and(|e| e.eq_ignore_ascii_case("txt"))
}

/// A file to read, found by [`find_inputs`].
#[derive(Debug, Clone)]
pub struct InputFile {
    /// The path as named, or as found under a directory named.
    pub path: PathBuf,
    /// Its canonical path as text (see [`path_text`]): the article's identity.
    pub id: String,
    /// Its size when found, for progress.
    pub len: u64,
}

/// The files to read, and what was skipped on the way (one line each, for stderr).
#[derive(Debug, Default)]
pub struct Inputs {
    pub files: Vec<InputFile>,
    pub notes: Vec<String>,
}

/// A path as text without losing anything: UTF-8 as it is; a name that is not UTF-8
/// has each byte that breaks it written `\xNN`, so two such names stay two.
pub fn path_text(path: &Path) -> String {
    use std::os::unix::ffi::OsStrExt;
    let bytes = path.as_os_str().as_bytes();
    let mut out = String::with_capacity(bytes.len());
    for chunk in bytes.utf8_chunks() {
        out.push_str(chunk.valid());
        for b in chunk.invalid() {
            out.push_str(&format!("\\x{b:02X}"));
        }
    }
    out
}

/// The files named, and the article files (`*.txt`, `*.jsonl`) under the directories
/// named, in sorted order, each once. A file named is read whatever its name; a path
/// that does not exist is an error; a directory's broken links, symbolic link loops,
/// FIFOs, devices and sockets are skipped with a note.
pub fn find_inputs(paths: &[PathBuf]) -> Result<Inputs> {
    let mut walk = Walk::default();
    for path in paths {
        let meta = std::fs::metadata(path).map_err(|e| match e.raw_os_error() {
            Some(libc::ELOOP) => anyhow::anyhow!("{}: a symbolic link loop, not a file", path.display()),
            _ => anyhow::anyhow!("{}: cannot read (does it exist?): {e}", path.display()),
        })?;
        if meta.is_dir() {
            walk.dir(path, &meta)?;
        } else {
            walk.file(path, &meta);
        }
    }
    Ok(walk.inputs)
}

#[derive(Default)]
struct Walk {
    inputs: Inputs,
    /// Directories entered, by device and inode: a second way into one is not followed.
    dirs: HashSet<(u64, u64)>,
    /// Canonical paths of the files taken.
    ids: HashSet<String>,
}

impl Walk {
    fn file(&mut self, path: &Path, meta: &std::fs::Metadata) {
        let id = std::fs::canonicalize(path).map_or_else(|_| path_text(path), |p| path_text(&p));
        if self.ids.insert(id.clone()) {
            self.inputs.files.push(InputFile { path: path.to_path_buf(), id, len: meta.len() });
        }
    }

    fn dir(&mut self, dir: &Path, meta: &std::fs::Metadata) -> Result<()> {
        if !self.dirs.insert((meta.dev(), meta.ino())) {
            self.inputs.notes.push(format!("{}: skipped, a directory already read (a symbolic link loop or a second link to it)", dir.display()));
            return Ok(());
        }
        let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
            .with_context(|| format!("{}: cannot list directory", dir.display()))?
            .map(|e| e.map(|e| e.path()))
            .collect::<std::io::Result<_>>()
            .with_context(|| format!("{}: cannot list directory", dir.display()))?;
        entries.sort();
        for path in entries {
            match std::fs::metadata(&path) {
                Ok(meta) if meta.is_dir() => self.dir(&path, &meta)?,
                Ok(_) if !is_article_file(&path) => {}
                Ok(meta) if meta.is_file() => self.file(&path, &meta),
                Ok(meta) => self.inputs.notes.push(format!("{}: skipped, not a regular file ({})", path.display(), kind(&meta.file_type()))),
                Err(e) if e.raw_os_error() == Some(libc::ELOOP) => self.inputs.notes.push(format!("{}: skipped, a symbolic link loop", path.display())),
                Err(_) if path.symlink_metadata().is_ok_and(|m| m.file_type().is_symlink()) => {
                    if is_article_file(&path) {
                        self.inputs.notes.push(format!("{}: skipped, a broken symbolic link", path.display()));
                    }
                }
                // Unreadable: taken, so that reading it reports why.
                Err(_) if is_article_file(&path) => {
                    let id = path_text(&path);
                    if self.ids.insert(id.clone()) {
                        self.inputs.files.push(InputFile { path, id, len: 0 });
                    }
                }
                Err(_) => {}
            }
        }
        Ok(())
    }
}

/// What kind of file a non-regular file is, for messages.
fn kind(t: &std::fs::FileType) -> &'static str {
    if t.is_fifo() {
        "a FIFO"
    } else if t.is_char_device() {
        "a character device"
    } else if t.is_block_device() {
        "a block device"
    } else if t.is_socket() {
        "a socket"
    } else {
        "not a file"
    }
}

/// The files named, with directories searched (recursively, sorted) for `*.txt` and
/// `*.jsonl`; what was skipped is noted on stderr.
pub fn expand(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let inputs = find_inputs(paths)?;
    for note in &inputs.notes {
        eprintln!("kb: note: {note}");
    }
    Ok(inputs.files.into_iter().map(|f| f.path).collect())
}

/// Opens a file for reading only if it is a regular file. The open does not block (a
/// FIFO would wait for a writer), and the type is checked on the file opened, not on
/// the name, so a file swapped for a FIFO or a device after the walk is refused too.
fn open_regular(path: &Path) -> Result<File> {
    let file = std::fs::OpenOptions::new().read(true).custom_flags(libc::O_NONBLOCK).open(path).map_err(|e| match e.raw_os_error() {
        Some(libc::ELOOP) => anyhow::anyhow!("{}: a symbolic link loop, not a file", path.display()),
        _ => anyhow::anyhow!("{}: cannot read (does it exist?): {e}", path.display()),
    })?;
    let meta = file.metadata().with_context(|| format!("{}: cannot read", path.display()))?;
    if meta.is_dir() {
        bail!("{}: a directory, not an article file", path.display());
    }
    if !meta.is_file() {
        bail!("{}: not a regular file ({}); only regular files are read", path.display(), kind(&meta.file_type()));
    }
    Ok(file)
}

/// A character that shows nothing: white space (NBSP, U+3000 included), zero-width
/// spaces and joiners, the byte order mark, soft hyphens.
fn is_invisible(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{ad}' | '\u{180e}')
}

/// A text with nothing to read in it.
pub fn is_blank(text: &str) -> bool {
    text.chars().all(is_invisible)
}

/// The articles of one file, read one at a time: the file itself, or each record of a
/// JSON Lines file (read line by line, so a large crawl never sits in memory whole).
/// After a bad record the next call goes on with the next line; a bad file gives one
/// error and ends.
pub struct FileArticles {
    path: PathBuf,
    display: String,
    id: String,
    state: State,
}

enum State {
    Start,
    Lines { reader: BufReader<File>, line: usize, records: usize },
    Done,
}

impl FileArticles {
    pub fn new(path: &Path, id: &str) -> FileArticles {
        FileArticles { path: path.to_path_buf(), display: path.display().to_string(), id: id.to_string(), state: State::Start }
    }

    fn start(&mut self) -> Option<Result<Article>> {
        let file = match open_regular(&self.path) {
            Ok(f) => f,
            Err(e) => {
                self.state = State::Done;
                return Some(Err(e));
            }
        };
        if is_jsonl(&self.path) {
            self.state = State::Lines { reader: BufReader::with_capacity(256 * 1024, file), line: 0, records: 0 };
            return self.next_record();
        }
        self.state = State::Done;
        Some(read_text(&self.display, file).map(|text| Article { source: self.display.clone(), id: self.id.clone(), text, page: Page::default() }))
    }

    fn next_record(&mut self) -> Option<Result<Article>> {
        let State::Lines { reader, line, records } = &mut self.state else { return None };
        let mut buf = Vec::new();
        loop {
            buf.clear();
            *line += 1;
            let source = format!("{}:{}", self.display, line);
            let read = reader.by_ref().take(MAX_RECORD_BYTES + 1).read_until(b'\n', &mut buf);
            match read {
                Err(e) => {
                    self.state = State::Done;
                    return Some(Err(anyhow::anyhow!("{source}: cannot read: {e}")));
                }
                Ok(0) => {
                    let none = *records == 0;
                    self.state = State::Done;
                    return none.then(|| Err(anyhow::anyhow!("{}: no JSON Lines records, not an article file", self.display)));
                }
                Ok(_) => {}
            }
            if buf.len() as u64 > MAX_RECORD_BYTES {
                // Pass over the rest of the line, so that the next record can be read.
                let skipped = skip_line(reader);
                if let Err(e) = skipped {
                    self.state = State::Done;
                    return Some(Err(anyhow::anyhow!("{source}: cannot read: {e}")));
                }
                *records += 1;
                return Some(Err(anyhow::anyhow!("{source}: too large (a record of more than {MAX_RECORD_BYTES} bytes)")));
            }
            let text = match std::str::from_utf8(&buf) {
                Ok(t) => t,
                Err(e) => {
                    *records += 1;
                    return Some(Err(anyhow::anyhow!("{source}: not UTF-8 text (invalid byte at offset {}); convert it to UTF-8 first", e.valid_up_to())));
                }
            };
            let text = if *line == 1 { text.strip_prefix('\u{feff}').unwrap_or(text) } else { text };
            if text.trim().is_empty() {
                continue;
            }
            *records += 1;
            let id = format!("{}:{}", self.id, line);
            return Some(record(&source, text).map(|mut a| {
                a.id = id;
                a
            }));
        }
    }
}

fn skip_line(reader: &mut BufReader<File>) -> std::io::Result<()> {
    loop {
        let buf = reader.fill_buf()?;
        if buf.is_empty() {
            return Ok(());
        }
        if let Some(i) = buf.iter().position(|b| *b == b'\n') {
            reader.consume(i + 1);
            return Ok(());
        }
        let n = buf.len();
        reader.consume(n);
    }
}

impl Iterator for FileArticles {
    type Item = Result<Article>;

    fn next(&mut self) -> Option<Result<Article>> {
        match self.state {
            State::Start => self.start(),
            State::Lines { .. } => self.next_record(),
            State::Done => None,
        }
    }
}

/// The articles in one file: the file itself, or each record of a JSON Lines file.
pub fn read_articles(path: &Path) -> Result<Vec<Article>> {
    let id = std::fs::canonicalize(path).map_or_else(|_| path_text(path), |p| path_text(&p));
    FileArticles::new(path, &id).collect()
}

/// Every article of every file, in order.
pub fn read_all(files: &[PathBuf]) -> Result<Vec<Article>> {
    let mut out = Vec::new();
    for f in files {
        out.extend(read_articles(f)?);
    }
    Ok(out)
}

/// A note on stderr for an article longer than the extractors read: its facts come from
/// its beginning only (`extract::MAX_EXTRACTED_BYTES`); the whole text is kept.
pub fn note_if_cut(source: &str, text: &str) {
    let limit = crate::extract::MAX_EXTRACTED_BYTES;
    if text.len() > limit {
        eprintln!(
            "note: {source}: {} bytes; facts are read from its first {} bytes only (its whole text is kept)",
            text.len(),
            crate::extract::extracted_part(text).len()
        );
    }
}

/// One crawler record: its text, and what it says of the page.
fn record(source: &str, line: &str) -> Result<Article> {
    let value: Value = serde_json::from_str(line).map_err(|e| anyhow::anyhow!("{source}: not a JSON object ({e})"))?;
    let Value::Object(fields) = value else { bail!("{source}: a record must be a JSON object") };
    let string = |names: &[&str]| -> Option<String> {
        names.iter().find_map(|n| fields.get(*n).and_then(Value::as_str)).map(str::trim).filter(|s| !s.is_empty()).map(str::to_string)
    };
    let Some(text) = record_text(&fields) else {
        bail!("{source}: the record has no text (expected one of the fields {})", TEXT_FIELDS.join(", "));
    };
    if text.len() as u64 > MAX_ARTICLE_BYTES {
        bail!("{source}: too large ({} bytes; articles are at most {} bytes)", text.len(), MAX_ARTICLE_BYTES);
    }
    if text.contains('\0') {
        bail!("{source}: binary data (NUL characters) in the text, not a text article");
    }
    let url = string(&["url"]);
    let site = string(&SITE_FIELDS).or_else(|| url.as_deref().and_then(host_of));
    let page = Page { url, title: string(&["title"]), date: string(&DATE_FIELDS).as_deref().and_then(crawler_date), site };
    Ok(Article { source: source.to_string(), id: source.to_string(), text, page })
}

fn record_text(fields: &serde_json::Map<String, Value>) -> Option<String> {
    TEXT_FIELDS.iter().find_map(|n| fields.get(*n).and_then(Value::as_str)).filter(|t| !is_blank(t)).map(str::to_string)
}

/// The host of a page address: "https://baoninhbinh.org.vn/a-b.html" → "baoninhbinh.org.vn".
pub fn host_of(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?', '#']).next()?.rsplit('@').next()?.split(':').next()?;
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    (!host.is_empty() && host.contains('.')).then_some(host)
}

/// A crawler's publication date: ISO ("2025-10-17", "2025-10-17T08:30:00+07:00",
/// "2025-10-17 08:30:00") or Vietnamese day-first ("17/10/2025"). Anything else is no date.
pub fn crawler_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    if let Some(head) = s.get(..10) {
        if let Ok(d) = NaiveDate::parse_from_str(head, "%Y-%m-%d") {
            return Some(d);
        }
    }
    let head = s.split([' ', 'T']).next()?;
    NaiveDate::parse_from_str(head, "%d/%m/%Y").or_else(|_| NaiveDate::parse_from_str(head, "%d-%m-%Y")).ok()
}

/// Reads one opened plain-text file, checking that it is text an extractor can use.
/// The size limit is checked on the bytes read, not on what the file system reports.
fn read_text(display: &str, file: File) -> Result<String> {
    let mut bytes = Vec::new();
    file.take(MAX_ARTICLE_BYTES + 1).read_to_end(&mut bytes).with_context(|| format!("{display}: cannot read"))?;
    if bytes.len() as u64 > MAX_ARTICLE_BYTES {
        bail!("{display}: too large (more than {MAX_ARTICLE_BYTES} bytes; articles are at most that)");
    }
    if bytes.contains(&0) {
        bail!("{display}: binary data (NUL bytes), not a text article");
    }
    let text = String::from_utf8(bytes)
        .map_err(|e| anyhow::anyhow!("{display}: not UTF-8 text (invalid byte at offset {}); convert it to UTF-8 first", e.utf8_error().valid_up_to()))?;
    if is_blank(&text) {
        bail!("{display}: empty file (nothing but white space or invisible characters), not an article");
    }
    Ok(text.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_crawler_records_under_their_common_field_names() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("feed.jsonl");
        std::fs::write(
            &path,
            concat!(
                r#"{"url": "https://baoninhbinh.org.vn/hoi-nghi.html", "title": "Hội nghị", "date": "2025-10-17T08:00:00+07:00", "text": "Sáng 17/10, Tỉnh ủy họp."}"#,
                "\n\n",
                r#"{"maintext": "Chiều 18/10, HĐND tỉnh họp.", "date_publish": "18/10/2025", "source_domain": "hdnd.ninhbinh.gov.vn"}"#,
                "\n"
            ),
        )
        .unwrap();
        let articles = read_articles(&path).unwrap();
        assert_eq!(articles.len(), 2);
        assert_eq!(articles[0].source, format!("{}:1", path.display()));
        assert_eq!(articles[0].page.site.as_deref(), Some("baoninhbinh.org.vn"));
        assert_eq!(articles[0].page.date, NaiveDate::from_ymd_opt(2025, 10, 17));
        assert_eq!(articles[0].page.title.as_deref(), Some("Hội nghị"));
        assert_eq!(articles[1].source, format!("{}:3", path.display()));
        assert_eq!(articles[1].text, "Chiều 18/10, HĐND tỉnh họp.");
        assert_eq!(articles[1].page.date, NaiveDate::from_ymd_opt(2025, 10, 18));
        assert_eq!(articles[1].page.site.as_deref(), Some("hdnd.ninhbinh.gov.vn"));
    }

    #[test]
    fn a_bad_record_is_named_by_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("feed.jsonl");
        std::fs::write(&path, "{\"text\": \"Tỉnh ủy họp.\"}\n{\"url\": \"https://a.vn/x\"}\n").unwrap();
        let err = read_articles(&path).unwrap_err().to_string();
        assert!(err.starts_with(&format!("{}:2: the record has no text", path.display())), "{err}");
        std::fs::write(&path, "{\"text\": \"Tỉnh ủy họp.\"}\nnot json\n").unwrap();
        let err = read_articles(&path).unwrap_err().to_string();
        assert!(err.starts_with(&format!("{}:2: not a JSON object", path.display())), "{err}");
    }

    #[test]
    fn hosts_and_dates_as_crawlers_write_them() {
        assert_eq!(host_of("https://www.baohaiduong.vn/chinh-tri/a.html?x=1").as_deref(), Some("www.baohaiduong.vn"));
        assert_eq!(host_of("http://user@hdnd.ninhbinh.gov.vn:8080/").as_deref(), Some("hdnd.ninhbinh.gov.vn"));
        assert_eq!(host_of("not a url"), None);
        assert_eq!(crawler_date("2025-10-17 08:30:00"), NaiveDate::from_ymd_opt(2025, 10, 17));
        assert_eq!(crawler_date("17-10-2025"), NaiveDate::from_ymd_opt(2025, 10, 17));
        assert_eq!(crawler_date("yesterday"), None);
    }

    #[test]
    fn blank_texts_are_not_articles() {
        for blank in ["", " \n", "\u{feff}", "\u{feff}\n", "\u{a0}\u{a0}", "\u{3000}\n", "\u{200b}\u{200b}", "\u{ad}\t"] {
            assert!(is_blank(blank), "{blank:?}");
        }
        assert!(!is_blank("\u{feff}Tỉnh ủy họp."));
        let dir = tempfile::tempdir().unwrap();
        for (name, bytes) in [("bom.txt", "\u{feff}".as_bytes()), ("nbsp.txt", "\u{a0}\u{3000}\u{200b}\n".as_bytes())] {
            let path = dir.path().join(name);
            std::fs::write(&path, bytes).unwrap();
            let err = read_articles(&path).unwrap_err().to_string();
            assert!(err.contains(name) && err.contains("empty"), "{err}");
        }
        let feed = dir.path().join("feed.jsonl");
        std::fs::write(&feed, "{\"text\": \"\u{3000}\u{200b}\"}\n").unwrap();
        assert!(read_articles(&feed).unwrap_err().to_string().contains(":1: the record has no text"));
    }

    #[test]
    fn a_name_that_is_not_utf8_keeps_its_bytes() {
        use std::os::unix::ffi::OsStrExt;
        let a = path_text(Path::new(std::ffi::OsStr::from_bytes(b"/x/b\xe1o.txt")));
        let b = path_text(Path::new(std::ffi::OsStr::from_bytes(b"/x/b\xe2o.txt")));
        assert_eq!(a, "/x/b\\xE1o.txt");
        assert_ne!(a, b);
        assert_eq!(path_text(Path::new("/x/báo.txt")), "/x/báo.txt");
    }

    #[test]
    fn walks_visit_each_directory_once_and_read_only_regular_files() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir(root.join("sub")).unwrap();
        std::fs::write(root.join("a.txt"), "Tỉnh ủy họp.").unwrap();
        std::fs::write(root.join("sub/b.TXT"), "HĐND tỉnh họp.").unwrap();
        std::fs::write(root.join("sub/notes.md"), "not an article").unwrap();
        std::os::unix::fs::symlink(".", root.join("sub/loop")).unwrap();
        std::os::unix::fs::symlink("..", root.join("sub/up")).unwrap();
        std::os::unix::fs::symlink("x.txt", root.join("y.txt")).unwrap();
        std::os::unix::fs::symlink("y.txt", root.join("x.txt")).unwrap();
        std::os::unix::fs::symlink("/dev/zero", root.join("zero.txt")).unwrap();
        std::os::unix::fs::symlink("a.txt", root.join("link.txt")).unwrap();
        let fifo = root.join("pipe.txt");
        let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
        let inputs = find_inputs(&[root.to_path_buf(), root.join("a.txt"), root.join("sub/../a.txt")]).unwrap();
        let names: Vec<String> = inputs.files.iter().map(|f| f.path.strip_prefix(root).unwrap().display().to_string()).collect();
        assert_eq!(names, ["a.txt", "sub/b.TXT"], "{:?}", inputs.notes);
        let canonical = std::fs::canonicalize(root).unwrap();
        assert_eq!(inputs.files[0].id, path_text(&canonical.join("a.txt")));
        let notes = inputs.notes.join("\n");
        for expected in [
            "pipe.txt: skipped, not a regular file (a FIFO)",
            "zero.txt: skipped, not a regular file (a character device)",
            "x.txt: skipped, a symbolic link loop",
            "loop: skipped, a directory already read",
            "up: skipped, a directory already read",
        ] {
            assert!(notes.contains(expected), "{expected} not in {notes}");
        }
        // Named outright, a FIFO or a device is refused, at once, never read.
        for name in ["pipe.txt", "zero.txt"] {
            let err = read_articles(&root.join(name)).unwrap_err().to_string();
            assert!(err.contains("not a regular file"), "{err}");
        }
    }

    #[test]
    fn jsonl_records_are_read_one_line_at_a_time_and_a_bad_one_does_not_end_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("feed.jsonl");
        std::fs::write(&path, "\u{feff}{\"text\": \"Tỉnh ủy họp.\"}\nnot json\n{\"text\": \"HĐND họp.\", \"url\": \"https://a.vn/x\"}").unwrap();
        let all: Vec<Result<Article>> = FileArticles::new(&path, "/c/feed.jsonl").collect();
        assert_eq!(all.len(), 3);
        assert_eq!(all[0].as_ref().unwrap().id, "/c/feed.jsonl:1");
        assert!(all[1].as_ref().unwrap_err().to_string().contains("feed.jsonl:2: not a JSON object"));
        let third = all[2].as_ref().unwrap();
        assert_eq!((third.id.as_str(), third.text.as_str()), ("/c/feed.jsonl:3", "HĐND họp."));
        // The page is part of the content: the same text at another address is another article.
        let plain = Article { page: Page::default(), ..third.clone() };
        assert_ne!(third.content_hash(), plain.content_hash());
        assert_eq!(plain.content_hash(), format!("{:x}", Sha256::digest("HĐND họp.".as_bytes())));
    }
}

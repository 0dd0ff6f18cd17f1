//! `kb load`: a streaming pipeline from files to the database, in one transaction.
//!
//! One thread reads the files in order (a bounded number of articles ahead of the
//! writer), the writing thread checks each article's content hash against the database
//! *before* extracting (an unchanged article costs a read and a hash), extraction runs
//! on all cores (rayon), and the writer stores the results in input order as they
//! arrive. Then every article the database holds from other rules (an older kb, other
//! vocabularies) is extracted again from its stored text and page. All of it is one
//! transaction: a bad file (unless `--skip-bad`), an error or a kill leaves the
//! database as it was; a new database is built under a temporary name and appears only
//! when the load has succeeded.

use crate::cli::Cli;
use crate::cmd::input::{find_inputs, Article, FileArticles, InputFile};
use crate::error::catch_panic;
use crate::extract::{extract_page, Extraction, Page};
use crate::store::{self, Derived, SearchRows};
use anyhow::{bail, Context, Result};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::collections::{HashSet, VecDeque};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{channel, sync_channel, Receiver, Sender, SyncSender};
use std::sync::Arc;

#[derive(clap::Args, Debug)]
pub struct LoadArgs {
    /// Files or directories to load: plain-text articles (*.txt) and crawler JSON Lines
    /// files (*.jsonl, one article record a line); directories are searched recursively.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Load everything that can be loaded and list each bad file or record with its
    /// reason (exit 1). Without it, one bad input stops the load and nothing is written.
    #[arg(long)]
    pub skip_bad: bool,
}

pub fn run(cli: &Cli, args: &LoadArgs) -> Result<()> {
    let inputs = find_inputs(&args.paths)?;
    for note in &inputs.notes {
        eprintln!("kb: note: {note}");
    }
    if inputs.files.is_empty() {
        let named: Vec<String> = args.paths.iter().map(|p| p.display().to_string()).collect();
        bail!("no article files in {} (kb reads *.txt and *.jsonl files); nothing loaded, no database written", named.join(", "));
    }
    let target = DbTarget::new(&cli.db)?;
    let report = match load(&target.work, &inputs.files, args.skip_bad) {
        Ok(report) => report,
        Err(e) => {
            target.abandon();
            return Err(e);
        }
    };
    target.finish()?;
    for why in &report.skipped {
        eprintln!("kb: skipped {why}");
    }
    eprintln!("{}", report.summary(&cli.db, inputs.files.len()));
    if !report.skipped.is_empty() {
        bail!("{} bad input(s) skipped (listed above); everything else is loaded", report.skipped.len());
    }
    Ok(())
}

/// Where the load writes: the database itself when it exists, else a temporary file
/// beside it that takes the database's name only once the load has succeeded.
struct DbTarget {
    work: PathBuf,
    final_path: Option<PathBuf>,
}

impl DbTarget {
    fn new(db: &Path) -> Result<DbTarget> {
        if db.symlink_metadata().is_ok() {
            return Ok(DbTarget { work: db.to_path_buf(), final_path: None });
        }
        let name = db.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "kb.db".into());
        let dir = db.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        if !dir.is_dir() {
            bail!("cannot create database {}: the folder {} does not exist", db.display(), dir.display());
        }
        remove_abandoned(dir, &name);
        let work = dir.join(format!(".{name}.loading-{}", std::process::id()));
        remove_db_files(&work);
        Ok(DbTarget { work, final_path: Some(db.to_path_buf()) })
    }

    /// Gives the new database its name, unless one appeared there meanwhile.
    fn finish(self) -> Result<()> {
        let Some(final_path) = &self.final_path else { return Ok(()) };
        let linked = std::fs::hard_link(&self.work, final_path);
        match linked {
            Ok(()) => {
                remove_db_files(&self.work);
                Ok(())
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                let kept = self.work.display().to_string();
                bail!("{} appeared while loading; the load is kept in {kept}", final_path.display())
            }
            Err(_) => std::fs::rename(&self.work, final_path).with_context(|| format!("cannot create database {}", final_path.display())),
        }
    }

    fn abandon(&self) {
        if self.final_path.is_some() {
            remove_db_files(&self.work);
        }
    }
}

fn remove_db_files(path: &Path) {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(p));
    }
}

/// Removes what loads killed before they finished left behind (`.kb.db.loading-PID`
/// whose process is gone).
fn remove_abandoned(dir: &Path, name: &str) {
    let prefix = format!(".{name}.loading-");
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let file = entry.file_name().to_string_lossy().into_owned();
        let Some(pid) = file.strip_prefix(&prefix).and_then(|p| p.parse::<u32>().ok()) else { continue };
        if pid != std::process::id() && Path::new("/proc/self").exists() && !Path::new(&format!("/proc/{pid}")).exists() {
            remove_db_files(&entry.path());
        }
    }
}

/// What one load did.
#[derive(Debug, Default)]
struct Report {
    read: usize,
    added: usize,
    unchanged: usize,
    replaced: usize,
    duplicates: usize,
    refreshed: usize,
    /// Each input skipped with --skip-bad: the message naming it and saying why.
    skipped: Vec<String>,
    /// Articles per rules version and the table counts, after the load.
    rules: Vec<(String, i64)>,
    counts: Vec<i64>,
}

impl Report {
    fn summary(&self, db: &Path, files: usize) -> String {
        let mut done = format!("{} added, {} unchanged, {} replaced", self.added, self.unchanged, self.replaced);
        if self.duplicates > 0 {
            done += &format!(", {} already there under another path (path recorded)", self.duplicates);
        }
        if self.refreshed > 0 {
            done += &format!(", {} re-extracted under the current rules", self.refreshed);
        }
        if !self.skipped.is_empty() {
            done += &format!(", {} skipped", self.skipped.len());
        }
        let rules = match self.rules.as_slice() {
            [(version, _)] => format!("all from rules {version}"),
            many => many.iter().map(|(v, n)| format!("{n} from rules {v}")).collect::<Vec<_>>().join(", "),
        };
        let c = &self.counts;
        format!(
            "loaded {} articles from {files} files into {}: {done}; database holds {} articles ({rules}), {} meetings, {} officials, {} roles held, {} documents, {} targets",
            self.read,
            db.display(),
            c[0],
            c[1],
            c[2],
            c[3],
            c[4],
            c[5]
        )
    }
}

/// An article read, on its way to the database.
struct Item {
    /// Its place in the load: results are written in this order.
    seq: u64,
    source: String,
    kind: ItemKind,
    text: Arc<String>,
    page: Page,
    hash: String,
}

enum ItemKind {
    /// Read from the input, stored under this path (canonical, or `PATH:LINE`).
    Input { id: String },
    /// A stored article from other rules, extracted again.
    Refresh { article_id: i64 },
}

/// What the extraction of one article gives the writer.
struct Extracted {
    facts: Extraction,
    derived: Derived,
}

enum Event {
    Read(Box<Item>),
    /// A file or record that cannot be an article: its place, the message naming it.
    Bad(u64, String),
    /// The reader is done.
    ReadDone,
    /// The reader stopped on a fault of its own (a bug): the load cannot go on.
    ReadFailed,
    Extracted(u64, Result<Box<Extracted>, String>),
}

/// What the writer will do with an article, decided before extracting.
enum Plan {
    /// The same content under the same path from the same rules: nothing to do.
    Unchanged,
    /// Stored already under another path (or being extracted for one): no extraction.
    Known,
    Extract,
    Bad(String),
}

struct Slot {
    item: Option<Box<Item>>,
    plan: Plan,
    result: Option<Result<Box<Extracted>, String>>,
}

impl Slot {
    fn ready(&self) -> bool {
        !matches!(self.plan, Plan::Extract) || self.result.is_some()
    }
}

/// Extracts one article, a fault in the extractor becoming an error.
fn extract(text: &str, page: &Page) -> Result<Box<Extracted>, String> {
    catch_panic(|| {
        let facts = extract_page(text, page);
        let derived = Derived::new(text, &facts);
        Box::new(Extracted { facts, derived })
    })
}

fn extractor_failed(source: &str, why: &str) -> String {
    format!("{source}: the extractor failed on this article: {why} (a bug in kb; please report it with the file)")
}

/// The writing side of the pipeline: the database transaction, the articles in flight
/// (read, not yet written) in input order, and the progress shown.
struct Writer<'c> {
    tx: &'c store::Batch<'c>,
    rules: &'static str,
    skip_bad: bool,
    pending: VecDeque<Slot>,
    /// The `seq` of the front of `pending`.
    next_seq: u64,
    /// Content hashes being extracted: a second article with one waits for the first.
    in_flight: HashSet<String>,
    events: Sender<Event>,
    report: Report,
    progress: ProgressBar,
    /// Items written since the last credit was given back to the reader.
    credits: Option<SyncSender<()>>,
    touched_facts: bool,
    search: SearchRows,
}

/// How many articles may be between reading and writing at once, for each core: enough
/// to keep every core busy while the writer waits for the oldest.
const IN_FLIGHT_PER_CORE: usize = 4;

fn load(db: &Path, files: &[InputFile], skip_bad: bool) -> Result<Report> {
    let total: u64 = files.iter().map(|f| f.len).sum();
    if total < crate::cmd::extract::SMALL_INPUT_BYTES {
        crate::text::word_regex::set_long_inputs(false);
    }
    let mut conn = store::open(db)?;
    let tx = conn.batch()?;
    let rules = store::rules_version();
    let window = IN_FLIGHT_PER_CORE * rayon::current_num_threads() + 4;
    let (events_tx, events) = channel::<Event>();
    let (credit_tx, credit_rx) = sync_channel::<()>(window);
    for _ in 0..window {
        credit_tx.send(()).expect("the channel has room");
    }
    let progress = progress_bar(total, "loading");
    let mut writer = Writer {
        tx: &tx,
        rules,
        skip_bad,
        pending: VecDeque::new(),
        next_seq: 0,
        in_flight: HashSet::new(),
        events: events_tx.clone(),
        report: Report::default(),
        progress,
        credits: Some(credit_tx),
        touched_facts: false,
        search: SearchRows::default(),
    };
    std::thread::scope(|scope| -> Result<()> {
        let reader_events = events_tx.clone();
        scope.spawn(move || read_inputs(files, reader_events, credit_rx));
        let result = writer.take_input(&events);
        // Whatever happened, let the reader stop: no credits will come.
        writer.credits = None;
        result
    })?;
    writer.progress.finish_and_clear();
    writer.refresh_stale(&events)?;
    writer.search.flush(&tx)?;
    if writer.touched_facts {
        store::remove_orphans(&tx)?;
    }
    let mut report = std::mem::take(&mut writer.report);
    drop(writer);
    let summary = tx.summary()?;
    (report.rules, report.counts) = (summary.rules, summary.counts);
    tx.commit().context("cannot commit the load")?;
    Ok(report)
}

fn progress_bar(len: u64, what: &str) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::stderr());
    let template = if what == "loading" {
        "{prefix} [{bar:30}] {bytes}/{total_bytes} ({bytes_per_sec}, {eta} left) {msg}"
    } else {
        "{prefix} [{bar:30}] {pos}/{len} articles ({rate}, {eta} left) {msg}"
    };
    let style = ProgressStyle::with_template(template)
        .unwrap_or_else(|_| ProgressStyle::default_bar())
        .with_key("rate", |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
            let _ = write!(w, "{:.0} articles/s", state.per_sec());
        })
        .progress_chars("=> ");
    bar.set_style(style);
    bar.set_prefix(what.to_string());
    bar
}

/// The reading thread: every article of every file, in order, one credit each (so at
/// most the window's worth are read ahead of the writer).
fn read_inputs(files: &[InputFile], events: Sender<Event>, credits: Receiver<()>) {
    /// Tells the writer if the reader dies, so that it never waits for it forever.
    struct Guard(Sender<Event>);
    impl Drop for Guard {
        fn drop(&mut self) {
            if std::thread::panicking() {
                let _ = self.0.send(Event::ReadFailed);
            }
        }
    }
    let _guard = Guard(events.clone());
    let mut seq = 0;
    for file in files {
        for article in FileArticles::new(&file.path, &file.id) {
            if credits.recv().is_err() {
                return;
            }
            let event = match article {
                Ok(Article { source, id, text, page }) => {
                    let hash = crate::cmd::input::content_hash(&text, &page);
                    Event::Read(Box::new(Item { seq, source, kind: ItemKind::Input { id }, text: Arc::new(text), page, hash }))
                }
                Err(e) => Event::Bad(seq, format!("{e:#}")),
            };
            seq += 1;
            if events.send(event).is_err() {
                return;
            }
        }
    }
    let _ = events.send(Event::ReadDone);
}

impl Writer<'_> {
    /// Takes every article the reader sends, until it is done and all are written.
    fn take_input(&mut self, events: &Receiver<Event>) -> Result<()> {
        let mut reader_done = false;
        loop {
            self.write_ready()?;
            if reader_done && self.pending.is_empty() {
                return Ok(());
            }
            match events.recv().context("the reading thread stopped")? {
                Event::Read(item) => {
                    self.progress.inc(item.text.len() as u64);
                    self.report.read += 1;
                    if self.report.read.is_multiple_of(16) {
                        self.progress.set_message(format!("{} articles", self.report.read));
                    }
                    let plan = self.plan(&item)?;
                    self.submit(item, plan);
                }
                Event::Bad(seq, why) => {
                    if !self.skip_bad {
                        bail!("{why}");
                    }
                    debug_assert_eq!(seq, self.next_seq + self.pending.len() as u64);
                    self.pending.push_back(Slot { item: None, plan: Plan::Bad(why), result: None });
                }
                Event::ReadDone => reader_done = true,
                Event::ReadFailed => bail!("the reading thread failed (a bug in kb; please report it)"),
                Event::Extracted(seq, result) => self.arrived(seq, result),
            }
        }
    }

    /// Extracts again, from their stored text and page, the articles whose facts came
    /// from other rules: as many in flight at a time as while reading.
    fn refresh_stale(&mut self, events: &Receiver<Event>) -> Result<()> {
        let stale = store::stale_articles(self.tx, self.rules)?;
        if stale.is_empty() {
            return Ok(());
        }
        self.progress = progress_bar(stale.len() as u64, "re-extracting (rules changed)");
        let window = IN_FLIGHT_PER_CORE * rayon::current_num_threads() + 4;
        let mut next = stale.into_iter();
        let mut fed_all = false;
        loop {
            while !fed_all && self.pending.len() < window {
                let Some(article_id) = next.next() else {
                    fed_all = true;
                    break;
                };
                let (source, text, page) = store::stored_article(self.tx, article_id)?;
                let seq = self.next_seq + self.pending.len() as u64;
                let item = Box::new(Item { seq, source, kind: ItemKind::Refresh { article_id }, text: Arc::new(text), page, hash: String::new() });
                self.submit(item, Plan::Extract);
            }
            self.write_ready()?;
            if fed_all && self.pending.is_empty() {
                break;
            }
            if self.pending.front().is_some_and(|s| !s.ready()) || fed_all {
                match events.recv().context("an extraction thread stopped")? {
                    Event::Extracted(seq, result) => self.arrived(seq, result),
                    _ => bail!("the reading thread sent an article after it was done"),
                }
            }
        }
        self.progress.finish_and_clear();
        Ok(())
    }

    /// What to do with an input article, decided from the database before extracting.
    fn plan(&self, item: &Item) -> Result<Plan> {
        let ItemKind::Input { id } = &item.kind else { return Ok(Plan::Extract) };
        if let Some(k) = store::article_at(self.tx, id)? {
            if k.hash == item.hash && k.rules == self.rules {
                return Ok(Plan::Unchanged);
            }
        }
        if self.in_flight.contains(&item.hash) {
            return Ok(Plan::Known);
        }
        if store::article_with_hash(self.tx, &item.hash)?.is_some_and(|k| k.rules == self.rules) {
            return Ok(Plan::Known);
        }
        Ok(Plan::Extract)
    }

    fn submit(&mut self, mut item: Box<Item>, plan: Plan) {
        debug_assert_eq!(item.seq, self.next_seq + self.pending.len() as u64);
        if let Plan::Extract = plan {
            crate::cmd::input::note_if_cut(&item.source, &item.text);
            self.in_flight.insert(item.hash.clone());
            let (seq, text, page, events) = (item.seq, Arc::clone(&item.text), item.page.clone(), self.events.clone());
            rayon::spawn(move || {
                let _ = events.send(Event::Extracted(seq, extract(&text, &page)));
            });
        }
        if let Plan::Unchanged = plan {
            item.text = Arc::new(String::new());
        }
        self.pending.push_back(Slot { item: Some(item), plan, result: None });
    }

    fn arrived(&mut self, seq: u64, result: Result<Box<Extracted>, String>) {
        if let Some(slot) = seq.checked_sub(self.next_seq).and_then(|i| self.pending.get_mut(i as usize)) {
            slot.result = Some(result);
        }
    }

    /// Writes the articles at the front whose turn it is and whose facts are there.
    fn write_ready(&mut self) -> Result<()> {
        while self.pending.front().is_some_and(Slot::ready) {
            let slot = self.pending.pop_front().expect("front exists");
            self.next_seq += 1;
            self.write(slot)?;
            if self.search.full() {
                self.search.flush(self.tx)?;
            }
            if let Some(credits) = &self.credits {
                let _ = credits.try_send(());
            }
        }
        Ok(())
    }

    fn write(&mut self, slot: Slot) -> Result<()> {
        let Slot { item, plan, result } = slot;
        let Some(item) = item else {
            if let Plan::Bad(why) = plan {
                self.report.skipped.push(why);
            }
            return Ok(());
        };
        if let Plan::Extract = plan {
            self.in_flight.remove(&item.hash);
        }
        let facts = match result {
            Some(Ok(facts)) => Some(facts),
            Some(Err(why)) => {
                let message = extractor_failed(&item.source, &why);
                if !self.skip_bad {
                    bail!("{message}");
                }
                self.report.skipped.push(message);
                return Ok(());
            }
            None => None,
        };
        if let ItemKind::Refresh { .. } = item.kind {
            self.progress.inc(1);
        }
        match (&item.kind, plan) {
            (ItemKind::Input { .. }, Plan::Unchanged) => {
                self.report.unchanged += 1;
                Ok(())
            }
            (ItemKind::Input { id }, _) => self.store_input(id, &item, facts).with_context(|| format!("{}: cannot store", item.source)),
            (ItemKind::Refresh { article_id }, _) => {
                let facts = facts.expect("a refresh is always extracted");
                store::refresh_article(self.tx, *article_id, self.rules, &facts.facts, &facts.derived, &mut self.search)
                    .with_context(|| format!("{}: cannot store", item.source))?;
                self.touched_facts = true;
                self.report.refreshed += 1;
                Ok(())
            }
        }
    }

    /// Stores one input article under its path, deciding again on the database as it
    /// now is (earlier articles of this load are in it): unchanged; the same content as
    /// an article stored under another path (the path is recorded against it); or new
    /// content (added, or replacing what the path held).
    fn store_input(&mut self, id: &str, item: &Item, facts: Option<Box<Extracted>>) -> Result<()> {
        let tx = self.tx;
        let at = store::article_at(tx, id)?;
        if at.as_ref().is_some_and(|k| k.hash == item.hash && k.rules == self.rules) {
            self.report.unchanged += 1;
            return Ok(());
        }
        let same = store::article_with_hash(tx, &item.hash)?;
        let needs_facts = same.as_ref().is_none_or(|k| k.rules != self.rules);
        let facts = match (needs_facts, facts) {
            (false, _) => None,
            (true, Some(f)) => Some(f),
            // What was extracted for its content is gone (it failed, or was replaced):
            // extract it here.
            (true, None) => match extract(&item.text, &item.page) {
                Ok(f) => Some(f),
                Err(why) => {
                    let message = extractor_failed(&item.source, &why);
                    if !self.skip_bad {
                        bail!("{message}");
                    }
                    self.report.skipped.push(message);
                    return Ok(());
                }
            },
        };
        match same {
            Some(k) => {
                if let Some(f) = &facts {
                    store::refresh_article(tx, k.id, self.rules, &f.facts, &f.derived, &mut self.search)?;
                    self.touched_facts = true;
                }
                match &at {
                    Some(old) if old.id == k.id => self.report.refreshed += 1,
                    Some(_) => {
                        store::detach_source(tx, id, &mut self.search)?;
                        store::add_source(tx, id, k.id)?;
                        self.touched_facts = true;
                        self.report.replaced += 1;
                    }
                    None => {
                        store::add_source(tx, id, k.id)?;
                        self.report.duplicates += 1;
                    }
                }
            }
            None => {
                if at.is_some() {
                    store::detach_source(tx, id, &mut self.search)?;
                    self.touched_facts = true;
                    self.report.replaced += 1;
                } else {
                    self.report.added += 1;
                }
                let f = facts.expect("new content is extracted");
                let article = store::NewArticle { source_path: id, text: &item.text, hash: &item.hash, page: &item.page, rules: self.rules };
                store::insert_article(tx, &article, &f.facts, &f.derived, &mut self.search)?;
            }
        }
        Ok(())
    }
}

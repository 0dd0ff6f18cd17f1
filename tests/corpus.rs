//! The extractor on 2,653 real general-news articles (../shared/corpus/news-unc):
//! it must never fail, and it must find meetings in fewer than 1% of them, since
//! almost none of these articles reports a Party meeting.

mod util;

use std::path::Path;
use std::process::Command;

#[test]
fn general_news_rarely_yields_a_meeting_and_never_fails() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/news-unc");
    if !corpus.is_dir() {
        util::skip("corpus", &format!("{} is not there", corpus.display()));
        return;
    }
    let out = Command::new(env!("CARGO_BIN_EXE_kb")).args(["extract", "--json"]).arg(&corpus).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let mut articles = 0;
    let mut with_meeting = 0;
    for line in String::from_utf8(out.stdout).unwrap().lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        articles += 1;
        if !v["meetings"].as_array().unwrap().is_empty() {
            with_meeting += 1;
        }
    }
    assert!(articles > 2000, "read only {articles} articles");
    assert!(with_meeting * 100 < articles, "{with_meeting} of {articles} articles got a meeting");
}

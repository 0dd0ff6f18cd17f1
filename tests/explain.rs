//! `kb extract --explain`: every fact is printed with the rule that produced it, and every
//! rule name printed is one the extractor declares (`kb::extract::Rule::ALL`); with
//! `--json` the `rule`/`rules` keys are the only difference from plain `--json`.

mod util;

use kb::extract::Rule;
use serde_json::Value;
use util::{kb, ok, samples};

fn declared(name: &str) -> bool {
    Rule::ALL.iter().any(|r| r.name() == name)
}

fn extract(args: &[&str]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let mut all = vec!["extract"];
    all.extend_from_slice(args);
    let samples = samples();
    all.push(samples.to_str().unwrap());
    ok(kb(&dir.path().join("unused.db"), &all))
}

#[test]
fn the_summary_names_a_declared_rule_under_every_fact() {
    let out = extract(&["--explain"]);
    let lines: Vec<&str> = out.lines().collect();
    let mut facts = 0;
    for (i, line) in lines.iter().enumerate() {
        let fact = ["meeting:", "official:", "document:", "figure:"].iter().any(|k| line.starts_with(k));
        if !fact {
            continue;
        }
        facts += 1;
        let next = lines.get(i + 1).copied().unwrap_or("");
        assert!(next.starts_with("    rule: "), "no rule under {line:?}: {next:?}");
    }
    assert!(facts > 50, "the samples give many facts:\n{out}");
    // Every rule printed: after "rule: " and in the "(field: rule, ...)" list.
    let mut names = 0;
    for line in lines.iter().filter(|l| l.contains("rule: ")) {
        let after = &line[line.find("rule: ").unwrap() + 6..];
        let rule = after.split(' ').next().unwrap();
        assert!(declared(rule), "{rule:?} is not in Rule::ALL: {line}");
        names += 1;
        if let Some(fields) = after.strip_prefix(rule).and_then(|r| r.trim_start().strip_prefix('(')).and_then(|r| r.split_once(')')).map(|r| r.0) {
            for pair in fields.split(", ") {
                let (_, rule) = pair.split_once(": ").unwrap_or_else(|| panic!("{pair:?} in {line}"));
                assert!(declared(rule), "{rule:?} is not in Rule::ALL: {line}");
            }
        }
    }
    assert!(names > facts, "officials' roles have rules of their own");
}

/// Removes the keys `--explain` adds, at every level.
fn without_rules(v: &mut Value) {
    match v {
        Value::Object(map) => {
            for key in ["rule", "rules", "indicator_phrase"] {
                map.remove(key);
            }
            map.values_mut().for_each(without_rules);
        }
        Value::Array(items) => items.iter_mut().for_each(without_rules),
        _ => {}
    }
}

#[test]
fn json_explain_adds_a_declared_rule_to_each_fact_and_nothing_else() {
    let plain = extract(&["--json"]);
    let explained = extract(&["--json", "--explain"]);
    assert!(!plain.contains("\"rule\""), "plain --json carries no rules");
    let (plain, explained): (Vec<&str>, Vec<&str>) = (plain.lines().collect(), explained.lines().collect());
    assert_eq!(plain.len(), explained.len());
    for (p, e) in plain.iter().zip(&explained) {
        let p: Value = serde_json::from_str(p).unwrap();
        let mut e: Value = serde_json::from_str(e).unwrap();
        let rule_of = |fact: &Value| -> String {
            let rule = fact["rule"].as_str().unwrap_or_else(|| panic!("no rule: {fact}"));
            assert!(declared(rule), "{rule:?} is not in Rule::ALL: {fact}");
            rule.to_string()
        };
        for key in ["meetings", "officials", "resolutions", "named_documents", "targets"] {
            for fact in e[key].as_array().unwrap() {
                rule_of(fact);
                for role in fact["roles"].as_array().into_iter().flatten() {
                    rule_of(role);
                }
                if key == "meetings" || key == "targets" {
                    let rules = fact["rules"].as_object().unwrap_or_else(|| panic!("no rules: {fact}"));
                    assert!(rules.values().all(|r| r.as_str().is_some_and(declared)), "{fact}");
                }
            }
        }
        without_rules(&mut e);
        assert_eq!(p, e, "--explain changes nothing but the rule keys");
    }
}

// Re-embed migrations, canned reports and vocabularies when they change, and give the
// crate two fingerprints (see `kb::store::RULES_VERSION`):
// KB_RULES_HASH: the extraction rules, i.e. the vocabularies in data/ (all but the schema
//   descriptions) and the code of src/extract and src/text;
// KB_DATA_HASH: every file in data/, from which kb seeds the database's vocabularies.
// And it lists the built-in reports, every src/reports/*.sql, for `kb::reports` (see
// `reports_list`).
use std::path::{Path, PathBuf};

fn main() {
    println!("cargo:rerun-if-changed=migrations");
    println!("cargo:rerun-if-changed=src/reports");
    println!("cargo:rerun-if-changed=data");
    println!("cargo:rerun-if-changed=src/extract");
    println!("cargo:rerun-if-changed=src/text");
    let data = files(Path::new("data"));
    let rules: Vec<&PathBuf> = data.iter().filter(|p| !p.ends_with("schema_descriptions.tsv")).collect();
    let mut code = files(Path::new("src/extract"));
    code.extend(files(Path::new("src/text")));
    println!("cargo:rustc-env=KB_RULES_HASH={:012x}", fingerprint(rules.into_iter().chain(&code)));
    println!("cargo:rustc-env=KB_DATA_HASH={:012x}", fingerprint(data.iter()));
    reports_list();
}

/// Writes `$OUT_DIR/reports.rs`: `BUILT_IN`, each `src/reports/*.sql` as (file name,
/// text), in the order of their `-- order: N` header lines (lowest first; a file
/// without one after those with one); equal orders by file name. A report file added
/// to the folder is listed without another change.
fn reports_list() {
    let dir = Path::new("src/reports");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut reports: Vec<(u64, String)> = Vec::new();
    for path in files(dir).into_iter().filter(|p| p.extension().is_some_and(|x| x == "sql")) {
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let order = text
            .lines()
            .map(str::trim)
            .take_while(|l| l.starts_with("--") || l.is_empty())
            .find_map(|l| {
                l.trim_start_matches('-')
                    .trim()
                    .strip_prefix("order:")
                    .map(|v| v.trim().parse::<u64>().unwrap_or_else(|_| panic!("{}: `-- order:` takes a whole number, not '{}'", path.display(), v.trim())))
            })
            .unwrap_or(u64::MAX);
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        reports.push((order, name));
    }
    reports.sort();
    let mut out =
        format!("/// The built-in reports, in the order listed to users: (file name, text).\nconst BUILT_IN: [(&str, &str); {}] = [\n", reports.len());
    for (_, name) in &reports {
        out.push_str(&format!("    ({name:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/src/reports/{name}\"))),\n"));
    }
    out.push_str("];\n");
    let target = PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR")).join("reports.rs");
    std::fs::write(&target, out).unwrap_or_else(|e| panic!("{}: {e}", target.display()));
}

/// Every file under `dir`, sorted.
fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap_or_else(|e| panic!("{}: {e}", d.display())) {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// FNV-1a over each file's path and bytes, cut to 48 bits: an identity, not a checksum
/// against tampering.
fn fingerprint<'a>(paths: impl Iterator<Item = &'a PathBuf>) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |bytes: &[u8]| {
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    };
    for p in paths {
        eat(p.to_string_lossy().as_bytes());
        eat(&[0]);
        eat(&std::fs::read(p).unwrap_or_else(|e| panic!("{}: {e}", p.display())));
        eat(&[0]);
    }
    h & 0xffff_ffff_ffff
}

// Re-embed migrations, canned reports and vocabularies when they change.
fn main() {
    println!("cargo:rerun-if-changed=migrations");
    println!("cargo:rerun-if-changed=src/reports");
    println!("cargo:rerun-if-changed=data");
}

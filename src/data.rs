//! The one reader of the vocabularies in `data/`. Every file there is embedded in the
//! binary at build time and read the same way: `#` starts a comment line, blank lines
//! are skipped, columns are separated by tabs, a list inside a column by `;`. A table
//! (`.tsv`) starts with a header line naming its columns. A row that breaks its file's
//! shape stops kb with the file and line, e.g. "data/roles.tsv line 12: column 3
//! (title) is empty"; `tests` below reads every file, so such a row fails the build's
//! tests before it ships.

/// One embedded data file.
#[derive(Debug, Clone, Copy)]
pub struct DataFile {
    /// The path as an analyst sees it: "data/roles.tsv".
    pub path: &'static str,
    pub text: &'static str,
}

/// Embeds `data/NAME` as a [`DataFile`].
#[macro_export]
macro_rules! data_file {
    ($name:literal) => {
        $crate::data::DataFile { path: concat!("data/", $name), text: include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/", $name)) }
    };
}

/// One row of a data file, with where it stands for error messages.
#[derive(Debug, Clone)]
pub struct Row {
    pub path: &'static str,
    /// 1-based line number in the file.
    pub line: usize,
    cols: Vec<&'static str>,
    header: Option<&'static [&'static str]>,
}

impl Row {
    /// Column `i` (0-based), trimmed; empty when the row has fewer columns.
    pub fn col(&self, i: usize) -> &'static str {
        self.cols.get(i).map_or("", |c| c.trim())
    }

    /// Column `i`, which must not be empty.
    pub fn required(&self, i: usize) -> &'static str {
        let value = self.col(i);
        if value.is_empty() {
            let name = self.header.and_then(|h| h.get(i)).map_or(String::new(), |n| format!(" ({n})"));
            self.fail(&format!("column {}{name} is empty", i + 1));
        }
        value
    }

    /// Column `i` as a `;`-separated list, items trimmed, empty items left out.
    pub fn list(&self, i: usize) -> Vec<&'static str> {
        self.col(i).split(';').map(str::trim).filter(|s| !s.is_empty()).collect()
    }

    /// Column `i` parsed as a number (or anything `FromStr`), naming the row when it is not.
    pub fn parse<T: std::str::FromStr>(&self, i: usize) -> T {
        let value = self.required(i);
        value.parse().unwrap_or_else(|_| self.fail(&format!("column {} is {value:?}, not a {}", i + 1, std::any::type_name::<T>())))
    }

    /// The whole line, trimmed (for files of one item per line).
    pub fn text(&self) -> &'static str {
        self.col(0)
    }

    /// Every column of the row.
    pub fn cols(&self) -> usize {
        self.cols.len()
    }

    /// Stops with a message naming this row's file and line.
    pub fn fail(&self, message: &str) -> ! {
        panic!("{} line {}: {message}", self.path, self.line)
    }
}

impl DataFile {
    fn content_lines(&self) -> impl Iterator<Item = (usize, &'static str)> {
        self.text.lines().enumerate().map(|(i, l)| (i + 1, l)).filter(|(_, l)| !l.trim_start().starts_with('#') && !l.trim().is_empty())
    }

    /// The rows of a table: every content line after the header, split at tabs. Rows
    /// must have at least `min_columns` columns.
    pub fn table(&self, min_columns: usize) -> Vec<Row> {
        let mut lines = self.content_lines();
        let Some((_, header_line)) = lines.next() else { panic!("{}: no header line", self.path) };
        let header: &'static [&'static str] = Box::leak(header_line.split('\t').map(str::trim).collect::<Vec<_>>().into_boxed_slice());
        lines
            .map(|(line, l)| {
                let row = Row { path: self.path, line, cols: l.split('\t').collect(), header: Some(header) };
                if row.cols() < min_columns {
                    row.fail(&format!("{} columns, expected at least {min_columns} ({})", row.cols(), header.join(", ")));
                }
                row
            })
            .collect()
    }

    /// The content lines of a file of one item per line (no header).
    pub fn lines(&self) -> Vec<Row> {
        self.content_lines().map(|(line, l)| Row { path: self.path, line, cols: vec![l], header: None }).collect()
    }

    /// Every white-space separated word of a word-list file.
    pub fn words(&self) -> Vec<&'static str> {
        self.content_lines().flat_map(|(_, l)| l.split_whitespace()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: DataFile = DataFile { path: "data/sample.tsv", text: "# a comment\ncode\ttitle\n\nparty_secretary\tBí thư\nbroken\n" };

    #[test]
    fn rows_know_their_file_and_line() {
        let rows = SAMPLE.table(1);
        assert_eq!(rows.len(), 2);
        assert_eq!((rows[0].line, rows[0].col(0), rows[0].required(1)), (4, "party_secretary", "Bí thư"));
        let err = std::panic::catch_unwind(|| rows[1].required(1)).unwrap_err();
        assert_eq!(err.downcast_ref::<String>().unwrap(), "data/sample.tsv line 5: column 2 (title) is empty");
        let err = std::panic::catch_unwind(|| SAMPLE.table(2)).unwrap_err();
        assert_eq!(err.downcast_ref::<String>().unwrap(), "data/sample.tsv line 5: 1 columns, expected at least 2 (code, title)");
    }

    #[test]
    fn every_shipped_data_file_reads() {
        // Extracting one sentence reads every vocabulary the extractor uses.
        let facts = crate::extract::extract("Sáng 6/4/2023, đồng chí Trần Đức Thắng, Bí thư Tỉnh ủy Hải Dương chủ trì Hội nghị; GRDP tăng 6,56%.");
        assert_eq!(facts.officials.len(), 1);
        assert!(!crate::store::schema_descriptions().is_empty());
    }
}

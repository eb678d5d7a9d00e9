//! One table for a whole `make bench`: each benchmark adds its headline figures, with the peer
//! they were measured beside and the target they answer, to `summary.tsv` in the cache folder;
//! `bench-summary` prints them as one table at the end and starts the next summary afresh.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;

/// sysdig 0.41.4 `-q` on the bulk capture on this machine, M events/s (issues 2 and 4): a
/// recorded figure, 0.41.4 cannot be installed here (the peer run beside us is 0.29.3).
pub const SYSDIG_0414_MEVS: f64 = 5.2;

/// The file the benchmarks of one `make bench` add their rows to.
pub fn file(cache: &Path) -> PathBuf {
    cache.join("summary.tsv")
}

/// One figure: what was measured, rfalco's value, the peer's beside it (same run, or a recorded
/// figure, said so), their ratio, and the target with whether this run meets it.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The benchmark binary.
    pub bench: String,
    /// What was measured.
    pub what: String,
    /// rfalco's figure.
    pub rfalco: String,
    /// The peer's figure.
    pub peer: String,
    /// rfalco against the peer.
    pub ratio: String,
    /// The target, or "-".
    pub target: String,
    /// "yes", "no", or "-" without a target.
    pub met: String,
}

impl Row {
    /// A row: `ratio` is rfalco against `peer`; `met` says whether this run meets `target`
    /// (`None`: no target, or nothing to judge it by).
    pub fn new(
        bench: &str,
        what: impl Into<String>,
        rfalco: impl Into<String>,
        peer: impl Into<String>,
        ratio: Option<f64>,
        target: &str,
        met: Option<bool>,
    ) -> Row {
        Row {
            bench: bench.to_owned(),
            what: what.into(),
            rfalco: rfalco.into(),
            peer: peer.into(),
            ratio: ratio.map_or_else(|| "-".to_owned(), |r| format!("{r:.2}x")),
            target: if target.is_empty() { "-" } else { target }.to_owned(),
            met: met.map_or_else(|| "-".to_owned(), yes_no),
        }
    }

    fn fields(&self) -> [&str; 7] {
        [
            &self.bench,
            &self.what,
            &self.rfalco,
            &self.peer,
            &self.ratio,
            &self.target,
            &self.met,
        ]
    }

    /// The row as one line of the file (tabs and line breaks in a value become spaces).
    fn to_line(&self) -> String {
        let clean: Vec<String> = self
            .fields()
            .iter()
            .map(|f| f.replace(['\t', '\n', '\r'], " "))
            .collect();
        clean.join("\t")
    }

    /// A line of the file, or `None` for one that is not a row.
    fn from_line(line: &str) -> Option<Row> {
        let f: Vec<&str> = line.split('\t').collect();
        let [bench, what, rfalco, peer, ratio, target, met] = f.as_slice() else {
            return None;
        };
        Some(Row {
            bench: (*bench).to_owned(),
            what: (*what).to_owned(),
            rfalco: (*rfalco).to_owned(),
            peer: (*peer).to_owned(),
            ratio: (*ratio).to_owned(),
            target: (*target).to_owned(),
            met: (*met).to_owned(),
        })
    }
}

/// "yes" or "no".
fn yes_no(b: bool) -> String {
    if b { "yes" } else { "no" }.to_owned()
}

/// Adds `rows` to the summary in `cache`.
pub fn add(cache: &Path, rows: &[Row]) -> anyhow::Result<()> {
    let path = file(cache);
    std::fs::create_dir_all(cache).with_context(|| format!("creating {}", cache.display()))?;
    let mut f = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&path)
        .with_context(|| format!("opening {}", path.display()))?;
    for r in rows {
        writeln!(f, "{}", r.to_line()).with_context(|| format!("writing {}", path.display()))?;
    }
    Ok(())
}

/// The rows added so far, in order; lines that are not rows are skipped and counted.
pub fn read(cache: &Path) -> anyhow::Result<(Vec<Row>, usize)> {
    let path = file(cache);
    let text =
        std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
    let mut rows = Vec::new();
    let mut bad = 0;
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        match Row::from_line(line) {
            Some(r) => rows.push(r),
            None => bad += 1,
        }
    }
    Ok((rows, bad))
}

/// The rows as one Markdown table.
pub fn table(rows: &[Row]) -> String {
    let mut out = String::from(
        "| benchmark | measured | rfalco | beside it | ratio | target | met |\n\
         |---|---|---:|---:|---:|---|---|\n",
    );
    for r in rows {
        out.push_str("| ");
        out.push_str(&r.fields().join(" | "));
        out.push_str(" |\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{Row, add, read, table};

    #[test]
    fn rows_go_through_the_file_and_into_one_table() {
        let dir = tempfile::tempdir().expect("tempdir");
        let a = Row::new(
            "state-bench",
            "decode + state",
            "15.0 M ev/s",
            "sysdig -q 5.0 M ev/s",
            Some(3.0),
            ">= 3x",
            Some(true),
        );
        let b = Row::new(
            "pipeline-bench",
            "2 shards / 1\tshard",
            "0.7x",
            "-",
            Some(0.7),
            ">= 1.8x",
            Some(false),
        );
        let c = Row::new("synth-bench", "x10", "6 M ev/s", "-", None, "", None);
        add(dir.path(), std::slice::from_ref(&a)).expect("add");
        add(dir.path(), &[b, c]).expect("add");
        let (rows, bad) = read(dir.path()).expect("read");
        assert_eq!(bad, 0);
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0], a);
        assert_eq!((rows[0].met.as_str(), rows[1].met.as_str()), ("yes", "no"));
        assert_eq!(rows[1].what, "2 shards / 1 shard");
        assert_eq!((rows[2].ratio.as_str(), rows[2].met.as_str()), ("-", "-"));
        let t = table(&rows);
        assert_eq!(t.lines().count(), 5, "{t}");
        assert!(
            t.contains("| state-bench | decode + state | 15.0 M ev/s |"),
            "{t}"
        );
    }
}

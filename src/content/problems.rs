//! Problems found while reading a content folder, each with its file and line.

use std::fmt;
use std::path::{Path, PathBuf};

/// One problem in one file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub file: PathBuf,
    /// 1-based; `None` when the problem concerns the file as a whole.
    pub line: Option<usize>,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.file.display(), line, self.message),
            None => write!(f, "{}: {}", self.file.display(), self.message),
        }
    }
}

/// Every problem found in a folder; an import with any problem writes nothing.
#[derive(Debug, Default)]
pub struct Problems(pub Vec<Problem>);

impl Problems {
    /// Records a problem at a byte offset of `source` (converted to a line number).
    pub fn at(
        &mut self,
        file: &Path,
        source: &str,
        offset: Option<usize>,
        message: impl Into<String>,
    ) {
        let line = offset.map(|o| line_of(source, o));
        self.0.push(Problem {
            file: file.to_owned(),
            line,
            message: message.into(),
        });
    }

    /// Records a problem about a whole file.
    pub fn file(&mut self, file: &Path, message: impl Into<String>) {
        self.0.push(Problem {
            file: file.to_owned(),
            line: None,
            message: message.into(),
        });
    }

    /// Every problem, in the order found.
    pub fn iter(&self) -> impl Iterator<Item = &Problem> {
        self.0.iter()
    }

    /// Whether nothing was found.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for p in &self.0 {
            writeln!(f, "{p}")?;
        }
        write!(f, "{} problem(s); nothing was imported", self.0.len())
    }
}

impl std::error::Error for Problems {}

/// The 1-based line of byte `offset` in `source`.
pub fn line_of(source: &str, offset: usize) -> usize {
    let end = offset.min(source.len());
    source.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_counted_from_one() {
        let src = "a\nbb\nccc";
        assert_eq!(line_of(src, 0), 1);
        assert_eq!(line_of(src, 2), 2);
        assert_eq!(line_of(src, 7), 3);
        assert_eq!(line_of(src, 99), 3);
    }
}

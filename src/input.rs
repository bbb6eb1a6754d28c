//! Reading articles: files, directories (their `*.txt`, sorted), standard input, and JSON
//! Lines streams of `{"id": ..., "text": ...}` records.
//! Invalid UTF-8 is an error naming the byte offset unless the caller asks for lossy
//! decoding; a NUL byte marks a binary file.

use crate::error::{Error, Result};
use crate::text::scan::ByteSet;
use std::io::{BufRead, Read};
use std::path::{Path, PathBuf};

/// Where an article comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    Stdin,
    File(PathBuf),
}

impl Input {
    /// The label used as `source` in the output.
    pub fn label(&self) -> String {
        match self {
            Input::Stdin => "-".to_string(),
            Input::File(path) => path.display().to_string(),
        }
    }
}

/// Expands the arguments: `-` is standard input, a directory stands for its `*.txt` files
/// (recursively, sorted). Each argument yields its inputs or an error of its own.
pub fn expand(args: &[PathBuf]) -> Vec<std::result::Result<Input, Error>> {
    let mut out = Vec::new();
    for arg in args {
        if arg.as_os_str() == "-" {
            out.push(Ok(Input::Stdin));
        } else if arg.is_dir() {
            let mut files = Vec::new();
            walk(arg, &mut files, &mut out);
            files.sort();
            out.extend(files.into_iter().map(|f| Ok(Input::File(f))));
        } else if arg.exists() {
            out.push(Ok(Input::File(arg.clone())));
        } else {
            out.push(Err(Error::NotFound {
                path: arg.display().to_string(),
            }));
        }
    }
    out
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>, errors: &mut Vec<std::result::Result<Input, Error>>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(source) => {
            errors.push(Err(Error::Io {
                path: dir.display().to_string(),
                source,
            }));
            return;
        }
    };
    for entry in entries {
        match entry {
            Ok(entry) => {
                let path = entry.path();
                if path.is_dir() {
                    walk(&path, files, errors);
                } else if path.extension().is_some_and(|e| e == "txt") {
                    files.push(path);
                }
            }
            Err(source) => errors.push(Err(Error::Io {
                path: dir.display().to_string(),
                source,
            })),
        }
    }
}

/// Reads an input's bytes.
pub fn read_bytes(input: &Input) -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    let result = match input {
        Input::Stdin => std::io::stdin().lock().read_to_end(&mut bytes).map(|_| ()),
        Input::File(path) => std::fs::read(path).map(|b| bytes = b),
    };
    result.map_err(|source| Error::Io {
        path: input.label(),
        source,
    })?;
    Ok(bytes)
}

/// Decodes an article's bytes. With `lossy`, invalid UTF-8 is replaced and reported in the
/// returned warning instead of failing.
pub fn decode(label: &str, bytes: Vec<u8>, lossy: bool) -> Result<(String, Option<String>)> {
    if let Some(offset) = memchr_nul(&bytes) {
        return Err(Error::Binary {
            path: label.to_string(),
            offset,
        });
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok((text, None)),
        Err(err) => {
            let offset = err.utf8_error().valid_up_to();
            if lossy {
                let text = String::from_utf8_lossy(err.as_bytes()).into_owned();
                Ok((
                    text,
                    Some(format!("invalid UTF-8 replaced, first at byte {offset}")),
                ))
            } else {
                Err(Error::InvalidUtf8 {
                    path: label.to_string(),
                    offset,
                })
            }
        }
    }
}

/// An article read and decoded: its label (the output's `source`), its text, and what was
/// replaced to decode it.
#[derive(Debug, PartialEq, Eq)]
pub struct Article {
    pub label: String,
    pub text: String,
    pub warning: Option<String>,
}

/// Reads and decodes one input.
pub fn read(input: &Input, lossy: bool) -> Result<Article> {
    let label = input.label();
    let bytes = read_bytes(input)?;
    let (text, warning) = decode(&label, bytes, lossy)?;
    Ok(Article {
        label,
        text,
        warning,
    })
}

/// One article of a JSON Lines stream.
#[derive(serde::Deserialize)]
struct Record {
    id: serde_json::Value,
    text: String,
}

/// The articles of a JSON Lines stream, one `{"id": ..., "text": ...}` per line, read one
/// line at a time. A string `id` is the article's label as it is, any other is its JSON;
/// a line that is not such a record is an error of its own, and blank lines are skipped.
pub fn records<R: BufRead>(
    reader: R,
    label: String,
    lossy: bool,
) -> impl Iterator<Item = Result<Article>> {
    record_lines(reader, label).map(move |line| line.and_then(|line| line.parse(lossy)))
}

/// One line of a JSON Lines stream, read but not yet parsed: a parallel run hands the
/// parsing to its workers, and the reader only finds the line ends.
pub struct RecordLine {
    bytes: Vec<u8>,
    label: String,
    line_no: usize,
}

impl RecordLine {
    /// The article the line holds (see [`records`]).
    pub fn parse(self, lossy: bool) -> Result<Article> {
        record(self.bytes, &self.label, self.line_no, lossy)
    }
}

/// The lines of a JSON Lines stream, blank lines skipped.
pub fn record_lines<R: BufRead>(
    mut reader: R,
    label: String,
) -> impl Iterator<Item = Result<RecordLine>> {
    let mut line_no = 0;
    // Each line starts with room for one as long as the last (up to 1 MB), so it is seldom
    // grown.
    let mut room = 0;
    std::iter::from_fn(move || {
        loop {
            let mut line = Vec::with_capacity(room);
            line_no += 1;
            match reader.read_until(b'\n', &mut line) {
                Ok(0) => return None,
                Ok(_) if line.iter().all(u8::is_ascii_whitespace) => continue,
                Ok(_) => {
                    room = line.len().min(1 << 20);
                    return Some(Ok(RecordLine {
                        bytes: line,
                        label: label.clone(),
                        line_no,
                    }));
                }
                Err(source) => {
                    return Some(Err(Error::Io {
                        path: label.clone(),
                        source,
                    }));
                }
            }
        }
    })
}

fn record(line: Vec<u8>, label: &str, line_no: usize, lossy: bool) -> Result<Article> {
    let place = format!("{label}:{line_no}");
    let (line, warning) = decode(&place, line, lossy)?;
    let bad = |message: String| Error::BadRecord {
        path: label.to_string(),
        line: line_no,
        message,
    };
    let record: Record = serde_json::from_str(&line).map_err(|e| bad(e.to_string()))?;
    let id = match record.id {
        serde_json::Value::String(id) => id,
        serde_json::Value::Null => return Err(bad("the record's id is null".into())),
        other => other.to_string(),
    };
    Ok(Article {
        label: id,
        text: record.text,
        warning,
    })
}

fn memchr_nul(bytes: &[u8]) -> Option<usize> {
    const NUL: ByteSet<1> = ByteSet::new([0], false);
    NUL.find(bytes, 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_and_reports_offsets() {
        assert_eq!(decode("a", b"ok".to_vec(), false).unwrap().0, "ok");
        let err = decode("a.txt", b"ab\xffc".to_vec(), false).unwrap_err();
        assert_eq!(
            err.to_string(),
            "a.txt: invalid UTF-8 at byte 2 (use --lossy to replace it)"
        );
        let (text, warning) = decode("a", b"ab\xffc".to_vec(), true).unwrap();
        assert_eq!(text, "ab\u{fffd}c");
        assert!(warning.unwrap().contains("byte 2"));
        assert_eq!(
            decode("b", b"x\0y".to_vec(), false).unwrap_err().kind(),
            "binary"
        );
    }

    #[test]
    fn reads_records_line_by_line() {
        let stream = "{\"id\": \"a\", \"text\": \"One.\"}\n\n{\"id\": 7, \"text\": \"Two.\"}\nnot json\n{\"text\": \"x\"}\n";
        let found: Vec<_> = records(stream.as_bytes(), "s.jsonl".into(), false).collect();
        assert_eq!(found.len(), 4);
        let first = found[0].as_ref().unwrap();
        assert_eq!((first.label.as_str(), first.text.as_str()), ("a", "One."));
        assert_eq!(found[1].as_ref().unwrap().label, "7");
        let err = found[2].as_ref().unwrap_err();
        assert_eq!(
            (err.kind(), err.path()),
            ("bad_record", "s.jsonl:4".to_string())
        );
        assert!(
            found[3]
                .as_ref()
                .unwrap_err()
                .to_string()
                .contains("missing field `id`")
        );
    }

    #[test]
    fn missing_paths_are_errors() {
        let found = expand(&[PathBuf::from("/no/such/file.txt")]);
        assert!(matches!(&found[0], Err(Error::NotFound { .. })));
    }
}

//! The engine's error type.

use std::path::PathBuf;

/// What can go wrong when reading or analysing an article.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    #[error("{path}: invalid UTF-8 at byte {offset} (use --lossy to replace it)")]
    InvalidUtf8 { path: String, offset: usize },
    #[error("{path}: looks like a binary file (NUL byte at {offset})")]
    Binary { path: String, offset: usize },
    #[error("{path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: no such file or directory")]
    NotFound { path: String },
    #[error("{path}:{line}: {message}")]
    BadRecord {
        path: String,
        line: usize,
        message: String,
    },
    #[error("{path}: {message}")]
    Internal { path: String, message: String },
    #[error("{path}: {message}")]
    Gold { path: PathBuf, message: String },
}

impl Error {
    /// The input the error is about, as the user named it.
    pub fn path(&self) -> String {
        match self {
            Error::InvalidUtf8 { path, .. }
            | Error::Binary { path, .. }
            | Error::Io { path, .. }
            | Error::NotFound { path }
            | Error::Internal { path, .. } => path.clone(),
            Error::BadRecord { path, line, .. } => format!("{path}:{line}"),
            Error::Gold { path, .. } => path.display().to_string(),
        }
    }

    /// A short stable name for the error, used in JSON error objects.
    pub fn kind(&self) -> &'static str {
        match self {
            Error::InvalidUtf8 { .. } => "invalid_utf8",
            Error::Binary { .. } => "binary",
            Error::Io { .. } => "io",
            Error::NotFound { .. } => "not_found",
            Error::BadRecord { .. } => "bad_record",
            Error::Internal { .. } => "internal",
            Error::Gold { .. } => "gold",
        }
    }
}

pub type Result<T> = std::result::Result<T, Error>;

//! `claims/1` JSON: pretty for one document, one line each for JSON Lines, and the error
//! object that stands in for an input that could not be read.

use crate::analysis::{Analysis, SCHEMA};
use crate::error::Error;
use serde::Serialize;
use std::io::{self, Write};

/// Writes one analysis as pretty JSON followed by a newline.
pub fn write_pretty(out: &mut impl Write, analysis: &Analysis) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, analysis)?;
    out.write_all(b"\n")
}

/// Writes one analysis on one line.
pub fn write_line(out: &mut impl Write, analysis: &Analysis) -> io::Result<()> {
    serde_json::to_writer(&mut *out, analysis)?;
    out.write_all(b"\n")
}

#[derive(Serialize)]
struct ErrorBody<'a> {
    kind: &'a str,
    message: String,
}

#[derive(Serialize)]
struct ErrorDocument<'a> {
    schema: &'a str,
    source: &'a str,
    error: ErrorBody<'a>,
}

/// Writes the error object of an input that could not be read, on one line.
pub fn write_error_line(out: &mut impl Write, source: &str, error: &Error) -> io::Result<()> {
    let doc = ErrorDocument {
        schema: SCHEMA,
        source,
        error: ErrorBody {
            kind: error.kind(),
            message: error.to_string(),
        },
    };
    serde_json::to_writer(&mut *out, &doc)?;
    out.write_all(b"\n")
}

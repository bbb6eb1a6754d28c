//! The text report a journalist reads: title and date, the on-the-record position beside
//! the anonymous accounts, each contradiction with both quotes and why, and the sourcing.

use crate::analysis::{Analysis, Statement};
use std::io::{self, Write};

/// How to lay out the report.
#[derive(Clone, Copy, Debug)]
pub struct Layout {
    pub color: bool,
    /// Terminal width in columns.
    pub width: usize,
}

const SIDE_BY_SIDE_MIN_WIDTH: usize = 110;

struct Paint(bool);

impl Paint {
    fn wrap(&self, code: &str, text: &str) -> String {
        if self.0 {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }
    fn bold(&self, text: &str) -> String {
        self.wrap("1", text)
    }
    fn dim(&self, text: &str) -> String {
        self.wrap("2", text)
    }
    fn green(&self, text: &str) -> String {
        self.wrap("32", text)
    }
    fn yellow(&self, text: &str) -> String {
        self.wrap("33", text)
    }
    fn red(&self, text: &str) -> String {
        self.wrap("31;1", text)
    }
}

/// Wraps `text` to lines of at most `width` characters.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

fn who(analysis: &Analysis, statement: &Statement) -> String {
    let speaker = statement
        .speaker
        .as_ref()
        .and_then(|id| analysis.speakers.iter().find(|s| &s.id == id));
    match (speaker, &statement.mention) {
        (Some(s), Some(m)) if s.name != m.text => format!("{} ({})", s.name, m.text),
        (Some(s), _) => s.name.clone(),
        (None, _) => "unattributed".to_string(),
    }
}

/// One statement as a block of lines: who, footing and the claim.
fn block(analysis: &Analysis, statement: &Statement, width: usize) -> Vec<String> {
    let mut footing = statement.kind.to_string();
    if statement.second_hand {
        footing.push_str(", second-hand");
    }
    // "denied that it planned a sale": the claim shown is what the speaker denies.
    if statement.denies {
        footing.push_str(", denies");
    }
    if statement.stance.hedged {
        footing.push_str(&format!(", hedged: {}", statement.stance.hedges.join(" ")));
    }
    let mut lines = wrap(
        &format!(
            "{} {} [{}]",
            statement.id,
            who(analysis, statement),
            footing
        ),
        width,
    );
    // A claim in parts is shown as its quotations, without the attribution between them.
    let claim = match &statement.parts {
        Some(parts) => parts
            .iter()
            .map(|p| format!("“{}”", p.text))
            .collect::<Vec<_>>()
            .join(" … "),
        None => format!("“{}”", statement.claim.text),
    };
    lines.extend(
        wrap(&claim, width.saturating_sub(2))
            .into_iter()
            .map(|l| format!("  {l}")),
    );
    lines
}

fn column(analysis: &Analysis, statements: &[&Statement], width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    for statement in statements {
        lines.extend(block(analysis, statement, width));
    }
    if statements.is_empty() {
        lines.push("(none)".to_string());
    }
    lines
}

/// Writes the report of one analysis.
pub fn write(out: &mut impl Write, analysis: &Analysis, layout: Layout) -> io::Result<()> {
    let paint = Paint(layout.color);
    let width = layout.width.max(40);
    writeln!(out, "{}", paint.bold(&format!("== {}", analysis.source)))?;
    if let Some(title) = &analysis.title {
        writeln!(out, "{}", paint.bold(title))?;
    }
    if let Some(published) = &analysis.published {
        writeln!(out, "{}", paint.dim(&format!("Published {published}")))?;
    }
    let s = &analysis.stats;
    writeln!(
        out,
        "\nSourcing: {} statements: {} on the record; {} named, {} institutional, {} anonymous, {} vague, {} unattributed; {} second-hand",
        s.statements,
        s.on_record,
        s.named,
        s.institution,
        s.anonymous,
        s.vague,
        s.unattributed,
        s.second_hand
    )?;
    let on_record: Vec<&Statement> = analysis
        .statements
        .iter()
        .filter(|st| st.on_record)
        .collect();
    let off_record: Vec<&Statement> = analysis
        .statements
        .iter()
        .filter(|st| !st.on_record)
        .collect();
    let left_title = paint.green("ON THE RECORD");
    let right_title = paint.yellow("ANONYMOUS, VAGUE, SECOND-HAND AND UNATTRIBUTED");
    if width >= SIDE_BY_SIDE_MIN_WIDTH {
        let half = (width - 3) / 2;
        let left = column(analysis, &on_record, half);
        let right = column(analysis, &off_record, half);
        writeln!(out)?;
        let pad = half.saturating_sub("ON THE RECORD".len());
        writeln!(out, "{left_title}{} | {right_title}", " ".repeat(pad))?;
        for row in 0..left.len().max(right.len()) {
            let l = left.get(row).map_or("", String::as_str);
            let r = right.get(row).map_or("", String::as_str);
            writeln!(
                out,
                "{l}{} | {r}",
                " ".repeat(half.saturating_sub(l.chars().count()))
            )?;
        }
    } else {
        writeln!(out, "\n{left_title}")?;
        for line in column(analysis, &on_record, width) {
            writeln!(out, "{line}")?;
        }
        writeln!(out, "\n{right_title}")?;
        for line in column(analysis, &off_record, width) {
            writeln!(out, "{line}")?;
        }
    }
    writeln!(
        out,
        "\n{}",
        paint.red(&format!(
            "CONTRADICTIONS ({})",
            analysis.contradictions.len()
        ))
    )?;
    for c in &analysis.contradictions {
        writeln!(
            out,
            "{} [{}, score {:.2}]",
            c.id,
            c.kind.replace('_', " "),
            c.score
        )?;
        for id in c.on_record.iter().chain(&c.counter) {
            if let Some(st) = analysis.statements.iter().find(|st| &st.id == id) {
                for line in block(analysis, st, width.saturating_sub(2)) {
                    writeln!(out, "  {line}")?;
                }
            }
        }
        for line in wrap(&format!("why: {}", c.why), width.saturating_sub(2)) {
            writeln!(out, "  {}", paint.dim(&line))?;
        }
    }
    for warning in &analysis.warnings {
        writeln!(out, "{}", paint.yellow(&format!("warning: {warning}")))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_words() {
        assert_eq!(wrap("one two three four", 9), ["one two", "three", "four"]);
    }

    #[test]
    fn report_has_sections_and_no_color_when_off() {
        let analysis = crate::analyze(
            "“It is open,” Kim said. Officials say it is closed.",
            "t.txt",
        );
        let mut out = Vec::new();
        write(
            &mut out,
            &analysis,
            Layout {
                color: false,
                width: 80,
            },
        )
        .unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.contains("ON THE RECORD") && text.contains("CONTRADICTIONS"));
        assert!(!text.contains('\x1b'));
    }

    #[test]
    fn a_denial_says_so_beside_the_claim_it_denies() {
        let footing = |text: &str| {
            let analysis = crate::analyze(text, "t.txt");
            let mut out = Vec::new();
            let layout = Layout {
                color: false,
                width: 80,
            };
            write(&mut out, &analysis, layout).unwrap();
            let report = String::from_utf8(out).unwrap();
            report
                .lines()
                .find(|l| l.starts_with("s1 "))
                .unwrap()
                .to_string()
        };
        assert!(
            footing("The ministry denied that it planned a sale.")
                .ends_with("[institution, denies]")
        );
        assert!(footing("The ministry said that it planned a sale.").ends_with("[institution]"));
        // "did not deny" denies nothing.
        assert!(
            footing("The ministry did not deny that it planned a sale.").ends_with("[institution]")
        );
    }
}

//! Quotation pairs. Curly and straight double marks (and `''` as one mark), single marks
//! where a paragraph has no double ones, quotes running over several paragraphs (an opening
//! mark on each, the closing mark only at the end). Unbalanced marks become warnings.

use super::normalise::{
    intrinsic_direction, is_dash, is_double_quote, is_plural_possessive, is_single_quote,
};
use super::scan::ByteSet;
use crate::span::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quote {
    /// From the opening mark through the closing mark (or the paragraph's end).
    pub outer: Span,
    /// The quoted words, without the marks.
    pub inner: Span,
    pub paragraph: usize,
    /// A closing mark was found in this paragraph.
    pub closed: bool,
    /// This piece goes on a quote opened in an earlier paragraph.
    pub continues: bool,
}

/// Short words a title leaves in lower case ("Meet the Press", "Face of America").
const TITLE_LINKS: &[&str] = &["the", "of", "and", "a", "an", "in", "on", "for", "to", "at"];

impl Quote {
    /// Whether the quoted words name something rather than say it: two to six words, each
    /// capitalised or a title's small word, with no sentence inside ("Meet the Nation").
    pub fn is_title(&self, source: &str) -> bool {
        names_a_title(self.inner.text(source).trim_end_matches([',', ' ']))
    }
}

/// Whether quoted words name something rather than say it (see [`Quote::is_title`]).
pub fn names_a_title(text: &str) -> bool {
    // Most quotations are ruled out by their first punctuation mark, a byte scan.
    let punctuated = text
        .bytes()
        .any(|b| matches!(b, b'.' | b'!' | b'?' | b':' | b';' | b','));
    if punctuated || !(2..=6).contains(&text.split_whitespace().take(7).count()) {
        return false;
    }
    let mut words = text.split_whitespace();
    text.trim_start().starts_with(|c: char| c.is_uppercase())
        && words.all(|w| {
            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                || TITLE_LINKS.contains(&w)
        })
}

/// A quotation mark found in a paragraph.
#[derive(Clone, Copy, Debug)]
struct Mark {
    span: Span,
    /// Whether the context says it opens (`Some(true)`), closes, or cannot tell.
    opens: Option<bool>,
}

/// A paragraph with more quotation marks than this is not prose: its marks are not paired,
/// which keeps memory in proportion to real quotes, not to stray marks.
pub const MAX_MARKS: usize = 1000;

/// Finds the quotation marks of one paragraph: double ones, or single ones when it has none.
/// `None` when there are more than `MAX_MARKS` of a kind.
fn marks(source: &str, para: Span) -> Option<Vec<Mark>> {
    let text = para.text(source);
    let bytes = text.as_bytes();
    let mut doubles = Vec::new();
    let mut singles = Vec::new();
    // A single quotation has opened and not closed.
    let mut single_open = false;
    let mut at = 0;
    // Only bytes that can begin a quotation mark are looked at: ASCII marks, and the lead
    // bytes of the Unicode ones (U+00AB/BB, U+2018-203A, U+301D/E, U+FF02).
    const CANDIDATES: ByteSet<3> = ByteSet::new([b'"', b'\'', b'`'], true);
    while let Some(found) = CANDIDATES.find(bytes, at) {
        at = found;
        if !matches!(bytes[at], b'"' | b'\'' | b'`' | 0xC2 | 0xE2 | 0xE3 | 0xEF) {
            at += 1;
            continue;
        }
        let c = text[at..].chars().next().expect("at a char boundary");
        let mut len = c.len_utf8();
        let mut double_apostrophe = (c == '\'' || c == '`') && text[at + len..].starts_with(c);
        // `'''` closing a nested quotation ("'old-school,'''") is a single mark, then `''`.
        if double_apostrophe && text[at + 2..].starts_with(c) {
            let prev = text[..at].chars().next_back();
            double_apostrophe = prev.is_some_and(|p| p.is_whitespace());
        }
        if double_apostrophe {
            len += 1;
        }
        if is_double_quote(c) || double_apostrophe || is_single_quote(c) {
            let prev = text[..at].chars().next_back();
            let next = text[at + len..].chars().next();
            let opens = direction(c, prev, next);
            let mark = Mark {
                span: Span::new(para.start + at, para.start + at + len),
                opens,
            };
            if is_double_quote(c) || double_apostrophe {
                doubles.push(mark);
            } else if !is_apostrophe(prev, next) {
                single_open = mark.opens != Some(false);
                singles.push(mark);
            } else if single_open && closes_after_word(&text[..at], &text[at + len..]) {
                // "a 'cover-up' over ...": with a single quotation open, the mark after a
                // word closes it, unless it is a plural's possessive ("residents' homes").
                single_open = false;
                singles.push(Mark {
                    opens: Some(false),
                    ..mark
                });
            }
            if doubles.len().max(singles.len()) > MAX_MARKS {
                return None;
            }
        }
        at += len;
    }
    Some(if doubles.is_empty() { singles } else { doubles })
}

/// Whether a mark after the word that ends `before`, followed by `after`, may close a
/// quotation: before a space or a mark, but not as a plural's possessive.
fn closes_after_word(before: &str, after: &str) -> bool {
    match after.chars().next() {
        None => true,
        Some(' ') => !is_plural_possessive(before, after),
        Some(c) => !c.is_alphanumeric(),
    }
}

fn is_apostrophe(prev: Option<char>, next: Option<char>) -> bool {
    let letter = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    letter(prev)
        && (letter(next) || next.is_none_or(|n| n.is_whitespace() || n == ',' || n == '.'))
        && !prev.is_some_and(|p| matches!(p, '.' | '!' | '?' | ','))
}

/// Opening or closing, from the mark's shape and what stands around it.
fn direction(c: char, prev: Option<char>, next: Option<char>) -> Option<bool> {
    // Invisible marks (zero-width, bidirectional controls) count as space.
    let space = |x: char| {
        let invisible = matches!(x, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}');
        x.is_whitespace() || invisible || matches!(x, '\u{2060}'..='\u{2069}' | '\u{FEFF}')
    };
    let space_or_open = |x: Option<char>| {
        x.is_none_or(|x| space(x) || matches!(x, '(' | '[' | '{' | ':') || is_dash(x))
    };
    let space_or_close = |x: Option<char>| {
        x.is_none_or(|x| {
            space(x) || matches!(x, ',' | '.' | ';' | ':' | '!' | '?' | ')' | ']') || is_dash(x)
        })
    };
    match (space_or_open(prev), space_or_close(next)) {
        (true, false) => Some(true),
        (false, true) => Some(false),
        _ => intrinsic_direction(c),
    }
}

/// Pairs the quotation marks of the given paragraphs; warnings go to `warnings`.
/// Whether the marks after an opening mark inside an open quotation are the inner one's
/// close and then the outer one's.
fn nested_here(after: &[Mark]) -> bool {
    matches!(after, [inner, outer, ..] if inner.opens == Some(false) && outer.opens == Some(false))
}

pub fn quotes(source: &str, paragraphs: &[Span], warnings: &mut Vec<(String, Span)>) -> Vec<Quote> {
    let mut found = Vec::new();
    // An opening mark whose quote runs on past its paragraph's end.
    let mut running: Option<Span> = None;
    for (index, &para) in paragraphs.iter().enumerate() {
        let Some(marks) = marks(source, para) else {
            warnings.push((
                format!("more than {MAX_MARKS} quotation marks in one paragraph, left unpaired"),
                Span::new(para.start, para.start),
            ));
            continue;
        };
        let mut open: Option<(Mark, bool)> = None;
        if let Some(previous_open) = running.take() {
            match marks.first() {
                Some(first) if first.span.start == para.start && first.opens != Some(false) => {
                    open = Some((*first, true));
                }
                _ => warnings.push(("unbalanced quotation mark".into(), previous_open)),
            }
        }
        let mut next = usize::from(open.is_some());
        while let Some(&mark) = marks.get(next) {
            next += 1;
            match (open, mark.opens) {
                (None, Some(false)) => warnings.push((
                    "closing quotation mark with no opening one".into(),
                    mark.span,
                )),
                (None, _) => open = Some((mark, false)),
                // A quotation inside a quotation in the same marks (`“... calls “hell” than
                // ...”`): two closing marks follow, the inner's and the outer's.
                (Some((start, _)), Some(true))
                    if start.span.text(source) == mark.span.text(source)
                        && nested_here(&marks[next..]) =>
                {
                    next += 1
                }
                (Some((start, _)), Some(true)) if mark.span.start > start.span.end => {
                    warnings.push(("unbalanced quotation mark".into(), start.span));
                    open = Some((mark, false));
                }
                (Some((start, continues)), _) => {
                    found.push(Quote {
                        outer: start.span.cover(mark.span),
                        inner: Span::new(start.span.end, mark.span.start),
                        paragraph: index,
                        closed: true,
                        continues,
                    });
                    open = None;
                }
            }
        }
        // A lone ASCII `'` left open is an elision ("Van 't Hof", "'em"), not a quotation
        // running on: the curly and double marks say what they are.
        let elision = open.is_some_and(|(start, _)| start.span.text(source) == "'");
        if let Some((start, continues)) = open.filter(|_| !elision) {
            found.push(Quote {
                outer: Span::new(start.span.start, para.end),
                inner: Span::new(start.span.end, para.end),
                paragraph: index,
                closed: false,
                continues,
            });
            running = Some(start.span);
        }
    }
    if let Some(open) = running {
        warnings.push(("unbalanced quotation mark".into(), open));
    }
    found.retain(|q| !q.inner.trim(source).is_empty());
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::text::paragraphs::paragraphs;

    fn run(source: &str) -> (Vec<&str>, usize) {
        let paras = paragraphs(source, 0);
        let mut warnings = Vec::new();
        let found = quotes(source, &paras, &mut warnings);
        (
            found.iter().map(|q| q.inner.text(source)).collect(),
            warnings.len(),
        )
    }

    #[test]
    fn titles_are_short_runs_of_capitalised_words() {
        let title = |text: &str| {
            let paras = paragraphs(text, 0);
            quotes(text, &paras, &mut Vec::new())[0].is_title(text)
        };
        assert!(title("on “Meet the Nation,” he said"));
        assert!(!title("“Yes,” he said"));
        assert!(!title("“We Will Win. Again,” he said"));
        assert!(!title("“we are ready,” he said"));
    }

    #[test]
    fn a_flood_of_marks_is_left_unpaired() {
        let flood = "\"".repeat(MAX_MARKS + 1);
        let (found, warnings) = run(&flood);
        assert!(found.is_empty());
        assert_eq!(warnings, 1);
    }

    #[test]
    fn pairs_curly_and_straight() {
        assert_eq!(run("“One,” he said. \"Two.\"").0, ["One,", "Two."]);
    }

    #[test]
    fn a_closing_mark_after_an_invisible_control_may_open() {
        // Pasted comments: a bidirectional control, then a right mark used to open.
        assert_eq!(
            run("\u{202A}\u{201D}We are ready,\u{201D} said Ann Lee.").0,
            ["We are ready,"]
        );
    }

    #[test]
    fn double_apostrophes_are_one_mark() {
        assert_eq!(
            run("Raising rents ''is simply fair,'' she said.").0,
            ["is simply fair,"]
        );
    }

    #[test]
    fn three_apostrophes_close_a_single_then_a_double_quotation() {
        assert_eq!(
            run("''I would use the word 'old-school,''' said Lee. '''Tis fine,'' Kim said.").0,
            ["I would use the word 'old-school,'", "'Tis fine,"]
        );
    }

    #[test]
    fn nested_single_quotes_stay_inside() {
        assert_eq!(
            run("“He called it ‘a plan’ today,” she said.").0,
            ["He called it ‘a plan’ today,"]
        );
    }

    #[test]
    fn single_quotes_when_no_double_ones() {
        assert_eq!(
            run("Mayor: The Floods Are 'Frightening.' Lee's view").0,
            ["Frightening."]
        );
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert_eq!(
            run("Don't say the farmers' talks can’t work.").0,
            Vec::<&str>::new()
        );
    }

    #[test]
    fn an_open_single_quotation_closes_after_a_word_but_not_at_a_possessive() {
        let text = "He denied a 'cover-up' over damp, saying residents' complaints were \
                    'dealt with promptly'. It cost 'taxpayers' money' too.";
        assert_eq!(
            run(text),
            (
                vec!["cover-up", "dealt with promptly", "taxpayers' money"],
                0
            )
        );
    }

    #[test]
    fn a_lone_ascii_mark_left_open_is_an_elision() {
        let text = "Van 't Hof runs the ferry.\n\n\"We are the same,\" she said.";
        assert_eq!(run(text), (vec!["We are the same,"], 0));
        // A curly mark left open still runs on into the next paragraph.
        let (found, _) = run("‘First part.\n\n‘Second part,’ he said.");
        assert_eq!(found, ["First part.", "Second part,"]);
    }

    #[test]
    fn multi_paragraph_quote() {
        let (found, warnings) = run("“First part.\n\n“Second part,” he said.");
        assert_eq!(found, ["First part.", "Second part,"]);
        assert_eq!(warnings, 0);
    }

    #[test]
    fn a_quotation_inside_one_in_the_same_marks_is_part_of_it() {
        let (found, warnings) =
            run("“I’d rather live in what he calls “hell” than that,” she said.");
        assert_eq!(
            found,
            ["I’d rather live in what he calls “hell” than that,"]
        );
        assert_eq!(warnings, 0);
        // Other marks, or a missing closing mark, start a new quotation as before.
        let (found, _) = run("\"He said “we win” and left,\" Lee wrote.");
        assert_eq!(found, ["we win"]);
        let (found, warnings) = run("“We win. “No,” she said. “Yes.”");
        assert_eq!(found, ["No,", "Yes."]);
        assert_eq!(warnings, 1);
    }

    #[test]
    fn unbalanced_mark_warns() {
        let (found, warnings) = run("He said “this never ends.\n\nNext paragraph.");
        assert_eq!(found, ["this never ends."]);
        assert_eq!(warnings, 1);
        assert_eq!(run("stray” mark").1, 1);
    }
}

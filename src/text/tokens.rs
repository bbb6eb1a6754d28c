//! Word tokens inside a small span: words keep inner hyphens, apostrophes and periods
//! ("Min-seo", "Alder's", "U.S."), every other mark is a token of its own.

use crate::span::Span;
use crate::text::normalise::is_plural_possessive;
use crate::text::scan::word_run_end;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token<'a> {
    pub span: Span,
    pub text: &'a str,
}

impl Token<'_> {
    pub fn is_word(&self) -> bool {
        starts_word(self.text)
    }

    pub fn is_capitalised(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    pub fn is(&self, punctuation: char) -> bool {
        self.text.len() == punctuation.len_utf8() && self.text.starts_with(punctuation)
    }
}

/// What a character is to the word segmenter: the subset of UAX #29's word-break
/// classes that news text meets, with an ASCII fast path.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Space,
    /// Line breaks: nothing rides on them.
    Newline,
    Letter,
    Digit,
    /// Joins letters to letters: `:` and `·`.
    MidLetter,
    /// Joins digits to digits: `,` and `;`.
    MidNum,
    /// Joins either: `.`, `'`, `’`.
    MidNumLet,
    /// `_` and its kin join anything word-like.
    Connector,
    /// Combining marks and format characters ride on the character before.
    Extend,
    /// Han and Hiragana: a word each.
    Ideograph,
    Other,
}

impl Class {
    fn is_wordish(self) -> bool {
        matches!(self, Class::Letter | Class::Digit | Class::Connector)
    }

    fn is_space(self) -> bool {
        matches!(self, Class::Space | Class::Newline)
    }

    /// Whether a piece opening with this class is a word.
    fn opens_word(self) -> bool {
        matches!(self, Class::Letter | Class::Digit | Class::Ideograph)
    }
}

/// The classes of the ASCII characters, looked up rather than matched.
const ASCII_CLASSES: [Class; 128] = {
    let mut table = [Class::Other; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = match b as u8 {
            b'a'..=b'z' | b'A'..=b'Z' => Class::Letter,
            b'0'..=b'9' => Class::Digit,
            b' ' | b'\t' => Class::Space,
            b'\n' | b'\r' | 0x0b | 0x0c => Class::Newline,
            b':' => Class::MidLetter,
            b',' | b';' => Class::MidNum,
            b'.' | b'\'' => Class::MidNumLet,
            b'_' => Class::Connector,
            _ => Class::Other,
        };
        b += 1;
    }
    table
};

#[inline]
fn class(c: char) -> Class {
    match ASCII_CLASSES.get(c as usize) {
        Some(&ascii) => ascii,
        None => non_ascii_class(c),
    }
}

fn non_ascii_class(c: char) -> Class {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{2024}' | '\u{FE52}' | '\u{FF07}' | '\u{FF0E}' => {
            Class::MidNumLet
        }
        '\u{B7}' | '\u{387}' | '\u{2027}' | '\u{FE13}' | '\u{FE55}' | '\u{FF1A}' => {
            Class::MidLetter
        }
        '\u{37E}' | '\u{589}' | '\u{60C}' | '\u{60D}' | '\u{66C}' | '\u{2044}' | '\u{FE10}'
        | '\u{FE14}' | '\u{FE50}' | '\u{FE54}' | '\u{FF0C}' | '\u{FF1B}' => Class::MidNum,
        '\u{203F}'
        | '\u{2040}'
        | '\u{2054}'
        | '\u{FE33}'
        | '\u{FE34}'
        | '\u{FE4D}'..='\u{FE4F}'
        | '\u{FF3F}' => Class::Connector,
        '\u{85}' | '\u{2028}' | '\u{2029}' => Class::Newline,
        '\u{AD}'
        | '\u{600}'..='\u{605}'
        | '\u{61C}'
        | '\u{6DD}'
        | '\u{70F}'
        | '\u{180E}'
        | '\u{200C}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{206F}'
        | '\u{FEFF}'
        | '\u{FFF9}'..='\u{FFFB}'
        | '\u{300}'..='\u{36F}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE00}'..='\u{FE0F}'
        | '\u{FE20}'..='\u{FE2F}' => Class::Extend,
        '\u{3040}'..='\u{309F}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}' => Class::Ideograph,
        // The rest of General Punctuation (dashes, quotation marks, spaces): no table lookups.
        '\u{2000}'..='\u{206F}' if c.is_whitespace() => Class::Space,
        '\u{2000}'..='\u{206F}' => Class::Other,
        c if c.is_whitespace() => Class::Space,
        c if c.is_numeric() => Class::Digit,
        c if c.is_alphabetic() => Class::Letter,
        _ => Class::Other,
    }
}

/// The character at byte `at`, with an ASCII fast path.
fn char_at(text: &str, at: usize) -> Option<char> {
    let byte = *text.as_bytes().get(at)?;
    if byte < 0x80 {
        Some(char::from(byte))
    } else {
        text[at..].chars().next()
    }
}

/// The word-break piece that starts at byte `at` of `text` (a word, a single mark, or a
/// run of white space): where it ends and the class of its first character. UAX #29's
/// word rules as far as news text needs them.
fn piece_at(text: &str, at: usize) -> (usize, Class) {
    let bytes = text.as_bytes();
    let first = char_at(text, at).expect("a piece starts inside the text");
    let opening = class(first);
    let mut last = opening;
    let mut end = at + first.len_utf8();
    let mut extended = false;
    loop {
        // The fast path: ASCII letters and digits run on inside a word.
        if last.is_wordish() {
            while let Some(&b) = bytes.get(end) {
                if b.is_ascii_alphabetic() {
                    last = Class::Letter;
                } else if b.is_ascii_digit() {
                    last = Class::Digit;
                } else {
                    break;
                }
                end += 1;
                extended = false;
            }
        }
        let Some(c) = char_at(text, end) else { break };
        let next = class(c);
        let after = || following(text, end + c.len_utf8());
        let joined = match (last, next) {
            (Class::Newline, _) => break,
            (_, Class::Extend) => last,
            // Rule WB3d joins only adjacent spaces.
            (Class::Space, Class::Space) if !extended => Class::Space,
            (a, b) if a.is_wordish() && b.is_wordish() => b,
            (Class::Letter, Class::MidLetter | Class::MidNumLet) if after() == Class::Letter => {
                Class::Letter
            }
            (Class::Digit, Class::MidNum | Class::MidNumLet) if after() == Class::Digit => {
                Class::Digit
            }
            _ => break,
        };
        end += c.len_utf8();
        last = joined;
        extended = next == Class::Extend;
    }
    (end, opening)
}

/// Every piece of `text`, with its byte offset and opening class.
#[cfg(test)]
fn pieces(text: &str) -> impl Iterator<Item = (usize, &str, Class)> {
    let mut at = 0;
    std::iter::from_fn(move || {
        (at < text.len()).then(|| {
            let (start, (end, opening)) = (at, piece_at(text, at));
            at = end;
            (start, &text[start..end], opening)
        })
    })
}

/// The class of the first character at or after `at` that is not an extender.
fn following(text: &str, at: usize) -> Class {
    text[at..]
        .chars()
        .map(class)
        .find(|c| *c != Class::Extend)
        .unwrap_or(Class::Other)
}

/// Whether `text` begins with a letter or digit.
fn starts_word(text: &str) -> bool {
    char_at(text, 0).is_some_and(|c| class(c).opens_word())
}

fn joins_words(piece: &str) -> bool {
    let mut chars = piece.chars();
    chars.next().is_some_and(joins) && chars.next().is_none()
}

fn joins(c: char) -> bool {
    matches!(c, '-' | '.' | '\'' | '’' | '‑' | '&')
}

/// Tokens of `source[span]`, white space dropped. Pieces of ASCII take a byte path; one
/// that meets any other character is read by `piece_at`.
pub fn tokens(source: &str, span: Span) -> Vec<Token<'_>> {
    let text = span.text(source);
    let bytes = text.as_bytes();
    let mut tokens = Tokens::with_room(bytes.len());
    let mut at = 0;
    while at < bytes.len() {
        let (end, opening, spacing) = match ascii_piece(bytes, at) {
            Some((end, opening)) => (end, opening, opening.is_space()),
            None => {
                let (end, opening) = piece_at(text, at);
                let spacing = opening.is_space() && text[at..end].chars().all(char::is_whitespace);
                (end, opening, spacing)
            }
        };
        if spacing {
            tokens.space();
            at = end;
            continue;
        }
        let piece = Span::new(span.start + at, span.start + end);
        tokens.push(source, piece, opening.opens_word());
        at = end;
        // The commonest piece, one space before more ASCII, taken here: fewer hard-to-guess
        // branches than a turn of the loop.
        if bytes.get(at) == Some(&b' ')
            && bytes
                .get(at + 1)
                .is_none_or(|&b| b.is_ascii() && b != b' ' && b != b'\t')
        {
            tokens.space();
            at += 1;
        }
    }
    tokens.finish(source)
}

/// The piece at `at` read byte by byte, as `piece_at` reads it; `None` where the piece
/// meets a character beyond ASCII, which may join it (a letter, an extender, a space).
#[inline]
fn ascii_piece(bytes: &[u8], at: usize) -> Option<(usize, Class)> {
    let first = *bytes.get(at).filter(|b| b.is_ascii())?;
    let opening = ASCII_CLASSES[usize::from(first)];
    let end = match opening {
        Class::Letter | Class::Digit | Class::Connector => return ascii_word_end(bytes, at),
        Class::Newline => return Some((at + 1, opening)),
        Class::Space => {
            at + 1
                + bytes[at + 1..]
                    .iter()
                    .take_while(|&&b| b == b' ' || b == b'\t')
                    .count()
        }
        _ => at + 1,
    };
    // A character beyond ASCII right after the piece may join it.
    match bytes.get(end) {
        Some(b) if !b.is_ascii() => None,
        _ => Some((end, opening)),
    }
}

/// Where the ASCII word piece at `at` ends, and its opening class: letters, digits and `_`,
/// with a mark between letters ("U.S", "isn't") or digits ("1,000") inside; `None` at a
/// byte beyond ASCII.
#[inline]
fn ascii_word_end(bytes: &[u8], at: usize) -> Option<(usize, Class)> {
    let mut end = at + 1;
    loop {
        end = word_run_end(bytes, end);
        let Some(&mark) = bytes.get(end) else { break };
        if !mark.is_ascii() {
            return None;
        }
        let class = |b: u8| ASCII_CLASSES[usize::from(b)];
        let joined = match (class(bytes[end - 1]), class(mark)) {
            (Class::Letter, Class::MidLetter | Class::MidNumLet) => Class::Letter,
            (Class::Digit, Class::MidNum | Class::MidNumLet) => Class::Digit,
            _ => break,
        };
        match bytes.get(end + 1) {
            Some(b) if !b.is_ascii() => return None,
            Some(&b) if class(b) == joined => end += 2,
            _ => break,
        }
    }
    Some((end, ASCII_CLASSES[usize::from(bytes[at])]))
}

/// Tokens built from pieces: a word right after a joining mark, or a joining mark right
/// after a word ("Min" "-" "seo", "U.S" "."), goes on the last token.
struct Tokens<'a> {
    out: Vec<Token<'a>>,
    /// The last token ended with a joining mark.
    glued: bool,
    last_is_word: bool,
}

impl<'a> Tokens<'a> {
    fn with_room(text_len: usize) -> Self {
        Tokens {
            out: Vec::with_capacity(text_len / 4 + 1),
            glued: false,
            last_is_word: false,
        }
    }

    /// White space between pieces.
    fn space(&mut self) {
        self.glued = false;
    }

    #[inline]
    fn push(&mut self, source: &'a str, piece: Span, is_word: bool) {
        let text = piece.text(source);
        let extend = match self.out.last() {
            Some(last) if last.span.end == piece.start => {
                (self.glued && is_word)
                    || (self.last_is_word && joins_words(text) && text != "&"
                        || text == "&" && last.is_capitalised())
            }
            _ => false,
        };
        if extend {
            let last = self.out.last_mut().expect("checked above");
            last.span.end = piece.end;
            last.text = last.span.text(source);
            self.glued = !is_word;
        } else {
            split_dangling(source, &mut self.out);
            self.out.push(Token { span: piece, text });
            self.last_is_word = is_word;
            self.glued = false;
        }
    }

    fn finish(mut self, source: &'a str) -> Vec<Token<'a>> {
        split_dangling(source, &mut self.out);
        self.out
    }
}

/// A joining mark left dangling at the end of the last token goes back to being a token
/// of its own, except the period of an abbreviation or initial ("U.S.", "J.").
#[inline(always)]
fn split_dangling<'a>(source: &'a str, out: &mut Vec<Token<'a>>) {
    let Some(token) = out.last_mut() else { return };
    let end = *token.text.as_bytes().last().expect("tokens are not empty");
    if token.text.len() >= 2 && !end.is_ascii_alphanumeric() {
        split_joiner(source, out);
    }
}

fn split_joiner<'a>(source: &'a str, out: &mut Vec<Token<'a>>) {
    let token = out.last_mut().expect("checked by the caller");
    let last = token.text.chars().last().expect("tokens are not empty");
    if !joins(last) {
        return;
    }
    let stem = &token.text[..token.text.len() - last.len_utf8()];
    // "teachers' union": a plural's possessive apostrophe before the next word stays on.
    if matches!(last, '\'' | '’') && is_plural_possessive(stem, &source[token.span.end..]) {
        return;
    }
    let abbreviation = last == '.'
        && (stem.contains('.')
            || stem.chars().count() == 1
            || crate::lexicon::lexicon().is_abbreviation(stem));
    if abbreviation {
        return;
    }
    let (start, cut, end) = (
        token.span.start,
        token.span.end - last.len_utf8(),
        token.span.end,
    );
    *token = Token {
        span: Span::new(start, cut),
        text: &source[start..cut],
    };
    out.push(Token {
        span: Span::new(cut, end),
        text: &source[cut..end],
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokens(text, Span::new(0, text.len()))
            .into_iter()
            .map(|t| t.text)
            .collect()
    }

    #[test]
    fn keeps_names_and_abbreviations_whole() {
        assert_eq!(
            words("Park Min-seo’s U.S. trip."),
            ["Park", "Min-seo’s", "U.S.", "trip", "."]
        );
        assert_eq!(
            words("John F. Kennedy, 22, said:"),
            ["John", "F.", "Kennedy", ",", "22", ",", "said", ":"]
        );
        assert_eq!(
            words("Mr. Alder of Mich. left."),
            ["Mr.", "Alder", "of", "Mich.", "left", "."]
        );
        // A plural's possessive apostrophe before the next word stays on it; a closing
        // mark before a comma or the end does not.
        assert_eq!(
            words("The teachers' union and Reeves’ aides"),
            ["The", "teachers'", "union", "and", "Reeves’", "aides"]
        );
        assert_eq!(
            words("“Not ours,” the 'Bulls' said"),
            ["“", "Not", "ours", ",", "”", "the", "'", "Bulls'", "said"]
        );
        assert_eq!(
            words("of the 'Bulls', he"),
            ["of", "the", "'", "Bulls", "'", ",", "he"]
        );
    }

    /// The segmenter agrees with unicode-segmentation's full UAX #29 word splitter on
    /// news text: the project's fixtures, and the gold corpora when ../shared is here.
    #[test]
    fn pieces_match_uax29_on_news_text() {
        use unicode_segmentation::UnicodeSegmentation;
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut dirs = vec![root.join("fixtures")];
        dirs.extend(
            [
                "../shared/corpus/seed",
                "../shared/corpus/polnear/train",
                "../shared/corpus/polnear/dev",
            ]
            .map(|d| root.join(d))
            .into_iter()
            .filter(|d| d.is_dir()),
        );
        let mut checked = 0;
        for dir in dirs {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.extension().is_none_or(|e| e != "txt") {
                    continue;
                }
                let text = std::fs::read_to_string(&path).unwrap();
                let solid = |p: &(usize, &str)| !p.1.chars().all(char::is_whitespace);
                let ours: Vec<_> = pieces(&text)
                    .map(|(at, p, _)| (at, p))
                    .filter(solid)
                    .collect();
                let theirs: Vec<_> = text.split_word_bound_indices().filter(solid).collect();
                if let Some(at) = ours.iter().zip(&theirs).position(|(a, b)| a != b) {
                    panic!("{}: {:?} vs {:?}", path.display(), ours[at], theirs[at]);
                }
                assert_eq!(ours.len(), theirs.len(), "{}", path.display());
                checked += 1;
            }
        }
        assert!(checked >= 8);
    }

    /// Tokens read piece by piece with `piece_at` alone: what the byte path must agree with.
    fn general_tokens(source: &str, span: Span) -> Vec<Token<'_>> {
        let text = span.text(source);
        let mut tokens = Tokens::with_room(text.len());
        for (at, piece, opening) in pieces(text) {
            if opening.is_space() && piece.chars().all(char::is_whitespace) {
                tokens.space();
                continue;
            }
            let start = span.start + at;
            tokens.push(
                source,
                Span::new(start, start + piece.len()),
                opening.opens_word(),
            );
        }
        tokens.finish(source)
    }

    /// The byte path gives what the general path gives: on random runs of the pieces that
    /// matter (joiners, abbreviations, white space of every kind, letters, marks and
    /// extenders beyond ASCII), and on the fixtures.
    #[test]
    fn byte_path_agrees_with_the_general_path() {
        const PIECES: &[&str] = &[
            "Mr", "U", "S", "gov", "t", "end", "AT", "T", "a", "Z", "9", "10", "_", " ", ".", ",",
            ";", ":", "'", "-", "&", "\t", "\n", "\r", "\x0b", "\x0c", "\"", "(", ")", "é", "Ö",
            "\u{301}", "\u{200d}", "\u{ad}", "’", "‘", "“", "”", "—", "\u{a0}", "\u{2009}", "·",
            "\u{2028}", "\u{85}", "‿", "한", "国", "٣", "\u{feff}",
        ];
        let mut next = crate::text::draws(0x2545_f491_4f6c_dd1d);
        let mut texts: Vec<String> = (0..100_000)
            .map(|_| (0..next(14)).map(|_| PIECES[next(PIECES.len())]).collect())
            .collect();
        let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
        for entry in std::fs::read_dir(fixtures).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap_or_default();
            texts.extend(text.split("\n\n").map(String::from));
        }
        for text in &texts {
            let span = Span::new(0, text.len());
            assert_eq!(tokens(text, span), general_tokens(text, span), "{text:?}");
        }
    }

    #[test]
    fn spans_point_into_the_source() {
        let text = "“Yes,” said\u{a0}Kim.";
        for token in tokens(text, Span::new(0, text.len())) {
            assert_eq!(token.span.text(text), token.text);
        }
    }
}

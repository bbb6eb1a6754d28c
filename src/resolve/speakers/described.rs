//! An unnamed source's name with the post-modifier that tells who it is ("A source close
//! to the player").

use super::super::mention::{is_determiner_word, postmodifier_at};
use super::{Reading, SpeakerKind};
use crate::lexicon::lexicon;
use crate::span::Span;
use crate::text::normalise::has_quotation_mark;

/// Words that open a clause after a source's post-modifier.
const CLAUSE_LINKS: [&str; 8] = [
    "and", "but", "or", "who", "whose", "which", "that", "because",
];

/// The most words of a source's post-modifier that its name takes.
const POSTMODIFIER_WORDS: usize = 8;

/// An unnamed source's name with the post-modifier that tells who it is: "A source close
/// to the player" for the mention "A source" in "A source close to the player told ...",
/// up to a cue, a clause mark or a quotation.
pub(super) fn described_source(source: &str, reading: &Reading, at: Span) -> Option<String> {
    let unnamed = matches!(reading.kind, SpeakerKind::Anonymous | SpeakerKind::Vague);
    if !unnamed || reading.pronoun || !postmodifier_at(source, at.end) {
        return None;
    }
    let lex = lexicon();
    let rest = &source[at.end..];
    let rest = &rest[..rest.find('\n').unwrap_or(rest.len())];
    let mut end = 0;
    let mut previous = "";
    let words = rest
        .split(' ')
        .scan(0, |offset, word| {
            let start = *offset;
            *offset += word.len() + 1;
            Some((start, word))
        })
        .filter(|(_, word)| !word.is_empty());
    for (count, (start, word)) in words.take(POSTMODIFIER_WORDS).enumerate() {
        let bare = word.trim_end_matches(|c: char| !c.is_alphanumeric());
        // "familiar with the report said": a cue ends the phrase, not a noun after "the".
        let cue = count >= 2 && !is_determiner_word(previous) && lex.cue(bare).is_some();
        // "with no knowledge of the case but ...", "close to her who ...": a new clause.
        let clause = CLAUSE_LINKS.contains(&bare);
        if cue || clause || has_quotation_mark(word) {
            break;
        }
        // A mark ends it, not an abbreviation's period ("the U.S. talks").
        let abbreviation = bare.contains('.') || word.len() <= 3 && word.ends_with('.');
        if word.ends_with([',', ';', ':', ')']) || word.ends_with('.') && !abbreviation {
            end = start + bare.len();
            break;
        }
        end = start + word.len();
        previous = bare;
    }
    (end > 0).then(|| source[at.start..at.end + end].to_string())
}

#[cfg(test)]
mod tests {
    use super::super::tests::resolve_all;

    #[test]
    fn an_unnamed_source_is_named_with_its_post_modifier() {
        let name = |source: &str, phrase: &str| resolve_all(source, &[phrase]).0[0].name.clone();
        for (source, phrase, expected) in [
            (
                "A source close to the player told The Sun it was over.",
                "A source",
                "A source close to the player",
            ),
            (
                "Two people familiar with the report said it was late.",
                "Two people",
                "Two people familiar with the report",
            ),
            (
                "Aides close to the U.S. delegation said it was over.",
                "Aides",
                "Aides close to the U.S. delegation",
            ),
            (
                "Aides with no knowledge of the case but close to Lee said no.",
                "Aides",
                "Aides with no knowledge of the case",
            ),
            (
                "It is over, said a source involved in the talks.\n\nLee left.",
                "a source",
                "a source involved in the talks",
            ),
            // Not a named speaker, nor a source with no post-modifier.
            (
                "Ann Lee, close to the mayor, said no.",
                "Ann Lee",
                "Ann Lee",
            ),
            ("A source said it was over.", "A source", "A source"),
        ] {
            assert_eq!(name(source, phrase), expected, "{source}");
        }
    }
}

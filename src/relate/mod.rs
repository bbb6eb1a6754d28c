//! The relate stage: stance, propositions and contradictions.

pub mod contradictions;
pub mod propositions;
pub mod referents;
pub mod stance;
pub mod terms;

use crate::lexicon::{ClaimWord, lexicon};
use crate::span::Span;
use crate::text::normalise::fold_word_into;
use crate::text::tokens::tokens;
use contradictions::AntonymHit;
use terms::{TermSet, key_term_of};

/// Words after "not" that add rather than deny: "not only", "not just".
const ADDITIVE: [&str; 4] = ["only", "just", "merely", "simply"];

/// Words before "not seen" that make it a verb's negation ("had not seen"), not a
/// participle's after a noun ("levels not seen since 2008").
const VERB_BEFORE_NOT: [&str; 17] = [
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "will",
    "would", "could", "can", "should",
];

/// Whether `word` before "not seen" makes it a verb's negation: an auxiliary or a
/// contraction of one ("we've").
fn verb_before_not(word: &str) -> bool {
    VERB_BEFORE_NOT.contains(&word) || word.contains(['\'', '’'])
}

/// Words after ", not" that make it deny after all: "not one of them", "not true".
const NOT_CONTRASTS: [&str; 5] = ["one", "true", "so", "once", "even"];

/// Prepositions after "appear" that make it a showing up, not a hedge: "appeared on TV".
const PLACES: [&str; 8] = [
    "on",
    "in",
    "at",
    "before",
    "alongside",
    "onstage",
    "with",
    "during",
];

/// Words that open a clause asserting nothing: a condition, an open question or a
/// concession ("..., although it was not clear who fired").
const OPENERS: [&str; 5] = ["if", "whether", "unless", "although", "though"];

/// Marks that end a clause or a sentence, and with it an open clause's reach.
const CLAUSE_MARKS: [char; 10] = [',', ';', ':', '—', '–', '(', ')', '.', '?', '!'];

/// What the relate stage reads of one claim, computed once per statement.
#[derive(Clone, Debug)]
pub struct ClaimFeatures {
    /// The claim's words, lower-cased: word i is `folded[words[i].folded]`. An ASCII claim
    /// is lower-cased whole, in one pass; any other word by word.
    folded: String,
    words: Vec<ClaimWordAt>,
    /// Its key terms, for comparison.
    pub terms: TermSet,
    /// The key terms of its lower-case words: what it says about its subjects, not their names.
    pub content: TermSet,
    /// Where its words meet the antonym lexicon.
    pub antonyms: Vec<AntonymHit>,
}

/// One word of a claim: where its folded form is, where it stands in the source, and what
/// the lexicon says of it.
#[derive(Clone, Copy, Debug)]
struct ClaimWordAt {
    folded: (usize, usize),
    span: Span,
    /// Which piece of the claim it is in.
    piece: usize,
    entry: ClaimWord,
    /// Inside a condition or an open question ("if it rains", "whether fees rise").
    open: bool,
}

impl ClaimFeatures {
    /// Reads the claim at `span` of `source`, tokenising it once.
    pub fn of(source: &str, span: Span) -> Self {
        Self::of_pieces(source, span, std::slice::from_ref(&span))
    }

    /// Reads a claim in `pieces` (in order, inside `span`): the words between them, an
    /// attribution that interrupts the claim, are not its words.
    pub fn of_pieces(source: &str, span: Span, pieces: &[Span]) -> Self {
        let text = span.text(source);
        let ascii = text.is_ascii();
        let mut folded = if ascii {
            text.to_ascii_lowercase()
        } else {
            String::with_capacity(span.len())
        };
        let mut claim_words = Vec::new();
        let lex = lexicon();
        let mut terms = Vec::new();
        let mut content = Vec::new();
        for (piece, &piece_span) in pieces.iter().enumerate() {
            let all = tokens(source, piece_span);
            for list in [&mut terms, &mut content] {
                list.reserve(all.len());
            }
            claim_words.reserve(all.len());
            // Within a condition or an open question ("if he does not win", "whether fees
            // rise"), a word asserts nothing and a negation denies nothing: the clause runs
            // to the next clause mark ("if elected, he would not ...").
            let mut open = false;
            let mut after_comma = false;
            let mut after_comma_not = false;
            for token in all {
                if !token.is_word() {
                    if open {
                        open = !CLAUSE_MARKS.iter().any(|&mark| token.is(mark));
                    }
                    after_comma = token.is(',');
                    after_comma_not = false;
                    continue;
                }
                let range = if ascii {
                    (token.span.start - span.start, token.span.end - span.start)
                } else {
                    let start = folded.len();
                    fold_word_into(token.text, &mut folded);
                    (start, folded.len())
                };
                let word = &folded[range.0..range.1];
                let mut entry = lex.claim_word(word);
                let previous_is = |words: &[ClaimWordAt], text: &str| {
                    words.last().is_some_and(|w| {
                        w.piece == piece && &folded[w.folded.0..w.folded.1] == text
                    })
                };
                // "whether or not", "like it or not": an alternative, no denial; nor is
                // "base aid, not total funding" a contrast ("..., not one of them" denies).
                let contrast = after_comma && word == "not";
                if entry.negation && (open || contrast || previous_is(&claim_words, "or")) {
                    entry.negation = false;
                }
                if after_comma_not && NOT_CONTRASTS.contains(&word) {
                    if let Some(previous) = claim_words.last_mut() {
                        previous.entry.negation = true;
                    }
                }
                // "30 percent more likely to": a comparison of rates, not a hedge.
                if entry.hedge
                    && word == "likely"
                    && ["more", "less", "times"]
                        .iter()
                        .any(|w| previous_is(&claim_words, w))
                {
                    entry.hedge = false;
                }
                // "in May" is the month; a claim's opening "May" may still be the modal.
                if token.text == "May" && !claim_words.is_empty() {
                    entry.hedge = false;
                }
                // "appeared on the forms", "appears in court": a place, not a seeming.
                if PLACES.contains(&word) {
                    if let Some(previous) = claim_words.last_mut().filter(|w| {
                        w.piece == piece && folded[w.folded.0..w.folded.1].starts_with("appear")
                    }) {
                        previous.entry.hedge = false;
                    }
                }
                after_comma_not = contrast;
                after_comma = false;
                // "not only X but Y", "not just Democrats": more, not less.
                // "in numbers not seen in decades": a participle's, after a noun.
                let unseen = word == "seen"
                    && claim_words.len() >= 2
                    && !verb_before_not(
                        &folded[claim_words[claim_words.len() - 2].folded.0
                            ..claim_words[claim_words.len() - 2].folded.1],
                    );
                if (ADDITIVE.contains(&word) || unseen) && previous_is(&claim_words, "not") {
                    if let Some(previous) = claim_words.last_mut() {
                        previous.entry.negation = false;
                    }
                }
                claim_words.push(ClaimWordAt {
                    folded: range,
                    span: token.span,
                    piece,
                    entry,
                    open,
                });
                open |= OPENERS.contains(&word);
                if let Some(term) = key_term_of(word, entry) {
                    terms.push(term);
                    if !token.is_capitalised() {
                        content.push(term);
                    }
                }
            }
        }
        let mut claim = ClaimFeatures {
            folded,
            words: claim_words,
            terms: TermSet::new(terms),
            content: TermSet::new(content),
            antonyms: Vec::new(),
        };
        claim.antonyms = contradictions::antonym_hits(claim.asserted_words());
        claim
    }

    /// How many words the claim has.
    pub fn word_count(&self) -> usize {
        self.words.len()
    }

    /// The index of the first word that ends after byte `at` of the source (the last word
    /// when none does).
    pub fn word_at(&self, at: usize) -> usize {
        self.words
            .partition_point(|w| w.span.end <= at)
            .min(self.words.len().saturating_sub(1))
    }

    /// Word `at`, lower-cased.
    pub fn word(&self, at: usize) -> &str {
        let (start, end) = self.words[at].folded;
        &self.folded[start..end]
    }

    /// Whether word `at` negates ("not", "never", "can't").
    pub fn negates(&self, at: usize) -> bool {
        self.words[at].entry.negation
    }

    /// Whether some word may end a predicate that calls an account false ("not true").
    pub fn names_falsity(&self) -> bool {
        self.words.iter().any(|w| w.entry.falsity)
    }

    /// How many of the claim's words negate.
    pub fn negations(&self) -> usize {
        self.words.iter().filter(|w| w.entry.negation).count()
    }

    /// The claim's hedges ("might", "reportedly"), in order, repeats and all.
    pub fn hedges(&self) -> impl Iterator<Item = &str> {
        (0..self.word_count())
            .filter(|&at| self.words[at].entry.hedge)
            .map(|at| self.word(at))
    }

    /// Whether word `at` stands in a condition or an open question, asserting nothing.
    pub fn is_open(&self, at: usize) -> bool {
        self.words[at].open
    }

    /// The claim's words outside conditions and open questions, lower-cased, with their
    /// indices.
    pub fn asserted_words(&self) -> impl Iterator<Item = (usize, &str)> {
        (0..self.word_count())
            .filter(|&at| !self.is_open(at))
            .map(|at| (at, self.word(at)))
    }

    /// The claim's words, lower-cased, in order.
    pub fn words(&self) -> impl ExactSizeIterator<Item = &str> + Clone {
        (0..self.word_count()).map(|at| self.word(at))
    }

    /// A few words of the claim, as written, around word `at`, within its piece.
    pub fn excerpt<'s>(&self, source: &'s str, at: usize) -> &'s str {
        // A claim of no words ("“...”") shows none.
        let Some(at) = self.words.len().checked_sub(1).map(|last| at.min(last)) else {
            return "";
        };
        let piece = self.words[at].piece;
        let in_piece = |i: &usize| self.words[*i].piece == piece;
        let first = (at.saturating_sub(4)..at).find(in_piece).unwrap_or(at);
        let last = (at..=(at + 5).min(self.words.len() - 1))
            .rev()
            .find(in_piece)
            .unwrap_or(at);
        &source[self.words[first].span.start..self.words[last].span.end]
    }
}

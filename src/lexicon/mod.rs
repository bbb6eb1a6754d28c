//! Word lists compiled into the binary from the plain data files in `data/`.
//! Adding a word is a one-line change to the data file.

mod hash;

use crate::text::normalise::with_lowercase;
pub use hash::{FastMap, FastSet, WordMap, WordSet};
use std::sync::LazyLock;

/// What a cue verb says about the statement it introduces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CueClass {
    /// Plain speech: "said", "added".
    Speech,
    /// Takes an addressee before the claim: "told reporters that".
    Addressee,
    /// A written channel: "wrote", "tweeted".
    Write,
    /// A question: "asked".
    Ask,
    /// A news report: "reported".
    Report,
    /// A denial: the claim is what the speaker says is not so.
    Deny,
    /// A belief ("believe", "fear"): a cue only for an unnamed group or source, as in "Some
    /// in the party believe ..." ("I think" says nothing of anyone else).
    Belief,
    /// A finding ("found", "shows"): a cue only for a record or a finder, as in "the study
    /// found", "a poll shows", "the jury found" ("police found a gun" reports nothing said).
    Finding,
}

/// Whether a person is a woman or a man, as a pronoun or a word of their phrase tells.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    Female,
    Male,
}

#[derive(Clone, Debug)]
pub struct Cue {
    pub lemma: String,
    pub class: CueClass,
    /// A paraphrase after it needs "that", a colon or a quotation: "continued to trail",
    /// "added to the confusion" say nothing.
    pub needs_that: bool,
    /// Or, for one that needs "that", a preposition after its object: "accused the mayor
    /// of lying" ("that: of").
    pub object_links: Vec<&'static str>,
    /// The prepositions whose object is the claim: "would not comment on the audit",
    /// "warned against a deal".
    pub topic: Vec<&'static str>,
}

pub struct Lexicon {
    /// Lower-case cue verb form -> its cue.
    pub cues: WordMap<Cue>,
    /// Every preposition some cue takes a topic after (see `Cue::topic`).
    pub topic_prepositions: Vec<&'static str>,
    /// Lower-case role titles, multi-word ones included.
    pub titles: WordSet,
    /// The titles with "of" in them, as (word before, word after): ("chief", "staff").
    pub titles_with_of: Vec<(String, String)>,
    pub institution_names: WordSet,
    pub institution_heads: WordSet,
    /// Those of them that name a business ("Systems", "Inc.", "retailer", "company").
    pub company_heads: WordSet,
    /// Lower-case country names, institutions only as a whole phrase.
    pub countries: WordSet,
    pub anonymous_heads: WordSet,
    /// Clauses that keep a source anonymous wherever they follow it ("on condition of
    /// anonymity"); the post-modifiers are `source_postmodifiers`.
    pub anonymity_clauses: Vec<String>,
    /// The first words of the anonymity clauses and source post-modifiers: a cue word that
    /// is none of them opens neither.
    pub anonymity_openers: WordSet,
    pub vague: WordSet,
    /// Shares of a poll or crowd: "third", "majorities", "percent".
    shares: WordSet,
    pub hedges: WordSet,
    /// The hedges that make a statement second-hand: "reportedly", "allegedly".
    pub reportative: WordSet,
    pub antonyms: Vec<(String, String)>,
    /// The antonym stems by their opening: (stem, pair, side), `side` 0 for a pair's left.
    pub antonym_stems: FastMap<usize, Vec<(String, usize, usize)>>,
    /// The first two bytes of every antonym stem, as a bitset: most words are ruled out
    /// without a look-up.
    pub antonym_openings: Vec<u64>,
    pub stopwords: WordSet,
    /// Nouns too general to tell what a claim is about ("years", "time").
    pub generic_nouns: WordSet,
    /// Nouns by which a denial points back at an earlier account ("disputed that account").
    pub reference_nouns: WordSet,
    /// Predicates that call an earlier account false ("not true"), and the adverbs that may
    /// stand before them ("simply"): falsity.txt.
    pub falsity: Vec<String>,
    /// Labels before a colon that name no speaker ("Update:", "Editor's note:").
    pub not_speakers: WordSet,
    pub falsity_adverbs: Vec<String>,
    /// What stop words, hedges and negations are to a claim, found with one look-up.
    pub claim_words: WordMap<ClaimWord>,
    pub abbreviations: WordSet,
    /// The most bytes an abbreviation has: a longer word is none, whatever its case.
    longest_abbreviation: usize,
    /// Nouns that can head a speaker phrase: titles, source words, institution heads and more.
    pub speaker_nouns: WordSet,
    /// Nouns for a person by party, nation or faith ("Republican", "Mexicans"): no name.
    pub demonyms: WordSet,
    /// Documents, surveys and records ("report", "transcript", "poll"), lower-cased.
    pub documents: WordSet,
    /// Who finds as a record does ("the jury found", "researchers found"): finders.txt.
    pub finders: WordSet,
    /// Words that may stand between a speaker and the cue.
    pub adverbs: WordSet,
    /// Lower-case days, months and other time words.
    pub time_words: WordSet,
    /// Audiences a cue addresses ("told reporters").
    pub addressees: WordSet,
    /// Verbs whose object speaks after "to" ("led residents to say").
    pub prompting_verbs: WordSet,
    /// Capitalised clause openers ("But", "After"), never part of a name; exact case.
    pub clause_openers: WordSet,
    /// Lower-case words that open an adverbial phrase before a subject ("still", "in").
    pub adverbial_openers: WordSet,
    /// Phrases after a source that keep it anonymous ("familiar with").
    pub source_postmodifiers: Vec<String>,
    /// What a speaker did next, after a claim and "and" or "but" ("declined", "took issue").
    pub speaker_acts: Vec<String>,
    /// Nouns for what someone says ("claim", "warning", "point").
    /// Honorifics, gendered role and kin nouns, and given names -> the gender they tell.
    pub genders: WordMap<Gender>,
    pub speech_nouns: Vec<String>,
    /// Nouns with which the writer sums a claim up after a comma ("an apparent reference").
    pub summary_nouns: WordSet,
    /// Things asked of an authority, which a denial refuses: "denied a motion".
    pub petitions: WordSet,
    /// Other words for a role, each to the role's own word ("sen." to "senator").
    pub role_synonyms: WordMap<String>,
    /// Those of them that take a clause: "Lee's claim that ...".
    pub clause_nouns: Vec<String>,
    /// Verb phrases between a speaker and its cue ("went on to") by their last word,
    /// longest first.
    cue_bridges: WordMap<Vec<String>>,
}

/// Determiners that point back at something already in the text.
const REFERRING_DETERMINERS: &[&str] = &[
    "that", "this", "those", "these", "the", "such", "his", "her", "their", "its",
];

/// The lines of a data file that carry data: trimmed, without comments and blanks.
fn data_lines(file: &'static str) -> impl Iterator<Item = &'static str> {
    file.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
}

fn lower_set(file: &'static str) -> WordSet {
    data_lines(file).map(str::to_lowercase).collect()
}

/// The plural of a one-word title: "spokesmen", "secretaries", "bosses", "aides".
fn plural(title: &str) -> String {
    if let Some(stem) = title.strip_suffix("man") {
        format!("{stem}men")
    } else if let Some(stem) = title
        .strip_suffix('y')
        .filter(|stem| !stem.ends_with(['a', 'e', 'o', 'u']))
    {
        format!("{stem}ies")
    } else if title.ends_with(['s', 'x']) || title.ends_with("ch") || title.ends_with("sh") {
        format!("{title}es")
    } else {
        format!("{title}s")
    }
}

fn parse_cue_class(name: &str) -> CueClass {
    match name {
        "addressee" => CueClass::Addressee,
        "write" => CueClass::Write,
        "ask" => CueClass::Ask,
        "report" => CueClass::Report,
        "deny" => CueClass::Deny,
        "belief" => CueClass::Belief,
        "finding" => CueClass::Finding,
        _ => CueClass::Speech,
    }
}

/// "topic" alone means "on" and "about"; "topic: against of" names its prepositions.
fn topic_prepositions(flag: Option<&'static str>) -> Vec<&'static str> {
    let Some(listed) = flag.and_then(|f| f.strip_prefix("topic")) else {
        return Vec::new();
    };
    let listed: Vec<&str> = listed
        .trim_start_matches(':')
        .split([' ', ','])
        .filter(|w| !w.is_empty())
        .collect();
    if listed.is_empty() {
        vec!["on", "about"]
    } else {
        listed
    }
}

fn load() -> Lexicon {
    let mut cues = WordMap::default();
    let mut all_topics = Vec::new();
    for line in data_lines(include_str!("data/cue_verbs.txt")) {
        let mut columns = line.split('|').map(str::trim);
        let lemma = columns.next().unwrap_or_default();
        let forms = columns.next().unwrap_or_default();
        let class = parse_cue_class(columns.next().unwrap_or("speech"));
        let flag = columns.next();
        let needs_that = flag.is_some_and(|f| f == "that" || f.starts_with("that:"));
        let object_links: Vec<&'static str> = flag
            .and_then(|f| f.strip_prefix("that:"))
            .map(|links| links.split_whitespace().collect())
            .unwrap_or_default();
        let topic = topic_prepositions(flag);
        for preposition in &topic {
            if !all_topics.contains(preposition) {
                all_topics.push(preposition);
            }
        }
        for form in forms
            .split(',')
            .map(str::trim)
            .filter(|form| !form.is_empty())
        {
            let cue = Cue {
                lemma: lemma.to_string(),
                class,
                needs_that,
                object_links: object_links.clone(),
                topic: topic.clone(),
            };
            cues.entry(form.to_lowercase()).or_insert(cue);
        }
    }
    let mut institution_names = WordSet::default();
    let mut institution_heads = WordSet::default();
    let mut company_heads = WordSet::default();
    for line in data_lines(include_str!("data/institutions.txt")) {
        if let Some(head) = line.strip_prefix("company:") {
            company_heads.insert(head.trim().to_string());
            institution_heads.insert(head.trim().to_string());
        } else if let Some(head) = line.strip_prefix("head:") {
            institution_heads.insert(head.trim().to_string());
        } else {
            institution_names.insert(line.to_lowercase());
        }
    }
    let (falsity_adverbs, falsity): (Vec<String>, Vec<String>) =
        data_lines(include_str!("data/falsity.txt"))
            .map(str::to_lowercase)
            .partition(|line| line.starts_with("adverb:"));
    let falsity_adverbs = falsity_adverbs
        .iter()
        .map(|line| line["adverb:".len()..].trim().to_string())
        .collect();
    let mut anonymous_heads = WordSet::default();
    let mut anonymity_clauses = Vec::new();
    let mut source_postmodifiers = Vec::new();
    for line in data_lines(include_str!("data/anonymity.txt")) {
        if let Some(clause) = line.strip_prefix("clause:") {
            anonymity_clauses.push(clause.trim().to_lowercase());
        } else if let Some(phrase) = line.strip_prefix("postmodifier:") {
            source_postmodifiers.push(phrase.trim().to_lowercase());
        } else {
            anonymous_heads.insert(line.to_lowercase());
        }
    }
    let anonymity_openers: WordSet = anonymity_clauses
        .iter()
        .chain(&source_postmodifiers)
        .filter_map(|phrase| phrase.split(' ').next().map(str::to_string))
        .collect();
    let antonyms: Vec<(String, String)> = data_lines(include_str!("data/antonyms.txt"))
        .filter_map(|line| line.split_once('|'))
        .map(|(a, b)| (a.trim().to_lowercase(), b.trim().to_lowercase()))
        .collect();
    let mut antonym_stems: FastMap<usize, Vec<(String, usize, usize)>> = FastMap::default();
    for (pair, (left, right)) in antonyms.iter().enumerate() {
        for (side, stem) in [left, right].into_iter().enumerate() {
            let at = opening(stem).expect("antonym stems are three letters or more");
            antonym_stems
                .entry(at)
                .or_default()
                .push((stem.clone(), pair, side));
        }
    }
    let antonym_openings = openings(antonyms.iter().flat_map(|(a, b)| [a, b]));
    let speech_nouns: Vec<(String, bool)> = data_lines(include_str!("data/speech_nouns.txt"))
        .map(|line| {
            let (noun, kind) = line.split_once('|').unwrap_or((line, ""));
            (noun.trim().to_lowercase(), kind.trim() == "clause")
        })
        .collect();
    let hedges = lower_set(include_str!("data/hedges.txt"));
    let negations = lower_set(include_str!("data/negations.txt"));
    let stopwords: WordSet = data_lines(include_str!("data/stopwords.txt"))
        .flat_map(str::split_whitespace)
        .map(str::to_lowercase)
        .collect();
    let generic_nouns = lower_set(include_str!("data/generic_nouns.txt"));
    let mut claim_words = claim_words(&stopwords, &generic_nouns, &hedges, &negations);
    // A predicate's last word flags it, unless a word before is a predicate of its own
    // ("fake" in "fake news"): "news" would flag every claim about the news.
    for predicate in &falsity {
        let words: Vec<&str> = predicate.split(' ').collect();
        let flag = words
            .iter()
            .find(|w| falsity.iter().any(|p| p == *w))
            .unwrap_or(&words[words.len() - 1]);
        claim_words.entry(flag.to_string()).or_default().falsity = true;
    }
    let abbreviations = lower_set(include_str!("data/abbreviations.txt"));
    let titles = lower_set(include_str!("data/titles.txt"));
    let titles_with_of = titles
        .iter()
        .filter_map(|t| t.split_once(" of "))
        .filter(|(before, after)| !before.contains(' ') && !after.contains(' '))
        .map(|(before, after)| (before.to_string(), after.to_string()))
        .collect();
    let shares = lower_set(include_str!("data/shares.txt"));
    let mut vague = lower_set(include_str!("data/vague.txt"));
    vague.extend(shares.iter().cloned());
    let documents = lower_set(include_str!("data/documents.txt"));
    let demonyms = lower_set(include_str!("data/demonyms.txt"));
    let mut speaker_nouns = lower_set(include_str!("data/speaker_nouns.txt"));
    // Plural ones only: "North American" in a name stays a name's word.
    speaker_nouns.extend(demonyms.iter().filter(|d| d.ends_with('s')).cloned());
    speaker_nouns.extend(documents.iter().cloned());
    speaker_nouns.extend(
        titles
            .iter()
            .filter(|t| !t.contains(' ') && !t.ends_with('.'))
            .cloned(),
    );
    speaker_nouns.extend(anonymous_heads.iter().filter(|t| !t.contains(' ')).cloned());
    speaker_nouns.extend(vague.iter().filter(|t| !t.contains(' ')).cloned());
    // Institution heads, and their plurals: "the ministry", "the departments".
    speaker_nouns.extend(
        institution_heads
            .iter()
            .filter(|t| !t.contains(' '))
            .flat_map(|t| {
                let low = t.to_lowercase();
                [plural(&low), low]
            }),
    );
    speaker_nouns.extend(
        titles
            .iter()
            .filter(|t| !t.contains(' ') && !t.ends_with('.'))
            .map(|t| plural(t)),
    );
    Lexicon {
        cues,
        topic_prepositions: all_topics,
        titles,
        titles_with_of,
        institution_names,
        institution_heads,
        company_heads,
        countries: lower_set(include_str!("data/countries.txt")),
        anonymous_heads,
        anonymity_clauses,
        vague,
        shares,
        hedges: hedges.clone(),
        reportative: lower_set(include_str!("data/reportative.txt")),
        antonyms,
        antonym_openings,
        antonym_stems,
        claim_words,
        stopwords,
        generic_nouns,
        reference_nouns: lower_set(include_str!("data/references.txt")),
        falsity,
        falsity_adverbs,
        not_speakers: lower_set(include_str!("data/not_speakers.txt")),
        longest_abbreviation: abbreviations.iter().map(String::len).max().unwrap_or(0),
        abbreviations,
        speaker_nouns,
        demonyms,
        documents,
        finders: lower_set(include_str!("data/finders.txt")),
        adverbs: lower_set(include_str!("data/adverbs.txt")),
        time_words: lower_set(include_str!("data/time_words.txt")),
        addressees: lower_set(include_str!("data/addressees.txt")),
        prompting_verbs: lower_set(include_str!("data/prompting_verbs.txt")),
        clause_openers: data_lines(include_str!("data/clause_openers.txt"))
            .map(str::to_string)
            .collect(),
        adverbial_openers: lower_set(include_str!("data/adverbial_openers.txt")),
        source_postmodifiers,
        anonymity_openers,
        speaker_acts: data_lines(include_str!("data/speaker_acts.txt"))
            .map(str::to_lowercase)
            .collect(),
        genders: data_lines(include_str!("data/genders.txt"))
            .filter_map(|line| {
                let (tag, word) = line.split_once(' ')?;
                let gender = match tag {
                    "f" => Gender::Female,
                    "m" => Gender::Male,
                    _ => return None,
                };
                Some((word.trim().to_lowercase(), gender))
            })
            .collect(),
        speech_nouns: speech_nouns.iter().map(|(noun, _)| noun.clone()).collect(),
        summary_nouns: lower_set(include_str!("data/summary_nouns.txt")),
        petitions: lower_set(include_str!("data/petitions.txt")),
        role_synonyms: data_lines(include_str!("data/role_synonyms.txt"))
            .filter_map(|line| line.split_once(':'))
            .flat_map(|(role, others)| {
                others
                    .split_whitespace()
                    .map(move |other| (other.to_lowercase(), role.trim().to_lowercase()))
            })
            .collect(),
        clause_nouns: speech_nouns
            .iter()
            .filter(|(_, clause)| *clause)
            .map(|(noun, _)| noun.clone())
            .collect(),
        cue_bridges: {
            let mut bridges: WordMap<Vec<String>> = WordMap::default();
            for bridge in data_lines(include_str!("data/cue_bridges.txt")).map(str::to_lowercase) {
                let last = bridge.split_whitespace().last().unwrap_or_default();
                bridges.entry(last.to_string()).or_default().push(bridge);
            }
            for list in bridges.values_mut() {
                list.sort_by_key(|b| std::cmp::Reverse(b.len()));
            }
            bridges
        },
    }
}

/// The index of a word's first two bytes in an opening bitset.
pub fn opening(word: &str) -> Option<usize> {
    let b = word.as_bytes();
    (b.len() >= 2).then(|| usize::from(b[0]) << 8 | usize::from(b[1]))
}

fn openings<'a>(words: impl Iterator<Item = &'a String>) -> Vec<u64> {
    let mut bits = vec![0u64; 1 << 10];
    for at in words.filter_map(|w| opening(w)) {
        bits[at / 64] |= 1 << (at % 64);
    }
    bits
}

/// What a lower-cased word is to a claim's stance and key terms.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ClaimWord {
    /// A stop word, generic noun or hedge: never a key term.
    pub non_term: bool,
    pub hedge: bool,
    pub negation: bool,
    /// Ends a predicate that calls an account false ("true" in "not true"): falsity.txt.
    pub falsity: bool,
}

fn claim_words(
    stopwords: &WordSet,
    generic_nouns: &WordSet,
    hedges: &WordSet,
    negations: &WordSet,
) -> WordMap<ClaimWord> {
    let mut words: WordMap<ClaimWord> = WordMap::default();
    for word in stopwords.iter().chain(generic_nouns).chain(hedges) {
        words.entry(word.clone()).or_default().non_term = true;
    }
    for word in hedges {
        words.entry(word.clone()).or_default().hedge = true;
    }
    for word in negations {
        words.entry(word.clone()).or_default().negation = true;
    }
    words
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(load);

/// The compiled-in lexicon.
pub fn lexicon() -> &'static Lexicon {
    &LEXICON
}

impl Lexicon {
    /// Whether a lower-cased word names a share: "half", "thirds", "two-thirds",
    /// "majorities", "percent", "%".
    pub fn is_share(&self, word: &str) -> bool {
        self.shares
            .contains(word.rsplit('-').next().unwrap_or(word))
    }

    /// Whether `phrase` points back at what was said before it: a pronoun ("that", "it")
    /// or a determiner and a noun for an account ("the reports", "her account"), with one
    /// word between at most ("that latest account").
    pub fn refers_back(&self, phrase: &str) -> bool {
        if phrase.len() > 40 {
            return false;
        }
        let phrase = phrase.to_lowercase();
        let words: Vec<&str> = phrase.split_whitespace().collect();
        match words[..] {
            ["that" | "this" | "it"] => true,
            // "the police account", "Lee's version".
            [determiner, .., noun] if words.len() <= 4 => {
                let possessive = determiner.ends_with("'s") || determiner.ends_with("’s");
                (possessive || REFERRING_DETERMINERS.contains(&determiner))
                    && self.reference_nouns.contains(noun)
            }
            _ => false,
        }
    }

    /// Whether `stem`, a word before its period, is a known abbreviation ("Gov", "U.S").
    pub fn is_abbreviation(&self, stem: &str) -> bool {
        // Lower-casing keeps an ASCII word's length.
        if stem.is_ascii() && stem.len() > self.longest_abbreviation {
            return false;
        }
        with_lowercase(stem, |stem| self.abbreviations.contains(stem))
    }

    /// What a lower-cased word is to a claim; a word ending in "n't" negates.
    pub fn claim_word(&self, word: &str) -> ClaimWord {
        let mut found = self.claim_words.get(word).copied().unwrap_or_default();
        found.negation |= word.ends_with("n't");
        found
    }

    /// The cue bridges whose last word is `word`, longest first.
    pub fn cue_bridges_ending(&self, word: &str) -> &[String] {
        with_lowercase(word, |word| self.cue_bridges.get(word)).map_or(&[], Vec::as_slice)
    }

    /// Whether `word` is a cue's participle ("saying", "Adding").
    pub fn is_participle_cue(&self, word: &str) -> bool {
        word.ends_with("ing") && self.cue(word).is_some()
    }

    pub fn cue(&self, word: &str) -> Option<&Cue> {
        if word.bytes().any(|b| b.is_ascii_uppercase()) {
            self.cues.get(&word.to_ascii_lowercase())
        } else {
            self.cues.get(word)
        }
    }

    /// Every cue form, longest first.
    pub fn cue_forms(&self) -> Vec<&str> {
        let mut forms: Vec<&str> = self.cues.keys().map(String::as_str).collect();
        forms.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        forms
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn topic_flags_name_their_prepositions() {
        assert_eq!(topic_prepositions(Some("topic")), ["on", "about"]);
        assert_eq!(
            topic_prepositions(Some("topic: against of")),
            ["against", "of"]
        );
        assert!(topic_prepositions(Some("that")).is_empty() && topic_prepositions(None).is_empty());
        assert_eq!(lexicon().cue("warned").map(|c| c.topic.len()), Some(3));
    }

    #[test]
    fn a_pronoun_or_a_determined_noun_for_an_account_refers_back() {
        let lex = lexicon();
        for phrase in [
            "that",
            "It",
            "that account",
            "the reports",
            "her latest account",
            "that figure",
        ] {
            assert!(lex.refers_back(phrase), "{phrase}");
        }
        for phrase in [
            "the pier",
            "a report",
            "that account of the pier",
            "accounts",
            "them",
        ] {
            assert!(!lex.refers_back(phrase), "{phrase}");
        }
    }

    #[test]
    fn genders_are_read_from_their_tags() {
        let lex = lexicon();
        assert_eq!(lex.genders.get("mrs."), Some(&Gender::Female));
        assert_eq!(lex.genders.get("spokesman"), Some(&Gender::Male));
        assert_eq!(lex.genders.get("ann"), Some(&Gender::Female));
        // Names used by both are left out.
        assert_eq!(lex.genders.get("kim"), None);
    }

    #[test]
    fn cue_forms_carry_their_class() {
        let lex = lexicon();
        assert_eq!(lex.cue("told").unwrap().class, CueClass::Addressee);
        assert_eq!(lex.cue("Said").unwrap().lemma, "say");
        assert_eq!(lex.cue("denied").unwrap().class, CueClass::Deny);
        assert!(lex.cue("pointed out").is_some());
        assert!(lex.cue("shot back").is_some() && lex.cue("shot").is_none());
        assert!(lex.cue("pointed").is_none());
        assert!(lex.cue("table").is_none());
    }

    #[test]
    fn lists_load() {
        let lex = lexicon();
        assert!(lex.titles.contains("spokesperson"));
        assert!(lex.clause_openers.contains("But") && lex.time_words.contains("monday"));
        assert!(
            lex.source_postmodifiers
                .iter()
                .any(|p| p == "familiar with")
        );
        assert!(lex.anonymous_heads.contains("officials"));
        assert!(lex.vague.contains("critics"));
        assert!(lex.hedges.contains("reportedly"));
        assert!(lex.institution_names.contains("cheong wa dae"));
        assert!(
            lex.antonyms
                .iter()
                .any(|(a, b)| a == "understand" && b == "oppos")
        );
        // A stem matches the words it begins: "back" is the shortest worth keeping.
        assert!(
            lex.antonyms
                .iter()
                .all(|(a, b)| a.chars().count() >= 3 && b.chars().count() >= 3)
        );
        assert!(lex.stopwords.contains("the"));
        assert!(lex.abbreviations.contains("u.s"));
    }

    #[test]
    fn titles_and_institutions_head_phrases_in_the_plural() {
        assert_eq!(plural("spokesman"), "spokesmen");
        assert_eq!(plural("secretary"), "secretaries");
        assert_eq!(plural("attorney"), "attorneys");
        assert_eq!(plural("boss"), "bosses");
        assert_eq!(plural("aide"), "aides");
        let lex = lexicon();
        for head in [
            "spokesmen",
            "congresswomen",
            "chairmen",
            "secretaries",
            "aides",
            "ministries",
            "departments",
        ] {
            assert!(lex.speaker_nouns.contains(head), "{head}");
        }
    }

    #[test]
    fn shares_in_any_number_and_as_fractions() {
        let lex = lexicon();
        for share in [
            "half",
            "halves",
            "thirds",
            "two-thirds",
            "majorities",
            "percent",
            "%",
        ] {
            assert!(lex.is_share(share), "{share}");
        }
        for other in ["voters", "thirty", "halfway", "two-timers", "studies"] {
            assert!(!lex.is_share(other), "{other}");
        }
        assert!(lex.vague.contains("majority"));
    }

    #[test]
    fn abbreviations_match_any_case_and_long_words_never() {
        let lex = lexicon();
        assert!(lex.is_abbreviation("U.S") && lex.is_abbreviation("Gov"));
        assert!(lex.is_abbreviation("SEPT") && lex.is_abbreviation("gov't"));
        assert!(!lex.is_abbreviation("Governor") && !lex.is_abbreviation("end"));
    }
}

//! One article's analysis, in the shape of the `claims/1` output contract
//! (see docs/OUTPUT.md): statements, speakers, propositions, contradictions.

use crate::extract::{self, Attribution, Mode};
use crate::ids;
use crate::lexicon::{CueClass, lexicon};
use crate::relate::ClaimFeatures;
use crate::relate::contradictions::{self, Contradiction, Side};
use crate::relate::propositions::{self, Proposition};
use crate::relate::referents;
use crate::relate::stance::{self, Stance};
use crate::resolve::antecedent;
use crate::resolve::mention::Mention;
use crate::resolve::speakers::{self, InContext, SpeakerKind};
use crate::span::Span;
use crate::text::{Document, normalise};
use serde::Serialize;

mod invariants;

pub const SCHEMA: &str = "claims/1";

#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct Excerpt<'a> {
    pub text: &'a str,
    pub span: Span,
}

impl<'a> Excerpt<'a> {
    fn of(source: &'a str, span: Span) -> Self {
        Excerpt {
            text: span.text(source),
            span,
        }
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct Statement<'a> {
    pub id: String,
    pub mode: Mode,
    pub on_record: bool,
    pub claim: Excerpt<'a>,
    /// The claim's pieces when its attribution interrupts it (“A,” Lee said. “B.”; A, Lee
    /// said, B).
    pub parts: Option<Vec<Excerpt<'a>>>,
    pub speaker: Option<String>,
    pub mention: Option<Excerpt<'a>>,
    pub cue: Option<Excerpt<'a>>,
    pub stance: Stance,
    pub sentence: usize,
    /// The source's footing: named, institution, anonymous, vague or unattributed.
    pub kind: &'static str,
    /// Heard through someone else ("reportedly told", "is said to").
    pub second_hand: bool,
    /// The statement this one continues (a follow-on quote), if any.
    pub continues: Option<String>,
    /// The id of the rule that found it.
    pub rule: &'static str,
    /// Its cue denies the claim ("denied that ..."; not "did not deny"). The stance holds
    /// the outcome; the report says why.
    #[serde(skip)]
    pub denies: bool,
}

#[derive(Clone, Debug, Serialize)]
pub struct Speaker<'a> {
    pub id: String,
    pub name: String,
    pub kind: SpeakerKind,
    pub role: Option<String>,
    pub affiliation: Option<String>,
    pub mentions: Vec<Excerpt<'a>>,
}

#[derive(Clone, Debug, Default, Serialize, PartialEq, Eq)]
pub struct Stats {
    pub statements: usize,
    pub on_record: usize,
    pub named: usize,
    pub institution: usize,
    pub anonymous: usize,
    pub second_hand: usize,
    pub vague: usize,
    pub unattributed: usize,
}

#[derive(Clone, Debug, Serialize)]
pub struct Analysis<'a> {
    pub schema: &'static str,
    pub source: String,
    pub title: Option<&'a str>,
    pub published: Option<&'a str>,
    pub statements: Vec<Statement<'a>>,
    pub speakers: Vec<Speaker<'a>>,
    pub propositions: Vec<Proposition>,
    pub contradictions: Vec<Contradiction>,
    pub stats: Stats,
    pub warnings: Vec<String>,
}

fn kind_name(kind: SpeakerKind) -> &'static str {
    match kind {
        SpeakerKind::Named => "named",
        SpeakerKind::Institution => "institution",
        SpeakerKind::Anonymous => "anonymous",
        SpeakerKind::Vague => "vague",
    }
}

/// Whether the words after a mention, in its sentence, mark it anonymous. `clause_in` tells,
/// once per sentence, whether the sentence has an anonymity clause anywhere: a mention
/// inside a sentence without one needs no closer look.
fn anonymity_after(
    doc: &Document,
    attribution: &Attribution,
    mention: &Mention,
    clause_in: &mut [Option<bool>],
) -> bool {
    let Some(sentence) = doc.sentences.get(attribution.sentence) else {
        return false;
    };
    let inside = |span: Span| sentence.span.contains(span);
    if inside(mention.span) && mention.appositive.is_none_or(inside) {
        let text = sentence.span.text(doc.source);
        let has_clause = *clause_in[attribution.sentence]
            .get_or_insert_with(|| speakers::anonymity_within(text));
        if !has_clause {
            return false;
        }
    }
    let end = sentence.span.end.max(mention.span.end);
    let from = mention.span.end.min(end);
    // Not within the claim after the mention: "said the aide was not authorized to speak"
    // is said of someone else.
    let claim = attribution.claim;
    let follows = if claim.start >= from && claim.end <= end {
        speakers::anonymity_follows(&doc.source[from..claim.start])
            || speakers::anonymity_follows(&doc.source[claim.end..end])
    } else {
        speakers::anonymity_follows(&doc.source[from..end])
    };
    follows
        || speakers::anonymity_within(mention.span.text(doc.source))
        || mention
            .appositive
            .is_some_and(|a| speakers::anonymity_within(a.text(doc.source)))
}

/// How to analyse; the default is what `claims analyze` does.
#[derive(Clone, Copy, Debug, Default)]
pub struct Options {
    /// One statement per quoted piece: “A,” Lee said. “B.” gives two, the second
    /// `continues` the first, instead of one statement in two parts.
    pub split_quotes: bool,
}

/// Analyses one article. `label` names it in the output ("-" for standard input).
pub fn analyze<'a>(source: &'a str, label: &str) -> Analysis<'a> {
    analyze_with(source, label, Options::default())
}

/// `analyze`, with `options`.
pub fn analyze_with<'a>(source: &'a str, label: &str, options: Options) -> Analysis<'a> {
    // The rules read a copy whose no-break spaces are ASCII ones, byte for byte;
    // what is written out is cut from `source` at the same offsets.
    let spaced = normalise::ascii_spaces(source);
    let text: &str = &spaced;
    let doc = Document::parse(text);
    let mut found = extract::extract(&doc);
    if !options.split_quotes {
        found = extract::join_follow_ons(found);
    }
    let mut clause_in = vec![None; doc.sentences.len()];
    // Per sentence, where the last statement with a speaker there ends.
    let mut spoken: Vec<Option<usize>> = vec![None; doc.sentences.len()];
    for a in found.iter() {
        let (Some(mention), Some(sentence)) = (a.mention, spoken.get_mut(a.sentence)) else {
            continue;
        };
        let end = a.claim.end.max(mention.span.end);
        *sentence = Some(sentence.map_or(end, |e| e.max(end)));
    }
    // A transcript's lines are its speakers' words, as a quotation's are.
    let spoken_lines: Vec<Span> = found
        .iter()
        .filter(|a| matches!(a.extractor, "transcript" | "q_and_a"))
        .map(|a| a.claim)
        .collect();
    let mentions: Vec<Option<InContext>> = found
        .iter()
        .map(|a| {
            a.mention.map(|mention| InContext {
                mention,
                anonymity: anonymity_after(&doc, a, &mention, &mut clause_in),
                prior_subject: antecedent::prior_subject(&doc, &mention, a.sentence, &spoken),
                quoted: doc.in_quotation(mention.span.start)
                    || spoken_lines.iter().any(|l| l.contains(mention.span)),
                asks: a.cue_class == Some(CueClass::Ask),
            })
        })
        .collect();
    let body = doc.title.map_or(0, |t| t.end);
    let lede = antecedent::lede_subject(&doc);
    let (resolved, assigned) = speakers::resolve_about(text, (body, lede), &mentions);
    let claims: Vec<ClaimFeatures> = found
        .iter()
        .map(|a| ClaimFeatures::of_pieces(text, a.claim, a.pieces()))
        .collect();

    let mut statements = Vec::with_capacity(found.len());
    let mut stats = Stats::default();
    for (index, attribution) in found.iter().enumerate() {
        let speaker = assigned[index];
        let kind = speaker.map_or("unattributed", |s| kind_name(resolved[s].kind));
        let hedge = attribution
            .mention
            .and_then(|m| m.hedge)
            .map(|h| h.text(source));
        // The words between the speaker and the cue: "Lee did not say".
        let cue_negated = match (attribution.mention, attribution.cue) {
            (Some(m), Some(cue)) if m.at_cue().end <= cue.start => {
                stance::negates_cue(&text[m.at_cue().end..cue.start])
            }
            _ => false,
        };
        let mut stance =
            stance::stance_of(&claims[index], attribution.cue_class, cue_negated, hedge);
        let paraphrase = matches!(attribution.mode, Mode::Indirect | Mode::Mixed);
        if paraphrase
            && attribution
                .cue
                .is_some_and(|c| stance::backshifts(c.text(text)))
        {
            stance = stance.without_backshifted_would();
        }
        let on_record = matches!(kind, "named" | "institution")
            && !attribution.second_hand
            && attribution.mode != Mode::Reported;
        stats.statements += 1;
        stats.on_record += usize::from(on_record);
        stats.second_hand += usize::from(attribution.second_hand);
        match kind {
            "named" => stats.named += 1,
            "institution" => stats.institution += 1,
            "anonymous" => stats.anonymous += 1,
            "vague" => stats.vague += 1,
            _ => stats.unattributed += 1,
        }
        let continues = attribution
            .continues
            .then(|| {
                statements.iter().rev().find(|s: &&Statement| {
                    s.mention.as_ref().map(|m| m.span) == attribution.mention.map(|m| m.at_cue())
                })
            })
            .flatten()
            .map(|s| s.id.clone());
        statements.push(Statement {
            id: ids::id("s", index),
            mode: attribution.mode,
            on_record,
            claim: Excerpt::of(source, attribution.claim),
            parts: (!attribution.parts.is_empty()).then(|| {
                attribution
                    .parts
                    .iter()
                    .map(|&p| Excerpt::of(source, p))
                    .collect()
            }),
            speaker: speaker.map(|s| ids::id("sp", s)),
            mention: attribution.mention.map(|m| Excerpt::of(source, m.at_cue())),
            cue: attribution.cue.map(|c| Excerpt::of(source, c)),
            stance,
            sentence: attribution.sentence,
            kind,
            second_hand: attribution.second_hand,
            continues,
            rule: attribution.extractor,
            denies: attribution.cue_class == Some(CueClass::Deny) && !cue_negated,
        });
    }

    let speakers_out: Vec<Speaker> = resolved
        .iter()
        .enumerate()
        .map(|(i, s)| Speaker {
            id: ids::id("sp", i),
            name: s.name.clone(),
            kind: s.kind,
            role: s.role.clone(),
            affiliation: s.affiliation.clone(),
            mentions: s.mentions.iter().map(|&m| Excerpt::of(source, m)).collect(),
        })
        .collect();

    let statement_ids: Vec<String> = statements.iter().map(|s| s.id.clone()).collect();
    let polarity: Vec<_> = statements.iter().map(|s| s.stance.polarity).collect();
    let (propositions, membership) = propositions::group(&claims, &statement_ids, &polarity);
    // Who speaks, in words: the phrase, not a relative pronoun standing for it.
    let who: Vec<String> = found
        .iter()
        .zip(&assigned)
        .map(|(a, sp)| match sp {
            Some(i) => match resolved[*i].kind {
                SpeakerKind::Named | SpeakerKind::Institution => resolved[*i].name.clone(),
                _ => a.mention.map_or(resolved[*i].name.clone(), |m| {
                    m.span.text(source).to_string()
                }),
            },
            None => "an unattributed report".to_string(),
        })
        .collect();
    let sides: Vec<Side> = statements
        .iter()
        .enumerate()
        .map(|(i, s)| Side {
            id: &s.id,
            claim: &claims[i],
            polarity: s.stance.polarity,
            on_record: s.on_record,
            speaker: assigned[i],
            footing: if s.second_hand && s.kind != "unattributed" {
                "second-hand"
            } else {
                s.kind
            },
            who: &who[i],
            proposition: membership[i],
            question: found[i].cue_class == Some(CueClass::Ask),
            denial: s.denies,
            refers_back: if s.denies && lexicon().refers_back(s.claim.text) {
                Some(0)
            } else {
                referents::calls_false(text, found[i].claim, &claims[i])
            },
            reports_ahead: s.denies
                && found[i].cue.is_some_and(|cue| {
                    let object = text.get(cue.start..found[i].claim.end).unwrap_or("");
                    referents::names_reports_ahead(object)
                }),
            sentence: found[i].sentence,
            last_sentence: doc
                .sentence_at(found[i].claim.end.saturating_sub(1))
                .map_or(found[i].sentence, |end| end.max(found[i].sentence)),
            paragraph: doc
                .sentences
                .get(found[i].sentence)
                .map_or(0, |s| s.paragraph),
        })
        .collect();
    let contradictions = contradictions::find(source, &sides);

    Analysis {
        schema: SCHEMA,
        source: label.to_string(),
        title: doc.title.map(|t| t.text(source)),
        published: doc.published.map(|p| p.text(source)),
        statements,
        speakers: speakers_out,
        propositions,
        contradictions,
        stats,
        warnings: doc.warnings.iter().map(|w| w.message.clone()).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::relate::stance::Polarity;

    /// The stance polarity of each statement in `text`.
    fn polarities(text: &str) -> Vec<Polarity> {
        let analysis = analyze(text, "-");
        analysis
            .statements
            .iter()
            .map(|s| s.stance.polarity)
            .collect()
    }

    /// The name of each statement's speaker in `text`.
    fn speaker_names(text: &str) -> Vec<String> {
        let analysis = analyze(text, "-");
        let name = |id: &String| {
            let speaker = analysis.speakers.iter().find(|s| s.id == *id);
            speaker.map(|s| s.name.to_string())
        };
        analysis
            .statements
            .iter()
            .map(|s| s.speaker.as_ref().and_then(name).unwrap_or_default())
            .collect()
    }

    #[test]
    fn a_pronoun_after_someone_s_role_opening_the_sentence_before_is_that_role() {
        let text = "Pier news\n\nTom Reed said the pier was safe. The club's captain was less \
                    sure. Asked about the cracks, he said the pier was unsafe.\n";
        // The question put to him is no one's.
        assert_eq!(speaker_names(text), ["Tom Reed", "", "The club's captain"]);
        // An epithet may be the speaker before it.
        let text = "Pier news\n\nTom Reed said the pier was safe. The veteran senator was \
                    calm. Asked about the cracks, he said the pier was unsafe.\n";
        assert_eq!(speaker_names(text), ["Tom Reed", "", "Tom Reed"]);
    }

    #[test]
    fn a_pronoun_no_speaker_fits_is_the_role_the_sentence_before_opens_with() {
        let text = "Pier news\n\nThe mayor unveiled a plan. She said it would pay.\n";
        assert_eq!(speaker_names(text), ["The mayor"]);
        // The role's holder, if the article named one.
        let text = "Pier news\n\nMayor Ann Lee arrived late. The mayor unveiled a plan. \
                    She said it would pay.\n";
        assert_eq!(speaker_names(text), ["Ann Lee"]);
        // A speaker before who fits takes the pronoun, as an epithet may be theirs.
        let text = "Pier news\n\nAnn Lee said the pier was safe. The mayor unveiled a plan. \
                    She said it would pay.\n";
        assert_eq!(speaker_names(text), ["Ann Lee", "Ann Lee"]);
    }

    #[test]
    fn a_given_name_alone_that_tells_the_pronoun_s_gender_is_its_antecedent() {
        let text = "Ferry news\n\nTom Reed rows the ferry. His daughter, Ann, runs the shop. \
                    “I want the bridge,” she says.\n";
        assert_eq!(speaker_names(text), ["Ann"]);
        // A name that tells no gender, or the other one, is not.
        for text in [
            "Ferry news\n\nHis daughter, Lee, runs the shop. “I want the bridge,” she says.\n",
            "Ferry news\n\nHis son, Tom, runs the shop. “I want the bridge,” she says.\n",
        ] {
            assert_eq!(speaker_names(text), ["she"], "{text}");
        }
    }

    #[test]
    fn an_age_with_no_name_is_the_person_who_spoke_just_before() {
        let text = "Pier news\n\nMayor Ann Lee and Tom Reed met. The mayor said the pier was \
                    safe. The 58-year-old Democrat added that the state would pay.\n";
        assert_eq!(speaker_names(text), ["Ann Lee", "Ann Lee"]);
        // Not two paragraphs on, nor a group.
        let text = "Pier news\n\nTom Reed said the pier was safe.\n\nThe ferry ran.\n\n\
                    The 58-year-old Democrat said it was not.\n";
        assert_eq!(
            speaker_names(text),
            ["Tom Reed", "The 58-year-old Democrat"]
        );
    }

    #[test]
    fn a_negated_cue_leaves_its_claim_unasserted() {
        let text = "Pier news\n\nLee did not say the pier was safe. Kim said the pier was safe.";
        assert_eq!(polarities(text), [Polarity::Negative, Polarity::Positive]);
    }

    #[test]
    fn a_denial_agrees_with_the_antonym_and_a_negated_denial_does_not() {
        let contradictions = |record: &str| {
            let text = format!(
                "Pier news\n\nMayor Ann Lee {record} the harbor pier at Dover was unsafe for ferries.\n\nTwo officials who asked not to be named said the harbor pier at Dover is safe for ferries."
            );
            analyze(&text, "-").contradictions.len()
        };
        assert_eq!(contradictions("denied that"), 0);
        assert_eq!(contradictions("did not deny that"), 1);
    }

    #[test]
    fn a_denial_of_that_account_contradicts_the_accounts_before_it() {
        let text = "Pier news\n\nTwo officials said the ferry office had warned the port. \
                    One of them said the mayor knew of the cracks.\n\n\
                    A port spokeswoman, Ann Lee, disputed that account.\n";
        let analysis = analyze(text, "-");
        let [found] = &analysis.contradictions[..] else {
            panic!("{:?}", analysis.contradictions);
        };
        assert_eq!(found.kind, "on_record_vs_off_record");
        assert_eq!(
            (&found.on_record[..], &found.counter[..]),
            (
                &["s3".to_string()][..],
                &["s2".to_string(), "s1".to_string()][..]
            )
        );
        assert!(
            found.why.contains("Ann Lee denied 'that account'"),
            "{}",
            found.why
        );
        // Between two named speakers, the denial leads.
        let text =
            "Pier news\n\nMayor Ann Lee said the pier is safe. Tom Reed rejected that account.\n";
        let found = analyze(text, "-").contradictions;
        assert_eq!(found.len(), 1);
        assert_eq!(
            (found[0].kind, &found[0].on_record[..]),
            ("on_record_vs_on_record", &["s2".to_string()][..])
        );
        // An account two sentences back is not the one denied.
        let text = "Pier news\n\nTwo officials said the ferry office had warned the port. \
                    The pier opened in 1990.\n\nAnn Lee disputed that account.\n";
        assert!(analyze(text, "-").contradictions.is_empty());
    }

    #[test]
    fn a_denial_of_an_owner_s_account_takes_that_owner_s_statement() {
        let text = "Pier news\n\nThe port authority said the pier was sound.\n\n\
                    Ann Lee said the crews had left. The ferries stopped at noon.\n\n\
                    Tom Reed, a diver, rejected the port authority's account.\n";
        let analysis = analyze(text, "-");
        let [found] = &analysis.contradictions[..] else {
            panic!("{:?}", analysis.contradictions);
        };
        assert_eq!(
            (&found.on_record[..], &found.counter[..]),
            (&["s3".to_string()][..], &["s1".to_string()][..])
        );
        // An owner no one quoted leaves the nearest account, if near enough.
        let text = "Pier news\n\nAnn Lee said the crews had left. The ferries stopped at noon.\n\n\
                    Tom Reed rejected the harbor board's account.\n";
        assert!(analyze(text, "-").contradictions.is_empty());
    }

    #[test]
    fn a_quotation_that_calls_the_account_false_contradicts_it() {
        let text = "Pier news\n\nTwo officials said the ferry office had warned the port.\n\n\
                    “That is simply not true,” said Ann Lee, a port spokeswoman.\n";
        let analysis = analyze(text, "-");
        let [found] = &analysis.contradictions[..] else {
            panic!("{:?}", analysis.contradictions);
        };
        assert_eq!(
            (&found.on_record[..], &found.counter[..]),
            (&["s2".to_string()][..], &["s1".to_string()][..])
        );
        assert!(
            found.why.contains("'That is simply not true'"),
            "{}",
            found.why
        );
        // A denial before it is no account it calls false: the two agree.
        let text = "Pier news\n\nThe port denied that any offer was made. \
                    “That is simply not true,” said Ann Lee, a port spokeswoman.\n";
        assert!(analyze(text, "-").contradictions.is_empty());
        // What the quotation judges false is its own: no account is denied.
        let text = "Pier news\n\nTwo officials said the ferry office had warned the port.\n\n\
                    “The idea that repairs are cheap is false,” said Ann Lee.\n";
        assert!(analyze(text, "-").contradictions.is_empty());
    }

    #[test]
    fn an_anonymity_clause_in_the_claim_is_said_of_someone_else() {
        fn kinds(text: &str) -> Vec<(&'static str, String)> {
            let analysis = analyze(text, "-");
            analysis
                .statements
                .iter()
                .map(|s| (s.kind, s.claim.text.to_string()))
                .collect()
        }
        let named = kinds(
            "Pier news\n\nLee's manager, Ann Ruiz, said the aide was not authorized to speak.",
        );
        assert_eq!(
            named[0],
            ("named", "the aide was not authorized to speak".into())
        );
        let aside =
            kinds("Pier news\n\nLee said the aide, who was not authorized to speak, had left.");
        assert_eq!(
            aside[0],
            (
                "named",
                "the aide, who was not authorized to speak, had left".into()
            )
        );
        // Closing the sentence, it is the writer's word on the source, outside the claim.
        let closing = kinds(
            "Pier news\n\nA harbor pilot said the pier was unsafe, speaking on condition of \
             anonymity because he was not allowed to talk.",
        );
        assert_eq!(closing[0], ("anonymous", "the pier was unsafe".into()));
    }

    #[test]
    fn a_rejected_claim_is_denied() {
        let text = "Pier news\n\nLee rejected claims that the pier was unsafe.";
        assert_eq!(polarities(text), [Polarity::Negative]);
    }

    #[test]
    fn no_break_spaces_read_as_spaces_and_are_written_as_they_stand() {
        let text =
            "Pier\u{a0}news\n\nLee said the pier\u{a0}is safe,\u{a0}but she has not set a date.";
        let analysis = analyze(text, "-");
        assert_eq!(analysis.title, Some("Pier\u{a0}news"));
        let claims: Vec<&str> = analysis.statements.iter().map(|s| s.claim.text).collect();
        assert_eq!(claims, ["the pier\u{a0}is safe"]);
    }
}

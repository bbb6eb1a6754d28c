//! `indirect`: reported speech with the speaker first: X said (that) ...; X told Y (that) ...;
//! X says ...; and a participle that goes on with the same speaker (", saying that ...").

use super::as_clause::OCCASION_LEADS;
use super::claim::{
    before_dash, claim_after, has_verb_form, is_participle_cue, is_time_or_adverb, links_object,
    within_relative_clause, within_subordinate_clause,
};
use super::inverted::{is_bare_name, is_short_occasion};
use super::subject::{past_channel, speaks_for_subject, subject_speaker};
use super::{Attribution, Context, CueHit, Extractor, Taken};
use crate::lexicon::lexicon;
use crate::resolve::mention::{self, Mention};
use crate::span::Span;
use crate::text::normalise::{strip_clause_dash, with_lowercase};

pub struct Indirect;

/// "is said to", "was reported": passive uses that name no speaker. "is saying" is no
/// passive but the progressive of a speaker's verb.
pub fn is_passive(source: &str, sentence_start: usize, cue: Span) -> bool {
    if cue.text(source).ends_with("ing") {
        return false;
    }
    let before = source[sentence_start..cue.start].trim_end();
    // Past adverbs: "are easily refuted", "was not widely reported".
    for word in before.rsplit(char::is_whitespace).take(3) {
        let (auxiliary, adverb) = with_lowercase(word, |w| {
            (
                matches!(w, "is" | "was" | "are" | "were" | "been" | "be" | "being"),
                w.ends_with("ly") || matches!(w, "not" | "also" | "never" | "often"),
            )
        });
        if auxiliary || !adverb {
            return auxiliary;
        }
    }
    false
}

/// Whether the sentence goes on from `end` with nothing but an attribution (", officials
/// said."): the cue before is inside that attribution's claim ("Costa Rica agreed to host
/// them, officials said").
fn closes_outer_claim(cx: &Context, sentence: usize, end: usize) -> bool {
    let source = cx.source();
    let sentence_end = cx.sentence_span(sentence).end;
    if !source[end..].starts_with(',') {
        return false;
    }
    cx.cues_in(sentence)
        .filter(|h| h.span.start > end && !h.according_to)
        .any(|h| {
            let tail = source[h.span.end..sentence_end].trim_end_matches(['.', '!', '?', ' ']);
            // Or goes on in a participle of the same speaker: ", adding that ...".
            let participle = tail.strip_prefix(',').is_some_and(|rest| {
                let word = rest.split_whitespace().next().unwrap_or("");
                lexicon().is_participle_cue(word)
            });
            let attribution_ends = tail.is_empty() || participle || is_short_occasion(tail.trim());
            attribution_ends
                && cx.mention_before(end, h.span).is_some_and(|m| {
                    source
                        .get(end + 1..m.span.start)
                        .is_some_and(|gap| gap.trim().is_empty())
                })
        })
}

/// Whether a cue after `lead` is inside the question its sentence opens with: "Asked if
/// the chancellor had threatened to quit, ...", whose words are the asker's, not a claim.
fn in_opening_question(lead: &str) -> bool {
    let question = ["Asked if ", "Asked whether ", "Asked about "]
        .iter()
        .any(|q| lead.starts_with(q));
    question && !lead.contains(',')
}

/// Whether `lead` ends in a short appositive set off by a comma, whose relative clause
/// the main clause takes up after: "Tom Reed, 64, a retired machinist (who said ..., was)".
fn after_appositive(lead: &str) -> bool {
    lead.rsplit_once(',').is_some_and(|(head, tail)| {
        let mut words = tail.split_whitespace();
        !head.trim().is_empty()
            && words
                .next()
                .is_some_and(|w| matches!(w, "a" | "an" | "the" | "A" | "An" | "The"))
            && words.count() <= 5
    })
}

/// The relative pronoun right before a speaker phrase that stands for the cue's object:
/// "which", "whom" or "what" ("which she said", not "who said").
/// Prepositions that make a relative pronoun their object ("in which", "of whom").
const PRONOUN_PREPOSITIONS: &[&str] = &[
    "in", "of", "for", "to", "about", "on", "at", "by", "with", "from", "under", "during",
    "through", "after", "before",
];

fn object_pronoun_before(source: &str, sentence_start: usize, speaker: Span) -> Option<Span> {
    let lead = source[sentence_start..speaker.start].trim_end();
    let (head, word) = lead.rsplit_once(' ').unwrap_or(("", lead));
    let start = sentence_start + lead.len() - word.len();
    // "a year in which most say ...": after a preposition a relative pronoun is no object
    // ("what" is: "pointed to what she said is growing demand").
    let preposition = head
        .rsplit(' ')
        .next()
        .is_some_and(|w| with_lowercase(w, |w| PRONOUN_PREPOSITIONS.contains(&w)));
    with_lowercase(word, |w| {
        w == "what" || (!preposition && matches!(w, "which" | "whom"))
    })
    .then(|| Span::new(start, start + word.len()))
}

impl Extractor for Indirect {
    fn id(&self) -> &'static str {
        "indirect"
    }

    fn description(&self) -> &'static str {
        "paraphrase after a speaker and cue verb: X said (that) ..."
    }

    fn extract(&self, cx: &Context, taken: &Taken) -> Vec<Attribution> {
        let source = cx.source();
        let mut found: Vec<Attribution> = Vec::new();
        for hit in cx.free_cues(taken) {
            let sentence_start = cx.sentence_span(hit.sentence).start;
            if is_passive(source, sentence_start, hit.span)
                || in_opening_question(&source[sentence_start..hit.span.start])
            {
                continue;
            }
            let speaker: Option<Mention> = if speaks_for_subject(source, sentence_start, hit) {
                let own = found
                    .iter()
                    .rev()
                    .take_while(|a| a.sentence >= hit.sentence);
                subject_speaker(cx, hit, own, taken)
            } else {
                cx.mention_before(sentence_start, hit.span)
                    .and_then(|m| past_channel(cx, hit, m, std::iter::empty(), taken))
            };
            let Some(speaker) = speaker else { continue };
            if describes_noun(source, sentence_start, hit, &speaker)
                || in_question(source, &speaker)
            {
                continue;
            }
            // "(as low as 19%, Gutin says) hurt": a bracket closing after the cue ends the
            // attribution; the claim is inside it, before the cue.
            if source[hit.span.end..].trim_start().starts_with(')') {
                continue;
            }
            let Some(mut claim) = claim_after(cx, hit) else {
                continue;
            };
            // "a woman who has accused Lee of fraud": an accusation in a relative clause
            // describes its speaker; polnear's annotators take it for no statement.
            if speaker.relative.is_some() && links_object(cx, hit, claim.start) {
                continue;
            }
            if closes_outer_claim(cx, hit.sentence, claim.end) || aside_before_main_verb(cx, hit) {
                continue;
            }
            // "..., Lee said this week at an event in Ohio": after an attribution that
            // follows its claim, a prepositional phrase is the occasion, no claim.
            let follows_claim = source[sentence_start..speaker.span.start]
                .trim_end()
                .ends_with(',');
            let text = claim.text(source);
            let mut words = text.split(' ');
            let first = words.next().unwrap_or("");
            // Up to a dash or comma, with no verb: not "at least six planes filled ...".
            let phrase = text.split([',', '—', '–']).next().unwrap_or(text);
            // Not "in 2011 to ..." nor "wrote in “Nader”", nor after "that".
            let occasion = OCCASION_PREPOSITIONS.contains(&first)
                && words
                    .next()
                    .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_lowercase()))
                && !has_verb_form(phrase)
                && !source[hit.span.end..claim.start].contains("that");
            // "Cases doubled, officials said Friday, and wards are full": the claim goes on
            // around the attribution, the inverted rule's.
            let goes_on = matches!(first, "and" | "but");
            if follows_claim && (occasion || goes_on) {
                continue;
            }
            // "..., said Lee, a director, reports USA Today.": after a comma, a cue with only
            // a name after it is inverted; the speaker before is another's.
            let inverted = source[sentence_start..hit.span.start]
                .trim_end()
                .ends_with(',')
                && is_bare_name(claim.text(source));
            if inverted {
                continue;
            }
            if in_as_clause(source, sentence_start, speaker.span, hit.span.end, claim) {
                continue;
            }
            if said_of_topic(source, hit, claim) {
                continue;
            }
            // "Lee, who said ..., was sentenced": the claim ends with the relative clause.
            let before_relative = speaker.relative.map(|who| source[..who.start].trim_end());
            if before_relative.is_some_and(|lead| {
                lead.ends_with(',') || after_appositive(&lead[sentence_start.min(lead.len())..])
            }) {
                // "Ruiz, an engineer who testified after Lee, told the panel that ...": the
                // clause closed before the claim, which is the main verb's.
                let clause = within_relative_clause(source, Span::new(hit.span.end, claim.end));
                if clause.end <= claim.start {
                    continue;
                }
                claim = within_relative_clause(source, claim);
            }
            // "the study -- which notes ... -- should": the closing dash ends it.
            if before_relative.is_some_and(|lead| strip_clause_dash(lead).is_some()) {
                claim = before_dash(source, claim);
            }
            claim = within_subordinate_clause(
                source,
                &source[sentence_start..speaker.span.start],
                claim,
            );
            // "As the Post reported just today, ...": time words alone are no claim.
            if claim.text(source).split_whitespace().all(is_time_or_adverb) {
                continue;
            }
            // "a plan which she has said was a mistake", "whom he described as calm": the
            // cue's object is the relative pronoun, so the claim starts there.
            if let Some(pronoun) = object_pronoun_before(source, sentence_start, speaker.span) {
                claim = Span::new(pronoun.start, claim.end);
                if source[..pronoun.start].trim_end().ends_with(',') {
                    claim = within_relative_clause(source, claim);
                }
            }
            let reported = speaker.is_reported(source);
            found.push(
                Attribution::cued_in(cx, self.id(), hit, speaker, claim)
                    .heard_second_hand(reported),
            );
        }
        found
    }
}

/// Whether `speaker` opens a question another verb puts: "pressed Cole on why the
/// authority had not disclosed the overruns" (the authority says nothing). Not the
/// writer's reason: "That is why critics say ...".
fn in_question(source: &str, speaker: &Mention) -> bool {
    let lead = source[..speaker.span.start].trim_end();
    let Some(word) = ["why", "whether", "how"]
        .into_iter()
        .find(|w| mention::ends_with_words(lead, w))
    else {
        return false;
    };
    let before = lead[..lead.len() - word.len()].trim_end();
    let reason = ["is", "was", "that's", "that’s", "That's", "That’s"]
        .iter()
        .any(|w| mention::ends_with_words(before, w));
    !reason
}

/// Whether the participle of a reply `hit` right after its speaker's noun describes it:
/// "Officers responding to reports of gunfire found ..." (the sentence's own verb follows).
/// Not after "with" ("with officials responding that ..."), nor a participle of speech
/// ("62 percent of voters saying ...", which polls report as theirs).
pub(super) fn describes_noun(
    source: &str,
    sentence_start: usize,
    hit: &CueHit,
    speaker: &Mention,
) -> bool {
    let word = hit.span.text(source);
    let reply = word.ends_with("ing")
        && with_lowercase(word, |w| {
            lexicon()
                .cue(w)
                .is_some_and(|cue| matches!(cue.lemma.as_str(), "respond" | "reply"))
        });
    let adjoined = source
        .get(speaker.span.end..hit.span.start)
        .is_some_and(|gap| gap.trim().is_empty());
    let lead = source
        .get(sentence_start..speaker.span.start)
        .unwrap_or("")
        .trim_end();
    let absolute = ["with", "With", "without", "Without"]
        .iter()
        .any(|w| mention::ends_with_words(lead, w));
    reply && adjoined && !absolute && speaker.relative.is_none()
}

/// Words that open the topic after "said about" ("about his plan"), not an amount.
const TOPIC_OPENERS: &[&str] = &[
    "its", "his", "her", "their", "our", "my", "your", "the", "this", "these", "those", "him",
    "them", "it", "us", "me",
];

/// Prepositions that open a phrase of when, where or how something was said.
const OCCASION_PREPOSITIONS: &[&str] = &["in", "at", "during"];

/// "Lee said of the plan." / "..., Lee said of the pier he visited", "what Lee said about
/// Harbor City": what "said of" or "said about" names is the topic. A claim about it after
/// a colon or "that" starts there, past the topic. Not "said about 40 people came".
fn said_of_topic(source: &str, hit: &CueHit, claim: Span) -> bool {
    let text = claim.text(source);
    // "said that of ..." has an object, "that".
    let right_after = source[hit.span.end..claim.start].trim().is_empty();
    let about_topic = |rest: &str| {
        let next = rest.split_whitespace().next().unwrap_or("");
        next.starts_with(char::is_uppercase) && next != "I" || TOPIC_OPENERS.contains(&next)
    };
    let topic = text
        .get(..3)
        .is_some_and(|of| of.eq_ignore_ascii_case("of "))
        || text
            .get(..6)
            .is_some_and(|about| about.eq_ignore_ascii_case("about "))
            && about_topic(&text[6..]);
    right_after
        && topic
        && with_lowercase(hit.span.text(source), |w| {
            lexicon().cue(w).is_some_and(|cue| cue.lemma == "say")
        })
}

/// "..., as Lee said on the radio on Monday": after a speaker that an "as" opens, words of
/// when, where or how it was said are no claim (the claim is the clause the "as" comments
/// on), and neither is what follows them unless a comma or dash closes them ("as the Post
/// reported on Monday, the pier ..."). "As Lee said the pier would close, ..." stays.
fn in_as_clause(
    source: &str,
    sentence_start: usize,
    speaker: Span,
    cue_end: usize,
    claim: Span,
) -> bool {
    let lead = source[sentence_start..speaker.start].trim_end();
    if !(lead.eq_ignore_ascii_case("as") || mention::ends_with_words(lead, "as")) {
        return false;
    }
    let gap = source[cue_end..claim.start].trim_end();
    // One word is a topic's preposition ("as it commented on ...").
    let skipped = gap
        .split_whitespace()
        .filter(|w| *w != "that" && w.contains(char::is_alphabetic))
        .nth(1)
        .is_some()
        && !gap.ends_with(',')
        && strip_clause_dash(gap).is_none();
    let first = claim.text(source).split_whitespace().next().unwrap_or("");
    skipped || OCCASION_LEADS.contains(&first)
}

/// "Lee, writing in the Herald, argued ...", "Lee, responding to critics, said ...": a
/// participle in an aside between its subject and the main verb, whose "claim" runs on
/// into that verb past the aside's closing comma.
fn aside_before_main_verb(cx: &Context, hit: &CueHit) -> bool {
    let source = cx.source();
    let set_off = source[..hit.span.start].trim_end().ends_with(',');
    set_off
        && is_participle_cue(cx, hit)
        && cx.cues_in(hit.sentence).any(|next| {
            next.span.start > hit.span.end
                && !is_participle_cue(cx, next)
                && source[hit.span.end..next.span.start]
                    .trim_end()
                    .strip_suffix(',')
                    .is_some_and(|aside| !aside.contains(',') && aside.split(' ').count() <= 10)
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::test_support::{all_claims, run};

    /// The claims `Indirect` finds in `text`.
    fn claims(text: &str) -> Vec<String> {
        crate::extract::test_support::claims(&Indirect, text)
    }

    #[test]
    fn an_abbreviation_ending_the_claim_keeps_its_period() {
        assert_eq!(
            claims("Ruiz said the talks ended at 10 p.m."),
            ["the talks ended at 10 p.m."]
        );
        assert_eq!(
            claims("Ruiz said the firm was Harbor Co."),
            ["the firm was Harbor Co."]
        );
        assert_eq!(
            claims("Ruiz said the answer was no."),
            ["the answer was no"]
        );
        assert_eq!(claims("Ruiz said the talks ended."), ["the talks ended"]);
    }

    #[test]
    fn an_accusation_or_a_citation_ends_the_claim_before_it() {
        let claim = |text: &str| run(&Indirect, text)[0].0.clone();
        assert_eq!(
            claim("Aides said the pier was unsafe, citing a survey of the piles."),
            "the pier was unsafe"
        );
        assert_eq!(
            claim("Aides said the pier was unsafe and the mayor accused them of lying."),
            "the pier was unsafe"
        );
        // Backing the claim with nothing is the writer's note on it.
        assert_eq!(
            claim("Aides said the pier was unsafe but offered no evidence of it."),
            "the pier was unsafe"
        );
        // "cited" needs "that": its object is no claim.
        assert!(run(&Indirect, "Lee cited a survey of the piles.").is_empty());
    }

    #[test]
    fn a_relative_clause_between_dashes_ends_at_the_closing_dash() {
        for text in [
            "Yet the audit -- which notes that most piers need repairs -- is a warning to voters.",
            "Yet the audit — which notes that most piers need repairs — is a warning to voters.",
        ] {
            assert_eq!(
                run(&Indirect, text),
                [("most piers need repairs".into(), Some("the audit".into()))],
                "{text}"
            );
        }
    }

    #[test]
    fn after_a_claim_and_its_attribution_a_phrase_of_occasion_is_no_claim() {
        assert!(
            run(
                &Indirect,
                "The pier needs repairs, Lee said this week at an event in Lakeside — a reversal."
            )
            .is_empty()
        );
        // A clause after the preposition's phrase is a claim.
        assert_eq!(
            run(
                &Indirect,
                "At noon, Lee said at least six boats had left the pier."
            )[0]
            .0,
            "at least six boats had left the pier"
        );
    }

    #[test]
    fn time_words_alone_are_no_claim() {
        assert!(
            run(
                &Indirect,
                "As the Harbor Post reported just today, the pier will close."
            )
            .is_empty()
        );
        for text in [
            "Reed conceded shortly after midnight.",
            "Reed said at noon.",
        ] {
            assert!(all_claims(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn two_verbs_joined_share_the_second_s_object() {
        assert_eq!(
            claims("The ministry would not confirm or deny the report."),
            ["the report"]
        );
        assert_eq!(
            claims("Lee would neither confirm nor deny that the pier was unsafe."),
            ["the pier was unsafe"]
        );
    }

    #[test]
    fn a_cue_in_an_opening_question_is_the_asker_s() {
        for text in [
            "Asked if the chancellor had threatened to quit, the spokesman said no.",
            "Asked whether Lee had said the pier was unsafe, Kim said no.",
        ] {
            assert_eq!(claims(text), ["no"], "{text}");
        }
    }

    #[test]
    fn a_clause_joined_on_after_an_inverted_attribution_is_not_its_claim() {
        let text = "Cases have doubled, officials said Friday, and wards are full.";
        assert!(run(&Indirect, text).is_empty());
        assert_eq!(
            all_claims(text),
            ["Cases have doubled, officials said Friday, and wards are full"]
        );
        let text = "Cases have doubled, officials said on Friday, but the peak is weeks away.";
        assert!(run(&Indirect, text).is_empty());
    }

    #[test]
    fn fires_on_said_that_and_told() {
        let found = run(
            &Indirect,
            "The Harbor Authority said reopening the pier is not a violation.",
        );
        assert_eq!(
            found,
            [(
                "reopening the pier is not a violation".into(),
                Some("The Harbor Authority".into())
            )]
        );
        let found = run(
            &Indirect,
            "The ministry reportedly told the union that it is opposed to the strike, saying that it might hurt exports.",
        );
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].0, "it is opposed to the strike");
        assert_eq!(
            found[1],
            ("it might hurt exports".into(), Some("The ministry".into()))
        );
    }

    #[test]
    fn her_before_an_audience_owns_it() {
        for text in [
            "Lee told her staff the pier was safe.",
            "Lee told her office the pier was safe.",
            "Lee told her the pier was safe.",
        ] {
            assert_eq!(run(&Indirect, text)[0].0, "the pier was safe", "{text}");
        }
    }

    #[test]
    fn a_that_before_a_verb_is_the_claims_subject() {
        let claim = |text: &str| run(&Indirect, text)[0].0.clone();
        assert_eq!(
            claim("The port insisted that was not part of the deal."),
            "that was not part of the deal"
        );
        assert_eq!(
            claim("Lee said that wasn’t the plan."),
            "that wasn’t the plan"
        );
        // A complementizer "that" is no part of the claim.
        assert_eq!(
            claim("Lee said that the plan was dead."),
            "the plan was dead"
        );
        // Nor is it before a plural noun; before a singular one it is the noun's.
        assert_eq!(
            claim("Lee said that account was not accurate."),
            "that account was not accurate"
        );
        assert_eq!(
            claim("Lee said that reports were false."),
            "reports were false"
        );
        // With no verb after the noun, "that" is its determiner.
        for text in [
            "Lee disputed that account on Monday.",
            "Lee disputed that account.",
        ] {
            assert!(claim(text).starts_with("that account"), "{text}");
        }
        assert_eq!(
            claim("Lee said that account holders lost money."),
            "account holders lost money"
        );
    }

    #[test]
    fn comment_takes_its_topic_and_a_new_clause_is_no_object() {
        let found = run(&Indirect, "The mayor would not comment on the ferry audit.");
        assert_eq!(found[0].0, "the ferry audit");
        // A verb may name its own topic prepositions: "warned against", "argued against".
        let found = run(&Indirect, "Aides warned against a second ferry audit.");
        assert_eq!(found[0].0, "a second ferry audit");
        assert!(run(&Indirect, "Lee argued with the host about the pier.").is_empty());
        // "comments" is left to the noun.
        assert!(run(&Indirect, "Her comments on the audit drew fire.").is_empty());
        // A conjunction and a new subject start another clause, not the cue's object.
        let found = run(
            &Indirect,
            "The port declined to comment and two aides said the audit was late.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].1.as_deref(), Some("two aides"));
    }

    #[test]
    fn a_progressive_is_no_passive_and_a_prepositional_object_no_claim() {
        let found = run(&Indirect, "Lee is arguing that the pier must close.");
        assert_eq!(found, [("the pier must close".into(), Some("Lee".into()))]);
        let found = run(
            &Indirect,
            "The port has been warning that it is short of cash.",
        );
        assert_eq!(found[0].0, "it is short of cash");
        assert!(run(&Indirect, "The pier was said to be closing.").is_empty());
        for text in [
            "Lee is adding to her lead over Park.",
            "The mayor was responding to a letter from the union.",
        ] {
            assert!(run(&Indirect, text).is_empty(), "{text}");
        }
        // A request is what the speaker was asked to answer.
        let found = run(
            &Indirect,
            "The port did not immediately respond to a request for comment.",
        );
        assert_eq!(found[0].0, "a request for comment");
        let found = run(
            &Indirect,
            "The port did not respond to requests for comment.",
        );
        assert_eq!(found[0].0, "requests for comment");
    }

    #[test]
    fn a_relative_pronoun_that_is_the_cue_s_object_opens_the_claim() {
        let claim = |text: &str| run(&Indirect, text)[0].0.clone();
        assert_eq!(
            claim("The vote, which she has often said was a mistake, was costly for her."),
            "which she has often said was a mistake"
        );
        assert_eq!(
            claim("Crews joined the riders, whom Lee described as calm."),
            "whom Lee described as calm"
        );
        // After a preposition the pronoun is no object, and a focusing word may stand
        // before the next speaker.
        assert_eq!(
            claim(
                "In a year in which most voters say the pier is unsafe, even some aides said it was safe."
            ),
            "the pier is unsafe"
        );
        // "what" is, after one too.
        assert_eq!(
            claim("Crews pointed to what Lee said was a flaw."),
            "what Lee said was a flaw"
        );
    }

    #[test]
    fn a_closing_aside_on_a_person_is_the_writer_s() {
        let found = run(
            &Indirect,
            "Aides said it would be Lee, who has a large lead over Park.",
        );
        assert_eq!(found[0].0, "it would be Lee");
        // Inside the claim, with a comma after it, the aside stays.
        let found = run(
            &Indirect,
            "Aides said Lee, who has a large lead, will win the vote.",
        );
        assert_eq!(found[0].0, "Lee, who has a large lead, will win the vote");
    }

    #[test]
    fn a_participle_after_a_quoted_comma_starts_the_next_claim() {
        let found = run(
            &Indirect,
            "Lee said the board was \"corrupt,\" noting that it paid itself twice.",
        );
        assert_eq!(found[0].0, "the board was \"corrupt,\"");
        // A quoted comma before a plain verb does not end the claim.
        let found = run(
            &Indirect,
            "Lee said the board was \"corrupt,\" wasteful and slow.",
        );
        assert_eq!(found[0].0, "the board was \"corrupt,\" wasteful and slow");
        // The writer's participle after a quoted comma ends it, with either mark.
        for text in [
            "Lee said costs were \"not unusual,\" drawing rebukes from the board.",
            "Lee said costs were “not unusual,” drawing rebukes from the board.",
        ] {
            let found = run(&Indirect, text);
            assert!(
                found[0].0.ends_with("unusual,\"") || found[0].0.ends_with("unusual,”"),
                "{text}: {found:?}"
            );
        }
    }

    #[test]
    fn a_claim_inside_a_subordinate_clause_ends_with_it() {
        let claim = |text: &str| run(&Indirect, text)[0].0.clone();
        assert_eq!(
            claim("Ever since Lee announced his bid last year, the board has met twice."),
            "his bid last year"
        );
        assert_eq!(
            claim("When Lee said the pier was \"unsafe, old and costly,\" crews left."),
            "the pier was \"unsafe, old and costly,\""
        );
        assert_eq!(
            claim("While only 7 percent said they were unsure, most backed the pier."),
            "they were unsure"
        );
        // The clause may open the sentence well before the speaker.
        assert_eq!(
            claim("Although in May Lee said the pier was safe, crews left."),
            "the pier was safe"
        );
        assert_eq!(
            claim("Even as aides said the pier would close, crews stayed."),
            "the pier would close"
        );
        // Not past a dash that ends that clause before the speaker.
        assert_eq!(
            claim("While the pier is old - and costly - aides say it is safe, for now."),
            "it is safe, for now"
        );
        // A main clause's claim runs on past its commas.
        assert_eq!(
            claim("Lee said the pier, old and costly, would close."),
            "the pier, old and costly, would close"
        );
    }

    #[test]
    fn a_prepositional_aside_after_the_cue_leads_to_that() {
        let claim = |text: &str| run(&Indirect, text)[0].0.clone();
        assert_eq!(
            claim("Lee said, among other things, that the pier would close."),
            "the pier would close"
        );
        assert_eq!(
            claim("Lee testified, under oath, that she sent no files."),
            "she sent no files"
        );
        // No "that" after the aside: no paraphrase.
        assert!(run(&Indirect, "Lee said, with a smile, goodbye to all.").is_empty());
    }

    #[test]
    fn a_paraphrase_ends_at_a_semicolon_outside_quotation_marks() {
        let found = run(
            &Indirect,
            "Most voters said they were unenthusiastic; 26 percent were undecided.",
        );
        assert_eq!(found[0].0, "they were unenthusiastic");
        let found = run(
            &Indirect,
            "Lee said the plan was “late; costly” in the end.",
        );
        assert_eq!(found[0].0, "the plan was “late; costly” in the end");
    }

    #[test]
    fn an_occasion_with_its_audience_is_no_claim() {
        assert!(
            run(
                &Indirect,
                "The plan is dead, she said in a statement to reporters."
            )
            .is_empty()
        );
        let found = run(
            &Indirect,
            "She said in a video message to reporters that the plan is dead.",
        );
        assert_eq!(found[0].0, "the plan is dead");
    }

    #[test]
    fn some_verbs_report_speech_only_with_that() {
        for text in [
            "The ferry line continues to trail its rival by 300 riders a day.",
            "The senator posted a photo of the rally on Monday.",
        ] {
            assert!(run(&Indirect, text).is_empty(), "{text}");
        }
        let found = run(&Indirect, "The senator maintained that the vote was fair.");
        assert_eq!(found[0].0, "the vote was fair");
        // The verb it leads to is the cue, past an aside.
        let found = run(
            &Indirect,
            "The nominee continues to insist, most recently in an interview, that he will win.",
        );
        assert_eq!(found, [("he will win".into(), Some("The nominee".into()))]);
        let found = run(
            &Indirect,
            "Lee revealed, somewhat reluctantly, that he would vote no.",
        );
        assert_eq!(found, [("he would vote no".into(), Some("Lee".into()))]);
        let found = run(
            &Indirect,
            "Lee said, per a translator, that the pier is old.",
        );
        assert_eq!(found[0].0, "the pier is old");
        // After an aside, a question after a question's cue, and a clause its pronoun opens.
        let found = run(&Indirect, "Lee wondered, as I do, why the pier is shut.");
        assert_eq!(found[0].0, "why the pier is shut");
        let found = run(
            &Indirect,
            "Lee says, win or lose next week, she's staying on.",
        );
        assert_eq!(found[0].0, "she's staying on");
        // "add" with a thing and where it goes is no speech.
        for text in [
            "The firm added a warning to the label.",
            "The firm added a warning.",
            "The tax will add 2 cents to every dollar.",
            "The plan adds $8 million to the budget.",
            "The firm added more staff.",
        ] {
            assert!(run(&Indirect, text).is_empty(), "{text}");
        }
        let found = run(&Indirect, "Lee added that the way to win is to vote.");
        assert_eq!(found[0].0, "the way to win is to vote");
        let found = run(&Indirect, "Lee added 300 people had died.");
        assert_eq!(found[0].0, "300 people had died");
        // A denial's label may be quoted before its object.
        let text = "The port dismissed as “groundless” a report that the pier will close.";
        assert_eq!(run(&Indirect, text)[0].0, "the pier will close");
        // A denial's object may point back at an account: the claim is that object.
        for (text, object) in [
            ("Lee disputed that account.", "that account"),
            ("Lee denied it, calling it false.", "it"),
            ("The port dismissed the reports as false.", "the reports"),
        ] {
            assert_eq!(run(&Indirect, text)[0].0, object, "{text}");
        }
        // Not a clause's "that" nor a subject before its verb.
        let found = run(&Indirect, "Lee denied that accounts were kept.");
        assert_eq!(found[0].0, "accounts were kept");
        assert_eq!(
            run(&Indirect, "Lee denied it was true.")[0].0,
            "it was true"
        );
        // A belief is a cue for an unnamed group or source only.
        for (text, claim) in [
            (
                "Some residents worry that the pier will close.",
                "the pier will close",
            ),
            (
                "Many parents fear the pier will close.",
                "the pier will close",
            ),
            ("Two officials believe the ship sank.", "the ship sank"),
            ("Many voters believe it is too late.", "it is too late"),
        ] {
            assert_eq!(run(&Indirect, text)[0].0, claim, "{text}");
        }
        for text in [
            "I think the pier will close.",
            "Ann Lee believes the pier will close.",
            "One thinks the pier will close.",
            "Many residents fear for their safety on the pier.",
            "Residents think of the pier as theirs.",
            "Some think tanks praised the pier plan.",
        ] {
            assert!(run(&Indirect, text).is_empty(), "{text}");
        }
        // "reports live from the field" is where, not what.
        assert!(run(&Indirect, "Lee often reports live from the pier.").is_empty());
        // A headline's "(was) charged in" lays a charge; "charged Lee with" is a prosecutor's.
        for title in [
            "Man charged in fatal shooting outside Elmwood bar",
            "Pier worker charged with theft of fuel from the ferry",
        ] {
            let text = format!("{title}\n\nThe pier is shut.\n");
            assert!(run(&Indirect, &text).is_empty(), "{title}");
        }
        assert_eq!(
            run(&Indirect, "Prosecutors charged Lee with theft of fuel.")[0].0,
            "Lee with theft of fuel"
        );
        let found = run(&Indirect, "Lee charged that in May the pier was shut.");
        assert_eq!(found[0].0, "in May the pier was shut");
        // A cue with a name after it, after a comma, is inverted: another's attribution.
        let text = "“It is late,” said Ann Lee, the port chief, reports the Herald.";
        assert!(run(&Indirect, text).is_empty());
        // Not past a clause of the writer's, nor in an attribution inside its sentence.
        for text in [
            "Lee said, and Park agreed, he was late for the ferry.",
            "The good news, Lee said, is that as the chair, she is safe.",
        ] {
            assert!(run(&Indirect, text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_comma_inside_a_number_does_not_end_a_subordinate_clause_s_claim() {
        let found = run(
            &Indirect,
            "Harbor firms gave $40,000, while tenant groups, including the union, reported \
             giving about $12,000.",
        );
        assert_eq!(found[0].0, "giving about $12,000");
    }

    #[test]
    fn a_source_the_speaker_cites_after_that_is_in_the_claim() {
        let found = run(
            &Indirect,
            "The Ledger reported that, according to a count, the party won most seats.",
        );
        assert_eq!(
            found,
            [(
                "according to a count, the party won most seats".into(),
                Some("The Ledger".into())
            )]
        );
    }

    #[test]
    fn a_channel_issued_by_the_subject_is_not_the_speaker() {
        let found = run(
            &Indirect,
            "The Harbor Authority released a statement Wednesday saying the comments are wrong.",
        );
        assert_eq!(
            found,
            [(
                "the comments are wrong".into(),
                Some("The Harbor Authority".into())
            )]
        );
        // Nor the audience it addressed, nor what it sent after its verb.
        for text in [
            "The mayor emailed supporters saying that the pier is safe.",
            "The mayor sent a letter to donors saying that the pier is safe.",
            "The mayor sent donors a letter saying that the pier is safe.",
        ] {
            assert_eq!(
                run(&Indirect, text)[0].1.as_deref(),
                Some("The mayor"),
                "{text}"
            );
        }
        // A channel that opens the sentence speaks for its sender.
        let found = run(
            &Indirect,
            "A statement from the Harbor Authority said the comments are wrong.",
        );
        assert_eq!(
            found[0].1.as_deref(),
            Some("A statement from the Harbor Authority")
        );
    }

    #[test]
    fn a_claim_in_a_relative_clause_ends_with_it() {
        let found = run(
            &Indirect,
            "Ann Lee, who said the plan was dead, was sentenced on Monday.",
        );
        assert_eq!(
            found,
            [("the plan was dead".into(), Some("Ann Lee".into()))]
        );
        // A comma inside the claim that no verb follows stays in it.
        let found = run(
            &Indirect,
            "Ann Lee, who said costs rose in May, June and July, was sentenced.",
        );
        assert_eq!(found[0].0, "costs rose in May, June and July");
        // So does a relative clause on an appositive.
        let found = run(
            &Indirect,
            "Tom Reed, 64, a retired machinist who said the pier was unsafe, was angry.",
        );
        assert_eq!(found[0].0, "the pier was unsafe");
        // Past an adverb of time.
        let found = run(
            &Indirect,
            "Ann Lee, who said the plan was dead, later told reporters it would live.",
        );
        assert_eq!(found[0].0, "the plan was dead");
        // A clause that closes before the claim has none: the main verb's is the claim.
        let found = run(
            &Indirect,
            "Joe Ruiz, an engineer who testified after Lee, told the panel that it was unsafe.",
        );
        assert_eq!(found, [("it was unsafe".into(), Some("Joe Ruiz".into()))]);
        // With no appositive, the clause runs on to the sentence's end.
        let found = run(
            &Indirect,
            "Reed met a machinist who said the pier was unsafe, was old and had to close.",
        );
        assert_eq!(found[0].0, "the pier was unsafe, was old and had to close");
    }

    #[test]
    fn a_speaker_inside_a_question_says_nothing() {
        let text = "Reed pressed Cole on why the authority had not disclosed the overruns.";
        assert!(run(&Indirect, text).is_empty());
        let text = "Reed asked whether the mayor had said the pier was safe.";
        assert!(
            run(&Indirect, text)
                .iter()
                .all(|f| f.1.as_deref() != Some("the mayor"))
        );
        // The writer's reason is no question.
        let found = run(&Indirect, "That is why critics say the pier is unsafe.");
        assert_eq!(found[0].1.as_deref(), Some("critics"));
    }

    #[test]
    fn a_participle_right_after_its_noun_describes_it() {
        let text = "Officers responding to calls of gunfire found the men.";
        assert!(run(&Indirect, text).is_empty());
        // After "with", the noun's statement.
        let found = run(
            &Indirect,
            "The vote was held, with the mayor replying that it was safe.",
        );
        assert_eq!(found[0].0, "it was safe");
        // A participle of speech is the noun's statement: a poll's share.
        let found = run(
            &Indirect,
            "Polls show 62 percent of voters saying the pier is safe.",
        );
        assert_eq!(found[0].0, "the pier is safe");
    }

    #[test]
    fn a_cue_after_but_and_an_auxiliary_is_the_attributed_speaker_s() {
        for text in [
            "Police believe it was set, the spokeswoman said, but did not say who set it.",
            "Police believe it was set, the spokeswoman said Friday, but would not say who set it.",
        ] {
            let found = run(&Indirect, text);
            assert_eq!(
                found,
                [("who set it".into(), Some("the spokeswoman".into()))],
                "{text}"
            );
        }
    }

    #[test]
    fn a_participle_after_an_attribution_has_its_speaker() {
        for text in [
            "Lee and Park will meet next week, Ortiz said, adding that they need a talk.",
            "Lee and Park will meet next week, said Ortiz, adding that they need a talk.",
        ] {
            let found = run(&Indirect, text);
            assert_eq!(
                found,
                [("they need a talk".into(), Some("Ortiz".into()))],
                "{text}"
            );
        }
    }

    #[test]
    fn fires_on_plural_and_vague_speakers() {
        let found = run(
            &Indirect,
            "They say the operators have consistently opposed the plan.",
        );
        assert_eq!(found[0].1.as_deref(), Some("They"));
        let found = run(&Indirect, "Some say the council is pushing ahead.");
        assert_eq!(
            found[0],
            ("the council is pushing ahead".into(), Some("Some".into()))
        );
        // "said" is never a noun, so "several" before it is the subject.
        let found = run(&Indirect, "Several said the council is pushing ahead.");
        assert_eq!(found[0].1.as_deref(), Some("Several"));
        assert!(run(&Indirect, "Several claims came from the council.").is_empty());
    }

    #[test]
    fn reads_speakers_across_bridges_and_relative_clauses() {
        let found = run(
            &Indirect,
            "The governor went on to say that taxes would not rise.",
        );
        assert_eq!(found[0].1.as_deref(), Some("The governor"));
        let found = run(
            &Indirect,
            "The fishermen continue to warn that the pier is unsafe.",
        );
        assert_eq!(found[0].1.as_deref(), Some("The fishermen"));
        // A poll's comparison and an outlet are bridges too.
        let found = run(
            &Indirect,
            "Rural voters were slightly more likely to say the levy was too high.",
        );
        assert_eq!(found[0].0, "the levy was too high");
        assert_eq!(found[0].1.as_deref(), Some("Rural voters"));
        let found = run(
            &Indirect,
            "The mayor took to Twitter to say the pier is safe.",
        );
        assert_eq!(found[0].1.as_deref(), Some("The mayor"));
        let found = run(
            &Indirect,
            "The mayor declined to say whether the pier is safe.",
        );
        assert_eq!(found[0].1.as_deref(), Some("The mayor"));
        let found = run(
            &Indirect,
            "Two aides who spoke on condition of anonymity said the vote was delayed.",
        );
        assert_eq!(found[0].0, "the vote was delayed");
        assert_eq!(found[0].1.as_deref(), Some("Two aides"));
        let found = run(
            &Indirect,
            "An aide who asked not to be named said the vote was delayed.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "the vote was delayed");
        // A request for anonymity after the attribution is no second statement.
        for text in [
            "An aide said the vote was delayed, asking not to be identified.",
            "An aide said the vote was delayed, requesting anonymity.",
        ] {
            let found = run(&Indirect, text);
            assert_eq!(found.len(), 1, "{found:?}");
        }
    }

    #[test]
    fn reads_speakers_before_appositives_asides_and_determined_nouns() {
        let speaker = |text: &str| run(&Indirect, text)[0].1.clone();
        assert_eq!(
            speaker("Dana Reyes, Smith's campaign manager, said the plan would hold."),
            Some("Dana Reyes".into())
        );
        assert_eq!(
            speaker("Maria Lopez, a teacher from Austin, Texas, said the vote was close."),
            Some("Maria Lopez".into())
        );
        assert_eq!(
            speaker("Gov. Tom Reed (R-Ohio) said the budget would pass."),
            Some("Gov. Tom Reed".into())
        );
        assert_eq!(
            speaker("Another commenter said the mayor had lied."),
            Some("Another commenter".into())
        );
        assert_eq!(
            speaker("Two other aides said the talks were continuing."),
            Some("Two other aides".into())
        );
    }

    #[test]
    fn reads_speakers_past_relatives_prepositions_and_openers() {
        let speaker = |text: &str| run(&Indirect, text)[0].1.clone();
        assert_eq!(
            speaker("But groups that have endorsed him say the rules are unfair."),
            Some("groups".into())
        );
        assert_eq!(
            speaker("A spokesman for the buyer said the deal would close."),
            Some("A spokesman for the buyer".into())
        );
        assert_eq!(
            speaker("Lee however said he would welcome the talks."),
            Some("Lee".into())
        );
        assert_eq!(
            speaker("And on Tuesday, Ana Ruiz, chair of the Harbor Board, said the pier was safe."),
            Some("Ana Ruiz".into())
        );
        assert_eq!(
            speaker("One Green Party hopeful, Ana Ruiz, says she will run."),
            Some("One Green Party hopeful".into())
        );
    }

    #[test]
    fn reads_asides_plain_dashes_and_relative_antecedents() {
        let speaker = |text: &str| run(&Indirect, text)[0].1.clone();
        assert_eq!(
            speaker("Kall -- co-editor of a book on debates, a study -- said the format works."),
            Some("Kall".into())
        );
        assert_eq!(
            speaker("Rep. Ann Lee (D-Ohio), chair of the panel, said the vote would wait."),
            Some("Rep. Ann Lee".into())
        );
        assert_eq!(
            speaker("He refused to pay an architect who said the fee was fair."),
            Some("an architect".into())
        );
        let found = run(
            &Indirect,
            "The mayor has praised the plan but has said she will wait.",
        );
        assert_eq!(found[0].1.as_deref(), Some("The mayor"));
    }

    #[test]
    fn a_main_verb_after_a_comma_ends_the_claim() {
        let claims: Vec<String> = run(
            &Indirect,
            "Lee, who said he votes early, said the line was short.",
        )
        .into_iter()
        .map(|f| f.0)
        .collect();
        assert_eq!(claims, ["he votes early", "the line was short"]);
        let claims: Vec<String> = run(
            &Indirect,
            "Lee said the pier was safe, but she said the road was not.",
        )
        .into_iter()
        .map(|f| f.0)
        .collect();
        assert_eq!(claims, ["the pier was safe", "the road was not"]);
        // A new speaker's clause with an appositive ends it at its conjunction.
        let text =
            "Fans said refunds were slow, and the promoter, Bayside Live, said they were not.";
        let claims: Vec<String> = run(&Indirect, text).into_iter().map(|f| f.0).collect();
        assert_eq!(claims, ["refunds were slow", "they were not"]);
    }

    #[test]
    fn a_writer_s_label_on_the_claim_ends_it() {
        let claims =
            |text: &str| -> Vec<String> { run(&Indirect, text).into_iter().map(|f| f.0).collect() };
        assert_eq!(
            claims(
                "Lee insisted it was told “as soon as the numbers were firm,” a claim that Reed's office disputed."
            ),
            ["it was told “as soon as the numbers were firm,”"]
        );
        // The label's "that" is a relative: the cue inside the claim has no object there.
        assert_eq!(
            claims(
                "Lee insisted the port had informed the staff, an account that the union disputed."
            ),
            ["the port had informed the staff"]
        );
        // A clause dash may set the label off.
        assert_eq!(
            claims("Lee said it expected “a smooth transition” — a claim the union rejects."),
            ["it expected “a smooth transition”"]
        );
        // A label no one answers is the claim's own appositive.
        assert_eq!(
            claims("Lee said the city had filed a charge, a charge that names the mayor."),
            ["the city had filed a charge, a charge that names the mayor"]
        );
    }

    #[test]
    fn a_clause_of_time_after_the_cue_is_no_claim() {
        let claims =
            |text: &str| -> Vec<String> { run(&Indirect, text).into_iter().map(|f| f.0).collect() };
        assert!(claims("Lee told reporters as he entered the talks.").is_empty());
        assert_eq!(
            claims("Lee told reporters as he entered the talks that a deal was close."),
            ["a deal was close"]
        );
        assert_eq!(
            claims("Lee described the fire as “an intentional act.”"),
            ["the fire as “an intentional act.”"]
        );
    }

    #[test]
    fn the_claim_starts_past_the_addressee_and_manner() {
        let claim = |text: &str| run(&Indirect, text).first().map(|f| f.0.clone());
        assert_eq!(
            claim("Lee told reporters the pier would reopen."),
            Some("the pier would reopen".into())
        );
        // Past a relative clause on the addressee, however long.
        assert_eq!(
            claim(
                "I asked an official, who would speak only if not named in print or on the air, whether it was safe."
            ),
            Some("whether it was safe".into())
        );
        assert_eq!(
            claim("Lee told NBC News the pier would reopen."),
            Some("the pier would reopen".into())
        );
        for audience in ["aides", "jurors", "investigators", "MPs"] {
            assert_eq!(
                claim(&format!("Lee told {audience} the pier would reopen.")),
                Some("the pier would reopen".into()),
                "{audience}"
            );
        }
        assert_eq!(
            claim("The mayor told me she would run again."),
            Some("she would run again".into())
        );
        assert_eq!(claim("Lee said with a smile."), None);
        // A determined audience, unless "to" makes it part of the claim.
        assert_eq!(
            claim("Lee told his closest aides the pier would reopen."),
            Some("the pier would reopen".into())
        );
        assert_eq!(
            claim("Lee told a news conference the pier would reopen."),
            Some("the pier would reopen".into())
        );
        assert_eq!(
            claim("Lee told his aides to reopen the pier."),
            Some("his aides to reopen the pier".into())
        );
        // Past the time words, a comma and a clause of circumstance are no claim.
        assert_eq!(claim("Officials said Friday, as they left the hall."), None);
        // A long audience runs on to its "that"; a topic's "that" is a relative.
        assert_eq!(
            claim("Lee told a crowd in Dover, Delaware, on Monday that the pier would reopen."),
            Some("the pier would reopen".into())
        );
        assert_eq!(
            claim("Lee warned of a kind of fraud in the port office that cost the town."),
            Some("a kind of fraud in the port office that cost the town".into())
        );
        // A "that" after the infinitive is no complementizer.
        assert_eq!(
            claim("Lee urged voters to stay home that way, and many did."),
            Some("to stay home that way, and many did".into())
        );
        // A show's quoted title after the audience, with or without its "that".
        for text in [
            "Lee told CNN's \"State of the Union\" that the pier would reopen.",
            "Lee told Fox News' “Fox and Friends” on Monday that the pier would reopen.",
            "Lee told “Fox and Friends” the pier would reopen.",
        ] {
            assert_eq!(claim(text), Some("the pier would reopen".into()), "{text}");
        }
        // A quotation is no title, and a "that" before a verb is the claim's subject.
        assert_eq!(
            claim("Lee told reporters “we will win” and left."),
            Some("“we will win” and left".into())
        );
        assert_eq!(
            claim("Lee told reporters that was wrong."),
            Some("that was wrong".into())
        );
        // Nor is one past a participle that a comma opens: its clause is its own.
        let claims =
            |text: &str| -> Vec<String> { run(&Indirect, text).into_iter().map(|f| f.0).collect() };
        assert_eq!(
            claims("Lee urged a strong stand, saying that the town would lose otherwise."),
            ["a strong stand", "the town would lose otherwise"]
        );
        assert_eq!(
            claims("Lee said Monday, adding that the pier would reopen."),
            ["the pier would reopen"]
        );
    }

    #[test]
    fn a_participle_after_aside_from_ends_the_claim_before_it() {
        let found = run(
            &Indirect,
            "Lee said 20 aides have applied, but he refuses to name them, aside from saying he wants a mix.",
        );
        assert_eq!(
            found,
            [
                (
                    "20 aides have applied, but he refuses to name them".into(),
                    Some("Lee".into())
                ),
                // The new clause's pronoun speaks, not the last cue's subject.
                ("he wants a mix".into(), Some("he".into()))
            ]
        );
    }

    #[test]
    fn a_participle_after_a_claim_holding_its_speaker_has_the_subject() {
        let found = run(
            &Indirect,
            "Kim dwelt on what he said were flaws in the plan, saying that it was too costly.",
        );
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[1], ("it was too costly".into(), Some("Kim".into())));
    }

    #[test]
    fn an_adverb_may_stand_before_a_participle() {
        let found = run(
            &Indirect,
            "Ann Lee turned against the plan, eventually saying it would fail.",
        );
        assert_eq!(found, [("it would fail".into(), Some("Ann Lee".into()))]);
    }

    #[test]
    fn participles_take_the_subject_as_speaker() {
        let found = run(
            &Indirect,
            "The mayor closed the pier on Monday, saying the storm was near.",
        );
        assert_eq!(
            found,
            [("the storm was near".into(), Some("The mayor".into()))]
        );
        let found = run(
            &Indirect,
            "The mayor ended the dispute by saying the pier would reopen.",
        );
        assert_eq!(found[0].1.as_deref(), Some("The mayor"));
        // Adverbs may stand between the link and the participle.
        let found = run(
            &Indirect,
            "The mayor spoke for an hour, while also saying the pier would reopen.",
        );
        assert_eq!(found[0].1.as_deref(), Some("The mayor"));
        // Without a link or comma, a participle after an adverb has no subject's speaker.
        let found = run(
            &Indirect,
            "The mayor kept also saying the pier would reopen.",
        );
        assert!(found.iter().all(|f| f.1.as_deref() != Some("The mayor")));
        // An opening participle phrase is no subject.
        let found = run(
            &Indirect,
            "Facing sharp questions, Mr. Lee released a statement describing the pier as safe.",
        );
        assert_eq!(found[0].1.as_deref(), Some("Mr. Lee"));
        // A name set off by commas after the subject's phrase is its appositive.
        let text = "The other bidder at the table, former Mayor Ana Ruiz, drew a contrast, \
                    saying that the pier was sound.";
        let doc = crate::text::Document::parse(text);
        let cx = crate::extract::Context::new(&doc);
        let found = Indirect.extract(&cx, &Taken::default());
        let mention = found[0].mention.expect("a speaker");
        assert_eq!(mention.span.text(text), "The other bidder");
        assert_eq!(
            mention.appositive.map(|a| a.text(text)),
            Some("former Mayor Ana Ruiz")
        );
        // Nor is a capitalised preposition that opens the sentence.
        let found = run(
            &Indirect,
            "Inside the hall, Mr. Lee on Tuesday faulted the board, arguing that it was slow.",
        );
        assert_eq!(found[0].1.as_deref(), Some("Mr. Lee"));
        let found = run(
            &Indirect,
            "The mayor spoke at noon, saying, “We will rebuild.”",
        );
        assert_eq!(found[0].1.as_deref(), Some("The mayor"));
        assert!(found[0].0.contains("We will rebuild."), "{found:?}");
    }

    #[test]
    fn a_participle_s_subject_past_quotations_places_bridges_and_adverbs() {
        // The comma that sets the participle off may stand inside a closing quotation mark.
        let found = run(
            &Indirect,
            "The mayor called the levy “a disgrace,” saying the pier would close.",
        );
        assert_eq!(
            found,
            [("the pier would close".into(), Some("The mayor".into()))]
        );
        assert!(
            run(
                &Indirect,
                "The mayor called the levy “a disgrace” saying it."
            )
            .is_empty()
        );
        // Past an opening phrase with a place in it, the subject is the phrase a verb follows.
        let found = run(
            &Indirect,
            "At a rally in Ames, Iowa, on Sunday, Mayor Lee closed the pier, saying the storm was near.",
        );
        assert_eq!(found[0].1.as_deref(), Some("Mayor Lee"));
        let found = run(
            &Indirect,
            "The mayor, a Democrat, closed the pier, saying the storm was near.",
        );
        assert_eq!(found[0].1.as_deref(), Some("The mayor"));
        // A bridge in "-ing" makes a participle of the cue after it.
        let found = run(
            &Indirect,
            "Fares will rise, Lee said, going on to say that the ferry needs repairs.",
        );
        assert_eq!(
            found,
            [("the ferry needs repairs".into(), Some("Lee".into()))]
        );
        // So is "it", as a subject: "said it" names no speaker, "It attacked" does.
        let found = run(
            &Indirect,
            "Meanwhile, it attacked the port, saying fares rose.",
        );
        assert_eq!(found, [("fares rose".into(), Some("it".into()))]);
        // A determined common noun is a subject too.
        let found = run(
            &Indirect,
            "Her ex-husband agreed, but also contended that the pier was safe.",
        );
        assert_eq!(
            found,
            [("the pier was safe".into(), Some("Her ex-husband".into()))]
        );
        // The subject stands past the adverbs that open the sentence.
        let found = run(
            &Indirect,
            "And then the mayor went on the attack, saying he was right.",
        );
        assert_eq!(found, [("he was right".into(), Some("the mayor".into()))]);
    }

    #[test]
    fn reads_bare_plurals_and_postmodified_heads() {
        let speaker = |text: &str| run(&Indirect, text).first().and_then(|f| f.1.clone());
        assert_eq!(
            speaker("Security analysts say the risk is real."),
            Some("Security analysts".into())
        );
        assert_eq!(
            speaker("Activists hoping to stop the plan say they have the votes."),
            Some("Activists".into())
        );
        assert_eq!(
            speaker("The last candidate to run as an independent says the math is hard."),
            Some("The last candidate".into())
        );
        assert_eq!(speaker("It rains in the hills, officials said."), None);
    }

    #[test]
    fn and_said_finds_the_subject_past_an_opening_phrase() {
        let found = run(
            &Indirect,
            "In a statement, Gov. Ana Ruiz blasted the council and said the funds were spent.",
        );
        assert_eq!(
            found,
            [("the funds were spent".into(), Some("Gov. Ana Ruiz".into()))]
        );
        // A clause after a dash has a subject of its own.
        let found = run(
            &Indirect,
            "Lee drew his ire - he called her weak and said the funds were spent.",
        );
        assert_eq!(found, [("the funds were spent".into(), Some("he".into()))]);
    }

    #[test]
    fn an_amount_said_is_no_claim_and_its_topic_is_what_was_said_about() {
        for text in [
            "Their smiles said a lot.",
            "It is hard to say whether the pier will close.",
            "Suffice it to say the pier is old.",
            // Past a manner adverb too.
            "Lumen has said little publicly.",
        ] {
            assert!(run(&Indirect, text).is_empty(), "{text}");
        }
        for text in [
            "Lee said little about the pier plan.",
            "Lee said little publicly about the pier plan.",
        ] {
            assert_eq!(run(&Indirect, text)[0].0, "the pier plan", "{text}");
        }
        assert_eq!(
            run(&Indirect, "Lee said much of the pier was lost.")[0].0,
            "much of the pier was lost"
        );
        // An amount is a whole word: "littler" and "much-needed" are none.
        use crate::extract::claim::after_amount;
        assert_eq!(after_amount("little about it"), Some(" about it"));
        assert_eq!(after_amount("littler boats"), None);
        assert_eq!(after_amount("much-needed repairs"), None);
    }

    #[test]
    fn a_prize_claimed_is_no_claim() {
        for text in [
            "Lee claimed victory in the county on Tuesday.",
            "Ruiz claimed his third win of the night.",
        ] {
            assert!(run(&Indirect, text).is_empty(), "{text}");
        }
        for text in [
            "Lee claimed the win was fair.",
            "Lee claimed that victory was near.",
        ] {
            assert_eq!(run(&Indirect, text).len(), 1, "{text}");
        }
    }

    #[test]
    fn a_bracket_closing_after_the_cue_leaves_no_claim_after_it() {
        let text = "Her ratings (as low as 19%, Lee says) hurt the mayor.";
        assert!(run(&Indirect, text).is_empty());
    }

    #[test]
    fn but_went_on_to_say_is_the_subject_s_second_claim() {
        let found = run(
            &Indirect,
            "Ruiz said the pier is safe, but went on to say the ferry is late.",
        );
        assert_eq!(
            found,
            [
                ("the pier is safe".into(), Some("Ruiz".into())),
                ("the ferry is late".into(), Some("Ruiz".into()))
            ]
        );
    }

    #[test]
    fn and_has_said_starts_a_second_claim() {
        let found = run(
            &Indirect,
            "Ruiz describes herself as frugal and has said the funds were well spent.",
        );
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].0, "herself as frugal");
        assert_eq!(found[1].0, "the funds were well spent");
    }

    #[test]
    fn a_mixed_claim_ends_before_the_writer_s_period() {
        for (text, claim) in [
            (
                "Lee said the fee was “too high” for most riders.",
                "the fee was “too high” for most riders",
            ),
            // Inside the quotation the period is the speaker's.
            (
                "Lee said the fee was “too high.”",
                "the fee was “too high.”",
            ),
        ] {
            assert_eq!(run(&Indirect, text)[0].0, claim, "{text}");
        }
    }

    #[test]
    fn said_of_names_a_topic() {
        assert_eq!(
            run(
                &Indirect,
                "“We will win,” Lee said of the race he ran last year."
            ),
            []
        );
        for text in [
            "He has changed what he said about Harbor City since May.",
            "What the mayor said about his plan at the meeting was brief.",
        ] {
            assert_eq!(run(&Indirect, text), [], "{text}");
        }
        assert_eq!(
            run(&Indirect, "Lee said about 40 people came.")[0].0,
            "about 40 people came"
        );
        for (text, claim) in [
            (
                "Lee said of the plan that it was a waste.",
                "it was a waste",
            ),
            (
                "Half said so of Lee, and a third said that of Kim's campaign.",
                "of Kim's campaign",
            ),
        ] {
            let found = run(&Indirect, text);
            assert!(found.iter().any(|f| f.0 == claim), "{text}: {found:?}");
        }
    }

    #[test]
    fn an_as_clause_s_occasion_is_no_claim() {
        for text in [
            "The race is tied, as Cruz said on the radio program on Monday.",
            "It came from the left, as the host said in April while promoting a film.",
            "In the city - her father grew up here, as she said at the outset - all was calm.",
        ] {
            assert_eq!(run(&Indirect, text), [], "{text}");
        }
        // A claim after the occasion's comma, or with no occasion, stays.
        for (text, claim) in [
            (
                "Given that, as the Herald reported on Saturday, the pier has closed, we left.",
                "the pier has closed",
            ),
            (
                "Lee -- as the Herald noted this week -- even praised the pier.",
                "even praised the pier",
            ),
            (
                "As Lee said the pier would close, the crowd booed.",
                "the pier would close",
            ),
            (
                "The group spelled out its concerns as it commented on proposed rules.",
                "proposed rules",
            ),
        ] {
            let found = run(&Indirect, text);
            assert!(
                found.iter().any(|f| f.0.starts_with(claim)),
                "{text}: {found:?}"
            );
        }
    }

    #[test]
    fn a_cue_in_an_open_relative_clause_speaks_for_its_antecedent() {
        let speaker = |text: &str| run(&Indirect, text).last().and_then(|f| f.1.clone());
        for text in [
            "The case drew the Harbor League, which issued a statement questioning the ruling.",
            "The deal involves the Harbor Bank, which manages the debt and says it cannot pay.",
        ] {
            assert!(
                speaker(text).is_some_and(|s| s.starts_with("the Harbor")),
                "{text}"
            );
        }
        // Closed by a comma, the clause leaves the sentence's subject to speak.
        assert_eq!(
            speaker("Lee praised the Harbor League, which she chairs, and said the pier is old."),
            Some("Lee".into())
        );
        // The pronoun stands nearest the cue, as in "the Harbor Bank, which said".
        let text =
            "The deal involves the Harbor Bank, which manages the debt and says it is broke.";
        let doc = crate::text::Document::parse(text);
        let found = Indirect.extract(&Context::new(&doc), &Taken::default());
        let mention = found.last().and_then(|a| a.mention).expect("a speaker");
        assert_eq!(mention.at_cue().text(text), "which");
    }

    #[test]
    fn a_name_ending_in_ing_is_a_subject_not_a_participle() {
        let speaker = |text: &str| run(&Indirect, text).first().and_then(|f| f.1.clone());
        for text in [
            "Ebeling talked about her years there, and said the pier would close.",
            "At the door, King spoke of the city and said the pier would close.",
        ] {
            assert!(speaker(text).is_some_and(|s| s.ends_with("ing")), "{text}");
        }
        // Participles that open the sentence name nobody.
        assert_eq!(
            speaker("Walking to the door, Lee spoke of it and said the pier would close."),
            Some("Lee".into())
        );
        assert_eq!(
            speaker("Having said that, Lee stood up and said the pier would close."),
            Some("Lee".into())
        );
    }

    #[test]
    fn and_said_inside_a_subordinate_clause_takes_its_subject() {
        let speaker = |text: &str| run(&Indirect, text)[0].1.clone();
        assert_eq!(
            speaker("When Lee took the stage and said the pier would close, crowds left."),
            Some("Lee".into())
        );
        // Past the clause's comma the main clause's subject speaks.
        assert_eq!(
            speaker("When the crowd left, Lee stood and said the pier would close."),
            Some("Lee".into())
        );
    }

    #[test]
    fn the_writer_s_narration_after_a_comma_ends_the_claim() {
        let found = run(
            &Indirect,
            "Lee said the pier is safe, and he railed against the council.",
        );
        assert_eq!(found, [("the pier is safe".into(), Some("Lee".into()))]);
        // A dash may stand for the comma; a clause of the claim's own after it stays.
        let found = run(
            &Indirect,
            "Lee said the pier is safe — and he railed against the council.",
        );
        assert_eq!(found[0].0, "the pier is safe");
        // "they" narrates after "though"; after "and" it may go on with the claim.
        let found = run(
            &Indirect,
            "Officials said the pier would open soon -- though they gave no date.",
        );
        assert_eq!(found[0].0, "the pier would open soon");
        let found = run(
            &Indirect,
            "Officials said crews saw the leak, and they closed the pier.",
        );
        assert_eq!(found[0].0, "crews saw the leak, and they closed the pier");
        let found = run(
            &Indirect,
            "Lee said the pier is old — and the ferry is older.",
        );
        assert_eq!(found[0].0, "the pier is old — and the ferry is older");
        // So does the writer's time clause after a comma.
        let found = run(
            &Indirect,
            "The court said the judge restored the extra week, after voters faced long lines.",
        );
        assert_eq!(found[0].0, "the judge restored the extra week");
        // With how long after: ", a day after", ", just hours after" (not ", after all").
        for text in [
            "Lee said the pier was safe, a day after the storm hit.",
            "Lee said the pier was safe, just hours after the storm hit.",
        ] {
            assert_eq!(run(&Indirect, text)[0].0, "the pier was safe", "{text}");
        }
        let found = run(&Indirect, "Lee said the pier was safe, after all.");
        assert_eq!(found[0].0, "the pier was safe, after all");
        // And the writer's contrast.
        let found = run(
            &Indirect,
            "Lee denied that the pier was closing, even as crews were seen boarding it up.",
        );
        assert_eq!(found[0].0, "the pier was closing");
        let found = run(
            &Indirect,
            "Lee said the talks were “going well,” even as aides said they were over.",
        );
        assert_eq!(found[0].0, "the talks were “going well");
        let found = run(
            &Indirect,
            "Lee said that Kim, even as a candidate, had hurt the pier.",
        );
        assert_eq!(found[0].0, "Kim, even as a candidate, had hurt the pier");
        let found = run(
            &Indirect,
            "Lee said the pier was shut, even as a precaution, on Monday.",
        );
        assert_eq!(
            found[0].0,
            "the pier was shut, even as a precaution, on Monday"
        );
        for text in [
            "Lee said the pier is safe, after all, and open.",
            "Lee said the pier is “safe, after the repairs.”",
        ] {
            assert!(run(&Indirect, text)[0].0.contains(", after"), "{text}");
        }
        // A participle cue after a dash opens the speaker's next statement.
        for dash in ["—", "-"] {
            let text = format!("Lee says the pier is old {dash} noting that the ferry is older.");
            let found = run(&Indirect, &text);
            assert_eq!(found.len(), 2, "{text}: {found:?}");
            assert_eq!(found[0].0, "the pier is old", "{text}");
            assert_eq!(found[1], ("the ferry is older".into(), Some("Lee".into())));
        }
        // So does "although" with the speaker's pronoun, past an adverb.
        let found = run(
            &Indirect,
            "Lee claimed the pier was safe, although she again refused to show the survey.",
        );
        assert_eq!(found[0].0, "the pier was safe");
        // ", but" and a person's pronoun turns from the claim to the writer's account.
        let found = run(
            &Indirect,
            "Lee said the pier will reopen, but she has not set a date for it.",
        );
        assert_eq!(found[0].0, "the pier will reopen");
        // So does ", and" with the speaker's next act, a verb with no subject of its own.
        for text in [
            "Lee said the pier is safe, and railed against the council.",
            "Lee said the pier is safe, and has asked for a survey.",
        ] {
            assert_eq!(run(&Indirect, text)[0].0, "the pier is safe", "{text}");
        }
        // Not a past form before a noun, a modal the claim goes on with, or a list's last item.
        for text in [
            "Lee said the pier is safe, and classified files were lost.",
            "Lee said the pier is safe, and would stay open.",
            "Lee said the pier is long, wide, and has lights.",
        ] {
            assert_eq!(
                run(&Indirect, text)[0].0,
                text["Lee said ".len()..text.len() - 1],
                "{text}"
            );
        }
        // Past the words that lead to a second cue of the speaker's, and a perfect participle.
        for text in [
            "Lee said the pier is safe, but went on to say the ferry is late.",
            "Lee said the pier is safe and then said the ferry is late.",
            "Lee said the pier is safe -- having said in May that it was not.",
        ] {
            assert_eq!(run(&Indirect, text)[0].0, "the pier is safe", "{text}");
        }
        // A second verb after "and" and a time is the subject's.
        for text in [
            "Lee has freed up $2 million in city funds to fix the pier and on Monday announced that it will reopen.",
            "Lee has freed up city funds but last week said that the pier will reopen.",
            "Lee has met tenants and owners but last week said that the pier will reopen.",
            // A preposition is no modifier of a name after it.
            "But Lee, making it clear that safety came first, stood beside Ruiz's successor, \
             Ann Cole, and said that the pier will reopen.",
        ] {
            let found = run(&Indirect, text);
            assert_eq!(found[0].1.as_deref(), Some("Lee"), "{text}");
        }
        // Others doing something is still the claim's.
        let found = run(
            &Indirect,
            "Lee said officers saw the car, and they ordered it to stop.",
        );
        assert_eq!(
            found[0].0,
            "officers saw the car, and they ordered it to stop"
        );
    }

    #[test]
    fn a_clause_with_its_own_attribution_ends_the_claim_at_its_comma() {
        for (text, claim) in [
            (
                "Lee said he was tied for second, in a race that he said defied the polls.",
                "he was tied for second",
            ),
            (
                "Lee said the pier was safe, which he declared “plain fact.”",
                "the pier was safe",
            ),
            (
                "Lee said most riders would pay, while only a third of drivers say the same.",
                "most riders would pay",
            ),
            (
                "One in four said the fare was unfair, about the same number who said it was fair.",
                "the fare was unfair",
            ),
            (
                "Lee insisted the pier was safe, even as two aides privately conceded it was not.",
                "the pier was safe",
            ),
        ] {
            assert_eq!(run(&Indirect, text)[0].0, claim, "{text}");
        }
        // A subject that the claim goes on from keeps its clause.
        let found = run(
            &Indirect,
            "Lee said the new plan, which critics have called weak, would pass.",
        );
        assert_eq!(
            found[0].0,
            "the new plan, which critics have called weak, would pass"
        );
    }

    #[test]
    fn what_the_speaker_did_next_ends_the_claim() {
        for text in [
            "Lee said the ferry had paid its way but declined to give figures.",
            "Lee said the ferry had paid its way, and then took issue with the audit.",
            "Lee said the ferry had paid its way and praised the crew.",
            "Lee says the ferry had paid its way and calls it a model.",
            "Lee said the ferry had paid its way, calling it a model.",
            "Lee said the ferry had paid its way, but Democrats want an audit.",
        ] {
            let found = run(&Indirect, text);
            assert_eq!(found[0].0, "the ferry had paid its way", "{text}");
        }
        // A word that only begins like an act ("callers") goes on with the claim.
        let found = run(&Indirect, "Lee said the line was busy and callers waited.");
        assert_eq!(found[0].0, "the line was busy and callers waited");
        // "but" and a capital goes on with the claim when no comma sets it off.
        let found = run(&Indirect, "Lee said the ferry paid but Ruiz's bus did not.");
        assert_eq!(found[0].0, "the ferry paid but Ruiz's bus did not");
        // What was written is no claim the participle ends.
        let found = run(
            &Indirect,
            "Lee wrote a letter to the board, calling it a model.",
        );
        assert_eq!(found[0].0, "a letter to the board, calling it a model");
        // A report told by its content is a claim the participle ends.
        let found = run(
            &Indirect,
            "Lee denied a report that the ferry would close, calling it false.",
        );
        assert_eq!(found[0].0, "a report that the ferry would close");
    }

    #[test]
    fn a_title_s_second_clause_after_as_ends_the_claim() {
        let found = run(
            &Indirect,
            "Lee Denies Pier Sale As Harbor Crews Pack Up\n\nIt rained.",
        );
        assert_eq!(found[0].0, "Pier Sale");
        let found = run(
            &Indirect,
            "Lee Vows Action In First Days As Mayor\n\nIt rained.",
        );
        assert_eq!(found[0].0, "Action In First Days As Mayor");
        // In the body, "as" goes on with the claim.
        let found = run(
            &Indirect,
            "A title\n\nLee said the sale goes ahead as Kim Ruiz hoped.",
        );
        assert_eq!(found[0].0, "the sale goes ahead as Kim Ruiz hoped");
    }

    #[test]
    fn the_writer_s_summing_up_after_a_comma_ends_the_claim() {
        for text in [
            "Lee said some rivals are weak on the pier, an apparent reference to Kim.",
            "Lee said some rivals are weak on the pier, a swipe at the council.",
            "Lee said some rivals are weak on the pier, an acknowledgment that aides had noted.",
        ] {
            let found = run(&Indirect, text);
            assert_eq!(found[0].0, "some rivals are weak on the pier", "{text}");
        }
        let found = run(
            &Indirect,
            "Lee said some rivals were “far too quiet,” an apparent reference to Kim.",
        );
        assert_eq!(found[0].0, "some rivals were “far too quiet,”");
        // An appositive of the claim's own goes on with it.
        let found = run(
            &Indirect,
            "Lee said the plan was a long shot, a shot in the dark.",
        );
        assert_eq!(found[0].0, "the plan was a long shot, a shot in the dark");
    }

    #[test]
    fn past_a_circumstance_the_claim_opens_at_its_subject_or_not_at_all() {
        let found = run(&Indirect, "Lee said after the vote he would resign.");
        assert_eq!(found, [("he would resign".into(), Some("Lee".into()))]);
        let found = run(
            &Indirect,
            "Lee said during a tour of the pier, that it would close.",
        );
        assert_eq!(found[0].0, "it would close");
        assert!(
            run(
                &Indirect,
                "It is a town, as Lee said after she toured the pier."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_participle_after_when_is_the_writer_s_circumstance() {
        for text in [
            "Lee declined to comment when contacted by this newspaper.",
            "Lee said when asked about the pier.",
            "Lee told reporters after meeting the envoy.",
            // A topic verb with no topic says nothing.
            "Lee declined to comment because the case is pending.",
        ] {
            assert!(claims(text).is_empty(), "{text}");
        }
        assert_eq!(
            claims("Lee said when asked about the pier that it would close."),
            ["it would close"]
        );
        assert_eq!(
            claims("Lee said after winning the vote, she would close the pier."),
            ["she would close the pier"]
        );
        assert_eq!(
            claims("Lee told Congress when asked about the pier: \"It will close.\""),
            ["\"It will close.\""]
        );
        // The speaker's own condition stays in the claim.
        assert_eq!(
            claims("Lee said if elected she would close the pier."),
            ["if elected she would close the pier"]
        );
        assert_eq!(
            claims("Lee said when the talks resume, the pier will open."),
            ["when the talks resume, the pier will open"]
        );
        assert_eq!(
            claims("Lee told aides when she arrived, adding that the pier was shut."),
            ["the pier was shut"]
        );
        assert_eq!(
            claims("Lee said when she announced it, the pier will open."),
            ["the pier will open", "it"]
        );
        assert_eq!(claims("Lee declined to comment on the pier."), ["the pier"]);
    }

    #[test]
    fn the_writer_s_circumstance_after_the_cue_s_time_is_no_claim() {
        for text in [
            "Lee insisted on Friday, despite reports that a deal was close.",
            "Lee said on Monday, amid reports that the pier was shut.",
            "Lee said at the port, despite reports that a deal was close.",
        ] {
            assert!(claims(text).is_empty(), "{text}");
        }
        assert_eq!(
            claims("Lee said on Monday, the pier will open."),
            ["the pier will open"]
        );
        // After the claim, a contrast with what others said.
        assert_eq!(
            claims("Lee said the pier will open, despite reports that it is unsafe."),
            ["the pier will open"]
        );
        assert_eq!(
            claims("Lee said the pier will open, despite the rain."),
            ["the pier will open, despite the rain"]
        );
    }

    #[test]
    fn an_occasion_s_participle_goes_on_to_its_that() {
        assert_eq!(
            claims("Lee said in a statement released by her office that the pier would reopen."),
            ["the pier would reopen"]
        );
        assert!(claims("Lee said in a statement posted on her website.").is_empty());
        assert_eq!(
            claims("Lee said in a statement released by the port the audit was late."),
            ["the audit was late"]
        );
    }

    #[test]
    fn a_second_clause_whose_verb_says_nothing_stays_in_the_claim() {
        assert_eq!(
            claims(
                "Aides said Ruiz wanted to leave, and that the two had argued loudly at practice."
            ),
            ["Ruiz wanted to leave, and that the two had argued loudly at practice"]
        );
        // One whose verb says something starts its own claim.
        assert_eq!(
            claims("Aides said Ruiz wanted to leave, but the coach said he would stay."),
            ["Ruiz wanted to leave", "he would stay"]
        );
    }

    #[test]
    fn the_occasion_of_speaking_is_no_part_of_the_claim() {
        for text in [
            "Lee said the talks would resume, speaking through an interpreter.",
            "Lee said the talks would resume, speaking to reporters in Geneva.",
        ] {
            assert_eq!(claims(text), ["the talks would resume"], "{text}");
        }
    }

    #[test]
    fn a_denial_s_object_may_be_an_account() {
        assert_eq!(
            claims("Lee dismissed reports of a rift with the crew."),
            ["reports of a rift with the crew"]
        );
        assert_eq!(claims("Lee rejected the allegations."), ["the allegations"]);
        // Not a thing that is no account.
        assert!(claims("Lee rejected the plan.").is_empty());
        assert!(claims("Lee dismissed the idea.").is_empty());
    }

    #[test]
    fn a_verb_s_particle_is_no_part_of_the_claim() {
        assert_eq!(
            claims("Lee tweeted out the mayor's praise of the pier."),
            ["the mayor's praise of the pier"]
        );
        assert_eq!(
            claims("Lee pointed out that the pier was shut."),
            ["the pier was shut"]
        );
    }

    #[test]
    fn an_accusation_takes_its_object_and_what_it_is_of() {
        assert_eq!(
            claims("Ruiz accused the mayor of hiding the pier report."),
            ["the mayor of hiding the pier report"]
        );
        for text in [
            "Ruiz accused the mayor.",
            "Ruiz was accused of lying about the pier.",
            "The man accused of buying two of the guns stays in jail.",
            "Ruiz accused the mayor, who runs the pier, of lying.",
            // In a relative clause it describes the speaker.
            "A woman who has accused the mayor of fraud spoke on Sunday.",
        ] {
            assert!(claims(text).is_empty(), "{text}");
        }
        // So does a charge: its object and "with", or "that".
        assert_eq!(
            claims("Prosecutors charged Ruiz with arson."),
            ["Ruiz with arson"]
        );
        assert_eq!(
            claims("Critics charged that the pier was unsafe."),
            ["the pier was unsafe"]
        );
        for text in [
            "Ruiz was charged after the pier fire.",
            // A headline's passive has no auxiliary.
            "Man charged after pier fire",
            "Whatever the owner charged the tenants was too much.",
        ] {
            assert!(claims(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn names_may_qualify_the_audience_noun() {
        assert!(
            run(
                &Indirect,
                "It will close, Lee told a Senate panel Wednesday."
            )
            .is_empty()
        );
        let found = run(&Indirect, "Lee told a CNN reporter the pier would close.");
        assert_eq!(found, [("the pier would close".into(), Some("Lee".into()))]);
        // A broadcast is an audience too.
        let found = run(
            &Indirect,
            "Lee told the Morning Report show the pier would close.",
        );
        assert_eq!(found[0].0, "the pier would close");
    }

    #[test]
    fn then_said_after_a_comma_takes_the_subject() {
        let found = run(&Indirect, "Lee toured the pier, then said it would close.");
        assert_eq!(found, [("it would close".into(), Some("Lee".into()))]);
        // "then" without a comma before it is no coordinator of the cue.
        assert!(run(&Indirect, "If it rains then said plans will change.").is_empty());
    }

    #[test]
    fn a_participle_s_subject_after_with_or_past_a_time_phrase() {
        let speaker = |text: &str| run(&Indirect, text)[0].1.clone();
        assert_eq!(
            speaker("The vote split the party, with Sen. Ann Lee telling reporters it failed."),
            Some("Sen. Ann Lee".into())
        );
        assert_eq!(
            speaker("But a few days later, Lee reversed herself, telling CBS the pier was safe."),
            Some("Lee".into())
        );
        assert_eq!(
            speaker("A few minutes later they left the room and said the pier was safe."),
            Some("they".into())
        );
        assert_eq!(
            speaker("The crowd cheered when Lee spotted a sign and said the pier was safe."),
            Some("Lee".into())
        );
    }

    #[test]
    fn a_pro_form_before_a_comma_is_the_whole_claim() {
        let found = run(
            &Indirect,
            "Half of the voters said so, and most of them left.",
        );
        assert_eq!(found[0].0, "so");
    }

    #[test]
    fn on_is_a_time_word_only_before_one() {
        let claim = |text: &str| run(&Indirect, text).first().map(|f| f.0.clone());
        assert_eq!(
            claim("Lee said on Monday the pier would reopen."),
            Some("the pier would reopen".into())
        );
        assert_eq!(claim("Lee said on WLKV’s morning show."), None);
        // A participle after the occasion starts another statement, not this one's claim.
        let found = run(
            &Indirect,
            "Lee said Tuesday in Lakeside, noting the council’s vote.",
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, "the council’s vote");
        // So does one that tells how it was said; what a reply does is the reply.
        assert_eq!(claim("Lee said in a note, not counting the ferry."), None);
        assert_eq!(claim("Lee said in a note, excluding the ferry."), None);
        assert_eq!(
            claim("Lee responded on Twitter, calling the plan a disgrace."),
            Some("calling the plan a disgrace".into())
        );
        assert_eq!(
            claim("Lee said on Monday, raising fares would hurt riders."),
            Some("raising fares would hurt riders".into())
        );
    }

    #[test]
    fn the_claim_starts_past_the_occasion() {
        let claim = |text: &str| run(&Indirect, text).first().map(|f| f.0.clone());
        assert_eq!(
            claim("The mayor said in a statement Monday the pier would reopen."),
            Some("the pier would reopen".into())
        );
        assert_eq!(
            claim("Kim wrote on Twitter that the vote was close."),
            Some("the vote was close".into())
        );
        assert_eq!(
            claim("Lee said: the plan is dead."),
            Some("the plan is dead".into())
        );
    }

    #[test]
    fn a_that_after_a_determined_noun_is_a_relative_pronoun() {
        let claim = |text: &str| run(&Indirect, text).first().map(|f| f.0.clone());
        assert_eq!(
            claim("Ortiz said the parts of the pier that were hit will be rebuilt."),
            Some("the parts of the pier that were hit will be rebuilt".into())
        );
        // Time words and addressees still stand before the "that" of the claim.
        assert_eq!(
            claim("Ortiz said this week that the pier will be rebuilt."),
            Some("the pier will be rebuilt".into())
        );
        assert_eq!(
            claim("Ortiz told the crowd that the pier will be rebuilt."),
            Some("the pier will be rebuilt".into())
        );
    }

    #[test]
    fn a_claim_that_opens_a_quotation_runs_to_its_close() {
        let claim = |text: &str| run(&Indirect, text).first().map(|f| f.0.clone());
        assert_eq!(
            claim("Lee said the pier “is done. We need a new one” and left."),
            Some("the pier “is done. We need a new one”".into())
        );
        // Not when the quotation has an attribution of its own.
        assert_eq!(
            claim("Lee described the pier as “grim. . . . It hurts,” she said."),
            Some("the pier as “grim. . . .".into())
        );
        // Nor into a quotation that opens after the claim.
        assert_eq!(
            claim("Lee said the pier is “weak,” but she gave it praise: “It stands. It works.”"),
            Some("the pier is “weak,”".into())
        );
    }

    #[test]
    fn a_headlines_second_verb_ends_the_claim() {
        let claim = |text: &str| run(&Indirect, text).first().map(|f| f.0.clone());
        assert_eq!(
            claim("Lee Says Pier Is Safe, Vows Repairs by June"),
            Some("Pier Is Safe".into())
        );
        // A capitalised word that is no verb goes on with the claim.
        assert_eq!(
            claim("Lee Says Pier Is Safe, Repairs Done"),
            Some("Pier Is Safe, Repairs Done".into())
        );
    }

    #[test]
    fn a_participle_in_an_aside_before_the_main_verb_has_no_claim() {
        for text in [
            "Lee, responding to critics, said the pier is safe.",
            "Lee, writing in the Herald, argued that the pier is safe.",
        ] {
            assert_eq!(
                run(&Indirect, text),
                [("the pier is safe".into(), Some("Lee".into()))],
                "{text}"
            );
        }
        // A participle after the main clause has its own.
        let found = run(&Indirect, "Lee praised the crew, saying the pier is safe.");
        assert_eq!(found[0].0, "the pier is safe");
    }

    #[test]
    fn where_or_to_whom_a_speaker_wrote_is_no_claim() {
        for text in [
            "Lee wrote to riders.",
            "Lee is writing for the Herald.",
            "Lee would not comment for this story.",
        ] {
            assert!(run(&Indirect, text).is_empty(), "{text}");
        }
        // A clause after the preposition is one.
        let found = run(&Indirect, "Lee wrote to say the pier is safe.");
        assert_eq!(found[0].0, "to say the pier is safe");
    }

    #[test]
    fn does_not_fire_on_nouns_or_passives() {
        assert!(run(&Indirect, "The claims were false and nobody believed them.").is_empty());
        assert!(run(&Indirect, "He is said to have left the country.").is_empty());
        assert!(run(&Indirect, "The United States opposes it.").is_empty());
        // Adverbs may stand between the auxiliary and the participle.
        assert!(run(&Indirect, "Such claims are easily refuted by the record.").is_empty());
        assert!(
            run(
                &Indirect,
                "It was not widely reported that the pier closed."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_rejection_takes_the_claim_after_its_that() {
        for text in [
            "Lee rejected claims that the pier was unsafe.",
            "Lee disputed reports that the pier was unsafe.",
            "Lee dismissed suggestions that the pier was unsafe.",
        ] {
            let found = run(&Indirect, text);
            assert_eq!(
                found,
                [("the pier was unsafe".into(), Some("Lee".into()))],
                "{text}"
            );
        }
        // Denying someone something withholds it, and denying what was asked refuses it:
        // no claim is denied.
        for text in [
            "The board denied them permits until the work was done.",
            "The delegates may deny Ann Lee the nomination.",
            "Judge Ann Park denied a defense motion to move the trial.",
            "The court denied bail.",
        ] {
            assert!(run(&Indirect, text).is_empty(), "{text}");
        }
        for (text, claim) in [
            ("Lee denied her role in the deal.", "her role in the deal"),
            (
                "Lee denied Park's account of the deal.",
                "Park's account of the deal",
            ),
            // What follows "that" is a claim, whatever it names.
            (
                "Lee denied that the motion had passed.",
                "the motion had passed",
            ),
        ] {
            assert_eq!(run(&Indirect, text)[0].0, claim, "{text}");
        }
        // Without "that" the object is a thing, not something said; and "that" before a
        // noun for something said is its determiner.
        for text in [
            "The judge dismissed the case.",
            "Voters rejected the levy in May.",
            "The court rejected that argument in a ruling released Thursday.",
        ] {
            assert!(run(&Indirect, text).is_empty(), "{text}");
        }
    }
}

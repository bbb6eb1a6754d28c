//! Speakers the article names only after it has spoken of them: a lede that holds the
//! name back ("A former city treasurer testified ..."), a definite role named a paragraph on
//! ("the United Nations envoy said ..." ... "envoy Lars Holm told reporters"), a headline's
//! bare role ("Envoy says ...").

use super::super::mention::is_name_word;
use super::{Speaker, SpeakerKind, agree, next_paragraph_at_most, role_head};
use crate::lexicon::lexicon;
use crate::span::{Span, floor_boundary};
use crate::text::tokens::tokens;

/// Merges each speaker that the article names later into the person it names.
pub(super) fn merge_named_later(
    source: &str,
    body: usize,
    speakers: &mut Vec<Speaker>,
    assigned: &mut [Option<usize>],
) {
    if let Some((unnamed, named)) = identified_after_lede(source, body, speakers) {
        merge_into(speakers, assigned, unnamed, named);
    }
    // Each merge leaves one speaker fewer: this ends.
    while let Some((unnamed, named)) = named_by_role_later(source, body, speakers) {
        merge_into(speakers, assigned, unnamed, named);
    }
}

/// "A former city treasurer testified Tuesday that ..." and, in the next paragraph, "Ann
/// Lee, who served as treasurer, told jurors ...": a lede that holds the name back. The
/// unnamed speaker of the lede is the first person named after it, if that person is named
/// in the next paragraph with the lede's role beside the name. An unnamed source (an
/// official, an aide) or one that asked for anonymity stays unnamed.
fn identified_after_lede(
    source: &str,
    body: usize,
    speakers: &[Speaker],
) -> Option<(usize, usize)> {
    let lex = lexicon();
    let (unnamed, speaker) = speakers.iter().enumerate().find(|(_, s)| {
        let first = s.mentions[0];
        let in_lede = source
            .get(body..first.start)
            .is_some_and(|before| !before.trim_start().contains('\n'));
        let name = s.name.to_lowercase();
        s.kind == SpeakerKind::Anonymous
            && in_lede
            && !s.anonymity_clause
            && !s.plural
            && (name.starts_with("a ") || name.starts_with("an "))
    })?;
    let first = speaker.mentions[0];
    let role = speaker.name.rsplit(' ').next()?.to_lowercase();
    if lex.anonymous_heads.contains(&*role) {
        return None;
    }
    // The first person named after the lede, before any other.
    let (named, person) = speakers
        .iter()
        .enumerate()
        .filter(|(_, s)| s.kind == SpeakerKind::Named && s.name_words.len() >= 2)
        .filter(|(_, s)| s.mentions[0].start > first.end)
        .min_by_key(|(_, s)| s.mentions[0].start)?;
    let at = person.mentions[0];
    let paragraph_start = source[..at.start].rfind('\n').map_or(0, |i| i + 1);
    let paragraph_end = source[at.end..]
        .find('\n')
        .map_or(source.len(), |i| at.end + i);
    let near = &source[paragraph_start.max(floor_boundary(source, at.start.saturating_sub(60)))
        ..floor_boundary(source, (at.end + 100).min(paragraph_end))];
    let next_paragraph = next_paragraph_at_most(&source[first.end..at.start]);
    // As a title too: "Officer Ann Lee" after "A police officer".
    let role_beside = near
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w.eq_ignore_ascii_case(&role));
    (next_paragraph && agree(speaker.gender, person.gender) && role_beside)
        .then_some((unnamed, named))
}

/// Merges speaker `from` into speaker `into`: its mentions and statements become the
/// other's.
fn merge_into(
    speakers: &mut Vec<Speaker>,
    assigned: &mut [Option<usize>],
    from: usize,
    into: usize,
) {
    let merged = speakers.remove(from);
    let into = if into > from { into - 1 } else { into };
    let target = &mut speakers[into];
    target.mentions.extend(merged.mentions);
    target.mentions.sort_by_key(|m| m.start);
    for key in merged.mention_keys {
        if !target.mention_keys.contains(&key) {
            target.mention_keys.push(key);
        }
    }
    target.gender = target.gender.or(merged.gender);
    target.affiliation = target.affiliation.take().or(merged.affiliation);
    for index in assigned.iter_mut().flatten() {
        if *index == from {
            *index = into;
        } else if *index > from {
            *index -= 1;
        }
    }
}

/// How many paragraphs on a definite role's person may be named.
const ROLE_NAMED_WITHIN: usize = 2;

/// "the United Nations envoy said ..." and, within two paragraphs, "envoy Lars Holm told
/// reporters": a definite role no one named before is the one person the article names with
/// that role after it; a headline's role ("Envoy says ...") is, wherever the body names
/// that person. Not when two people hold the role, nor when their affiliations differ.
fn named_by_role_later(source: &str, body: usize, speakers: &[Speaker]) -> Option<(usize, usize)> {
    speakers.iter().enumerate().find_map(|(unnamed, speaker)| {
        let first = *speaker.mentions.first()?;
        if speaker.kind != SpeakerKind::Named
            || !speaker.name_words.is_empty()
            || speaker.plural
            || speaker.anonymity_clause
            || speaker.role.is_none()
        {
            return None;
        }
        let headline = first.end <= body;
        let opens = |article: &str| {
            speaker
                .name
                .get(..article.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(article))
        };
        let definite = opens("the ") || headline && !opens("a ") && !opens("an ");
        if !definite || !headline && person_named_just_before(source, body, first.start) {
            return None;
        }
        let role = role_key(speaker.role.as_deref()?);
        let mut holders = speakers.iter().enumerate().filter(|(_, s)| {
            s.kind == SpeakerKind::Named
                && s.name_words.len() >= 2
                && s.role.as_deref().is_some_and(|r| role_key(r) == role)
        });
        let (named, person) = holders.next()?;
        if holders.next().is_some() {
            return None;
        }
        // Its first mention in the body (a headline's role may be merged into it already).
        let at = *person.mentions.iter().find(|m| m.start >= body)?;
        let near = headline
            || source
                .get(first.end..at.start)
                .is_some_and(|between| paragraphs_begun(between) <= ROLE_NAMED_WITHIN);
        let same_affiliation = match (&speaker.affiliation, &person.affiliation) {
            (Some(a), Some(b)) => a.eq_ignore_ascii_case(b),
            _ => true,
        };
        (at.start > first.end && near && same_affiliation && agree(speaker.gender, person.gender))
            .then_some((unnamed, named))
    })
}

/// Whether a personal name stands in the paragraph of `at`, before it, or in the paragraph
/// before that: "Dana Cole stressed harbor issues. The Iowa senator told reporters" speaks
/// of Cole again, not of a senator named later.
fn person_named_just_before(source: &str, body: usize, at: usize) -> bool {
    // The start of the line holding `end`, or of the last line with words before it.
    let line_start = |end: usize, lead: &str| {
        let from = body.min(end);
        lead.rfind('\n').map_or(from, |i| from + i + 1)
    };
    let own = line_start(at, &source[body.min(at)..at]);
    let from = line_start(own, source[body.min(own)..own].trim_end());
    tokens(source, Span::new(from, at)).windows(2).any(|pair| {
        is_name_word(&pair[0])
            && is_name_word(&pair[1])
            && source[pair[0].span.end..pair[1].span.start]
                .bytes()
                .all(|b| b == b' ')
    })
}

/// A role for comparison: lower case, its head as `role_head` gives it ("presidential
/// spokesman" and "presidential spokesperson" are one), a title with "of" as written.
fn role_key(role: &str) -> String {
    let lower = role.to_lowercase();
    match lower.rsplit_once(' ') {
        Some((modifiers, _)) if !lower.contains(" of ") => {
            format!("{modifiers} {}", role_head(role))
        }
        Some(_) => lower,
        None => role_head(role),
    }
}

/// How many paragraphs begin within `between`.
fn paragraphs_begun(between: &str) -> usize {
    between
        .split('\n')
        .skip(1)
        .filter(|line| !line.trim().is_empty())
        .count()
}

#[cfg(test)]
mod tests {
    use super::super::tests::{bare_mentions, resolve_all};
    use super::*;

    #[test]
    fn a_lede_that_holds_the_name_back_is_the_person_named_next() {
        let lede = "A former harbor treasurer testified that the fund was raided.";
        let named = |second: &str, phrases: &[&str]| {
            let source = format!("{lede}\n\n{second}");
            let (speakers, assigned) = resolve_all(&source, phrases);
            (speakers.len(), assigned[0] == assigned[1], speakers[0].kind)
        };
        let told = "Ann Lee, who served as treasurer until 2021, told jurors she had warned them.";
        assert_eq!(
            named(told, &["A former harbor treasurer", "Ann Lee"]),
            (1, true, SpeakerKind::Named)
        );
        // A title before the name is the role beside it.
        let titled = "Treasurer Ann Lee told jurors she had warned them.";
        assert_eq!(
            named(titled, &["A former harbor treasurer", "Treasurer Ann Lee"]),
            (1, true, SpeakerKind::Named)
        );
        // Not without the role beside the name, nor an unnamed source.
        let other = "Ann Lee, a council member, told jurors she had warned them.";
        assert_eq!(
            named(other, &["A former harbor treasurer", "Ann Lee"]),
            (2, false, SpeakerKind::Anonymous)
        );
        let source = "A harbor official said it.\n\nAnn Lee, a harbor official, told jurors so.";
        let (speakers, _) = resolve_all(source, &["A harbor official", "Ann Lee"]);
        assert_eq!(speakers.len(), 2);
        // Nor a name two paragraphs on.
        let source = format!("{lede}\n\nThe fund is old.\n\n{told}");
        let (speakers, _) = resolve_all(&source, &["A former harbor treasurer", "Ann Lee"]);
        assert_eq!(speakers.len(), 2);
    }

    #[test]
    fn a_definite_role_is_the_one_person_named_with_it_after() {
        let lede = "GENEVA - Talks will resume, the United Nations envoy said on Tuesday.";
        let merged = |second: &str, phrases: &[&str]| {
            let source = format!("{lede}\n\n{second}");
            let (speakers, assigned) = resolve_all(&source, phrases);
            assigned[0] == assigned[1] && speakers[assigned[0].unwrap()].name == "Lars Holm"
        };
        let named = "\"They are ready,\" envoy Lars Holm told reporters.";
        assert!(merged(
            named,
            &["the United Nations envoy", "envoy Lars Holm"]
        ));
        // The name may come two paragraphs on, not three.
        let later = format!("Diplomats met.\n\n{named}");
        assert!(merged(
            &later,
            &["the United Nations envoy", "envoy Lars Holm"]
        ));
        let too_late = format!("Diplomats met.\n\nThey ate.\n\n{named}");
        assert!(!merged(
            &too_late,
            &["the United Nations envoy", "envoy Lars Holm"]
        ));
        // Not another role ("deputy envoy"), nor one of two envoys, nor another body's.
        let deputy = "\"They are ready,\" deputy envoy Lars Holm told reporters.";
        assert!(!merged(
            deputy,
            &["the United Nations envoy", "deputy envoy Lars Holm"]
        ));
        let two = format!("{named} Envoy Ann Lee agreed.");
        assert!(!merged(
            &two,
            &[
                "the United Nations envoy",
                "envoy Lars Holm",
                "Envoy Ann Lee"
            ]
        ));
        let other = "\"They are ready,\" European Union envoy Lars Holm told reporters.";
        let phrases = ["the United Nations envoy", "European Union envoy Lars Holm"];
        assert!(!merged(other, &phrases));
    }

    #[test]
    fn a_definite_role_after_a_person_named_speaks_of_that_person() {
        // "The Iowa senator" is Dana Cole, met just before, not the senator named next.
        let source = "Dana Cole stressed harbor issues.\n\nThe Iowa senator told \
                      reporters he felt good.\n\nSen. Joe Ruiz said the polls were off.";
        let (_, assigned) = resolve_all(source, &["The Iowa senator", "Sen. Joe Ruiz"]);
        assert_ne!(assigned[0], assigned[1]);
        // A person named two paragraphs before is no longer spoken of.
        let source = "Dana Cole stressed harbor issues.\n\nThe fund is old.\n\nThe Iowa \
                      senator told reporters he felt good.\n\nSen. Joe Ruiz said so.";
        let (_, assigned) = resolve_all(source, &["The Iowa senator", "Sen. Joe Ruiz"]);
        assert_eq!(assigned[0], assigned[1]);
    }

    #[test]
    fn a_headline_role_is_the_person_the_body_names_with_it() {
        let source = "Coach explains decision to retire\n\nLongtime football coach Ray Dunmore \
                      announced his retirement on Friday.";
        let mentions = bare_mentions(source, &["Coach", "Longtime football coach Ray Dunmore"]);
        let body = source.find("Longtime").unwrap();
        let (speakers, assigned) = super::super::resolve(source, body, &mentions);
        assert_eq!(speakers.len(), 1);
        assert_eq!(assigned, [Some(0), Some(0)]);
        assert_eq!(speakers[0].name, "Ray Dunmore");
    }
}

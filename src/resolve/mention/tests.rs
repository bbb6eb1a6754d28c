use super::*;

fn mention_before(text: &str, cue: &str) -> Option<String> {
    let at = text.find(cue).unwrap();
    before(text, 0, Span::new(at, at + cue.len())).map(|m| m.span.text(text).to_string())
}

/// Asserts the speaker phrase before each text's last word, its cue.
fn assert_speakers_before<'a>(cases: impl IntoIterator<Item = (&'a str, Option<&'a str>)>) {
    for (text, speaker) in cases {
        let cue = text.rsplit(' ').next().unwrap();
        assert_eq!(mention_before(text, cue).as_deref(), speaker, "{text}");
    }
}

#[test]
fn a_determined_noun_is_a_speaker_only_as_a_subject() {
    assert_eq!(
        mention_before("Another commenter said so.", "said").as_deref(),
        Some("Another commenter")
    );
    assert_eq!(
        mention_before("It rose, and the longtime tenants said so.", "said").as_deref(),
        Some("the longtime tenants")
    );
    assert_eq!(
        mention_before("Prices rose in a few markets said to", "said"),
        None
    );
}

#[test]
fn a_determined_phrase_may_open_a_subordinate_clause() {
    assert_speakers_before([
        (
            "Lee left when a glassblower suggested",
            Some("a glassblower"),
        ),
        (
            "The idea grew after several glassblowers suggested",
            Some("several glassblowers"),
        ),
        (
            "The last candidate to run as an independent suggested",
            Some("The last candidate"),
        ),
        // A lone determiner after the conjunction is no subject: "After all".
        ("The Fed, after all suggested", None),
    ]);
}

/// The mention before the last `cue` in `text`.
fn mention_at(text: &str, cue: &str) -> Mention {
    let at = text.rfind(cue).unwrap();
    before(text, 0, Span::new(at, at + cue.len())).unwrap()
}

fn mention_after(text: &str, cue: &str) -> Option<String> {
    let at = text.find(cue).unwrap();
    after(text, Span::new(at, at + cue.len()), text.len()).map(|m| m.span.text(text).to_string())
}

#[test]
fn a_past_participle_post_modifies_the_speaker() {
    for (text, speaker) in [
        ("A lawsuit filed Monday says", "A lawsuit"),
        ("A report released by the port on Friday said", "A report"),
        ("A suit filed in federal court says", "A suit"),
        ("A suit filed Monday in county court says", "A suit"),
        ("Voters polled by the Ledger said", "Voters"),
    ] {
        let cue = text.rsplit(' ').next().unwrap();
        assert_eq!(
            mention_before(text, cue).as_deref(),
            Some(speaker),
            "{text}"
        );
    }
    // After "be" or "have" it is a verb, not a post-modifier.
    assert_eq!(mention_before("I'm thrilled to announce", "announce"), None);
}

#[test]
fn some_past_forms_are_adjectives_before_a_title() {
    assert_eq!(
        mention_before("”, retired harbor chief Ana Ruiz said", "said").as_deref(),
        Some("retired harbor chief Ana Ruiz")
    );
    assert_eq!(
        mention_before("Undecided voters said", "said").as_deref(),
        Some("Undecided voters")
    );
}

#[test]
fn a_manner_adverb_stands_between_speaker_and_cue() {
    assert_eq!(
        mention_before("Mayor Ana Ruiz boldly suggested", "suggested").as_deref(),
        Some("Mayor Ana Ruiz")
    );
    // A noun in "-ly" is no adverb.
    assert_eq!(
        mention_before("The Ruiz family said", "said").as_deref(),
        Some("The Ruiz family")
    );
}

#[test]
fn floating_quantifiers_emphatic_pronouns_and_overall_stand_between_speaker_and_cue() {
    assert_eq!(
        mention_before("Lee himself said", "said").as_deref(),
        Some("Lee")
    );
    assert_eq!(
        mention_before("Lee and Park all said", "said").as_deref(),
        Some("Lee and Park")
    );
    assert_eq!(
        mention_before("Harbor voters overall said", "said").as_deref(),
        Some("Harbor voters")
    );
}

#[test]
fn an_appositive_may_name_two_people() {
    assert_eq!(
        mention_before(
            "Two harbor commissioners, Ana Ruiz and Tom Reed, have said",
            "said"
        )
        .as_deref(),
        Some("Two harbor commissioners")
    );
}

#[test]
fn an_appositive_may_end_in_a_quotation() {
    assert_eq!(
        mention_before(
            "Ana Ruiz, host of WLKV's “Harbor Hour,” suggested",
            "suggested"
        )
        .as_deref(),
        Some("Ana Ruiz")
    );
}

#[test]
fn a_name_particle_joins_the_name_s_words() {
    assert_eq!(
        mention_before("Ferry chief Ana de Souza said", "said").as_deref(),
        Some("Ferry chief Ana de Souza")
    );
    assert_eq!(
        mention_after("said Ana de Souza, the chief.", "said").as_deref(),
        Some("Ana de Souza")
    );
}

#[test]
fn documents_and_groups_speak_after_the_cue() {
    for (text, speaker) in [
        ("“It is void,” said the ruling.", "the ruling"),
        (
            "“Stop,” wrote the paper’s editorial.",
            "the paper’s editorial",
        ),
        ("“We are ready,” say union attorneys.", "union attorneys"),
        ("“It is over,” said one.", "one"),
        ("“It is over,” said another, “and we lost.”", "another"),
    ] {
        let cue = text
            .split(' ')
            .find(|w| ["said", "wrote", "say"].contains(w))
            .unwrap();
        assert_eq!(mention_after(text, cue).as_deref(), Some(speaker), "{text}");
    }
    // A noun that names no source is not read as one.
    assert_eq!(mention_after("“Go,” said the verdicts.", "said"), None);
    // A number that goes on is no one: "said one day".
    assert_eq!(mention_after("He said one day it would.", "said"), None);
}

#[test]
fn an_age_modifies_the_speaker() {
    assert_speakers_before([(
        "“It is late,” the 71-year-old diplomat said",
        Some("the 71-year-old diplomat"),
    )]);
}

#[test]
fn a_determined_noun_for_a_person_speaks_after_the_cue() {
    for (text, speaker) in [
        (
            "“It is late,” said the glassblower, who lives here.",
            "the glassblower",
        ),
        (
            "“It is late,” said a retired machinist.",
            "a retired machinist",
        ),
        (
            "“It is late,” said one attendee; another agreed.",
            "one attendee",
        ),
    ] {
        assert_eq!(
            mention_after(text, "said").as_deref(),
            Some(speaker),
            "{text}"
        );
    }
    // A partitive: "one of those ...", "a handful of ...".
    for (text, speaker) in [
        (
            "“Go,” said one of those glassblowers, who asked.",
            "one of those glassblowers",
        ),
        (
            "“Go,” said a handful of glassblowers.",
            "a handful of glassblowers",
        ),
        (
            "“Go,” said dozens of the glassblowers.",
            "dozens of the glassblowers",
        ),
    ] {
        assert_eq!(
            mention_after(text, "said").as_deref(),
            Some(speaker),
            "{text}"
        );
    }
    // Not a word the phrase goes on past, nor a noun with no such ending.
    assert_eq!(
        mention_after("“Go,” said the glassblower rules.", "said"),
        None
    );
    assert_eq!(mention_after("“Go,” said the orchard.", "said"), None);
}

#[test]
fn finds_title_and_name_before_cue() {
    assert_eq!(
        mention_before("Harbor Authority spokesperson Park Min-seo said", "said").as_deref(),
        Some("Harbor Authority spokesperson Park Min-seo")
    );
    assert_eq!(
        mention_before("Although the provincial labor office said", "said").as_deref(),
        Some("the provincial labor office")
    );
    assert_eq!(
        mention_before("The city administration reportedly told", "told").as_deref(),
        Some("The city administration")
    );
    assert_eq!(
        mention_before("Several ministry officials, however, say", "say").as_deref(),
        Some("Several ministry officials")
    );
    assert_eq!(
        mention_before("one government official said", "said").as_deref(),
        Some("one government official")
    );
}

#[test]
fn appositives_and_relative_clauses() {
    let text = "Hugh Hill, a doctor, said";
    let at = text.find("said").unwrap();
    let m = before(text, 0, Span::new(at, at + 4)).unwrap();
    assert_eq!(m.span.text(text), "Hugh Hill");
    assert_eq!(m.appositive.unwrap().text(text), "a doctor");
    // An attribution of its own is no appositive; a rank in "-ing" is.
    for text in [
        "Kyodo News, citing unnamed government sources, reported",
        "Kyodo News, quoting two government sources, reported",
        "Kyodo News, noting the government sources, reported",
    ] {
        let m = mention_at(text, "reported");
        assert_eq!(m.span.text(text), "Kyodo News");
        assert_eq!(m.appositive, None, "{text}");
    }
    let text = "Dana Cole, acting director of the port, said";
    let m = mention_at(text, "said");
    assert_eq!(
        m.appositive.unwrap().text(text),
        "acting director of the port"
    );
    assert_eq!(
        mention_before("Dana Reyes, 41, of Salem, Ore., said", "said").as_deref(),
        Some("Dana Reyes")
    );
    assert_eq!(
        mention_before(
            "A senior official, who spoke on condition of anonymity, said",
            "said"
        )
        .as_deref(),
        Some("A senior official")
    );
    // A relative pronoun stands for the phrase before it; it is the mention at the cue.
    for (text, cue, phrase, pronoun) in [
        ("Ann Lee, who said", "said", "Ann Lee", "who"),
        ("Ann Lee, who’ve said", "said", "Ann Lee", "who"),
        (
            "The Harbor Times, which reported",
            "reported",
            "The Harbor Times",
            "which",
        ),
    ] {
        let at = text.find(cue).unwrap();
        let m = before(text, 0, Span::new(at, at + cue.len())).unwrap();
        assert_eq!(m.span.text(text), phrase);
        assert_eq!(m.at_cue().text(text), pronoun);
    }
    // A description after a name is its appositive, past an age, with or without "who".
    for text in [
        "said Tom Reed, 64, a retired machinist who said",
        "said Tom Reed, a retired machinist who said",
        "met Tom Reed, the retired machinist who said",
    ] {
        let m = mention_at(text, "said");
        assert_eq!(m.span.text(text), "Tom Reed", "{text}");
        let appositive = m.appositive.unwrap().text(text);
        assert!(appositive.ends_with(" retired machinist"), "{text}");
        assert_eq!(m.at_cue().text(text), "who");
    }
    // A name after a preposition of place is no person.
    assert_eq!(
        mention_before("In Port Ellis, the mayor who said", "said").as_deref(),
        Some("the mayor")
    );
    // Not a single capitalised word, which may open the sentence.
    assert_eq!(
        mention_before("and Critics, a small group who said", "said").as_deref(),
        Some("a small group")
    );
}

#[test]
fn a_comma_inside_a_closing_quotation_mark_ends_a_segment() {
    assert_speakers_before([
        (
            "Ada Obi, the author of \"Night Shift,\" about hospital work, said",
            Some("Ada Obi"),
        ),
        (
            "Ben Hall, a host on the show \"Ward Ten,\" who trained as a nurse, said",
            Some("Ben Hall"),
        ),
        // A name after a closed title opens the clause, and speaks.
        (
            "In a talk on \u{201c}Ward Ten,\u{201d} Ada Obi, the author, said",
            Some("Ada Obi"),
        ),
        (
            "In a talk on \u{201c}Ward Ten,\u{201d} Rep. Ada Obi (D-Ohio), the author, said",
            Some("Rep. Ada Obi"),
        ),
    ]);
}

#[test]
fn two_placed_names_joined_are_an_appositive() {
    assert_eq!(
        mention_before(
            "The two rivals, Ada Obi of Ohio and Ben Hall of Iowa, have both urged",
            "urged"
        )
        .as_deref(),
        Some("The two rivals")
    );
}

#[test]
fn a_bracketed_aside_stays_inside_its_comma_segment() {
    assert_speakers_before([
        (
            "Ada Obi, whose training at the Salem Nursing College (SNC) was paid for by the state, said",
            Some("Ada Obi"),
        ),
        // The bracket alone still opens an aside: "Lee (D-Ohio), chair of the panel, said".
        (
            "Ann Lee (D-Ohio), chair of the panel, said",
            Some("Ann Lee"),
        ),
    ]);
}

#[test]
fn two_groups_joined_speak_together_when_the_first_has_modifiers() {
    assert_speakers_before([
        (
            "It grew, union members and leaders say",
            Some("union members and leaders"),
        ),
        (
            "It grew, and local teachers and doctors say",
            Some("local teachers and doctors"),
        ),
        // After a verb the first group is its object.
        ("Lee praised union members and leaders say", Some("leaders")),
    ]);
}

#[test]
fn two_determined_phrases_joined_speak_together() {
    assert_speakers_before([
        (
            "The harbor board and the ferry union said",
            Some("The harbor board and the ferry union"),
        ),
        (
            "The party's nominee and his aides said",
            Some("The party's nominee and his aides"),
        ),
        // After a verb the first phrase is its object.
        (
            "When Lee met the mayor and the council said",
            Some("the council"),
        ),
        // A name and a group or a vague source.
        ("Doyle and others said", Some("Doyle and others")),
        (
            "Ann Lee and two other aides said",
            Some("Ann Lee and two other aides"),
        ),
        // Before a name only names and determiners.
        (
            "One reason Democrats and ferry unions say",
            Some("ferry unions"),
        ),
    ]);
}

#[test]
fn a_name_between_commas_speaks_when_the_phrase_before_it_cannot() {
    assert_eq!(
        mention_before("One nurse not on the ward roster, Ada Obi, told", "told").as_deref(),
        Some("Ada Obi")
    );
    // A place after a place is where, not who.
    assert_eq!(
        mention_before("A nurse in Salem, Oregon, told", "told").as_deref(),
        Some("A nurse in Salem")
    );
}

#[test]
fn a_phrase_with_its_preposition_may_stand_before_an_aside() {
    let text = "Nurses in the two wards — Ada and Ben among them — said";
    let at = text.find("said").unwrap();
    let m = before(text, 0, Span::new(at, at + 4)).unwrap();
    assert_eq!(m.span.text(text), "Nurses in the two wards");
    assert_eq!(m.appositive.unwrap().text(text), "Ada and Ben among them");
    // A clause before the aside is no phrase.
    assert_eq!(
        mention_before("Prices rose in the two wards — sharply — said", "said"),
        None
    );
}

#[test]
fn a_hyphen_with_space_around_it_sets_off_an_aside() {
    let text = "Ann Lee - an aide to the co-chair - told";
    let at = text.find("told").unwrap();
    let m = before(text, 0, Span::new(at, at + 4)).unwrap();
    assert_eq!(m.span.text(text), "Ann Lee");
    assert_eq!(m.appositive.unwrap().text(text), "an aide to the co-chair");
}

#[test]
fn a_thing_said_before_a_name_is_no_title() {
    assert_eq!(
        mention_before(
            "The pier is safe, a point Ada Obi also acknowledged",
            "acknowledged"
        )
        .as_deref(),
        Some("Ada Obi")
    );
    // An adjective before a name stays in the phrase.
    assert_eq!(
        mention_before("Later, a desperate Harbor Co. asked", "asked").as_deref(),
        Some("a desperate Harbor Co.")
    );
}

#[test]
fn two_marks_may_close_a_quotation_before_the_comma() {
    assert_eq!(
        mention_before("Mr. Ortiz, citing ''a rare chance,'' said", "said").as_deref(),
        Some("Mr. Ortiz")
    );
}

#[test]
fn a_pronoun_before_a_verb_after_the_cue_is_the_claim_s_subject() {
    assert_eq!(
        mention_after("“We won,” said he.", "said").as_deref(),
        Some("he")
    );
    assert_eq!(
        mention_after("“fraud,” said he does not agree.", "said"),
        None
    );
    assert_eq!(mention_after("“fraud,” said she would go.", "said"), None);
}

#[test]
fn may_after_a_given_name_is_a_surname() {
    assert_eq!(
        mention_before("Prime Minister Ada May said", "said").as_deref(),
        Some("Prime Minister Ada May")
    );
    // Lower case it is the modal; in a headline's capitals, the verb.
    assert_eq!(
        mention_before("Ada Lee may say", "say").as_deref(),
        Some("Ada Lee")
    );
    assert_eq!(
        mention_before("Lee May Quit", "Quit").as_deref(),
        Some("Lee")
    );
}

#[test]
fn a_whose_clause_post_modifies_the_speaker() {
    for text in [
        "The county clerks whose offices were closed say",
        "The county clerks — whose offices were closed — say",
    ] {
        assert_eq!(
            mention_before(text, "say").as_deref(),
            Some("The county clerks"),
            "{text}"
        );
    }
    // Before a comma "whose" opens a question the speaker answers, not a clause of theirs.
    assert_eq!(
        mention_before("Asked whose offices closed, the clerks say", "say").as_deref(),
        Some("the clerks")
    );
}

#[test]
fn a_post_modified_speaker_may_stand_before_a_parenthetical() {
    for (text, speaker) in [
        (
            "The judges who struck down the rule, for instance, said",
            "The judges",
        ),
        (
            "Many nurses polled at clinics this spring, including Mr. Obi, said",
            "Many nurses",
        ),
    ] {
        assert_eq!(
            mention_before(text, "said").as_deref(),
            Some(speaker),
            "{text}"
        );
    }
    // The phrase must open its clause: here the clause before the aside is the claim.
    assert_eq!(
        mention_before(
            "That would leave a gap for Lee heading into June, forcing her out, said",
            "said"
        ),
        None
    );
}

#[test]
fn a_participle_phrase_between_commas_is_skipped() {
    for (text, speaker) in [
        (
            "Delegate Mia Fox, clad in a green scarf with bells, said",
            "Delegate Mia Fox",
        ),
        (
            "The shelter, run by Omar Diaz, a retired nurse, said",
            "The shelter",
        ),
        ("Ruth Obi, dressed in her old uniform, said", "Ruth Obi"),
        (
            "The statement, issued after a two-hour meeting, said",
            "The statement",
        ),
        ("Tom Reed, armed with a megaphone, said", "Tom Reed"),
        ("The memo, dated March 3, said", "The memo"),
        ("The letter, released last week, said", "The letter"),
        ("The report, published Monday, said", "The report"),
        // An adverb may come before the participle or preposition.
        (
            "Ana Ruiz, later alleging that the count was rigged, said",
            "Ana Ruiz",
        ),
        ("The mayor, again in a letter to staff, said", "The mayor"),
    ] {
        assert_eq!(
            mention_before(text, "said").as_deref(),
            Some(speaker),
            "{text}"
        );
    }
    // A participle that takes an object is a clause of its own, not a description.
    assert_eq!(
        mention_before("The shelter, closed the doors, said", "said"),
        None
    );
}

#[test]
fn an_approximate_share_heads_a_prepositional_phrase() {
    assert_eq!(
        mention_before("Nearly half of riders in each town say", "say").as_deref(),
        Some("Nearly half of riders in each town")
    );
    assert_eq!(
        mention_before("At least half of riders in each town say", "say").as_deref(),
        Some("half of riders in each town")
    );
}

#[test]
fn a_prepositional_phrase_after_the_head_is_part_of_the_mention() {
    assert_eq!(
        mention_before("Experts on river ecology and fisheries said", "said").as_deref(),
        Some("Experts on river ecology and fisheries")
    );
    assert_eq!(
        mention_before("But analysts in Lagos on Monday said", "said").as_deref(),
        Some("analysts in Lagos")
    );
    assert_eq!(
        mention_before("The mayor in 2010 signed a law that officials say", "say").as_deref(),
        Some("officials")
    );
    assert_eq!(
        mention_before("Facebook primarily relies on users who say", "say"),
        None
    );
    // A plural that opens the phrase is its head, not a verb: "Reports in Spain said".
    assert_eq!(
        mention_before("Reports in Spain said", "said").as_deref(),
        Some("Reports in Spain")
    );
    // A record's author: "by" after a record's noun.
    assert_eq!(
        mention_before(
            "A study by researchers at Port Ellis University found",
            "found"
        )
        .as_deref(),
        Some("A study by researchers at Port Ellis University")
    );
    // Auxiliaries between the phrase and its cue.
    assert_eq!(
        mention_before("His rivals for the nomination have said", "said").as_deref(),
        Some("His rivals for the nomination")
    );
    assert_eq!(
        mention_before("Experts on the economy will not have said", "said").as_deref(),
        Some("Experts on the economy")
    );
}

#[test]
fn opening_adverbials_years_and_negations_are_no_speakers() {
    assert_eq!(
        mention_before("In a statement, one of the lawyers, Ann Lee, said", "said").as_deref(),
        Some("one of the lawyers")
    );
    assert_eq!(
        mention_before("Lee, who in 2010 said", "said").as_deref(),
        Some("Lee")
    );
    assert_eq!(
        mention_before("The mayor's aides haven't said", "said").as_deref(),
        Some("The mayor's aides")
    );
    // A sentence adverb before its comma is no name.
    assert_speakers_before([
        (
            "Publicly, however, the spokesman, Tom Reed, insisted",
            Some("the spokesman"),
        ),
        ("Similarly, Tom Reed, a former aide, said", Some("Tom Reed")),
    ]);
}

#[test]
fn a_name_owns_the_phrase_after_of_the() {
    assert_eq!(
        mention_before(
            "Rep. Lee Hae-chan of the ruling Democratic Party told",
            "told"
        )
        .as_deref(),
        Some("Rep. Lee Hae-chan of the ruling Democratic Party")
    );
    assert_eq!(
        mention_before("A high-ranking official at the ministry said", "said").as_deref(),
        Some("A high-ranking official at the ministry")
    );
}

#[test]
fn a_gerund_names_the_field_of_a_title() {
    assert_eq!(
        mention_before(
            "“Never,” former policy planning director Ann Lee wrote",
            "wrote"
        )
        .as_deref(),
        Some("former policy planning director Ann Lee")
    );
    // Other "-ing" words are no modifiers: the phrase starts past them.
    assert_eq!(
        mention_before(
            "“Never,” former policy running director Ann Lee said",
            "said"
        )
        .as_deref(),
        Some("director Ann Lee")
    );
}

#[test]
fn shares_of_a_group_and_agent_plurals() {
    assert_eq!(
        mention_before("“No,” one of the officials said", "said").as_deref(),
        Some("one of the officials")
    );
    assert_eq!(
        mention_before("Later some of them said", "said").as_deref(),
        Some("some of them")
    );
    assert_eq!(
        mention_before("Ferry operators, who lost money, say", "say").as_deref(),
        Some("Ferry operators")
    );
    assert_eq!(mention_before("Lee believes say", "say"), None);
    // Shares of those polled, and ratios, with the words that qualify them.
    for (text, share) in [
        ("In the poll, 42% say", "42%"),
        ("Twelve percent say", "Twelve percent"),
        ("Nearly nine out of 10 say", "Nearly nine out of 10"),
        ("About one in five say", "About one in five"),
        (
            "A third of the respondents said",
            "A third of the respondents",
        ),
        ("Just 9 percent of voters said", "Just 9 percent of voters"),
        ("Among them, the 30 percent who said", "the 30 percent"),
        ("Among them, the 30 percent who’ve said", "the 30 percent"),
        ("Among them, the 30 percent who'd said", "the 30 percent"),
        // A share's adjective, with its article.
        ("A slim majority said", "A slim majority"),
        ("Then the same number said", "the same number"),
        ("A similar share said", "A similar share"),
        // Groups counted by a collective noun, with its article and adjectives.
        (
            "It failed, a wide array of economists say",
            "a wide array of economists",
        ),
        (
            "A growing number of voters said",
            "A growing number of voters",
        ),
        ("Dozens of protesters said", "Dozens of protesters"),
        // One person of a kind.
        ("One voter said", "One voter"),
        ("Then the boy asked", "the boy"),
        ("Some GOP strategists say", "Some GOP strategists"),
    ] {
        let cue = text.rsplit(' ').next().unwrap();
        assert_eq!(mention_before(text, cue).as_deref(), Some(share), "{text}");
    }
    // A count after "of" is no ratio.
    assert_eq!(
        mention_before("The mother of three said", "said").as_deref(),
        Some("The mother of three")
    );
    // A sentence's opening conjunction is not part of the phrase.
    assert_eq!(
        mention_before("But security specialists say", "say").as_deref(),
        Some("security specialists")
    );
    assert_eq!(
        mention_before("And Harbor officials said", "said").as_deref(),
        Some("Harbor officials")
    );
    // A noun and its prepositional phrase, then a parenthetical.
    assert_eq!(
        mention_before("Opponents of the levy, however, say", "say").as_deref(),
        Some("Opponents of the levy")
    );
    // Two modifiers joined where the phrase opens; not a phrase inside another.
    assert_eq!(
        mention_before("Current and former officials said", "said").as_deref(),
        Some("Current and former officials")
    );
    assert_eq!(
        mention_before(
            "secretary of state and current Harbor Party chair said",
            "said"
        )
        .as_deref(),
        Some("current Harbor Party chair")
    );
    // The object in a relative clause is not the speaker.
    assert_eq!(
        mention_before("Two officials who spoke with the Ledger said", "said").as_deref(),
        Some("Two officials")
    );
    // An "-ing" word modifies a bare plural where it opens the clause, not after a subject.
    assert_eq!(
        mention_before("But polling experts say", "say").as_deref(),
        Some("polling experts")
    );
    assert_eq!(
        mention_before("Lee, quoting polling experts, said", "said").as_deref(),
        Some("Lee")
    );
}

#[test]
fn any_description_after_a_clause_opening_name_is_an_appositive() {
    assert_eq!(
        mention_before("Senator Ana Ruiz, Democrat of Oregon, said", "said").as_deref(),
        Some("Senator Ana Ruiz")
    );
    assert_eq!(
        mention_before(
            "But Ann Lee, senior associate for outreach at the Pine Institute, said",
            "said"
        )
        .as_deref(),
        Some("Ann Lee")
    );
    assert_eq!(
        mention_before("The bill, Lee argued, was flawed, said", "said"),
        None
    );
}

#[test]
fn a_pronoun_s_is_no_possessive() {
    let token = |text| Token {
        span: Span::new(0, 0),
        text,
    };
    assert!(is_possessive(&token("Lee's")) && is_possessive(&token("voters’")));
    assert!(!is_possessive(&token("He’s")) && !is_possessive(&token("that's")));
}

#[test]
fn pronouns_and_rejections() {
    assert_eq!(
        mention_before("On Monday he said", "said").as_deref(),
        Some("he")
    );
    assert_eq!(
        mention_before("Whitfield on Tuesday said", "said").as_deref(),
        Some("Whitfield")
    );
    assert_eq!(mention_before("the claims", "claims"), None);
    assert_eq!(mention_before("it is hard to say", "say"), None);
}

#[test]
fn finds_speaker_after_cue() {
    assert_eq!(
        mention_after(
            "said Harbor Authority spokesperson Park Min-seo during a briefing",
            "said"
        )
        .as_deref(),
        Some("Harbor Authority spokesperson Park Min-seo")
    );
    assert_eq!(
        mention_after("said the presidential spokesperson.", "said").as_deref(),
        Some("the presidential spokesperson")
    );
    assert_eq!(
        mention_after(
            "said Lena Ortiz of the Harbor Institute, a think tank.",
            "said"
        )
        .as_deref(),
        Some("Lena Ortiz of the Harbor Institute")
    );
    assert_eq!(mention_after("said he.", "said").as_deref(), Some("he"));
    assert_eq!(
        mention_after("said one Trump confidant.", "said").as_deref(),
        Some("one Trump confidant")
    );
    assert_eq!(mention_after("said Monday that it", "said"), None);
}

#[test]
fn plural_titles_focusing_adverbs_and_adjectival_forms() {
    for (text, speaker) in [
        (
            "Port and Pentagon spokesmen said",
            "Port and Pentagon spokesmen",
        ),
        (
            "Even the organizer of a harbor rally said",
            "the organizer of a harbor rally",
        ),
        (
            "An earlier report in a county paper said",
            "An earlier report in a county paper",
        ),
        ("Only two ferry chairmen said", "two ferry chairmen"),
        ("The 2015 harbor study said", "The 2015 harbor study"),
        (
            "Fares will rise, teachers and union officials said",
            "teachers and union officials",
        ),
    ] {
        assert_eq!(
            mention_before(text, "said").as_deref(),
            Some(speaker),
            "{text}"
        );
    }
    // A time phrase after an opening adverb is no speaker.
    assert_ne!(
        mention_before("Earlier this week said", "said").as_deref(),
        Some("this week")
    );
}

#[test]
fn a_role_to_someone_is_the_speaker() {
    assert_eq!(
        mention_before("An adviser to the campaign said", "said").as_deref(),
        Some("An adviser to the campaign")
    );
    assert_eq!(
        mention_before("Aides to Mayor Lee said", "said").as_deref(),
        Some("Aides to Mayor Lee")
    );
    assert_eq!(
        mention_before("He spoke to reporters who said", "said").as_deref(),
        Some("reporters")
    );
}

#[test]
fn one_person_s_two_roles_are_one_speaker() {
    let text = "The Democratic presidential front-runner and former secretary of state said so.";
    assert_eq!(
        mention_before(text, "said").as_deref(),
        Some("The Democratic presidential front-runner and former secretary of state")
    );
    assert_eq!(
        mention_before("The senator and former governor said so.", "said").as_deref(),
        Some("The senator and former governor")
    );
    // A role and a name are two people.
    assert_eq!(
        mention_before("Lee thanked the senator and Park said so.", "said").as_deref(),
        Some("Park")
    );
}

#[test]
fn place_adverbs_and_reflexives_stand_between_speaker_and_cue() {
    for (text, speaker) in [
        ("Officials there said so.", "Officials"),
        ("Campaign workers here said so.", "Campaign workers"),
        ("Ford itself said so.", "Ford"),
    ] {
        assert_eq!(mention_before(text, "said").as_deref(), Some(speaker));
    }
}

#[test]
fn an_infinitive_after_a_head_with_its_own_phrase() {
    assert_eq!(
        mention_before("Organizers of the push to end the war said so.", "said").as_deref(),
        Some("Organizers of the push")
    );
    // A phrase whose head names no people is no speaker.
    assert_eq!(
        mention_before(
            "The opening question of the debate to come said so.",
            "said"
        ),
        None
    );
}

#[test]
fn a_name_after_an_object_speaks_and_a_placed_name_is_an_appositive() {
    let text = "One pastor supporting Mr. Cruz, Ann Lee of the Farm Bureau in Marion, said so.";
    assert_eq!(
        mention_before(text, "said").as_deref(),
        Some("Ann Lee of the Farm Bureau in Marion")
    );
    let text = "Another voter, Jane Doe of Des Moines, said so.";
    let at = text.find("said").unwrap();
    let found = before(text, 0, Span::new(at, at + 4)).unwrap();
    assert_eq!(found.span.text(text), "Another voter");
    assert_eq!(
        found.appositive.unwrap().text(text),
        "Jane Doe of Des Moines"
    );
    // A description that names no object keeps its phrase.
    assert_eq!(
        mention_before("A spokesman for the agency, John Smith, said so.", "said").as_deref(),
        Some("A spokesman for the agency")
    );
}

#[test]
fn those_who_said_speak() {
    assert_eq!(
        mention_before("A majority of those who said so backed Lee.", "said").as_deref(),
        Some("A majority of those")
    );
}

#[test]
fn a_role_for_someone_and_four_modifiers_after_the_cue() {
    assert_eq!(
        mention_before("A spokesman for the agency said so.", "said").as_deref(),
        Some("A spokesman for the agency")
    );
    assert_eq!(
        mention_after("So, said a former senior law enforcement official.", "said").as_deref(),
        Some("a former senior law enforcement official")
    );
}

#[test]
fn two_bare_plurals_of_people_joined_speak_together() {
    for (text, speaker) in [
        ("Teachers and traders say so.", "Teachers and traders"),
        (
            "But private teachers and ordinary traders say so.",
            "private teachers and ordinary traders",
        ),
    ] {
        assert_eq!(mention_before(text, "say").as_deref(), Some(speaker));
    }
}

#[test]
fn a_name_joined_to_its_own_people_speaks_with_them() {
    assert_eq!(
        mention_before("George W. Bush and his aides said so.", "said").as_deref(),
        Some("George W. Bush and his aides")
    );
    assert_eq!(
        mention_before("Lee and her rivals have said so.", "said").as_deref(),
        Some("Lee and her rivals")
    );
}

#[test]
fn someone_after_a_link_speaks() {
    for text in ["Then someone asked how.", "And somebody asked how."] {
        assert!(mention_before(text, "asked").is_some(), "{text}");
    }
}

#[test]
fn a_contraction_s_pronoun_speaks_and_perhaps_is_no_name() {
    assert_eq!(
        mention_before("I’ve said it before.", "said").as_deref(),
        Some("I")
    );
    assert_eq!(
        mention_before("They'd told us so.", "told").as_deref(),
        Some("They")
    );
    assert_eq!(
        mention_before("Perhaps he said so.", "said").as_deref(),
        Some("he")
    );
}

#[test]
fn a_title_and_its_of_phrase_are_one_speaker() {
    assert_eq!(
        mention_before("At the rally the mayor of Dover said", "said").as_deref(),
        Some("the mayor of Dover")
    );
    assert_eq!(
        mention_before("The leaders of Norland and Estmark said", "said").as_deref(),
        Some("The leaders of Norland and Estmark")
    );
    // A record's "of" phrase says whom or what it looked at: one speaker.
    assert_speakers_before([
        (
            "A survey of 900 parents found",
            Some("A survey of 900 parents"),
        ),
        (
            "An audit of the harbor fund found",
            Some("An audit of the harbor fund"),
        ),
        (
            "The Rivers poll of Ohio voters shows",
            Some("The Rivers poll of Ohio voters"),
        ),
        (
            "A poll of likely voters found",
            Some("A poll of likely voters"),
        ),
        (
            "The ethics panel of the council found",
            Some("The ethics panel of the council"),
        ),
        // Not a record a clause's verb takes as its object.
        ("The ad uses footage of Ann Lee asking", Some("Ann Lee")),
        (
            "It came after the release of the Ledger report that suggested",
            Some("the Ledger report"),
        ),
    ]);
    // A document's "of" phrase names what it is about, so the name alone is read.
    assert_eq!(
        mention_before("After the release of the Ledger report said", "said").as_deref(),
        Some("the Ledger report")
    );
}

#[test]
fn a_phrase_of_time_may_stand_before_the_cue() {
    assert_eq!(
        mention_before("Friends of the mayor have in the past said", "said").as_deref(),
        Some("Friends of the mayor")
    );
    assert_eq!(
        mention_before("The union has for years argued", "argued").as_deref(),
        Some("The union")
    );
}

#[test]
fn the_object_of_a_prompting_verb_speaks_after_to() {
    assert_speakers_before([
        (
            "The late vote led many residents to say",
            Some("many residents"),
        ),
        (
            "The ruling prompted Mayor Ann Lee to ask",
            Some("Mayor Ann Lee"),
        ),
        // A bridge after a passive, or "to" with no object before it, is the subject's.
        ("Lee was prompted to say", Some("Lee")),
    ]);
    // A verb of motion prompts nobody: the place is no speaker.
    assert_ne!(
        mention_before("The tenants drove from Elm Park to ask", "ask").as_deref(),
        Some("Elm Park")
    );
}

#[test]
fn a_past_form_after_a_comma_is_a_verb_not_a_modifier() {
    assert_speakers_before([
        (
            "Ann Rivers, who is running again, emailed supporters saying",
            Some("supporters"),
        ),
        (
            "In the town, elected officials said",
            Some("elected officials"),
        ),
    ]);
}

#[test]
fn this_past_week_and_an_opening_overall_name_nobody() {
    assert_speakers_before([
        (
            "Ann Lee, the harbor chair, this past week announced",
            Some("Ann Lee"),
        ),
        (
            "Overall, tenant groups, including unions, reported",
            Some("tenant groups"),
        ),
    ]);
}

#[test]
fn a_name_after_a_sources_post_modifier_is_not_the_speaker() {
    assert_speakers_before([
        ("People close to Ruiz said", Some("People")),
        (
            "A source familiar with Mr. Lau's thinking said",
            Some("A source"),
        ),
        ("Aides close to the mayor say", Some("Aides")),
    ]);
    // A name the speaker phrase ends with is the speaker.
    assert_eq!(
        mention_before("At the hearing, Ruiz said", "said").as_deref(),
        Some("Ruiz")
    );
}

#[test]
fn a_count_in_digits_determines_a_plural_speaker() {
    assert_speakers_before([
        ("Already, 520 delegates have said", Some("520 delegates")),
        ("Some 1,409 teachers said", Some("Some 1,409 teachers")),
        ("In Ohio, 12 senators said", Some("12 senators")),
    ]);
    // A digit run into a wide character is read without a panic.
    assert!(mention_before("1\u{feff} delegates said", "said").is_none_or(|m| !m.is_empty()));
    // Not a year, a sum of money or a list's number before a name.
    assert_speakers_before([
        ("In 2016 voters said", Some("voters")),
        ("Above $1 million, donors said", Some("donors")),
        ("4 Ann Lee said", Some("Ann Lee")),
    ]);
}

#[test]
fn two_roles_joined_before_a_name_are_one_speakers() {
    assert_eq!(
        mention_after("said lobbyist and GOP strategist Charlie Black.", "said").as_deref(),
        Some("lobbyist and GOP strategist Charlie Black")
    );
}

#[test]
fn all_and_both_opening_a_clause_are_speakers_not_adverbs() {
    assert_speakers_before([
        ("Both said", Some("Both")),
        ("To varying degrees, all agreed", Some("all")),
        ("Most said", Some("Most")),
        // After a subject, or the dash or bracket that closes its aside, they are adverbs.
        ("They all said", Some("They")),
        ("Sen. Lee (D-Iowa) all said", Some("Sen. Lee")),
        ("Two aides — both veterans — both said", Some("Two aides")),
    ]);
}

#[test]
fn a_title_with_of_in_it_is_one_title() {
    for (text, speaker) in [
        (
            "“Go,” said chief of staff Ann Lee.",
            "chief of staff Ann Lee",
        ),
        (
            "“Go,” said master of ceremonies Ann Lee.",
            "master of ceremonies Ann Lee",
        ),
        (
            "“Go,” said the chief of staff, Ann Lee.",
            "the chief of staff",
        ),
    ] {
        assert_eq!(
            mention_after(text, "said").as_deref(),
            Some(speaker),
            "{text}"
        );
    }
    assert_speakers_before([
        (
            "Chief of staff Ann Lee said",
            Some("Chief of staff Ann Lee"),
        ),
        (
            "The mayor's chief of staff said",
            Some("The mayor's chief of staff"),
        ),
    ]);
    // Only a listed title: "of" otherwise ends the phrase read after the cue.
    assert_eq!(
        mention_after("“Go,” said chief of ships Ann Lee.", "said").as_deref(),
        Some("chief")
    );
}

#[test]
fn a_verb_after_the_subject_joins_no_of_phrase() {
    // Read from where a clause starts (no cue): the subject ends at its verb.
    let subject = |text: &str| {
        after(text, Span::new(0, 0), text.len()).map(|m| m.span.text(text).to_string())
    };
    assert_eq!(
        subject("Lee spoke of the committee and said").as_deref(),
        Some("Lee")
    );
    assert_eq!(
        subject("Lee of the committee said").as_deref(),
        Some("Lee of the committee")
    );
}

#[test]
fn a_participle_s_head_may_open_a_new_clause_after_a_comma() {
    assert_eq!(
        mention_before(
            "Lee took credit, and text messages discovered on his phone suggested",
            "suggested"
        )
        .as_deref(),
        Some("text messages")
    );
    // No new clause, or one whose lone lower-case word is its verb.
    for text in [
        "Lee took credit, text messages discovered on his phone suggested",
        "Lee demands answers, yet refuses to release his records or explain",
    ] {
        let cue = text.rsplit(' ').next().unwrap();
        assert_eq!(mention_before(text, cue), None, "{text}");
    }
}

#[test]
fn a_reportative_hedge_makes_words_heard_from_others_a_modal_does_not() {
    let reported = |text: &str| {
        let cue = text.rsplit(' ').next().unwrap();
        let at = text.rfind(cue).unwrap();
        let mention = before(text, 0, Span::new(at, at + cue.len())).unwrap();
        assert!(mention.hedge.is_some(), "{text}");
        mention.is_reported(text)
    };
    assert!(reported("Lee reportedly told"));
    assert!(reported("The firm allegedly said"));
    assert!(!reported("The firm could not say"));
    assert!(!reported("Lee would only say"));
}

#[test]
fn those_with_a_phrase_after_it_is_a_speaker_anywhere_in_the_sentence() {
    assert_speakers_before([
        ("Those around him acknowledge", Some("Those around him")),
        (
            "Before the vote, those around him acknowledge",
            Some("those around him"),
        ),
        (
            "Before the vote, those close to her say",
            Some("those close to her"),
        ),
        (
            "Before the vote, those at the meeting said",
            Some("those at the meeting"),
        ),
    ]);
}

#[test]
fn a_participle_after_a_number_or_determiner_modifies_the_head() {
    assert_speakers_before([
        (
            "Officials from two producing countries denied",
            Some("Officials from two producing countries"),
        ),
        ("Activists clamoring to block him say", Some("Activists")),
    ]);
}

#[test]
fn a_record_from_its_maker_before_a_participle_is_read_whole() {
    assert_speakers_before([
        (
            "A poll from Harbor Law School released Wednesday said",
            Some("A poll from Harbor Law School"),
        ),
        (
            "A Rivers poll of Ohio taken in May said",
            Some("A Rivers poll of Ohio"),
        ),
    ]);
}

#[test]
fn a_phrase_with_a_participle_before_a_describing_aside_is_read_past_the_aside() {
    let text = "A diplomat based in the capital, who asked not to be named, said";
    let at = text.rfind("said").unwrap();
    let found = before(text, 0, Span::new(at, at + 4)).unwrap();
    assert_eq!(found.span.text(text), "A diplomat");
    assert_eq!(
        found.appositive.map(|a| a.text(text)),
        Some("who asked not to be named")
    );
    // An aside that opens a claim is no description.
    assert_speakers_before([("The pier, it seems, was closed and Lee said", Some("Lee"))]);
}

#[test]
fn a_rank_modifies_the_speaker() {
    assert_speakers_before([
        ("A No 10 spokesperson said", Some("A No 10 spokesperson")),
        ("A No. 10 source said", Some("A No. 10 source")),
        ("Number 10 said", Some("Number 10")),
        (
            "The No. 2 Senate Republican said",
            Some("The No. 2 Senate Republican"),
        ),
    ]);
}

#[test]
fn a_count_alone_opening_its_clause_speaks() {
    assert_speakers_before([
        ("More than 2,000 said", Some("More than 2,000")),
        (
            "Of the 40 members asked, all but two said",
            Some("all but two"),
        ),
        ("At least 300 said", Some("At least 300")),
        ("Of those polled, 12 said", Some("12")),
        ("Most backed it, but 12 said", Some("12")),
        // A sum or a count a verb takes is no speaker.
        ("The fund paid $5 said", None),
        ("It cost 12 said", None),
    ]);
}

#[test]
fn a_date_between_speaker_and_cue_is_passed_over() {
    assert_speakers_before([
        ("Lee on March 14 said", Some("Lee")),
        ("The mayor on Jan. 3 said", Some("The mayor")),
    ]);
}

#[test]
fn a_participle_s_place_is_not_the_speaker() {
    assert_speakers_before([
        (
            "Parents interviewed outside a pharmacy on Elm Street said",
            Some("Parents"),
        ),
        (
            "Riders questioned at the pier in Port Ellis said",
            Some("Riders"),
        ),
        // A place read with its head is kept.
        (
            "Experts on river ecology said",
            Some("Experts on river ecology"),
        ),
    ]);
}

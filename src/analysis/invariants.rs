//! What every analysis must hold, whatever its input: each excerpt's span lies inside the
//! source on character boundaries and its text is the source's text there, a claim's parts
//! come in order and span it, every id it
//! refers to exists, and the stats count what is there. Checked by the property tests
//! and the fuzz target.

use super::{Analysis, Excerpt};

impl Analysis<'_> {
    /// Checks the analysis of `source`; the error says what is wrong.
    pub fn check_invariants(&self, source: &str) -> Result<(), String> {
        let excerpt = |what: &str, e: &Excerpt| {
            let (start, end) = (e.span.start, e.span.end);
            match source.get(start..end) {
                Some(text) if text == e.text => Ok(()),
                Some(text) => Err(format!(
                    "{what} {start}..{end}: {:?} is not {text:?}",
                    e.text
                )),
                None => Err(format!(
                    "{what} {start}..{end} is out of bounds or splits a character"
                )),
            }
        };
        let statement_ids: Vec<&str> = self.statements.iter().map(|s| s.id.as_str()).collect();
        let known = |what: &str, id: &str| {
            if statement_ids.contains(&id) {
                Ok(())
            } else {
                Err(format!("{what} names unknown statement {id}"))
            }
        };
        for s in &self.statements {
            excerpt(&s.id, &s.claim)?;
            if let Some(parts) = &s.parts {
                parts.iter().try_for_each(|p| excerpt(&s.id, p))?;
                let in_order = parts.windows(2).all(|w| w[0].span.end <= w[1].span.start);
                let spans = parts.first().map(|p| p.span.start) == Some(s.claim.span.start)
                    && parts.last().map(|p| p.span.end) == Some(s.claim.span.end);
                if parts.len() < 2 || !in_order || !spans {
                    return Err(format!("{}: its parts do not make up its claim", s.id));
                }
            }
            s.mention.iter().try_for_each(|m| excerpt(&s.id, m))?;
            s.cue.iter().try_for_each(|c| excerpt(&s.id, c))?;
            if let Some(speaker) = &s.speaker {
                if !self.speakers.iter().any(|sp| &sp.id == speaker) {
                    return Err(format!("{} names unknown speaker {speaker}", s.id));
                }
            }
            s.continues.iter().try_for_each(|id| known(&s.id, id))?;
        }
        for sp in &self.speakers {
            sp.mentions.iter().try_for_each(|m| excerpt(&sp.id, m))?;
        }
        for p in &self.propositions {
            p.statements.iter().try_for_each(|m| known(&p.id, &m.id))?;
        }
        for c in &self.contradictions {
            c.on_record
                .iter()
                .chain(&c.counter)
                .try_for_each(|id| known(&c.id, id))?;
            if !(0.0..=1.0).contains(&c.score) {
                return Err(format!("{} scores {}", c.id, c.score));
            }
        }
        if self.stats.statements != self.statements.len() {
            return Err("stats.statements does not count the statements".into());
        }
        Ok(())
    }
}

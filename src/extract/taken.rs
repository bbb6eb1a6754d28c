//! The statements the rules have found so far, kept in claim order with their cues indexed,
//! so that what a rule asks of them ("is this cue used?", "what is near this span?") costs
//! a binary search, never a pass over the whole article.

use super::Attribution;
use crate::lexicon::FastSet;
use crate::span::Span;

#[derive(Debug, Default)]
pub struct Taken {
    /// Sorted by (claim start, claim end).
    list: Vec<Attribution>,
    /// Every statement's cue.
    cues: FastSet<Span>,
    /// The cues of statements that are not follow-ons: one cue, one such statement.
    lead_cues: FastSet<Span>,
    /// The longest claim, which bounds how far back a claim can start and still reach.
    longest: usize,
}

impl Taken {
    pub fn from_sorted(list: Vec<Attribution>) -> Self {
        let mut taken = Taken::default();
        for a in &list {
            taken.index(a);
        }
        taken.list = list;
        taken
    }

    fn index(&mut self, a: &Attribution) {
        if let Some(cue) = a.cue {
            self.cues.insert(cue);
            if !a.continues {
                self.lead_cues.insert(cue);
            }
        }
        self.longest = self.longest.max(a.claim.len());
    }

    /// Adds a statement in claim order (cheap when statements come in document order).
    pub fn insert(&mut self, a: Attribution) {
        self.index(&a);
        let key = (a.claim.start, a.claim.end);
        let at = self
            .list
            .partition_point(|b| (b.claim.start, b.claim.end) <= key);
        self.list.insert(at, a);
    }

    /// Takes in everything of `other`.
    pub fn merge(&mut self, other: Taken) {
        self.cues.extend(other.cues);
        self.lead_cues.extend(other.lead_cues);
        self.longest = self.longest.max(other.longest);
        self.list.extend(other.list);
        self.list.sort_by_key(|a| (a.claim.start, a.claim.end));
    }

    pub fn into_vec(self) -> Vec<Attribution> {
        self.list
    }

    /// Whether some statement uses `cue`.
    pub fn has_cue(&self, cue: Span) -> bool {
        self.cues.contains(&cue)
    }

    /// Statements whose claims come within `margin` bytes of `span`, in claim order.
    pub fn near(&self, span: Span, margin: usize) -> impl Iterator<Item = &Attribution> {
        let from = span.start.saturating_sub(margin + self.longest);
        let lo = self.list.partition_point(|a| a.claim.start < from);
        let hi = self
            .list
            .partition_point(|a| a.claim.start < span.end.saturating_add(margin));
        self.list[lo..hi]
            .iter()
            .filter(move |a| a.claim.end.saturating_add(margin) >= span.start)
    }

    /// The statement whose claim starts last among those that end by `at`.
    pub fn last_ending_by(&self, at: usize) -> Option<&Attribution> {
        let hi = self.list.partition_point(|a| a.claim.start < at);
        self.list[..hi].iter().rev().find(|a| a.claim.end <= at)
    }

    /// Whether `new` reuses a lead cue of a taken statement (for a claim of its own) or
    /// covers much the same words as one.
    pub fn conflicts(&self, new: &Attribution) -> bool {
        self.conflicts_holding(new, false)
    }

    /// `conflicts`, where with `holds` true a statement wholly inside `new`'s claim is no
    /// conflict: a transcript's line holds the statements made inside it.
    pub fn conflicts_holding(&self, new: &Attribution, holds: bool) -> bool {
        if new.claim.is_empty() {
            return true;
        }
        if let Some(cue) = new.cue.filter(|_| !new.continues) {
            if self.lead_cues.contains(&cue) {
                return true;
            }
        }
        self.near(new.claim, 0).any(|old| {
            if holds && new.claim.contains(old.claim) {
                return false;
            }
            let overlap = new
                .claim
                .end
                .min(old.claim.end)
                .saturating_sub(new.claim.start.max(old.claim.start));
            overlap * 2 > new.claim.len().min(old.claim.len())
        })
    }
}

//! Scoring one article's analysis against its gold file, as docs/GOLD.md describes:
//! statements matched one-to-one by claim overlap (at least half of the shorter span),
//! character-level claim F1, speaker/kind/mode/on_record accuracy, contradiction recall
//! and precision.

use super::gold::Gold;
use crate::analysis::Analysis;
use serde::Serialize;
use std::collections::{BTreeSet, HashSet};

/// Raw counts, summed over articles before ratios are taken.
#[derive(Clone, Debug, Default, Serialize, PartialEq, Eq)]
pub struct Counts {
    pub gold: usize,
    pub predicted: usize,
    pub matched: usize,
    pub token_tp: usize,
    pub token_gold: usize,
    pub token_predicted: usize,
    pub speaker_scored: usize,
    pub speaker_right: usize,
    pub kind_scored: usize,
    pub kind_right: usize,
    pub mode_scored: usize,
    pub mode_right: usize,
    pub record_scored: usize,
    pub record_right: usize,
    pub contradictions_needed: usize,
    pub contradictions_found: usize,
    pub contradictions_good: usize,
    pub contradictions_bad: usize,
}

impl std::ops::AddAssign<&Counts> for Counts {
    fn add_assign(&mut self, o: &Counts) {
        self.gold += o.gold;
        self.predicted += o.predicted;
        self.matched += o.matched;
        self.token_tp += o.token_tp;
        self.token_gold += o.token_gold;
        self.token_predicted += o.token_predicted;
        self.speaker_scored += o.speaker_scored;
        self.speaker_right += o.speaker_right;
        self.kind_scored += o.kind_scored;
        self.kind_right += o.kind_right;
        self.mode_scored += o.mode_scored;
        self.mode_right += o.mode_right;
        self.record_scored += o.record_scored;
        self.record_right += o.record_right;
        self.contradictions_needed += o.contradictions_needed;
        self.contradictions_found += o.contradictions_found;
        self.contradictions_good += o.contradictions_good;
        self.contradictions_bad += o.contradictions_bad;
    }
}

/// Ratios of a [`Counts`]; `None` where nothing was scored.
#[derive(Clone, Debug, Serialize)]
pub struct Scores {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub token_f1: f64,
    pub speaker: Option<f64>,
    pub kind: Option<f64>,
    pub mode: Option<f64>,
    pub on_record: Option<f64>,
    pub contradiction_recall: Option<f64>,
    pub contradiction_precision: Option<f64>,
}

fn ratio(a: usize, b: usize) -> Option<f64> {
    (b > 0).then(|| a as f64 / b as f64)
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

impl Counts {
    pub fn scores(&self) -> Scores {
        let precision = ratio(self.matched, self.predicted).unwrap_or(0.0);
        let recall = ratio(self.matched, self.gold).unwrap_or(0.0);
        let tp = ratio(self.token_tp, self.token_predicted).unwrap_or(0.0);
        let tr = ratio(self.token_tp, self.token_gold).unwrap_or(0.0);
        Scores {
            precision,
            recall,
            f1: f1(precision, recall),
            token_f1: f1(tp, tr),
            speaker: ratio(self.speaker_right, self.speaker_scored),
            kind: ratio(self.kind_right, self.kind_scored),
            mode: ratio(self.mode_right, self.mode_scored),
            on_record: ratio(self.record_right, self.record_scored),
            contradiction_recall: ratio(self.contradictions_found, self.contradictions_needed),
            contradiction_precision: ratio(
                self.contradictions_good,
                self.contradictions_good + self.contradictions_bad,
            ),
        }
    }
}

/// A miss or a spurious statement, for `--errors`.
#[derive(Clone, Debug, Serialize)]
pub struct Miss {
    /// "missed", "spurious" or "speaker".
    pub what: &'static str,
    pub text: String,
    pub detail: String,
}

/// Names compared the way GOLD.md says: lower case, no leading article, spaces folded.
fn norm(name: &str) -> String {
    let folded = crate::text::normalise::key(name);
    for lead in ["the ", "a ", "an ", "one ", "another "] {
        if let Some(rest) = folded.strip_prefix(lead) {
            return rest.to_string();
        }
    }
    folded
}

fn overlap(a: [usize; 2], b: [usize; 2]) -> usize {
    a[1].min(b[1]).saturating_sub(a[0].max(b[0]))
}

/// Scores one analysis against its gold.
pub fn score(gold: &Gold, analysis: &Analysis, text_len: usize) -> (Counts, Vec<Miss>) {
    let gs = &gold.statements;
    let ps = &analysis.statements;
    let mut pairs = Vec::new();
    for (i, g) in gs.iter().enumerate() {
        let ranges = g.ranges();
        let glen: usize = ranges.iter().map(|r| r[1].saturating_sub(r[0])).sum();
        for (j, p) in ps.iter().enumerate() {
            let sp = [p.claim.span.start, p.claim.span.end];
            let ov: usize = ranges.iter().map(|r| overlap(*r, sp)).sum();
            let short = glen.min(sp[1] - sp[0]);
            if short > 0 && ov * 2 >= short {
                pairs.push((ov, i, j));
            }
        }
    }
    pairs.sort_by(|a, b| b.cmp(a));
    let mut gm = vec![None; gs.len()];
    let mut pm = vec![None; ps.len()];
    for (_, i, j) in pairs {
        if gm[i].is_none() && pm[j].is_none() {
            gm[i] = Some(j);
            pm[j] = Some(i);
        }
    }
    let mut c = Counts::default();
    let mut misses = Vec::new();
    let required: Vec<usize> = (0..gs.len()).filter(|&i| !gs[i].optional).collect();
    c.gold = required.len();
    c.matched = required.iter().filter(|&&i| gm[i].is_some()).count();
    c.predicted = ps.len() - pm.iter().flatten().filter(|&&i| gs[i].optional).count();
    // Character-level overlap, optional gold text excluded from the predictions.
    let mut gold_chars = vec![false; text_len];
    let mut optional_chars = vec![false; text_len];
    for g in gs {
        let marks = if g.optional {
            &mut optional_chars
        } else {
            &mut gold_chars
        };
        for r in g.ranges() {
            marks[r[0].min(text_len)..r[1].min(text_len)].fill(true);
        }
    }
    let mut predicted_chars = vec![false; text_len];
    for p in ps {
        for x in p.claim.span.start.min(text_len)..p.claim.span.end.min(text_len) {
            predicted_chars[x] = !optional_chars[x];
        }
    }
    c.token_gold = gold_chars.iter().filter(|&&b| b).count();
    c.token_predicted = predicted_chars.iter().filter(|&&b| b).count();
    c.token_tp = gold_chars
        .iter()
        .zip(&predicted_chars)
        .filter(|(g, p)| **g && **p)
        .count();

    for &i in &required {
        let g = &gs[i];
        let Some(j) = gm[i] else {
            misses.push(Miss {
                what: "missed",
                text: g.claim.clone(),
                detail: format!(
                    "{} ({})",
                    g.speaker.clone().unwrap_or_default(),
                    g.cue.clone().unwrap_or_default()
                ),
            });
            continue;
        };
        let p = &ps[j];
        let speaker = p
            .speaker
            .as_ref()
            .and_then(|id| analysis.speakers.iter().find(|s| &s.id == id));
        let mut names: BTreeSet<String> = BTreeSet::new();
        if let Some(s) = speaker {
            names.insert(norm(&s.name));
            names.extend(s.mentions.iter().map(|m| norm(m.text)));
        }
        if let Some(m) = &p.mention {
            names.insert(norm(m.text));
        }
        names.remove("");
        if !g.speaker_optional {
            let right = match &g.entity {
                None => p.speaker.is_none() && p.mention.is_none(),
                Some(entity) => {
                    let mut gnames: HashSet<String> =
                        [norm(entity), norm(g.speaker.as_deref().unwrap_or(""))].into();
                    if let Some(e) = gold.entities.get(entity) {
                        gnames.extend(e.mentions.iter().map(|m| norm(m)));
                    }
                    gnames.remove("");
                    names.iter().any(|a| {
                        gnames.iter().any(|b| {
                            a == b
                                || (a.len() > 3
                                    && (a.contains(b.as_str()) || b.contains(a.as_str())))
                        })
                    })
                }
            };
            c.speaker_scored += 1;
            c.speaker_right += usize::from(right);
            if !right {
                misses.push(Miss {
                    what: "speaker",
                    text: g.claim.clone(),
                    detail: format!(
                        "gold {:?}, got {:?}",
                        g.entity,
                        names.iter().collect::<Vec<_>>()
                    ),
                });
            }
        }
        let kind = speaker.map_or("unattributed", |_| p.kind);
        if let Some(k) = &g.kind {
            c.kind_scored += 1;
            c.kind_right += usize::from(k == kind);
        }
        if let Some(m) = &g.mode {
            c.mode_scored += 1;
            c.mode_right += usize::from(p.mode.as_str() == m);
        }
        if let Some(r) = g.on_record {
            c.record_scored += 1;
            c.record_right += usize::from(r == p.on_record);
        }
    }
    for (j, p) in ps.iter().enumerate() {
        if pm[j].is_none() {
            misses.push(Miss {
                what: "spurious",
                text: p.claim.text.to_string(),
                detail: format!("{} ({})", p.mention.as_ref().map_or("", |m| m.text), p.rule),
            });
        }
    }
    // Contradictions: a gold one is found when a predicted one joins a statement matching
    // one side to a statement matching the other.
    let matched_ids = |ids: &[String]| -> HashSet<String> {
        ids.iter()
            .filter_map(|id| ps.iter().position(|p| &p.id == id))
            .filter_map(|j| pm[j])
            .map(|i| gs[i].id.clone())
            .collect()
    };
    let predicted: Vec<(HashSet<String>, HashSet<String>)> = analysis
        .contradictions
        .iter()
        .map(|k| (matched_ids(&k.on_record), matched_ids(&k.counter)))
        .collect();
    let hits = |a: &HashSet<String>, b: &HashSet<String>, g: &super::gold::GoldContradiction| {
        let on: HashSet<String> = g.on_record.iter().cloned().collect();
        let counter: HashSet<String> = g.counter.iter().cloned().collect();
        (!a.is_disjoint(&on) && !b.is_disjoint(&counter))
            || (!b.is_disjoint(&on) && !a.is_disjoint(&counter))
    };
    for g in &gold.contradictions {
        if g.strength == "required" || g.strength == "expected" {
            c.contradictions_needed += 1;
            c.contradictions_found += usize::from(predicted.iter().any(|(a, b)| hits(a, b, g)));
        }
    }
    for (a, b) in &predicted {
        match gold.contradictions.iter().find(|g| hits(a, b, g)) {
            None => c.contradictions_bad += 1,
            Some(g) if g.strength != "optional" => c.contradictions_good += 1,
            Some(_) => {}
        }
    }
    (c, misses)
}

//! Propositions: statements that speak about the same thing, found by shared key terms.

use super::ClaimFeatures;
use super::stance::Polarity;
use super::terms::{TermSet, term};
use serde::Serialize;

/// How many key terms two statements must share to be about the same thing.
const MIN_SHARED: usize = 3;
/// Statements further apart than this are not compared (keeps the work linear).
const WINDOW: usize = 200;

#[derive(Clone, Debug, Serialize)]
pub struct Member {
    pub id: String,
    pub stance: &'static str,
}

#[derive(Clone, Debug, Serialize)]
pub struct Proposition {
    pub id: String,
    pub about: String,
    pub statements: Vec<Member>,
}

/// Whether two term lists are about the same thing.
pub fn same_subject(a: &TermSet, b: &TermSet) -> bool {
    let common = a.shared(b);
    common >= MIN_SHARED || (common >= 2 && common * 3 >= a.len().min(b.len()))
}

fn find(parent: &mut [usize], x: usize) -> usize {
    let mut root = x;
    while parent[root] != root {
        root = parent[root];
    }
    let mut node = x;
    while parent[node] != root {
        let next = parent[node];
        parent[node] = root;
        node = next;
    }
    root
}

/// Groups statements into propositions. `claims[i]`, `ids[i]` and `polarity[i]` describe
/// statement i. Returns the propositions and each statement's proposition index.
pub fn group(
    claims: &[ClaimFeatures],
    ids: &[String],
    polarity: &[Polarity],
) -> (Vec<Proposition>, Vec<Option<usize>>) {
    let n = claims.len();
    let mut parent: Vec<usize> = (0..n).collect();
    for i in 0..n {
        for j in i + 1..n.min(i + WINDOW) {
            // Most pairs share nothing, which the term sets' signatures tell at once.
            if same_subject(&claims[i].terms, &claims[j].terms) {
                let (a, b) = (find(&mut parent, i), find(&mut parent, j));
                parent[b] = a;
            }
        }
    }
    let mut propositions: Vec<Proposition> = Vec::new();
    let mut members: Vec<Vec<usize>> = Vec::new();
    let mut root_to_prop: Vec<Option<usize>> = vec![None; n];
    let mut membership = vec![None; n];
    let mut sizes = vec![0usize; n];
    for i in 0..n {
        let root = find(&mut parent, i);
        sizes[root] += 1;
    }
    for i in 0..n {
        let root = find(&mut parent, i);
        if sizes[root] < 2 {
            continue;
        }
        let index = *root_to_prop[root].get_or_insert_with(|| {
            propositions.push(Proposition {
                id: crate::ids::id("p", propositions.len()),
                about: String::new(),
                statements: Vec::new(),
            });
            members.push(Vec::new());
            propositions.len() - 1
        });
        let stance = if polarity[i] == Polarity::Negative {
            "denies"
        } else {
            "affirms"
        };
        propositions[index].statements.push(Member {
            id: ids[i].clone(),
            stance,
        });
        members[index].push(i);
        membership[i] = Some(index);
    }
    // A short label: the first member's words whose terms the other members share.
    for (proposition, members) in propositions.iter_mut().zip(&members) {
        let (first, rest) = members
            .split_first()
            .expect("a proposition has two members or more");
        let label: Vec<&str> = claims[*first]
            .words()
            .filter(|w| {
                let term = term(w);
                claims[*first].terms.contains(term)
                    && rest.iter().any(|&m| claims[m].terms.contains(term))
            })
            .take(8)
            .collect();
        proposition.about = label.join(" ");
    }
    (propositions, membership)
}

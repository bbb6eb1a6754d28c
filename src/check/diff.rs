//! A line diff for snapshot mismatches: `- ` old lines, `+ ` new ones, a little context
//! (`  `), `@@` between distant changes.

/// Diffs `old` against `new` by lines with `context` lines around each change, giving at
/// most `limit` lines of output.
pub fn lines(old: &str, new: &str, context: usize, limit: usize) -> Vec<String> {
    let a: Vec<&str> = old.lines().collect();
    let b: Vec<&str> = new.lines().collect();
    // Common ends first: the LCS table is then only as big as the changed middle.
    let head = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let tail = a[head..]
        .iter()
        .rev()
        .zip(b[head..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (mid_a, mid_b) = (&a[head..a.len() - tail], &b[head..b.len() - tail]);
    let mut ops: Vec<(char, &str)> = a[..head].iter().map(|l| (' ', *l)).collect();
    ops.extend(middle(mid_a, mid_b));
    ops.extend(a[a.len() - tail..].iter().map(|l| (' ', *l)));

    let changed: Vec<usize> = (0..ops.len()).filter(|&i| ops[i].0 != ' ').collect();
    let mut out = Vec::new();
    let mut shown_to = 0;
    for &i in &changed {
        let from = i.saturating_sub(context).max(shown_to);
        if from > shown_to || (shown_to == 0 && from > 0) {
            out.push("@@".to_string());
        }
        let to = (i + context + 1).min(ops.len());
        for (op, line) in &ops[from.max(shown_to)..to] {
            out.push(format!("{op} {line}"));
        }
        shown_to = to.max(shown_to);
        if out.len() >= limit {
            out.truncate(limit);
            out.push(format!("... ({} changed lines in all)", changed.len()));
            break;
        }
    }
    out
}

/// The edit script of two line lists by longest common subsequence.
fn middle<'a>(a: &[&'a str], b: &[&'a str]) -> Vec<(char, &'a str)> {
    let (n, m) = (a.len(), b.len());
    if n * m > 4_000_000 {
        // Too big to align: show it all as replaced.
        let mut ops: Vec<_> = a.iter().map(|l| ('-', *l)).collect();
        ops.extend(b.iter().map(|l| ('+', *l)));
        return ops;
    }
    let mut lcs = vec![0u32; (n + 1) * (m + 1)];
    let at = |i: usize, j: usize| i * (m + 1) + j;
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[at(i, j)] = if a[i] == b[j] {
                lcs[at(i + 1, j + 1)] + 1
            } else {
                lcs[at(i + 1, j)].max(lcs[at(i, j + 1)])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut ops = Vec::with_capacity(n + m);
    while i < n || j < m {
        if i < n && j < m && a[i] == b[j] {
            ops.push((' ', a[i]));
            i += 1;
            j += 1;
        } else if j < m && (i == n || lcs[at(i, j + 1)] > lcs[at(i + 1, j)]) {
            ops.push(('+', b[j]));
            j += 1;
        } else {
            ops.push(('-', a[i]));
            i += 1;
        }
    }
    ops
}

#[cfg(test)]
mod tests {
    use super::lines;

    #[test]
    fn shows_changes_with_context() {
        let old = "a\nb\nc\nd\ne\nf\ng";
        let new = "a\nb\nc\nD\ne\nf\ng";
        assert_eq!(lines(old, new, 1, 50), ["@@", "  c", "- d", "+ D", "  e"]);
    }

    #[test]
    fn equal_texts_give_nothing() {
        assert!(lines("x\ny", "x\ny", 2, 50).is_empty());
    }

    #[test]
    fn insertions_and_limits() {
        assert_eq!(lines("a", "a\nb", 0, 50), ["@@", "+ b"]);
        let long_old = "x\n".repeat(100);
        let long_new = "y\n".repeat(100);
        let out = lines(&long_old, &long_new, 0, 10);
        assert_eq!(out.len(), 11);
        assert!(out[10].contains("200 changed lines"));
    }
}

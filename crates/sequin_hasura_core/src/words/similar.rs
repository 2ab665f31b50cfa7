/// Levenshtein distance, for "did you mean" hints.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            cur.push((prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

/// The candidates most like `wanted`, best first, at most `limit`.
pub fn similar<'a>(wanted: &str, candidates: &'a [String], limit: usize) -> Vec<&'a str> {
    let w = wanted.to_lowercase();
    let mut scored: Vec<(usize, usize, &str)> = candidates
        .iter()
        .map(|c| {
            let lc = c.to_lowercase();
            let d = edit_distance(&w, &lc);
            // a containment is as good as a typo
            let adjusted = if w.len().min(lc.len()) >= 3 && (lc.contains(&w) || w.contains(&lc)) {
                d.min(1)
            } else {
                d
            };
            (adjusted, d, c.as_str())
        })
        .filter(|(adjusted, _, c)| *adjusted <= (c.len().max(w.len()) / 2).max(2))
        .collect();
    scored.sort();
    scored.into_iter().take(limit).map(|(_, _, c)| c).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn similar_names_rank_typos_first() {
        let names: Vec<String> = ["hubspot", "salesforce", "public", "hubspot_staging"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(similar("hubspt", &names, 3), vec!["hubspot"]);
        assert_eq!(
            similar("hubspot_stag", &names, 3),
            vec!["hubspot_staging", "hubspot"]
        );
        assert!(similar("zzzzzzzz", &names, 3).is_empty());
    }
}

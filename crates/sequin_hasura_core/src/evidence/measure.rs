//! Samples, probes and match rates as plain data, and the id-shape fingerprints that
//! say which table a value belongs to.

use std::collections::{BTreeMap, BTreeSet};

use crate::catalog::{type_family, Column, Table, TypeFamily};

/// Distinct non-null values of one column, read from a bounded number of rows.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ColumnSample {
    pub values: Vec<String>,
}

/// What the rows said about one (column, target key) pair.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetMatch {
    pub table: usize,
    pub key: String,
    /// Sampled values probed against the key.
    pub tested: usize,
    /// Of those, how many exist in the key.
    pub matched: usize,
    /// The id prefix the values share with this table's ids (`003`, `cus_`).
    pub prefix: Option<String>,
    /// When the key holds few of the values: the share of them that have the key's
    /// shape all the same (its characters, length, type prefix; see
    /// [`super::shape::KeyShape`]): ids of rows the sync has not brought yet, as
    /// opposed to values of another kind. `None` when not measured.
    pub shape_fit: Option<f64>,
    /// Probed because the key holds values of the column's shape, not because a name
    /// or an id prefix pointed at it.
    pub by_values: bool,
    /// For numbers found by their values: the share of nearby numbers the column does
    /// not hold (each value's next free successor) that the key holds all the same. A
    /// dense serial key holds any number in its range, so its containment means
    /// nothing unless it holds the column's numbers far more than their neighbours.
    pub decoy_rate: Option<f64>,
}

impl TargetMatch {
    pub fn rate(&self) -> f64 {
        if self.tested == 0 {
            0.0
        } else {
            self.matched as f64 / self.tested as f64
        }
    }
}

/// Row evidence for one column: how many distinct values were sampled, and the
/// match against each probed target.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ColumnEvidence {
    pub sampled: usize,
    pub matches: Vec<TargetMatch>,
    /// The values are ids that can tell one table from another by membership alone
    /// (see [`super::shape::distinctive`]), and keys were probed by them.
    pub distinctive: bool,
    /// The values are numbers that look like ids, and every numeric key whose shape
    /// admits them was probed: a key holding them by a margin over all the others is
    /// told apart from an id space many tables share.
    pub numbers_probed: bool,
    /// Every value sampled is a whole number under [`super::MIN_ID_NUMBER`]: counters,
    /// percentages or codes every numeric key holds, so a few of them found confirm
    /// nothing.
    pub counters: bool,
    /// The distinct values of the column's [`super::SampleRequest::kind_column`] in
    /// the rows sampled (sorted): the kinds of row its ids are.
    pub kinds: Vec<String>,
    /// The column is its table's own key, no candidate by its name, and its first
    /// values were probed against the other keys of their shape: a table whose ids
    /// are another table's (Mailchimp's `reports.id`, a sent campaign's) extends it
    /// one-to-one (see [`super::by_values::probe_own_keys`]).
    pub own_key: bool,
}

/// Row evidence per (table index, column name).
pub type Evidence = BTreeMap<(usize, String), ColumnEvidence>;

/// Fewer distinct values than this say too little; names decide alone.
pub const MIN_SAMPLE: usize = 5;

/// The object type an id carries in its shape, if any: Salesforce's 3-character key
/// prefix on 15/18-character ids (`001…`), or a Stripe-style `cus_` prefix.
pub fn id_prefix(value: &str) -> Option<String> {
    let len = value.len();
    if (len == 15 || len == 18) && value.chars().all(|c| c.is_ascii_alphanumeric()) {
        return Some(value[..3].to_string());
    }
    let (head, tail) = value.split_once('_')?;
    let plausible = (2..=8).contains(&head.len())
        && head.chars().all(|c| c.is_ascii_lowercase())
        && tail.len() >= 8
        && tail.chars().all(|c| c.is_ascii_alphanumeric());
    plausible.then(|| format!("{head}_"))
}

/// The prefix every sampled key of a table shares, if they all share one.
pub fn table_fingerprint(keys: &[String]) -> Option<String> {
    let first = id_prefix(keys.first()?)?;
    keys.iter()
        .all(|k| id_prefix(k).as_deref() == Some(first.as_str()))
        .then_some(first)
}

/// Fingerprints that single out one table: prefix → table. A prefix shared by
/// several tables (Airtable's `rec`) tells nothing and is left out.
pub fn distinctive_fingerprints(fingerprints: &BTreeMap<usize, String>) -> BTreeMap<String, usize> {
    let mut count: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (t, p) in fingerprints {
        count.entry(p).or_default().push(*t);
    }
    count
        .into_iter()
        .filter(|(_, ts)| ts.len() == 1)
        .map(|(p, ts)| (p.to_string(), ts[0]))
        .collect()
}

/// Share of the sample per id prefix (values without one are left out).
pub fn prefix_shares(sample: &ColumnSample) -> BTreeMap<String, usize> {
    let mut out = BTreeMap::new();
    for v in &sample.values {
        if let Some(p) = id_prefix(v) {
            *out.entry(p).or_default() += 1;
        }
    }
    out
}

/// How a probe passes its values: as the key's own type, so the key's index serves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProbeType {
    Text,
    Int8,
    Numeric,
    Uuid,
}

/// One (column, target key) membership probe to run.
#[derive(Debug, Clone, PartialEq)]
pub struct Probe {
    pub child: usize,
    pub column: String,
    pub target: usize,
    pub key: String,
    pub probe_type: ProbeType,
    /// The sampled values that can be of the key's type at all.
    pub values: Vec<String>,
    pub prefix: Option<String>,
}

fn is_uuid(v: &str) -> bool {
    let b = v.as_bytes();
    b.len() == 36
        && b.iter().enumerate().all(|(i, c)| {
            if [8, 13, 18, 23].contains(&i) {
                *c == b'-'
            } else {
                c.is_ascii_hexdigit()
            }
        })
}

/// The probe type for a key, and the sample values that fit it (a dirty value
/// would make the cast fail, so it is counted as a miss instead of probed).
pub fn probe_values(key: &Column, values: &[String]) -> Option<(ProbeType, Vec<String>)> {
    let ty = match type_family(&key.base_type) {
        TypeFamily::String => ProbeType::Text,
        TypeFamily::Uuid => ProbeType::Uuid,
        TypeFamily::Number if ["int2", "int4", "int8"].contains(&key.base_type.as_str()) => {
            ProbeType::Int8
        }
        TypeFamily::Number => ProbeType::Numeric,
        TypeFamily::Other => return None,
    };
    let fits = |v: &&String| match ty {
        ProbeType::Text => true,
        ProbeType::Uuid => is_uuid(v),
        ProbeType::Int8 => v.parse::<i64>().is_ok(),
        ProbeType::Numeric => v.parse::<f64>().is_ok_and(f64::is_finite),
    };
    Some((ty, values.iter().filter(fits).cloned().collect()))
}

/// Which probes to run for one sampled column: every name candidate, plus every
/// table whose distinctive id prefix the values carry.
pub fn plan_column_probes(
    tables: &[Table],
    child: usize,
    column: &str,
    sample: &ColumnSample,
    name_targets: &[(usize, String)],
    distinctive: &BTreeMap<String, usize>,
) -> Vec<Probe> {
    let mut targets: Vec<(usize, String, Option<String>)> = name_targets
        .iter()
        .map(|(t, k)| (*t, k.clone(), None))
        .collect();
    for prefix in prefix_shares(sample).keys() {
        if let Some(&t) = distinctive.get(prefix) {
            let key = tables[t].key_columns().first().map(|k| k.to_string());
            if let Some(key) = key {
                match targets.iter_mut().find(|(tt, _, _)| *tt == t) {
                    Some(existing) => existing.2 = Some(prefix.clone()),
                    None => targets.push((t, key, Some(prefix.clone()))),
                }
            }
        }
    }
    let mut seen = BTreeSet::new();
    targets
        .into_iter()
        .filter(|(t, k, _)| seen.insert((*t, k.clone())))
        .filter_map(|(t, key, prefix)| {
            let key_col = tables[t].column(&key)?;
            let (probe_type, values) = probe_values(key_col, &sample.values)?;
            Some(Probe {
                child,
                column: column.to_string(),
                target: t,
                key,
                probe_type,
                values,
                prefix,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::*;

    #[test]
    fn id_prefixes_of_salesforce_and_stripe_ids() {
        assert_eq!(id_prefix("001000000000000001").as_deref(), Some("001"));
        assert_eq!(id_prefix("00Q5e00000AbCdE").as_deref(), Some("00Q"));
        assert_eq!(id_prefix("cus_NffrFeUfNV2Hib").as_deref(), Some("cus_"));
        assert_eq!(id_prefix("pm_1MqLiJLkdIwHu7ix"), Some("pm_".into()));
        for none in [
            "36701",
            "12345678901234",
            "hello world",
            "a_b",
            "Company 3",
            "u1@app.example",
        ] {
            assert_eq!(id_prefix(none), None, "{none}");
        }
    }

    #[test]
    fn fingerprints_must_be_shared_by_every_key_and_single_out_a_table() {
        let ids = |p: &str| (1..5).map(|n| format!("{p}{n:015}")).collect::<Vec<_>>();
        assert_eq!(table_fingerprint(&ids("003")).as_deref(), Some("003"));
        let mut mixed = ids("003");
        mixed.push("001000000000000009".into());
        assert_eq!(table_fingerprint(&mixed), None);
        assert_eq!(table_fingerprint(&[]), None);
        let fps = BTreeMap::from([
            (0, "003".to_string()),
            (1, "rec".to_string()),
            (2, "rec".to_string()),
        ]);
        assert_eq!(
            distinctive_fingerprints(&fps),
            BTreeMap::from([("003".to_string(), 0)])
        );
    }

    #[test]
    fn probes_cover_name_candidates_and_prefix_matches_with_typed_values() {
        let mut users = keyless_table("public", "users", &[("id", "int4")]);
        users.primary_key = vec!["id".into()];
        let tables = vec![
            sequin_table("sf", "contact", &[]),
            sequin_table("sf", "lead", &[]),
            sequin_table("sf", "task", &[("who_id", "text")]),
            users,
        ];
        let sample = ColumnSample {
            values: vec![
                "0035e00000AbCdEFG1".into(),
                "00Q5e00000XyZabCD2".into(),
                "17".into(),
            ],
        };
        let distinctive = BTreeMap::from([("003".to_string(), 0), ("00Q".to_string(), 1)]);
        let probes = plan_column_probes(
            &tables,
            2,
            "who_id",
            &sample,
            &[(3, "id".into())],
            &distinctive,
        );
        let summary: Vec<(usize, ProbeType, usize, Option<&str>)> = probes
            .iter()
            .map(|p| (p.target, p.probe_type, p.values.len(), p.prefix.as_deref()))
            .collect();
        assert_eq!(
            summary,
            vec![
                (3, ProbeType::Int8, 1, None),
                (0, ProbeType::Text, 3, Some("003")),
                (1, ProbeType::Text, 3, Some("00Q"))
            ]
        );
    }

    #[test]
    fn dirty_values_are_not_probed_as_numbers_or_uuids() {
        let values: Vec<String> = [
            "1",
            "x",
            "99999999999999999999",
            "2.5",
            "6a1f6d3c-0000-4000-8000-000000000001",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        assert_eq!(
            probe_values(&col("id", "int4"), &values).unwrap().1,
            vec!["1"]
        );
        assert_eq!(
            probe_values(&col("id", "numeric"), &values)
                .unwrap()
                .1
                .len(),
            3
        );
        assert_eq!(
            probe_values(&col("id", "uuid"), &values).unwrap().1.len(),
            1
        );
        assert_eq!(
            probe_values(&col("id", "text"), &values).unwrap().1.len(),
            5
        );
        assert!(probe_values(&col("id", "bool"), &values).is_none());
    }
}

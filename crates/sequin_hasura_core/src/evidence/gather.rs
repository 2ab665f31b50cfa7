//! Gathering row evidence at a bounded cost: each child table is read for at most
//! `sample_rows` rows, each target for a few keys, and each probe looks up at most
//! [`MAX_DISTINCT`] values through the target key's index. None of it grows with the
//! size of a table. What to read is decided here; the [`RowSource`] reads it.

use std::collections::BTreeMap;

use super::by_values::{self, KeyCache};
use super::measure::{
    distinctive_fingerprints, plan_column_probes, prefix_shares, table_fingerprint, ColumnEvidence,
    ColumnSample, Evidence, Probe,
};
use super::source::{
    note_unread, probe_allowed, readable, run_probes, RowSource, SampleRequest, Unread,
    MAX_DISTINCT,
};
use crate::catalog::Table;
use crate::error::ApiResult;

/// Row evidence, and the tables that could not be read for it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Gathered {
    pub evidence: Evidence,
    /// Each table once, in the order met.
    pub unread: Vec<Unread>,
}

/// Sample the rows behind every requested column and probe its candidate targets.
/// Indexes are into `tables`, sorted as [`crate::catalog::sort_tables`] sorts them.
/// A table that cannot be read is listed in [`Gathered::unread`], and every column
/// read from it, or probed against it, is left to names.
pub fn gather(
    tables: &[Table],
    requests: &[SampleRequest],
    sample_rows: i64,
    rows: &mut dyn RowSource,
) -> ApiResult<Gathered> {
    let mut unread: Vec<Unread> = Vec::new();
    let mut by_child: BTreeMap<usize, Vec<&SampleRequest>> = BTreeMap::new();
    for cc in requests {
        let t = &tables[cc.child];
        if readable(t) && t.column(&cc.read_column).is_some_and(|c| c.selectable) {
            by_child.entry(cc.child).or_default().push(cc);
        }
    }
    let mut samples: Vec<(&SampleRequest, ColumnSample)> = Vec::new();
    // the kinds named beside an id (`author_type`), per requested column
    let mut kinds: Vec<(&SampleRequest, Vec<String>)> = Vec::new();
    for (child, ccs) in &by_child {
        let mut cols: Vec<&str> = ccs.iter().map(|cc| cc.read_column.as_str()).collect();
        let with_kinds: Vec<(&SampleRequest, &str)> = ccs
            .iter()
            .filter_map(|cc| Some((*cc, cc.kind_column.as_deref()?)))
            .filter(|(_, k)| tables[*child].column(k).is_some_and(|c| c.selectable))
            .collect();
        cols.extend(with_kinds.iter().map(|(_, k)| *k));
        let sampled = match rows.sample(&tables[*child], &cols, sample_rows)? {
            Ok(sampled) => sampled,
            Err(u) => {
                note_unread(&mut unread, *child, &u);
                continue;
            }
        };
        let mut sampled = sampled.into_iter().map(|mut values| {
            values.sort();
            values.dedup();
            values.truncate(MAX_DISTINCT);
            values
        });
        samples.extend(
            ccs.iter()
                .copied()
                .zip(sampled.by_ref().take(ccs.len()))
                .map(|(cc, values)| (cc, ColumnSample { values })),
        );
        kinds.extend(with_kinds.into_iter().map(|(cc, _)| cc).zip(sampled));
    }
    let is_unread = |unread: &[Unread], t: usize| unread.iter().any(|u| u.table == t);
    // id prefixes are worth learning only if some sampled value carries one
    let any_prefixed = samples.iter().any(|(_, s)| !prefix_shares(s).is_empty());
    let mut distinctive = BTreeMap::new();
    // the first keys of each table, read once for every use: fingerprints, shapes, own keys
    let mut keys = KeyCache::default();
    if any_prefixed {
        let targets = by_values::key_targets(tables, &unread);
        keys.ensure(tables, &targets, rows)?;
        let mut fingerprints: BTreeMap<usize, String> = BTreeMap::new();
        for (t, _) in &targets {
            if let Some(first) = keys.keys(*t, &mut unread) {
                fingerprints.extend(table_fingerprint(first).map(|f| (*t, f)));
            }
        }
        distinctive = distinctive_fingerprints(&fingerprints);
    }
    // plan every probe, run them in batches, then put the figures together; a column
    // that would be probed against a table that cannot be read is left to names
    let mut planned: Vec<(&SampleRequest, usize, Vec<Probe>)> = Vec::new();
    for (cc, sample) in &samples {
        if sample.values.is_empty() {
            continue;
        }
        let probes: Vec<Probe> = plan_column_probes(
            tables,
            cc.child,
            &cc.column,
            sample,
            &cc.name_targets,
            &distinctive,
        )
        .into_iter()
        .filter(|p| probe_allowed(&tables[p.target], &p.key))
        .collect();
        if probes.iter().any(|p| is_unread(&unread, p.target)) {
            continue;
        }
        planned.push((cc, sample.values.len(), probes));
    }
    let mut evidence = Evidence::new();
    for (cc, sampled, matches) in run_probes(tables, planned, false, &mut unread, rows)? {
        evidence.insert(
            (cc.child, cc.column.clone()),
            ColumnEvidence {
                sampled,
                matches,
                ..ColumnEvidence::default()
            },
        );
    }
    // what names could not settle, the values may: their shape, and the keys that hold them
    by_values::probe_by_values(
        tables,
        &samples,
        &mut evidence,
        &mut unread,
        rows,
        &mut keys,
    )?;
    by_values::measure_shapes(
        tables,
        &samples,
        &mut evidence,
        &mut unread,
        rows,
        &mut keys,
    )?;
    // …and a table's own key may be another table's, extended one-to-one
    by_values::probe_own_keys(
        tables,
        requests,
        &mut evidence,
        &mut unread,
        rows,
        &mut keys,
    )?;
    for (cc, sample) in &samples {
        if let Some(ev) = evidence.get_mut(&(cc.child, cc.column.clone())) {
            ev.counters = !sample.values.is_empty()
                && sample.values.iter().all(|v| {
                    v.parse::<i64>()
                        .is_ok_and(|n| n < by_values::MIN_ID_NUMBER as i64)
                });
        }
    }
    // the kinds of row an id column's neighbour names, once the values have spoken
    for (cc, values) in kinds.into_iter().filter(|(_, v)| !v.is_empty()) {
        let sampled = samples
            .iter()
            .find(|(s, _)| std::ptr::eq(*s, cc))
            .map_or(0, |(_, s)| s.values.len());
        evidence
            .entry((cc.child, cc.column.clone()))
            .or_insert_with(|| ColumnEvidence {
                sampled,
                ..ColumnEvidence::default()
            })
            .kinds = values;
    }
    Ok(Gathered { evidence, unread })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evidence::source::{unreadable_reason, Read, Unreadable};
    use crate::testing::*;

    /// Rows in memory: each table's values per column; a table in `odd` cannot be
    /// read (as a dropped, locked or unpopulated one).
    #[derive(Default)]
    struct FakeRows {
        rows: BTreeMap<String, BTreeMap<String, Vec<String>>>,
        odd: Vec<String>,
        sampled: Vec<String>,
        /// Probes run, over every call.
        probes: usize,
    }

    impl FakeRows {
        fn unreadable(&self, name: &str) -> Option<Unreadable> {
            self.odd.contains(&name.to_string()).then(|| {
                unreadable_reason("55P03", "canceling statement due to lock timeout").unwrap()
            })
        }

        fn values(&self, table: &str, column: &str) -> Vec<String> {
            self.rows
                .get(table)
                .and_then(|t| t.get(column))
                .cloned()
                .unwrap_or_default()
        }
    }

    impl RowSource for FakeRows {
        fn sample(
            &mut self,
            table: &Table,
            columns: &[&str],
            _rows: i64,
        ) -> ApiResult<Read<Vec<Vec<String>>>> {
            self.sampled.push(table.name.clone());
            if let Some(u) = self.unreadable(&table.name) {
                return Ok(Err(u));
            }
            Ok(Ok(columns
                .iter()
                .map(|c| self.values(&table.name, c))
                .collect()))
        }

        fn first_keys(
            &mut self,
            tables: &[Table],
            targets: &[(usize, &str)],
        ) -> ApiResult<BTreeMap<usize, Read<Vec<String>>>> {
            Ok(targets
                .iter()
                .map(|(t, k)| {
                    let name = &tables[*t].name;
                    let keys = match self.unreadable(name) {
                        Some(u) => Err(u),
                        None => Ok(self.values(name, k)),
                    };
                    (*t, keys)
                })
                .collect())
        }

        fn count_matches(
            &mut self,
            tables: &[Table],
            probes: &[&Probe],
        ) -> ApiResult<Vec<Read<usize>>> {
            self.probes += probes.len();
            Ok(probes
                .iter()
                .map(|p| {
                    let name = &tables[p.target].name;
                    match self.unreadable(name) {
                        Some(u) => Err(u),
                        None => {
                            let keys = self.values(name, &p.key);
                            Ok(p.values.iter().filter(|v| keys.contains(v)).count())
                        }
                    }
                })
                .collect())
        }
    }

    fn populated(mut t: Table) -> Table {
        t.pages = 1;
        t.row_estimate = 10.0;
        t
    }

    /// `account` (a1…a10), `contact` and `note` pointing at it by name and by rows.
    fn schema() -> (Vec<Table>, FakeRows) {
        let mut tables = vec![
            populated(sequin_table("s", "account", &[])),
            populated(sequin_table("s", "contact", &[("account_id", "text")])),
            populated(sequin_table("s", "note", &[("account_id", "text")])),
        ];
        crate::catalog::sort_tables(&mut tables);
        let ids: Vec<String> = (1..=10).map(|i| format!("a{i}")).collect();
        let mut rows = FakeRows::default();
        rows.rows.insert(
            "account".into(),
            BTreeMap::from([("id".to_string(), ids.clone())]),
        );
        for t in ["contact", "note"] {
            rows.rows.insert(
                t.into(),
                BTreeMap::from([("account_id".to_string(), ids.clone())]),
            );
        }
        (tables, rows)
    }

    fn requests(tables: &[Table]) -> Vec<SampleRequest> {
        let index = crate::infer::EntityIndex::new(tables, "s");
        let candidates = crate::infer::column_candidates(tables, &index);
        crate::infer::sample_requests(tables, &candidates)
    }

    fn index_of(tables: &[Table], name: &str) -> usize {
        tables.iter().position(|t| t.name == name).unwrap()
    }

    #[test]
    fn every_readable_table_gives_evidence() {
        let (tables, mut rows) = schema();
        let g = gather(&tables, &requests(&tables), 1000, &mut rows).unwrap();
        assert!(g.unread.is_empty());
        for t in ["contact", "note"] {
            let ev = &g.evidence[&(index_of(&tables, t), "account_id".to_string())];
            assert_eq!((ev.sampled, ev.matches[0].matched), (10, 10), "{t}");
        }
    }

    /// The kind written beside an id (`owner_type`) is read in the same query as the
    /// id, and its distinct values land in the id's evidence, sorted.
    #[test]
    fn the_kind_beside_an_id_is_read_with_it() {
        let (mut tables, mut rows) = schema();
        tables.push(populated(sequin_table(
            "s",
            "task",
            &[("owner_id", "text"), ("owner_type", "text")],
        )));
        crate::catalog::sort_tables(&mut tables);
        rows.rows.insert(
            "task".into(),
            BTreeMap::from([
                (
                    "owner_id".to_string(),
                    vec!["a1".to_string(), "t1".to_string()],
                ),
                (
                    "owner_type".to_string(),
                    vec![
                        "team".to_string(),
                        "account".to_string(),
                        "team".to_string(),
                    ],
                ),
            ]),
        );
        let g = gather(&tables, &requests(&tables), 1000, &mut rows).unwrap();
        let ev = &g.evidence[&(index_of(&tables, "task"), "owner_id".to_string())];
        assert_eq!(ev.kinds, ["account", "team"]);
        // a column with no kind beside it has none
        let ev = &g.evidence[&(index_of(&tables, "contact"), "account_id".to_string())];
        assert!(ev.kinds.is_empty());
    }

    /// Values a key does not hold are measured for its shape: ids of rows not synced
    /// yet have it, values of another kind do not, and a column the key holds is not
    /// measured at all (no read spent on it).
    #[test]
    fn values_the_key_lacks_are_measured_for_its_shape() {
        let (tables, mut rows) = schema();
        let hex = |i: usize| format!("5f7295ca37f0d717d37d{i:04x}");
        rows.rows.insert(
            "account".into(),
            BTreeMap::from([("id".to_string(), (1..=10).map(hex).collect())]),
        );
        // contact: hex ids of accounts still to come; note: base64 of something else
        rows.rows.insert(
            "contact".into(),
            BTreeMap::from([("account_id".to_string(), (100..=110).map(hex).collect())]),
        );
        rows.rows.insert(
            "note".into(),
            BTreeMap::from([(
                "account_id".to_string(),
                (0..10)
                    .map(|i| format!("Xrb3xGiuTZ+BOo2w/{i}Vg=="))
                    .collect(),
            )]),
        );
        let g = gather(&tables, &requests(&tables), 1000, &mut rows).unwrap();
        let fit = |t: &str| {
            g.evidence[&(index_of(&tables, t), "account_id".to_string())].matches[0].shape_fit
        };
        assert_eq!(fit("contact"), Some(1.0));
        assert_eq!(fit("note"), Some(0.0));
        let (tables, mut rows) = schema();
        let g = gather(&tables, &requests(&tables), 1000, &mut rows).unwrap();
        assert_eq!(
            g.evidence[&(index_of(&tables, "contact"), "account_id".to_string())].matches[0]
                .shape_fit,
            None
        );
    }

    /// A reference through a cast column is measured on the cast values, what Hasura
    /// joins: the dirty values the cast makes NULL count for nothing.
    #[test]
    fn a_cast_column_is_what_is_read() {
        let mut users = populated(sequin_table("public", "users", &[]));
        users.columns[0].base_type = "int4".into();
        let mut contact = populated(sequin_table("s", "contact", &[("user_id", "varchar")]));
        let mut cast = crate::testing::col("_user_id", "int4");
        cast.generated = true;
        contact.columns.push(cast);
        let mut tables = vec![users, contact];
        crate::catalog::sort_tables(&mut tables);
        let ids: Vec<String> = (1..=30).map(|i| i.to_string()).collect();
        let mut dirty = ids.clone();
        dirty.extend(["n/a", "12abc", " 7", "-", "9999999999999999999999"].map(String::from));
        let mut rows = FakeRows::default();
        rows.rows.insert(
            "users".into(),
            BTreeMap::from([("id".to_string(), ids.clone())]),
        );
        rows.rows.insert(
            "contact".into(),
            BTreeMap::from([
                ("user_id".to_string(), dirty),
                ("_user_id".to_string(), ids),
            ]),
        );
        let reqs = requests(&tables);
        let contact = index_of(&tables, "contact");
        let req = reqs
            .iter()
            .find(|r| r.child == contact && r.column == "user_id")
            .unwrap();
        assert_eq!(req.read_column, "_user_id");
        let g = gather(&tables, &reqs, 1000, &mut rows).unwrap();
        let ev = &g.evidence[&(contact, "user_id".to_string())];
        assert_eq!((ev.sampled, ev.matches[0].matched), (30, 30), "{ev:?}");
    }

    /// A column its name does not settle is probed against the keys whose shape admits
    /// its values, and only when they are distinctive ids (never numbers).
    #[test]
    fn a_column_its_name_does_not_settle_is_probed_by_its_values() {
        let uuid = |i: usize| format!("6a1f6d3c-0000-4000-8000-{i:012}");
        let mut tables = vec![
            populated(sequin_table("s", "deal", &[])),
            populated(sequin_table("s", "lead", &[])),
            populated(sequin_table(
                "s",
                "note",
                &[("origin_id", "text"), ("counter_id", "text")],
            )),
        ];
        crate::catalog::sort_tables(&mut tables);
        let mut rows = FakeRows::default();
        rows.rows.insert(
            "deal".into(),
            BTreeMap::from([("id".to_string(), (1..=30).map(uuid).collect())]),
        );
        rows.rows.insert(
            "lead".into(),
            BTreeMap::from([("id".to_string(), (1..=30).map(|i| i.to_string()).collect())]),
        );
        rows.rows.insert(
            "note".into(),
            BTreeMap::from([
                ("origin_id".to_string(), (1..=10).map(uuid).collect()),
                (
                    "counter_id".to_string(),
                    (1..=10).map(|i| i.to_string()).collect(),
                ),
            ]),
        );
        let g = gather(&tables, &requests(&tables), 1000, &mut rows).unwrap();
        let note = index_of(&tables, "note");
        let ev = &g.evidence[&(note, "origin_id".to_string())];
        assert!(ev.distinctive);
        let found: Vec<(&str, usize, bool)> = ev
            .matches
            .iter()
            .map(|m| (tables[m.table].name.as_str(), m.matched, m.by_values))
            .collect();
        // the numeric key is not of its shape: not probed
        assert_eq!(found, vec![("deal", 10, true)]);
        let numbers = g.evidence.get(&(note, "counter_id".to_string()));
        assert!(
            numbers.is_none_or(|ev| ev.matches.iter().all(|m| !m.by_values)),
            "{numbers:?}"
        );
    }

    /// A column whose values lie in its own table's key is a copy of each row's id
    /// (Pendo's `rootVersionId`), not a reference: values alone never probe the
    /// column's own table; another table holding them still counts.
    #[test]
    fn values_alone_never_probe_the_columns_own_table() {
        let uuid = |i: usize| format!("6a1f6d3c-0000-4000-8000-{i:012}");
        let mut tables = vec![
            populated(sequin_table(
                "s",
                "guide",
                &[("rootVersionId", "text"), ("copiedFromId", "text")],
            )),
            populated(sequin_table("s", "page", &[])),
        ];
        crate::catalog::sort_tables(&mut tables);
        let mut rows = FakeRows::default();
        let ids: Vec<String> = (1..=10).map(uuid).collect();
        rows.rows.insert(
            "guide".into(),
            BTreeMap::from([
                ("id".to_string(), ids.clone()),
                ("rootVersionId".to_string(), ids.clone()),
                ("copiedFromId".to_string(), (11..=20).map(uuid).collect()),
            ]),
        );
        rows.rows.insert(
            "page".into(),
            BTreeMap::from([("id".to_string(), (11..=30).map(uuid).collect())]),
        );
        let g = gather(&tables, &requests(&tables), 1000, &mut rows).unwrap();
        let guide = index_of(&tables, "guide");
        let own = g.evidence.get(&(guide, "rootVersionId".to_string()));
        assert!(
            own.is_none_or(|ev| ev.matches.iter().all(|m| m.table != guide)),
            "{own:?}"
        );
        let other = &g.evidence[&(guide, "copiedFromId".to_string())];
        assert_eq!(
            other
                .matches
                .iter()
                .map(|m| (m.table, m.matched))
                .collect::<Vec<_>>(),
            vec![(index_of(&tables, "page"), 10)]
        );
    }

    /// Numbers that look like ids are probed against every numeric key that could hold
    /// them (so a margin is over all of them); counters are not, nor is a column when
    /// more keys could hold its numbers than can be probed. A key read whole that holds
    /// none of them is known not to and counts for nothing.
    #[test]
    fn id_numbers_are_probed_against_every_numeric_key() {
        let numbers = |r: std::ops::Range<u32>| r.map(|i| i.to_string()).collect::<Vec<_>>();
        let build = |extra: usize, extra_rows: u32| {
            let mut tables = vec![
                populated(sequin_table("s", "ticket", &[])),
                populated(sequin_table("s", "project", &[])),
                populated(sequin_table(
                    "s",
                    "note",
                    &[("origin_id", "text"), ("counter_id", "text")],
                )),
            ];
            let mut rows = FakeRows::default();
            rows.rows.insert(
                "ticket".into(),
                BTreeMap::from([("id".to_string(), numbers(1000..1030))]),
            );
            rows.rows.insert(
                "project".into(),
                BTreeMap::from([("id".to_string(), numbers(1000..1004))]),
            );
            rows.rows.insert(
                "note".into(),
                BTreeMap::from([
                    ("origin_id".to_string(), numbers(1005..1015)),
                    ("counter_id".to_string(), numbers(1..11)),
                ]),
            );
            for i in 0..extra {
                let name = format!("extra{i}");
                tables.push(populated(sequin_table("s", &name, &[])));
                rows.rows.insert(
                    name,
                    BTreeMap::from([("id".to_string(), numbers(5000..5000 + extra_rows))]),
                );
            }
            crate::catalog::sort_tables(&mut tables);
            (tables, rows)
        };
        let found = |extra: usize| {
            let (tables, mut rows) = build(extra, 10);
            let g = gather(&tables, &requests(&tables), 1000, &mut rows).unwrap();
            let note = index_of(&tables, "note");
            let ev = &g.evidence[&(note, "origin_id".to_string())];
            assert!(ev.numbers_probed && !ev.distinctive, "{ev:?}");
            ev.matches
                .iter()
                .map(|m| (tables[m.table].name.to_string(), m.matched))
                .collect::<Vec<_>>()
        };
        assert_eq!(found(0), vec![("ticket".to_string(), 10)]);
        // (many small keys read whole, none holding the numbers: no reason to give up)
        assert_eq!(
            found(by_values::MAX_NUMBER_TARGETS),
            vec![("ticket".to_string(), 10)]
        );
        let (tables, mut rows) = build(0, 10);
        let g = gather(&tables, &requests(&tables), 1000, &mut rows).unwrap();
        let note = index_of(&tables, "note");
        let counters = g.evidence.get(&(note, "counter_id".to_string()));
        assert!(
            counters.is_none_or(|ev| !ev.numbers_probed && ev.matches.is_empty()),
            "{counters:?}"
        );
        // more numeric keys than can be probed: none is, the name decides
        let (tables, mut rows) = build(by_values::MAX_NUMBER_TARGETS, 40);
        let g = gather(&tables, &requests(&tables), 1000, &mut rows).unwrap();
        let note = index_of(&tables, "note");
        let ev = g.evidence.get(&(note, "origin_id".to_string()));
        assert!(
            ev.is_none_or(|ev| !ev.numbers_probed && ev.matches.is_empty()),
            "{ev:?}"
        );
    }

    #[test]
    fn a_table_that_cannot_be_sampled_is_skipped_with_its_reason() {
        let (tables, mut rows) = schema();
        rows.odd.push("note".into());
        let g = gather(&tables, &requests(&tables), 1000, &mut rows).unwrap();
        let note = index_of(&tables, "note");
        assert_eq!(g.unread.len(), 1);
        assert_eq!(g.unread[0].table, note);
        assert!(g.unread[0]
            .reason
            .contains("another session holds a lock on it"));
        assert!(g.unread[0].reason.contains("55P03"));
        // the other child still has its rows measured; the odd one has none
        assert!(g
            .evidence
            .contains_key(&(index_of(&tables, "contact"), "account_id".to_string())));
        assert!(!g.evidence.contains_key(&(note, "account_id".to_string())));
        assert!(rows.sampled.contains(&"contact".to_string()));
    }

    #[test]
    fn a_target_that_cannot_be_probed_leaves_its_columns_to_names() {
        let (tables, mut rows) = schema();
        rows.odd.push("account".into());
        let g = gather(&tables, &requests(&tables), 1000, &mut rows).unwrap();
        assert_eq!(g.unread.len(), 1, "{:?}", g.unread);
        assert_eq!(g.unread[0].table, index_of(&tables, "account"));
        // neither column is judged by a probe that could not run
        assert!(g.evidence.is_empty(), "{:?}", g.evidence);
    }

    #[test]
    fn the_call_goes_on_names_relate_the_odd_table_and_a_notice_names_it() {
        let (tables, mut rows) = schema();
        rows.odd.push("note".into());
        let opts = crate::options::Options::default();
        let a =
            crate::pipeline::analyze(tables, "s", &opts, Some(&mut rows), &mut NoDatabase).unwrap();
        let notice = a
            .notices
            .iter()
            .find(|n| n.message.contains("s.note"))
            .expect("a notice names the odd table");
        assert!(
            notice
                .message
                .starts_with("table s.note is judged by names alone: its rows could not be read: another session holds a lock on it"),
            "{}",
            notice.message
        );
        let note = a.tables.iter().position(|t| t.name == "note").unwrap();
        let by_names = a
            .refs
            .iter()
            .find(|r| r.child == note)
            .expect("related by names");
        assert_eq!(a.tables[by_names.parent].name, "account");
        assert!(by_names.measured.is_none());
        let contact = a.tables.iter().position(|t| t.name == "contact").unwrap();
        let measured = a.refs.iter().find(|r| r.child == contact).unwrap();
        assert_eq!(measured.measured.as_ref().map(|m| m.matched), Some(10));
    }

    #[test]
    fn only_what_one_odd_table_can_cause_is_skipped() {
        for state in [
            "42P01", "42703", "55000", "55P03", "42501", "54000", "54001", "22021",
        ] {
            assert!(unreadable_reason(state, "m").is_some(), "{state}");
        }
        // cancel and statement_timeout, and everything else, fail the call
        for state in [
            "57014", "57P01", "40P01", "40001", "53200", "XX000", "42883", "0A000", "25006",
        ] {
            assert!(unreadable_reason(state, "m").is_none(), "{state}");
        }
    }

    /// A table's own key, named by nothing, is probed by its first keys against the
    /// other unique keys of its shape: hexadecimal ids found in another key are its
    /// evidence (marked `own_key`); numbers are never probed, nor is a key against
    /// itself; and the probes stay within their budget however many tables share one
    /// shape.
    #[test]
    fn own_keys_are_probed_against_other_keys_of_their_shape() {
        let mut tables: Vec<Table> = ["campaigns", "reports", "serials"]
            .iter()
            .map(|n| populated(sequin_table("s", n, &[])))
            .collect();
        tables[2].columns[0].base_type = "int8".into();
        crate::catalog::sort_tables(&mut tables);
        let hex = |i: u32| format!("{:010x}", 0x0042_694e_9e57_u64 + u64::from(i) * 7919);
        let campaigns: Vec<String> = (0..6).map(hex).collect();
        let mut rows = FakeRows::default();
        rows.rows.insert(
            "campaigns".into(),
            BTreeMap::from([("id".to_string(), campaigns.clone())]),
        );
        rows.rows.insert(
            "reports".into(),
            BTreeMap::from([("id".to_string(), campaigns[..4].to_vec())]),
        );
        rows.rows.insert(
            "serials".into(),
            BTreeMap::from([("id".to_string(), (1..=6).map(|i| i.to_string()).collect())]),
        );
        let g = gather(&tables, &requests(&tables), 1000, &mut rows).unwrap();
        let (c, r) = (index_of(&tables, "campaigns"), index_of(&tables, "reports"));
        let ev = &g.evidence[&(r, "id".to_string())];
        assert!(ev.own_key && ev.distinctive);
        assert_eq!(ev.matches.len(), 1);
        assert_eq!(
            (ev.matches[0].table, ev.matches[0].matched, ev.sampled),
            (c, 4, 4)
        );
        // campaigns' ids are partly in reports: measured, for the inference to reject
        assert_eq!(g.evidence[&(c, "id".to_string())].matches[0].matched, 4);
        assert!(!g
            .evidence
            .contains_key(&(index_of(&tables, "serials"), "id".to_string())));

        // a thousand tables of one token shape: the budget holds
        let mut wide: Vec<Table> = (0..300)
            .map(|i| populated(sequin_table("s", &format!("t{i:03}"), &[])))
            .collect();
        crate::catalog::sort_tables(&mut wide);
        let mut rows = FakeRows::default();
        for i in 0..300 {
            let ids = (1..=20).map(|g| format!("x{i:05}{g:012}")).collect();
            rows.rows.insert(
                format!("t{i:03}"),
                BTreeMap::from([("id".to_string(), ids)]),
            );
        }
        let g = gather(&wide, &requests(&wide), 1000, &mut rows).unwrap();
        assert!(
            rows.probes <= by_values::MAX_OWN_KEY_PROBES,
            "{}",
            rows.probes
        );
        assert!(
            rows.probes >= by_values::MAX_OWN_KEY_PROBES / 2,
            "{}",
            rows.probes
        );
        assert!(
            g.evidence.values().all(|e| !e.own_key),
            "no table holds another's ids"
        );
    }
}

//! Gathering row evidence at a bounded cost: each child table is read for at most
//! `sample_rows` rows, each target for a few keys, and each probe looks up at most
//! [`MAX_DISTINCT`] values through the target key's index. None of it grows with the
//! size of a table. What to read is decided here; the [`RowSource`] reads it.

use std::collections::BTreeMap;

use super::measure::{
    distinctive_fingerprints, plan_column_probes, prefix_shares, table_fingerprint, ColumnEvidence,
    ColumnSample, Evidence, Probe, TargetMatch,
};
use crate::catalog::{is_sequin_system_table, RelKind, Table};
use crate::error::ApiResult;

/// Distinct values kept per sampled column.
pub const MAX_DISTINCT: usize = 100;
/// Keys read per table to learn its id prefix.
pub const FINGERPRINT_KEYS: i64 = 20;
/// An unindexed key is probed only on a table estimated smaller than this.
const UNINDEXED_PROBE_LIMIT: f64 = 100_000.0;

/// Reads rows for [`gather`]. The extension implements it over SPI; tests use an
/// in-memory fake.
pub trait RowSource {
    /// Distinct non-null values (as text) of each of `columns`, read from the first
    /// `rows` rows of `table`, in any order; one list per column.
    fn sample(&mut self, table: &Table, columns: &[&str], rows: i64)
        -> ApiResult<Vec<Vec<String>>>;
    /// Up to [`FINGERPRINT_KEYS`] non-null values of each `(table, key)`, keyed by the
    /// table's index.
    fn first_keys(
        &mut self,
        tables: &[Table],
        targets: &[(usize, &str)],
    ) -> ApiResult<BTreeMap<usize, Vec<String>>>;
    /// For each probe, how many of its values its target key holds.
    fn count_matches(&mut self, tables: &[Table], probes: &[&Probe]) -> ApiResult<Vec<usize>>;
}

/// One column worth reading rows for, and the targets its name points at
/// (`(table, key column)`, best first).
#[derive(Debug, Clone, PartialEq)]
pub struct SampleRequest {
    pub child: usize,
    pub column: String,
    pub name_targets: Vec<(usize, String)>,
}

/// Plain tables are read; views and foreign tables may be arbitrarily costly, a table
/// the statistics know to be empty has nothing to show, and a table whose reading
/// would run code defined outside pg_catalog (an index expression, a policy) is
/// never read: that code would run as the caller.
pub fn readable(t: &Table) -> bool {
    matches!(
        t.kind,
        RelKind::Table | RelKind::PartitionedTable | RelKind::MaterializedView
    ) && !t.known_empty()
        && t.access.safe_to_read
}

fn probe_allowed(t: &Table, key: &str) -> bool {
    let indexed = t.unique_columns.iter().any(|u| u == key) || t.primary_key == [key];
    readable(t)
        && t.column(key).is_some_and(|c| c.selectable)
        && (indexed || t.row_estimate < UNINDEXED_PROBE_LIMIT)
}

/// Sample the rows behind every requested column and probe its candidate targets.
/// Indexes are into `tables`, sorted as [`crate::catalog::sort_tables`] sorts them.
pub fn gather(
    tables: &[Table],
    requests: &[SampleRequest],
    sample_rows: i64,
    rows: &mut dyn RowSource,
) -> ApiResult<Evidence> {
    let mut by_child: BTreeMap<usize, Vec<&SampleRequest>> = BTreeMap::new();
    for cc in requests {
        let t = &tables[cc.child];
        if readable(t) && t.column(&cc.column).is_some_and(|c| c.selectable) {
            by_child.entry(cc.child).or_default().push(cc);
        }
    }
    let mut samples: Vec<(&SampleRequest, ColumnSample)> = Vec::new();
    for (child, ccs) in &by_child {
        let cols: Vec<&str> = ccs.iter().map(|cc| cc.column.as_str()).collect();
        let sampled = rows.sample(&tables[*child], &cols, sample_rows)?;
        let sampled = sampled.into_iter().map(|mut values| {
            values.sort();
            values.truncate(MAX_DISTINCT);
            ColumnSample { values }
        });
        samples.extend(ccs.iter().copied().zip(sampled));
    }
    // id prefixes are worth learning only if some sampled value carries one
    let any_prefixed = samples.iter().any(|(_, s)| !prefix_shares(s).is_empty());
    let mut distinctive = BTreeMap::new();
    if any_prefixed {
        let targets: Vec<(usize, &str)> = (0..tables.len())
            .filter(|&t| !is_sequin_system_table(&tables[t].name))
            .filter_map(|t| Some((t, *tables[t].key_columns().first()?)))
            .filter(|(t, k)| probe_allowed(&tables[*t], k))
            .collect();
        let keys = rows.first_keys(tables, &targets)?;
        let fingerprints: BTreeMap<usize, String> = keys
            .iter()
            .filter_map(|(t, k)| Some((*t, table_fingerprint(k)?)))
            .collect();
        distinctive = distinctive_fingerprints(&fingerprints);
    }
    // plan every probe, run them in batches, then put the figures together
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
        planned.push((cc, sample.values.len(), probes));
    }
    let all: Vec<&Probe> = planned.iter().flat_map(|(_, _, ps)| ps.iter()).collect();
    let mut counts = rows.count_matches(tables, &all)?.into_iter();
    let mut evidence = Evidence::new();
    for (cc, sampled, probes) in planned {
        let matches = probes
            .into_iter()
            .map(|p| TargetMatch {
                table: p.target,
                key: p.key,
                tested: sampled,
                matched: counts.next().unwrap_or(0),
                prefix: p.prefix,
            })
            .collect();
        evidence.insert(
            (cc.child, cc.column.clone()),
            ColumnEvidence { sampled, matches },
        );
    }
    Ok(evidence)
}

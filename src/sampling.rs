//! Row evidence through SPI, at a bounded cost: each child table is read for at most
//! `sample_rows` rows, each target for 20 keys, and each probe looks up at most
//! `MAX_DISTINCT` values through the target key's index. None of it grows with the
//! size of a table. Every identifier is quoted; every value is a parameter.

use std::collections::BTreeMap;

use pgrx::prelude::*;
use pgrx::spi::quote_identifier;
use pgrx::JsonB;

use crate::error::{ApiError, ApiResult, Code};
use crate::evidence::{
    distinctive_fingerprints, plan_column_probes, prefix_shares, table_fingerprint, ColumnEvidence,
    ColumnSample, Evidence, Probe, ProbeType, TargetMatch,
};
use crate::infer::{target_key_columns, ColumnCandidates};
use crate::model::{RelKind, Table};

/// Distinct values kept per sampled column.
pub const MAX_DISTINCT: usize = 100;
/// Keys read per table to learn its id prefix.
const FINGERPRINT_KEYS: i64 = 20;
/// An unindexed key is probed only on a table estimated smaller than this.
const UNINDEXED_PROBE_LIMIT: f64 = 100_000.0;

fn internal(e: impl std::fmt::Display) -> ApiError {
    ApiError::new(
        Code::Internal,
        format!("pg_sequin_hasura internal error while sampling rows: {e}"),
    )
}

fn qualified(t: &Table) -> String {
    format!(
        "{}.{}",
        quote_identifier(&t.schema),
        quote_identifier(&t.name)
    )
}

/// Plain tables are read; views and foreign tables may be arbitrarily costly, and a
/// table the statistics know to be empty has nothing to show.
fn readable(t: &Table) -> bool {
    matches!(
        t.kind,
        RelKind::Table | RelKind::PartitionedTable | RelKind::MaterializedView
    ) && !t.known_empty()
}

/// Distinct non-null values of `columns`, read from the first `rows` rows of `t`.
fn sample_table(t: &Table, columns: &[&str], rows: i64) -> ApiResult<Vec<ColumnSample>> {
    let select: Vec<String> = columns
        .iter()
        .enumerate()
        .map(|(i, c)| format!("{}::text AS c{i}", quote_identifier(c)))
        .collect();
    let pairs: Vec<String> = (0..columns.len()).map(|i| format!("({i}, c{i})")).collect();
    let sql = format!(
        "SELECT coalesce(jsonb_agg(jsonb_build_array(k, v)), '[]'::pg_catalog.jsonb)
         FROM (SELECT DISTINCT x.k, x.v
               FROM (SELECT {} FROM {} LIMIT $1) s
               CROSS JOIN LATERAL (VALUES {}) AS x(k, v)
               WHERE x.v IS NOT NULL) z",
        select.join(", "),
        qualified(t),
        pairs.join(", ")
    );
    let json = Spi::connect(|c| {
        c.select(&sql, Some(1), &[rows.into()])?
            .first()
            .get_one::<JsonB>()
    })
    .map_err(internal)?;
    let mut out = vec![Vec::new(); columns.len()];
    if let Some(JsonB(serde_json::Value::Array(pairs))) = json {
        for p in pairs {
            if let (Some(k), Some(v)) = (p[0].as_u64(), p[1].as_str()) {
                if let Some(list) = out.get_mut(k as usize) {
                    list.push(v.to_string());
                }
            }
        }
    }
    Ok(out
        .into_iter()
        .map(|mut values| {
            values.sort();
            values.truncate(MAX_DISTINCT);
            ColumnSample { values }
        })
        .collect())
}

/// The first keys of each table, to learn which id prefix it carries.
fn key_samples(
    tables: &[Table],
    targets: &[(usize, &str)],
) -> ApiResult<BTreeMap<usize, Vec<String>>> {
    let mut out = BTreeMap::new();
    for chunk in targets.chunks(100) {
        let parts: Vec<String> = chunk
            .iter()
            .map(|(t, key)| {
                let k = quote_identifier(key);
                format!(
                    "SELECT {t} AS t, ARRAY(SELECT {k}::text FROM {} WHERE {k} IS NOT NULL LIMIT {FINGERPRINT_KEYS}) AS keys",
                    qualified(&tables[*t])
                )
            })
            .collect();
        let sql = parts.join(" UNION ALL ");
        Spi::connect(|c| {
            for row in c.select(&sql, None, &[])? {
                let t = row.get::<i32>(1)?.unwrap_or(-1);
                let keys = row.get::<Vec<String>>(2)?.unwrap_or_default();
                out.insert(t as usize, keys);
            }
            Ok::<_, pgrx::spi::SpiError>(())
        })
        .map_err(internal)?;
    }
    Ok(out)
}

/// Probes run together, this many to a query: one round trip instead of one each.
const PROBES_PER_QUERY: usize = 50;

/// How many of each probe's values its target key holds.
fn run_probes(tables: &[Table], probes: &[&Probe]) -> ApiResult<Vec<usize>> {
    let mut matched = vec![0usize; probes.len()];
    for (chunk_no, chunk) in probes.chunks(PROBES_PER_QUERY).enumerate() {
        let mut parts = Vec::new();
        let mut args: Vec<pgrx::datum::DatumWithOid> = Vec::new();
        for (j, p) in chunk.iter().enumerate() {
            let arg: pgrx::datum::DatumWithOid = match p.probe_type {
                ProbeType::Int8 => {
                    let ints: Vec<i64> = p.values.iter().filter_map(|v| v.parse().ok()).collect();
                    if ints.is_empty() {
                        continue;
                    }
                    ints.into()
                }
                _ if p.values.is_empty() => continue,
                _ => p.values.clone().into(),
            };
            let cast = match p.probe_type {
                ProbeType::Numeric => "::pg_catalog.numeric[]",
                ProbeType::Uuid => "::pg_catalog.uuid[]",
                ProbeType::Text | ProbeType::Int8 => "",
            };
            args.push(arg);
            let key = quote_identifier(&p.key);
            parts.push(format!(
                "SELECT {j}::pg_catalog.int4, (SELECT pg_catalog.count(DISTINCT {key}) FROM {} WHERE {key} = ANY (${}{cast}))",
                qualified(&tables[p.target]),
                args.len()
            ));
        }
        if parts.is_empty() {
            continue;
        }
        Spi::connect(|c| {
            for row in c.select(&parts.join(" UNION ALL "), None, &args)? {
                let j = row.get::<i32>(1)?.unwrap_or(0) as usize;
                let n = row.get::<i64>(2)?.unwrap_or(0).max(0) as usize;
                matched[chunk_no * PROBES_PER_QUERY + j] = n;
            }
            Ok::<_, pgrx::spi::SpiError>(())
        })
        .map_err(internal)?;
    }
    Ok(matched)
}

fn probe_allowed(t: &Table, key: &str) -> bool {
    let indexed = t.unique_columns.iter().any(|u| u == key) || t.primary_key == [key];
    readable(t)
        && t.column(key).is_some_and(|c| c.selectable)
        && (indexed || t.row_estimate < UNINDEXED_PROBE_LIMIT)
}

/// Sample the rows behind every candidate column and probe its candidate targets.
/// `tables` must be sorted as [`crate::suggest::sort_tables`] sorts them.
pub fn gather(
    tables: &[Table],
    candidates: &[ColumnCandidates],
    sample_rows: i64,
) -> ApiResult<Evidence> {
    let mut by_child: BTreeMap<usize, Vec<&ColumnCandidates>> = BTreeMap::new();
    for cc in candidates {
        let t = &tables[cc.child];
        if cc.worth_sampling() && readable(t) && t.column(&cc.column).is_some_and(|c| c.selectable)
        {
            by_child.entry(cc.child).or_default().push(cc);
        }
    }
    let mut samples: Vec<(&ColumnCandidates, ColumnSample)> = Vec::new();
    for (child, ccs) in &by_child {
        let cols: Vec<&str> = ccs.iter().map(|cc| cc.column.as_str()).collect();
        let sampled = sample_table(&tables[*child], &cols, sample_rows)?;
        samples.extend(ccs.iter().copied().zip(sampled));
    }
    // id prefixes are worth learning only if some sampled value carries one
    let any_prefixed = samples.iter().any(|(_, s)| !prefix_shares(s).is_empty());
    let mut distinctive = BTreeMap::new();
    if any_prefixed {
        let targets: Vec<(usize, &str)> = (0..tables.len())
            .filter(|&t| !crate::model::is_sequin_system_table(&tables[t].name))
            .filter_map(|t| Some((t, *target_key_columns(&tables[t]).first()?)))
            .filter(|(t, k)| probe_allowed(&tables[*t], k))
            .collect();
        let keys = key_samples(tables, &targets)?;
        let fingerprints: BTreeMap<usize, String> = keys
            .iter()
            .filter_map(|(t, k)| Some((*t, table_fingerprint(k)?)))
            .collect();
        distinctive = distinctive_fingerprints(&fingerprints);
    }
    // plan every probe, run them in batches, then put the figures together
    let mut planned: Vec<(&ColumnCandidates, usize, Vec<Probe>)> = Vec::new();
    for (cc, sample) in &samples {
        if sample.values.is_empty() {
            continue;
        }
        let name_targets = cc.probe_targets(tables);
        let probes: Vec<Probe> = plan_column_probes(
            tables,
            cc.child,
            &cc.column,
            sample,
            &name_targets,
            &distinctive,
        )
        .into_iter()
        .filter(|p| probe_allowed(&tables[p.target], &p.key))
        .collect();
        planned.push((cc, sample.values.len(), probes));
    }
    let all: Vec<&Probe> = planned.iter().flat_map(|(_, _, ps)| ps.iter()).collect();
    let mut counts = run_probes(tables, &all)?.into_iter();
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

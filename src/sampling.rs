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

/// How many of the probe's values the target key holds.
fn run_probe(tables: &[Table], p: &Probe) -> ApiResult<usize> {
    if p.values.is_empty() {
        return Ok(0);
    }
    let key = quote_identifier(&p.key);
    let target = qualified(&tables[p.target]);
    let count = |sql: String, arg: pgrx::datum::DatumWithOid| {
        Spi::connect(|c| c.select(&sql, Some(1), &[arg])?.first().get_one::<i64>())
            .map_err(internal)
    };
    let sql = |cast: &str| {
        format!("SELECT count(DISTINCT {key}) FROM {target} WHERE {key} = ANY ($1{cast})")
    };
    let n = match p.probe_type {
        ProbeType::Text => count(sql(""), p.values.clone().into())?,
        ProbeType::Int8 => {
            let ints: Vec<i64> = p.values.iter().filter_map(|v| v.parse().ok()).collect();
            count(sql(""), ints.into())?
        }
        ProbeType::Numeric => count(sql("::pg_catalog.numeric[]"), p.values.clone().into())?,
        ProbeType::Uuid => count(sql("::pg_catalog.uuid[]"), p.values.clone().into())?,
    };
    Ok(n.unwrap_or(0).max(0) as usize)
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
        if readable(t) && t.column(&cc.column).is_some_and(|c| c.selectable) {
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
    let mut evidence = Evidence::new();
    for (cc, sample) in samples {
        if sample.values.is_empty() {
            continue;
        }
        let name_targets = cc.probe_targets(tables);
        let probes = plan_column_probes(
            tables,
            cc.child,
            &cc.column,
            &sample,
            &name_targets,
            &distinctive,
        );
        let mut ev = ColumnEvidence {
            sampled: sample.values.len(),
            matches: vec![],
        };
        for p in probes
            .iter()
            .filter(|p| probe_allowed(&tables[p.target], &p.key))
        {
            let matched = run_probe(tables, p)?;
            ev.matches.push(TargetMatch {
                table: p.target,
                key: p.key.clone(),
                tested: sample.values.len(),
                matched,
                prefix: p.prefix.clone(),
            });
        }
        evidence.insert((cc.child, cc.column.clone()), ev);
    }
    Ok(evidence)
}

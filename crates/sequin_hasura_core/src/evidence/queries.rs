//! The SQL text a [`super::RowSource`] over SPI runs. Every identifier is quoted,
//! every value is a parameter, every function and operator is pg_catalog's, and only
//! columns of built-in types are ever read (see `catalog::types`), so their casts
//! and comparisons are built-in too.

use super::measure::{Probe, ProbeType};
use super::source::{FINGERPRINT_KEYS, MAX_SAMPLED_CHARS};
use crate::catalog::{RelKind, Table};
use crate::ident::{quote_ident, QualifiedName};

/// A plain table is read `ONLY`: its inheritance children are other tables, read
/// (or not) on their own terms.
fn relation(t: &Table) -> String {
    let only = if t.kind == RelKind::Table {
        "ONLY "
    } else {
        ""
    };
    format!("{only}{}", QualifiedName::new(&t.schema, &t.name).quoted())
}

/// True for a value short enough to sample: at most [`MAX_SAMPLED_CHARS`] characters,
/// its byte length checked first (without reading a toasted value) so a megabyte of
/// text is never counted; false for NULL.
fn short_enough(v: &str) -> String {
    let max_bytes = 4 * MAX_SAMPLED_CHARS;
    format!(
        "CASE WHEN pg_catalog.octet_length({v}) OPERATOR(pg_catalog.<=) {max_bytes} \
         THEN pg_catalog.length({v}) OPERATOR(pg_catalog.<=) {MAX_SAMPLED_CHARS} ELSE false END"
    )
}

/// One row, one jsonb array of `[column index, value]` pairs: the distinct non-null
/// values of `columns` among the first `$1` rows of `t`, each at most
/// [`MAX_SAMPLED_CHARS`] characters long (so the array always fits in a jsonb).
pub fn sample(t: &Table, columns: &[&str]) -> String {
    let select: Vec<String> = columns
        .iter()
        .enumerate()
        .map(|(i, c)| format!("{}::pg_catalog.text AS c{i}", quote_ident(c)))
        .collect();
    let pairs: Vec<String> = (0..columns.len()).map(|i| format!("({i}, c{i})")).collect();
    format!(
        "SELECT coalesce(pg_catalog.jsonb_agg(pg_catalog.jsonb_build_array(k, v)), '[]'::pg_catalog.jsonb)
         FROM (SELECT DISTINCT x.k, x.v
               FROM (SELECT {} FROM {} LIMIT $1) s
               CROSS JOIN LATERAL (VALUES {}) AS x(k, v)
               WHERE {}) z",
        select.join(", "),
        relation(t),
        pairs.join(", "),
        short_enough("x.v")
    )
}

/// Tables whose first keys one [`first_keys`] query reads.
pub const FIRST_KEYS_PER_QUERY: usize = 100;

/// Rows `(table index int4, keys text[])`: the first keys of each target.
pub fn first_keys(tables: &[Table], targets: &[(usize, &str)]) -> String {
    targets
        .iter()
        .map(|(t, key)| {
            let k = quote_ident(key);
            format!(
                "SELECT {t}::pg_catalog.int4 AS t, ARRAY(SELECT {k}::pg_catalog.text FROM {} WHERE {k} IS NOT NULL AND {} LIMIT {FINGERPRINT_KEYS}) AS keys",
                relation(&tables[*t]),
                short_enough(&format!("{k}::pg_catalog.text"))
            )
        })
        .collect::<Vec<_>>()
        .join(" UNION ALL ")
}

/// Probes run together, this many to a query: one round trip instead of one each.
pub const PROBES_PER_QUERY: usize = 50;

/// A probe's values, typed as its key compares them.
#[derive(Debug, Clone, PartialEq)]
pub enum ProbeArg {
    Int8(Vec<i64>),
    Text(Vec<String>),
}

/// Rows `(probe index int4, matched int8)` for up to [`PROBES_PER_QUERY`] probes,
/// with the parameters to bind (`$1…`). `None` when no probe has values to test.
pub fn count_matches(tables: &[Table], probes: &[&Probe]) -> Option<(String, Vec<ProbeArg>)> {
    let mut parts = Vec::new();
    let mut args = Vec::new();
    for (j, p) in probes.iter().enumerate() {
        let arg = match p.probe_type {
            ProbeType::Int8 => {
                let ints: Vec<i64> = p.values.iter().filter_map(|v| v.parse().ok()).collect();
                if ints.is_empty() {
                    continue;
                }
                ProbeArg::Int8(ints)
            }
            _ if p.values.is_empty() => continue,
            _ => ProbeArg::Text(p.values.clone()),
        };
        let cast = match p.probe_type {
            ProbeType::Numeric => "::pg_catalog.numeric[]",
            ProbeType::Uuid => "::pg_catalog.uuid[]",
            ProbeType::Text | ProbeType::Int8 => "",
        };
        args.push(arg);
        let key = quote_ident(&p.key);
        parts.push(format!(
            "SELECT {j}::pg_catalog.int4, (SELECT pg_catalog.count(DISTINCT {key}) FROM {} WHERE {key} OPERATOR(pg_catalog.=) ANY (${}{cast}))",
            relation(&tables[p.target]),
            args.len()
        ));
    }
    (!parts.is_empty()).then(|| (parts.join(" UNION ALL "), args))
}

//! Row evidence through SPI: the [`RowSource`] the core's `gather` reads rows with.
//! The queries are the core's (`evidence::queries`); this only runs them.

use std::collections::BTreeMap;

use pgrx::prelude::*;
use pgrx::JsonB;

use sequin_hasura_core::catalog::Table;
use sequin_hasura_core::error::{ApiError, ApiResult, Code};
use sequin_hasura_core::evidence::queries::{self, ProbeArg};
use sequin_hasura_core::evidence::{Probe, RowSource};

fn internal(e: impl std::fmt::Display) -> ApiError {
    ApiError::new(
        Code::Internal,
        format!("pg_sequin_hasura internal error while sampling rows: {e}"),
    )
}

/// Reads rows in the caller's transaction, with the caller's rights.
pub struct SpiRows;

impl RowSource for SpiRows {
    fn sample(&mut self, t: &Table, columns: &[&str], rows: i64) -> ApiResult<Vec<Vec<String>>> {
        let sql = queries::sample(t, columns);
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
        Ok(out)
    }

    fn first_keys(
        &mut self,
        tables: &[Table],
        targets: &[(usize, &str)],
    ) -> ApiResult<BTreeMap<usize, Vec<String>>> {
        let mut out = BTreeMap::new();
        for chunk in targets.chunks(queries::FIRST_KEYS_PER_QUERY) {
            let sql = queries::first_keys(tables, chunk);
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

    fn count_matches(&mut self, tables: &[Table], probes: &[&Probe]) -> ApiResult<Vec<usize>> {
        let mut matched = vec![0usize; probes.len()];
        for (chunk_no, chunk) in probes.chunks(queries::PROBES_PER_QUERY).enumerate() {
            let Some((sql, args)) = queries::count_matches(tables, chunk) else {
                continue;
            };
            let args: Vec<pgrx::datum::DatumWithOid> = args
                .into_iter()
                .map(|a| match a {
                    ProbeArg::Int8(v) => v.into(),
                    ProbeArg::Text(v) => v.into(),
                })
                .collect();
            Spi::connect(|c| {
                for row in c.select(&sql, None, &args)? {
                    let j = row.get::<i32>(1)?.unwrap_or(0) as usize;
                    let n = row.get::<i64>(2)?.unwrap_or(0).max(0) as usize;
                    matched[chunk_no * queries::PROBES_PER_QUERY + j] = n;
                }
                Ok::<_, pgrx::spi::SpiError>(())
            })
            .map_err(internal)?;
        }
        Ok(matched)
    }
}

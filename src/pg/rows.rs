//! Row evidence through SPI: the [`RowSource`] the core's `gather` reads rows with.
//! The queries are the core's (`evidence::queries`); this only runs them.
//!
//! One odd table never fails the call: each table's reads run in a subtransaction
//! of their own (as a PL/pgSQL `EXCEPTION` block does), under a short `lock_timeout`
//! set and restored around them. A failure one table can cause (dropped meanwhile,
//! locked, not populated, refused by row security, values too large: the core's
//! `unreadable_reason` decides) rolls the subtransaction back and leaves that table
//! to names; any other error, a cancel or a statement_timeout above all, is raised
//! again and fails the call.

use std::collections::BTreeMap;
use std::panic::AssertUnwindSafe;

use pgrx::pg_sys::panic::CaughtError;
use pgrx::prelude::*;
use pgrx::JsonB;

use sequin_hasura_core::catalog::Table;
use sequin_hasura_core::error::{ApiError, ApiResult, Code};
use sequin_hasura_core::evidence::queries::{self, ProbeArg};
use sequin_hasura_core::evidence::{unreadable_reason, Probe, Read, RowSource, Unreadable};

fn internal(e: impl std::fmt::Display) -> ApiError {
    ApiError::new(
        Code::Internal,
        format!("pg_sequin_hasura internal error while sampling rows: {e}"),
    )
}

/// The longest a read waits for a table's lock before it gives the table up (the
/// caller's own lock_timeout when that is shorter).
const READ_LOCK_TIMEOUT: &str = "500ms";

/// The five-character SQLSTATE of a caught error.
fn sqlstate(e: &CaughtError) -> (String, String) {
    let report = match e {
        CaughtError::PostgresError(r) | CaughtError::ErrorReport(r) => r,
        CaughtError::RustPanic { ereport, .. } => ereport,
    };
    let code = report.sql_error_code() as isize as i64;
    let state: String = (0..5)
        .map(|i| char::from(b'0' + ((code >> (6 * i)) & 0x3F) as u8))
        .collect();
    (state, report.message().to_string())
}

/// `lock_timeout` for the reads of one table: ours, or the caller's when shorter.
/// Returns the caller's, to restore.
fn shorten_lock_timeout() -> ApiResult<String> {
    Spi::connect(|c| {
        let old = c
            .select(
                "SELECT pg_catalog.current_setting('lock_timeout')",
                Some(1),
                &[],
            )?
            .first()
            .get_one::<String>()?
            .unwrap_or_else(|| "0".into());
        c.select(
            "SELECT pg_catalog.set_config('lock_timeout',
               CASE WHEN $1 OPERATOR(pg_catalog.<>) '0'
                     AND $1::pg_catalog.interval OPERATOR(pg_catalog.<) $2::pg_catalog.interval
                    THEN $1 ELSE $2 END, true)",
            Some(1),
            &[old.clone().into(), READ_LOCK_TIMEOUT.into()],
        )?;
        Ok::<_, pgrx::spi::SpiError>(old)
    })
    .map_err(internal)
}

fn restore_lock_timeout(old: String) -> ApiResult<()> {
    Spi::connect(|c| {
        c.select(
            "SELECT pg_catalog.set_config('lock_timeout', $1, true)",
            Some(1),
            &[old.into()],
        )
        .map(|_| ())
    })
    .map_err(internal)
}

/// Run `read` (one table's reads) in a subtransaction under a short lock_timeout.
/// What it returns is kept (the subtransaction released); an error that one odd
/// table can cause rolls it back and comes back as that table's `Unreadable`; any
/// other error rolls it back and is raised again.
fn guarded<T>(read: impl FnOnce() -> ApiResult<T>) -> ApiResult<Read<T>> {
    // SAFETY: as PL/pgSQL's exception block: the caller's memory context and
    // resource owner are saved before the subtransaction starts and put back after it
    // ends, whichever way; nothing allocated inside it outlives it (values are copied
    // into Rust memory before the SPI connection closes).
    let (context, owner) = unsafe {
        let saved = (pg_sys::CurrentMemoryContext, pg_sys::CurrentResourceOwner);
        pg_sys::BeginInternalSubTransaction(std::ptr::null());
        pg_sys::MemoryContextSwitchTo(saved.0);
        saved
    };
    let outcome: Result<ApiResult<T>, Box<CaughtError>> =
        PgTryBuilder::new(AssertUnwindSafe(|| {
            Ok(shorten_lock_timeout().and_then(|old| {
                let value = read();
                restore_lock_timeout(old).and(value)
            }))
        }))
        .catch_others(|e| Err(Box::new(e)))
        .execute();
    match outcome {
        Ok(value) => {
            unsafe {
                pg_sys::ReleaseCurrentSubTransaction();
                pg_sys::MemoryContextSwitchTo(context);
                pg_sys::CurrentResourceOwner = owner;
            }
            value.map(Ok)
        }
        Err(caught) => {
            // a failure of ours (an SPI status, a panic) is no odd table: raise it
            let (state, message) = sqlstate(&caught);
            unsafe {
                pg_sys::MemoryContextSwitchTo(context);
                pg_sys::RollbackAndReleaseCurrentSubTransaction();
                pg_sys::MemoryContextSwitchTo(context);
                pg_sys::CurrentResourceOwner = owner;
            }
            let odd = matches!(*caught, CaughtError::PostgresError(_));
            match unreadable_reason(&state, &message).filter(|_| odd) {
                Some(unreadable) => Ok(Err(unreadable)),
                None => caught.rethrow(),
            }
        }
    }
}

/// Reads rows in the caller's transaction, with the caller's rights.
pub struct SpiRows;

impl SpiRows {
    /// The first keys of `targets`, read by one query, unless one of them cannot be
    /// read.
    fn first_keys_of(
        tables: &[Table],
        targets: &[(usize, &str)],
    ) -> ApiResult<Read<BTreeMap<usize, Vec<String>>>> {
        let sql = queries::first_keys(tables, targets);
        guarded(|| {
            Spi::connect(|c| {
                let mut out = BTreeMap::new();
                for row in c.select(&sql, None, &[])? {
                    let t = row.get::<i32>(1)?.unwrap_or(-1);
                    let keys = row.get::<Vec<String>>(2)?.unwrap_or_default();
                    out.insert(t as usize, keys);
                }
                Ok::<_, pgrx::spi::SpiError>(out)
            })
            .map_err(internal)
        })
    }

    /// How many values of each of `probes` their keys hold, read by one query.
    fn count_of(tables: &[Table], probes: &[&Probe]) -> ApiResult<Read<Vec<usize>>> {
        let mut matched = vec![0usize; probes.len()];
        let Some((sql, args)) = queries::count_matches(tables, probes) else {
            return Ok(Ok(matched));
        };
        guarded(|| {
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
                    matched[j] = n;
                }
                Ok::<_, pgrx::spi::SpiError>(())
            })
            .map_err(internal)?;
            Ok(matched)
        })
    }
}

impl RowSource for SpiRows {
    fn sample(
        &mut self,
        t: &Table,
        columns: &[&str],
        rows: i64,
    ) -> ApiResult<Read<Vec<Vec<String>>>> {
        let sql = queries::sample(t, columns);
        let json = match guarded(|| {
            Spi::connect(|c| {
                c.select(&sql, Some(1), &[rows.into()])?
                    .first()
                    .get_one::<JsonB>()
            })
            .map_err(internal)
        })? {
            Ok(json) => json,
            Err(unreadable) => return Ok(Err(unreadable)),
        };
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
        Ok(Ok(out))
    }

    /// A batch at a time; when a batch cannot be read, each of its tables alone, so
    /// only the odd one is given up.
    fn first_keys(
        &mut self,
        tables: &[Table],
        targets: &[(usize, &str)],
    ) -> ApiResult<BTreeMap<usize, Read<Vec<String>>>> {
        let mut out = BTreeMap::new();
        for chunk in targets.chunks(queries::FIRST_KEYS_PER_QUERY) {
            match Self::first_keys_of(tables, chunk)? {
                Ok(keys) => out.extend(keys.into_iter().map(|(t, k)| (t, Ok(k)))),
                Err(_) => {
                    for target in chunk {
                        let one = Self::first_keys_of(tables, std::slice::from_ref(target))?;
                        let keys = one.map(|mut m| m.remove(&target.0).unwrap_or_default());
                        out.insert(target.0, keys);
                    }
                }
            }
        }
        Ok(out)
    }

    /// A batch at a time; when a batch cannot be read, each probe alone (a table
    /// found unreadable is not tried again), so only the odd table is given up.
    fn count_matches(
        &mut self,
        tables: &[Table],
        probes: &[&Probe],
    ) -> ApiResult<Vec<Read<usize>>> {
        let mut matched: Vec<Read<usize>> = Vec::with_capacity(probes.len());
        for chunk in probes.chunks(queries::PROBES_PER_QUERY) {
            match Self::count_of(tables, chunk)? {
                Ok(counts) => matched.extend(counts.into_iter().map(Ok)),
                Err(_) => {
                    let mut unreadable = BTreeMap::new();
                    for p in chunk {
                        let one = match unreadable.get(&p.target) {
                            Some(u) => Err(Unreadable::clone(u)),
                            None => Self::count_of(tables, std::slice::from_ref(p))?
                                .map(|c| c.first().copied().unwrap_or(0)),
                        };
                        if let Err(u) = &one {
                            unreadable.insert(p.target, u.clone());
                        }
                        matched.push(one);
                    }
                }
            }
        }
        Ok(matched)
    }
}

//! Running our DDL: with `lock_timeout` set for it alone, and saying plainly when
//! another session (most likely the sync) holds the table.

use pgrx::pg_sys::panic::CaughtError;
use pgrx::prelude::*;

use sequin_hasura_core::ddl::plan::{Creation, ObjectKind};
use sequin_hasura_core::error::{ApiError, ApiResult, Code};

use super::internal;

use std::sync::atomic::{AtomicUsize, Ordering};

use super::transaction::InternalDdl;

/// Run `statements` with `lock_timeout` set for them alone. A lock that cannot be had
/// in time is a clear error naming `subject`, not a hung migration. `creations` says
/// which statement creates which object, and whether its name was free when the plan
/// was made: only then does "already exists" mean another session created it.
pub fn run(
    statements: &[String],
    creations: &[Creation],
    lock_timeout: &str,
    subject: &str,
) -> ApiResult<()> {
    if statements.is_empty() {
        return Ok(());
    }
    // the statement being run, for the error of a failed one
    let current = AtomicUsize::new(0);
    PgTryBuilder::new(|| {
        Spi::connect_mut(|c| {
            let old = c
                .update("SELECT pg_catalog.current_setting('lock_timeout')", Some(1), &[])?
                .first()
                .get_one::<String>()?
                .unwrap_or_else(|| "0".into());
            c.update("SELECT pg_catalog.set_config('lock_timeout', $1, true)", None, &[lock_timeout.into()])?;
            InternalDdl::set(true);
            for (i, s) in statements.iter().enumerate() {
                current.store(i, Ordering::Relaxed);
                c.update(s.as_str(), None, &[])?;
            }
            InternalDdl::set(false);
            c.update("SELECT pg_catalog.set_config('lock_timeout', $1, true)", None, &[old.into()])?;
            Ok::<_, pgrx::spi::SpiError>(())
        })
        .map_err(internal)
    })
    .catch_when(PgSqlErrorCode::ERRCODE_LOCK_NOT_AVAILABLE, |_| {
        Err(ApiError::new(
            Code::LockNotAvailable,
            format!(
                "could not lock {subject} within lock_timeout {lock_timeout}: another session holds it, most likely the sync writing to it"
            ),
        )
        .hint("nothing was changed; retry when the sync is idle, or pass a longer {\"lock_timeout\": \"10s\"}"))
    })
    .catch_when(PgSqlErrorCode::ERRCODE_DUPLICATE_COLUMN, |e| {
        Err(already_exists(Code::DuplicateColumn, e, statements, creations, &current))
    })
    .catch_when(PgSqlErrorCode::ERRCODE_DUPLICATE_TABLE, |e| {
        Err(already_exists(Code::DuplicateTable, e, statements, creations, &current))
    })
    // whatever happened, later DDL of this backend is flagged again
    .finally(|| InternalDdl::set(false))
    .execute()
}

/// A 42701 / 42P07 of statement `current`: "another session created it meanwhile"
/// when that statement creates an object of this kind whose name was free when the
/// plan was made; otherwise Postgres's own message, with the statement that failed.
fn already_exists(
    code: Code,
    e: CaughtError,
    statements: &[String],
    creations: &[Creation],
    current: &AtomicUsize,
) -> ApiError {
    let message = match &e {
        CaughtError::PostgresError(r) | CaughtError::ErrorReport(r) => r.message().to_string(),
        CaughtError::RustPanic { ereport, .. } => ereport.message().to_string(),
    };
    let i = current.load(Ordering::Relaxed);
    let kind = match code {
        Code::DuplicateColumn => ObjectKind::Column,
        _ => ObjectKind::View,
    };
    let created = creations
        .iter()
        .find(|c| c.statement == i && c.kind == kind);
    match created {
        Some(c) if c.was_absent => ApiError::new(
            code,
            format!("{message}: another session created it while this one was planning"),
        )
        .hint("nothing was changed; run it again: objects that exist are left out of the plan"),
        _ => {
            let statement = statements.get(i).map_or("", String::as_str);
            let shown: String = statement.chars().take(200).collect();
            let more = if shown.len() < statement.len() {
                "…"
            } else {
                ""
            };
            ApiError::new(code, message).hint(format!(
                "nothing was changed; the statement that failed: {shown}{more}"
            ))
        }
    }
}

//! Running our DDL: with `lock_timeout` set for it alone, and saying plainly when
//! another session (most likely the sync) holds the table.

use pgrx::pg_sys::panic::CaughtError;
use pgrx::prelude::*;

use sequin_hasura_core::error::{ApiError, ApiResult, Code};

use super::internal;

use std::sync::atomic::{AtomicBool, Ordering};

/// True only while [`run`] runs our own DDL: the event trigger skips what it sees
/// then. Backend memory, not a setting, so no role can switch flagging off.
static INTERNAL_DDL: AtomicBool = AtomicBool::new(false);

/// `_sequin_hasura.internal_ddl()`, declared in `src/sql/event_trigger.sql`.
#[pg_extern(sql = false)]
fn sequin_hasura_internal_ddl() -> bool {
    INTERNAL_DDL.load(Ordering::Relaxed)
}

/// Run `statements` with `lock_timeout` set for them alone. A lock that cannot be had
/// in time is a clear error naming `subject`, not a hung migration.
pub fn run(statements: &[String], lock_timeout: &str, subject: &str) -> ApiResult<()> {
    if statements.is_empty() {
        return Ok(());
    }
    PgTryBuilder::new(|| {
        Spi::connect_mut(|c| {
            let old = c
                .update("SELECT pg_catalog.current_setting('lock_timeout')", Some(1), &[])?
                .first()
                .get_one::<String>()?
                .unwrap_or_else(|| "0".into());
            c.update("SELECT pg_catalog.set_config('lock_timeout', $1, true)", None, &[lock_timeout.into()])?;
            INTERNAL_DDL.store(true, Ordering::Relaxed);
            for s in statements {
                c.update(s.as_str(), None, &[])?;
            }
            INTERNAL_DDL.store(false, Ordering::Relaxed);
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
    // another session created the same object between our plan and our DDL
    .catch_when(PgSqlErrorCode::ERRCODE_DUPLICATE_COLUMN, |e| Err(created_meanwhile(Code::DuplicateColumn, e)))
    .catch_when(PgSqlErrorCode::ERRCODE_DUPLICATE_TABLE, |e| Err(created_meanwhile(Code::DuplicateTable, e)))
    // whatever happened, later DDL of this backend is flagged again
    .finally(|| INTERNAL_DDL.store(false, Ordering::Relaxed))
    .execute()
}

fn created_meanwhile(code: Code, e: CaughtError) -> ApiError {
    let message = match &e {
        CaughtError::PostgresError(r) | CaughtError::ErrorReport(r) => r.message().to_string(),
        CaughtError::RustPanic { ereport, .. } => ereport.message().to_string(),
    };
    ApiError::new(
        code,
        format!("{message}: another session created it while this one was planning"),
    )
    .hint("nothing was changed; run it again: objects that exist are left out of the plan")
}

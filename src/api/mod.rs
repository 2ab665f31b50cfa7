//! The SQL API: every `#[pg_extern]`, thin and typed, one file per family
//! ([`metadata`]: the reports; [`ddl`]: the functions that create objects). Each
//! reads what it needs through [`crate::pg`], hands it to the core's pipeline, and
//! turns [`ApiError`]s into Postgres errors with a SQLSTATE and a hint. All are
//! SECURITY INVOKER, and runs with `search_path = pg_catalog, pg_temp`, so nothing
//! a caller's search_path holds is ever called by our SQL (`regclass` and `regtype`
//! arguments are still resolved with the caller's own path, before the call).
//! (Watching is SQL: `src/sql/event_trigger.sql`.)

mod ddl;
mod metadata;

use pgrx::pg_sys::panic::ErrorReport;
use pgrx::prelude::*;
use pgrx::JsonB;

use sequin_hasura_core::error::{ApiError, ApiResult, Code, Notice};
use sequin_hasura_core::hasura::Analysis;
use sequin_hasura_core::options::{self, Function, Options};
use sequin_hasura_core::pipeline;

use crate::pg;

fn sqlstate(code: Code) -> PgSqlErrorCode {
    match code {
        Code::UnknownSchema => PgSqlErrorCode::ERRCODE_INVALID_SCHEMA_NAME,
        Code::InvalidParameter => PgSqlErrorCode::ERRCODE_INVALID_PARAMETER_VALUE,
        Code::NullValue => PgSqlErrorCode::ERRCODE_NULL_VALUE_NOT_ALLOWED,
        Code::FeatureNotSupported => PgSqlErrorCode::ERRCODE_FEATURE_NOT_SUPPORTED,
        Code::UndefinedColumn => PgSqlErrorCode::ERRCODE_UNDEFINED_COLUMN,
        Code::DuplicateColumn => PgSqlErrorCode::ERRCODE_DUPLICATE_COLUMN,
        Code::DuplicateTable => PgSqlErrorCode::ERRCODE_DUPLICATE_TABLE,
        Code::UndefinedTable => PgSqlErrorCode::ERRCODE_UNDEFINED_TABLE,
        Code::WrongObjectType => PgSqlErrorCode::ERRCODE_WRONG_OBJECT_TYPE,
        Code::LockNotAvailable => PgSqlErrorCode::ERRCODE_LOCK_NOT_AVAILABLE,
        Code::Internal => PgSqlErrorCode::ERRCODE_INTERNAL_ERROR,
    }
}

fn report(level: PgLogLevel, code: PgSqlErrorCode, message: String, hint: Option<String>) {
    let mut r = ErrorReport::new(code, message, "pg_sequin_hasura");
    if let Some(h) = hint {
        r = r.set_hint(h);
    }
    r.report(level);
}

/// The value of a call, or its error raised as an ERROR (which does not return).
fn or_raise<T>(result: ApiResult<T>) -> T {
    result.unwrap_or_else(|e| {
        report(PgLogLevel::ERROR, sqlstate(e.code), e.message, e.hint);
        unreachable!("ERROR does not return")
    })
}

fn notice(n: Option<Notice>) {
    if let Some(n) = n {
        report(
            PgLogLevel::NOTICE,
            PgSqlErrorCode::ERRCODE_SUCCESSFUL_COMPLETION,
            n.message,
            n.hint,
        );
    }
}

/// A required argument, or 22004 with an example.
fn required<T>(arg: Option<T>, name: &str, example: &str) -> ApiResult<T> {
    arg.ok_or_else(|| {
        ApiError::new(Code::NullValue, format!("{name} must not be NULL"))
            .hint(format!("for example {example}"))
    })
}

fn parse_options(options: &Option<JsonB>, function: Function) -> ApiResult<Options> {
    options::parse(options.as_ref().map(|j| &j.0), function)
}

/// Check the schemas, read the catalog (and rows), and analyse: what every
/// inferring function shares.
fn analyze(schema: &str, opts: &Options) -> ApiResult<Analysis> {
    let schemas = opts.schemas(schema);
    pg::catalog::check_schemas(&schemas)?;
    let tables = pg::catalog::load_tables(&schemas)?;
    let analysis = pipeline::analyze(
        tables,
        schema,
        opts,
        Some(&mut pg::rows::SpiRows),
        &mut pg::definition::Deparsed,
    )?;
    for n in &analysis.notices {
        notice(Some(n.clone()));
    }
    notice(pipeline::empty_schema_notice(&analysis, schema));
    Ok(analysis)
}

/// The `schema_name` argument, which must not be NULL.
fn schema_arg(schema_name: Option<&str>) -> ApiResult<&str> {
    schema_name.ok_or_else(|| {
        ApiError::new(Code::NullValue, "schema_name must not be NULL")
            .hint("pass a schema name, e.g. 'hubspot'")
    })
}

//! The SQL API: every `#[pg_extern]`, thin and typed. Each reads the catalog,
//! hands plain structs to the pure modules, and turns [`ApiError`]s into Postgres
//! errors with a SQLSTATE and a hint. All are SECURITY INVOKER.

use pgrx::pg_sys::panic::ErrorReport;
use pgrx::prelude::*;
use pgrx::JsonB;

use crate::catalog;
use crate::create;
use crate::error::{ApiError, ApiResult, Code};
use crate::options::{self, Options};
use crate::regtypes::{RegClass, RegType};
use crate::suggest::{self, Analysis};

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

/// Raise `e` as an ERROR; never returns.
fn raise(e: ApiError) -> ! {
    report(PgLogLevel::ERROR, sqlstate(e.code), e.message, e.hint);
    unreachable!("ERROR does not return")
}

fn notice(message: String, hint: Option<String>) {
    report(
        PgLogLevel::NOTICE,
        PgSqlErrorCode::ERRCODE_SUCCESSFUL_COMPLETION,
        message,
        hint,
    );
}

fn required<'a>(arg: Option<&'a str>, name: &str) -> ApiResult<&'a str> {
    arg.ok_or_else(|| {
        ApiError::new(Code::NullValue, format!("{name} must not be NULL"))
            .hint("pass a schema name, e.g. 'hubspot'")
    })
}

/// Read options, check schemas, load the catalog and infer: what every report shares.
fn analyze(
    schema_name: Option<&str>,
    options: Option<JsonB>,
    allowed: &[&str],
) -> ApiResult<(Analysis, Options)> {
    let schema = required(schema_name, "schema_name")?;
    let opts = options::parse(options.as_ref().map(|j| &j.0), allowed)?;
    let schemas = opts.schemas(schema);
    catalog::check_schemas(&schemas)?;
    let mut tables = catalog::load_tables(&schemas)?;
    suggest::sort_tables(&mut tables);
    let candidates = crate::infer::column_candidates(&tables, schema);
    let evidence = if opts.row_evidence {
        crate::sampling::gather(&tables, &candidates, opts.sample_rows)?
    } else {
        Default::default()
    };
    let analysis =
        suggest::analyze_sorted(tables, schema, opts.min_confidence, candidates, &evidence);
    if !analysis
        .tracked
        .iter()
        .any(|&i| analysis.tables[i].schema == schema)
    {
        notice(
            format!("schema \"{schema}\" has no tables or views that you can see"),
            Some(
                "the document tracks nothing from it; check the schema name and your privileges"
                    .into(),
            ),
        );
    }
    Ok((analysis, opts))
}

/// A Hasura metadata document (version 3) for `schema_name`: every table and view
/// tracked except Sequin's `_sync*` tables, and every inferred relationship at or
/// above `min_confidence`, in both directions, as `manual_configuration`.
#[pg_extern(stable)]
fn sequin_hasura_metadata(
    schema_name: Option<&str>,
    options: default!(Option<JsonB>, "'{}'"),
) -> JsonB {
    let (analysis, opts) =
        analyze(schema_name, options, options::METADATA_KEYS).unwrap_or_else(|e| raise(e));
    let skipped = suggest::needing_cast(&analysis);
    if !skipped.is_empty() {
        let list: Vec<String> = skipped
            .iter()
            .map(|r| {
                format!(
                    "{} (cast to {})",
                    suggest::describe(&analysis, r),
                    r.cast.as_deref().unwrap_or("?")
                )
            })
            .collect();
        notice(
            format!("left out {} relationship(s) whose column types differ: {}", skipped.len(), list.join("; ")),
            Some("add a generated column \"_<column>\" that casts the column to the key's type; it is used when present".into()),
        );
    }
    let news = catalog::unacknowledged(&opts.schemas(schema_name.unwrap_or_default()));
    if !news.is_empty() {
        notice(
            format!(
                "{} table change(s) flagged since the last acknowledgement: {}{}",
                news.len(),
                news.iter().take(10).cloned().collect::<Vec<_>>().join(", "),
                if news.len() > 10 {
                    format!(", and {} more", news.len() - 10)
                } else {
                    String::new()
                }
            ),
            Some("they are in this document; call sequin_hasura_ack() once Hasura has it".into()),
        );
    }
    JsonB(crate::metadata::build(&analysis, &opts))
}

/// One row per suggested relationship (object and array directions), with its
/// confidence, the evidence behind it, the cast it needs and the runner-up target.
#[pg_extern(stable)]
fn sequin_hasura_suggest_relationships(
    schema_name: Option<&str>,
    options: default!(Option<JsonB>, "'{}'"),
) -> TableIterator<
    'static,
    (
        name!(from_schema, String),
        name!(from_table, String),
        name!(from_columns, Vec<String>),
        name!(to_schema, String),
        name!(to_table, String),
        name!(to_columns, Vec<String>),
        name!(kind, String),
        name!(name, String),
        name!(confidence, f64),
        name!(evidence, JsonB),
        name!(cast, Option<String>),
        name!(runner_up, Option<String>),
    ),
> {
    let (analysis, _) =
        analyze(schema_name, options, options::COMMON_KEYS).unwrap_or_else(|e| raise(e));
    let rows: Vec<_> = suggest::suggestion_rows(&analysis)
        .into_iter()
        .map(|r| {
            (
                r.from_schema,
                r.from_table,
                r.from_columns,
                r.to_schema,
                r.to_table,
                r.to_columns,
                r.kind.to_string(),
                r.name,
                r.confidence,
                JsonB(r.evidence),
                r.cast,
                r.runner_up,
            )
        })
        .collect();
    TableIterator::new(rows)
}

fn required_value<T>(arg: Option<T>, name: &str, example: &str) -> ApiResult<T> {
    arg.ok_or_else(|| {
        ApiError::new(Code::NullValue, format!("{name} must not be NULL"))
            .hint(format!("for example {example}"))
    })
}

/// The three arguments every cast function needs, none of them NULL.
fn cast_arguments<'a>(
    tbl: Option<RegClass>,
    col: Option<&'a str>,
    as_type: Option<RegType>,
) -> ApiResult<(RegClass, &'a str, RegType)> {
    Ok((
        required_value(tbl, "tbl", "'salesforce.contact'")?,
        required_value(col, "col", "'user_id'")?,
        required_value(as_type, "as_type", "'int4'")?,
    ))
}

fn ddl_options(options: &Option<JsonB>, allowed: &[&str]) -> ApiResult<crate::options::DdlOptions> {
    options::parse_ddl(options.as_ref().map(|j| &j.0), allowed)
}

/// Add `new_column` (default `_<col>`) to `tbl` as `GENERATED ALWAYS AS (<safe cast
/// of col to as_type>) STORED` and return its name. A value that does not convert
/// becomes NULL, so a sync's INSERT never fails. Idempotent; runs under a short
/// `lock_timeout` (option, default 2s); the caller must own the table.
#[pg_extern]
fn sequin_hasura_create_cast_column(
    tbl: Option<RegClass>,
    col: Option<&str>,
    as_type: Option<RegType>,
    new_column: default!(Option<&str>, "NULL"),
    options: default!(Option<JsonB>, "'{}'"),
) -> String {
    (|| {
        let (tbl, col, as_type) = cast_arguments(tbl, col, as_type)?;
        let opts = ddl_options(&options, options::CAST_COLUMN_KEYS)?;
        create::create_cast_column(tbl.0, col, as_type.0, new_column, &opts)
    })()
    .unwrap_or_else(|e| raise(e))
}

/// The non-invasive alternative: a view (in `options.schema`, default the table's)
/// exposing the table's key, `col` and `col` cast to `as_type` as `_<col>`. Named
/// `view_name`, default `<table>_<col>_<type>`. The metadata relates through it.
#[pg_extern]
fn sequin_hasura_create_cast_view(
    tbl: Option<RegClass>,
    col: Option<&str>,
    as_type: Option<RegType>,
    view_name: default!(Option<&str>, "NULL"),
    options: default!(Option<JsonB>, "'{}'"),
) -> RegClass {
    (|| {
        let (tbl, col, as_type) = cast_arguments(tbl, col, as_type)?;
        let opts = ddl_options(&options, options::CAST_VIEW_KEYS)?;
        create::create_cast_view(tbl.0, col, as_type.0, view_name, &opts).map(RegClass)
    })()
    .unwrap_or_else(|e| raise(e))
}

/// A view joining both sides of a join table (`associations_contact_deal` →
/// `contacts_and_deals`): the join columns, the join table's attributes (`labels`),
/// and each side's name-like columns (or `options.columns`), prefixed by side.
#[pg_extern]
fn sequin_hasura_create_join_view(
    join_table: Option<RegClass>,
    view_name: default!(Option<&str>, "NULL"),
    options: default!(Option<JsonB>, "'{}'"),
) -> RegClass {
    (|| {
        let join_table = required_value(
            join_table,
            "join_table",
            "'hubspot.associations_contact_deal'",
        )?;
        let opts = ddl_options(&options, options::JOIN_VIEW_KEYS)?;
        create::create_join_view(join_table.0, view_name, &opts).map(RegClass)
    })()
    .unwrap_or_else(|e| raise(e))
}

fn plan_for(schema_name: Option<&str>, options: Option<JsonB>) -> ApiResult<Vec<String>> {
    let ddl = ddl_options(&options, options::PLAN_KEYS)?;
    let (analysis, _) = analyze(schema_name, options, options::PLAN_KEYS)?;
    create::plan(&analysis, &ddl)
}

/// The DDL that makes `schema_name` fully relatable, one statement a row, in order:
/// a cast column (or, with `"cast": "view"`, a cast view) for every suggested
/// reference whose column types differ, and join views with `"join_views": true`.
#[pg_extern(stable)]
fn sequin_hasura_plan(
    schema_name: Option<&str>,
    options: default!(Option<JsonB>, "'{}'"),
) -> SetOfIterator<'static, String> {
    SetOfIterator::new(plan_for(schema_name, options).unwrap_or_else(|e| raise(e)))
}

/// Run the plan of `sequin_hasura_plan(schema_name, options)` in the caller's
/// transaction, all or nothing, and return the statements it ran.
#[pg_extern]
fn sequin_hasura_apply(
    schema_name: Option<&str>,
    options: default!(Option<JsonB>, "'{}'"),
) -> SetOfIterator<'static, String> {
    let statements = (|| {
        let ddl = ddl_options(&options, options::PLAN_KEYS)?;
        let statements = plan_for(schema_name, options)?;
        // the first line is the plan's own SET LOCAL; `run` sets the timeout itself
        let body: Vec<String> = statements.iter().skip(1).cloned().collect();
        create::run(
            &body,
            &ddl.lock_timeout,
            &format!("the tables of schema {}", schema_name.unwrap_or("")),
        )?;
        Ok(body)
    })()
    .unwrap_or_else(|e: ApiError| raise(e));
    SetOfIterator::new(statements)
}

//! Creating cast columns, cast views and join views through SPI: look the objects
//! up, let `ddl` plan the statements, and run them under a short `lock_timeout`,
//! saying plainly when another session (the sync) holds the table.

use std::collections::BTreeMap;

use pgrx::pg_sys;
use pgrx::prelude::*;

use crate::catalog;
use crate::ddl::{
    default_cast_view_name, plan_cast_column, plan_cast_view, plan_join_view, Planned,
    QualifiedName, SideRef,
};
use crate::error::{ApiError, ApiResult, Code};
use crate::infer::entity_names;
use crate::model::{RelKind, Table};
use crate::options::DdlOptions;
use crate::suggest::{needing_cast, Analysis};

fn internal(e: impl std::fmt::Display) -> ApiError {
    ApiError::new(
        Code::Internal,
        format!("pg_sequin_hasura internal error: {e}"),
    )
}

/// Schema and name of a relation given by oid (a `regclass` argument).
pub fn relation_name(oid: pg_sys::Oid) -> ApiResult<QualifiedName> {
    let (schema, name) = Spi::connect(|c| {
        c.select(
            "SELECT n.nspname::text, c.relname::text FROM pg_catalog.pg_class c
             JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = $1",
            Some(1),
            &[oid.into()],
        )?
        .first()
        .get_two::<String, String>()
    })
    .map_err(internal)?;
    match (schema, name) {
        (Some(schema), Some(name)) => Ok(QualifiedName { schema, name }),
        _ => Err(ApiError::new(
            Code::UndefinedTable,
            format!("relation with oid {oid} does not exist"),
        )),
    }
}

/// The `typname` of a type given by oid (a `regtype` argument).
pub fn type_name(oid: pg_sys::Oid) -> ApiResult<String> {
    Spi::connect(|c| {
        c.select(
            "SELECT typname::text FROM pg_catalog.pg_type WHERE oid = $1",
            Some(1),
            &[oid.into()],
        )?
        .first()
        .get_one::<String>()
    })
    .map_err(internal)?
    .ok_or_else(|| {
        ApiError::new(
            Code::InvalidParameter,
            format!("type with oid {oid} does not exist"),
        )
    })
}

/// Every table of `q`'s schema the caller can see, and the index of `q` among them.
fn load_with(q: &QualifiedName) -> ApiResult<(Vec<Table>, usize)> {
    let mut tables = catalog::load_tables(std::slice::from_ref(&q.schema))?;
    crate::suggest::sort_tables(&mut tables);
    let i = tables
        .iter()
        .position(|t| t.schema == q.schema && t.name == q.name)
        .ok_or_else(|| {
            ApiError::new(
                Code::UndefinedTable,
                format!(
                    "relation \"{}\" does not exist or is not visible to you",
                    q.display()
                ),
            )
        })?;
    Ok((tables, i))
}

/// Whether a relation of that name exists, and its comment.
fn existing_relation(q: &QualifiedName) -> ApiResult<Option<Option<String>>> {
    Spi::connect(|c| {
        let mut rows = c.select(
            "SELECT pg_catalog.obj_description(c.oid, 'pg_class') FROM pg_catalog.pg_class c
             JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2",
            Some(1),
            &[q.schema.clone().into(), q.name.clone().into()],
        )?;
        Ok::<_, pgrx::spi::SpiError>(match rows.next() {
            None => None,
            Some(row) => Some(row.get::<String>(1)?),
        })
    })
    .map_err(internal)
}

/// Run `statements` with `lock_timeout` set for them alone. A lock that cannot be had
/// in time is a clear error naming the table, not a hung migration.
pub fn run(statements: &[String], lock_timeout: &str, subject: &str) -> ApiResult<()> {
    if statements.is_empty() {
        return Ok(());
    }
    let result = PgTryBuilder::new(|| {
        Spi::connect_mut(|c| {
            let old = c
                .update("SELECT pg_catalog.current_setting('lock_timeout')", Some(1), &[])?
                .first()
                .get_one::<String>()?
                .unwrap_or_else(|| "0".into());
            c.update("SELECT pg_catalog.set_config('lock_timeout', $1, true)", None, &[lock_timeout.into()])?;
            // the event trigger skips our own DDL
            c.update("SELECT pg_catalog.set_config('pg_sequin_hasura.internal_ddl', 'on', true)", None, &[])?;
            for s in statements {
                c.update(s.as_str(), None, &[])?;
            }
            c.update("SELECT pg_catalog.set_config('lock_timeout', $1, true)", None, &[old.into()])?;
            c.update("SELECT pg_catalog.set_config('pg_sequin_hasura.internal_ddl', 'off', true)", None, &[])?;
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
    .execute();
    result
}

fn created_meanwhile(code: Code, e: pgrx::pg_sys::panic::CaughtError) -> ApiError {
    let message = match &e {
        pgrx::pg_sys::panic::CaughtError::PostgresError(r)
        | pgrx::pg_sys::panic::CaughtError::ErrorReport(r) => r.message().to_string(),
        pgrx::pg_sys::panic::CaughtError::RustPanic { ereport, .. } => {
            ereport.message().to_string()
        }
    };
    ApiError::new(
        code,
        format!("{message}: another session created it while this one was planning"),
    )
    .hint("nothing was changed; run it again: objects that exist are left out of the plan")
}

fn notice_existing(what: &str, name: &str) {
    pgrx::notice!("{what} \"{name}\" already exists as asked; nothing to do");
}

pub fn create_cast_column(
    tbl: pg_sys::Oid,
    column: &str,
    as_type: pg_sys::Oid,
    new_column: Option<&str>,
    opts: &DdlOptions,
) -> ApiResult<String> {
    let q = relation_name(tbl)?;
    let target = type_name(as_type)?;
    let (tables, i) = load_with(&q)?;
    let planned = plan_cast_column(&tables[i], column, &target, new_column)?;
    if planned.statements.is_empty() {
        notice_existing("column", &planned.name);
    }
    run(
        &planned.statements,
        &opts.lock_timeout,
        &format!("table {}", q.display()),
    )?;
    Ok(planned.name)
}

fn regclass_of(q: &QualifiedName) -> ApiResult<pg_sys::Oid> {
    Spi::connect(|c| {
        c.select(
            "SELECT pg_catalog.to_regclass($1)::pg_catalog.oid",
            Some(1),
            &[q.quoted().into()],
        )?
        .first()
        .get_one::<pg_sys::Oid>()
    })
    .map_err(internal)?
    .ok_or_else(|| {
        ApiError::new(
            Code::Internal,
            format!(
                "pg_sequin_hasura internal error: {} was not created",
                q.display()
            ),
        )
    })
}

/// Run a planned view (or say it exists) and return its oid.
fn finish_view(
    planned: &Planned,
    view: &QualifiedName,
    base: &QualifiedName,
    opts: &DdlOptions,
) -> ApiResult<pg_sys::Oid> {
    if planned.statements.is_empty() {
        notice_existing("view", &view.display());
    }
    run(
        &planned.statements,
        &opts.lock_timeout,
        &format!("table {}", base.display()),
    )?;
    regclass_of(view)
}

fn view_name(
    given: Option<&str>,
    schema: &str,
    default: impl FnOnce() -> String,
) -> ApiResult<QualifiedName> {
    catalog::check_schemas(&[schema.to_string()])?;
    Ok(QualifiedName::new(
        schema,
        &given.map_or_else(default, str::to_string),
    ))
}

pub fn create_cast_view(
    tbl: pg_sys::Oid,
    column: &str,
    as_type: pg_sys::Oid,
    given_name: Option<&str>,
    opts: &DdlOptions,
) -> ApiResult<pg_sys::Oid> {
    let q = relation_name(tbl)?;
    let target = type_name(as_type)?;
    let (tables, i) = load_with(&q)?;
    let schema = opts.schema.clone().unwrap_or_else(|| q.schema.clone());
    let view = view_name(given_name, &schema, || {
        default_cast_view_name(&q.name, column, &target)
    })?;
    let existing = existing_relation(&view)?;
    let planned = plan_cast_view(
        &tables[i],
        column,
        &target,
        view.clone(),
        None,
        existing.as_ref().map(|c| c.as_deref()),
    )?;
    finish_view(&planned, &view, &q, opts)
}

/// The two sides of a join table, as inference sees them (names alone: join tables
/// are named plainly, and this keeps the call cheap).
fn plan_join(
    tables: &[Table],
    join: usize,
    refs: &[crate::infer::Reference],
    view_schema: Option<&str>,
    view_name: Option<&str>,
    columns: Option<&BTreeMap<String, Vec<String>>>,
) -> ApiResult<Planned> {
    let mut sides: Vec<SideRef> = Vec::new();
    for r in refs.iter().filter(|r| r.child == join && r.cast.is_none()) {
        if !sides.iter().any(|s| s.join_column == r.child_column) {
            sides.push(SideRef {
                join_column: &r.child_column,
                table: r.parent,
                key: &r.parent_column,
            });
        }
    }
    let lookup = |q: &QualifiedName| existing_relation(q).ok().flatten();
    plan_join_view(
        tables,
        join,
        &sides,
        &entity_names(tables),
        view_schema,
        view_name,
        columns,
        &lookup,
    )
}

pub fn create_join_view(
    join_table: pg_sys::Oid,
    given_name: Option<&str>,
    opts: &DdlOptions,
) -> ApiResult<pg_sys::Oid> {
    let q = relation_name(join_table)?;
    let (tables, i) = load_with(&q)?;
    let refs: Vec<_> = crate::infer::infer_with_evidence(&tables, &q.schema, &Default::default())
        .into_iter()
        .filter(|r| r.confidence >= crate::options::DEFAULT_MIN_CONFIDENCE)
        .collect();
    let schema = opts.schema.clone().unwrap_or_else(|| q.schema.clone());
    catalog::check_schemas(std::slice::from_ref(&schema))?;
    let planned = plan_join(
        &tables,
        i,
        &refs,
        Some(&schema),
        given_name,
        opts.columns.as_ref(),
    )?;
    let view = QualifiedName::new(&schema, &planned.name);
    finish_view(&planned, &view, &q, opts)
}

/// The DDL that makes the analysed schema fully relatable: a cast column (or cast
/// view) for every suggested reference whose types differ, and a join view for
/// every join table when asked. Objects that exist already are left out, so a
/// second plan after `apply` is empty.
pub fn plan(a: &Analysis, opts: &DdlOptions) -> ApiResult<Vec<String>> {
    let mut statements = Vec::new();
    let mut done = std::collections::BTreeSet::new();
    for r in needing_cast(a) {
        let t = &a.tables[r.child];
        if !matches!(t.kind, RelKind::Table | RelKind::PartitionedTable)
            || !done.insert((r.child, &r.child_column))
        {
            continue;
        }
        let target = r.cast.as_deref().unwrap_or("text");
        let planned = if opts.cast_views {
            let schema = opts.schema.clone().unwrap_or_else(|| t.schema.clone());
            let view = QualifiedName::new(
                &schema,
                &default_cast_view_name(&t.name, &r.child_column, target),
            );
            let existing = existing_relation(&view)?;
            plan_cast_view(
                t,
                &r.child_column,
                target,
                view,
                None,
                existing.as_ref().map(|c| c.as_deref()),
            )?
        } else {
            plan_cast_column(t, &r.child_column, target, None)?
        };
        statements.extend(planned.statements);
    }
    if opts.join_views {
        // a join table that has a join view of ours already (whatever its name) is done
        let covered: Vec<QualifiedName> = a
            .tables
            .iter()
            .filter_map(|t| match t.view_marker() {
                Some(crate::ddl::Marker::JoinView { join_table, .. }) => Some(join_table),
                _ => None,
            })
            .collect();
        let joins: std::collections::BTreeSet<usize> = a
            .refs
            .iter()
            .filter(|r| r.join_table)
            .map(|r| r.child)
            .filter(|&j| {
                !covered.contains(&QualifiedName::new(&a.tables[j].schema, &a.tables[j].name))
            })
            .collect();
        for j in joins {
            // a table that is not a two-sided join is skipped, not an error
            if let Ok(planned) =
                plan_join(&a.tables, j, &a.refs, opts.schema.as_deref(), None, None)
            {
                statements.extend(planned.statements);
            }
        }
    }
    if !statements.is_empty() {
        statements.insert(
            0,
            format!(
                "SET LOCAL lock_timeout = {}",
                crate::ddl::quote_literal(&opts.lock_timeout)
            ),
        );
    }
    Ok(statements)
}

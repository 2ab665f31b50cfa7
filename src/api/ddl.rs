//! The functions that create objects: cast columns, cast views, join views, and the
//! schema-wide plan and apply. Each plans in the core and runs the plan under a short
//! `lock_timeout`.

use pgrx::prelude::*;
use pgrx::JsonB;

use sequin_hasura_core::catalog::Table;
use sequin_hasura_core::ddl::plan::{self as planning, ExistingLookup, Planned};
use sequin_hasura_core::error::ApiResult;
use sequin_hasura_core::ident::QualifiedName;
use sequin_hasura_core::options::{Function, Options};
use sequin_hasura_core::pipeline;

use super::{analyze, notice, or_raise, parse_options, required, schema_arg};
use crate::pg::catalog::{self, Relations};
use crate::pg::execute::run;
use crate::pg::regtypes::{RegClass, RegType};

/// The three arguments every cast function needs, none of them NULL.
fn cast_arguments(
    tbl: Option<RegClass>,
    col: Option<&str>,
    as_type: Option<RegType>,
) -> ApiResult<(RegClass, &str, RegType)> {
    Ok((
        required(tbl, "tbl", "'salesforce.contact'")?,
        required(col, "col", "'user_id'")?,
        required(as_type, "as_type", "'int4'")?,
    ))
}

/// The table a `regclass` argument names, with every table of its schema the caller
/// can see (the planner's context). A partition is refused for its parent.
fn table_of(oid: pgrx::pg_sys::Oid) -> ApiResult<(QualifiedName, Vec<Table>, usize)> {
    let q = catalog::relation_name(oid)?;
    if let Some(parent) = catalog::partition_parent(oid)? {
        return Err(pipeline::partition_refused(&q, &parent));
    }
    let tables = catalog::load_tables(std::slice::from_ref(&q.schema))?;
    let i = pipeline::find_table(&tables, &q)?;
    Ok((q, tables, i))
}

/// Run a planned object (or say it exists already), locking `base` for no longer
/// than the options allow.
fn finish(
    what: &str,
    planned: &Planned,
    shown: &str,
    base: &QualifiedName,
    opts: &Options,
) -> ApiResult<()> {
    if planned.statements.is_empty() {
        pgrx::notice!("{what} \"{shown}\" already exists as asked; nothing to do");
    }
    run(
        &planned.statements,
        planned.creation.as_slice(),
        &opts.lock_timeout,
        &format!("table {}", base.display()),
    )
}

/// Add `new_column` (default `_<col>`) to `tbl` as `GENERATED ALWAYS AS (<safe cast
/// of col to as_type>) STORED` and return its name. A value that does not convert
/// becomes NULL, so a sync's INSERT never fails. Idempotent; runs under a short
/// `lock_timeout` (option, default 2s); the caller must own the table.
#[pg_extern]
#[search_path(pg_catalog, pg_temp)]
fn sequin_hasura_create_cast_column(
    tbl: Option<RegClass>,
    col: Option<&str>,
    as_type: Option<RegType>,
    new_column: default!(Option<&str>, "NULL"),
    options: default!(Option<JsonB>, "'{}'"),
) -> String {
    or_raise((|| {
        let (tbl, col, as_type) = cast_arguments(tbl, col, as_type)?;
        let opts = parse_options(&options, Function::CastColumn)?;
        let (q, tables, i) = table_of(tbl.0)?;
        let target = catalog::type_name(as_type.0)?;
        let planned = planning::plan_cast_column(&tables[i], col, &target, new_column)?;
        finish("column", &planned, &planned.name, &q, &opts)?;
        Ok(planned.name)
    })())
}

/// The non-invasive alternative: a view (in `options.schema`, default the table's)
/// exposing the table's key, `col` and `col` cast to `as_type` as `_<col>`. Named
/// `view_name`, default `<table>_<col>_<type>`. The metadata relates through it.
#[pg_extern]
#[search_path(pg_catalog, pg_temp)]
fn sequin_hasura_create_cast_view(
    tbl: Option<RegClass>,
    col: Option<&str>,
    as_type: Option<RegType>,
    view_name: default!(Option<&str>, "NULL"),
    options: default!(Option<JsonB>, "'{}'"),
) -> RegClass {
    or_raise((|| {
        let (tbl, col, as_type) = cast_arguments(tbl, col, as_type)?;
        let opts = parse_options(&options, Function::CastView)?;
        let (q, tables, i) = table_of(tbl.0)?;
        let target = catalog::type_name(as_type.0)?;
        let table = &tables[i];
        let schema = opts.schema.clone().unwrap_or_else(|| q.schema.clone());
        catalog::check_schemas(std::slice::from_ref(&schema))?;
        let view = QualifiedName::new(
            &schema,
            &view_name.map_or_else(
                || planning::default_cast_view_name(&q.name, col, &target),
                str::to_string,
            ),
        );
        let existing = Relations.relation(&view)?;
        let planned = planning::plan_cast_view(table, col, &target, view.clone(), None, &existing)?;
        finish("view", &planned, &view.display(), &q, &opts)?;
        catalog::regclass_of(&view).map(RegClass)
    })())
}

/// A view joining both sides of a join table (`associations_contact_deal` →
/// `contacts_and_deals`): the join columns, the join table's attributes (`labels`),
/// and each side's name-like columns (or `options.columns`), prefixed by side. The
/// sides are those `sequin_hasura_plan()` finds with the same options.
#[pg_extern]
#[search_path(pg_catalog, pg_temp)]
fn sequin_hasura_create_join_view(
    join_table: Option<RegClass>,
    view_name: default!(Option<&str>, "NULL"),
    options: default!(Option<JsonB>, "'{}'"),
) -> RegClass {
    or_raise((|| {
        let join_table = required(
            join_table,
            "join_table",
            "'hubspot.associations_contact_deal'",
        )?;
        let opts = parse_options(&options, Function::JoinView)?;
        let q = catalog::relation_name(join_table.0)?;
        let analysis = analyze(&q.schema, &opts)?;
        if let Some(schema) = &opts.schema {
            catalog::check_schemas(std::slice::from_ref(schema))?;
        }
        let planned = pipeline::join_view(&analysis, &q, view_name, &opts, &Relations)?;
        let view = QualifiedName::new(opts.schema.as_deref().unwrap_or(&q.schema), &planned.name);
        finish("view", &planned, &view.display(), &q, &opts)?;
        catalog::regclass_of(&view).map(RegClass)
    })())
}

/// The plan of `schema_name` with `options`.
fn plan_for(
    schema_name: Option<&str>,
    options: &Option<JsonB>,
) -> ApiResult<(planning::Plan, String)> {
    let opts = parse_options(options, Function::Plan)?;
    let schema = schema_arg(schema_name)?;
    let analysis = analyze(schema, &opts)?;
    let plan = pipeline::plan(&analysis, &opts, &Relations)?;
    for n in &plan.notices {
        notice(Some(n.clone()));
    }
    Ok((plan, schema.to_string()))
}

/// The DDL that makes `schema_name` fully relatable, one statement a row, in order:
/// a cast column (or, with `"cast": "view"`, a cast view) for every suggested
/// reference whose column types differ, and join views with `"join_views": true`.
#[pg_extern(stable)]
#[search_path(pg_catalog, pg_temp)]
fn sequin_hasura_plan(
    schema_name: Option<&str>,
    options: default!(Option<JsonB>, "'{}'"),
) -> SetOfIterator<'static, String> {
    let (plan, _) = or_raise(plan_for(schema_name, &options));
    SetOfIterator::new(plan.lines())
}

/// Run the plan of `sequin_hasura_plan(schema_name, options)` in the caller's
/// transaction, all or nothing, and return the statements it ran.
#[pg_extern]
#[search_path(pg_catalog, pg_temp)]
fn sequin_hasura_apply(
    schema_name: Option<&str>,
    options: default!(Option<JsonB>, "'{}'"),
) -> SetOfIterator<'static, String> {
    let statements = or_raise((|| {
        let (plan, schema) = plan_for(schema_name, &options)?;
        run(
            &plan.statements,
            &plan.creations,
            &plan.lock_timeout,
            &format!("the tables of schema {schema}"),
        )?;
        Ok(plan.statements)
    })());
    SetOfIterator::new(statements)
}

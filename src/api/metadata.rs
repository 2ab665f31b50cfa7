//! The reports: `sequin_hasura_metadata()` and `sequin_hasura_suggest_relationships()`.
//! Both only read.

use pgrx::prelude::*;
use pgrx::JsonB;

use sequin_hasura_core::hasura::{document, export, suggestions};
use sequin_hasura_core::options::Function;
use sequin_hasura_core::pipeline;

use super::{analyze, notice, or_raise, parse_options, schema_arg};
use crate::pg;

/// A Hasura metadata document (version 3) for `schema_name`: every table and view
/// tracked except Sequin's `_sync*` tables, and every inferred relationship at or
/// above `min_confidence`, in both directions, as `manual_configuration`; merged
/// into a project's export (`merge_into`), as a request (`format`), or as DDN files.
#[pg_extern(stable)]
#[search_path(pg_catalog, pg_temp)]
fn sequin_hasura_metadata(
    schema_name: Option<&str>,
    options: default!(Option<JsonB>, "'{}'"),
) -> JsonB {
    or_raise((|| {
        let schema = schema_arg(schema_name)?;
        let opts = parse_options(&options, Function::Metadata)?;
        if let Some(export) = &opts.merge_into {
            // a malformed export is refused before any catalog or row is read
            export::parse_export(export)?;
        }
        let analysis = analyze(schema, &opts)?;
        notice(pipeline::needing_cast_notice(&analysis));
        let flagged = pg::catalog::unacknowledged(&opts.schemas(schema));
        notice(pipeline::flagged_notice(&flagged));
        notice(pipeline::pending_notice(&pg::catalog::pending(
            &opts.schemas(schema),
        )));
        let built = document::build(&analysis, &opts)?;
        for n in built.notices {
            notice(Some(n));
        }
        Ok(JsonB(built.document))
    })())
}

/// One row per suggested relationship (object and array directions), with its
/// confidence, the evidence behind it, the cast it needs and the runner-up target.
#[pg_extern(stable)]
#[search_path(pg_catalog, pg_temp)]
#[allow(clippy::type_complexity)] // pgrx reads the column names from this signature
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
    let analysis = or_raise((|| {
        let schema = schema_arg(schema_name)?;
        analyze(schema, &parse_options(&options, Function::Suggest)?)
    })());
    let rows: Vec<_> = suggestions::suggestion_rows(&analysis)
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

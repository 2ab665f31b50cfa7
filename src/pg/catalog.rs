//! Reading the catalog: one query, one jsonb document decoded by the core; plus the
//! small look-ups the create functions need. Read-only.

use pgrx::pg_sys;
use pgrx::prelude::*;

use sequin_hasura_core::catalog::{self, Table, LOAD_SQL, VISIBLE_SCHEMAS_SQL};
use sequin_hasura_core::ddl::plan::{Existing, ExistingLookup};
use sequin_hasura_core::error::{ApiError, ApiResult, Code};
use sequin_hasura_core::ident::QualifiedName;

use super::internal;

fn visible_schemas() -> ApiResult<Vec<String>> {
    Spi::connect(|client| {
        client
            .select(VISIBLE_SCHEMAS_SQL, Some(1), &[])?
            .first()
            .get_one::<Vec<String>>()
            .map(Option::unwrap_or_default)
    })
    .map_err(internal)
}

/// Fail with 3F000 and a "did you mean" hint unless every schema is visible.
pub fn check_schemas(wanted: &[String]) -> ApiResult<()> {
    catalog::check_schemas(wanted, &visible_schemas()?)
}

/// Every table and view the caller may see in `schemas`, sorted.
pub fn load_tables(schemas: &[String]) -> ApiResult<Vec<Table>> {
    // as text, parsed straight into structs: no intermediate serde_json::Value
    let text = Spi::connect(|client| {
        client
            .select(LOAD_SQL, Some(1), &[schemas.to_vec().into()])?
            .first()
            .get_one::<String>()
    })
    .map_err(internal)?;
    match text {
        Some(text) => catalog::decode(&text),
        None => Ok(vec![]),
    }
}

/// Flagged table changes in `schemas` not yet acknowledged, as `schema.table (event)`.
/// Empty when the extension's state is gone or unreadable: this only informs.
pub fn unacknowledged(schemas: &[String]) -> Vec<String> {
    Spi::connect(|c| {
        let present = c
            .select(
                "SELECT pg_catalog.to_regclass('_sequin_hasura.flagged') IS NOT NULL
                   AND pg_catalog.has_table_privilege('_sequin_hasura.flagged', 'SELECT')
                   -- with row_security = off (as pg_dump sets it), reading a table whose
                   -- policies apply to the caller is an error: then there is nothing to say
                   AND (pg_catalog.current_setting('row_security') OPERATOR(pg_catalog.<>) 'off'
                        OR NOT pg_catalog.row_security_active('_sequin_hasura.flagged'))",
                Some(1),
                &[],
            )?
            .first()
            .get_one::<bool>()?
            .unwrap_or(false);
        if !present {
            return Ok(vec![]);
        }
        texts(
            c,
            "SELECT pg_catalog.format('%s.%s (%s)', table_schema, table_name, event)
             FROM _sequin_hasura.flagged WHERE acked_at IS NULL AND table_schema = ANY ($1)
             ORDER BY flagged_at, id",
            schemas,
        )
    })
    .unwrap_or_default()
}

/// The one text column of `query`'s rows, `$1` being `schemas`.
fn texts(
    c: &pgrx::spi::SpiClient<'_>,
    query: &str,
    schemas: &[String],
) -> Result<Vec<String>, pgrx::spi::SpiError> {
    c.select(query, None, &[schemas.to_vec().into()])?
        .map(|r| r.get::<String>(1).map(Option::unwrap_or_default))
        .collect()
}

/// Objects of ours in `schemas` waiting to be re-created after a sync's DDL, as
/// `schema.name[.column] (reason)`. Empty when the state is unreadable: this informs.
pub fn pending(schemas: &[String]) -> Vec<String> {
    Spi::connect(|c| {
        texts(
            c,
            "SELECT pg_catalog.format('%s.%s%s (%s)', object_schema, object_name,
                    coalesce('.' || column_name, ''), reason)
             FROM _sequin_hasura.pending WHERE object_schema = ANY ($1) ORDER BY id",
            schemas,
        )
    })
    .unwrap_or_default()
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

/// The name we know a type given by oid by (a `regtype` argument): see
/// `catalog::known_type_name` (a type of another schema named `int4` is not `int4`).
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
    .map(|name| catalog::known_type_name(oid.to_u32(), &name))
    .ok_or_else(|| {
        ApiError::new(
            Code::InvalidParameter,
            format!("type with oid {oid} does not exist"),
        )
    })
}

/// The partitioned table `oid` is a partition of, if it is one.
pub fn partition_parent(oid: pg_sys::Oid) -> ApiResult<Option<QualifiedName>> {
    let (schema, name) = Spi::connect(|c| {
        let rows = c.select(
            "SELECT n.nspname::text, p.relname::text FROM pg_catalog.pg_inherits i
             JOIN pg_catalog.pg_class p ON p.oid = i.inhparent
             JOIN pg_catalog.pg_namespace n ON n.oid = p.relnamespace
             JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid
             WHERE i.inhrelid = $1 AND c.relispartition",
            Some(1),
            &[oid.into()],
        )?;
        if rows.is_empty() {
            return Ok((None, None));
        }
        rows.first().get_two::<String, String>()
    })
    .map_err(internal)?;
    Ok(schema
        .zip(name)
        .map(|(schema, name)| QualifiedName { schema, name }))
}

/// The oid of a relation we just created.
pub fn regclass_of(q: &QualifiedName) -> ApiResult<pg_sys::Oid> {
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

/// Whether a relation of a given name exists, and its comment, from `pg_class`.
pub struct Relations;

impl ExistingLookup for Relations {
    fn relation(&self, q: &QualifiedName) -> ApiResult<Existing> {
        Spi::connect(|c| {
            let mut rows = c.select(
                "SELECT pg_catalog.obj_description(c.oid, 'pg_class') FROM pg_catalog.pg_class c
                 JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2",
                Some(1),
                &[q.schema.clone().into(), q.name.clone().into()],
            )?;
            Ok::<_, pgrx::spi::SpiError>(match rows.next() {
                None => Existing::Absent,
                Some(row) => Existing::Present {
                    comment: row.get::<String>(1)?,
                },
            })
        })
        .map_err(internal)
    }
}

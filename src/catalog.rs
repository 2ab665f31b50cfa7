//! Reading the catalog through SPI into [`crate::model`] structs. One query, one
//! jsonb document, deserialised with serde; read-only.

use pgrx::prelude::*;

use crate::error::{ApiError, ApiResult, Code};
use crate::model::Table;
use crate::names::similar;

const LOAD_CATALOG: &str = include_str!("sql/load_catalog.sql");

/// Schemas the caller may see, as information_schema.schemata shows them.
const VISIBLE_SCHEMAS: &str = "
SELECT coalesce(pg_catalog.array_agg(n.nspname::text ORDER BY n.nspname), '{}')
FROM pg_catalog.pg_namespace n
WHERE (pg_catalog.pg_has_role(n.nspowner, 'USAGE')
       OR pg_catalog.has_schema_privilege(n.oid, 'CREATE, USAGE'))
  AND n.nspname !~ '^pg_(toast|temp_|toast_temp_)'";

fn internal(e: impl std::fmt::Display) -> ApiError {
    ApiError::new(
        Code::Internal,
        format!("pg_sequin_hasura internal error: {e}"),
    )
}

pub fn visible_schemas() -> ApiResult<Vec<String>> {
    Spi::connect(|client| {
        client
            .select(VISIBLE_SCHEMAS, Some(1), &[])?
            .first()
            .get_one::<Vec<String>>()
            .map(Option::unwrap_or_default)
    })
    .map_err(internal)
}

/// Fail with 3F000 and a "did you mean" hint unless every schema is visible.
pub fn check_schemas(wanted: &[String]) -> ApiResult<()> {
    let visible = visible_schemas()?;
    for s in wanted {
        if !visible.contains(s) {
            let close = similar(s, &visible, 3);
            let hint = if close.is_empty() {
                "list the schemas with \\dn; the name is case-sensitive".to_string()
            } else {
                format!(
                    "similar schemas: {}",
                    close
                        .iter()
                        .map(|c| format!("\"{c}\""))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            };
            return Err(ApiError::new(
                Code::UnknownSchema,
                format!("schema \"{s}\" does not exist"),
            )
            .hint(hint));
        }
    }
    Ok(())
}

/// Flagged table changes in `schemas` not yet acknowledged, as `schema.table (event)`.
/// Empty when the extension's state is gone or unreadable: this only informs.
pub fn unacknowledged(schemas: &[String]) -> Vec<String> {
    Spi::connect(|c| {
        let present = c
            .select(
                "SELECT pg_catalog.to_regclass('_sequin_hasura.flagged') IS NOT NULL
                   AND pg_catalog.has_table_privilege('_sequin_hasura.flagged', 'SELECT')",
                Some(1),
                &[],
            )?
            .first()
            .get_one::<bool>()?
            .unwrap_or(false);
        if !present {
            return Ok(vec![]);
        }
        let rows = c.select(
            "SELECT pg_catalog.format('%s.%s (%s)', table_schema, table_name, event)
             FROM _sequin_hasura.flagged WHERE acked_at IS NULL AND table_schema = ANY ($1)
             ORDER BY flagged_at, id",
            None,
            &[schemas.to_vec().into()],
        )?;
        rows.map(|r| r.get::<String>(1).map(Option::unwrap_or_default))
            .collect::<Result<Vec<_>, _>>()
    })
    .unwrap_or_default()
}

/// Every table and view the caller may see in `schemas`.
pub fn load_tables(schemas: &[String]) -> ApiResult<Vec<Table>> {
    // as text, parsed straight into structs: no intermediate serde_json::Value
    let text = Spi::connect(|client| {
        client
            .select(LOAD_CATALOG, Some(1), &[schemas.to_vec().into()])?
            .first()
            .get_one::<String>()
    })
    .map_err(internal)?;
    let Some(text) = text else {
        return Ok(vec![]);
    };
    let mut tables: Vec<Table> = serde_json::from_str(&text).map_err(internal)?;
    // our views from other schemas count only when they stand on these schemas
    tables.retain(|t| {
        schemas.contains(&t.schema)
            || t.view_marker()
                .is_some_and(|m| m.base_schemas().iter().any(|s| schemas.contains(s)))
    });
    Ok(tables)
}

//! The catalog model: plain structs for what the catalog query read, decoded from its
//! one jsonb document. Inference and the outputs work over these only.

use crate::error::{ApiError, ApiResult, Code};
use crate::ident::QualifiedName;
use crate::words::similar;

mod builtin;
mod keys;
mod model;
mod sequin;
mod types;

pub use builtin::known_type_name;
pub use keys::choose_key;
pub use model::{Access, Column, RelKind, Table};
pub use sequin::{is_sequin_system_column, is_sequin_system_table, is_sync_tool_column};
pub use types::{id_like, joinable, type_family, TypeFamily};

/// The one catalog query: every table and view of the schemas in `$1` that the
/// caller may see, as one jsonb array (see [`decode`]).
pub const LOAD_SQL: &str = include_str!("load_catalog.sql");

/// Schemas the caller may see, as information_schema.schemata shows them.
pub const VISIBLE_SCHEMAS_SQL: &str = "
SELECT coalesce(pg_catalog.array_agg(n.nspname::text ORDER BY n.nspname), '{}')
FROM pg_catalog.pg_namespace n
WHERE (pg_catalog.pg_has_role(n.nspowner, 'USAGE')
       OR pg_catalog.has_schema_privilege(n.oid, 'CREATE, USAGE'))
  AND n.nspname !~ '^pg_(toast|temp_|toast_temp_)'";

/// The index of the relation named `q`, if the catalog holds it.
pub fn position(tables: &[Table], q: &QualifiedName) -> Option<usize> {
    tables
        .iter()
        .position(|t| t.schema == q.schema && t.name == q.name)
}

/// The table (not a view) named `q`: what our objects may stand on.
pub fn base_table<'a>(tables: &'a [Table], q: &QualifiedName) -> Option<&'a Table> {
    position(tables, q)
        .map(|i| &tables[i])
        .filter(|t| t.kind != RelKind::View)
}

/// Tables and views, sorted by schema and name: the order every index into them
/// (references, relationships, evidence) is relative to.
pub fn sort_tables(tables: &mut [Table]) {
    tables.sort_by(|a, b| (&a.schema, &a.name).cmp(&(&b.schema, &b.name)));
}

/// Decode the catalog query's text into tables, sorted.
pub fn decode(text: &str) -> ApiResult<Vec<Table>> {
    let mut tables: Vec<Table> = serde_json::from_str(text).map_err(|e| {
        ApiError::new(
            Code::Internal,
            format!("pg_sequin_hasura internal error: {e}"),
        )
    })?;
    sort_tables(&mut tables);
    Ok(tables)
}

/// Fail with 3F000 and a "did you mean" hint unless every schema is visible.
pub fn check_schemas(wanted: &[String], visible: &[String]) -> ApiResult<()> {
    for s in wanted {
        if !visible.contains(s) {
            let close = similar(s, visible, 3);
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

//! The catalog model: plain structs for what the catalog query read, decoded from its
//! one jsonb document. Inference and the outputs work over these only.

use serde::Deserialize;

use crate::error::{ApiError, ApiResult, Code};
use crate::words::similar;

mod keys;
mod sequin;
mod types;

pub use keys::choose_key;
pub use sequin::{is_sequin_system_column, is_sequin_system_table};
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

/// The kind of relation, as `pg_class.relkind` says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum RelKind {
    #[serde(rename = "r")]
    Table,
    #[serde(rename = "p")]
    PartitionedTable,
    #[serde(rename = "v")]
    View,
    #[serde(rename = "m")]
    MaterializedView,
    #[serde(rename = "f")]
    ForeignTable,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub name: String,
    /// The base type's `typname` (domains resolved; `_text` for `text[]`).
    pub base_type: String,
    pub is_array: bool,
    /// `GENERATED ALWAYS AS (...) STORED`.
    pub generated: bool,
    /// The caller may SELECT it, so its rows can be sampled.
    pub selectable: bool,
    /// Our marker comment, when we created the column (`pg_sequin_hasura:{...}`).
    pub marker: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(from = "RawTable")]
pub struct Table {
    pub schema: String,
    pub name: String,
    pub kind: RelKind,
    pub columns: Vec<Column>,
    /// Columns of the primary key, in key order (empty when there is none).
    pub primary_key: Vec<String>,
    /// Columns that alone carry a unique index or constraint (primary key included).
    pub unique_columns: Vec<String>,
    /// `pg_class.reltuples`: -1 when never analysed.
    pub row_estimate: f64,
    /// `pg_class.relpages`: 0 with a row estimate of 0 means analysed and empty.
    pub pages: i64,
    /// Our marker comment, when we created the view (`pg_sequin_hasura:{...}`).
    pub marker: Option<String>,
}

/// The catalog query's shape: columns as compact `[name, base type, flags]` arrays.
#[derive(Deserialize)]
struct RawTable {
    schema: String,
    name: String,
    kind: RelKind,
    columns: Vec<(String, String, u8)>,
    #[serde(default)]
    column_markers: std::collections::BTreeMap<String, String>,
    #[serde(default)]
    primary_key: Vec<String>,
    #[serde(default)]
    unique_columns: Vec<String>,
    #[serde(default)]
    row_estimate: f64,
    #[serde(default)]
    pages: i64,
    #[serde(default)]
    marker: Option<String>,
}

const FLAG_ARRAY: u8 = 1;
const FLAG_GENERATED: u8 = 2;
const FLAG_SELECTABLE: u8 = 4;

impl From<RawTable> for Table {
    fn from(mut raw: RawTable) -> Self {
        let columns = raw
            .columns
            .into_iter()
            .map(|(name, base_type, flags)| Column {
                marker: raw.column_markers.remove(&name),
                name,
                base_type,
                is_array: flags & FLAG_ARRAY != 0,
                generated: flags & FLAG_GENERATED != 0,
                selectable: flags & FLAG_SELECTABLE != 0,
            })
            .collect();
        Table {
            schema: raw.schema,
            name: raw.name,
            kind: raw.kind,
            columns,
            primary_key: raw.primary_key,
            unique_columns: raw.unique_columns,
            row_estimate: raw.row_estimate,
            pages: raw.pages,
            marker: raw
                .marker
                .filter(|m| m.starts_with(crate::marker::MARKER_PREFIX)),
        }
    }
}

impl Table {
    /// The cast or join view marker this relation carries, if we created it.
    pub fn view_marker(&self) -> Option<crate::marker::Marker> {
        let m = crate::marker::Marker::parse(self.marker.as_deref()?)?;
        (!matches!(m, crate::marker::Marker::CastColumn { .. })).then_some(m)
    }
}

impl Table {
    /// Analysed and found empty: nothing to sample.
    pub fn known_empty(&self) -> bool {
        self.pages == 0 && self.row_estimate == 0.0
    }

    pub fn column(&self, name: &str) -> Option<&Column> {
        self.columns.iter().find(|c| c.name == name)
    }

    pub fn qualified(&self) -> String {
        format!("{}.{}", self.schema, self.name)
    }
}

/// Tables and views, sorted by schema and name: the order every index into them
/// (references, relationships, evidence) is relative to.
pub fn sort_tables(tables: &mut [Table]) {
    tables.sort_by(|a, b| (&a.schema, &a.name).cmp(&(&b.schema, &b.name)));
}

/// Decode the catalog query's text into tables, sorted. Our views from schemas not
/// asked about count only when they stand on those asked about.
pub fn decode(text: &str, schemas: &[String]) -> ApiResult<Vec<Table>> {
    let mut tables: Vec<Table> = serde_json::from_str(text).map_err(|e| {
        ApiError::new(
            Code::Internal,
            format!("pg_sequin_hasura internal error: {e}"),
        )
    })?;
    tables.retain(|t| {
        schemas.contains(&t.schema)
            || t.view_marker()
                .is_some_and(|m| m.base_schemas().iter().any(|s| schemas.contains(s)))
    });
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

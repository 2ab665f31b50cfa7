//! Plain structs describing what the catalog reader saw. Inference and the metadata
//! builder work over these only, so they are unit-tested without Postgres.

use serde::Deserialize;

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
                .filter(|m| m.starts_with(crate::ddl::MARKER_PREFIX)),
        }
    }
}

impl Table {
    /// The cast or join view marker this relation carries, if we created it.
    pub fn view_marker(&self) -> Option<crate::ddl::Marker> {
        let m = crate::ddl::Marker::parse(self.marker.as_deref()?)?;
        (!matches!(m, crate::ddl::Marker::CastColumn { .. })).then_some(m)
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

/// Sequin's own bookkeeping tables, which are never tracked or related.
pub fn is_sequin_system_table(name: &str) -> bool {
    name.starts_with("_sync") || name == "_airtable_schema"
}

/// Sequin's per-row bookkeeping columns.
pub fn is_sequin_system_column(name: &str) -> bool {
    name.starts_with("_sync")
}

/// The type families that Postgres compares without an explicit cast.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum TypeFamily {
    String,
    Number,
    Uuid,
    Other,
}

pub fn type_family(base_type: &str) -> TypeFamily {
    match base_type {
        "text" | "varchar" | "bpchar" | "name" | "citext" => TypeFamily::String,
        "int2" | "int4" | "int8" | "numeric" | "float4" | "float8" | "oid" => TypeFamily::Number,
        "uuid" => TypeFamily::Uuid,
        _ => TypeFamily::Other,
    }
}

/// Can `a = b` be evaluated by Postgres without a cast?
pub fn joinable(a: &Column, b: &Column) -> bool {
    if a.is_array || b.is_array {
        return false;
    }
    let (fa, fb) = (type_family(&a.base_type), type_family(&b.base_type));
    if fa == TypeFamily::Other || fb == TypeFamily::Other {
        return a.base_type == b.base_type;
    }
    fa == fb
}

/// Types whose values can be ids of another row.
pub fn id_like(col: &Column) -> bool {
    !col.is_array && type_family(&col.base_type) != TypeFamily::Other
}

#[cfg(test)]
pub mod fixtures {
    //! Compact builders for unit tests.
    use super::*;

    pub fn col(name: &str, ty: &str) -> Column {
        let is_array = ty.ends_with("[]");
        let base = ty.trim_end_matches("[]");
        let base_type = match base {
            "varchar" | "character varying" => "varchar",
            "integer" | "int4" => "int4",
            "bigint" | "int8" => "int8",
            "timestamp" => "timestamp",
            other => other,
        };
        Column {
            name: name.into(),
            base_type: if is_array {
                format!("_{base_type}")
            } else {
                base_type.into()
            },
            is_array,
            generated: false,
            selectable: true,
            marker: None,
        }
    }

    /// A Sequin-style table: `id text primary key` plus the given columns.
    pub fn sequin_table(schema: &str, name: &str, cols: &[(&str, &str)]) -> Table {
        let mut columns = vec![col("id", "text")];
        columns.extend(cols.iter().map(|(n, t)| col(n, t)));
        columns.push(col("_sync_inserted_at", "timestamp"));
        columns.push(col("_sync_updated_at", "timestamp"));
        Table {
            schema: schema.into(),
            name: name.into(),
            kind: RelKind::Table,
            columns,
            primary_key: vec!["id".into()],
            unique_columns: vec!["id".into()],
            row_estimate: 0.0,
            pages: 0,
            marker: None,
        }
    }

    /// A table with no key: only the given columns.
    pub fn keyless_table(schema: &str, name: &str, cols: &[(&str, &str)]) -> Table {
        Table {
            schema: schema.into(),
            name: name.into(),
            kind: RelKind::Table,
            columns: cols.iter().map(|(n, t)| col(n, t)).collect(),
            primary_key: vec![],
            unique_columns: vec![],
            row_estimate: 0.0,
            pages: 0,
            marker: None,
        }
    }
}

//! Tables and columns as the catalog query returns them (columns as compact
//! `[name, base type, flags]` arrays), decoded with serde.

use serde::Deserialize;

use crate::marker::{Marker, MARKER_PREFIX};

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
            marker: raw.marker.filter(|m| m.starts_with(MARKER_PREFIX)),
        }
    }
}

impl Table {
    /// The cast or join view marker this relation carries, if we created it.
    pub fn view_marker(&self) -> Option<Marker> {
        let m = Marker::parse(self.marker.as_deref()?)?;
        (!matches!(m, Marker::CastColumn { .. })).then_some(m)
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

//! Tables and columns as the catalog query returns them (columns as compact
//! `[name, type name, flags, type oid]` arrays), decoded with serde.

use serde::Deserialize;

use super::builtin::known_type_name;
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
    /// The base type (domains resolved): a built-in's `typname` (`int4`, `_text` is
    /// not one), or for any other type `typname#oid`, which names no built-in.
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
    /// Our marker comment, when we created the view (`pg_sequin_hasura:{...}`);
    /// cleared by `ddl::trust::trust_markers` unless the view is what it says.
    pub marker: Option<String>,
    /// Who owns it, and what reading it would run.
    pub access: Access,
}

/// Ownership and what reading a relation involves: what `trust_markers` and
/// sampling decide by.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Access {
    /// The owner's role oid.
    #[serde(default)]
    pub owner: i64,
    /// The caller is (a member of) the owner: it may see the relation (a superuser
    /// is a member of every role).
    #[serde(default = "yes")]
    pub caller_owns: bool,
    /// The caller's own role is the owner (not by membership): what makes a marked
    /// view the caller's own.
    #[serde(default)]
    pub owned_by_caller: bool,
    /// Reading it runs no function or operator from outside pg_catalog (no index
    /// expression or predicate, no row security policy, that calls one).
    #[serde(default = "yes")]
    pub safe_to_read: bool,
    /// A view's dependencies: `(schema, table, column)`, the column absent for a
    /// whole relation (filled for views with a marker only).
    #[serde(default)]
    pub reads: Vec<(String, String, Option<String>)>,
    /// How many functions or operators from outside pg_catalog a marked view calls.
    #[serde(default)]
    pub foreign_calls: i64,
    /// A view created `WITH (security_invoker = true)`.
    #[serde(default)]
    pub security_invoker: bool,
}

fn yes() -> bool {
    true
}

impl Default for Access {
    fn default() -> Self {
        Access {
            owner: 0,
            caller_owns: true,
            owned_by_caller: false,
            safe_to_read: true,
            reads: vec![],
            foreign_calls: 0,
            security_invoker: false,
        }
    }
}

/// The catalog query's shape: columns as compact `[name, type name, flags, type oid]`.
#[derive(Deserialize)]
struct RawTable {
    schema: String,
    name: String,
    kind: RelKind,
    columns: Vec<(String, String, u8, u32)>,
    #[serde(flatten)]
    access: Access,
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
            .map(|(name, typname, flags, oid)| Column {
                marker: raw.column_markers.remove(&name),
                name,
                base_type: known_type_name(oid, &typname),
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
            access: raw.access,
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

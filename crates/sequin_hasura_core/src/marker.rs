//! The marker comment each object we create carries (`pg_sequin_hasura:{json}`) so re-runs can recognise it and the metadata
//! builder can relate it; the marker is data, never something the object depends on.

use serde::{Deserialize, Serialize};

use crate::ident::QualifiedName;

pub const MARKER_PREFIX: &str = "pg_sequin_hasura:";

/// One side of a join view: the join table's column, the side's table and key,
/// and the prefix its columns get in the view.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JoinSide {
    pub table: QualifiedName,
    pub join_column: String,
    pub key: String,
    pub prefix: String,
    /// Columns of the side shown in the view (without the prefix).
    pub columns: Vec<String>,
}

/// What an object we created is, as stored in its comment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Marker {
    /// A generated column casting `column` to `type`.
    CastColumn {
        column: String,
        #[serde(rename = "type")]
        type_name: String,
    },
    /// A view exposing `base.key`, `base.column` and `column` cast to `type` as `cast_column`.
    CastView {
        base: QualifiedName,
        key: String,
        column: String,
        cast_column: String,
        #[serde(rename = "type")]
        type_name: String,
    },
    /// A view joining both sides through `join_table`.
    JoinView {
        join_table: QualifiedName,
        attributes: Vec<String>,
        sides: Vec<JoinSide>,
    },
}

impl Marker {
    pub fn comment(&self) -> String {
        format!(
            "{MARKER_PREFIX}{}",
            serde_json::to_string(self).expect("marker serialises")
        )
    }

    /// The schemas of the tables a view marker stands on.
    pub fn base_schemas(&self) -> Vec<String> {
        match self {
            Marker::CastColumn { .. } => vec![],
            Marker::CastView { base, .. } => vec![base.schema.clone()],
            Marker::JoinView {
                join_table, sides, ..
            } => std::iter::once(join_table)
                .chain(sides.iter().map(|s| &s.table))
                .map(|q| q.schema.clone())
                .collect(),
        }
    }

    pub fn parse(comment: &str) -> Option<Marker> {
        serde_json::from_str(comment.strip_prefix(MARKER_PREFIX)?).ok()
    }
}

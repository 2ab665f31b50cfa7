//! The marker comment each object we create carries (`pg_sequin_hasura:{json}`), so
//! re-runs recognise it and the metadata relates it. The marker is data, never
//! something the object depends on, and never trusted alone: `catalog::trust` checks
//! who owns a marked view and what it reads before anything believes it.
//!
//! Each marker records the generation of the SQL that made the object (`"gen"`,
//! absent before 0.2.0), so objects made by an older release are recognised as ours
//! but out of date, and plans re-create them.

use serde::{Deserialize, Serialize};

use crate::ident::{fitted_name, QualifiedName, MAX_IDENTIFIER_BYTES};

pub const MARKER_PREFIX: &str = "pg_sequin_hasura:";

/// The generation of the SQL we generate now. 1: release 0.1.0 (no `gen` in the
/// marker); 2: 0.2.0 (safe casts that bind only pg_catalog, `security_invoker` views).
pub const CURRENT_GENERATION: u32 = 2;

fn first_generation() -> u32 {
    1
}

/// The marker as stored: the generation beside the marker's own fields.
#[derive(Serialize, Deserialize)]
struct Stamped {
    #[serde(default = "first_generation")]
    gen: u32,
    #[serde(flatten)]
    marker: Marker,
}

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
    /// The comment that marks an object of the current generation.
    pub fn comment(&self) -> String {
        let stamped = Stamped {
            gen: CURRENT_GENERATION,
            marker: self.clone(),
        };
        format!(
            "{MARKER_PREFIX}{}",
            serde_json::to_string(&stamped).expect("marker serialises")
        )
    }

    /// A join view's output columns, in order, each with where it is read from (`None`
    /// the join table, `Some(i)` side `i`) and its unique name: the join columns, the
    /// join table's own attributes, then each side's columns with its prefix.
    /// Every name fits in 63 bytes, so Postgres never truncates one into another: a
    /// longer one is shortened with a hash of it ([`fitted_name`]); a name taken by an
    /// earlier column gets `_2`, `_3`… (or, when that would not fit, a hashed
    /// alternative). Empty for other markers.
    pub fn join_view_sources(&self) -> Vec<(Option<usize>, String, String)> {
        let Marker::JoinView {
            attributes, sides, ..
        } = self
        else {
            return vec![];
        };
        let mut out: Vec<(Option<usize>, String, String)> = Vec::new();
        let mut push = |side: Option<usize>, column: &str, wanted: String| {
            let taken = |name: &str| out.iter().any(|(_, _, existing)| existing == name);
            let mut name = fitted_name(&wanted, 0);
            let mut n = 2;
            while taken(&name) {
                let numbered = format!("{wanted}_{n}");
                name = if numbered.len() <= MAX_IDENTIFIER_BYTES {
                    numbered
                } else {
                    fitted_name(&wanted, n - 1)
                };
                n += 1;
            }
            out.push((side, column.to_string(), name));
        };
        for s in sides {
            push(None, &s.join_column, s.join_column.clone());
        }
        for a in attributes {
            push(None, a, a.clone());
        }
        for (i, s) in sides.iter().enumerate() {
            for c in &s.columns {
                push(Some(i), c, format!("{}_{c}", s.prefix));
            }
        }
        out
    }

    /// The columns a view with this marker has, in order.
    pub fn view_column_names(&self) -> Vec<String> {
        match self {
            Marker::CastColumn { .. } => vec![],
            Marker::CastView {
                key,
                column,
                cast_column,
                ..
            } => vec![key.clone(), column.clone(), cast_column.clone()],
            Marker::JoinView { .. } => self
                .join_view_sources()
                .into_iter()
                .map(|(_, _, name)| name)
                .collect(),
        }
    }

    /// Every table column a view with this marker reads.
    pub fn view_reads(&self) -> Vec<(QualifiedName, String)> {
        match self {
            Marker::CastColumn { .. } => vec![],
            Marker::CastView {
                base, key, column, ..
            } => vec![(base.clone(), key.clone()), (base.clone(), column.clone())],
            Marker::JoinView {
                join_table, sides, ..
            } => {
                let mut out: Vec<(QualifiedName, String)> = self
                    .join_view_sources()
                    .into_iter()
                    .map(|(side, column, _)| match side {
                        None => (join_table.clone(), column),
                        Some(i) => (sides[i].table.clone(), column),
                    })
                    .collect();
                for s in sides {
                    out.push((s.table.clone(), s.key.clone()));
                }
                out.sort();
                out.dedup();
                out
            }
        }
    }

    /// The tables a view with this marker stands on.
    pub fn view_bases(&self) -> Vec<QualifiedName> {
        match self {
            Marker::CastColumn { .. } => vec![],
            Marker::CastView { base, .. } => vec![base.clone()],
            Marker::JoinView {
                join_table, sides, ..
            } => std::iter::once(join_table.clone())
                .chain(sides.iter().map(|s| s.table.clone()))
                .collect(),
        }
    }

    /// The marker a comment holds, whatever its generation.
    pub fn parse(comment: &str) -> Option<Marker> {
        Self::parse_with_generation(comment).map(|(m, _)| m)
    }

    /// The marker a comment holds and the generation that wrote it.
    pub fn parse_with_generation(comment: &str) -> Option<(Marker, u32)> {
        let stamped: Stamped = serde_json::from_str(comment.strip_prefix(MARKER_PREFIX)?).ok()?;
        Some((stamped.marker, stamped.gen))
    }
}

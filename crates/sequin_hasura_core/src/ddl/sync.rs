//! Stepping out of the sync's way and coming back. Before a sync's DDL that our
//! objects would block (DROP TABLE, ALTER COLUMN … TYPE, DROP COLUMN), the event
//! trigger drops the cast columns and views of ours that stand on what changes and
//! records each as *pending*; after any DDL, every pending object whose tables and
//! columns exist again is re-created from its marker with this release's SQL (the
//! cast for the column's new type, the view over the re-created table). What cannot
//! come back yet stays pending, and flagged.

use super::plan::{plan_cast_column, plan_cast_view, Existing};
use super::statements::create_join_view;
use crate::catalog::{base_table, Table};
use crate::error::ApiResult;
use crate::ident::QualifiedName;
use crate::marker::Marker;

/// One object of ours that stepped aside, as the pending table records it.
#[derive(Debug, Clone, PartialEq)]
pub struct Pending {
    /// The view, or the table of the cast column.
    pub relation: QualifiedName,
    /// The cast column's name (`None` for a view).
    pub column: Option<String>,
    /// Its marker comment, as it was.
    pub marker: String,
}

/// The statements that bring `p` back, `None` while what it stands on is missing
/// (or its marker is unreadable). `tables` holds the schemas it may stand on.
pub fn recreate(tables: &[Table], p: &Pending) -> ApiResult<Option<Vec<String>>> {
    let Some(marker) = Marker::parse(&p.marker) else {
        return Ok(None);
    };
    match (&marker, &p.column) {
        (Marker::CastColumn { column, type_name }, Some(name)) => {
            let Some(t) = base_table(tables, &p.relation) else {
                return Ok(None);
            };
            if t.column(column).is_none() || t.column(name).is_some() {
                return Ok(None);
            }
            Ok(Some(
                plan_cast_column(t, column, type_name, Some(name))?.statements,
            ))
        }
        (
            Marker::CastView {
                base,
                column,
                cast_column,
                type_name,
                ..
            },
            None,
        ) => {
            let Some(b) = base_table(tables, base) else {
                return Ok(None);
            };
            if b.column(column).is_none() || b.key_columns().is_empty() {
                return Ok(None);
            }
            let planned = plan_cast_view(
                b,
                column,
                type_name,
                p.relation.clone(),
                Some(cast_column),
                &Existing::Absent,
            )?;
            Ok(Some(planned.statements))
        }
        (Marker::JoinView { .. }, None) => {
            // every column it reads must be there again
            for (q, c) in marker.view_reads() {
                if base_table(tables, &q).is_none_or(|t| t.column(&c).is_none()) {
                    return Ok(None);
                }
            }
            Ok(Some(create_join_view(&p.relation, &marker)))
        }
        _ => Ok(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::*;

    fn pending_column() -> Pending {
        Pending {
            relation: QualifiedName::new("s", "contact"),
            column: Some("_user_id".into()),
            marker: Marker::CastColumn {
                column: "user_id".into(),
                type_name: "int4".into(),
            }
            .comment(),
        }
    }

    #[test]
    fn a_cast_column_comes_back_when_its_table_and_column_are_there() {
        let p = pending_column();
        assert_eq!(recreate(&[], &p).unwrap(), None, "table gone");
        let bare = sequin_table("s", "contact", &[("email", "text")]);
        assert_eq!(recreate(&[bare], &p).unwrap(), None, "source column gone");
        let back = sequin_table("s", "contact", &[("user_id", "varchar")]);
        let statements = recreate(&[back], &p).unwrap().unwrap();
        assert!(statements[0].starts_with("ALTER TABLE \"s\".\"contact\" ADD COLUMN \"_user_id\" pg_catalog.int4 GENERATED ALWAYS AS (CASE WHEN pg_catalog.btrim((\"user_id\")"), "{statements:?}");
        // retyped to text: the cast follows the new type
        let retyped = sequin_table("s", "contact", &[("user_id", "text")]);
        assert!(recreate(&[retyped], &p).unwrap().is_some());
    }

    #[test]
    fn views_come_back_over_the_tables_they_read() {
        let view = Pending {
            relation: QualifiedName::new("s", "contact_user_id_int4"),
            column: None,
            marker: contact_user_id_cast_view("s").comment(),
        };
        assert_eq!(recreate(&[], &view).unwrap(), None);
        let back = sequin_table("s", "contact", &[("user_id", "varchar")]);
        let statements = recreate(&[back], &view).unwrap().unwrap();
        assert!(statements[0].starts_with(
            "CREATE VIEW \"s\".\"contact_user_id_int4\" WITH (security_invoker = true)"
        ));
        assert!(recreate(
            &[],
            &Pending {
                marker: "a human comment".into(),
                ..view
            }
        )
        .unwrap()
        .is_none());
    }
}

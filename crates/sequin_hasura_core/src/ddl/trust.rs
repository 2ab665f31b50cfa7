//! Markers are never trusted alone. A view counts as ours only when it lies in a
//! schema the call covers (the catalog query reads no other), stands on tables the
//! call covers, is owned by the owner of every table it reads (or by the caller's
//! own role), calls no function or operator from outside pg_catalog, has exactly the
//! columns and reads exactly the table columns its marker describes, and (made by
//! this release) is `security_invoker` with exactly the query we generate for that
//! marker, as PostgreSQL itself deparses both. Any other marked view is a stranger's:
//! its marker is dropped (it is tracked as the plain view it is) and the caller is
//! told. Views of an older release are held to everything but the exact query (their
//! SQL was another), and plans re-create them.

use super::cast::cast_expression;
use super::statements::{cast_view_select, join_view_select};
use crate::catalog::{base_table, RelKind, Table};
use crate::error::{ApiResult, Notice};
use crate::ident::{quote_ident, QualifiedName};
use crate::marker::{Marker, CURRENT_GENERATION};

/// Compares a view's definition with a query, as the database deparses both (the
/// extension's implementation parses the query and deparses it next to the view's).
pub trait DefinitionCheck {
    fn same_definition(&mut self, view: &QualifiedName, query: &str) -> ApiResult<bool>;
}

/// The query a view with this marker must hold, built as we build it.
fn expected_query(tables: &[Table], marker: &Marker) -> Option<String> {
    match marker {
        Marker::CastView {
            base,
            column,
            type_name,
            ..
        } => {
            let b = base_table(tables, base)?;
            let source = b.column(column)?;
            let expression = cast_expression(
                &format!("b.{}", quote_ident(column)),
                &source.base_type,
                type_name,
            )
            .ok()?;
            Some(cast_view_select(&expression, marker))
        }
        Marker::JoinView { .. } => Some(join_view_select(marker)),
        Marker::CastColumn { .. } => None,
    }
}

/// Why the marker of `view` is not believed, if it is not.
fn distrust(
    tables: &[Table],
    view: &Table,
    marker: &Marker,
    generation: u32,
    definitions: &mut dyn DefinitionCheck,
) -> ApiResult<Option<String>> {
    let structure = distrust_structure(tables, view, marker);
    if structure.is_some() || generation < CURRENT_GENERATION {
        return Ok(structure);
    }
    if !view.access.security_invoker {
        return Ok(Some("it is not security_invoker".into()));
    }
    let same = match expected_query(tables, marker) {
        Some(query) => {
            definitions.same_definition(&QualifiedName::new(&view.schema, &view.name), &query)?
        }
        None => false,
    };
    Ok((!same).then(|| "its query is not the one its marker describes".to_string()))
}

/// What a view's catalog entry alone shows against its marker.
fn distrust_structure(tables: &[Table], view: &Table, marker: &Marker) -> Option<String> {
    let mut bases = Vec::new();
    for q in marker.view_bases() {
        match base_table(tables, &q) {
            Some(t) => bases.push(t),
            None => {
                return Some(format!(
                    "it stands on {}, which is not a table of this call",
                    q.display()
                ))
            }
        }
    }
    if !view.access.owned_by_caller && bases.iter().any(|b| b.access.owner != view.access.owner) {
        return Some("its owner owns neither its tables nor is the caller".into());
    }
    if view.access.foreign_calls > 0 {
        return Some("it calls functions or operators from outside pg_catalog".into());
    }
    let columns: Vec<&str> = view.columns.iter().map(|c| c.name.as_str()).collect();
    if columns != marker.view_column_names() {
        return Some("its columns are not the ones its marker describes".into());
    }
    let expected = marker.view_reads();
    let expected_tables = marker.view_bases();
    for (schema, table, column) in &view.access.reads {
        let q = QualifiedName::new(schema, table);
        let known = match column {
            Some(c) => expected.iter().any(|(t, ec)| *t == q && ec == c),
            None => expected_tables.contains(&q),
        };
        if !known {
            return Some(format!(
                "it reads {}{}, which its marker does not",
                q.display(),
                column
                    .as_deref()
                    .map(|c| format!(".{c}"))
                    .unwrap_or_default()
            ));
        }
    }
    let missing = expected.iter().find(|(t, c)| {
        !view
            .access
            .reads
            .iter()
            .any(|(s, n, rc)| *s == t.schema && *n == t.name && rc.as_deref() == Some(c))
    });
    if let Some((t, c)) = missing {
        return Some(format!("it does not read {}.{c}", t.display()));
    }
    None
}

/// Drop the marker of every marked view that is not ours, and say which and why.
pub fn trust_markers(
    tables: &mut [Table],
    definitions: &mut dyn DefinitionCheck,
) -> ApiResult<Vec<Notice>> {
    let mut verdicts = Vec::new();
    for (i, t) in tables.iter().enumerate() {
        if t.kind != RelKind::View {
            continue;
        }
        let marked = t.marker.as_deref().and_then(Marker::parse_with_generation);
        if let Some((m, generation)) =
            marked.filter(|(m, _)| !matches!(m, Marker::CastColumn { .. }))
        {
            if let Some(why) = distrust(tables, t, &m, generation, definitions)? {
                verdicts.push((i, why));
            }
        }
    }
    Ok(verdicts
        .into_iter()
        .map(|(i, why)| {
            tables[i].marker = None;
            Notice {
                message: format!(
                    "view {} carries a pg_sequin_hasura marker but is not ours: {why}",
                    tables[i].qualified()
                ),
                hint: Some(
                    "it is tracked as a plain view, with no relationship from its marker".into(),
                ),
            }
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Access;
    use crate::testing::*;

    /// A database where every view's query is what we asked, or none is.
    struct Definitions(bool, Vec<String>);
    impl DefinitionCheck for Definitions {
        fn same_definition(&mut self, _: &QualifiedName, query: &str) -> ApiResult<bool> {
            self.1.push(query.to_string());
            Ok(self.0)
        }
    }

    fn cast_view(owner: i64, reads: &[(&str, &str, Option<&str>)], columns: &[&str]) -> Table {
        let mut v = keyless_table(
            "s",
            "contact_user_id_int4",
            &columns.iter().map(|c| (*c, "text")).collect::<Vec<_>>(),
        );
        v.kind = RelKind::View;
        v.marker = Some(contact_user_id_cast_view("s").comment());
        v.access = Access {
            owner,
            // a superuser caller is a member of every role: that makes no view its own
            caller_owns: true,
            reads: reads
                .iter()
                .map(|(s, t, c)| (s.to_string(), t.to_string(), c.map(str::to_string)))
                .collect(),
            security_invoker: true,
            ..Default::default()
        };
        v
    }

    fn schema_with(view: Table) -> Vec<Table> {
        let mut contact = sequin_table("s", "contact", &[("user_id", "varchar")]);
        contact.access.owner = 10;
        vec![contact, view]
    }

    #[test]
    fn a_view_that_is_what_its_marker_says_is_believed() {
        let good = cast_view(
            10,
            &[
                ("s", "contact", None),
                ("s", "contact", Some("id")),
                ("s", "contact", Some("user_id")),
            ],
            &["id", "user_id", "_user_id"],
        );
        let mut tables = schema_with(good.clone());
        let mut db = Definitions(true, vec![]);
        assert!(trust_markers(&mut tables, &mut db).unwrap().is_empty());
        assert!(tables[1].view_marker().is_some());
        assert!(
            db.1[0].starts_with("SELECT b.\"id\", b.\"user_id\", CASE WHEN"),
            "{:?}",
            db.1
        );
        // the same columns and reads, another query (a WHERE, a constant): a stranger
        let mut tables = schema_with(good.clone());
        let notices = trust_markers(&mut tables, &mut Definitions(false, vec![])).unwrap();
        assert!(
            notices[0].message.contains("its query is not"),
            "{notices:?}"
        );
        // made by this release without security_invoker: a stranger
        let mut plain = good;
        plain.access.security_invoker = false;
        let mut tables = schema_with(plain);
        let notices = trust_markers(&mut tables, &mut Definitions(true, vec![])).unwrap();
        assert!(
            notices[0].message.contains("security_invoker"),
            "{notices:?}"
        );
    }

    #[test]
    fn forged_markers_are_dropped_with_a_notice() {
        let reads = [
            ("s", "contact", Some("id")),
            ("s", "contact", Some("user_id")),
        ];
        let cols = ["id", "user_id", "_user_id"];
        let mut foreign = cast_view(10, &reads, &cols);
        foreign.access.foreign_calls = 1;
        let mut elsewhere = cast_view(10, &reads, &cols);
        elsewhere.marker = Some(contact_user_id_cast_view("other").comment());
        for (view, why) in [
            (cast_view(66, &reads, &cols), "owner"),
            (foreign, "outside pg_catalog"),
            (
                cast_view(10, &reads, &["id", "user_id", "_user_id", "runs_as"]),
                "columns",
            ),
            (
                cast_view(10, &[reads[0], reads[1], ("s", "secret", Some("x"))], &cols),
                "reads s.secret.x",
            ),
            (
                cast_view(10, &reads[..1], &cols),
                "does not read s.contact.user_id",
            ),
            (elsewhere, "not a table of this call"),
        ] {
            let mut tables = schema_with(view);
            let notices = trust_markers(&mut tables, &mut Definitions(true, vec![])).unwrap();
            assert_eq!(notices.len(), 1, "{why}");
            assert!(
                notices[0].message.contains(why),
                "{why}: {}",
                notices[0].message
            );
            assert!(tables[1].view_marker().is_none(), "{why}");
        }
        // the caller's own view needs no matching owner
        let mut mine = cast_view(66, &reads, &cols);
        mine.access.owned_by_caller = true;
        let mut tables = schema_with(mine);
        assert!(trust_markers(&mut tables, &mut Definitions(true, vec![]))
            .unwrap()
            .is_empty());
    }
}

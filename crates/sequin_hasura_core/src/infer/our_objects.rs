//! The relations of objects we created, read from their markers: a cast view is one
//! row per base row and carries its base column's reference; a join view refers to
//! both sides; a generated cast column joins in place of the column it casts.

use super::entity::EntityIndex;
use super::reference::Reference;
use crate::catalog::{joinable, position, Column, Table};
use crate::marker::Marker;

fn view_reference(
    tables: &[Table],
    view: usize,
    column: &str,
    parent: usize,
    key: &str,
    role: &str,
    rule: &str,
) -> Reference {
    Reference {
        child: view,
        child_column: column.to_string(),
        parent,
        parent_column: key.to_string(),
        role: role.to_string(),
        confidence: 1.0,
        rules: vec![rule.to_string()],
        runner_up: None,
        cast: None,
        join_column: None,
        join_table: false,
        polymorphic: false,
        one_to_one: false,
        measured: None,
        key_unique: tables[parent].is_unique_key(key),
    }
}

/// The relationships of the views we created, from their markers: a cast view is one
/// row per base row, and carries the base column's reference through its cast
/// column; a join view refers to both sides.
pub(super) fn view_references(
    tables: &[Table],
    index: &EntityIndex,
    refs: &[Reference],
) -> Vec<Reference> {
    let mut out = Vec::new();
    for (v, view) in tables.iter().enumerate() {
        match view.view_marker() {
            Some(Marker::CastView {
                base,
                key,
                column,
                cast_column,
                ..
            }) => {
                let Some(b) = position(tables, &base) else {
                    continue;
                };
                let mut to_base =
                    view_reference(tables, v, &key, b, &key, &index.entity[b], "cast_view_base");
                to_base.one_to_one = true;
                out.push(to_base);
                if let Some(r) = refs
                    .iter()
                    .find(|r| r.child == b && r.child_column == column && r.cast.is_some())
                {
                    let mut through = r.clone();
                    through.child = v;
                    through.join_column = Some(cast_column.clone());
                    through.rules.push("cast_view".into());
                    through.join_table = false;
                    out.push(through);
                }
            }
            Some(Marker::JoinView { sides, .. }) => {
                for s in &sides {
                    let Some(t) = position(tables, &s.table) else {
                        continue;
                    };
                    out.push(view_reference(
                        tables,
                        v,
                        &s.join_column,
                        t,
                        &s.key,
                        &s.prefix,
                        "join_view",
                    ));
                }
            }
            _ => {}
        }
    }
    out
}

/// The generated column `_<col>` that already casts `col` to the key's type.
pub(super) fn cast_column(child: &Table, col: &Column, key: Option<&Column>) -> Option<String> {
    let key = key?;
    let wanted = format!("_{}", col.name);
    // ours by its marker (whatever its name), or named `_<col>` by hand
    let casts_col = |c: &Column| {
        c.marker.as_deref().and_then(Marker::parse).is_some_and(
            |m| matches!(m, Marker::CastColumn { ref column, .. } if *column == col.name),
        ) || c.name == wanted
    };
    let mut found: Vec<&Column> = child
        .columns
        .iter()
        .filter(|c| c.generated && casts_col(c) && joinable(c, key))
        .collect();
    // prefer the marked one
    found.sort_by_key(|c| c.marker.is_none());
    found.first().map(|c| c.name.clone())
}

//! Join views: the seed guide's `deals_and_contacts`, both sides of a join table
//! joined through it, each side's name-like columns (or the chosen ones) prefixed by
//! side.

use std::collections::BTreeMap;

use super::objects::{
    check_existing, check_identifier, creation, replacing, unknown_column, Existing,
    ExistingLookup, ObjectKind, Planned, Standing,
};
use super::statements::create_join_view;
use crate::catalog::{is_sequin_system_column, Table};
use crate::error::{ApiError, ApiResult, Code};
use crate::ident::{fitted_name, QualifiedName};
use crate::infer::Reference;
use crate::marker::{JoinSide, Marker};
use crate::words::plural_name;

/// Columns that name a row for a human, shown by default in join views.
fn name_like(column: &str) -> bool {
    const NAMES: &[&str] = &[
        "name", "title", "subject", "email", "label", "domain", "username",
    ];
    let c = column.to_lowercase();
    NAMES.contains(&c.as_str())
        || c.ends_with("name")
        || c.ends_with("_title")
        || c.ends_with("_email")
        || c == "firstname"
        || c == "lastname"
}

/// What the caller asked of a join view: where, named what, showing which columns of
/// each side (by side prefix or table name). `None` means the default.
#[derive(Debug, Clone, Copy, Default)]
pub struct JoinViewRequest<'a> {
    pub view_schema: Option<&'a str>,
    pub view_name: Option<&'a str>,
    pub columns: Option<&'a BTreeMap<String, Vec<String>>>,
}

/// One side of a join table, as inference found it: the join table's column and the
/// side's table index and key.
pub struct SideRef<'a> {
    pub join_column: &'a str,
    pub table: usize,
    pub key: &'a str,
}

/// The marker of a view joining both sides of `join` through it. `sides` are the join
/// table's two references; `columns` picks each side's columns by prefix or table name.
pub(super) fn join_view_marker(
    tables: &[Table],
    join: usize,
    sides: &[SideRef],
    columns: Option<&BTreeMap<String, Vec<String>>>,
) -> ApiResult<Marker> {
    let jt = &tables[join];
    if sides.len() != 2 {
        return Err(ApiError::new(
            Code::InvalidParameter,
            format!(
                "\"{}\" is not a join table: it refers to {} table(s), not 2",
                jt.qualified(),
                sides.len()
            ),
        )
        .hint(
            "a join table holds two references (like associations_contact_deal) and little else",
        ));
    }
    let ref_cols: Vec<&str> = sides.iter().map(|s| s.join_column).collect();
    let attributes: Vec<String> = jt
        .columns
        .iter()
        .filter(|c| {
            !ref_cols.contains(&c.name.as_str())
                && c.name != "id"
                && !is_sequin_system_column(&c.name)
        })
        .map(|c| c.name.clone())
        .collect();
    let mut join_sides = Vec::new();
    for s in sides {
        let t = &tables[s.table];
        let prefix = s
            .join_column
            .strip_suffix("_id")
            .unwrap_or(s.join_column)
            .to_string();
        let chosen = columns.and_then(|m| m.get(&prefix).or_else(|| m.get(&t.name)));
        let cols = match chosen {
            Some(list) => {
                for c in list {
                    t.column(c).ok_or_else(|| unknown_column(t, c))?;
                }
                list.clone()
            }
            None => t
                .columns
                .iter()
                .filter(|c| {
                    c.name != s.key && !is_sequin_system_column(&c.name) && name_like(&c.name)
                })
                .map(|c| c.name.clone())
                .collect(),
        };
        join_sides.push(JoinSide {
            table: QualifiedName::new(&t.schema, &t.name),
            join_column: s.join_column.to_string(),
            key: s.key.to_string(),
            prefix,
            columns: cols,
        });
    }
    if let Some(m) = columns {
        for k in m.keys() {
            if !join_sides
                .iter()
                .any(|s| &s.prefix == k || &s.table.name == k)
            {
                return Err(ApiError::new(
                    Code::InvalidParameter,
                    format!(
                        "option \"columns\" names \"{k}\", which is not a side of this join table"
                    ),
                )
                .hint(format!(
                    "the sides are: {}",
                    join_sides
                        .iter()
                        .map(|s| s.prefix.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                )));
            }
        }
    }
    Ok(Marker::JoinView {
        join_table: QualifiedName::new(&jt.schema, &jt.name),
        attributes,
        sides: join_sides,
    })
}

/// The name a join view reads best by, `contacts_and_deals` (before it is fitted).
pub(super) fn wanted_join_view_name(sides: &[SideRef], entities: &[String]) -> String {
    let mut names: Vec<String> = sides
        .iter()
        .map(|s| plural_name(&entities[s.table]))
        .collect();
    names.sort();
    names.join("_and_")
}

/// The join view `view` made for `marker`, given what stands at its name.
pub(super) fn planned_join_view(
    view: QualifiedName,
    marker: Marker,
    found: &Existing,
) -> ApiResult<Planned> {
    let standing = check_existing("view", &view.display(), found, &marker)?;
    let statements = match standing {
        Standing::Current => vec![],
        standing => replacing(standing, &view, create_join_view(&view, &marker)),
    };
    Ok(Planned {
        creation: creation(ObjectKind::View, view.display(), standing, &statements),
        name: view.name,
        marker,
        statements,
    })
}

/// A view joining both sides of `join` through it. `sides` are the join table's two
/// references; `columns` picks each side's columns by prefix or table name. The
/// default name (`contacts_and_deals`, in the join table's schema) is shortened to fit.
pub fn plan_join_view(
    tables: &[Table],
    join: usize,
    sides: &[SideRef],
    entities: &[String],
    request: &JoinViewRequest,
    existing: &dyn ExistingLookup,
) -> ApiResult<Planned> {
    let marker = join_view_marker(tables, join, sides, request.columns)?;
    let view = QualifiedName::new(
        request.view_schema.unwrap_or(&tables[join].schema),
        &request.view_name.map_or_else(
            || fitted_name(&wanted_join_view_name(sides, entities), 0),
            str::to_string,
        ),
    );
    check_identifier("view", &view.name)?;
    let found = existing.relation(&view)?;
    planned_join_view(view, marker, &found)
}

/// The two sides of join table `join`, as inference found them.
pub(super) fn join_sides<'a>(join: usize, refs: &'a [Reference]) -> Vec<SideRef<'a>> {
    let mut sides: Vec<SideRef> = Vec::new();
    for r in refs.iter().filter(|r| r.child == join && r.cast.is_none()) {
        if !sides.iter().any(|s| s.join_column == r.child_column) {
            sides.push(SideRef {
                join_column: &r.child_column,
                table: r.parent,
                key: &r.parent_column,
            });
        }
    }
    sides
}

/// The join view of join table `join`, its two sides as inference found them.
pub fn plan_join(
    tables: &[Table],
    entities: &[String],
    join: usize,
    refs: &[Reference],
    request: &JoinViewRequest,
    existing: &dyn ExistingLookup,
) -> ApiResult<Planned> {
    let sides = join_sides(join, refs);
    plan_join_view(tables, join, &sides, entities, request, existing)
}

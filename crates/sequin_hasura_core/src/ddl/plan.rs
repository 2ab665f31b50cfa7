//! Planning: what to create, so `sequin_hasura_plan` and the create functions share
//! one path. What exists already is asked of an [`ExistingLookup`] (the extension's
//! reads the catalog), so every decision is unit-tested without Postgres.

use std::collections::{BTreeMap, BTreeSet};

use super::cast::cast_expression;
use super::statements::{add_cast_column, create_cast_view, create_join_view};
use crate::catalog::{is_sequin_system_column, RelKind, Table};
use crate::error::{ApiError, ApiResult, Code};
use crate::ident::{quote_ident, quote_literal, QualifiedName};
use crate::infer::Reference;
use crate::marker::{JoinSide, Marker};
use crate::options::Options;
use crate::words::{plural_name, similar};

/// A relation of the wanted name, as the catalog has it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Existing {
    Absent,
    /// A relation (or column) of that name, with its comment.
    Present {
        comment: Option<String>,
    },
}

/// Looks up whether a relation of a given name exists.
pub trait ExistingLookup {
    fn relation(&self, name: &QualifiedName) -> ApiResult<Existing>;
}

/// The statements of a schema-wide plan, run under `lock_timeout`.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    pub lock_timeout: String,
    pub statements: Vec<String>,
}

impl Plan {
    /// As `sequin_hasura_plan()` shows it: the `SET LOCAL lock_timeout` first, so
    /// the pasted plan waits no longer than `apply` would. Empty when nothing is left.
    pub fn lines(&self) -> Vec<String> {
        if self.statements.is_empty() {
            return vec![];
        }
        std::iter::once(format!(
            "SET LOCAL lock_timeout = {}",
            quote_literal(&self.lock_timeout)
        ))
        .chain(self.statements.iter().cloned())
        .collect()
    }
}

/// Postgres truncates longer identifiers; we refuse them instead.
pub const MAX_IDENTIFIER_BYTES: usize = 63;

/// What one create call would do.
#[derive(Debug, Clone, PartialEq)]
pub struct Planned {
    /// The object's name (column or view).
    pub name: String,
    pub marker: Marker,
    /// Empty when an identical object exists already (a re-run).
    pub statements: Vec<String>,
}

fn check_identifier(what: &str, name: &str) -> ApiResult<()> {
    if name.is_empty() || name.len() > MAX_IDENTIFIER_BYTES {
        return Err(ApiError::new(
            Code::InvalidParameter,
            format!("{what} \"{name}\" must be 1 to {MAX_IDENTIFIER_BYTES} bytes long"),
        )
        .hint("Postgres would silently truncate a longer name; choose a shorter one"));
    }
    Ok(())
}

fn unknown_column(t: &Table, col: &str) -> ApiError {
    let names: Vec<String> = t.columns.iter().map(|c| c.name.clone()).collect();
    let close = similar(col, &names, 3);
    ApiError::new(
        Code::UndefinedColumn,
        format!(
            "column \"{col}\" of relation \"{}\" does not exist",
            t.qualified()
        ),
    )
    .hint(if close.is_empty() {
        "the name is case-sensitive; check it with \\d".to_string()
    } else {
        format!("similar columns: {}", close.join(", "))
    })
}

/// What an existing relation of the wanted name is: nothing, ours with this
/// marker (a re-run), or something else (an error).
pub fn check_existing(
    what: &str,
    name: &str,
    existing: &Existing,
    marker: &Marker,
) -> ApiResult<bool> {
    match existing {
        Existing::Absent => Ok(false),
        Existing::Present { comment }
            if comment.as_deref().and_then(Marker::parse).as_ref() == Some(marker) =>
        {
            Ok(true)
        }
        Existing::Present { .. } => {
            let code = if what == "column" {
                Code::DuplicateColumn
            } else {
                Code::DuplicateTable
            };
            Err(ApiError::new(
                code,
                format!("{what} \"{name}\" already exists and is not this {what}"),
            )
            .hint(format!(
                "pass another name for the new {what}, or drop the existing one first"
            )))
        }
    }
}

/// A generated cast column on `table`.
pub fn plan_cast_column(
    table: &Table,
    column: &str,
    target: &str,
    new_column: Option<&str>,
) -> ApiResult<Planned> {
    if !matches!(table.kind, RelKind::Table | RelKind::PartitionedTable) {
        return Err(ApiError::new(
            Code::InvalidParameter,
            format!("\"{}\" is not a table", table.qualified()),
        )
        .hint("a generated column can only be added to a table; use sequin_hasura_create_cast_view for a view"));
    }
    let source = table
        .column(column)
        .ok_or_else(|| unknown_column(table, column))?;
    let name = new_column.map_or_else(|| format!("_{column}"), str::to_string);
    check_identifier("column", &name)?;
    let expression = cast_expression(&quote_ident(column), &source.base_type, target)?;
    let marker = Marker::CastColumn {
        column: column.into(),
        type_name: target.into(),
    };
    let existing = match table.column(&name) {
        None => Existing::Absent,
        Some(c) => Existing::Present {
            comment: c.marker.clone().filter(|_| c.generated),
        },
    };
    let statements = if check_existing("column", &name, &existing, &marker)? {
        vec![]
    } else {
        add_cast_column(
            &QualifiedName::new(&table.schema, &table.name),
            &name,
            &format!("pg_catalog.{target}"),
            &expression,
            &marker,
        )
    };
    Ok(Planned {
        name,
        marker,
        statements,
    })
}

/// A narrow cast view over `table`, named `view` (default `<table>_<column>_<type>`
/// in the table's schema).
pub fn plan_cast_view(
    table: &Table,
    column: &str,
    target: &str,
    view: QualifiedName,
    new_column: Option<&str>,
    existing: &Existing,
) -> ApiResult<Planned> {
    let source = table
        .column(column)
        .ok_or_else(|| unknown_column(table, column))?;
    check_identifier("view", &view.name)?;
    let key = table.key_columns().first().map(|k| k.to_string()).ok_or_else(|| {
        ApiError::new(Code::InvalidParameter, format!("\"{}\" has no key column", table.qualified()))
            .hint("the view relates back to its table through `id`, the primary key or a unique column")
    })?;
    let cast_column = new_column.map_or_else(|| format!("_{column}"), str::to_string);
    check_identifier("column", &cast_column)?;
    if cast_column == key || cast_column == column {
        return Err(ApiError::new(
            Code::DuplicateColumn,
            format!("the cast column cannot be named \"{cast_column}\""),
        )
        .hint("the view already has a column of that name"));
    }
    let expression = cast_expression(
        &format!("b.{}", quote_ident(column)),
        &source.base_type,
        target,
    )?;
    let marker = Marker::CastView {
        base: QualifiedName::new(&table.schema, &table.name),
        key,
        column: column.into(),
        cast_column: cast_column.clone(),
        type_name: target.into(),
    };
    let statements = if check_existing("view", &view.display(), existing, &marker)? {
        vec![]
    } else {
        create_cast_view(&view, &expression, &marker)
    };
    Ok(Planned {
        name: view.name,
        marker,
        statements,
    })
}

/// The default name of a cast view.
pub fn default_cast_view_name(table: &str, column: &str, target: &str) -> String {
    format!("{table}_{column}_{target}")
}

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

/// A view joining both sides of `join` through it. `sides` are the join table's two
/// references; `columns` picks each side's columns by prefix or table name.
pub fn plan_join_view(
    tables: &[Table],
    join: usize,
    sides: &[SideRef],
    entities: &[String],
    request: &JoinViewRequest,
    existing: &dyn ExistingLookup,
) -> ApiResult<Planned> {
    let JoinViewRequest {
        view_schema,
        view_name,
        columns,
    } = *request;
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
    // the default schema is the join table's; the default name reads `contacts_and_deals`
    let view = QualifiedName::new(
        view_schema.unwrap_or(&jt.schema),
        &view_name.map(str::to_string).unwrap_or_else(|| {
            let mut names: Vec<String> = sides
                .iter()
                .map(|s| plural_name(&entities[s.table]))
                .collect();
            names.sort();
            names.join("_and_")
        }),
    );
    check_identifier("view", &view.name)?;
    let marker = Marker::JoinView {
        join_table: QualifiedName::new(&jt.schema, &jt.name),
        attributes,
        sides: join_sides,
    };
    let found = existing.relation(&view)?;
    let statements = if check_existing("view", &view.display(), &found, &marker)? {
        vec![]
    } else {
        create_join_view(&view, &marker)
    };
    Ok(Planned {
        name: view.name,
        marker,
        statements,
    })
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
    plan_join_view(tables, join, &sides, entities, request, existing)
}

/// The DDL that makes a schema fully relatable: a cast column (or cast view) for
/// every reference whose types differ, and a join view for every join table when
/// asked. Objects that exist already are left out, so a second plan after `apply`
/// is empty.
pub fn plan_schema(
    tables: &[Table],
    entities: &[String],
    refs: &[Reference],
    opts: &Options,
    existing: &dyn ExistingLookup,
) -> ApiResult<Plan> {
    let mut statements = Vec::new();
    let mut done = BTreeSet::new();
    for r in refs.iter().filter(|r| !r.relatable()) {
        let t = &tables[r.child];
        if !matches!(t.kind, RelKind::Table | RelKind::PartitionedTable)
            || !done.insert((r.child, &r.child_column))
        {
            continue;
        }
        let target = r.cast.as_deref().unwrap_or("text");
        let planned = if opts.cast_views {
            let schema = opts.schema.clone().unwrap_or_else(|| t.schema.clone());
            let view = QualifiedName::new(
                &schema,
                &default_cast_view_name(&t.name, &r.child_column, target),
            );
            let found = existing.relation(&view)?;
            plan_cast_view(t, &r.child_column, target, view, None, &found)?
        } else {
            plan_cast_column(t, &r.child_column, target, None)?
        };
        statements.extend(planned.statements);
    }
    if opts.join_views {
        // a join table that has a join view of ours already (whatever its name) is done
        let covered: Vec<QualifiedName> = tables
            .iter()
            .filter_map(|t| match t.view_marker() {
                Some(Marker::JoinView { join_table, .. }) => Some(join_table),
                _ => None,
            })
            .collect();
        let joins: BTreeSet<usize> = refs
            .iter()
            .filter(|r| r.join_table)
            .map(|r| r.child)
            .filter(|&j| !covered.contains(&QualifiedName::new(&tables[j].schema, &tables[j].name)))
            .collect();
        for j in joins {
            // a table that is not a two-sided join is skipped, not an error
            let request = JoinViewRequest {
                view_schema: opts.schema.as_deref(),
                ..Default::default()
            };
            if let Ok(planned) = plan_join(tables, entities, j, refs, &request, existing) {
                statements.extend(planned.statements);
            }
        }
    }
    Ok(Plan {
        lock_timeout: opts.lock_timeout.clone(),
        statements,
    })
}

#[cfg(test)]
mod planning_tests {
    use super::super::statements::join_view_columns;
    use super::*;
    use crate::testing::*;

    /// A catalog where nothing exists yet.
    struct Nothing;
    impl ExistingLookup for Nothing {
        fn relation(&self, _: &QualifiedName) -> ApiResult<Existing> {
            Ok(Existing::Absent)
        }
    }

    #[test]
    fn cast_columns_are_planned_once() {
        let mut t = sequin_table("salesforce", "contact", &[("user_id", "varchar")]);
        let p = plan_cast_column(&t, "user_id", "int4", None).unwrap();
        assert_eq!(p.name, "_user_id");
        assert_eq!(p.statements.len(), 2);
        assert!(p.statements[0]
            .contains("ADD COLUMN \"_user_id\" pg_catalog.int4 GENERATED ALWAYS AS (CASE WHEN"));
        // the same column again: nothing to do
        let mut existing = col("_user_id", "int4");
        existing.generated = true;
        existing.marker = Some(p.marker.comment());
        t.columns.push(existing);
        assert!(plan_cast_column(&t, "user_id", "int4", None)
            .unwrap()
            .statements
            .is_empty());
        // another cast under that name: an error with a hint
        let e = plan_cast_column(&t, "user_id", "int8", None).unwrap_err();
        assert_eq!(e.code, Code::DuplicateColumn);
        assert!(e.hint.is_some());
        let e = plan_cast_column(&t, "usr_id", "int4", None).unwrap_err();
        assert_eq!(e.code, Code::UndefinedColumn);
        assert_eq!(
            e.hint.as_deref(),
            Some("similar columns: user_id, _user_id")
        );
        let long = "x".repeat(64);
        assert_eq!(
            plan_cast_column(&t, "user_id", "int4", Some(&long))
                .unwrap_err()
                .code,
            Code::InvalidParameter
        );
    }

    #[test]
    fn cast_views_are_narrow() {
        let t = sequin_table(
            "salesforce",
            "contact",
            &[("user_id", "varchar"), ("email", "text")],
        );
        let view = QualifiedName::new(
            "hasura",
            &default_cast_view_name("contact", "user_id", "int4"),
        );
        let p =
            plan_cast_view(&t, "user_id", "int4", view.clone(), None, &Existing::Absent).unwrap();
        assert!(p.statements[0].starts_with(
            "CREATE VIEW \"hasura\".\"contact_user_id_int4\" AS SELECT b.\"id\", b.\"user_id\", CASE WHEN"
        ), "{}", p.statements[0]);
        assert!(!p.statements[0].contains("email"));
        let same = p.marker.comment();
        assert!(plan_cast_view(
            &t,
            "user_id",
            "int4",
            view.clone(),
            None,
            &Existing::Present {
                comment: Some(same.clone())
            }
        )
        .unwrap()
        .statements
        .is_empty());
        let e = plan_cast_view(
            &t,
            "user_id",
            "int4",
            view,
            None,
            &Existing::Present { comment: None },
        )
        .unwrap_err();
        assert_eq!(e.code, Code::DuplicateTable);
    }

    #[test]
    fn join_views_pick_name_like_columns_and_a_readable_name() {
        let tables = vec![
            sequin_table(
                "hubspot",
                "contact",
                &[
                    ("firstname", "text"),
                    ("email", "text"),
                    ("hubspot_owner_id", "text"),
                ],
            ),
            sequin_table(
                "hubspot",
                "deal",
                &[("dealname", "text"), ("amount", "numeric")],
            ),
            keyless_table(
                "hubspot",
                "associations_contact_deal",
                &[
                    ("contact_id", "text"),
                    ("deal_id", "text"),
                    ("labels", "text[]"),
                ],
            ),
        ];
        let entities = crate::infer::EntityIndex::new(&tables, "").entity;
        let sides = [
            SideRef {
                join_column: "contact_id",
                table: 0,
                key: "id",
            },
            SideRef {
                join_column: "deal_id",
                table: 1,
                key: "id",
            },
        ];
        let none = Nothing;
        let p = plan_join_view(&tables, 2, &sides, &entities, &Default::default(), &none).unwrap();
        assert_eq!(p.name, "contacts_and_deals");
        let names: Vec<String> = join_view_columns(&p.marker)
            .into_iter()
            .map(|(_, n)| n)
            .collect();
        assert_eq!(
            names,
            vec![
                "contact_id",
                "deal_id",
                "labels",
                "contact_firstname",
                "contact_email",
                "deal_dealname"
            ]
        );
        let picked =
            std::collections::BTreeMap::from([("deal".to_string(), vec!["amount".to_string()])]);
        let p = plan_join_view(
            &tables,
            2,
            &sides,
            &entities,
            &JoinViewRequest {
                columns: Some(&picked),
                ..Default::default()
            },
            &none,
        )
        .unwrap();
        let names: Vec<String> = join_view_columns(&p.marker)
            .into_iter()
            .map(|(_, n)| n)
            .collect();
        assert!(
            names.contains(&"deal_amount".to_string())
                && !names.contains(&"deal_dealname".to_string())
        );
        let bad =
            std::collections::BTreeMap::from([("deal".to_string(), vec!["nope".to_string()])]);
        assert_eq!(
            plan_join_view(
                &tables,
                2,
                &sides,
                &entities,
                &JoinViewRequest {
                    columns: Some(&bad),
                    ..Default::default()
                },
                &none,
            )
            .unwrap_err()
            .code,
            Code::UndefinedColumn
        );
        let e = plan_join_view(
            &tables,
            2,
            &sides[..1],
            &entities,
            &Default::default(),
            &none,
        )
        .unwrap_err();
        assert_eq!(e.code, Code::InvalidParameter);
    }
}

//! Planning: what to create, so `sequin_hasura_plan` and the create functions share
//! one path. What exists already is asked of an [`ExistingLookup`] (the extension's
//! reads the catalog), so every decision is unit-tested without Postgres.

use std::collections::{BTreeMap, BTreeSet};

use super::cast::cast_expression;
use super::statements::{add_cast_column, create_cast_view, create_join_view, drop_view};
use crate::catalog::{is_sequin_system_column, RelKind, Table};
use crate::error::{ApiError, ApiResult, Code};
use crate::ident::{quote_ident, quote_literal, QualifiedName};
use crate::infer::Reference;
use crate::marker::{JoinSide, Marker, CURRENT_GENERATION};
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
    /// As `sequin_hasura_plan()` shows it: `SET lock_timeout` first, so the pasted
    /// plan waits no longer than `apply` would, in a transaction or in autocommit
    /// (where `SET LOCAL` would do nothing), and `RESET lock_timeout` last. Empty
    /// when nothing is left to do.
    pub fn lines(&self) -> Vec<String> {
        if self.statements.is_empty() {
            return vec![];
        }
        std::iter::once(format!(
            "SET lock_timeout = {}",
            quote_literal(&self.lock_timeout)
        ))
        .chain(self.statements.iter().cloned())
        .chain(std::iter::once("RESET lock_timeout".to_string()))
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

/// What stands at the name an object of ours wants.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// Nothing: create it.
    Absent,
    /// This very object, made by this release: nothing to do.
    Current,
    /// This object, made by an older release (its SQL had the flaws this one fixes):
    /// re-create it.
    Stale,
}

/// What an existing relation (or column) of the wanted name is: nothing, ours with
/// this marker (of this generation or an older one), or something else (an error).
pub fn check_existing(
    what: &str,
    name: &str,
    existing: &Existing,
    marker: &Marker,
) -> ApiResult<Standing> {
    let found = match existing {
        Existing::Absent => return Ok(Standing::Absent),
        Existing::Present { comment } => comment
            .as_deref()
            .and_then(Marker::parse_with_generation)
            .filter(|(m, _)| m == marker),
    };
    match found {
        Some((_, generation)) if generation >= CURRENT_GENERATION => Ok(Standing::Current),
        Some(_) => Ok(Standing::Stale),
        None => {
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
    let statements = match check_existing("column", &name, &existing, &marker)? {
        Standing::Current => vec![],
        standing => add_cast_column(
            &QualifiedName::new(&table.schema, &table.name),
            &name,
            &format!("pg_catalog.{target}"),
            &expression,
            &marker,
            standing == Standing::Stale,
        ),
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
    let statements = match check_existing("view", &view.display(), existing, &marker)? {
        Standing::Current => vec![],
        standing => replacing(
            standing,
            &view,
            create_cast_view(&view, &expression, &marker),
        ),
    };
    Ok(Planned {
        name: view.name,
        marker,
        statements,
    })
}

/// `statements` creating `view`, after dropping the stale one when there is one.
fn replacing(standing: Standing, view: &QualifiedName, statements: Vec<String>) -> Vec<String> {
    match standing {
        Standing::Stale => std::iter::once(drop_view(view)).chain(statements).collect(),
        _ => statements,
    }
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
    let statements = match check_existing("view", &view.display(), &found, &marker)? {
        Standing::Current => vec![],
        standing => replacing(standing, &view, create_join_view(&view, &marker)),
    };
    Ok(Planned {
        name: view.name,
        marker,
        statements,
    })
}

/// Cast columns and views an older release made (trusted markers of an older
/// generation), re-created with this release's SQL. `done` lists the columns the
/// plan casts already.
fn recreate_stale(tables: &[Table], done: &BTreeSet<(usize, &String)>) -> ApiResult<Vec<String>> {
    let stale = |comment: &Option<String>| {
        comment
            .as_deref()
            .and_then(Marker::parse_with_generation)
            .filter(|(_, generation)| *generation < CURRENT_GENERATION)
            .map(|(m, _)| m)
    };
    let mut statements = Vec::new();
    for (i, t) in tables.iter().enumerate() {
        match t.kind {
            RelKind::Table | RelKind::PartitionedTable => {
                for c in t.columns.iter().filter(|c| c.generated) {
                    if let Some(Marker::CastColumn { column, type_name }) = stale(&c.marker) {
                        if !done.contains(&(i, &column)) {
                            let planned = plan_cast_column(t, &column, &type_name, Some(&c.name))?;
                            statements.extend(planned.statements);
                        }
                    }
                }
            }
            // a view's marker survived `trust_markers`: it is ours
            RelKind::View => {
                let view = QualifiedName::new(&t.schema, &t.name);
                let existing = Existing::Present {
                    comment: t.marker.clone(),
                };
                match stale(&t.marker) {
                    Some(Marker::CastView {
                        base,
                        column,
                        cast_column,
                        type_name,
                        ..
                    }) => {
                        if let Some(b) = tables
                            .iter()
                            .find(|b| b.schema == base.schema && b.name == base.name)
                        {
                            let planned = plan_cast_view(
                                b,
                                &column,
                                &type_name,
                                view,
                                Some(&cast_column),
                                &existing,
                            )?;
                            statements.extend(planned.statements);
                        }
                    }
                    Some(m @ Marker::JoinView { .. }) => {
                        statements.push(drop_view(&view));
                        statements.extend(create_join_view(&view, &m));
                    }
                    _ => {}
                }
            }
            _ => {}
        }
    }
    Ok(statements)
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
    statements.extend(recreate_stale(tables, &done)?);
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
            "CREATE VIEW \"hasura\".\"contact_user_id_int4\" WITH (security_invoker = true) AS SELECT b.\"id\", b.\"user_id\", CASE WHEN"
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

    #[test]
    fn objects_of_an_older_release_are_recreated_and_current_ones_left_alone() {
        let mut t = sequin_table("sf", "contact", &[("user_id", "varchar")]);
        let mut old = col("_user_id", "int4");
        old.generated = true;
        // what 0.1.0 wrote: no generation
        old.marker = Some(
            "pg_sequin_hasura:{\"kind\":\"cast_column\",\"column\":\"user_id\",\"type\":\"int4\"}"
                .into(),
        );
        t.columns.push(old);
        let mut view = keyless_table(
            "sf",
            "contact_user_id_int8",
            &[("id", "text"), ("user_id", "varchar"), ("_user_id", "int8")],
        );
        view.kind = RelKind::View;
        view.marker = Some(
            "pg_sequin_hasura:{\"kind\":\"cast_view\",\"base\":{\"schema\":\"sf\",\"name\":\"contact\"},\"key\":\"id\",\"column\":\"user_id\",\"cast_column\":\"_user_id\",\"type\":\"int8\"}".into(),
        );
        let tables = vec![t.clone(), view];
        let plan = plan_schema(&tables, &[], &[], &Options::default(), &Nothing).unwrap();
        assert_eq!(plan.statements.len(), 5, "{:#?}", plan.statements);
        assert!(plan.statements[0].starts_with(
            "ALTER TABLE \"sf\".\"contact\" DROP COLUMN \"_user_id\", ADD COLUMN \"_user_id\" pg_catalog.int4 GENERATED ALWAYS AS (CASE WHEN pg_catalog.btrim("
        ));
        assert_eq!(
            plan.statements[2],
            "DROP VIEW \"sf\".\"contact_user_id_int8\""
        );
        assert!(plan.statements[3].contains("security_invoker"));
        // once re-created (current generation), nothing is left to do
        let mut current = t;
        let fresh = plan_cast_column(&current, "user_id", "int4", None).unwrap();
        current.columns.last_mut().unwrap().marker = Some(fresh.marker.comment());
        let plan = plan_schema(&[current], &[], &[], &Options::default(), &Nothing).unwrap();
        assert!(plan.lines().is_empty(), "{:?}", plan.lines());
    }
}

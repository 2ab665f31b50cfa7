//! Planning: what to create, so `sequin_hasura_plan` and the create functions share
//! one path. What exists already is asked of an [`ExistingLookup`] (the extension's
//! reads the catalog), so every decision is unit-tested without Postgres.
//!
//! A schema-wide plan never fails for one object: default names are shortened to fit
//! and made unique ([`super::naming`]), and an object that still cannot be planned is
//! left out with a NOTICE. The create functions keep the caller's names as given.

use std::collections::BTreeSet;

use super::join_view::{join_sides, join_view_marker, planned_join_view, wanted_join_view_name};
use super::naming::{first_accepted, Claimed};
use super::objects::{cast_view_marker, no_free_name};
use crate::catalog::{base_table, RelKind, Table};
use crate::error::{ApiResult, Code, Notice};
use crate::ident::{quote_literal, QualifiedName};
use crate::infer::Reference;
use crate::marker::{Marker, CURRENT_GENERATION};
use crate::options::Options;

pub use super::join_view::{plan_join, plan_join_view, JoinViewRequest, SideRef};
pub use super::naming::default_cast_view_name;
pub use super::objects::{
    check_existing, plan_cast_column, plan_cast_view, Creation, Existing, ExistingLookup,
    ObjectKind, Planned, Standing,
};
/// Postgres truncates longer identifiers; we refuse them instead.
pub use crate::ident::MAX_IDENTIFIER_BYTES;

/// The statements of a schema-wide plan, run under `lock_timeout`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Plan {
    pub lock_timeout: String,
    pub statements: Vec<String>,
    /// What the statements create (indexes into `statements`).
    pub creations: Vec<Creation>,
    /// Objects left out of the plan, and why.
    pub notices: Vec<Notice>,
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

    fn push(&mut self, planned: Planned) {
        let offset = self.statements.len();
        self.creations.extend(planned.creation.map(|c| Creation {
            statement: c.statement + offset,
            ..c
        }));
        self.statements.extend(planned.statements);
    }

    /// Keep `planned`, or say why the object `what` is left out. Only an internal
    /// failure (of a catalog look-up) fails the plan.
    fn push_or_leave_out(&mut self, what: &str, planned: ApiResult<Planned>) -> ApiResult<()> {
        match planned {
            Ok(p) => self.push(p),
            Err(e) if e.code == Code::Internal => return Err(e),
            Err(e) => self.notices.push(Notice {
                message: format!("left out of the plan: {what}: {}", e.message),
                hint: Some(format!(
                    "{}create it by hand, naming it yourself (new_column / view_name)",
                    e.hint.map(|h| format!("{h}; ")).unwrap_or_default()
                )),
            }),
        }
        Ok(())
    }
}

/// The name a plan gives a view of ours in `schema` made for `marker`: that of such a
/// view of the analysed schemas (whatever its name), else the first of `wanted`'s
/// names that is free (or holds such a view) and not taken by this plan; with what
/// stands there now.
fn name_view(
    tables: &[Table],
    schema: &str,
    wanted: &str,
    marker: &Marker,
    existing: &dyn ExistingLookup,
    claimed: &Claimed,
) -> ApiResult<(QualifiedName, Existing)> {
    let ours = tables.iter().find(|v| {
        v.kind == RelKind::View
            && v.schema == schema
            && v.view_marker().as_ref() == Some(marker)
            && !claimed.relation(&QualifiedName::new(schema, &v.name))
    });
    if let Some(v) = ours {
        let found = Existing::Present {
            comment: v.marker.clone(),
        };
        return Ok((QualifiedName::new(schema, &v.name), found));
    }
    let mut found = Existing::Absent;
    let name = first_accepted(wanted, |name| {
        let q = QualifiedName::new(schema, name);
        if claimed.relation(&q) {
            return Ok(false);
        }
        found = existing.relation(&q)?;
        Ok(found.free_or(marker))
    })?
    .ok_or_else(|| no_free_name(&format!("a view in schema \"{schema}\""), wanted))?;
    Ok((QualifiedName::new(schema, &name), found))
}

/// The cast column a schema-wide plan makes for `column` of table `i`: named as a cast
/// column of ours already there (whatever its name), else by the first free default
/// name.
fn plan_default_cast_column(
    t: &Table,
    i: usize,
    column: &str,
    target: &str,
    claimed: &mut Claimed,
) -> ApiResult<Planned> {
    let marker = Marker::CastColumn {
        column: column.into(),
        type_name: target.into(),
    };
    let ours = t.columns.iter().find(|c| {
        c.generated
            && c.marker.as_deref().and_then(Marker::parse).as_ref() == Some(&marker)
            && !claimed.column(i, &c.name)
    });
    let wanted = format!("_{column}");
    let name = match ours {
        Some(c) => c.name.clone(),
        None => first_accepted(&wanted, |n| {
            Ok(!claimed.column(i, n) && t.column(n).is_none())
        })?
        .ok_or_else(|| no_free_name(&format!("a column of {}", t.qualified()), &wanted))?,
    };
    let planned = plan_cast_column(t, column, target, Some(&name))?;
    claimed.claim_column(i, &name);
    Ok(planned)
}

/// The cast view a schema-wide plan makes for `column` of table `i`, in `schema`.
fn plan_default_cast_view(
    tables: &[Table],
    i: usize,
    column: &str,
    target: &str,
    schema: &str,
    existing: &dyn ExistingLookup,
    claimed: &mut Claimed,
) -> ApiResult<Planned> {
    let t = &tables[i];
    let key = t.key_columns().first().map(|k| k.to_string());
    let wanted = format!("_{column}");
    let cast_column = first_accepted(&wanted, |n| Ok(key.as_deref() != Some(n) && n != column))?
        .ok_or_else(|| no_free_name("the cast column", &wanted))?;
    let (marker, _) = cast_view_marker(t, column, target, &cast_column)?;
    let wanted = format!("{}_{column}_{target}", t.name);
    let (view, found) = name_view(tables, schema, &wanted, &marker, existing, claimed)?;
    let planned = plan_cast_view(t, column, target, view.clone(), Some(&cast_column), &found)?;
    claimed.claim_relation(view);
    Ok(planned)
}

/// Cast columns and views an older release made (trusted markers of an older
/// generation), re-created with this release's SQL. `done` lists the columns the
/// plan casts already, `claimed` the names it gave out.
fn recreate_stale(
    tables: &[Table],
    done: &BTreeSet<(usize, &String)>,
    claimed: &Claimed,
    plan: &mut Plan,
) -> ApiResult<()> {
    let stale = |comment: &Option<String>| {
        comment
            .as_deref()
            .and_then(Marker::parse_with_generation)
            .filter(|(_, generation)| *generation < CURRENT_GENERATION)
            .map(|(m, _)| m)
    };
    for (i, t) in tables.iter().enumerate() {
        match t.kind {
            RelKind::Table | RelKind::PartitionedTable => {
                for c in t.columns.iter().filter(|c| c.generated) {
                    if let Some(Marker::CastColumn { column, type_name }) = stale(&c.marker) {
                        if !done.contains(&(i, &column)) && !claimed.column(i, &c.name) {
                            let what =
                                format!("the re-creation of column {}.{}", t.qualified(), c.name);
                            let planned = plan_cast_column(t, &column, &type_name, Some(&c.name));
                            plan.push_or_leave_out(&what, planned)?;
                        }
                    }
                }
            }
            // a view's marker survived `trust_markers`: it is ours
            RelKind::View => {
                let view = QualifiedName::new(&t.schema, &t.name);
                if claimed.relation(&view) {
                    continue;
                }
                let what = format!("the re-creation of view {}", view.display());
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
                        if let Some(b) = base_table(tables, &base) {
                            let planned = plan_cast_view(
                                b,
                                &column,
                                &type_name,
                                view,
                                Some(&cast_column),
                                &existing,
                            );
                            plan.push_or_leave_out(&what, planned)?;
                        }
                    }
                    Some(m @ Marker::JoinView { .. }) => {
                        plan.push_or_leave_out(&what, planned_join_view(view, m, &existing))?;
                    }
                    _ => {}
                }
            }
            _ => {}
        }
    }
    Ok(())
}

/// The join view a schema-wide plan makes for join table `join`, in `schema`: named
/// as such a view of ours already there, else by the first free default name.
fn plan_default_join_view(
    tables: &[Table],
    entities: &[String],
    join: usize,
    sides: &[SideRef],
    schema: &str,
    existing: &dyn ExistingLookup,
    claimed: &mut Claimed,
) -> ApiResult<Planned> {
    let marker = join_view_marker(tables, join, sides, None)?;
    let wanted = wanted_join_view_name(sides, entities);
    let (view, found) = name_view(tables, schema, &wanted, &marker, existing, claimed)?;
    let planned = planned_join_view(view.clone(), marker, &found)?;
    claimed.claim_relation(view);
    Ok(planned)
}

/// The DDL that makes a schema fully relatable: a cast column (or cast view) for
/// every reference whose types differ, and a join view for every join table when
/// asked. Objects that exist already are left out, so a second plan after `apply`
/// is empty. Default names fit and are unique within the plan and the database; an
/// object that cannot be planned is left out with a notice, never failing the plan.
pub fn plan_schema(
    tables: &[Table],
    entities: &[String],
    refs: &[Reference],
    opts: &Options,
    existing: &dyn ExistingLookup,
) -> ApiResult<Plan> {
    let mut plan = Plan {
        lock_timeout: opts.lock_timeout.clone(),
        ..Default::default()
    };
    let mut claimed = Claimed::default();
    let mut done = BTreeSet::new();
    for r in refs.iter().filter(|r| !r.relatable()) {
        let t = &tables[r.child];
        if !matches!(t.kind, RelKind::Table | RelKind::PartitionedTable)
            || !done.insert((r.child, &r.child_column))
        {
            continue;
        }
        let target = r.cast.as_deref().unwrap_or("text");
        let column = format!("{}.{}", t.qualified(), r.child_column);
        let (what, planned) = if opts.cast_views {
            let schema = opts.schema.as_deref().unwrap_or(&t.schema);
            let planned = plan_default_cast_view(
                tables,
                r.child,
                &r.child_column,
                target,
                schema,
                existing,
                &mut claimed,
            );
            (format!("the cast view of {column} (as {target})"), planned)
        } else {
            let planned =
                plan_default_cast_column(t, r.child, &r.child_column, target, &mut claimed);
            (
                format!("the cast column of {column} (as {target})"),
                planned,
            )
        };
        plan.push_or_leave_out(&what, planned)?;
    }
    recreate_stale(tables, &done, &claimed, &mut plan)?;
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
            let sides = join_sides(j, refs);
            if sides.len() != 2 {
                continue;
            }
            let schema = opts.schema.as_deref().unwrap_or(&tables[j].schema);
            let what = format!("the join view of {}", tables[j].qualified());
            let planned =
                plan_default_join_view(tables, entities, j, &sides, schema, existing, &mut claimed);
            plan.push_or_leave_out(&what, planned)?;
        }
    }
    Ok(plan)
}

#[cfg(test)]
mod planning_tests {
    use super::super::naming::default_cast_column_name;
    use super::super::statements::join_view_columns;
    use super::*;
    use crate::error::ApiError;
    use crate::ident::{fitted_name, truncate_bytes};
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
            associations_contact_deal("hubspot"),
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

    /// A database in memory for plans: the tables, and every relation the plan
    /// lookups may find (name → comment).
    #[derive(Default)]
    struct FakeDb {
        tables: Vec<Table>,
        relations: std::collections::BTreeMap<QualifiedName, Option<String>>,
    }

    impl ExistingLookup for FakeDb {
        fn relation(&self, q: &QualifiedName) -> ApiResult<Existing> {
            let table = self
                .tables
                .iter()
                .find(|t| t.schema == q.schema && t.name == q.name);
            Ok(match (table, self.relations.get(q)) {
                (Some(t), _) => Existing::Present {
                    comment: t.marker.clone(),
                },
                (None, Some(comment)) => Existing::Present {
                    comment: comment.clone(),
                },
                (None, None) => Existing::Absent,
            })
        }
    }

    /// The quoted identifiers and the literal of a `COMMENT ON … IS '…'` statement.
    fn comment_target(statement: &str) -> (Vec<String>, String) {
        let (target, literal) = statement.split_once(" IS '").unwrap();
        let mut idents = Vec::new();
        let mut rest = target;
        while let Some(start) = rest.find('"') {
            let mut ident = String::new();
            let mut chars = rest[start + 1..].char_indices().peekable();
            let mut end = 0;
            while let Some((i, c)) = chars.next() {
                if c == '"' {
                    if chars.peek().map(|(_, c)| *c) == Some('"') {
                        ident.push('"');
                        chars.next();
                        continue;
                    }
                    end = start + 1 + i + 1;
                    break;
                }
                ident.push(c);
            }
            idents.push(ident);
            rest = &rest[end..];
        }
        let literal = literal.strip_suffix('\'').unwrap().replace("''", "'");
        (idents, literal)
    }

    /// Run `plan` against `db`, as `apply` would: every object it comments on exists
    /// afterwards, under exactly the name of the plan. Fails on a name Postgres would
    /// truncate or a name given twice.
    fn apply(db: &mut FakeDb, plan: &Plan) {
        for s in &plan.statements {
            if let Some(rest) = s.strip_prefix("COMMENT ON COLUMN ") {
                let (idents, comment) = comment_target(rest);
                let [schema, table, column] = &idents[..] else {
                    panic!("{s}")
                };
                assert!(column.len() <= MAX_IDENTIFIER_BYTES, "{column}");
                let t = db
                    .tables
                    .iter_mut()
                    .find(|t| &t.schema == schema && &t.name == table)
                    .unwrap();
                assert!(t.column(column).is_none(), "column {column} given twice");
                let mut c = col(column, "int4");
                c.generated = true;
                c.marker = Some(comment);
                t.columns.push(c);
            } else if let Some(rest) = s.strip_prefix("COMMENT ON VIEW ") {
                let (idents, comment) = comment_target(rest);
                let q = QualifiedName::new(&idents[0], &idents[1]);
                assert!(q.name.len() <= MAX_IDENTIFIER_BYTES, "{}", q.name);
                assert!(
                    db.relation(&q).unwrap() == Existing::Absent || s.contains("DROP"),
                    "view {} given twice",
                    q.display()
                );
                db.relations.insert(q, Some(comment));
            }
        }
    }

    /// The names-only analysis of `db` and its plan with `opts`.
    fn plan_of(db: &FakeDb, opts: &Options) -> Plan {
        let a = analyze(db.tables.clone(), &db.tables[0].schema, 0.7);
        plan_schema(&a.tables, &a.entities, &a.refs, opts, db).unwrap()
    }

    fn cast_views() -> Options {
        Options {
            cast_views: true,
            ..Default::default()
        }
    }

    const LONG: &str = "last_modified_by_the_automated_enterprise_integration_flo_by_id";

    fn user_table(schema: &str) -> Table {
        let mut users = keyless_table(schema, "user", &[("id", "int4")]);
        users.primary_key = vec!["id".into()];
        users
    }

    #[test]
    fn a_63_byte_column_gets_a_shortened_cast_column_that_the_metadata_finds() {
        assert_eq!(LONG.len(), 63);
        let mut db = FakeDb {
            tables: vec![
                user_table("a"),
                sequin_table("a", "ticket", &[("owner_id", "varchar"), (LONG, "varchar")]),
            ],
            ..Default::default()
        };
        let plan = plan_of(&db, &Options::default());
        assert!(plan.notices.is_empty(), "{:?}", plan.notices);
        let long_cast = default_cast_column_name(LONG);
        assert_eq!(long_cast.len(), 63);
        assert!(long_cast.starts_with("_last_modified_by_the_automated_enterprise_integration_"));
        assert!(plan
            .statements
            .iter()
            .any(|s| s.contains(&format!("ADD COLUMN \"{long_cast}\""))));
        assert!(plan
            .statements
            .iter()
            .any(|s| s.contains("ADD COLUMN \"_owner_id\"")));
        assert_eq!(plan.creations.len(), 2);
        assert!(plan
            .creations
            .iter()
            .all(|c| c.was_absent && c.kind == ObjectKind::Column));
        apply(&mut db, &plan);
        // applied: the next plan is empty, and the metadata joins through the column
        assert!(plan_of(&db, &Options::default()).lines().is_empty());
        let a = analyze(db.tables.clone(), "a", 0.7);
        let r = a
            .refs
            .iter()
            .find(|r| r.child_column == LONG)
            .expect("the long column is a reference");
        assert_eq!(r.join_column.as_deref(), Some(long_cast.as_str()));
        assert!(a.needing_cast().is_empty());
    }

    #[test]
    fn a_default_view_name_over_63_bytes_is_shortened() {
        let table = "opportunity_line_item_schedule_history_items";
        let mut db = FakeDb {
            tables: vec![
                user_table("b"),
                sequin_table("b", table, &[("last_modified_by_id", "varchar")]),
            ],
            ..Default::default()
        };
        let plan = plan_of(&db, &cast_views());
        assert!(plan.notices.is_empty(), "{:?}", plan.notices);
        let name = default_cast_view_name(table, "last_modified_by_id", "int4");
        assert!(name.len() <= MAX_IDENTIFIER_BYTES);
        assert!(plan.statements[0].starts_with(&format!("CREATE VIEW \"b\".\"{name}\"")));
        assert_eq!(plan.creations[0].name, format!("b.{name}"));
        apply(&mut db, &plan);
        assert!(plan_of(&db, &cast_views()).lines().is_empty());
        // an explicit name keeps today's rule: over 63 bytes is refused
        let t = &db.tables[0];
        let long = QualifiedName::new("b", &"v".repeat(64));
        let e = plan_cast_view(t, "id", "int4", long, None, &Existing::Absent).unwrap_err();
        assert_eq!(e.code, Code::InvalidParameter);
    }

    #[test]
    fn two_default_names_that_collide_in_one_plan_are_told_apart() {
        // deal.owner_user_id and deal_owner.user_id both want deal_owner_user_id_int4
        let mut users = keyless_table("c", "users", &[("id", "int4")]);
        users.primary_key = vec!["id".into()];
        let mut db = FakeDb {
            tables: vec![
                users,
                sequin_table("c", "deal", &[("owner_user_id", "varchar")]),
                sequin_table("c", "deal_owner", &[("user_id", "varchar")]),
            ],
            ..Default::default()
        };
        let plan = plan_of(&db, &cast_views());
        let views: Vec<&String> = plan
            .statements
            .iter()
            .filter(|s| s.starts_with("CREATE VIEW"))
            .collect();
        assert_eq!(views.len(), 2, "{:#?}", plan.statements);
        assert!(views[0].starts_with("CREATE VIEW \"c\".\"deal_owner_user_id_int4\" "));
        let other = fitted_name("deal_owner_user_id_int4", 1);
        assert!(
            views[1].starts_with(&format!("CREATE VIEW \"c\".\"{other}\" ")),
            "{}",
            views[1]
        );
        apply(&mut db, &plan);
        // twice: the second plan is empty, each view found under its own name
        assert!(plan_of(&db, &cast_views()).lines().is_empty());
    }

    #[test]
    fn names_that_collide_after_truncation_stay_apart() {
        // two 63-byte columns that differ in their last byte: Postgres would truncate
        // `_<col>` of both to the same 63 bytes
        let a = format!("{}a", "x".repeat(62));
        let b = format!("{}b", "x".repeat(62));
        assert_eq!(&format!("_{a}")[..63], &format!("_{b}")[..63]);
        let mut t = sequin_table(
            "t",
            "ticket",
            &[(a.as_str(), "varchar"), (b.as_str(), "varchar")],
        );
        let pa = plan_cast_column(&t, &a, "int4", None).unwrap();
        let mut made = col(&pa.name, "int4");
        made.generated = true;
        made.marker = Some(pa.marker.comment());
        t.columns.push(made);
        let pb = plan_cast_column(&t, &b, "int4", None).unwrap();
        assert_ne!(pa.name, pb.name);
        assert!(pa.name.len() <= 63 && pb.name.len() <= 63);
        assert!(pb.statements[0].contains(&format!("ADD COLUMN \"{}\"", pb.name)));
        // join view columns: <side>_<column> over 63 bytes, truncated alike
        let side_a = format!("{}_a_name", "x".repeat(56));
        let side_b = format!("{}_b_name", "x".repeat(56));
        let tables = vec![
            sequin_table(
                "d",
                "contact",
                &[(side_a.as_str(), "text"), (side_b.as_str(), "text")],
            ),
            sequin_table("d", "deal", &[("dealname", "text")]),
            keyless_table(
                "d",
                "associations_contact_deal",
                &[("contact_id", "text"), ("deal_id", "text")],
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
        let p =
            plan_join_view(&tables, 2, &sides, &entities, &Default::default(), &Nothing).unwrap();
        let names = p.marker.view_column_names();
        assert_eq!(names.len(), 5, "{names:?}");
        let unique: BTreeSet<&str> = names.iter().map(|n| truncate_bytes(n, 63)).collect();
        assert_eq!(unique.len(), 5, "{names:?}");
        assert!(names.iter().all(|n| n.len() <= 63));
        assert!(names[3].starts_with("contact_xxxx"));
    }

    #[test]
    fn multibyte_names_are_shortened_on_a_character_boundary() {
        let col = format!("{}_id", "ü".repeat(30)); // 63 bytes
        let t = sequin_table("m", "ticket", &[(col.as_str(), "varchar")]);
        let p = plan_cast_column(&t, &col, "int4", None).unwrap();
        assert!(p.name.len() <= 63, "{}", p.name.len());
        assert!(
            p.name.starts_with(&format!("_{}", "ü".repeat(27))),
            "{}",
            p.name
        );
        assert!(p.statements[0].contains(&format!("ADD COLUMN \"{}\"", p.name)));
        let view = default_cast_view_name("tickét", &col, "int4");
        assert!(
            view.len() <= 63 && view.is_char_boundary(view.len() - 7),
            "{view}"
        );
        // a join view column `<side>_<column>` of multibyte names, too
        let side = format!("{}name", "ä".repeat(30));
        let tables = vec![
            sequin_table("m", "contact", &[(side.as_str(), "text")]),
            sequin_table("m", "deal", &[("dealname", "text")]),
            keyless_table(
                "m",
                "associations_contact_deal",
                &[("contact_id", "text"), ("deal_id", "text")],
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
        let p =
            plan_join_view(&tables, 2, &sides, &entities, &Default::default(), &Nothing).unwrap();
        let names = p.marker.view_column_names();
        assert!(names.iter().all(|n| n.len() <= 63), "{names:?}");
        assert!(
            names.iter().any(|n| n.starts_with("contact_ää")),
            "{names:?}"
        );
    }

    #[test]
    fn a_name_held_by_another_object_gives_way_in_a_plan_not_in_a_create_call() {
        // a hand-made `_owner_id` (not ours) stands where the default wants to be
        let mut t = sequin_table(
            "h",
            "ticket",
            &[("owner_id", "varchar"), ("_owner_id", "text")],
        );
        t.columns.retain(|c| !c.name.starts_with("_sync"));
        let mut db = FakeDb {
            tables: vec![user_table("h"), t],
            ..Default::default()
        };
        let plan = plan_of(&db, &Options::default());
        let alt = fitted_name("_owner_id", 1);
        assert!(
            plan.statements[0].contains(&format!("ADD COLUMN \"{alt}\"")),
            "{:?}",
            plan.statements
        );
        // the create function keeps today's error
        let e = plan_cast_column(&db.tables[1], "owner_id", "int4", None).unwrap_err();
        assert_eq!(e.code, Code::DuplicateColumn);
        apply(&mut db, &plan);
        assert!(plan_of(&db, &Options::default()).lines().is_empty());
        // a view of that name taken by a table: the cast view takes the next name
        let mut db = FakeDb {
            tables: vec![
                user_table("h"),
                sequin_table("h", "ticket", &[("owner_id", "varchar")]),
                sequin_table("h", "ticket_owner_id_int4", &[]),
            ],
            ..Default::default()
        };
        let plan = plan_of(&db, &cast_views());
        let alt = fitted_name("ticket_owner_id_int4", 1);
        assert!(
            plan.statements[0].starts_with(&format!("CREATE VIEW \"h\".\"{alt}\"")),
            "{:?}",
            plan.statements
        );
        apply(&mut db, &plan);
        assert!(plan_of(&db, &cast_views()).lines().is_empty());
    }

    /// Every name is taken by a stranger.
    struct Crowded;
    impl ExistingLookup for Crowded {
        fn relation(&self, _: &QualifiedName) -> ApiResult<Existing> {
            Ok(Existing::Present { comment: None })
        }
    }

    #[test]
    fn an_object_that_cannot_be_named_is_left_out_with_a_notice() {
        let tables = vec![
            user_table("z"),
            sequin_table("z", "ticket", &[("owner_id", "varchar")]),
        ];
        let a = analyze(tables, "z", 0.7);
        let plan = plan_schema(&a.tables, &a.entities, &a.refs, &cast_views(), &Crowded).unwrap();
        assert!(plan.statements.is_empty());
        assert_eq!(plan.notices.len(), 1);
        assert!(
            plan.notices[0].message.starts_with(
                "left out of the plan: the cast view of z.ticket.owner_id (as int4): no free name"
            ),
            "{}",
            plan.notices[0].message
        );
        // a failing look-up still fails the plan
        struct Broken;
        impl ExistingLookup for Broken {
            fn relation(&self, _: &QualifiedName) -> ApiResult<Existing> {
                Err(ApiError::new(Code::Internal, "SPI failed"))
            }
        }
        let e = plan_schema(&a.tables, &a.entities, &a.refs, &cast_views(), &Broken).unwrap_err();
        assert_eq!(e.code, Code::Internal);
    }

    #[test]
    fn creations_say_whether_the_name_was_free_at_planning() {
        let mut t = sequin_table("sf", "contact", &[("user_id", "varchar")]);
        let fresh = plan_cast_column(&t, "user_id", "int4", None).unwrap();
        let c = fresh.creation.clone().unwrap();
        assert_eq!(
            (c.statement, c.kind, c.was_absent),
            (0, ObjectKind::Column, true)
        );
        assert_eq!(c.name, "sf.contact._user_id");
        let mut stale = col("_user_id", "int4");
        stale.generated = true;
        stale.marker = Some(
            "pg_sequin_hasura:{\"kind\":\"cast_column\",\"column\":\"user_id\",\"type\":\"int4\"}"
                .into(),
        );
        t.columns.push(stale);
        let again = plan_cast_column(&t, "user_id", "int4", None).unwrap();
        assert!(!again.creation.unwrap().was_absent);
        // a stale view is dropped first: its creation is the second statement
        let view = QualifiedName::new("sf", "contact_user_id_int4");
        let old = Existing::Present {
            comment: Some(
                "pg_sequin_hasura:{\"kind\":\"cast_view\",\"base\":{\"schema\":\"sf\",\"name\":\"contact\"},\"key\":\"id\",\"column\":\"user_id\",\"cast_column\":\"_user_id\",\"type\":\"int4\"}".into(),
            ),
        };
        let p = plan_cast_view(&t, "user_id", "int4", view, None, &old).unwrap();
        assert!(p.statements[0].starts_with("DROP VIEW"));
        let c = p.creation.unwrap();
        assert_eq!(
            (c.statement, c.kind, c.was_absent),
            (1, ObjectKind::View, false)
        );
    }
}

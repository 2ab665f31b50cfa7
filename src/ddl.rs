//! DDL text for cast columns, cast views and join views, as plain strings built from
//! quoted identifiers and literals only. Each object we create carries a marker
//! comment (`pg_sequin_hasura:{json}`) so re-runs can recognise it and the metadata
//! builder can relate it; the marker is data, never something the object depends on.

use serde::{Deserialize, Serialize};

pub const MARKER_PREFIX: &str = "pg_sequin_hasura:";

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct QualifiedName {
    pub schema: String,
    pub name: String,
}

impl QualifiedName {
    pub fn new(schema: &str, name: &str) -> Self {
        QualifiedName {
            schema: schema.into(),
            name: name.into(),
        }
    }

    pub fn quoted(&self) -> String {
        format!("{}.{}", quote_ident(&self.schema), quote_ident(&self.name))
    }

    pub fn display(&self) -> String {
        format!("{}.{}", self.schema, self.name)
    }
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

/// `"name"`, with embedded quotes doubled: every identifier is quoted, always.
pub fn quote_ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// A string literal that reads the same whatever `standard_conforming_strings` is.
pub fn quote_literal(value: &str) -> String {
    let body = value.replace('\'', "''");
    if body.contains('\\') {
        format!("E'{}'", body.replace('\\', "\\\\"))
    } else {
        format!("'{body}'")
    }
}

/// `ALTER TABLE … ADD COLUMN … GENERATED ALWAYS AS (…) STORED` and its marker comment.
pub fn add_cast_column(
    table: &QualifiedName,
    new_column: &str,
    sql_type: &str,
    expression: &str,
    marker: &Marker,
) -> Vec<String> {
    vec![
        format!(
            "ALTER TABLE {} ADD COLUMN {} {sql_type} GENERATED ALWAYS AS ({expression}) STORED",
            table.quoted(),
            quote_ident(new_column)
        ),
        format!(
            "COMMENT ON COLUMN {}.{} IS {}",
            table.quoted(),
            quote_ident(new_column),
            quote_literal(&marker.comment())
        ),
    ]
}

/// A narrow view over `base`: its key, the source column and the cast column. Narrow
/// on purpose: a view pins every column it reads, and Sequin may drop the others.
pub fn create_cast_view(view: &QualifiedName, expression: &str, marker: &Marker) -> Vec<String> {
    let Marker::CastView {
        base,
        key,
        column,
        cast_column,
        ..
    } = marker
    else {
        unreachable!("create_cast_view takes a cast view marker")
    };
    vec![
        format!(
            "CREATE VIEW {} AS SELECT b.{}, b.{}, {expression} AS {} FROM {} AS b",
            view.quoted(),
            quote_ident(key),
            quote_ident(column),
            quote_ident(cast_column),
            base.quoted()
        ),
        format!(
            "COMMENT ON VIEW {} IS {}",
            view.quoted(),
            quote_literal(&marker.comment())
        ),
    ]
}

/// The view's output columns for a join view: the join columns, the join table's own
/// attributes, then each side's columns with its prefix. Names are unique.
pub fn join_view_columns(marker: &Marker) -> Vec<(String, String)> {
    let Marker::JoinView {
        attributes, sides, ..
    } = marker
    else {
        unreachable!("join_view_columns takes a join view marker")
    };
    let mut out: Vec<(String, String)> = Vec::new();
    let mut push = |expr: String, wanted: String| {
        let mut name = wanted.clone();
        let mut n = 2;
        while out.iter().any(|(_, existing)| *existing == name) {
            name = format!("{wanted}_{n}");
            n += 1;
        }
        out.push((expr, name));
    };
    for s in sides {
        push(
            format!("j.{}", quote_ident(&s.join_column)),
            s.join_column.clone(),
        );
    }
    for a in attributes {
        push(format!("j.{}", quote_ident(a)), a.clone());
    }
    for (i, s) in sides.iter().enumerate() {
        for c in &s.columns {
            push(
                format!("s{i}.{}", quote_ident(c)),
                format!("{}_{c}", s.prefix),
            );
        }
    }
    out
}

/// `CREATE VIEW` joining both sides through the join table, and its marker comment.
pub fn create_join_view(view: &QualifiedName, marker: &Marker) -> Vec<String> {
    let Marker::JoinView {
        join_table, sides, ..
    } = marker
    else {
        unreachable!("create_join_view takes a join view marker")
    };
    let select: Vec<String> = join_view_columns(marker)
        .into_iter()
        .map(|(expr, name)| format!("{expr} AS {}", quote_ident(&name)))
        .collect();
    let joins: Vec<String> = sides
        .iter()
        .enumerate()
        .map(|(i, s)| {
            format!(
                "JOIN {} AS s{i} ON s{i}.{} = j.{}",
                s.table.quoted(),
                quote_ident(&s.key),
                quote_ident(&s.join_column)
            )
        })
        .collect();
    vec![
        format!(
            "CREATE VIEW {} AS SELECT {} FROM {} AS j {}",
            view.quoted(),
            select.join(", "),
            join_table.quoted(),
            joins.join(" ")
        ),
        format!(
            "COMMENT ON VIEW {} IS {}",
            view.quoted(),
            quote_literal(&marker.comment())
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifiers_and_literals_are_always_quoted() {
        assert_eq!(quote_ident("order"), "\"order\"");
        assert_eq!(
            quote_ident("a\"; drop table x; --"),
            "\"a\"\"; drop table x; --\""
        );
        assert_eq!(quote_literal("it's"), "'it''s'");
        assert_eq!(quote_literal("a\\b"), "E'a\\\\b'");
        let q = QualifiedName::new("My Schema", "t\"x");
        assert_eq!(q.quoted(), "\"My Schema\".\"t\"\"x\"");
    }

    #[test]
    fn markers_round_trip_through_comments() {
        let m = Marker::CastView {
            base: QualifiedName::new("salesforce", "contact"),
            key: "id".into(),
            column: "user_id".into(),
            cast_column: "_user_id".into(),
            type_name: "int4".into(),
        };
        let c = m.comment();
        assert!(
            c.starts_with("pg_sequin_hasura:{\"kind\":\"cast_view\""),
            "{c}"
        );
        assert_eq!(Marker::parse(&c), Some(m));
        assert_eq!(Marker::parse("a human comment"), None);
        assert_eq!(Marker::parse("pg_sequin_hasura:{not json"), None);
    }

    #[test]
    fn cast_column_ddl_quotes_everything() {
        let m = Marker::CastColumn {
            column: "user id".into(),
            type_name: "int4".into(),
        };
        let ddl = add_cast_column(
            &QualifiedName::new("sf", "contact"),
            "_user id",
            "integer",
            "EXPR",
            &m,
        );
        assert_eq!(
            ddl[0],
            "ALTER TABLE \"sf\".\"contact\" ADD COLUMN \"_user id\" integer GENERATED ALWAYS AS (EXPR) STORED"
        );
        assert!(ddl[1].starts_with(
            "COMMENT ON COLUMN \"sf\".\"contact\".\"_user id\" IS 'pg_sequin_hasura:"
        ));
    }

    #[test]
    fn join_view_columns_are_prefixed_and_unique() {
        let side = |t: &str, cols: &[&str]| JoinSide {
            table: QualifiedName::new("h", t),
            join_column: format!("{t}_id"),
            key: "id".into(),
            prefix: t.into(),
            columns: cols.iter().map(|c| c.to_string()).collect(),
        };
        let m = Marker::JoinView {
            join_table: QualifiedName::new("h", "associations_contact_deal"),
            attributes: vec!["labels".into()],
            sides: vec![
                side("contact", &["email", "id"]),
                side("deal", &["dealname"]),
            ],
        };
        let names: Vec<String> = join_view_columns(&m).into_iter().map(|(_, n)| n).collect();
        assert_eq!(
            names,
            vec![
                "contact_id",
                "deal_id",
                "labels",
                "contact_email",
                "contact_id_2",
                "deal_dealname"
            ]
        );
        let ddl = create_join_view(&QualifiedName::new("h", "contacts_and_deals"), &m);
        assert!(ddl[0].contains("FROM \"h\".\"associations_contact_deal\" AS j JOIN \"h\".\"contact\" AS s0 ON s0.\"id\" = j.\"contact_id\""), "{}", ddl[0]);
    }
}

// ---- Planning: what to create, pure, so `sequin_hasura_plan` and the create
// ---- functions share one path and tests need no Postgres.

use crate::error::{ApiError, ApiResult, Code};
use crate::model::{is_sequin_system_column, Table};
use crate::names::{plural_name, similar};

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
    existing: Option<Option<&str>>,
    marker: &Marker,
) -> ApiResult<bool> {
    match existing {
        None => Ok(false),
        Some(comment) if comment.and_then(Marker::parse).as_ref() == Some(marker) => Ok(true),
        Some(_) => {
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
    if !matches!(
        table.kind,
        crate::model::RelKind::Table | crate::model::RelKind::PartitionedTable
    ) {
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
    let expression = crate::cast::cast_expression(&quote_ident(column), &source.base_type, target)?;
    let marker = Marker::CastColumn {
        column: column.into(),
        type_name: target.into(),
    };
    let existing = table.column(&name).map(|c| {
        if c.generated {
            c.marker.as_deref()
        } else {
            None
        }
    });
    let statements = if check_existing("column", &name, existing, &marker)? {
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
    existing: Option<Option<&str>>,
) -> ApiResult<Planned> {
    let source = table
        .column(column)
        .ok_or_else(|| unknown_column(table, column))?;
    check_identifier("view", &view.name)?;
    let key = crate::infer::target_key_columns(table).first().map(|k| k.to_string()).ok_or_else(|| {
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
    let expression = crate::cast::cast_expression(
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
    view_schema: Option<&str>,
    view_name: Option<&str>,
    columns: Option<&std::collections::BTreeMap<String, Vec<String>>>,
    existing: &dyn Fn(&QualifiedName) -> Option<Option<String>>,
) -> ApiResult<Planned> {
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
    let found = existing(&view);
    let statements = if check_existing(
        "view",
        &view.display(),
        found.as_ref().map(|c| c.as_deref()),
        &marker,
    )? {
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

#[cfg(test)]
mod planning_tests {
    use super::*;
    use crate::model::fixtures::*;

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
        let p = plan_cast_view(&t, "user_id", "int4", view.clone(), None, None).unwrap();
        assert!(p.statements[0].starts_with(
            "CREATE VIEW \"hasura\".\"contact_user_id_int4\" AS SELECT b.\"id\", b.\"user_id\", CASE WHEN"
        ), "{}", p.statements[0]);
        assert!(!p.statements[0].contains("email"));
        let same = p.marker.comment();
        assert!(
            plan_cast_view(&t, "user_id", "int4", view.clone(), None, Some(Some(&same)))
                .unwrap()
                .statements
                .is_empty()
        );
        let e = plan_cast_view(&t, "user_id", "int4", view, None, Some(None)).unwrap_err();
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
        let entities = crate::infer::entity_names(&tables);
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
        let none = |_: &QualifiedName| None;
        let p = plan_join_view(&tables, 2, &sides, &entities, None, None, None, &none).unwrap();
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
            None,
            None,
            Some(&picked),
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
            plan_join_view(&tables, 2, &sides, &entities, None, None, Some(&bad), &none)
                .unwrap_err()
                .code,
            Code::UndefinedColumn
        );
        let e = plan_join_view(&tables, 2, &sides[..1], &entities, None, None, None, &none)
            .unwrap_err();
        assert_eq!(e.code, Code::InvalidParameter);
    }
}

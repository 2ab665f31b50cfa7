//! From inferred references to named Hasura relationships: an object relationship on
//! the referencing table, an array relationship back on the referenced one. Names
//! are valid GraphQL names, unique per table, and never collide with a column, with
//! another relationship, or with an array relationship's `<name>_aggregate` field.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::names::{graphql_name, is_graphql_name};
use crate::catalog::{position, Table};
use crate::infer::{association_pair, Reference};
use crate::marker::Marker;
use crate::words::plural_name;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Object,
    Array,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Object => "object",
            Kind::Array => "array",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Relationship {
    /// The table that carries the relationship field.
    pub table: usize,
    pub kind: Kind,
    pub name: String,
    pub remote_table: usize,
    /// (column of `table`, column of `remote_table`)
    pub mapping: Vec<(String, String)>,
    /// Index of the reference this came from.
    pub reference: usize,
}

/// Name both directions of every reference. `taken[t]` holds the GraphQL field
/// names table `t` already uses (its columns).
pub fn name_relationships(
    tables: &[Table],
    entities: &[String],
    refs: &[Reference],
    mut taken: Vec<BTreeSet<String>>,
) -> Vec<Relationship> {
    let known: BTreeSet<&str> = entities.iter().map(String::as_str).collect();
    let is_known = |k: &str| known.contains(k);
    // (table, kind, wanted name, fallback qualifier, relationship)
    let mut planned: Vec<(usize, Kind, String, String, Relationship)> = Vec::new();
    for (i, r) in refs.iter().enumerate() {
        let child_col = r.join_column().to_string();
        // what the reference means from the child's side, as a GraphQL word
        let role = graphql_name(&r.role).to_lowercase();
        planned.push((
            r.child,
            Kind::Object,
            graphql_name(&role),
            graphql_name(&r.child_column),
            Relationship {
                table: r.child,
                kind: Kind::Object,
                name: String::new(),
                remote_table: r.parent,
                mapping: vec![(child_col.clone(), r.parent_column.clone())],
                reference: i,
            },
        ));
        let child = &tables[r.child];
        let parent_entity = &entities[r.parent];
        let pair = association_pair(&child.name.to_lowercase(), &is_known);
        let wanted = match pair {
            Some((a, b)) if &a == parent_entity || &b == parent_entity => {
                let other = if &a == parent_entity { b } else { a };
                format!("{other}_associations")
            }
            // a cast view's rows are its base table's rows
            _ if r.one_to_one => graphql_name(&child.name.to_lowercase()),
            _ => {
                let child_entity = match child.view_marker() {
                    Some(Marker::CastView { base, .. }) => {
                        position(tables, &base).map_or(&entities[r.child], |b| &entities[b])
                    }
                    _ => &entities[r.child],
                };
                let mut base = plural_name(child_entity);
                if child.schema != tables[r.parent].schema {
                    base = format!("{}_{base}", child.schema.to_lowercase());
                }
                // a polymorphic `who_contact` is `tasks_by_who` on contact
                let role = if r.polymorphic {
                    role.strip_suffix(&format!("_{parent_entity}"))
                        .unwrap_or(&role)
                } else {
                    &role
                };
                if role != parent_entity {
                    base = format!("{base}_by_{role}");
                }
                base
            }
        };
        let back = if r.one_to_one {
            Kind::Object
        } else {
            Kind::Array
        };
        planned.push((
            r.parent,
            back,
            graphql_name(&wanted),
            graphql_name(&r.child_column),
            Relationship {
                table: r.parent,
                kind: back,
                name: String::new(),
                remote_table: r.child,
                mapping: vec![(r.parent_column.clone(), child_col)],
                reference: i,
            },
        ));
    }
    planned.sort_by(|a, b| {
        (a.0, a.1, &a.2, &a.4.mapping, a.4.remote_table).cmp(&(
            b.0,
            b.1,
            &b.2,
            &b.4.mapping,
            b.4.remote_table,
        ))
    });
    let mut out = Vec::with_capacity(planned.len());
    for (table, kind, wanted, qualifier, mut rel) in planned {
        let taken = &mut taken[table];
        let free = |n: &str, taken: &BTreeSet<String>| {
            !taken.contains(n)
                && (kind == Kind::Object || !taken.contains(&format!("{n}_aggregate")))
        };
        let mut name = wanted.clone();
        if !free(&name, taken) {
            name = format!("{wanted}_by_{qualifier}");
        }
        let mut n = 2;
        while !free(&name, taken) {
            name = format!("{wanted}_{n}");
            n += 1;
        }
        taken.insert(name.clone());
        if kind == Kind::Array {
            taken.insert(format!("{name}_aggregate"));
        }
        rel.name = name;
        out.push(rel);
    }
    out.sort_by(|a, b| (a.table, a.kind, &a.name).cmp(&(b.table, b.kind, &b.name)));
    out
}

/// The GraphQL field name of each column: its own name when valid, else a
/// sanitised `custom_name` unique within the table.
pub fn column_field_names(t: &Table) -> BTreeMap<String, String> {
    let mut used: BTreeSet<String> = t
        .columns
        .iter()
        .filter(|c| is_graphql_name(&c.name))
        .map(|c| c.name.clone())
        .collect();
    let mut out = BTreeMap::new();
    for c in &t.columns {
        if is_graphql_name(&c.name) {
            out.insert(c.name.clone(), c.name.clone());
            continue;
        }
        let base = graphql_name(&c.name);
        let mut name = base.clone();
        let mut n = 2;
        while used.contains(&name) {
            name = format!("{base}_{n}");
            n += 1;
        }
        used.insert(name.clone());
        out.insert(c.name.clone(), name);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::*;

    fn named(tables: &[Table]) -> Vec<(String, &'static str, String)> {
        let a = analyze(tables.to_vec(), &tables[0].schema, 0.7);
        a.rels
            .into_iter()
            .map(|r| (a.tables[r.table].name.clone(), r.kind.as_str(), r.name))
            .collect()
    }

    #[test]
    fn direct_references_get_object_and_array_names() {
        let tables = vec![
            sequin_table("sf", "account", &[]),
            sequin_table("sf", "opportunity", &[("account_id", "text")]),
        ];
        assert_eq!(
            named(&tables),
            vec![
                ("account".into(), "array", "opportunities".into()),
                ("opportunity".into(), "object", "account".into()),
            ]
        );
    }

    #[test]
    fn role_named_references_qualify_the_array_name() {
        let tables = vec![
            sequin_table("sf", "user", &[]),
            sequin_table(
                "sf",
                "account",
                &[
                    ("owner_id", "text"),
                    ("created_by_id", "text"),
                    ("parent_id", "text"),
                ],
            ),
        ];
        let names = named(&tables);
        for expected in [
            ("user", "array", "accounts_by_owner"),
            ("user", "array", "accounts_by_created_by"),
            ("account", "array", "accounts_by_parent"),
            ("account", "object", "owner"),
            ("account", "object", "created_by"),
            ("account", "object", "parent"),
        ] {
            assert!(
                names.contains(&(expected.0.into(), expected.1, expected.2.into())),
                "{expected:?} in {names:?}"
            );
        }
    }

    #[test]
    fn associations_are_named_after_the_other_side() {
        let tables = vec![
            sequin_table("h", "contact", &[]),
            sequin_table("h", "deal", &[]),
            associations_contact_deal("h"),
        ];
        let names = named(&tables);
        assert!(names.contains(&("contact".into(), "array", "deal_associations".into())));
        assert!(names.contains(&("deal".into(), "array", "contact_associations".into())));
        assert!(names.contains(&(
            "associations_contact_deal".into(),
            "object",
            "contact".into()
        )));
        assert!(names.contains(&("associations_contact_deal".into(), "object", "deal".into())));
    }

    #[test]
    fn names_never_collide_with_columns_or_aggregates() {
        let tables = vec![
            sequin_table(
                "s",
                "account",
                &[
                    ("opportunities", "text"),
                    ("opportunities_by_account_id_aggregate", "int4"),
                ],
            ),
            sequin_table(
                "s",
                "opportunity",
                &[("account_id", "text"), ("account", "text")],
            ),
        ];
        let names = named(&tables);
        assert!(
            names.contains(&(
                "opportunity".into(),
                "object",
                "account_by_account_id".into()
            )),
            "{names:?}"
        );
        assert!(
            names.contains(&("account".into(), "array", "opportunities_2".into())),
            "{names:?}"
        );
    }

    #[test]
    fn invalid_column_names_get_unique_field_names() {
        let t = keyless_table(
            "s",
            "t",
            &[("my col", "text"), ("my_col", "text"), ("1x", "text")],
        );
        let names = column_field_names(&t);
        assert_eq!(names["my col"], "my_col_2");
        assert_eq!(names["my_col"], "my_col");
        assert_eq!(names["1x"], "_1x");
    }
}

//! Hasura DDN (v3 engine) output: our relationships as OpenDD `Relationship`
//! documents (`kind: Relationship`, `version: v1`) in `.hml` files, to drop into
//! a DDN subgraph next to the models the DDN CLI generated for the same tables.
//!
//! # Names
//! A relationship names an object type (`sourceType`), a model (`target.model`)
//! and fields on both, so it must use the names the subgraph has:
//! - Given the user's subgraph metadata, each tracked table is the `Model` whose
//!   `source.collection` is the table's collection (ndc-postgres names it
//!   `<schema>_<table>`, or `<table>` in `public`), its `objectType` is the
//!   source type, and the object type's `dataConnectorTypeMapping[].fieldMapping`
//!   gives the field of each column (a field of the column's own name when not
//!   listed). A relationship one of whose tables has no model there, or whose
//!   column has no field, is left out with a notice: the engine rejects a
//!   relationship on an unknown type or to an unknown model.
//! - Without it, names follow what `ddn model add` generates with the default
//!   `graphql` naming convention: model and object type `PascalCase(collection)`
//!   (`hubspot_contact` → `HubspotContact`), fields `camelCase(column)`
//!   (`company_id` → `companyId`); see [`case`].
//!
//! A relationship is named as `ddn relationship add` names one from a foreign
//! key: an object relationship after the singular target model
//! (`hubspotCompany`), an array relationship after the plural one
//! (`hubspotContacts`). A reference whose role is not simply its target (an
//! `hs_parent_company_id`, a `created_by_id`, a polymorphic `who_id`), which the
//! CLI has no way to name apart, is named by the role as in the v2 document:
//! `parentCompany` on the referencing type, `hubspotCompaniesByParentCompany` on
//! the referenced one.
//!
//! Names never clash with a field of the source type (hasura/graphql-engine
//! issue #10192), with another relationship on it (ours, or one already in the
//! subgraph) or with an aggregate field (`<name>Aggregate`): the clashing one
//! gets `By<Field>` (its foreign-key field) appended, then a number. A
//! relationship of the subgraph's that maps the same fields to the same model is
//! never repeated: ours is left out (so writing your own renames ours). An array
//! relationship aggregates through the target model's `aggregateExpression` (or
//! the subgraph's one AggregateExpression over its type) when the subgraph has
//! one, as the CLI writes it (`aggregate.aggregateExpression`,
//! `graphql.aggregateFieldName: <name>Aggregate`); without a subgraph it has no
//! aggregate.
//!
//! # Files
//! One file per source type, `metadata/pg_sequin_hasura/<Type>Relationships.hml`,
//! relative to the subgraph's directory (where `subgraph.yaml` is): the CLI puts
//! a relationship into the model's own `metadata/<Model>.hml`, which is the
//! user's and is never overwritten here; `includePaths: [metadata]` takes in
//! every `.hml` below `metadata/`, subdirectories included. Documents are
//! separated by `---` and written as the CLI writes them (keys in its order).

pub mod case;
pub mod subgraph;
pub mod yaml;

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use super::relationships::{Kind, Relationship};
use super::Analysis;
use crate::catalog::Table;
use crate::error::{ApiResult, Notice};
use case::{camel_case, camel_plural, camel_singular, ndc_collection, pascal_case};
use subgraph::Subgraph;
use yaml::Node;

/// Where the files go, relative to the subgraph's directory.
pub const DIR: &str = "metadata/pg_sequin_hasura";

/// A table as the subgraph (or the convention) names it.
#[derive(Debug, Clone)]
struct Side {
    model: String,
    type_name: String,
    /// column → field
    fields: BTreeMap<String, String>,
    /// Every field name of the type.
    type_fields: BTreeSet<String>,
    aggregate: Option<String>,
}

/// One relationship, named.
#[derive(Debug, Clone)]
struct Planned {
    source_type: String,
    kind: Kind,
    wanted: String,
    /// `By<Field>`: what a clash appends.
    qualifier: String,
    target_model: String,
    /// (source field, target field)
    mapping: Vec<(String, String)>,
    aggregate: Option<String>,
    description: String,
    name: String,
}

/// path → hml text, sorted; every document valid OpenDD.
pub fn files(
    a: &Analysis,
    subgraph: Option<&Value>,
) -> ApiResult<(BTreeMap<String, String>, Vec<Notice>)> {
    let sg = match subgraph {
        None | Some(Value::Null) => None,
        Some(v) => Some(subgraph::read(v)?),
    };
    let mut notices = Vec::new();
    let sides = match &sg {
        None => {
            notices.push(Notice {
                message: "the DDN relationships use the names the DDN CLI's default \"graphql\" naming convention gives (models and types like HubspotContact, fields like companyId)".into(),
                hint: Some("pass your subgraph's metadata to take the names from it (renamed models and fields, your own relationships, aggregate expressions)".into()),
            });
            convention_sides(a)
        }
        Some(sg) => subgraph_sides(a, sg, &mut notices),
    };
    let planned = plan(a, &sides, sg.as_ref(), &mut notices);
    Ok((write_files(planned), notices))
}

/// Notice text listing at most ten items.
fn listed(items: &[String]) -> String {
    let mut s = items
        .iter()
        .take(10)
        .cloned()
        .collect::<Vec<_>>()
        .join("; ");
    if items.len() > 10 {
        s.push_str(&format!("; and {} more", items.len() - 10));
    }
    s
}

/// The field names `ddn model add` gives columns: camelCase, a column whose
/// name only differs by leading underscores (`_user_id` beside `user_id`) keeps
/// one in front, anything else still equal gets a number.
pub fn convention_fields(t: &Table) -> BTreeMap<String, String> {
    let mut cols: Vec<&str> = t.columns.iter().map(|c| c.name.as_str()).collect();
    cols.sort_by_key(|c| c.starts_with('_'));
    let mut used = BTreeSet::new();
    let mut out = BTreeMap::new();
    for c in cols {
        let base = camel_case(c);
        let mut name = base.clone();
        if used.contains(&name) && c.starts_with('_') {
            name = format!("_{base}");
        }
        let mut n = 2;
        while used.contains(&name) {
            name = format!("{base}{n}");
            n += 1;
        }
        used.insert(name.clone());
        out.insert(c.to_string(), name);
    }
    out
}

fn convention_sides(a: &Analysis) -> Vec<Result<Side, String>> {
    let mut out: Vec<Result<Side, String>> = vec![Err(String::new()); a.tables.len()];
    let mut used = BTreeSet::new();
    for &i in &a.tracked {
        let t = &a.tables[i];
        let base = pascal_case(&ndc_collection(&t.schema, &t.name));
        let mut model = base.clone();
        let mut n = 2;
        while used.contains(&model) {
            model = format!("{base}{n}");
            n += 1;
        }
        used.insert(model.clone());
        let fields = convention_fields(t);
        out[i] = Ok(Side {
            type_name: model.clone(),
            model,
            type_fields: fields.values().cloned().collect(),
            fields,
            aggregate: None,
        });
    }
    out
}

fn subgraph_sides(
    a: &Analysis,
    sg: &Subgraph,
    notices: &mut Vec<Notice>,
) -> Vec<Result<Side, String>> {
    let mut out: Vec<Result<Side, String>> = vec![Err(String::new()); a.tables.len()];
    // the models whose collection is each tracked table's
    let mut candidates: BTreeMap<usize, Vec<&subgraph::ModelInfo>> = BTreeMap::new();
    for &i in &a.tracked {
        let t = &a.tables[i];
        let collection = ndc_collection(&t.schema, &t.name);
        let mut found: Vec<_> = sg
            .models
            .iter()
            .filter(|m| m.collection.as_deref() == Some(collection.as_str()))
            .collect();
        // a schema configured as unqualified in ndc-postgres: the bare name, when
        // no other table here has it
        let unique_name = a
            .tracked
            .iter()
            .filter(|&&j| a.tables[j].name == t.name)
            .count()
            == 1;
        if found.is_empty() && t.schema != "public" && unique_name {
            found = sg
                .models
                .iter()
                .filter(|m| m.collection.as_deref() == Some(t.name.as_str()))
                .collect();
        }
        candidates.insert(i, found);
    }
    // several data connectors back them: the one that backs the most tables
    let mut per_connector: BTreeMap<&str, usize> = BTreeMap::new();
    for found in candidates.values() {
        let connectors: BTreeSet<&str> = found
            .iter()
            .filter_map(|m| m.connector.as_deref())
            .collect();
        for c in connectors {
            *per_connector.entry(c).or_default() += 1;
        }
    }
    let chosen = per_connector
        .iter()
        .max_by(|x, y| x.1.cmp(y.1).then(y.0.cmp(x.0)))
        .map(|(c, _)| c.to_string());
    if per_connector.len() > 1 {
        notices.push(Notice {
            message: format!(
                "the subgraph's models of these tables belong to several data connectors ({}); used {}, which backs the most of them",
                per_connector.keys().cloned().collect::<Vec<_>>().join(", "),
                chosen.as_deref().unwrap_or("?")
            ),
            hint: Some("pass only the subgraph (or the files) of the connector on this database".into()),
        });
    }
    let mut ambiguous = Vec::new();
    for (i, found) in candidates {
        let t = &a.tables[i];
        let collection = ndc_collection(&t.schema, &t.name);
        let mut found: Vec<_> = found
            .into_iter()
            .filter(|m| chosen.is_none() || m.connector == chosen)
            .collect();
        let convention = pascal_case(&collection);
        found.sort_by_key(|m| (m.has_arguments, m.name != convention, m.name.clone()));
        let Some(model) = found.first() else {
            out[i] = Err(format!("{} (collection {collection})", t.qualified()));
            continue;
        };
        if found.len() > 1 {
            ambiguous.push(format!(
                "{} has models {}; used {}",
                t.qualified(),
                found
                    .iter()
                    .map(|m| m.name.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
                model.name
            ));
        }
        let Some(ot) = sg.object_types.get(&model.object_type) else {
            out[i] = Err(format!(
                "{} (its model {}'s object type {} is not in the subgraph)",
                t.qualified(),
                model.name,
                model.object_type
            ));
            continue;
        };
        let mut type_fields = ot.fields.clone();
        if ot.global_id {
            type_fields.insert("id".into());
        }
        let aggregate = model.aggregate.clone().or_else(|| {
            sg.aggregates
                .iter()
                .filter(|(_, ty)| *ty == model.object_type)
                .map(|(n, _)| n.clone())
                .min()
        });
        out[i] = Ok(Side {
            model: model.name.clone(),
            type_name: model.object_type.clone(),
            fields: sg.column_fields(&model.object_type, model.connector.as_deref(), &collection),
            type_fields,
            aggregate,
        });
    }
    if !ambiguous.is_empty() {
        notices.push(Notice {
            message: format!("several models over one table: {}", listed(&ambiguous)),
            hint: Some("relationships use the model without arguments named as the CLI would name it, else the first by name".into()),
        });
    }
    out
}

/// The relationships that go out: both tables tracked, no cast missing (as in
/// the v2 document).
fn emitted(a: &Analysis) -> Vec<&Relationship> {
    let tracked: BTreeSet<usize> = a.tracked.iter().copied().collect();
    a.rels
        .iter()
        .filter(|rel| {
            tracked.contains(&rel.table)
                && tracked.contains(&rel.remote_table)
                && a.refs[rel.reference].relatable()
        })
        .collect()
}

fn plan(
    a: &Analysis,
    sides: &[Result<Side, String>],
    sg: Option<&Subgraph>,
    notices: &mut Vec<Notice>,
) -> Vec<Planned> {
    let mut missing_models: BTreeMap<String, usize> = BTreeMap::new();
    let mut missing_fields = Vec::new();
    let mut duplicates = Vec::new();
    let mut planned: Vec<Planned> = Vec::new();
    for rel in emitted(a) {
        let r = &a.refs[rel.reference];
        let (src, dst) = match (&sides[rel.table], &sides[rel.remote_table]) {
            (Ok(s), Ok(d)) => (s, d),
            (s, d) => {
                for e in [s, d].into_iter().filter_map(|x| x.as_ref().err()) {
                    *missing_models.entry(e.clone()).or_default() += 1;
                }
                continue;
            }
        };
        let mut mapping = Vec::new();
        for (col, remote) in &rel.mapping {
            match (src.fields.get(col), dst.fields.get(remote)) {
                (Some(f), Some(g)) => mapping.push((f.clone(), g.clone())),
                (f, _) => {
                    let (ty, table, column) = if f.is_none() {
                        (&src.type_name, rel.table, col)
                    } else {
                        (&dst.type_name, rel.remote_table, remote)
                    };
                    missing_fields.push(format!(
                        "{} ({ty} has no field for column {}.{column})",
                        a.describe(r),
                        a.tables[table].qualified()
                    ));
                }
            }
        }
        if mapping.len() != rel.mapping.len() {
            continue;
        }
        let from_child = rel.kind == Kind::Object
            && rel.table == r.child
            && rel
                .mapping
                .first()
                .is_some_and(|(c, p)| c == r.join_column() && *p == r.parent_column);
        let parent_entity = &a.entities[r.parent];
        let natural = !r.polymorphic && &r.role == parent_entity;
        let role_word = if r.polymorphic {
            r.role
                .strip_suffix(&format!("_{parent_entity}"))
                .unwrap_or(&r.role)
        } else {
            &r.role
        };
        let wanted = if from_child {
            if natural {
                camel_singular(&dst.model)
            } else {
                camel_case(&r.role)
            }
        } else {
            let base = match rel.kind {
                Kind::Array => camel_plural(&dst.model),
                Kind::Object => camel_singular(&dst.model),
            };
            if natural {
                base
            } else {
                format!("{base}By{}", pascal_case(role_word))
            }
        };
        // the foreign key's field: the source's from the child, else the target's
        let fk = if from_child {
            &mapping[0].0
        } else {
            &mapping[0].1
        };
        let qualifier = format!("By{}", pascal_case(fk));
        if let Some(sg) = sg {
            let ours: BTreeSet<(String, String)> = mapping.iter().cloned().collect();
            if let Some(theirs) = sg.relationships.iter().find(|u| {
                u.source_type == src.type_name
                    && u.target_model.as_deref() == Some(dst.model.as_str())
                    && u.mapping.as_ref() == Some(&ours)
            }) {
                duplicates.push(format!(
                    "{}.{} ({})",
                    theirs.source_type,
                    theirs.name,
                    a.describe(r)
                ));
                continue;
            }
        }
        planned.push(Planned {
            source_type: src.type_name.clone(),
            kind: rel.kind,
            wanted,
            qualifier,
            target_model: dst.model.clone(),
            mapping,
            aggregate: (rel.kind == Kind::Array)
                .then(|| dst.aggregate.clone())
                .flatten(),
            description: format!(
                "pg_sequin_hasura: {} ({}; confidence {})",
                a.describe(r),
                r.rules.join(", "),
                r.confidence
            ),
            name: String::new(),
        });
    }
    if !missing_models.is_empty() {
        let count: usize = missing_models.values().sum();
        let tables: Vec<String> = missing_models.into_keys().collect();
        notices.push(Notice {
            message: format!(
                "left out {count} relationship(s) of tables with no model in the subgraph: {}",
                listed(&tables)
            ),
            hint: Some(
                "add their models (ddn model add <connector> <collection>) and call again".into(),
            ),
        });
    }
    if !missing_fields.is_empty() {
        notices.push(Notice {
            message: format!(
                "left out {} relationship(s) whose columns have no field in their object type: {}",
                missing_fields.len(),
                listed(&missing_fields)
            ),
            hint: Some(
                "update the models (ddn model update <connector> <model>) and call again".into(),
            ),
        });
    }
    if !duplicates.is_empty() {
        notices.push(Notice {
            message: format!(
                "{} relationship(s) are already in the subgraph, under your names, and are not repeated: {}",
                duplicates.len(),
                listed(&duplicates)
            ),
            hint: None,
        });
    }
    name_all(planned, sides, sg)
}

/// Give every relationship a name free on its source type.
fn name_all(
    mut planned: Vec<Planned>,
    sides: &[Result<Side, String>],
    sg: Option<&Subgraph>,
) -> Vec<Planned> {
    let mut taken: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for side in sides.iter().flatten() {
        taken
            .entry(side.type_name.clone())
            .or_default()
            .extend(side.type_fields.iter().cloned());
    }
    for u in sg.map(|s| s.relationships.as_slice()).unwrap_or(&[]) {
        let t = taken.entry(u.source_type.clone()).or_default();
        t.insert(u.name.clone());
        t.extend(u.aggregate_field.clone());
    }
    planned.sort_by(|x, y| {
        (
            &x.source_type,
            &x.wanted,
            &x.qualifier,
            &x.target_model,
            &x.mapping,
        )
            .cmp(&(
                &y.source_type,
                &y.wanted,
                &y.qualifier,
                &y.target_model,
                &y.mapping,
            ))
    });
    for p in &mut planned {
        let taken = taken.entry(p.source_type.clone()).or_default();
        let with_aggregate = p.aggregate.is_some();
        let free = |n: &str, taken: &BTreeSet<String>| {
            !taken.contains(n) && (!with_aggregate || !taken.contains(&format!("{n}Aggregate")))
        };
        let mut name = p.wanted.clone();
        if !free(&name, taken) {
            name = format!("{}{}", p.wanted, p.qualifier);
        }
        let base = name.clone();
        let mut n = 2;
        while !free(&name, taken) {
            name = format!("{base}{n}");
            n += 1;
        }
        taken.insert(name.clone());
        if with_aggregate {
            taken.insert(format!("{name}Aggregate"));
        }
        p.name = name;
    }
    planned
}

fn field_path(field: &str) -> Node {
    Node::Seq(vec![Node::map([("fieldName", Node::str(field))])])
}

/// The OpenDD document of one relationship.
fn document(p: &Planned) -> Node {
    let mut model = vec![
        ("name", Node::str(&p.target_model)),
        (
            "relationshipType",
            Node::str(match p.kind {
                Kind::Object => "Object",
                Kind::Array => "Array",
            }),
        ),
    ];
    if let Some(agg) = &p.aggregate {
        model.push((
            "aggregate",
            Node::map([("aggregateExpression", Node::str(agg))]),
        ));
    }
    let mapping = p
        .mapping
        .iter()
        .map(|(s, t)| {
            Node::map([
                ("source", Node::map([("fieldPath", field_path(s))])),
                ("target", Node::map([("modelField", field_path(t))])),
            ])
        })
        .collect();
    let mut definition = vec![
        ("name", Node::str(&p.name)),
        ("sourceType", Node::str(&p.source_type)),
        ("target", Node::map([("model", Node::map(model))])),
        ("mapping", Node::Seq(mapping)),
        ("description", Node::str(&p.description)),
    ];
    if p.aggregate.is_some() {
        definition.push((
            "graphql",
            Node::map([(
                "aggregateFieldName",
                Node::str(format!("{}Aggregate", p.name)),
            )]),
        ));
    }
    Node::map([
        ("kind", Node::str("Relationship")),
        ("version", Node::str("v1")),
        ("definition", Node::map(definition)),
    ])
}

fn write_files(planned: Vec<Planned>) -> BTreeMap<String, String> {
    let mut by_type: BTreeMap<String, Vec<Planned>> = BTreeMap::new();
    for p in planned {
        by_type.entry(p.source_type.clone()).or_default().push(p);
    }
    let mut out = BTreeMap::new();
    let mut lower_paths = BTreeSet::new();
    for (ty, mut rels) in by_type {
        rels.sort_by(|x, y| x.name.cmp(&y.name));
        // one file per type, distinct on case-insensitive file systems too
        let mut path = format!("{DIR}/{ty}Relationships.hml");
        let mut n = 2;
        while !lower_paths.insert(path.to_lowercase()) {
            path = format!("{DIR}/{ty}Relationships{n}.hml");
            n += 1;
        }
        let mut text = format!(
            "# Generated by pg_sequin_hasura: relationships it inferred on {ty}.\n# Regenerate rather than edit: a Relationship of your own that maps the same\n# fields to the same model replaces ours.\n"
        );
        let docs: Vec<String> = rels
            .iter()
            .map(|p| format!("---\n{}", yaml::emit(&document(p))))
            .collect();
        text.push_str(&docs.join("\n"));
        out.insert(path, text);
    }
    out
}

#[cfg(test)]
mod tests;

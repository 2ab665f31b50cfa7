//! The Hasura metadata document (version 3), or the `replace_metadata` / `bulk`
//! request that carries it, built from an [`Analysis`]. Plain serde_json, no Postgres.

use std::collections::BTreeSet;

use serde_json::{json, Map, Value};

use crate::names::{graphql_name, is_graphql_name};
use crate::options::{Format, Options};
use crate::relationships::{column_field_names, Kind, Relationship};
use crate::suggest::{describe, relatable, Analysis};

/// Hasura's default GraphQL identifier for a table: `name` in `public`, else `schema_name`.
fn default_identifier(schema: &str, name: &str) -> String {
    if schema == "public" {
        name.to_string()
    } else {
        format!("{schema}_{name}")
    }
}

/// Every root field and type name Hasura derives from a table identifier.
pub fn derived_names(id: &str) -> Vec<String> {
    const SUFFIXES: &[&str] = &[
        "",
        "_by_pk",
        "_aggregate",
        "_stream",
        "_aggregate_fields",
        "_bool_exp",
        "_order_by",
        "_select_column",
        "_insert_input",
        "_set_input",
        "_pk_columns_input",
        "_mutation_response",
        "_on_conflict",
        "_constraint",
        "_update_column",
        "_updates",
        "_stream_cursor_input",
        "_obj_rel_insert_input",
        "_arr_rel_insert_input",
        "_inc_input",
    ];
    const PREFIXES: &[&str] = &["insert_", "update_", "delete_"];
    let mut out: Vec<String> = SUFFIXES.iter().map(|s| format!("{id}{s}")).collect();
    for p in PREFIXES {
        out.push(format!("{p}{id}"));
        out.push(format!("{p}{id}_by_pk"));
    }
    out.push(format!("insert_{id}_one"));
    out.push(format!("update_{id}_many"));
    out
}

/// `custom_name` for each tracked table whose default identifier is not a valid
/// GraphQL name or collides with names derived from an earlier table's.
pub fn table_custom_names(a: &Analysis) -> Vec<Option<String>> {
    let mut used: std::collections::HashSet<String> = Default::default();
    let mut out = vec![None; a.tables.len()];
    for &i in &a.tracked {
        let t = &a.tables[i];
        let default = default_identifier(&t.schema, &t.name);
        let mut id = default.clone();
        if !is_graphql_name(&id) {
            id = graphql_name(&id);
        }
        let base = id.clone();
        let mut n = 2;
        while derived_names(&id).iter().any(|d| used.contains(d)) {
            id = format!("{base}_{n}");
            n += 1;
        }
        used.extend(derived_names(&id));
        if id != default {
            out[i] = Some(id);
        }
    }
    out
}

fn qualified(a: &Analysis, i: usize) -> Value {
    json!({"schema": a.tables[i].schema, "name": a.tables[i].name})
}

fn rel_json(a: &Analysis, rel: &Relationship) -> Value {
    let r = &a.refs[rel.reference];
    let mapping: Map<String, Value> = rel
        .mapping
        .iter()
        .map(|(from, to)| (from.clone(), Value::String(to.clone())))
        .collect();
    let mut manual = json!({
        "remote_table": qualified(a, rel.remote_table),
        "column_mapping": {},
    });
    manual["column_mapping"] = Value::Object(mapping);
    if rel.kind == Kind::Object {
        // the parent's side of a one-to-one: the remote row references this one
        let order = if rel.table == r.parent && r.one_to_one {
            "after_parent"
        } else {
            "before_parent"
        };
        manual["insertion_order"] = json!(order);
    }
    let mut out = json!({
        "name": rel.name,
        "comment": format!(
            "pg_sequin_hasura: {} ({}; confidence {})",
            describe(a, r),
            r.rules.join(", "),
            r.confidence
        ),
        "using": {"manual_configuration": {}},
    });
    out["using"]["manual_configuration"] = manual;
    out
}

/// The relationships that go into the document: both ends tracked, no cast missing.
fn emitted(a: &Analysis) -> Vec<&Relationship> {
    let tracked: BTreeSet<usize> = a.tracked.iter().copied().collect();
    a.rels
        .iter()
        .filter(|rel| {
            tracked.contains(&rel.table)
                && tracked.contains(&rel.remote_table)
                && relatable(&a.refs[rel.reference])
        })
        .collect()
}

fn table_configuration(a: &Analysis, i: usize, custom: &Option<String>) -> Option<Value> {
    let mut cfg = Map::new();
    if let Some(name) = custom {
        cfg.insert("custom_name".into(), json!(name));
    }
    let columns: Map<String, Value> = column_field_names(&a.tables[i])
        .into_iter()
        .filter(|(col, field)| col != field)
        .map(|(col, field)| (col, json!({"custom_name": field})))
        .collect();
    if !columns.is_empty() {
        cfg.insert("column_config".into(), Value::Object(columns));
    }
    (!cfg.is_empty()).then_some(Value::Object(cfg))
}

/// The bare metadata document: `{"version": 3, "sources": [...]}`.
pub fn metadata_document(a: &Analysis, opts: &Options) -> Value {
    let custom = table_custom_names(a);
    let mut by_table: std::collections::BTreeMap<usize, Vec<&Relationship>> = Default::default();
    for r in emitted(a) {
        by_table.entry(r.table).or_default().push(r);
    }
    let tables: Vec<Value> = a
        .tracked
        .iter()
        .map(|&i| {
            let mut entry = Map::new();
            entry.insert("table".into(), qualified(a, i));
            if let Some(cfg) = table_configuration(a, i, &custom[i]) {
                entry.insert("configuration".into(), cfg);
            }
            for (kind, key) in [
                (Kind::Object, "object_relationships"),
                (Kind::Array, "array_relationships"),
            ] {
                let list: Vec<Value> = by_table
                    .get(&i)
                    .map(Vec::as_slice)
                    .unwrap_or(&[])
                    .iter()
                    .filter(|r| r.kind == kind)
                    .map(|r| rel_json(a, r))
                    .collect();
                if !list.is_empty() {
                    entry.insert(key.into(), Value::Array(list));
                }
            }
            Value::Object(entry)
        })
        .collect();
    let mut doc = json!({
        "version": 3,
        "sources": [{
            "name": opts.source,
            "kind": "postgres",
            "configuration": {"connection_info": {"database_url": {"from_env": opts.database_url_env}}},
            "tables": [],
        }],
    });
    // moved in, not through json! (which would serialise a copy of every table)
    doc["sources"][0]["tables"] = Value::Array(tables);
    doc
}

/// A `bulk` request: track every table, then create every relationship.
fn bulk_request(a: &Analysis, opts: &Options) -> Value {
    let custom = table_custom_names(a);
    let mut calls: Vec<Value> = a
        .tracked
        .iter()
        .map(|&i| {
            let mut args = json!({"source": opts.source, "table": qualified(a, i)});
            if let Some(cfg) = table_configuration(a, i, &custom[i]) {
                args["configuration"] = cfg;
            }
            with_args("pg_track_table", args)
        })
        .collect();
    for rel in emitted(a) {
        let mut args = rel_json(a, rel);
        args["source"] = json!(opts.source);
        args["table"] = qualified(a, rel.table);
        let kind = match rel.kind {
            Kind::Object => "pg_create_object_relationship",
            Kind::Array => "pg_create_array_relationship",
        };
        calls.push(with_args(kind, args));
    }
    with_args("bulk", Value::Array(calls))
}

/// `{"type": kind, "args": args}`, moving `args` in.
fn with_args(kind: &str, args: Value) -> Value {
    let mut call = Map::new();
    call.insert("type".into(), Value::String(kind.into()));
    call.insert("args".into(), args);
    Value::Object(call)
}

/// The document in the requested format.
pub fn build(a: &Analysis, opts: &Options) -> Value {
    match opts.format {
        Format::Metadata => metadata_document(a, opts),
        Format::ReplaceMetadata => {
            let mut args = json!({"allow_inconsistent_metadata": false, "allow_warnings": true});
            args["metadata"] = metadata_document(a, opts);
            let mut request = with_args("replace_metadata", args);
            request["version"] = json!(2);
            request
        }
        Format::Bulk => bulk_request(a, opts),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::fixtures::*;
    use crate::model::Table;
    use crate::suggest::analyze;

    fn hubspot() -> Vec<Table> {
        vec![
            sequin_table(
                "hubspot",
                "contact",
                &[
                    ("hubspot_owner_id", "text"),
                    ("associatedcompanyid", "numeric"),
                ],
            ),
            sequin_table("hubspot", "company", &[("hubspot_owner_id", "text")]),
            sequin_table("hubspot", "deal", &[("hubspot_owner_id", "text")]),
            sequin_table("hubspot", "owner", &[]),
            keyless_table(
                "hubspot",
                "associations_contact_deal",
                &[
                    ("contact_id", "text"),
                    ("deal_id", "text"),
                    ("labels", "text[]"),
                ],
            ),
            keyless_table("hubspot", "_sync_meta", &[("id", "int4")]),
        ]
    }

    fn table<'a>(doc: &'a Value, name: &str) -> &'a Value {
        doc["sources"][0]["tables"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["table"]["name"] == name)
            .unwrap_or_else(|| panic!("{name} not tracked"))
    }

    fn rel_names(t: &Value, key: &str) -> Vec<String> {
        t[key]
            .as_array()
            .map(|l| {
                l.iter()
                    .map(|r| r["name"].as_str().unwrap().to_string())
                    .collect()
            })
            .unwrap_or_default()
    }

    #[test]
    fn document_tracks_everything_but_sync_tables_and_relates_both_ways() {
        let a = analyze(hubspot(), "hubspot", 0.7, &Default::default());
        let doc = build(&a, &Options::default());
        assert_eq!(doc["version"], 3);
        let src = &doc["sources"][0];
        assert_eq!(src["kind"], "postgres");
        assert_eq!(src["name"], "default");
        assert_eq!(
            src["configuration"]["connection_info"]["database_url"]["from_env"],
            "HASURA_GRAPHQL_DATABASE_URL"
        );
        let names: Vec<&str> = src["tables"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["table"]["name"].as_str().unwrap())
            .collect();
        assert_eq!(
            names,
            vec![
                "associations_contact_deal",
                "company",
                "contact",
                "deal",
                "owner"
            ]
        );
        assert_eq!(
            rel_names(table(&doc, "contact"), "array_relationships"),
            vec!["deal_associations"]
        );
        assert_eq!(
            rel_names(table(&doc, "contact"), "object_relationships"),
            vec!["owner"]
        );
        assert_eq!(
            rel_names(
                table(&doc, "associations_contact_deal"),
                "object_relationships"
            ),
            vec!["contact", "deal"]
        );
        assert_eq!(
            rel_names(table(&doc, "owner"), "array_relationships"),
            vec!["companies", "contacts", "deals"]
        );
        let owner =
            &table(&doc, "contact")["object_relationships"][0]["using"]["manual_configuration"];
        assert_eq!(owner["column_mapping"], json!({"hubspot_owner_id": "id"}));
        assert_eq!(
            owner["remote_table"],
            json!({"schema": "hubspot", "name": "owner"})
        );
        assert_eq!(owner["insertion_order"], "before_parent");
        let arr = &table(&doc, "owner")["array_relationships"][0]["using"]["manual_configuration"];
        assert!(arr.get("insertion_order").is_none());
    }

    #[test]
    fn a_reference_that_needs_a_cast_is_left_out_until_a_cast_column_exists() {
        let a = analyze(hubspot(), "hubspot", 0.7, &Default::default());
        let doc = build(&a, &Options::default());
        assert!(!rel_names(table(&doc, "company"), "array_relationships")
            .iter()
            .any(|n| n.contains("contact")));
        let mut tables = hubspot();
        let mut cast = col("_associatedcompanyid", "text");
        cast.generated = true;
        tables[0].columns.push(cast);
        let a = analyze(tables, "hubspot", 0.7, &Default::default());
        let doc = build(&a, &Options::default());
        let rel = &table(&doc, "contact")["object_relationships"];
        assert!(rel
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["using"]["manual_configuration"]["column_mapping"]
                == json!({"_associatedcompanyid": "id"})));
    }

    #[test]
    fn formats_wrap_the_same_document() {
        let a = analyze(hubspot(), "hubspot", 0.7, &Default::default());
        let plain = build(&a, &Options::default());
        let replace = build(
            &a,
            &Options {
                format: Format::ReplaceMetadata,
                ..Options::default()
            },
        );
        assert_eq!(replace["type"], "replace_metadata");
        assert_eq!(replace["version"], 2);
        assert_eq!(replace["args"]["metadata"], plain);
        let bulk = build(
            &a,
            &Options {
                format: Format::Bulk,
                source: "crm".into(),
                ..Options::default()
            },
        );
        let calls = bulk["args"].as_array().unwrap();
        assert_eq!(
            calls
                .iter()
                .filter(|c| c["type"] == "pg_track_table")
                .count(),
            5
        );
        let rels = plain["sources"][0]["tables"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| {
                rel_names(t, "object_relationships").len()
                    + rel_names(t, "array_relationships").len()
            })
            .sum::<usize>();
        assert_eq!(calls.len(), 5 + rels);
        assert!(calls.iter().all(|c| c["args"]["source"] == "crm"));
    }

    #[test]
    fn colliding_and_invalid_table_identifiers_get_custom_names() {
        let tables = vec![
            sequin_table("public", "hubspot_contact", &[]),
            sequin_table("hubspot", "contact", &[]),
            sequin_table("hubspot", "contact_aggregate", &[]),
            sequin_table("hubspot", "2nd table", &[]),
        ];
        let a = analyze(tables, "hubspot", 0.7, &Default::default());
        let doc = build(&a, &Options::default());
        let ids: Vec<String> = doc["sources"][0]["tables"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| {
                t["configuration"]["custom_name"]
                    .as_str()
                    .map(str::to_string)
                    .unwrap_or_else(|| {
                        default_identifier(
                            t["table"]["schema"].as_str().unwrap(),
                            t["table"]["name"].as_str().unwrap(),
                        )
                    })
            })
            .collect();
        let all: Vec<String> = ids.iter().flat_map(|i| derived_names(i)).collect();
        let unique: BTreeSet<&String> = all.iter().collect();
        assert_eq!(unique.len(), all.len(), "{ids:?}");
        assert!(ids.iter().all(|i| is_graphql_name(i)), "{ids:?}");
    }

    #[test]
    fn output_is_deterministic_whatever_the_catalog_order() {
        let mut reversed = hubspot();
        reversed.reverse();
        let a = build(
            &analyze(hubspot(), "hubspot", 0.7, &Default::default()),
            &Options::default(),
        );
        let b = build(
            &analyze(reversed, "hubspot", 0.7, &Default::default()),
            &Options::default(),
        );
        assert_eq!(
            serde_json::to_string(&a).unwrap(),
            serde_json::to_string(&b).unwrap()
        );
    }
}

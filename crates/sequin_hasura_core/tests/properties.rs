//! Property tests: random schemas of hostile names (reserved words, quotes, spaces,
//! unicode, 63-byte names, `__typename`, leading digits, injection payloads, names
//! that collide after GraphQL sanitising) always give a document whose names are
//! valid, unique and collision-free, whatever inference finds.

use std::collections::{BTreeMap, BTreeSet};

use proptest::prelude::*;
use serde_json::Value;

use sequin_hasura_core::catalog::{RelKind, Table};
use sequin_hasura_core::hasura::document::build;
use sequin_hasura_core::hasura::names::{derived_names, is_graphql_name};
use sequin_hasura_core::options::{Format, Options};
use sequin_hasura_core::testing::{analyze, col};

const NAMES: &[&str] = &[
    "id",
    "contact",
    "contact_id",
    "contacts",
    "account",
    "account_id",
    "owner_id",
    "owner",
    "user",
    "user_id",
    "order",
    "select",
    "Order",
    "My Table",
    "my_table",
    "a\"b",
    "café",
    "__typename",
    "1st",
    "x'; DROP TABLE t; --",
    "deal",
    "deals",
    "deal_aggregate",
    "contacts_aggregate",
    "parent_id",
    "name",
    "by",
    "associations_contact_deal",
    "hs_contact_id",
    "emoji_😀",
    "tab\there",
    "UPPER_ID",
    "a_very_long_name_that_goes_on_and_on_until_it_is_sixty_three_by",
];
const SCHEMAS: &[&str] = &[
    "public",
    "hubspot",
    "Sales Force",
    "we\"ird",
    "public_contact",
];
const TYPES: &[&str] = &["text", "int4", "numeric", "text[]", "uuid"];

fn table_strategy() -> impl Strategy<Value = Table> {
    (
        0..SCHEMAS.len(),
        0..NAMES.len(),
        prop::collection::vec((0..NAMES.len(), 0..TYPES.len()), 0..8),
        any::<bool>(),
    )
        .prop_map(|(s, n, cols, keyed)| {
            let mut columns = Vec::new();
            let mut seen = BTreeSet::new();
            if keyed {
                seen.insert("id".to_string());
                columns.push(col("id", "text"));
            }
            for (c, t) in cols {
                if seen.insert(NAMES[c].to_string()) {
                    columns.push(col(NAMES[c], TYPES[t]));
                }
            }
            Table {
                schema: SCHEMAS[s].into(),
                name: NAMES[n].into(),
                kind: RelKind::Table,
                columns,
                primary_key: if keyed { vec!["id".into()] } else { vec![] },
                unique_columns: if keyed { vec!["id".into()] } else { vec![] },
                row_estimate: 0.0,
                pages: 0,
                marker: None,
                access: Default::default(),
            }
        })
}

fn schema_strategy() -> impl Strategy<Value = Vec<Table>> {
    prop::collection::vec(table_strategy(), 1..12).prop_map(|tables| {
        // one table per (schema, name), as in a real catalog
        let mut seen = BTreeSet::new();
        tables
            .into_iter()
            .filter(|t| seen.insert((t.schema.clone(), t.name.clone())))
            .collect()
    })
}

fn identifier(t: &Value) -> String {
    if let Some(c) = t["configuration"]["custom_name"].as_str() {
        return c.to_string();
    }
    let (schema, name) = (
        t["table"]["schema"].as_str().unwrap(),
        t["table"]["name"].as_str().unwrap(),
    );
    if schema == "public" {
        name.to_string()
    } else {
        format!("{schema}_{name}")
    }
}

/// Everything Hasura would reject, or silently get wrong, in a document.
fn problems(doc: &Value, tables: &[Table]) -> Vec<String> {
    let mut out = Vec::new();
    let entries = doc["sources"][0]["tables"].as_array().unwrap();
    let tracked: BTreeSet<(String, String)> = entries
        .iter()
        .map(|t| {
            (
                t["table"]["schema"].as_str().unwrap().into(),
                t["table"]["name"].as_str().unwrap().into(),
            )
        })
        .collect();
    if tracked.len() != entries.len() {
        out.push("a table is listed twice".into());
    }
    let mut derived: BTreeMap<String, String> = BTreeMap::new();
    for t in entries {
        let id = identifier(t);
        if !is_graphql_name(&id) {
            out.push(format!("table identifier {id:?} is not a GraphQL name"));
        }
        for d in derived_names(&id) {
            if let Some(other) = derived.insert(d.clone(), id.clone()) {
                out.push(format!("{d:?} is derived from both {other:?} and {id:?}"));
            }
        }
        let model = tables
            .iter()
            .find(|m| {
                t["table"]["schema"] == m.schema.as_str() && t["table"]["name"] == m.name.as_str()
            })
            .unwrap();
        // the GraphQL field of every column
        let mut fields: BTreeSet<String> = BTreeSet::new();
        for c in &model.columns {
            let f = t["configuration"]["column_config"][&c.name]["custom_name"]
                .as_str()
                .map(str::to_string)
                .unwrap_or_else(|| c.name.clone());
            if !is_graphql_name(&f) {
                out.push(format!("column field {f:?} is not a GraphQL name"));
            }
            if !fields.insert(f.clone()) {
                out.push(format!("column field {f:?} twice in {id}"));
            }
        }
        for (key, array) in [
            ("object_relationships", false),
            ("array_relationships", true),
        ] {
            for r in t[key].as_array().into_iter().flatten() {
                let name = r["name"].as_str().unwrap().to_string();
                if !is_graphql_name(&name) {
                    out.push(format!("relationship {name:?} is not a GraphQL name"));
                }
                if !fields.insert(name.clone()) {
                    out.push(format!("relationship {name:?} collides on {id}"));
                }
                if array && !fields.insert(format!("{name}_aggregate")) {
                    out.push(format!("{name}_aggregate collides on {id}"));
                }
                let remote = &r["using"]["manual_configuration"]["remote_table"];
                let key = (
                    remote["schema"].as_str().unwrap().to_string(),
                    remote["name"].as_str().unwrap().to_string(),
                );
                if !tracked.contains(&key) {
                    out.push(format!("relationship {name:?} points at untracked {key:?}"));
                }
                if r["using"]["manual_configuration"]["column_mapping"]
                    .as_object()
                    .is_none_or(|m| m.is_empty())
                {
                    out.push(format!("relationship {name:?} has no column mapping"));
                }
            }
        }
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn hostile_schemas_give_valid_unique_collision_free_documents(tables in schema_strategy(), min in 0.0f64..0.8) {
        let a = analyze(tables.clone(), &tables[0].schema.clone(), min);
        let doc = build(&a, &Options::default()).unwrap().document;
        let found = problems(&doc, &a.tables);
        prop_assert!(found.is_empty(), "{found:#?}\n{}", serde_json::to_string_pretty(&doc).unwrap());
        // and deterministic
        let again = build(&analyze(tables.clone(), &tables[0].schema.clone(), min), &Options::default()).unwrap().document;
        prop_assert_eq!(doc, again);
    }

    /// Merged into a project that already has half of it (and a person's table named
    /// like ours in another source), the result is valid, merging again changes
    /// nothing, and the incremental request against it is empty.
    #[test]
    fn merging_a_hostile_schema_is_valid_idempotent_and_settles(tables in schema_strategy(), min in 0.0f64..0.8) {
        let a = analyze(tables.clone(), &tables[0].schema.clone(), min);
        let ours = build(&a, &Options::default()).unwrap().document;
        let mut half = ours.clone();
        if let Some(list) = half["sources"][0]["tables"].as_array_mut() {
            let keep = list.len() / 2;
            list.truncate(keep);
        }
        let first = ours["sources"][0]["tables"][0]["table"].clone();
        let project = serde_json::json!({"resource_version": 5, "metadata": {"version": 3, "sources": [
            half["sources"][0].clone(),
            {"name": "other", "kind": "postgres", "configuration": {}, "tables": [{"table": first}]}]}});
        let with = |format: Format, export: &serde_json::Value| Options {
            format,
            merge_into: Some(export.clone()),
            ..Options::default()
        };
        let merged = build(&a, &with(Format::Metadata, &project)).unwrap().document;
        let found = problems(&merged, &a.tables);
        prop_assert!(found.is_empty(), "{found:#?}");
        let again = build(&a, &with(Format::Metadata, &serde_json::json!({"metadata": merged.clone()}))).unwrap().document;
        prop_assert_eq!(&again, &merged);
        let calls = build(&a, &with(Format::BulkKeepGoing, &serde_json::json!({"metadata": merged.clone()}))).unwrap().document;
        prop_assert_eq!(&calls["args"], &serde_json::json!([]));
    }
}

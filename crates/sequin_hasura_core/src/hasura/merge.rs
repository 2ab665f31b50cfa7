//! Merging our document into what a living Hasura project exports (`export_metadata`,
//! version 1: the bare metadata; version 2: `{"resource_version": N, "metadata": …}`),
//! so that a push never wipes a project (issue 14; not wired to SQL yet).
//!
//! The rules: everything that is not ours is kept exactly (other sources, actions,
//! remote schemas, permissions, event triggers, computed fields, configuration, custom
//! names); relationships we made earlier (recognised by our comment) are replaced by
//! the current inference, so one that no longer holds goes; a relationship a person
//! made is never changed or removed: when one maps the same columns to the same
//! table, ours is not added, and when one has the name we wanted, ours takes another
//! name, free among every field of the table (relationships, `<array>_aggregate`,
//! computed fields, remote relationships, custom column names). Merging twice gives
//! the same document as merging once.

use serde_json::{Map, Value};

use super::document::Metadata;
use crate::error::{ApiError, ApiResult, Code};

/// The comment prefix of every relationship we emit.
pub const OUR_COMMENT_PREFIX: &str = "pg_sequin_hasura:";

const RELATIONSHIP_KEYS: [&str; 2] = ["object_relationships", "array_relationships"];

/// The merged metadata, and the export's `resource_version` when it had one (a
/// `replace_metadata` carrying it is refused by Hasura if the project changed since).
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    pub metadata: Value,
    pub resource_version: Option<i64>,
}

fn bad(message: &str) -> ApiError {
    ApiError::new(Code::InvalidParameter, message.to_string())
        .hint("pass what Hasura's export_metadata returns, version 1 or 2")
}

/// The metadata object of an export, and its resource_version if any.
pub fn parse_export(export: &Value) -> ApiResult<(Map<String, Value>, Option<i64>)> {
    let obj = export
        .as_object()
        .ok_or_else(|| bad("option \"merge_into\" must be a JSON object"))?;
    if let Some(inner) = obj.get("metadata") {
        let metadata = inner
            .as_object()
            .ok_or_else(|| bad("option \"merge_into\" has a \"metadata\" that is not an object"))?;
        let version = obj.get("resource_version").and_then(Value::as_i64);
        return Ok((metadata.clone(), version));
    }
    if obj.contains_key("sources") || obj.contains_key("version") {
        return Ok((obj.clone(), None));
    }
    Err(bad(
        "option \"merge_into\" is not exported Hasura metadata (no \"sources\" or \"metadata\")",
    ))
}

fn is_ours(relationship: &Value) -> bool {
    relationship
        .get("comment")
        .and_then(Value::as_str)
        .is_some_and(|c| c.starts_with(OUR_COMMENT_PREFIX))
}

/// Remove our relationships from a table entry (and lists left empty).
fn remove_ours(entry: &mut Map<String, Value>) {
    for key in RELATIONSHIP_KEYS {
        if let Some(Value::Array(list)) = entry.get_mut(key) {
            list.retain(|r| !is_ours(r));
            if list.is_empty() {
                entry.remove(key);
            }
        }
    }
}

/// What a relationship joins: its remote table and column mapping.
fn target(relationship: &Value) -> Option<(&Value, &Value)> {
    let manual = relationship.get("using")?.get("manual_configuration")?;
    Some((manual.get("remote_table")?, manual.get("column_mapping")?))
}

/// Every GraphQL field name a table entry already uses, besides its plain columns.
fn taken_names(entry: &Map<String, Value>) -> Vec<String> {
    let mut taken = Vec::new();
    for key in RELATIONSHIP_KEYS {
        for r in entry
            .get(key)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if let Some(name) = r.get("name").and_then(Value::as_str) {
                taken.push(name.to_string());
                if key == "array_relationships" {
                    taken.push(format!("{name}_aggregate"));
                }
            }
        }
    }
    for key in ["computed_fields", "remote_relationships"] {
        for f in entry
            .get(key)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if let Some(name) = f.get("name").and_then(Value::as_str) {
                taken.push(name.to_string());
            }
        }
    }
    let config = entry.get("configuration");
    for (column, c) in config
        .and_then(|c| c.get("column_config"))
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        taken.push(column.clone());
        if let Some(name) = c.get("custom_name").and_then(Value::as_str) {
            taken.push(name.to_string());
        }
    }
    taken
}

/// Add our relationships of one table to its existing entry, never over a person's.
fn add_ours(entry: &mut Map<String, Value>, ours: &Map<String, Value>) {
    for key in RELATIONSHIP_KEYS {
        let Some(list) = ours.get(key).and_then(Value::as_array) else {
            continue;
        };
        for r in list {
            // a person's relationship joining the same columns to the same table stays alone
            let existing = entry.get(key).and_then(Value::as_array);
            if existing
                .into_iter()
                .flatten()
                .any(|e| target(e).is_some() && target(e) == target(r))
            {
                continue;
            }
            let taken = taken_names(entry);
            let wanted = r.get("name").and_then(Value::as_str).unwrap_or("rel");
            let free = |n: &str| {
                !taken.iter().any(|t| t == n)
                    && (key == "object_relationships"
                        || !taken.iter().any(|t| *t == format!("{n}_aggregate")))
            };
            let mut name = wanted.to_string();
            let mut n = 2;
            while !free(&name) {
                name = format!("{wanted}_{n}");
                n += 1;
            }
            let mut r = r.clone();
            r["name"] = Value::String(name);
            match entry.get_mut(key) {
                Some(Value::Array(l)) => l.push(r),
                _ => {
                    entry.insert(key.to_string(), Value::Array(vec![r]));
                }
            }
        }
    }
    // configuration: what the project has stays; what it lacks of ours is added
    if let Some(Value::Object(our_config)) = ours.get("configuration") {
        let config = entry
            .entry("configuration")
            .or_insert_with(|| Value::Object(Map::new()));
        if let Value::Object(config) = config {
            if let Some(name) = our_config.get("custom_name") {
                config.entry("custom_name").or_insert_with(|| name.clone());
            }
            if let Some(Value::Object(our_columns)) = our_config.get("column_config") {
                let columns = config
                    .entry("column_config")
                    .or_insert_with(|| Value::Object(Map::new()));
                if let Value::Object(columns) = columns {
                    for (c, v) in our_columns {
                        columns.entry(c.clone()).or_insert_with(|| v.clone());
                    }
                }
            }
        }
    }
}

/// `ours` merged into `export`.
pub fn merge(export: &Value, ours: &Metadata) -> ApiResult<Merged> {
    let (mut metadata, resource_version) = parse_export(export)?;
    let ours = serde_json::to_value(ours).expect("the document serialises");
    let our_sources = ours["sources"].as_array().cloned().unwrap_or_default();
    let sources = metadata
        .entry("sources")
        .or_insert_with(|| Value::Array(vec![]));
    let Value::Array(sources) = sources else {
        return Err(bad(
            "option \"merge_into\" has \"sources\" that is not a list",
        ));
    };
    for our_source in our_sources {
        let name = our_source["name"].clone();
        let Some(source) = sources.iter_mut().find(|s| s["name"] == name) else {
            sources.push(our_source);
            continue;
        };
        let tables = source
            .as_object_mut()
            .ok_or_else(|| bad("a source of \"merge_into\" is not an object"))?
            .entry("tables")
            .or_insert_with(|| Value::Array(vec![]));
        let Value::Array(tables) = tables else {
            return Err(bad(
                "a source of \"merge_into\" has \"tables\" that is not a list",
            ));
        };
        // ours from earlier runs go first: the inference of now replaces them
        for t in tables.iter_mut() {
            if let Value::Object(entry) = t {
                remove_ours(entry);
            }
        }
        for our_table in our_source["tables"].as_array().into_iter().flatten() {
            let Some(our_entry) = our_table.as_object() else {
                continue;
            };
            match tables.iter_mut().find(|t| t["table"] == our_table["table"]) {
                Some(Value::Object(entry)) => add_ours(entry, our_entry),
                _ => tables.push(our_table.clone()),
            }
        }
    }
    Ok(Merged {
        metadata: Value::Object(metadata),
        resource_version,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hasura::document::metadata_document;
    use crate::options::Options;
    use crate::testing::*;
    use serde_json::json;

    fn ours() -> Metadata {
        let a = analyze(
            vec![
                sequin_table("hubspot", "company", &[("name", "text")]),
                sequin_table("hubspot", "contact", &[("company_id", "text")]),
            ],
            "hubspot",
            0.7,
        );
        metadata_document(&a, &Options::default())
    }

    fn project() -> Value {
        json!({"resource_version": 41, "metadata": {
            "version": 3,
            "sources": [
                {"name": "default", "kind": "postgres", "configuration": {"connection_info": {"database_url": "postgres://x"}},
                 "tables": [
                    {"table": {"schema": "hubspot", "name": "contact"},
                     "configuration": {"custom_name": "Person", "column_config": {"company_id": {"custom_name": "companyId"}}},
                     "select_permissions": [{"role": "user", "permission": {"columns": ["id"], "filter": {}}}],
                     "object_relationships": [
                        {"name": "company", "using": {"manual_configuration": {"remote_table": {"schema": "public", "name": "firms"}, "column_mapping": {"company_id": "id"}}}}
                     ]},
                    {"table": {"schema": "public", "name": "orders"}}
                 ]},
                {"name": "analytics", "kind": "postgres", "configuration": {}, "tables": []}
            ],
            "actions": [{"name": "doThing", "definition": {"handler": "http://x"}}],
            "remote_schemas": [{"name": "rs", "definition": {"url": "http://y"}}]
        }})
    }

    #[test]
    fn keeps_everything_not_ours_and_never_takes_a_persons_name() {
        let m = merge(&project(), &ours()).unwrap();
        assert_eq!(m.resource_version, Some(41));
        let doc = &m.metadata;
        assert_eq!(doc["actions"], project()["metadata"]["actions"]);
        assert_eq!(
            doc["remote_schemas"],
            project()["metadata"]["remote_schemas"]
        );
        assert_eq!(doc["sources"][1], project()["metadata"]["sources"][1]);
        assert_eq!(
            doc["sources"][0]["configuration"],
            project()["metadata"]["sources"][0]["configuration"]
        );
        let contact = &doc["sources"][0]["tables"][0];
        assert_eq!(
            contact["select_permissions"],
            project()["metadata"]["sources"][0]["tables"][0]["select_permissions"]
        );
        assert_eq!(contact["configuration"]["custom_name"], "Person");
        let names: Vec<&str> = contact["object_relationships"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["name"].as_str().unwrap())
            .collect();
        // the person's `company` stays; ours, wanting that name, takes another
        assert_eq!(names, ["company", "company_2"]);
        // tables the project lacked are added; its own untouched
        assert_eq!(
            doc["sources"][0]["tables"][1],
            json!({"table": {"schema": "public", "name": "orders"}})
        );
        assert!(doc["sources"][0]["tables"]
            .as_array()
            .unwrap()
            .iter()
            .any(|t| t["table"]["name"] == "company"));
    }

    #[test]
    fn a_persons_relationship_on_the_same_columns_wins_and_merging_twice_changes_nothing() {
        let mut p = project();
        p["metadata"]["sources"][0]["tables"][0]["object_relationships"][0]["using"]
            ["manual_configuration"]["remote_table"] =
            json!({"schema": "hubspot", "name": "company"});
        let once = merge(&p, &ours()).unwrap().metadata;
        let contact = &once["sources"][0]["tables"][0];
        assert_eq!(contact["object_relationships"].as_array().unwrap().len(), 1);
        let twice = merge(
            &json!({"resource_version": 42, "metadata": once.clone()}),
            &ours(),
        )
        .unwrap();
        assert_eq!(twice.metadata, once);
        assert_eq!(
            serde_json::to_string(&twice.metadata).unwrap(),
            serde_json::to_string(&once).unwrap()
        );
    }

    #[test]
    fn ours_that_no_longer_hold_go_and_an_empty_project_gets_our_source() {
        let mut p = project();
        p["metadata"]["sources"][0]["tables"][1]["array_relationships"] = json!([
            {"name": "stale", "comment": "pg_sequin_hasura: gone", "using": {"manual_configuration": {"remote_table": {"schema": "x", "name": "y"}, "column_mapping": {"id": "z"}}}}
        ]);
        let m = merge(&p, &ours()).unwrap().metadata;
        assert_eq!(
            m["sources"][0]["tables"][1],
            json!({"table": {"schema": "public", "name": "orders"}})
        );
        let empty = merge(&json!({"version": 3, "sources": []}), &ours()).unwrap();
        assert_eq!(empty.resource_version, None);
        assert_eq!(empty.metadata["sources"][0]["name"], "default");
        for bad in [
            json!([]),
            json!({"x": 1}),
            json!({"metadata": 3}),
            json!({"sources": 2}),
        ] {
            assert_eq!(
                merge(&bad, &ours()).unwrap_err().code,
                Code::InvalidParameter,
                "{bad}"
            );
        }
    }
}

//! The metadata API calls that take a project from what it exported to the merged
//! state, and nothing else: `format: "bulk_keep_going"` (and `"bulk"` with
//! `merge_into`). Sent against the export of its own result, the list is empty.
//!
//! In order: sources the project lacks (`pg_add_source`), the tables it does not track
//! (one `pg_track_tables`, Hasura ≥ 2.26, or a `pg_track_table` each), table
//! configurations that gained a `custom_name` or column names from us
//! (`pg_set_table_customization`, carrying what the project had), our relationships
//! that changed or went (`pg_drop_relationship`; never a person's), then the
//! relationships to create. Drops come before creates so that a name one frees can be
//! taken by another.

use serde_json::{json, Map, Value};

use super::merge::is_ours;

const RELATIONSHIP_KEYS: [(&str, &str); 2] = [
    ("object_relationships", "pg_create_object_relationship"),
    ("array_relationships", "pg_create_array_relationship"),
];

fn sources(metadata: &Value) -> &[Value] {
    metadata
        .get("sources")
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

fn tables(source: &Value) -> &[Value] {
    source
        .get("tables")
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

/// A table entry's relationships by name: (list key, relationship).
fn relationships(entry: &Value) -> Vec<(&'static str, &Value)> {
    let mut out = Vec::new();
    for (key, _) in RELATIONSHIP_KEYS {
        for r in entry
            .get(key)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            out.push((key, r));
        }
    }
    out
}

fn name_of(r: &Value) -> Option<&str> {
    r.get("name").and_then(Value::as_str)
}

/// One call with the table it is about.
fn call(kind: &str, source: &Value, table: &Value, rest: Map<String, Value>) -> Value {
    let mut args = Map::new();
    args.insert("source".into(), source.clone());
    args.insert("table".into(), table.clone());
    args.extend(rest);
    json!({"type": kind, "args": args})
}

/// The calls from `before` (an export's metadata object) to `after` (the merge).
pub fn calls(before: &Value, after: &Value, track_in_one_call: bool) -> Vec<Value> {
    let mut add_sources = Vec::new();
    let mut to_track = Vec::new();
    let mut customize = Vec::new();
    let mut drops = Vec::new();
    let mut creates = Vec::new();
    for source in sources(after) {
        let name = &source["name"];
        let old_source = sources(before).iter().find(|s| s["name"] == *name);
        if old_source.is_none() {
            let mut args = Map::new();
            args.insert("name".into(), name.clone());
            args.insert(
                "configuration".into(),
                source.get("configuration").cloned().unwrap_or(json!({})),
            );
            add_sources.push(json!({"type": "pg_add_source", "args": args}));
        }
        for entry in tables(source) {
            let table = &entry["table"];
            let old = old_source.and_then(|s| tables(s).iter().find(|t| t["table"] == *table));
            match old {
                None => {
                    let mut args = Map::new();
                    args.insert("source".into(), name.clone());
                    args.insert("table".into(), table.clone());
                    if let Some(c) = entry.get("configuration") {
                        args.insert("configuration".into(), c.clone());
                    }
                    to_track.push(Value::Object(args));
                }
                Some(old) => {
                    if old.get("configuration") != entry.get("configuration") {
                        let mut rest = Map::new();
                        rest.insert(
                            "configuration".into(),
                            entry.get("configuration").cloned().unwrap_or(json!({})),
                        );
                        customize.push(call("pg_set_table_customization", name, table, rest));
                    }
                }
            }
            let old_rels = old.map(relationships).unwrap_or_default();
            let new_rels = relationships(entry);
            for (key, r) in &old_rels {
                let same = new_rels.iter().any(|(k, n)| k == key && n == r);
                // the merge never removes a person's; a drop here is always ours
                if !same && is_ours(r) {
                    if let Some(rel) = name_of(r) {
                        let mut rest = Map::new();
                        rest.insert("relationship".into(), Value::String(rel.into()));
                        drops.push(call("pg_drop_relationship", name, table, rest));
                    }
                }
            }
            for (key, r) in &new_rels {
                if old_rels.iter().any(|(k, o)| k == key && o == r) {
                    continue;
                }
                let kind = RELATIONSHIP_KEYS
                    .iter()
                    .find(|(k, _)| k == key)
                    .map_or("pg_create_object_relationship", |(_, c)| c);
                let rest = r.as_object().cloned().unwrap_or_default();
                creates.push(call(kind, name, table, rest));
            }
        }
    }
    let mut out = add_sources;
    if !to_track.is_empty() {
        if track_in_one_call {
            out.push(json!({"type": "pg_track_tables", "args": {"tables": to_track, "allow_warnings": true}}));
        } else {
            out.extend(
                to_track
                    .into_iter()
                    .map(|args| json!({"type": "pg_track_table", "args": args})),
            );
        }
    }
    out.extend(customize);
    out.extend(drops);
    out.extend(creates);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rel(name: &str, remote: &str, comment: Option<&str>) -> Value {
        let mut r = json!({"name": name, "using": {"manual_configuration": {
            "remote_table": {"schema": "hubspot", "name": remote}, "column_mapping": {"x_id": "id"}}}});
        if let Some(c) = comment {
            r["comment"] = json!(c);
        }
        r
    }

    #[test]
    fn only_what_changed_is_sent_and_nothing_when_nothing_changed() {
        let before = json!({"version": 3, "sources": [{"name": "default", "tables": [
            {"table": {"schema": "hubspot", "name": "contact"},
             "object_relationships": [rel("mine", "company", None), rel("old", "deal", Some("pg_sequin_hasura: x"))]}]}]});
        let after = json!({"version": 3, "sources": [{"name": "default", "tables": [
            {"table": {"schema": "hubspot", "name": "contact"}, "configuration": {"custom_name": "contact_2"},
             "object_relationships": [rel("mine", "company", None), rel("owner", "owner", Some("pg_sequin_hasura: y"))]},
            {"table": {"schema": "hubspot", "name": "owner"},
             "array_relationships": [rel("contacts", "contact", Some("pg_sequin_hasura: y"))]}]},
            {"name": "crm", "kind": "postgres", "configuration": {"connection_info": {}}, "tables": []}]});
        let c = calls(&before, &after, true);
        let types: Vec<&str> = c.iter().map(|c| c["type"].as_str().unwrap()).collect();
        assert_eq!(
            types,
            [
                "pg_add_source",
                "pg_track_tables",
                "pg_set_table_customization",
                "pg_drop_relationship",
                "pg_create_object_relationship",
                "pg_create_array_relationship"
            ]
        );
        assert_eq!(c[1]["args"]["tables"][0]["table"]["name"], "owner");
        assert_eq!(c[3]["args"]["relationship"], "old");
        assert_eq!(c[4]["args"]["name"], "owner");
        assert_eq!(c[4]["args"]["source"], "default");
        assert!(calls(&after, &after, true).is_empty());
        let one_each = calls(&before, &after, false);
        assert_eq!(one_each[1]["type"], "pg_track_table");
        assert_eq!(one_each[1]["args"]["table"]["name"], "owner");
    }

    #[test]
    fn a_persons_relationship_is_never_dropped_and_a_changed_one_of_ours_is_replaced() {
        let before = json!({"sources": [{"name": "default", "tables": [
            {"table": {"schema": "hubspot", "name": "contact"},
             "object_relationships": [rel("theirs", "company", None), rel("ours", "deal", Some("pg_sequin_hasura: x"))]}]}]});
        let after = json!({"sources": [{"name": "default", "tables": [
            {"table": {"schema": "hubspot", "name": "contact"},
             "array_relationships": [rel("ours", "deal", Some("pg_sequin_hasura: x"))]}]}]});
        let c = calls(&before, &after, true);
        let types: Vec<&str> = c.iter().map(|c| c["type"].as_str().unwrap()).collect();
        assert_eq!(
            types,
            ["pg_drop_relationship", "pg_create_array_relationship"]
        );
        assert_eq!(c[0]["args"]["relationship"], "ours");
    }
}

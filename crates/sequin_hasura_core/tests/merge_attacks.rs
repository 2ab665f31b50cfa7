//! Red-team tests for merging our inferred relationships into a living Hasura project's
//! export (`hasura::merge`), the incremental calls (`hasura::incremental`) and how the
//! formats use them (`hasura::document::build`): hostile and odd exports, each test
//! the strongest attempt on one guarantee of `merge.rs`'s module doc.

use std::collections::{BTreeSet, HashSet};
use std::panic::{catch_unwind, AssertUnwindSafe};

use serde_json::{json, Value};

use sequin_hasura_core::catalog::Table;
use sequin_hasura_core::error::ApiResult;
use sequin_hasura_core::error::Code;
use sequin_hasura_core::hasura::document::{build, metadata_document, Metadata};
use sequin_hasura_core::hasura::incremental::calls;
use sequin_hasura_core::hasura::merge::{parse_export, Merged, OUR_COMMENT_PREFIX};

/// `merge` with our document as `metadata_document` returns it.
fn merge(export: &Value, ours: &Metadata, scope: &[String]) -> ApiResult<Merged> {
    let ours = serde_json::to_value(ours).expect("the document serialises");
    sequin_hasura_core::hasura::merge::merge(export, &ours, scope)
}
use sequin_hasura_core::hasura::names::derived_names;
use sequin_hasura_core::options::{Format, Options};
use sequin_hasura_core::testing::*;

// ---------------------------------------------------------------- helpers

/// hubspot.company ← hubspot.contact.company_id: ours are `contact.company` (object)
/// and `company.contacts` (array).
fn hubspot_tables() -> Vec<Table> {
    vec![
        sequin_table("hubspot", "company", &[("name", "text")]),
        sequin_table("hubspot", "contact", &[("company_id", "text")]),
    ]
}

fn ours_of(tables: Vec<Table>, primary: &str) -> (Metadata, Vec<String>) {
    let a = analyze(tables, primary, 0.7);
    let scope: BTreeSet<String> = a.tables.iter().map(|t| t.schema.clone()).collect();
    (
        metadata_document(&a, &Options::default()),
        scope.into_iter().collect(),
    )
}

fn ours() -> Metadata {
    ours_of(hubspot_tables(), "hubspot").0
}

fn scope() -> Vec<String> {
    vec!["hubspot".into()]
}

fn pg_source(name: &str, tables: Value) -> Value {
    json!({"name": name, "kind": "postgres",
           "configuration": {"connection_info": {"database_url": {"from_env": "PG_URL"}}},
           "tables": tables})
}

fn envelope(sources: Value) -> Value {
    json!({"resource_version": 12, "metadata": {"version": 3, "sources": sources}})
}

fn merged(export: &Value) -> Value {
    merge(export, &ours(), &scope()).unwrap().metadata
}

fn entry<'a>(doc: &'a Value, source: &str, schema: &str, name: &str) -> &'a Value {
    doc["sources"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == source)
        .unwrap_or_else(|| panic!("no source {source}"))["tables"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| {
            t["table"]["name"] == name
                && t["table"]
                    .get("schema")
                    .and_then(Value::as_str)
                    .unwrap_or("public")
                    == schema
        })
        .unwrap_or_else(|| panic!("no table {schema}.{name} in {source}"))
}

fn names(entry: &Value, key: &str) -> Vec<String> {
    entry[key]
        .as_array()
        .map(|l| {
            l.iter()
                .map(|r| r["name"].as_str().unwrap_or("<none>").to_string())
                .collect()
        })
        .unwrap_or_default()
}

/// The GraphQL identifier Hasura gives a Postgres table entry.
fn identifier(entry: &Value) -> String {
    if let Some(c) = entry
        .pointer("/configuration/custom_name")
        .and_then(Value::as_str)
    {
        return c.to_string();
    }
    let t = &entry["table"];
    let schema = t.get("schema").and_then(Value::as_str).unwrap_or("public");
    let name = t["name"].as_str().unwrap();
    if schema == "public" {
        name.into()
    } else {
        format!("{schema}_{name}")
    }
}

/// Every field name a table entry's GraphQL object has besides plain columns.
fn fields_of(entry: &Value) -> Vec<String> {
    let mut out = Vec::new();
    for key in ["object_relationships", "array_relationships"] {
        for n in names(entry, key) {
            if key == "array_relationships" {
                out.push(format!("{n}_aggregate"));
            }
            out.push(n);
        }
    }
    for key in ["computed_fields", "remote_relationships"] {
        out.extend(names(entry, key));
    }
    if let Some(cc) = entry
        .pointer("/configuration/column_config")
        .and_then(Value::as_object)
    {
        for v in cc.values() {
            out.extend(
                v.get("custom_name")
                    .and_then(Value::as_str)
                    .map(String::from),
            );
        }
    }
    if let Some(cc) = entry
        .pointer("/configuration/custom_column_names")
        .and_then(Value::as_object)
    {
        out.extend(cc.values().filter_map(Value::as_str).map(String::from));
    }
    out
}

fn assert_unique_fields(entry: &Value) {
    let f = fields_of(entry);
    let set: HashSet<&String> = f.iter().collect();
    assert_eq!(
        set.len(),
        f.len(),
        "duplicate field on {}: {f:?}",
        entry["table"]
    );
}

/// Apply the incremental calls to an export's metadata, as Hasura would.
fn apply(before: &Value, calls: &[Value]) -> Value {
    let mut m = before.clone();
    if m.get("sources").is_none() {
        m["sources"] = json!([]);
    }
    fn table_entry<'a>(m: &'a mut Value, source: &Value, table: &Value) -> &'a mut Value {
        let s = m["sources"]
            .as_array_mut()
            .unwrap()
            .iter_mut()
            .find(|s| s["name"] == *source)
            .expect("call on a source that does not exist");
        s["tables"]
            .as_array_mut()
            .unwrap()
            .iter_mut()
            .find(|t| t["table"] == *table)
            .expect("call on a table that is not tracked")
    }
    fn track(m: &mut Value, args: &Value) {
        let s = m["sources"]
            .as_array_mut()
            .unwrap()
            .iter_mut()
            .find(|s| s["name"] == args["source"])
            .expect("track into a source that does not exist");
        let list = s["tables"].as_array_mut().unwrap();
        assert!(
            !list.iter().any(|t| t["table"] == args["table"]),
            "tracking a tracked table {}",
            args["table"]
        );
        let mut e = json!({"table": args["table"]});
        if let Some(c) = args.get("configuration") {
            e["configuration"] = c.clone();
        }
        list.push(e);
    }
    for c in calls {
        let args = &c["args"];
        match c["type"].as_str().unwrap() {
            "pg_add_source" => {
                let list = m["sources"].as_array_mut().unwrap();
                assert!(
                    !list.iter().any(|s| s["name"] == args["name"]),
                    "adding an existing source"
                );
                list.push(json!({"name": args["name"], "kind": "postgres",
                    "configuration": args["configuration"], "tables": []}));
            }
            "pg_track_tables" => {
                for t in args["tables"].as_array().unwrap() {
                    track(&mut m, t);
                }
            }
            "pg_track_table" => track(&mut m, args),
            "pg_set_table_customization" => {
                let e = table_entry(&mut m, &args["source"], &args["table"]);
                e["configuration"] = args["configuration"].clone();
            }
            "pg_drop_relationship" => {
                let e = table_entry(&mut m, &args["source"], &args["table"]);
                let mut found = false;
                for key in ["object_relationships", "array_relationships"] {
                    if let Some(l) = e.get_mut(key).and_then(Value::as_array_mut) {
                        let n = l.len();
                        l.retain(|r| r["name"] != args["relationship"]);
                        found |= l.len() != n;
                        if l.is_empty() {
                            e.as_object_mut().unwrap().remove(key);
                        }
                    }
                }
                assert!(found, "dropping a relationship that does not exist: {c}");
            }
            kind @ ("pg_create_object_relationship" | "pg_create_array_relationship") => {
                let key = if kind.contains("object") {
                    "object_relationships"
                } else {
                    "array_relationships"
                };
                let mut r = args.clone();
                let o = r.as_object_mut().unwrap();
                o.remove("source");
                o.remove("table");
                let e = table_entry(&mut m, &args["source"], &args["table"]);
                for k in ["object_relationships", "array_relationships"] {
                    assert!(
                        !names(e, k).contains(&r["name"].as_str().unwrap().to_string()),
                        "creating a relationship whose name exists: {c}"
                    );
                }
                match e.get_mut(key).and_then(Value::as_array_mut) {
                    Some(l) => l.push(r),
                    None => e[key] = json!([r]),
                }
            }
            other => panic!("unexpected call {other}"),
        }
    }
    m
}

/// Relationship lists sorted by name, so that documents compare as Hasura reads them.
fn normalised(doc: &Value) -> Value {
    let mut d = doc.clone();
    if let Some(sources) = d.get_mut("sources").and_then(Value::as_array_mut) {
        for s in sources {
            if let Some(tables) = s.get_mut("tables").and_then(Value::as_array_mut) {
                for t in tables {
                    for key in ["object_relationships", "array_relationships"] {
                        if let Some(l) = t.get_mut(key).and_then(Value::as_array_mut) {
                            l.sort_by(|a, b| a["name"].to_string().cmp(&b["name"].to_string()));
                        }
                    }
                }
            }
        }
    }
    d
}

/// The three-way round trip every export must pass: merging twice changes nothing
/// (byte for byte), the calls against the merged state are empty, and the calls
/// applied to the export give the merged state.
fn round_trip(export: &Value, ours: &Metadata, scope: &[String]) -> Value {
    let once = merge(export, ours, scope).unwrap().metadata;
    let twice = merge(
        &json!({"resource_version": 99, "metadata": once.clone()}),
        ours,
        scope,
    )
    .unwrap()
    .metadata;
    assert_eq!(
        serde_json::to_string(&twice).unwrap(),
        serde_json::to_string(&once).unwrap(),
        "merge(merge(x)) != merge(x)"
    );
    let (before, _) = parse_export(export).unwrap();
    let before = Value::Object(before);
    assert_eq!(calls(&once, &once, true), Vec::<Value>::new());
    for one_call in [true, false] {
        let c = calls(&before, &once, one_call);
        let applied = apply(&before, &c);
        assert_eq!(normalised(&applied), normalised(&once), "calls {c:#?}");
    }
    once
}

/// A project with everything a living Hasura has besides tables.
fn rich_project() -> Value {
    json!({"resource_version": 9_007_199_254_740_993_i64, "metadata": {
        "version": 3,
        "sources": [
            {"name": "default", "kind": "postgres",
             "configuration": {"connection_info": {"database_url": "postgres://u:p@h/db",
                                "pool_settings": {"max_connections": 50}}, "read_replicas": []},
             "customization": {"naming_convention": "hasura-default"},
             "functions": [{"function": {"schema": "public", "name": "search_people"}}],
             "tables": [
                {"table": {"schema": "hubspot", "name": "contact"},
                 "configuration": {"custom_name": "Kontakt😀", "comment": null,
                     "custom_root_fields": {"select": {"name": "kontakte", "comment": "ü"}, "select_by_pk": "kontakt"},
                     "column_config": {"company_id": {"custom_name": "firmaId", "comment": "ß"}}},
                 "object_relationships": [
                     {"name": "фирма", "using": {"foreign_key_constraint_on": ["other_col"]}}],
                 "array_relationships": [
                     {"name": "notes", "comment": null, "using": {"manual_configuration": {
                         "remote_table": {"schema": "public", "name": "note"}, "column_mapping": {"id": "contact_id"}}}}],
                 "computed_fields": [{"name": "full_name", "definition": {"function": {"schema": "public", "name": "full_name"}}, "comment": ""}],
                 "remote_relationships": [{"name": "stripe", "definition": {"to_remote_schema": {"remote_schema": "rs", "lhs_fields": ["id"], "remote_field": {"customer": {"arguments": {"id": "$id"}}}}}}],
                 "select_permissions": [{"role": "user", "permission": {"columns": "*", "filter": {"фирма": {"id": {"_eq": "X-Hasura-User-Id"}}}, "limit": 18446744073709551615_u64}}],
                 "insert_permissions": [{"role": "user", "permission": {"check": {}, "set": {"owner": "x-hasura-user-id"}, "columns": ["id"]}}],
                 "update_permissions": [{"role": "user", "permission": {"columns": ["id"], "filter": {}, "check": null}}],
                 "delete_permissions": [{"role": "user", "permission": {"filter": {"_and": [{"id": {"_in": [1.5e300, -0.0, 1e-7]}}]}}}],
                 "event_triggers": [{"name": "on_contact", "definition": {"enable_manual": false, "insert": {"columns": "*"}},
                     "retry_conf": {"num_retries": 0, "interval_sec": 10, "timeout_sec": 60},
                     "webhook": "https://x", "headers": [{"name": "k", "value": "v"}]}]},
                {"table": {"name": "people"}, "is_enum": true},
                {"table": {"schema": "hubspot", "name": "weird \"quoted\" name"}, "apollo_federation_config": {"enable": "v1"}}
             ]},
            {"name": "warehouse", "kind": "bigquery",
             "configuration": {"service_account": {"from_env": "SA"}, "project_id": "p", "datasets": ["d"]},
             "tables": [{"table": {"dataset": "d", "name": "events"}}]},
            {"name": "mssql", "kind": "mssql", "configuration": {"connection_info": {"connection_string": "x"}},
             "tables": [{"table": {"schema": "dbo", "name": "orders"}}]}
        ],
        "actions": [{"name": "doThing", "definition": {"handler": "http://x", "type": "mutation", "arguments": [], "output_type": "Out"}}],
        "custom_types": {"objects": [{"name": "Out", "fields": [{"name": "ok", "type": "Boolean"}]}]},
        "remote_schemas": [{"name": "rs", "definition": {"url": "http://y", "timeout_seconds": 60}}],
        "query_collections": [{"name": "allowed-queries", "definition": {"queries": [{"name": "q", "query": "query { kontakte { id } }"}]}}],
        "allowlist": [{"collection": "allowed-queries", "scope": {"global": true}}],
        "cron_triggers": [{"name": "c", "webhook": "http://z", "schedule": "* * * * *", "payload": {"args": []}, "include_in_metadata": true}],
        "inherited_roles": [{"role_name": "both", "role_set": ["user", "admin"]}],
        "api_limits": {"disabled": false, "depth_limit": {"global": 10, "per_role": {}}},
        "backend_configs": {"dataconnector": {"sqlite": {"uri": "http://sqlite"}}},
        "unknown_future_key": {"nested": [null, true, {"ключ": "значение"}]}
    }})
}

// ---------------------------------------------------------------- guarantee 1 & 4

#[test]
fn everything_not_ours_is_kept_exactly_and_the_round_trip_holds() {
    let p = rich_project();
    let m = merge(&p, &ours(), &scope()).unwrap();
    // a resource_version above 2^53 survives exactly (no f64 round trip)
    assert_eq!(m.resource_version, Some(9_007_199_254_740_993));
    let before = &p["metadata"];
    let doc = &m.metadata;
    for (k, v) in before.as_object().unwrap() {
        if k != "sources" {
            assert_eq!(&doc[k], v, "{k}");
        }
    }
    // the sources of other kinds, untouched
    for i in 1..4 {
        assert_eq!(doc["sources"][i], before["sources"][i]);
    }
    let src = &doc["sources"][0];
    for k in [
        "configuration",
        "customization",
        "functions",
        "kind",
        "name",
    ] {
        assert_eq!(src[k], before["sources"][0][k], "{k}");
    }
    // the person's tables: every key but the relationship lists exactly as they were,
    // and every relationship of theirs still there, unchanged
    for old in before["sources"][0]["tables"].as_array().unwrap() {
        let new = src["tables"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["table"] == old["table"])
            .unwrap();
        for (k, v) in old.as_object().unwrap() {
            if k.ends_with("_relationships") {
                for r in v.as_array().unwrap() {
                    assert!(new[k].as_array().unwrap().contains(r), "{r}");
                }
            } else {
                assert_eq!(&new[k], v, "{} {k}", old["table"]);
            }
        }
        assert_unique_fields(new);
    }
    // contact: the person's custom column name `firmaId` and relationships stay; ours is
    // added under its own name
    let contact = entry(doc, "default", "hubspot", "contact");
    assert_eq!(names(contact, "object_relationships"), ["фирма", "company"]);
    round_trip(&p, &ours(), &scope());
}

#[test]
fn version_1_and_version_2_envelopes_give_the_same_document() {
    let v2 = rich_project();
    let v1 = v2["metadata"].clone();
    let a = merge(&v1, &ours(), &scope()).unwrap();
    let b = merge(&v2, &ours(), &scope()).unwrap();
    assert_eq!(a.metadata, b.metadata);
    assert_eq!(a.resource_version, None);
    let an = analyze(hubspot_tables(), "hubspot", 0.7);
    let replace = |export: &Value| {
        build(
            &an,
            &Options {
                format: Format::ReplaceMetadata,
                merge_into: Some(export.clone()),
                ..Options::default()
            },
        )
        .unwrap()
        .document
    };
    assert!(replace(&v1).get("resource_version").is_none());
    assert_eq!(
        replace(&v2)["resource_version"],
        json!(9_007_199_254_740_993_i64)
    );
    assert_eq!(replace(&v1)["args"]["metadata"], a.metadata);
}

#[test]
fn resource_versions_that_are_not_whole_i64_numbers_are_refused_with_a_hint() {
    for rv in [
        json!(u64::MAX),
        json!(1.5),
        json!("7"),
        json!(null),
        json!([1]),
        json!(1e300),
    ] {
        let export = json!({"resource_version": rv, "metadata": {"version": 3, "sources": []}});
        let e = merge(&export, &ours(), &scope()).unwrap_err();
        assert_eq!(e.code, Code::InvalidParameter, "{rv}");
        assert!(e.hint.is_some());
    }
    let export = json!({"resource_version": i64::MAX, "metadata": {"version": 3, "sources": []}});
    assert_eq!(
        merge(&export, &ours(), &scope()).unwrap().resource_version,
        Some(i64::MAX)
    );
}

#[test]
fn every_format_with_merge_into_agrees_with_the_merge() {
    let an = analyze(hubspot_tables(), "hubspot", 0.7);
    let p = rich_project();
    let with = |format| Options {
        format,
        merge_into: Some(p.clone()),
        ..Options::default()
    };
    let metadata = build(&an, &with(Format::Metadata)).unwrap().document;
    let replace = build(&an, &with(Format::ReplaceMetadata)).unwrap().document;
    assert_eq!(replace["args"]["metadata"], metadata);
    assert_eq!(replace["args"]["allow_inconsistent_metadata"], false);
    let before = Value::Object(parse_export(&p).unwrap().0);
    for format in [Format::Bulk, Format::BulkKeepGoing] {
        let d = build(&an, &with(format)).unwrap().document;
        let c = d["args"].as_array().unwrap();
        // never a drop of anything, never a person's name created
        assert!(c.iter().all(|c| c["type"] != "pg_drop_relationship"));
        assert_eq!(normalised(&apply(&before, c)), normalised(&metadata));
    }
}

// ---------------------------------------------------------------- guarantee 2

#[test]
fn a_chain_of_taken_names_is_walked_past_every_kind_of_field() {
    // on company, ours is the array `contacts` (and so `contacts_aggregate`)
    let company = json!({"table": {"schema": "hubspot", "name": "company"},
        "configuration": {"column_config": {"name": {"custom_name": "contacts_5"}}},
        "array_relationships": [{"name": "contacts", "using": {"manual_configuration": {
            "remote_table": {"schema": "public", "name": "x"}, "column_mapping": {"id": "c"}}}}],
        "object_relationships": [
            {"name": "contacts_2_aggregate", "using": {"manual_configuration": {
                "remote_table": {"schema": "public", "name": "y"}, "column_mapping": {"id": "c"}}}},
            {"name": "contacts_6", "using": {"foreign_key_constraint_on": "q"}}],
        "computed_fields": [{"name": "contacts_3", "definition": {"function": "f"}}],
        "remote_relationships": [{"name": "contacts_4", "definition": {}}]});
    let contact = json!({"table": {"schema": "hubspot", "name": "contact"},
        "object_relationships": [
            {"name": "company", "using": {"manual_configuration": {
                "remote_table": {"schema": "public", "name": "firm"}, "column_mapping": {"company_id": "id"}}}},
            {"name": "company_2", "using": {"foreign_key_constraint_on": "firm_id"}}],
        "array_relationships": [{"name": "company_3", "using": {"manual_configuration": {
                "remote_table": {"schema": "public", "name": "z"}, "column_mapping": {"id": "c"}}}}],
        "computed_fields": [{"name": "company_4", "definition": {"function": "f"}}]});
    let p = envelope(json!([pg_source(
        "default",
        json!([company.clone(), contact.clone()])
    )]));
    let doc = round_trip(&p, &ours(), &scope());
    let company_after = entry(&doc, "default", "hubspot", "company");
    assert_eq!(
        names(company_after, "array_relationships"),
        ["contacts", "contacts_7"]
    );
    assert_unique_fields(company_after);
    let contact_after = entry(&doc, "default", "hubspot", "contact");
    assert_eq!(
        names(contact_after, "object_relationships"),
        ["company", "company_2", "company_5"]
    );
    assert_unique_fields(contact_after);
    // the person's relationships are byte-identical
    for (old, new) in [(&company, company_after), (&contact, contact_after)] {
        for key in ["object_relationships", "array_relationships"] {
            for r in old[key].as_array().into_iter().flatten() {
                assert!(new[key].as_array().unwrap().contains(r));
            }
        }
    }
}

#[test]
fn a_persons_relationship_on_the_same_join_keeps_ours_out_in_every_spelling() {
    // schema omitted on the remote table (it is hubspot here, so spelled out), fk forms
    for theirs in [
        json!({"name": "firm", "using": {"manual_configuration": {
            "remote_table": {"name": "company", "schema": "hubspot"}, "column_mapping": {"company_id": "id"},
            "insertion_order": null}}}),
        json!({"name": "firm", "using": {"foreign_key_constraint_on": "company_id"}}),
        json!({"name": "firm", "using": {"foreign_key_constraint_on": ["company_id"]}}),
    ] {
        let p = envelope(json!([pg_source(
            "default",
            json!([
            {"table": {"schema": "hubspot", "name": "contact"}, "object_relationships": [theirs.clone()]}])
        )]));
        let doc = round_trip(&p, &ours(), &scope());
        let c = entry(&doc, "default", "hubspot", "contact");
        assert_eq!(c["object_relationships"], json!([theirs]), "{theirs}");
    }
    // the array side, as Hasura's fk form
    let theirs = json!({"name": "people", "using": {"foreign_key_constraint_on": {
        "table": {"schema": "hubspot", "name": "contact"}, "column": "company_id"}}});
    let p = envelope(json!([pg_source(
        "default",
        json!([
        {"table": {"schema": "hubspot", "name": "company"}, "array_relationships": [theirs.clone()]}])
    )]));
    let doc = round_trip(&p, &ours(), &scope());
    assert_eq!(
        entry(&doc, "default", "hubspot", "company")["array_relationships"],
        json!([theirs])
    );
}

#[test]
fn a_reverse_fk_object_relationship_to_another_table_does_not_suppress_ours() {
    // profile.company_id references contact.id: a one-to-one to `profile`, which has
    // nothing to do with ours (contact.company_id -> company.id)
    let theirs = json!({"name": "profile", "using": {"foreign_key_constraint_on": {
        "table": {"schema": "hubspot", "name": "profile"}, "column": "company_id"}}});
    let p = envelope(json!([pg_source(
        "default",
        json!([
        {"table": {"schema": "hubspot", "name": "contact"}, "object_relationships": [theirs]}])
    )]));
    let doc = merged(&p);
    assert_eq!(
        names(
            entry(&doc, "default", "hubspot", "contact"),
            "object_relationships"
        ),
        ["profile", "company"]
    );
}

#[test]
fn a_column_renamed_with_custom_column_names_is_a_taken_field() {
    let p = envelope(json!([pg_source(
        "default",
        json!([
        {"table": {"schema": "hubspot", "name": "contact"},
         "configuration": {"custom_column_names": {"name": "company"}}}])
    )]));
    let doc = merged(&p);
    let c = entry(&doc, "default", "hubspot", "contact");
    assert_unique_fields(c);
    assert_eq!(names(c, "object_relationships"), ["company_2"]);
}

#[test]
fn our_comment_prefix_marks_ours_and_a_permission_keeps_even_those() {
    // Decision: the comment prefix is the only ownership mark Hasura metadata can carry,
    // so a relationship bearing it is ours to replace (a person who wants to keep one
    // removes or edits the comment). What must hold: one a permission uses stays, and a
    // forged one in a schema the run did not read stays.
    let forged = json!({"name": "company", "comment": format!("{OUR_COMMENT_PREFIX} I wrote this"),
        "using": {"manual_configuration": {"remote_table": {"schema": "hubspot", "name": "company"},
                  "column_mapping": {"legacy": "id"}}}});
    let elsewhere = json!({"name": "acct", "comment": format!("{OUR_COMMENT_PREFIX}x"),
        "using": {"manual_configuration": {"remote_table": {"schema": "salesforce", "name": "account"},
                  "column_mapping": {"a": "id"}}}});
    let contact = |perm: Value| {
        json!({"table": {"schema": "hubspot", "name": "contact"},
        "object_relationships": [forged.clone(), elsewhere.clone()],
        "select_permissions": [{"role": "r", "permission": {"columns": [], "filter": perm}}]})
    };
    let p = envelope(json!([pg_source("default", json!([contact(json!({}))]))]));
    let doc = round_trip(&p, &ours(), &scope());
    let c = entry(&doc, "default", "hubspot", "contact");
    assert!(!c["object_relationships"]
        .as_array()
        .unwrap()
        .contains(&forged));
    assert!(c["object_relationships"]
        .as_array()
        .unwrap()
        .contains(&elsewhere));
    // used by another table's permission (traversal from company): it stays, and ours
    // walks around its name
    let company = json!({"table": {"schema": "hubspot", "name": "company"},
        "select_permissions": [{"role": "r", "permission": {"columns": [], "filter":
            {"contacts": {"company": {"id": {"_is_null": false}}}}}}]});
    let p = envelope(json!([pg_source(
        "default",
        json!([contact(json!({})), company])
    )]));
    let doc = round_trip(&p, &ours(), &scope());
    let c = entry(&doc, "default", "hubspot", "contact");
    assert!(c["object_relationships"]
        .as_array()
        .unwrap()
        .contains(&forged));
    // ours (by the prefix) come after a person's, by name
    assert_eq!(
        names(c, "object_relationships"),
        ["acct", "company", "company_2"],
        "{c:#}"
    );
}

#[test]
fn a_foreign_key_relationship_is_never_ours_whatever_its_comment() {
    let theirs = json!({"name": "boss", "comment": "pg_sequin_hasura: copied from the docs",
        "using": {"foreign_key_constraint_on": "boss_id"}});
    let p = envelope(json!([pg_source(
        "default",
        json!([
        {"table": {"schema": "hubspot", "name": "contact"}, "object_relationships": [theirs.clone()]}])
    )]));
    // a run that read public too (foreign-key relationships have no remote_table: the
    // merge reads their remote schema as `public`)
    let doc = merge(&p, &ours(), &["hubspot".into(), "public".into()])
        .unwrap()
        .metadata;
    assert!(
        entry(&doc, "default", "hubspot", "contact")["object_relationships"]
            .as_array()
            .unwrap()
            .contains(&theirs)
    );
}

#[test]
fn a_tracked_table_never_gets_renamed_by_us() {
    let (ours, scope) = ours_of(
        vec![
            sequin_table("hubspot", "contact", &[]),
            sequin_table("public", "hubspot_contact", &[]),
        ],
        "hubspot",
    );
    let mine = json!({"table": {"schema": "public", "name": "hubspot_contact"},
        "select_permissions": [{"role": "user", "permission": {"columns": ["id"], "filter": {}}}]});
    let p = envelope(json!([pg_source("default", json!([mine.clone()]))]));
    let doc = merge(&p, &ours, &scope).unwrap().metadata;
    // the person's table keeps its identifier (and its entry exactly) ...
    assert_eq!(entry(&doc, "default", "public", "hubspot_contact"), &mine);
    // ... and the table we add walks around it
    assert_eq!(
        identifier(entry(&doc, "default", "hubspot", "contact")),
        "hubspot_contact_2"
    );
}

#[test]
fn two_runs_for_different_schemas_keep_each_others_relationships_and_converge() {
    let (hub, hub_scope) = ours_of(
        vec![
            sequin_table("hubspot", "contact", &[]),
            sequin_table("public", "note", &[("contact_id", "text")]),
        ],
        "hubspot",
    );
    let (sf, sf_scope) = ours_of(
        vec![
            sequin_table("salesforce", "contact", &[]),
            sequin_table("public", "note", &[("contact_id", "text")]),
        ],
        "salesforce",
    );
    let p = envelope(json!([pg_source("default", json!([]))]));
    let step = |doc: &Value, ours: &Metadata, scope: &[String]| {
        round_trip(
            &json!({"resource_version": 1, "metadata": doc}),
            ours,
            scope,
        )
    };
    let a = step(&p["metadata"], &hub, &hub_scope);
    let b = step(&a, &sf, &sf_scope);
    let a2 = step(&b, &hub, &hub_scope);
    let b2 = step(&a2, &sf, &sf_scope);
    assert_eq!(a2, b, "the hubspot run changed what both runs made");
    assert_eq!(b2, b);
    let note = entry(&b, "default", "public", "note");
    assert_unique_fields(note);
    let remotes: BTreeSet<String> = note["object_relationships"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|r| r["using"]["manual_configuration"]["remote_table"]["schema"].to_string())
        .collect();
    assert_eq!(remotes.len(), 2, "{note:#}");
    // the salesforce table was added without colliding with hubspot's identifier
    assert_ne!(
        identifier(entry(&b, "default", "hubspot", "contact")),
        identifier(entry(&b, "default", "salesforce", "contact"))
    );
}

// ---------------------------------------------------------------- guarantee 3

fn company_identifier(doc: &Value) -> String {
    identifier(entry(doc, "default", "hubspot", "company"))
}

fn with_other_source(extra: Value) -> Value {
    let mut crm = pg_source("crm", json!([]));
    crm.as_object_mut()
        .unwrap()
        .extend(extra.as_object().unwrap().clone());
    envelope(json!([pg_source("default", json!([])), crm]))
}

#[test]
fn root_fields_of_tables_custom_root_fields_and_actions_are_avoided() {
    let mut p = with_other_source(json!({"tables": [
        {"table": {"name": "a"}, "configuration": {"custom_root_fields": {"select_aggregate": {"name": "hubspot_company_aggregate", "comment": null}}}},
        {"table": {"name": "b"}, "configuration": {"custom_name": "hubspot_company_2_bool_exp"}},
        {"table": {"schema": "hubspot", "name": "company_3"}}
    ]}));
    p["metadata"]["actions"] =
        json!([{"name": "delete_hubspot_company_4_by_pk", "definition": {}}]);
    let doc = round_trip(&p, &ours(), &scope());
    assert_eq!(company_identifier(&doc), "hubspot_company_5");
    // contact collides with nothing and keeps its default identifier
    assert!(entry(&doc, "default", "hubspot", "contact")
        .get("configuration")
        .is_none());
}

#[test]
fn a_tracked_functions_root_field_is_avoided() {
    for function in [
        json!({"function": {"schema": "hubspot", "name": "company"}}),
        json!({"function": {"schema": "public", "name": "search"}, "configuration": {"custom_name": "hubspot_company"}}),
        json!({"function": {"schema": "public", "name": "search"}, "configuration": {"custom_root_fields": {"function": "hubspot_company_aggregate"}}}),
    ] {
        let p = with_other_source(json!({"functions": [function.clone()]}));
        assert_ne!(
            company_identifier(&merged(&p)),
            "hubspot_company",
            "{function}"
        );
    }
}

#[test]
fn a_source_root_field_prefix_is_avoided() {
    let p = with_other_source(json!({
        "customization": {"root_fields": {"prefix": "hubspot_"}, "type_names": {"prefix": "hubspot_"}},
        "tables": [{"table": {"schema": "public", "name": "company"}}]}));
    assert_ne!(company_identifier(&merged(&p)), "hubspot_company");
}

#[test]
fn a_custom_type_name_is_avoided() {
    let mut p = envelope(json!([pg_source("default", json!([]))]));
    p["metadata"]["custom_types"] = json!({"objects": [{"name": "hubspot_company", "fields": [{"name": "id", "type": "String"}]}]});
    assert_ne!(company_identifier(&merged(&p)), "hubspot_company");
}

#[test]
fn a_bigquery_tables_dataset_counts_in_its_identifier() {
    let p = envelope(json!([
        pg_source("default", json!([])),
        {"name": "bq", "kind": "bigquery", "configuration": {}, "tables": [{"table": {"dataset": "hubspot", "name": "company"}}]}
    ]));
    assert_ne!(company_identifier(&merged(&p)), "hubspot_company");
}

#[test]
fn our_new_source_avoids_the_names_of_the_existing_ones() {
    // option source "crm" the project does not have: a new source, added with our
    // configuration, whose tables avoid default's names
    let a = analyze(hubspot_tables(), "hubspot", 0.7);
    let opts = Options {
        source: "crm".into(),
        ..Options::default()
    };
    let ours = metadata_document(&a, &opts);
    let p = envelope(json!([pg_source(
        "default",
        json!([
        {"table": {"schema": "public", "name": "hubspot_company"}},
        {"table": {"schema": "public", "name": "hubspot_contact_2"}}])
    )]));
    let doc = round_trip(&p, &ours, &scope());
    assert_eq!(doc["sources"][0], p["metadata"]["sources"][0]);
    assert_eq!(
        identifier(entry(&doc, "crm", "hubspot", "company")),
        "hubspot_company_2"
    );
    // hubspot_contact_2's names include hubspot_contact_2_*, not hubspot_contact's
    assert_eq!(
        identifier(entry(&doc, "crm", "hubspot", "contact")),
        "hubspot_contact"
    );
    let all: Vec<String> = doc["sources"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["tables"].as_array().unwrap().iter())
        .flat_map(|t| derived_names(&identifier(t)))
        .collect();
    assert_eq!(all.iter().collect::<HashSet<_>>().len(), all.len());
}

// ---------------------------------------------------------------- guarantee 5

fn outcome(export: &Value) -> Result<Value, (Code, Option<String>)> {
    let ours = ours();
    let r = catch_unwind(AssertUnwindSafe(|| merge(export, &ours, &scope())))
        .unwrap_or_else(|_| panic!("merge panicked on {export}"));
    r.map(|m| m.metadata).map_err(|e| (e.code, e.hint))
}

#[test]
fn hostile_shapes_never_panic_in_merge_calls_or_build() {
    let odd = [
        json!(null),
        json!(1),
        json!("x"),
        json!([]),
        json!({}),
        json!(true),
        json!({"x": 1}),
    ];
    let mut exports = vec![];
    for v in &odd {
        exports.push(v.clone());
        exports.push(json!({"metadata": v}));
        exports.push(json!({"version": v, "sources": []}));
        exports.push(json!({"version": 3, "sources": v}));
        exports.push(json!({"version": 3, "sources": [v]}));
        exports.push(json!({"version": 3, "sources": [{"name": v, "tables": []}]}));
        exports.push(json!({"version": 3, "sources": [{"name": "default", "tables": v}]}));
        exports.push(json!({"version": 3, "sources": [{"name": "default", "tables": [v]}]}));
        exports.push(
            json!({"version": 3, "sources": [{"name": "default", "tables": [{"table": v}]}]}),
        );
        let t = |k: &str| {
            let mut e = json!({"table": {"schema": "hubspot", "name": "contact"}});
            e[k] = v.clone();
            json!({"version": 3, "sources": [{"name": "default", "tables": [e,
                {"table": {"schema": "hubspot", "name": "company"}, k: v}]}]})
        };
        for k in [
            "object_relationships",
            "array_relationships",
            "configuration",
            "computed_fields",
            "remote_relationships",
            "select_permissions",
        ] {
            exports.push(t(k));
            let mut e = t(k);
            e["sources"][0]["tables"][0][k] = json!([v]);
            exports.push(e);
        }
        for (ptr, key) in [
            ("/sources/0/tables/0/configuration", "custom_name"),
            ("/sources/0/tables/0/configuration", "column_config"),
            ("/sources/0/tables/0/configuration", "custom_root_fields"),
            ("/sources/0/tables/0/configuration", "custom_column_names"),
            ("/sources/0/tables/0/object_relationships/0", "name"),
            ("/sources/0/tables/0/object_relationships/0", "using"),
            ("/sources/0/tables/0/object_relationships/0", "comment"),
            (
                "/sources/0/tables/0/object_relationships/0/using",
                "manual_configuration",
            ),
            (
                "/sources/0/tables/0/object_relationships/0/using",
                "foreign_key_constraint_on",
            ),
            (
                "/sources/0/tables/0/object_relationships/0/using/manual_configuration",
                "remote_table",
            ),
            (
                "/sources/0/tables/0/object_relationships/0/using/manual_configuration",
                "column_mapping",
            ),
            ("/sources/0/tables/0/table", "schema"),
            ("/sources/0/tables/0/table", "name"),
            ("", "actions"),
        ] {
            let mut e = json!({"version": 3, "actions": [{"name": v}], "sources": [{"name": "default", "tables": [
                {"table": {"schema": "hubspot", "name": "contact"},
                 "configuration": {"custom_name": "c", "column_config": {"company_id": {"custom_name": v}},
                                   "custom_root_fields": {"select": v}},
                 "object_relationships": [{"name": "company", "comment": "pg_sequin_hasura: x",
                     "using": {"manual_configuration": {"remote_table": {"schema": "hubspot", "name": "company"},
                               "column_mapping": {"company_id": "id"}}}}]}]}]});
            e.pointer_mut(ptr).unwrap()[key] = v.clone();
            exports.push(e);
        }
    }
    let an = analyze(hubspot_tables(), "hubspot", 0.7);
    for export in &exports {
        match outcome(export) {
            Err((code, hint)) => {
                assert_eq!(code, Code::InvalidParameter, "{export}");
                assert!(hint.is_some(), "{export}");
            }
            Ok(doc) => {
                let before = Value::Object(parse_export(export).unwrap().0);
                catch_unwind(|| calls(&before, &doc, true))
                    .unwrap_or_else(|_| panic!("calls panicked on {export}"));
            }
        }
        for format in [
            Format::Metadata,
            Format::ReplaceMetadata,
            Format::Bulk,
            Format::BulkKeepGoing,
        ] {
            let opts = Options {
                format,
                merge_into: Some(export.clone()),
                ..Options::default()
            };
            let r = catch_unwind(AssertUnwindSafe(|| build(&an, &opts)))
                .unwrap_or_else(|_| panic!("build panicked on {export}"));
            if let Err(e) = r {
                assert_eq!(e.code, Code::InvalidParameter);
            }
        }
    }
}

#[test]
fn refused_shapes_carry_the_invalid_parameter_code_and_a_hint() {
    for bad in [
        json!({"metadata": {"version": 2, "sources": []}}),
        json!({"version": "3", "sources": []}),
        json!({"version": 3.0, "sources": []}),
        json!({"version": 3, "sources": [{"name": 1, "tables": []}]}),
        json!({"version": 3, "sources": [{"name": "default", "tables": [{"table": null}]}]}),
        json!({"metadata": [], "resource_version": 1}),
    ] {
        let (code, hint) = outcome(&bad).unwrap_err();
        assert_eq!(code, Code::InvalidParameter, "{bad}");
        assert!(hint.unwrap().contains("export_metadata"));
    }
}

#[test]
fn a_doubly_wrapped_export_is_refused() {
    let inner = rich_project();
    let wrapped = json!({"resource_version": 3, "metadata": inner});
    assert!(outcome(&wrapped).is_err());
    // Hasura requires `sources` (and version 3): an object with neither is no export
    assert!(outcome(&json!({"metadata": {}})).is_err());
}

#[test]
fn a_relationship_list_that_is_not_a_list_is_refused_not_overwritten() {
    let theirs = json!({"name": "firm", "using": {"foreign_key_constraint_on": "company_id"}});
    let p = envelope(json!([pg_source(
        "default",
        json!([
        {"table": {"schema": "hubspot", "name": "contact"}, "object_relationships": theirs.clone()}])
    )]));
    match outcome(&p) {
        Err((code, _)) => assert_eq!(code, Code::InvalidParameter),
        Ok(doc) => assert_eq!(
            entry(&doc, "default", "hubspot", "contact")["object_relationships"],
            theirs
        ),
    }
}

#[test]
fn a_source_of_another_kind_named_like_ours_is_refused_or_untouched() {
    for kind in ["mssql", "bigquery", "sqlite"] {
        let other = json!({"name": "default", "kind": kind, "configuration": {},
            "tables": [{"table": {"schema": "hubspot", "name": "contact"}}]});
        let p = envelope(json!([other.clone()]));
        match outcome(&p) {
            Err((code, hint)) => {
                assert_eq!(code, Code::InvalidParameter);
                assert!(hint.is_some());
            }
            Ok(doc) => assert_eq!(doc["sources"][0], other, "{kind}"),
        }
    }
}

#[test]
fn postgres_spellings_of_the_kind_are_merged_into() {
    // `kind` absent means postgres to Hasura; "pg" is its alias
    for src in [
        json!({"name": "default", "configuration": {}, "tables": []}),
        json!({"name": "default", "kind": "pg", "configuration": {}, "tables": []}),
    ] {
        let doc = round_trip(&envelope(json!([src.clone()])), &ours(), &scope());
        assert_eq!(doc["sources"].as_array().unwrap().len(), 1);
        assert_eq!(doc["sources"][0]["kind"], src["kind"]);
        assert_eq!(doc["sources"][0]["tables"].as_array().unwrap().len(), 2);
    }
}

#[test]
fn an_empty_list_of_a_persons_entry_is_kept() {
    let mine = json!({"table": {"schema": "hubspot", "name": "deal"}, "array_relationships": [], "object_relationships": []});
    let p = envelope(json!([pg_source("default", json!([mine.clone()]))]));
    assert_eq!(entry(&merged(&p), "default", "hubspot", "deal"), &mine);
}

#[test]
fn a_table_listed_twice_gives_no_calls_against_itself() {
    let p = envelope(json!([pg_source(
        "default",
        json!([
        {"table": {"schema": "hubspot", "name": "deal"}, "configuration": {"custom_name": "A"},
         "object_relationships": [{"name": "x", "using": {"foreign_key_constraint_on": "x_id"}}]},
        {"table": {"schema": "hubspot", "name": "deal"}, "configuration": {"custom_name": "B"},
         "object_relationships": [{"name": "y", "using": {"foreign_key_constraint_on": "y_id"}}]}])
    )]));
    // either refused as bad input, or nothing to do against its own result
    if let Ok(doc) = outcome(&p) {
        assert_eq!(calls(&doc, &doc, true), Vec::<Value>::new());
    }
}

#[test]
fn a_null_custom_name_is_no_custom_name() {
    let (ours, scope) = ours_of(vec![sequin_table("hubspot", "2nd table", &[])], "hubspot");
    let p = envelope(json!([pg_source(
        "default",
        json!([
        {"table": {"schema": "hubspot", "name": "2nd table"}, "configuration": {"custom_name": null}}])
    )]));
    let doc = merge(&p, &ours, &scope).unwrap().metadata;
    let id = identifier(entry(&doc, "default", "hubspot", "2nd table"));
    assert!(
        sequin_hasura_core::hasura::names::is_graphql_name(&id),
        "{id}"
    );
}

#[test]
fn incremental_requests_carry_the_exports_resource_version() {
    let an = analyze(
        vec![
            sequin_table("hubspot", "contact", &[]),
            sequin_table("public", "hubspot_contact", &[]),
        ],
        "hubspot",
        0.7,
    );
    let p = envelope(json!([pg_source("default", json!([]))]));
    let d = build(
        &an,
        &Options {
            format: Format::BulkKeepGoing,
            merge_into: Some(p),
            ..Options::default()
        },
    )
    .unwrap()
    .document;
    assert_eq!(d["resource_version"], 12);
}

#[test]
fn a_data_connector_source_elsewhere_does_not_block_the_merge() {
    let p = envelope(json!([
        pg_source("default", json!([{"table": {"schema": "hubspot", "name": "contact"}}])),
        {"name": "agent", "kind": "sqlite", "configuration": {"value": {}}, "tables": [{"table": ["main", "t"]}]}
    ]));
    let doc = round_trip(&p, &ours(), &scope());
    assert_eq!(doc["sources"][1], p["metadata"]["sources"][1]);
}

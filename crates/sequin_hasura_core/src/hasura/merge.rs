//! Merging our document into what a living Hasura project exports (`export_metadata`,
//! version 1: the bare metadata; version 2: `{"resource_version": N, "metadata": …}`),
//! so that a push never wipes a project: option `merge_into` of
//! `sequin_hasura_metadata()`.
//!
//! The rules: everything that is not ours is kept exactly (other sources, actions,
//! remote schemas, permissions, event triggers, computed fields, configuration, custom
//! names); relationships we made earlier (recognised by our comment) are replaced by
//! the current inference, so one that no longer holds goes; a relationship a person
//! made is never changed or removed: when one maps the same columns to the same
//! table, ours is not added, and when one has the name we wanted, ours takes another
//! name, free among every field of the table (relationships, `<array>_aggregate`,
//! computed fields, remote relationships, custom column names). A table we add, or
//! give a `custom_name`, never takes a GraphQL root field or type name another table
//! of any source (or an action) already has: it gets a `custom_name` that is free.
//! Merging twice gives the same document as merging once.

use std::collections::HashSet;

use serde_json::{Map, Value};

pub use super::export::parse_export;
use super::export::{bad, is_postgres, table_key, RELATIONSHIP_KEYS};
use super::names::{default_identifier, derived_names, is_graphql_name};
use crate::error::{ApiError, ApiResult, Code};

/// The comment prefix of every relationship we emit.
pub const OUR_COMMENT_PREFIX: &str = "pg_sequin_hasura:";

/// The merged metadata, and the export's `resource_version` when it had one (a
/// `replace_metadata` carrying it is refused by Hasura if the project changed since).
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    pub metadata: Value,
    pub resource_version: Option<i64>,
}

/// One of ours: a `manual_configuration` relationship (the only kind we make) whose
/// comment starts with our prefix.
pub(crate) fn is_ours(relationship: &Value) -> bool {
    relationship
        .pointer("/using/manual_configuration")
        .is_some()
        && relationship
            .get("comment")
            .and_then(Value::as_str)
            .is_some_and(|c| c.starts_with(OUR_COMMENT_PREFIX))
}

fn schema_of(table: Option<&Value>) -> String {
    table
        .and_then(table_key)
        .map_or_else(|| "public".into(), |(schema, _)| schema)
}

/// Remove from a table entry our relationships between two schemas this run read
/// (and lists left empty): the inference of now replaces them. Ours that join a
/// schema it did not read came from another run and stay; so does one whose name a
/// permission uses (`referenced`): removing or renaming it would break the permission.
fn remove_ours(entry: &mut Map<String, Value>, scope: &[String], referenced: &HashSet<String>) {
    let in_scope = |schema: &str| scope.iter().any(|s| s == schema);
    if !in_scope(&schema_of(entry.get("table"))) {
        return;
    }
    for key in RELATIONSHIP_KEYS {
        if let Some(Value::Array(list)) = entry.get_mut(key) {
            let had = list.len();
            list.retain(|r| {
                let remote = r.pointer("/using/manual_configuration/remote_table");
                let used = r
                    .get("name")
                    .and_then(Value::as_str)
                    .is_some_and(|n| referenced.contains(n));
                !(is_ours(r) && in_scope(&schema_of(remote)) && !used)
            });
            // a list we emptied goes; one the person had empty stays
            if list.is_empty() && had > 0 {
                entry.remove(key);
            }
        }
    }
}

/// Every key of every permission's boolean expression (and column preset) in a
/// source: the relationship names its permissions traverse, among others.
fn permission_keys(tables: &[Value]) -> HashSet<String> {
    fn keys(v: &Value, out: &mut HashSet<String>) {
        match v {
            Value::Object(m) => {
                for (k, v) in m {
                    out.insert(k.clone());
                    keys(v, out);
                }
            }
            Value::Array(l) => l.iter().for_each(|v| keys(v, out)),
            _ => {}
        }
    }
    let mut out = HashSet::new();
    for t in tables {
        for kind in ["select", "insert", "update", "delete"] {
            for p in t
                .get(format!("{kind}_permissions"))
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                if let Some(permission) = p.get("permission") {
                    keys(permission, &mut out);
                }
            }
        }
    }
    out
}

/// The same table, `schema` defaulting to `public` as Hasura reads it.
fn same_table(a: &Value, b: &Value) -> bool {
    table_key(a).is_some() && table_key(a) == table_key(b)
}

/// Column names of a `foreign_key_constraint_on` value: `"c"`, `["c", …]`, or for an
/// array relationship `{"table": …, "column": "c"}` / `{"table": …, "columns": […]}`.
fn fk_columns(on: &Value) -> Vec<&str> {
    fn list(v: &Value) -> Vec<&str> {
        match v {
            Value::String(c) => vec![c.as_str()],
            Value::Array(l) => l.iter().filter_map(Value::as_str).collect(),
            _ => vec![],
        }
    }
    match on {
        Value::Object(o) => o
            .get("column")
            .or_else(|| o.get("columns"))
            .map(list)
            .unwrap_or_default(),
        other => list(other),
    }
}

/// Does an existing relationship (`theirs`, in list `key`) join what ours joins?
/// Manual ones: the same remote table and column mapping. A foreign-key one: the
/// same local columns (object) or the same remote table and columns (array).
fn same_join(key: &str, theirs: &Value, ours: &Value) -> bool {
    let Some(manual) = ours.pointer("/using/manual_configuration") else {
        return false;
    };
    let (Some(remote), Some(Value::Object(mapping))) =
        (manual.get("remote_table"), manual.get("column_mapping"))
    else {
        return false;
    };
    if let Some(m) = theirs.pointer("/using/manual_configuration") {
        return m.get("remote_table").is_some_and(|t| same_table(t, remote))
            && m.get("column_mapping") == manual.get("column_mapping");
    }
    let Some(on) = theirs.pointer("/using/foreign_key_constraint_on") else {
        return false;
    };
    let mut columns = fk_columns(on);
    columns.sort_unstable();
    // `{table, column}`: the remote table's column points back here, as for arrays
    let remote_side = key == "array_relationships" || on.get("table").is_some();
    if !remote_side {
        let mut local: Vec<&str> = mapping.keys().map(String::as_str).collect();
        local.sort_unstable();
        !columns.is_empty() && columns == local
    } else {
        let mut remote_columns: Vec<&str> = mapping.values().filter_map(Value::as_str).collect();
        remote_columns.sort_unstable();
        on.get("table").is_some_and(|t| same_table(t, remote))
            && !columns.is_empty()
            && columns == remote_columns
    }
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
    // deprecated, but still read and exported by Hasura: column → field name
    for (column, name) in config
        .and_then(|c| c.get("custom_column_names"))
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        taken.push(column.clone());
        taken.extend(name.as_str().map(String::from));
    }
    taken
}

/// Add our relationships of one table to its existing entry, never over a person's.
/// Its configuration is the project's: a `custom_name` or column name of ours would
/// rename root fields and fields its clients already use, so none is added.
fn add_ours(entry: &mut Map<String, Value>, ours: &Map<String, Value>) {
    for key in RELATIONSHIP_KEYS {
        let Some(list) = ours.get(key).and_then(Value::as_array) else {
            continue;
        };
        for r in list {
            // a person's relationship joining the same columns to the same table stays alone
            let existing = entry.get(key).and_then(Value::as_array);
            if existing.into_iter().flatten().any(|e| same_join(key, e, r)) {
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
}

/// A person's relationships first, in their order, then ours by name: the same
/// order however ours got there (kept from an earlier run, or added now).
fn order_ours(entry: &mut Value) {
    for key in RELATIONSHIP_KEYS {
        if let Some(Value::Array(list)) = entry.get_mut(key) {
            let (mut ours, theirs): (Vec<Value>, Vec<Value>) =
                std::mem::take(list).into_iter().partition(is_ours);
            ours.sort_by(|a, b| {
                let name = |r: &Value| r.get("name").and_then(Value::as_str).map(String::from);
                name(a).cmp(&name(b))
            });
            *list = theirs;
            list.extend(ours);
        }
    }
}

/// The GraphQL identifier Hasura gives a table (or function) entry of a source: its
/// `custom_name`, else the default: the name alone in the source's default schema
/// (`public`; `dbo` for SQL Server), else `schema_name` (BigQuery: `dataset_name`).
/// Data Connector tables (arrays) are not read: their naming is the connector's.
fn identifier(entry: &Value, object_key: &str, kind: Option<&str>) -> Option<String> {
    if let Some(name) = entry
        .pointer("/configuration/custom_name")
        .and_then(Value::as_str)
    {
        return Some(name.to_string());
    }
    let object = entry.get(object_key)?;
    let (schema, name) = match object {
        Value::String(name) => (None, name.as_str()),
        Value::Object(o) => (
            o.get("schema")
                .or_else(|| o.get("dataset"))
                .and_then(Value::as_str),
            o.get("name")?.as_str()?,
        ),
        _ => return None,
    };
    let default_schema = match kind {
        Some("mssql") => "dbo",
        _ => "public",
    };
    Some(match schema {
        None => name.to_string(),
        Some(s) if s == default_schema => name.to_string(),
        Some(s) => default_identifier(s, name),
    })
}

/// What a source's `customization` does to the names of its tables: root fields get
/// the `root_fields` prefix and suffix (or sit under a namespace, which is then the one
/// root field), types the `type_names` prefix and suffix.
struct SourceNames {
    root: Option<(String, String)>,
    namespace: Option<String>,
    types: (String, String),
}

impl SourceNames {
    fn of(source: &Value) -> Self {
        let text = |p: &str| {
            source
                .pointer(p)
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string()
        };
        let namespace = source
            .pointer("/customization/root_fields/namespace")
            .and_then(Value::as_str)
            .map(String::from);
        SourceNames {
            root: namespace.is_none().then(|| {
                (
                    text("/customization/root_fields/prefix"),
                    text("/customization/root_fields/suffix"),
                )
            }),
            namespace,
            types: (
                text("/customization/type_names/prefix"),
                text("/customization/type_names/suffix"),
            ),
        }
    }

    /// Root field and type names of the plain names `names` (both kinds are listed:
    /// [`derived_names`] mixes them, and a clash of either is one).
    fn apply(&self, names: Vec<String>) -> Vec<String> {
        let mut out = Vec::new();
        for n in names {
            let typed = format!("{}{n}{}", self.types.0, self.types.1);
            if let Some((p, s)) = &self.root {
                let root = format!("{p}{n}{s}");
                if root != typed {
                    out.push(root);
                }
            }
            out.push(typed);
        }
        out.extend(self.namespace.clone());
        out
    }
}

/// The custom root field names of an entry's configuration (strings, or objects
/// with a `name`).
fn custom_root_fields(entry: &Value) -> Vec<String> {
    let mut names = Vec::new();
    if let Some(Value::Object(fields)) = entry.pointer("/configuration/custom_root_fields") {
        for v in fields.values() {
            match v {
                Value::String(s) => names.push(s.clone()),
                Value::Object(o) => {
                    names.extend(o.get("name").and_then(Value::as_str).map(String::from))
                }
                _ => {}
            }
        }
    }
    names
}

fn kind_of(source: &Value) -> Option<&str> {
    source.get("kind").and_then(Value::as_str)
}

/// Every root field and type name a table entry makes Hasura expose.
fn exposed_names(entry: &Value, source: &Value) -> Vec<String> {
    let plain = identifier(entry, "table", kind_of(source))
        .map(|id| derived_names(&id))
        .unwrap_or_default();
    let mut names = SourceNames::of(source).apply(plain);
    names.extend(custom_root_fields(entry));
    names
}

/// Every name taken outside the tables: actions, custom types, and each source's
/// tracked functions.
fn names_outside_tables(metadata: &Map<String, Value>) -> HashSet<String> {
    let mut taken = HashSet::new();
    let name_of = |v: &Value| v.get("name").and_then(Value::as_str).map(String::from);
    for action in metadata
        .get("actions")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        taken.extend(name_of(action));
    }
    for kind in ["objects", "input_objects", "scalars", "enums"] {
        for t in metadata
            .get("custom_types")
            .and_then(|c| c.get(kind))
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            taken.extend(name_of(t));
        }
    }
    for source in metadata
        .get("sources")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let names = SourceNames::of(source);
        for f in source
            .get("functions")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if let Some(id) = identifier(f, "function", kind_of(source)) {
                taken.extend(names.apply(vec![id.clone(), format!("{id}_aggregate")]));
            }
            taken.extend(custom_root_fields(f));
        }
    }
    taken
}

/// Give each table entry we added a `custom_name` whose root fields and type names no
/// other entry of any source, function, action or custom type already exposes.
fn avoid_root_field_collisions(metadata: &mut Map<String, Value>, ours: &[(usize, usize)]) {
    let mut taken = names_outside_tables(metadata);
    let Some(Value::Array(sources)) = metadata.get_mut("sources") else {
        return;
    };
    let ours_set: HashSet<(usize, usize)> = ours.iter().copied().collect();
    for (s, source) in sources.iter().enumerate() {
        for (t, entry) in source
            .get("tables")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .enumerate()
        {
            if !ours_set.contains(&(s, t)) {
                taken.extend(exposed_names(entry, source));
            }
        }
    }
    for &(s, t) in ours {
        let source_names = SourceNames::of(&sources[s]);
        let kind = kind_of(&sources[s]).map(String::from);
        let entry = &mut sources[s]["tables"][t];
        let Some(base) = identifier(entry, "table", kind.as_deref()) else {
            continue;
        };
        let mut id = base.clone();
        let mut n = 2;
        while source_names
            .apply(derived_names(&id))
            .iter()
            .any(|d| taken.contains(d))
        {
            id = format!("{base}_{n}");
            n += 1;
        }
        if id != base {
            if !entry.get("configuration").is_some_and(Value::is_object) {
                entry["configuration"] = Value::Object(Map::new());
            }
            entry["configuration"]["custom_name"] = Value::String(id.clone());
        }
        taken.extend(source_names.apply(derived_names(&id)));
        taken.extend(custom_root_fields(entry));
    }
}

/// `ours` merged into `export`. `scope` holds the schemas the inference read: our
/// earlier relationships between them are replaced, others kept.
/// `ours` is our document as JSON (`document::metadata_document`).
pub fn merge(export: &Value, ours: &Value, scope: &[String]) -> ApiResult<Merged> {
    let (mut metadata, resource_version) = parse_export(export)?;
    let our_sources = ours["sources"].as_array().cloned().unwrap_or_default();
    let sources = metadata
        .entry("sources")
        .or_insert_with(|| Value::Array(vec![]));
    let Value::Array(sources) = sources else {
        return Err(bad(
            "option \"merge_into\" has \"sources\" that is not a list",
        ));
    };
    // the entries we added, as (source, table) positions
    let mut added: Vec<(usize, usize)> = Vec::new();
    for our_source in our_sources {
        let name = our_source["name"].clone();
        let Some(s) = sources.iter().position(|s| s["name"] == name) else {
            let count = our_source["tables"].as_array().map_or(0, Vec::len);
            added.extend((0..count).map(|t| (sources.len(), t)));
            sources.push(our_source);
            continue;
        };
        if !is_postgres(&sources[s]) {
            return Err(ApiError::new(
                Code::InvalidParameter,
                format!(
                    "source {name} of \"merge_into\" is a {} source; our tables are Postgres tables",
                    sources[s]["kind"]
                ),
            )
            .hint("name the Postgres source Hasura reads these tables from with option \"source\""));
        }
        let source = &mut sources[s];
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
        let referenced = permission_keys(tables);
        for t in tables.iter_mut() {
            if let Value::Object(entry) = t {
                remove_ours(entry, scope, &referenced);
            }
        }
        for our_table in our_source["tables"].as_array().into_iter().flatten() {
            let Some(our_entry) = our_table.as_object() else {
                continue;
            };
            let position = tables
                .iter()
                .position(|t| same_table(&t["table"], &our_table["table"]));
            match position {
                Some(t) => {
                    if let Value::Object(entry) = &mut tables[t] {
                        add_ours(entry, our_entry);
                    }
                    // an identifier that is no GraphQL name serves no client: naming it
                    // renames nothing anyone uses
                    let broken = identifier(&tables[t], "table", Some("postgres"))
                        .is_some_and(|id| !is_graphql_name(&id));
                    if let (true, Some(name)) =
                        (broken, our_table.pointer("/configuration/custom_name"))
                    {
                        if !tables[t].get("configuration").is_some_and(Value::is_object) {
                            tables[t]["configuration"] = Value::Object(Map::new());
                        }
                        tables[t]["configuration"]["custom_name"] = name.clone();
                        added.push((s, t));
                    }
                }
                None => {
                    added.push((s, tables.len()));
                    tables.push(our_table.clone());
                }
            }
        }
    }
    if let Some(Value::Array(sources)) = metadata.get_mut("sources") {
        for t in sources
            .iter_mut()
            .filter_map(|s| s.get_mut("tables").and_then(Value::as_array_mut))
            .flatten()
        {
            order_ours(t);
        }
    }
    avoid_root_field_collisions(&mut metadata, &added);
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

    fn ours() -> Value {
        let a = analyze(
            vec![
                sequin_table("hubspot", "company", &[("name", "text")]),
                sequin_table("hubspot", "contact", &[("company_id", "text")]),
            ],
            "hubspot",
            0.7,
        );
        serde_json::to_value(metadata_document(&a, &Options::default())).unwrap()
    }

    fn scope() -> Vec<String> {
        vec!["hubspot".into(), "public".into()]
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
        let m = merge(&project(), &ours(), &scope()).unwrap();
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
        let once = merge(&p, &ours(), &scope()).unwrap().metadata;
        let contact = &once["sources"][0]["tables"][0];
        assert_eq!(contact["object_relationships"].as_array().unwrap().len(), 1);
        let twice = merge(
            &json!({"resource_version": 42, "metadata": once.clone()}),
            &ours(),
            &scope(),
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
            {"name": "stale", "comment": "pg_sequin_hasura: gone", "using": {"manual_configuration": {"remote_table": {"schema": "hubspot", "name": "gone"}, "column_mapping": {"id": "z"}}}}
        ]);
        // ours joining a schema this run did not read came from another run: it stays
        let other_run = json!([
            {"name": "account", "comment": "pg_sequin_hasura: salesforce", "using": {"manual_configuration": {"remote_table": {"schema": "salesforce", "name": "account"}, "column_mapping": {"id": "z"}}}}
        ]);
        p["metadata"]["sources"][0]["tables"][0]["array_relationships"] = other_run.clone();
        let m = merge(&p, &ours(), &scope()).unwrap().metadata;
        assert_eq!(
            m["sources"][0]["tables"][0]["array_relationships"],
            other_run
        );
        assert_eq!(
            m["sources"][0]["tables"][1],
            json!({"table": {"schema": "public", "name": "orders"}})
        );
        let empty = merge(&json!({"version": 3, "sources": []}), &ours(), &scope()).unwrap();
        assert_eq!(empty.resource_version, None);
        assert_eq!(empty.metadata["sources"][0]["name"], "default");
        for bad in [
            json!([]),
            json!({"x": 1}),
            json!({"metadata": 3}),
            json!({"sources": 2}),
            json!({"version": 2, "tables": []}),
            json!({"resource_version": "7", "metadata": {"sources": []}}),
            json!({"sources": [{"tables": []}]}),
            json!({"sources": [{"name": "default", "tables": {}}]}),
            json!({"sources": [{"name": "default", "tables": [{"table": "contact"}]}]}),
            json!({"sources": [{"name": "default", "tables": [7]}]}),
        ] {
            assert_eq!(
                merge(&bad, &ours(), &scope()).unwrap_err().code,
                Code::InvalidParameter,
                "{bad}"
            );
        }
    }

    #[test]
    fn a_table_we_add_never_takes_a_root_field_another_source_or_an_action_has() {
        let mut p = project();
        p["metadata"]["sources"][1]["tables"] = json!([
            {"table": {"schema": "public", "name": "leads"}, "configuration": {"custom_name": "hubspot_company"}},
            {"table": {"schema": "public", "name": "c"}, "configuration": {"custom_root_fields": {"select": "hubspot_contact_2"}}}
        ]);
        p["metadata"]["actions"] =
            json!([{"name": "insert_hubspot_company_2", "definition": {"handler": "http://x"}}]);
        let m = merge(&p, &ours(), &scope()).unwrap().metadata;
        let company = m["sources"][0]["tables"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["table"]["name"] == "company")
            .unwrap();
        // hubspot_company is another source's table, insert_hubspot_company_2 an action
        assert_eq!(company["configuration"]["custom_name"], "hubspot_company_3");
        // the project's own contact entry keeps its custom name
        assert_eq!(
            m["sources"][0]["tables"][0]["configuration"]["custom_name"],
            "Person"
        );
        let again = merge(&json!({"metadata": m.clone()}), &ours(), &scope())
            .unwrap()
            .metadata;
        assert_eq!(again, m);
        let mut all: Vec<String> = Vec::new();
        for source in m["sources"].as_array().unwrap() {
            for t in source["tables"].as_array().unwrap() {
                all.extend(exposed_names(t, source));
            }
        }
        let unique: HashSet<&String> = all.iter().collect();
        assert_eq!(unique.len(), all.len());
    }

    #[test]
    fn our_name_avoids_every_field_of_the_merged_table() {
        let mut p = project();
        let contact = &mut p["metadata"]["sources"][0]["tables"][0];
        contact["object_relationships"][0]["name"] = json!("x");
        contact["configuration"]["column_config"]["name"] = json!({"custom_name": "company"});
        contact["array_relationships"] = json!([{"name": "company_2", "using": {"manual_configuration": {
            "remote_table": {"schema": "public", "name": "a"}, "column_mapping": {"id": "b"}}}}]);
        contact["computed_fields"] =
            json!([{"name": "company_3", "definition": {"function": "f"}}]);
        contact["remote_relationships"] = json!([{"name": "company_4", "definition": {}}]);
        let m = merge(&p, &ours(), &scope()).unwrap().metadata;
        let names: Vec<&str> = m["sources"][0]["tables"][0]["object_relationships"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["name"].as_str().unwrap())
            .collect();
        assert_eq!(names, ["x", "company_5"]);
    }

    #[test]
    fn a_foreign_key_relationship_on_our_columns_and_a_schemaless_entry_are_recognised() {
        let mut p = project();
        let contact = &mut p["metadata"]["sources"][0]["tables"][0];
        contact["object_relationships"] =
            json!([{"name": "firm", "using": {"foreign_key_constraint_on": "company_id"}}]);
        p["metadata"]["sources"][0]["tables"][1] = json!({"table": {"name": "orders"}});
        let m = merge(&p, &ours(), &scope()).unwrap().metadata;
        let contact = &m["sources"][0]["tables"][0];
        assert_eq!(contact["object_relationships"].as_array().unwrap().len(), 1);
        // company's array side: a person's foreign-key array relationship on the same columns
        let mut p = project();
        p["metadata"]["sources"][0]["tables"]
            .as_array_mut()
            .unwrap()
            .push(json!({
            "table": {"schema": "hubspot", "name": "company"},
            "array_relationships": [{"name": "people", "using": {"foreign_key_constraint_on": {
                "table": {"schema": "hubspot", "name": "contact"}, "columns": ["company_id"]}}}]}));
        let m = merge(&p, &ours(), &scope()).unwrap().metadata;
        let company = m["sources"][0]["tables"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["table"]["name"] == "company")
            .unwrap();
        assert_eq!(company["array_relationships"].as_array().unwrap().len(), 1);
        let tables = m["sources"][0]["tables"].as_array().unwrap();
        assert_eq!(
            tables
                .iter()
                .filter(|t| t["table"]["name"] == "company")
                .count(),
            1
        );
    }

    #[test]
    fn ours_that_a_permission_uses_stays_when_the_inference_moves_on() {
        let mut p = project();
        let stale = json!({"name": "old_company", "comment": "pg_sequin_hasura: earlier",
            "using": {"manual_configuration": {"remote_table": {"schema": "hubspot", "name": "company"},
                      "column_mapping": {"legacy_id": "id"}}}});
        p["metadata"]["sources"][0]["tables"][0]["object_relationships"] = json!([stale.clone()]);
        p["metadata"]["sources"][0]["tables"][0]["select_permissions"] = json!([
            {"role": "user", "permission": {"columns": ["id"], "filter": {"old_company": {"name": {"_eq": "x"}}}}}]);
        let m = merge(&p, &ours(), &scope()).unwrap().metadata;
        let rels = m["sources"][0]["tables"][0]["object_relationships"]
            .as_array()
            .unwrap();
        assert!(rels.contains(&stale), "{rels:?}");
        // unused by any permission, it goes
        p["metadata"]["sources"][0]["tables"][0]["select_permissions"] = json!([]);
        let m = merge(&p, &ours(), &scope()).unwrap().metadata;
        let rels = m["sources"][0]["tables"][0]["object_relationships"]
            .as_array()
            .unwrap();
        assert!(!rels.contains(&stale));
    }
}

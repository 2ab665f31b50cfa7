//! What Hasura's `export_metadata` returns (version 1: the bare metadata; version 2:
//! `{"resource_version": N, "metadata": …}`), read and checked before any work: the
//! input of option `merge_into`.

use std::collections::HashSet;

use serde_json::{Map, Value};

use crate::error::{ApiError, ApiResult, Code};

pub(crate) const RELATIONSHIP_KEYS: [&str; 2] = ["object_relationships", "array_relationships"];

pub(crate) fn bad(message: &str) -> ApiError {
    ApiError::new(Code::InvalidParameter, message.to_string())
        .hint("pass what Hasura returns for {\"type\": \"export_metadata\", \"version\": 2, \"args\": {}} (or version 1: the bare metadata)")
}

/// Is a source Postgres (the kind our tables and `pg_*` calls are for)? Hasura
/// exports `"kind": "postgres"`; `"pg"` is an alias, and no kind means Postgres.
pub(crate) fn is_postgres(source: &Value) -> bool {
    matches!(
        source.get("kind").and_then(Value::as_str),
        None | Some("postgres") | Some("pg")
    )
}

/// The metadata object of an export, and its resource_version if any. Its shape is
/// checked here, before any work: version 3 with a `sources` list of named objects;
/// in each Postgres source, a list of entries each naming its table once, whose
/// relationship lists are lists and configuration an object. Other sources are
/// kept as they are, unread.
pub fn parse_export(export: &Value) -> ApiResult<(Map<String, Value>, Option<i64>)> {
    let obj = export
        .as_object()
        .ok_or_else(|| bad("option \"merge_into\" must be a JSON object"))?;
    let (metadata, resource_version) = if let Some(inner) = obj.get("metadata") {
        let metadata = inner
            .as_object()
            .ok_or_else(|| bad("option \"merge_into\" has a \"metadata\" that is not an object"))?;
        let version = match obj.get("resource_version") {
            None => None,
            Some(v) => Some(v.as_i64().ok_or_else(|| {
                bad("option \"merge_into\" has a \"resource_version\" that is not a whole number")
            })?),
        };
        (metadata.clone(), version)
    } else {
        (obj.clone(), None)
    };
    match metadata.get("version") {
        Some(v) if v.as_i64() == Some(3) => {}
        Some(v) => {
            return Err(bad(&format!(
                "option \"merge_into\" is metadata version {v}; only version 3 (Hasura v2.0 and later) can be merged into"
            )))
        }
        None => {
            return Err(bad(
                "option \"merge_into\" is not exported Hasura metadata: it has no \"version\" 3 (nor a \"metadata\" object that has one)",
            ))
        }
    }
    let sources = match metadata.get("sources") {
        Some(Value::Array(list)) => list.as_slice(),
        Some(_) => {
            return Err(bad(
                "option \"merge_into\" has \"sources\" that is not a list",
            ))
        }
        None => {
            return Err(bad(
                "option \"merge_into\" is not exported Hasura metadata: it has no \"sources\"",
            ))
        }
    };
    for source in sources {
        if !source.get("name").is_some_and(Value::is_string) {
            return Err(bad(
                "a source of \"merge_into\" is not an object with a \"name\"",
            ));
        }
        if !is_postgres(source) {
            continue;
        }
        let name = &source["name"];
        let tables = match source.get("tables") {
            None => &[][..],
            Some(Value::Array(tables)) => tables.as_slice(),
            Some(_) => {
                return Err(bad(&format!(
                    "source {name} of \"merge_into\" has \"tables\" that is not a list"
                )))
            }
        };
        let mut seen = HashSet::new();
        for t in tables {
            let Some(key) = t.get("table").and_then(table_key) else {
                return Err(bad(&format!(
                    "a table entry of source {name} in \"merge_into\" has no \"table\" (an object with a \"name\", or a name): {}",
                    truncated(t)
                )));
            };
            if !seen.insert(key.clone()) {
                return Err(bad(&format!(
                    "source {name} of \"merge_into\" lists table {}.{} twice",
                    key.0, key.1
                )));
            }
            for list in RELATIONSHIP_KEYS {
                if t.get(list).is_some_and(|l| !l.is_array()) {
                    return Err(bad(&format!(
                        "table {}.{} of source {name} in \"merge_into\" has \"{list}\" that is not a list",
                        key.0, key.1
                    )));
                }
            }
            let config = t.get("configuration");
            let column_config = config.and_then(|c| c.get("column_config"));
            if config.is_some_and(|c| !c.is_object() && !c.is_null())
                || column_config.is_some_and(|c| !c.is_object() && !c.is_null())
            {
                return Err(bad(&format!(
                    "table {}.{} of source {name} in \"merge_into\" has a \"configuration\" or \"column_config\" that is not an object",
                    key.0, key.1
                )));
            }
        }
    }
    Ok((metadata, resource_version))
}

/// A Postgres table reference as (schema, name): `{"schema": …, "name": …}` (no
/// schema: `public`) or a bare name, as Hasura reads them.
pub(crate) fn table_key(table: &Value) -> Option<(String, String)> {
    match table {
        Value::String(name) => Some(("public".into(), name.clone())),
        Value::Object(o) => {
            let name = o.get("name")?.as_str()?;
            let schema = match o.get("schema") {
                None | Some(Value::Null) => "public",
                Some(s) => s.as_str()?,
            };
            Some((schema.into(), name.into()))
        }
        _ => None,
    }
}

/// A value for an error message, cut short.
fn truncated(v: &Value) -> String {
    let s = v.to_string();
    match s.char_indices().nth(80) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s,
    }
}

//! The Hasura metadata document (version 3), or the `replace_metadata` / `bulk` /
//! `bulk_keep_going` request that carries it, built from an [`Analysis`] as typed
//! structs that follow Hasura's own schema of its metadata (`metadata.openapi.json`),
//! merged into the project's export when `merge_into` is given ([`super::merge`],
//! [`super::incremental`]); or DDN's files ([`super::ddn`]).

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;
use serde_json::Value;

use super::export::parse_export;
use super::incremental::calls;
use super::merge::merge;
use super::names::table_custom_names;
use super::relationships::{column_field_names, Kind, Relationship};
use super::Analysis;
use crate::error::{ApiResult, Notice};
use crate::options::{Format, Options};

/// `export_metadata`'s bare document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Metadata {
    pub version: u32,
    pub sources: Vec<Source>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Source {
    pub name: String,
    pub kind: &'static str,
    pub configuration: SourceConfiguration,
    pub tables: Vec<TableEntry>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SourceConfiguration {
    pub connection_info: ConnectionInfo,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ConnectionInfo {
    pub database_url: FromEnv,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FromEnv {
    pub from_env: String,
}

/// `{"schema": …, "name": …}`
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct QualifiedTable {
    pub schema: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TableEntry {
    pub table: QualifiedTable,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub configuration: Option<TableConfiguration>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub object_relationships: Vec<RelationshipDef>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub array_relationships: Vec<RelationshipDef>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TableConfiguration {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom_name: Option<String>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub column_config: BTreeMap<String, ColumnConfig>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ColumnConfig {
    pub custom_name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RelationshipDef {
    pub name: String,
    pub comment: String,
    pub using: Using,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Using {
    pub manual_configuration: ManualConfiguration,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ManualConfiguration {
    pub remote_table: QualifiedTable,
    pub column_mapping: BTreeMap<String, String>,
    /// Object relationships only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub insertion_order: Option<&'static str>,
}

/// One call of a `bulk` request.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", content = "args", rename_all = "snake_case")]
pub enum BulkCall {
    PgTrackTable(TrackTable),
    PgCreateObjectRelationship(CreateRelationship),
    PgCreateArrayRelationship(CreateRelationship),
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TrackTable {
    pub source: String,
    pub table: QualifiedTable,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub configuration: Option<TableConfiguration>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CreateRelationship {
    pub source: String,
    pub table: QualifiedTable,
    #[serde(flatten)]
    pub relationship: RelationshipDef,
}

/// `{"type": "bulk", "args": [...]}`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BulkRequest {
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub args: Vec<BulkCall>,
}

/// `{"type": "replace_metadata", "version": 2, "args": {...}}`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReplaceMetadataRequest {
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub version: u32,
    pub args: ReplaceMetadataArgs,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReplaceMetadataArgs {
    pub allow_inconsistent_metadata: bool,
    pub allow_warnings: bool,
    pub metadata: Metadata,
}

fn qualified(a: &Analysis, i: usize) -> QualifiedTable {
    QualifiedTable {
        schema: a.tables[i].schema.clone(),
        name: a.tables[i].name.clone(),
    }
}

fn relationship(a: &Analysis, rel: &Relationship) -> RelationshipDef {
    let r = &a.refs[rel.reference];
    // the parent's side of a one-to-one: the remote row references this one
    let insertion_order =
        (rel.kind == Kind::Object).then_some(if rel.table == r.parent && r.one_to_one {
            "after_parent"
        } else {
            "before_parent"
        });
    RelationshipDef {
        name: rel.name.clone(),
        comment: format!(
            "pg_sequin_hasura: {} ({}; confidence {})",
            a.describe(r),
            r.rules.join(", "),
            r.confidence
        ),
        using: Using {
            manual_configuration: ManualConfiguration {
                remote_table: qualified(a, rel.remote_table),
                column_mapping: rel.mapping.iter().cloned().collect(),
                insertion_order,
            },
        },
    }
}

/// The relationships that go into the document: both ends tracked, no cast missing.
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

fn table_configuration(
    a: &Analysis,
    i: usize,
    custom: &Option<String>,
) -> Option<TableConfiguration> {
    let column_config: BTreeMap<String, ColumnConfig> = column_field_names(&a.tables[i])
        .into_iter()
        .filter(|(col, field)| col != field)
        .map(|(col, field)| (col, ColumnConfig { custom_name: field }))
        .collect();
    (custom.is_some() || !column_config.is_empty()).then(|| TableConfiguration {
        custom_name: custom.clone(),
        column_config,
    })
}

/// The bare metadata document: `{"version": 3, "sources": [...]}`.
pub fn metadata_document(a: &Analysis, opts: &Options) -> Metadata {
    let custom = table_custom_names(a);
    let mut by_table: BTreeMap<usize, Vec<&Relationship>> = BTreeMap::new();
    for r in emitted(a) {
        by_table.entry(r.table).or_default().push(r);
    }
    let tables = a
        .tracked
        .iter()
        .map(|&i| {
            let rels = by_table.get(&i).map(Vec::as_slice).unwrap_or(&[]);
            let of_kind = |kind: Kind| -> Vec<RelationshipDef> {
                rels.iter()
                    .filter(|r| r.kind == kind)
                    .map(|r| relationship(a, r))
                    .collect()
            };
            TableEntry {
                table: qualified(a, i),
                configuration: table_configuration(a, i, &custom[i]),
                object_relationships: of_kind(Kind::Object),
                array_relationships: of_kind(Kind::Array),
            }
        })
        .collect();
    Metadata {
        version: 3,
        sources: vec![Source {
            name: opts.source.clone(),
            kind: "postgres",
            configuration: SourceConfiguration {
                connection_info: ConnectionInfo {
                    database_url: FromEnv {
                        from_env: opts.database_url_env.clone(),
                    },
                },
            },
            tables,
        }],
    }
}

/// A `bulk` request: track every table, then create every relationship.
pub fn bulk_request(a: &Analysis, opts: &Options) -> BulkRequest {
    let custom = table_custom_names(a);
    let mut calls: Vec<BulkCall> = a
        .tracked
        .iter()
        .map(|&i| {
            BulkCall::PgTrackTable(TrackTable {
                source: opts.source.clone(),
                table: qualified(a, i),
                configuration: table_configuration(a, i, &custom[i]),
            })
        })
        .collect();
    for rel in emitted(a) {
        let create = CreateRelationship {
            source: opts.source.clone(),
            table: qualified(a, rel.table),
            relationship: relationship(a, rel),
        };
        calls.push(match rel.kind {
            Kind::Object => BulkCall::PgCreateObjectRelationship(create),
            Kind::Array => BulkCall::PgCreateArrayRelationship(create),
        });
    }
    BulkRequest {
        kind: "bulk",
        args: calls,
    }
}

/// What `sequin_hasura_metadata()` returns, and what to tell the caller about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Built {
    pub document: Value,
    pub notices: Vec<Notice>,
}

/// A project as Hasura exports it with one empty source: what the incremental
/// requests start from when no `merge_into` is given (the source is the database
/// Hasura already connects to).
fn empty_project(opts: &Options) -> Value {
    serde_json::json!({"version": 3, "sources": [{"name": opts.source, "tables": []}]})
}

/// The document in the requested format, as JSON, merged into `merge_into` when given.
pub fn build(a: &Analysis, opts: &Options) -> ApiResult<Built> {
    let ours = metadata_document(a, opts);
    // the schemas read: our earlier relationships between them are this run's to replace
    let scope: Vec<String> = a
        .tables
        .iter()
        .map(|t| t.schema.clone())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let merged = match &opts.merge_into {
        Some(export) => Some(merge(export, &json(&ours), &scope)?),
        None => None,
    };
    let mut notices = Vec::new();
    let document = match opts.format {
        Format::Metadata => match merged {
            Some(m) => m.metadata,
            None => json(&ours),
        },
        Format::ReplaceMetadata => {
            let (metadata, resource_version) = match merged {
                Some(m) => (m.metadata, m.resource_version),
                None => (json(&ours), None),
            };
            let mut request = json(&ReplaceMetadataRequest {
                kind: "replace_metadata",
                version: 2,
                args: ReplaceMetadataArgs {
                    allow_inconsistent_metadata: false,
                    allow_warnings: true,
                    metadata: ours.clone(),
                },
            });
            request["args"]["metadata"] = metadata;
            if let Some(v) = resource_version {
                // read at the top level: a project changed since its export is refused (409)
                request["resource_version"] = Value::from(v);
            }
            request
        }
        Format::Bulk if merged.is_none() && opts.track_tables_in_one_call.is_none() => {
            json(&bulk_request(a, opts))
        }
        Format::Bulk | Format::BulkKeepGoing => {
            let (before, after) = match (&opts.merge_into, merged) {
                (Some(export), Some(m)) => (parse_export(export)?.0.into(), m.metadata),
                _ => {
                    let empty = empty_project(opts);
                    let after = merge(&empty, &json(&ours), &scope)?.metadata;
                    (empty, after)
                }
            };
            let kind = if opts.format == Format::Bulk {
                "bulk"
            } else {
                "bulk_keep_going"
            };
            let one_call = opts
                .track_tables_in_one_call
                .unwrap_or(opts.format == Format::BulkKeepGoing);
            let mut request =
                serde_json::json!({"type": kind, "args": calls(&before, &after, one_call)});
            if let Some(v) = opts
                .merge_into
                .as_ref()
                .and_then(|e| parse_export(e).ok())
                .and_then(|(_, v)| v)
            {
                // a project changed since its export refuses the calls (409)
                request["resource_version"] = Value::from(v);
            }
            request
        }
        Format::Ddn => {
            let (files, said) = super::ddn::files(a, opts.ddn_subgraph.as_ref())?;
            notices.extend(said);
            json(&files)
        }
    };
    Ok(Built { document, notices })
}

/// Plain structs of strings, numbers and maps with string keys always serialise.
fn json<T: Serialize>(v: &T) -> Value {
    serde_json::to_value(v).expect("the document serialises")
}

#[cfg(test)]
mod tests {
    use super::super::names::{default_identifier, derived_names, is_graphql_name};
    use super::*;
    use crate::catalog::Table;
    use crate::testing::*;
    use serde_json::json;

    fn analyze(tables: Vec<Table>, primary: &str, min_confidence: f64, _: &()) -> Analysis {
        crate::testing::analyze(tables, primary, min_confidence)
    }

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
            associations_contact_deal("hubspot"),
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
        let a = analyze(hubspot(), "hubspot", 0.7, &());
        let doc = build(&a, &Options::default()).unwrap().document;
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
        let a = analyze(hubspot(), "hubspot", 0.7, &());
        let doc = build(&a, &Options::default()).unwrap().document;
        assert!(!rel_names(table(&doc, "company"), "array_relationships")
            .iter()
            .any(|n| n.contains("contact")));
        let mut tables = hubspot();
        let mut cast = col("_associatedcompanyid", "text");
        cast.generated = true;
        tables[0].columns.push(cast);
        let a = analyze(tables, "hubspot", 0.7, &());
        let doc = build(&a, &Options::default()).unwrap().document;
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
        let a = analyze(hubspot(), "hubspot", 0.7, &());
        let plain = build(&a, &Options::default()).unwrap().document;
        let replace = build(
            &a,
            &Options {
                format: Format::ReplaceMetadata,
                ..Options::default()
            },
        )
        .unwrap()
        .document;
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
        )
        .unwrap()
        .document;
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
        let a = analyze(tables, "hubspot", 0.7, &());
        let doc = build(&a, &Options::default()).unwrap().document;
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
            &analyze(hubspot(), "hubspot", 0.7, &()),
            &Options::default(),
        )
        .unwrap()
        .document;
        let b = build(&analyze(reversed, "hubspot", 0.7, &()), &Options::default())
            .unwrap()
            .document;
        assert_eq!(
            serde_json::to_string(&a).unwrap(),
            serde_json::to_string(&b).unwrap()
        );
    }

    #[test]
    fn pushing_into_a_project_sends_its_resource_version_and_nothing_twice() {
        let a = analyze(hubspot(), "hubspot", 0.7, &());
        let export = json!({"resource_version": 7, "metadata": {"version": 3, "sources": [
            {"name": "default", "kind": "postgres", "configuration": {"connection_info": {"database_url": "postgres://h"}},
             "tables": [{"table": {"schema": "hubspot", "name": "owner"},
                         "select_permissions": [{"role": "user", "permission": {"columns": ["id"], "filter": {}}}]}]}]}});
        let with = |format: Format, export: &Value| Options {
            format,
            merge_into: Some(export.clone()),
            ..Options::default()
        };
        let replace = build(&a, &with(Format::ReplaceMetadata, &export))
            .unwrap()
            .document;
        assert_eq!(replace["resource_version"], 7);
        let merged = build(&a, &with(Format::Metadata, &export))
            .unwrap()
            .document;
        assert_eq!(replace["args"]["metadata"], merged);
        let calls = build(&a, &with(Format::BulkKeepGoing, &export))
            .unwrap()
            .document;
        assert_eq!(calls["type"], "bulk_keep_going");
        let calls = calls["args"].as_array().unwrap().clone();
        // owner is tracked already: four tables to track, in one call
        assert_eq!(calls[0]["type"], "pg_track_tables");
        assert_eq!(calls[0]["args"]["tables"].as_array().unwrap().len(), 4);
        assert!(calls.iter().all(|c| c["type"] != "pg_drop_relationship"));
        // the project as it is after those calls (the merge) needs nothing more
        let after = json!({"resource_version": 8, "metadata": merged});
        let again = build(&a, &with(Format::BulkKeepGoing, &after))
            .unwrap()
            .document;
        assert_eq!(again["args"], json!([]));
        // without an export: from an empty source, everything
        let fresh = build(
            &a,
            &Options {
                format: Format::BulkKeepGoing,
                ..Options::default()
            },
        )
        .unwrap()
        .document;
        assert_eq!(
            fresh["args"][0]["args"]["tables"].as_array().unwrap().len(),
            5
        );
        assert!(fresh["args"]
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["type"] != "pg_add_source"));
    }
}

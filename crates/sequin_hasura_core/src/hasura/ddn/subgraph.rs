//! The user's own subgraph metadata, as far as naming our relationships needs it:
//! object types (their fields and how they map to columns), models (which
//! collection backs them, their aggregate expression), aggregate expressions,
//! and the relationships already there. Given as a JSON array of OpenDD
//! documents, or as `{"path.hml": "<hml text>", ...}`.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use super::yaml;
use crate::error::{ApiError, ApiResult, Code};

#[derive(Debug, Default)]
pub struct Subgraph {
    pub object_types: BTreeMap<String, ObjectTypeInfo>,
    pub models: Vec<ModelInfo>,
    /// (name, aggregated object type) of each object AggregateExpression.
    pub aggregates: Vec<(String, String)>,
    pub relationships: Vec<RelInfo>,
}

#[derive(Debug, Default)]
pub struct ObjectTypeInfo {
    pub fields: BTreeSet<String>,
    pub mappings: Vec<TypeMapping>,
    /// `globalIdFields` set: the type also gets an `id` field.
    pub global_id: bool,
}

#[derive(Debug)]
pub struct TypeMapping {
    pub connector: String,
    pub object_type: String,
    /// (field, column), as `fieldMapping` lists them.
    pub columns: Vec<(String, String)>,
}

#[derive(Debug)]
pub struct ModelInfo {
    pub name: String,
    pub object_type: String,
    pub connector: Option<String>,
    pub collection: Option<String>,
    pub aggregate: Option<String>,
    pub has_arguments: bool,
}

#[derive(Debug)]
pub struct RelInfo {
    pub name: String,
    pub source_type: String,
    pub target_model: Option<String>,
    /// (source field path, target field path), dotted; `None` when the mapping
    /// is not field to model field (arguments, values).
    pub mapping: Option<BTreeSet<(String, String)>>,
    pub aggregate_field: Option<String>,
}

const FORM_HINT: &str = "pass the subgraph as a JSON array of its OpenDD documents ([{\"kind\": \"Model\", \"version\": \"v1\", \"definition\": {...}}, ...]) or as an object of its .hml files ({\"app/metadata/Contact.hml\": \"<file text>\", ...})";

fn invalid(message: String) -> ApiError {
    ApiError::new(Code::InvalidParameter, message).hint(FORM_HINT)
}

/// Read the subgraph in either form.
pub fn read(v: &Value) -> ApiResult<Subgraph> {
    let mut sg = Subgraph::default();
    match v {
        Value::Array(docs) => {
            for (i, doc) in docs.iter().enumerate() {
                let origin = format!("subgraph document {}", i + 1);
                if !doc.is_object() {
                    return Err(invalid(format!(
                        "{origin} is not an OpenDD document (an object with kind, version and definition)"
                    )));
                }
                sg.add(doc, &origin)?;
            }
        }
        Value::Object(files) if files.values().all(Value::is_string) => {
            for (path, text) in files {
                let text = text.as_str().unwrap_or_default();
                let docs = yaml::parse_documents(text).map_err(|e| {
                    ApiError::new(
                        Code::InvalidParameter,
                        format!(
                            "subgraph file \"{path}\", document {}, line {}: {}",
                            e.document, e.line, e.message
                        ),
                    )
                    .hint("pg_sequin_hasura reads the YAML the DDN CLI writes (block mappings and sequences, plain and quoted scalars, block scalars, flow collections, comments); anchors, aliases, tags and complex keys are not supported: pass the documents as a JSON array instead (a YAML tool such as yq converts them)")
                })?;
                for (i, doc) in docs.iter().enumerate() {
                    let origin = format!("subgraph file \"{path}\", document {}", i + 1);
                    if !doc.is_object() {
                        return Err(invalid(format!(
                            "{origin} is not an OpenDD document (a mapping with kind, version and definition)"
                        )));
                    }
                    sg.add(doc, &origin)?;
                }
            }
        }
        Value::Object(o) if o.contains_key("kind") => {
            return Err(invalid(
                "the subgraph is one document: put it in an array".into(),
            ))
        }
        Value::Object(_) => {
            return Err(invalid(
                "the subgraph object's values must all be .hml file texts".into(),
            ))
        }
        _ => {
            return Err(invalid(
                "the subgraph must be a JSON array of documents or an object of .hml files".into(),
            ))
        }
    }
    Ok(sg)
}

fn at<'v>(v: &'v Value, path: &[&str]) -> Option<&'v Value> {
    path.iter()
        .try_fold(v, |v, k| v.get(k))
        .filter(|v| !v.is_null())
}

fn str_at<'v>(v: &'v Value, path: &[&str]) -> Option<&'v str> {
    at(v, path).and_then(Value::as_str)
}

/// A field path (`[{fieldName: a}, {fieldName: b}]`) as `a.b`.
fn field_path(v: Option<&Value>) -> Option<String> {
    let parts: Option<Vec<&str>> = v?
        .as_array()?
        .iter()
        .map(|p| p.get("fieldName").and_then(Value::as_str))
        .collect();
    let parts = parts?;
    (!parts.is_empty()).then(|| parts.join("."))
}

impl Subgraph {
    fn add(&mut self, doc: &Value, origin: &str) -> ApiResult<()> {
        let kind =
            str_at(doc, &["kind"]).ok_or_else(|| invalid(format!("{origin} has no \"kind\"")))?;
        let needs = |path: &[&str]| -> ApiResult<String> {
            str_at(doc, path).map(str::to_string).ok_or_else(|| {
                invalid(format!(
                    "{origin} ({kind}) has no string \"{}\"",
                    path.join(".")
                ))
            })
        };
        match kind {
            "ObjectType" => {
                let name = needs(&["definition", "name"])?;
                let fields = at(doc, &["definition", "fields"])
                    .and_then(Value::as_array)
                    .ok_or_else(|| {
                        invalid(format!(
                            "{origin} (ObjectType {name}) has no \"definition.fields\" list"
                        ))
                    })?
                    .iter()
                    .map(|f| {
                        str_at(f, &["name"]).map(str::to_string).ok_or_else(|| {
                            invalid(format!(
                                "{origin} (ObjectType {name}) has a field without a string name"
                            ))
                        })
                    })
                    .collect::<ApiResult<BTreeSet<String>>>()?;
                let mappings = at(doc, &["definition", "dataConnectorTypeMapping"])
                    .and_then(Value::as_array)
                    .map(|ms| {
                        ms.iter()
                            .filter_map(|m| {
                                let columns = at(m, &["fieldMapping"])
                                    .and_then(Value::as_object)
                                    .map(|fm| {
                                        fm.iter()
                                            .filter_map(|(field, v)| {
                                                str_at(v, &["column", "name"])
                                                    .map(|c| (field.clone(), c.to_string()))
                                            })
                                            .collect()
                                    })
                                    .unwrap_or_default();
                                Some(TypeMapping {
                                    connector: str_at(m, &["dataConnectorName"])?.to_string(),
                                    object_type: str_at(m, &["dataConnectorObjectType"])
                                        .unwrap_or_default()
                                        .to_string(),
                                    columns,
                                })
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                let global_id = at(doc, &["definition", "globalIdFields"])
                    .and_then(Value::as_array)
                    .is_some_and(|g| !g.is_empty());
                if self.object_types.contains_key(&name) {
                    return Err(invalid(format!(
                        "{origin}: ObjectType {name} is defined twice in the subgraph"
                    )));
                }
                self.object_types.insert(
                    name,
                    ObjectTypeInfo {
                        fields,
                        mappings,
                        global_id,
                    },
                );
            }
            "Model" => {
                let name = needs(&["definition", "name"])?;
                let object_type = needs(&["definition", "objectType"])?;
                self.models.push(ModelInfo {
                    name,
                    object_type,
                    connector: str_at(doc, &["definition", "source", "dataConnectorName"])
                        .map(str::to_string),
                    collection: str_at(doc, &["definition", "source", "collection"])
                        .map(str::to_string),
                    aggregate: str_at(doc, &["definition", "aggregateExpression"])
                        .map(str::to_string),
                    has_arguments: at(doc, &["definition", "arguments"])
                        .and_then(Value::as_array)
                        .is_some_and(|a| !a.is_empty()),
                });
            }
            "AggregateExpression" => {
                let name = needs(&["definition", "name"])?;
                if let Some(t) = str_at(doc, &["definition", "operand", "object", "aggregatedType"])
                {
                    self.aggregates.push((name, t.to_string()));
                }
            }
            "Relationship" => {
                let name = needs(&["definition", "name"])?;
                let source_type = str_at(doc, &["definition", "sourceType"])
                    .or_else(|| str_at(doc, &["definition", "source"]))
                    .map(str::to_string)
                    .ok_or_else(|| {
                        invalid(format!(
                            "{origin} (Relationship {name}) has no string \"definition.sourceType\""
                        ))
                    })?;
                let mapping = at(doc, &["definition", "mapping"])
                    .and_then(Value::as_array)
                    .and_then(|ms| {
                        ms.iter()
                            .map(|m| {
                                Some((
                                    field_path(at(m, &["source", "fieldPath"]))?,
                                    field_path(at(m, &["target", "modelField"]))?,
                                ))
                            })
                            .collect::<Option<BTreeSet<_>>>()
                    });
                self.relationships.push(RelInfo {
                    name,
                    source_type,
                    target_model: str_at(doc, &["definition", "target", "model", "name"])
                        .map(str::to_string),
                    mapping,
                    aggregate_field: str_at(doc, &["definition", "graphql", "aggregateFieldName"])
                        .map(str::to_string),
                });
            }
            _ => {}
        }
        Ok(())
    }

    /// The field of `type_name` that maps `column` through the mapping for
    /// `connector` (a field of the column's own name when the mapping does not
    /// list it): column → field.
    pub fn column_fields(
        &self,
        type_name: &str,
        connector: Option<&str>,
        collection: &str,
    ) -> BTreeMap<String, String> {
        let mut out = BTreeMap::new();
        let Some(t) = self.object_types.get(type_name) else {
            return out;
        };
        let mapping = t
            .mappings
            .iter()
            .filter(|m| connector.is_none_or(|c| m.connector == c))
            .min_by_key(|m| (m.object_type != collection, m.connector.clone()));
        let mut mapped: BTreeSet<&str> = BTreeSet::new();
        if let Some(m) = mapping {
            for (field, column) in &m.columns {
                if t.fields.contains(field) {
                    mapped.insert(field);
                    // several fields on one column: the first by name
                    out.entry(column.clone()).or_insert_with(|| field.clone());
                }
            }
        }
        for field in &t.fields {
            if !mapped.contains(field.as_str()) {
                out.entry(field.clone()).or_insert_with(|| field.clone());
            }
        }
        out
    }
}

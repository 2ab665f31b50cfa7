//! The rows of `sequin_hasura_suggest_relationships()`: every named relationship with
//! its confidence and evidence. `sequin_hasura_metadata()` builds its relationships
//! from exactly these.

use serde_json::{json, Value};

use super::Analysis;
use crate::infer::Reference;

/// One row of `sequin_hasura_suggest_relationships()`.
#[derive(Debug, Clone, PartialEq)]
pub struct SuggestionRow {
    pub from_schema: String,
    pub from_table: String,
    pub from_columns: Vec<String>,
    pub to_schema: String,
    pub to_table: String,
    pub to_columns: Vec<String>,
    pub kind: &'static str,
    pub name: String,
    pub confidence: f64,
    pub evidence: Value,
    pub cast: Option<String>,
    pub runner_up: Option<String>,
}

pub fn evidence(a: &Analysis, r: &Reference) -> Value {
    let t = &a.tables;
    let mut e = json!({
        "rules": r.rules,
        "column": format!("{}.{}", t[r.child].qualified(), r.child_column),
        "target": format!("{}.{}", t[r.parent].qualified(), r.parent_column),
        "confidence": r.confidence,
        "join_table": r.join_table,
    });
    if let Some(ru) = &r.runner_up {
        e["runner_up"] = json!({
            "target": format!("{}.{}", t[ru.table].qualified(), ru.column),
            "score": ru.score,
            "rule": ru.rule,
        });
    }
    if let Some(m) = &r.measured {
        e["rows"] = json!(m);
    }
    if r.polymorphic {
        e["polymorphic"] = json!(true);
    }
    if let Some(c) = &r.cast {
        e["cast"] = json!(c);
    }
    if let Some(c) = &r.join_column {
        e["cast_column"] = json!(c);
    }
    e
}

pub fn suggestion_rows(a: &Analysis) -> Vec<SuggestionRow> {
    let t = &a.tables;
    let mut rows: Vec<SuggestionRow> = a
        .rels
        .iter()
        .map(|rel| {
            let r = &a.refs[rel.reference];
            let (from, to) = (&t[rel.table], &t[rel.remote_table]);
            SuggestionRow {
                from_schema: from.schema.clone(),
                from_table: from.name.clone(),
                from_columns: rel.mapping.iter().map(|m| m.0.clone()).collect(),
                to_schema: to.schema.clone(),
                to_table: to.name.clone(),
                to_columns: rel.mapping.iter().map(|m| m.1.clone()).collect(),
                kind: rel.kind.as_str(),
                name: rel.name.clone(),
                confidence: r.confidence,
                evidence: evidence(a, r),
                cast: if r.join_column.is_some() {
                    None
                } else {
                    r.cast.clone()
                },
                runner_up: r
                    .runner_up
                    .as_ref()
                    .map(|ru| format!("{}.{}", t[ru.table].qualified(), ru.column)),
            }
        })
        .collect();
    rows.sort_by(|x, y| {
        (&x.from_schema, &x.from_table, x.kind, &x.name).cmp(&(
            &y.from_schema,
            &y.from_table,
            y.kind,
            &y.name,
        ))
    });
    rows
}

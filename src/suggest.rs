//! Suggestions: inferred references above the confidence threshold, named in both
//! directions. `sequin_hasura_suggest_relationships()` lists them and
//! `sequin_hasura_metadata()` builds its relationships from exactly these.

use serde_json::{json, Value};

use crate::evidence::Evidence;
use crate::infer::{entity_names, Reference};
use crate::model::{is_sequin_system_table, Table};
use crate::relationships::{column_field_names, join_column, name_relationships, Relationship};

pub struct Analysis {
    /// Every table and view read from the catalog, sorted by schema and name.
    pub tables: Vec<Table>,
    /// Indexes of the tables to track (all but Sequin's system tables).
    pub tracked: Vec<usize>,
    /// References at or above the threshold.
    pub refs: Vec<Reference>,
    /// Both directions of every reference, named.
    pub rels: Vec<Relationship>,
}

pub fn sort_tables(tables: &mut [Table]) {
    tables.sort_by(|a, b| (&a.schema, &a.name).cmp(&(&b.schema, &b.name)));
}

/// Can Hasura join this reference as it stands (no cast, or through a cast column)?
pub fn relatable(r: &Reference) -> bool {
    r.cast.is_none() || r.join_column.is_some()
}

/// Infer, keep what reaches `min_confidence`, and name it. Tests call this; the API
/// sorts and finds candidates itself, to sample rows in between, and calls
/// [`analyze_sorted`]. `evidence` refers to tables by their sorted index.
#[cfg(test)]
pub fn analyze(
    mut tables: Vec<Table>,
    primary_schema: &str,
    min_confidence: f64,
    evidence: &Evidence,
) -> Analysis {
    sort_tables(&mut tables);
    let candidates = crate::infer::column_candidates(&tables, primary_schema);
    analyze_sorted(tables, primary_schema, min_confidence, candidates, evidence)
}

/// [`analyze`] for tables already sorted, with their column candidates.
pub fn analyze_sorted(
    tables: Vec<Table>,
    primary_schema: &str,
    min_confidence: f64,
    candidates: Vec<crate::infer::ColumnCandidates>,
    evidence: &Evidence,
) -> Analysis {
    let tracked = (0..tables.len())
        .filter(|&i| !is_sequin_system_table(&tables[i].name))
        .collect();
    let refs: Vec<Reference> =
        crate::infer::infer_from(&tables, primary_schema, candidates, evidence)
            .into_iter()
            .filter(|r| r.confidence >= min_confidence)
            .collect();
    let taken = tables
        .iter()
        .map(|t| column_field_names(t).into_values().collect())
        .collect();
    let rels = name_relationships(&tables, &entity_names(&tables), &refs, taken);
    Analysis {
        tables,
        tracked,
        refs,
        rels,
    }
}

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

/// Human-readable summary of a reference, for relationship comments and notices.
pub fn describe(a: &Analysis, r: &Reference) -> String {
    let t = &a.tables;
    format!(
        "{}.{} -> {}.{}",
        t[r.child].qualified(),
        join_column(r),
        t[r.parent].qualified(),
        r.parent_column
    )
}

/// References left out of the metadata because their columns need a cast first.
pub fn needing_cast(a: &Analysis) -> Vec<&Reference> {
    a.refs.iter().filter(|r| !relatable(r)).collect()
}

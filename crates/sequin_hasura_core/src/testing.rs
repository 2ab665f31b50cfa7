//! Compact catalog builders for tests (this crate's unit tests, its property test,
//! and the extension's). Not part of the API.

use crate::catalog::{Column, RelKind, Table};

pub fn col(name: &str, ty: &str) -> Column {
    let is_array = ty.ends_with("[]");
    let base = ty.trim_end_matches("[]");
    let base_type = match base {
        "varchar" | "character varying" => "varchar",
        "integer" | "int4" => "int4",
        "bigint" | "int8" => "int8",
        "timestamp" => "timestamp",
        other => other,
    };
    Column {
        name: name.into(),
        base_type: if is_array {
            format!("_{base_type}")
        } else {
            base_type.into()
        },
        is_array,
        generated: false,
        selectable: true,
        marker: None,
    }
}

/// A Sequin-style table: `id text primary key` plus the given columns.
pub fn sequin_table(schema: &str, name: &str, cols: &[(&str, &str)]) -> Table {
    let mut columns = vec![col("id", "text")];
    columns.extend(cols.iter().map(|(n, t)| col(n, t)));
    columns.push(col("_sync_inserted_at", "timestamp"));
    columns.push(col("_sync_updated_at", "timestamp"));
    Table {
        schema: schema.into(),
        name: name.into(),
        kind: RelKind::Table,
        columns,
        primary_key: vec!["id".into()],
        unique_columns: vec!["id".into()],
        row_estimate: 0.0,
        pages: 0,
        marker: None,
        access: Default::default(),
    }
}

/// A table with no key: only the given columns.
pub fn keyless_table(schema: &str, name: &str, cols: &[(&str, &str)]) -> Table {
    Table {
        schema: schema.into(),
        name: name.into(),
        kind: RelKind::Table,
        columns: cols.iter().map(|(n, t)| col(n, t)).collect(),
        primary_key: vec![],
        unique_columns: vec![],
        row_estimate: 0.0,
        pages: 0,
        marker: None,
        access: Default::default(),
    }
}

/// A table keyed by `pk` (unique too when the key is one column) with only the given
/// columns.
pub fn keyed_table(schema: &str, name: &str, cols: &[(&str, &str)], pk: &[&str]) -> Table {
    let mut t = keyless_table(schema, name, cols);
    t.primary_key = pk.iter().map(|s| s.to_string()).collect();
    t.unique_columns = if pk.len() == 1 {
        vec![pk[0].to_string()]
    } else {
        vec![]
    };
    t
}

/// Where `table.column` was found to point, as `target_table.target_column`.
pub fn target_of(a: &crate::hasura::Analysis, table: &str, column: &str) -> Option<String> {
    a.refs
        .iter()
        .find(|r| a.tables[r.child].name == table && r.child_column == column)
        .map(|r| format!("{}.{}", a.tables[r.parent].name, r.parent_column))
}

/// Every reference found, one line each with its confidence, rules and row measure: the
/// message of a failed assertion.
pub fn describe_all(a: &crate::hasura::Analysis) -> String {
    a.refs
        .iter()
        .map(|r| {
            format!(
                "{} {:.3} {:?} {:?}",
                a.describe(r),
                r.confidence,
                r.rules,
                r.measured.as_ref().map(|m| (m.matched, m.tested, m.margin))
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Names-only analysis at `min_confidence`, as `sequin_hasura_metadata()` with
/// `row_evidence` off would give it.
pub fn analyze(
    mut tables: Vec<Table>,
    primary: &str,
    min_confidence: f64,
) -> crate::hasura::Analysis {
    crate::catalog::sort_tables(&mut tables);
    let opts = crate::options::Options {
        min_confidence,
        row_evidence: false,
        ..Default::default()
    };
    crate::pipeline::analyze(tables, primary, &opts, None, &mut NoDatabase)
        .expect("names-only analysis")
}

/// Stands in for the database where none is: every view holds the query its marker
/// describes.
pub struct NoDatabase;

impl crate::ddl::trust::DefinitionCheck for NoDatabase {
    fn same_definition(
        &mut self,
        _: &crate::ident::QualifiedName,
        _: &str,
    ) -> crate::error::ApiResult<bool> {
        Ok(true)
    }
}

/// HubSpot's `associations_contact_deal` join table, as Sequin lands it.
pub fn associations_contact_deal(schema: &str) -> Table {
    keyless_table(
        schema,
        "associations_contact_deal",
        &[
            ("contact_id", "text"),
            ("deal_id", "text"),
            ("labels", "text[]"),
        ],
    )
}

/// The marker of a cast view of `<schema>.contact.user_id` as int4.
pub fn contact_user_id_cast_view(schema: &str) -> crate::marker::Marker {
    crate::marker::Marker::CastView {
        base: crate::ident::QualifiedName::new(schema, "contact"),
        key: "id".into(),
        column: "user_id".into(),
        cast_column: "_user_id".into(),
        type_name: "int4".into(),
    }
}

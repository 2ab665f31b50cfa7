//! The one entry every SQL function goes through: catalog → (row evidence) →
//! inference → names, then the output each function asks for. The extension reads
//! the catalog and rows; everything between is here.

use crate::catalog::{is_sequin_system_table, Table};
use crate::ddl::plan::{self, ExistingLookup, Plan, Planned};
use crate::ddl::trust::{trust_markers, DefinitionCheck};
use crate::error::{ApiError, ApiResult, Code, Notice};
use crate::evidence::{self, Evidence, RowSource};
use crate::hasura::relationships::{column_field_names, name_relationships, Kind};
use crate::hasura::Analysis;
use crate::ident::QualifiedName;
use crate::infer::{self, EntityIndex};
use crate::options::Options;

/// Infer the references of `tables` (as [`crate::catalog::decode`] returns them:
/// sorted) that reach `opts.min_confidence`, and name both directions of each.
/// `primary` is the schema asked about; the others were included to relate to it.
/// Rows are read through `rows` when `opts.row_evidence` is on and a source is given;
/// marked views are checked against the database's own deparse through `definitions`.
pub fn analyze(
    mut tables: Vec<Table>,
    primary: &str,
    opts: &Options,
    rows: Option<&mut dyn RowSource>,
    definitions: &mut dyn DefinitionCheck,
) -> ApiResult<Analysis> {
    let mut notices = trust_markers(&mut tables, definitions)?;
    let index = EntityIndex::new(&tables, primary);
    let candidates = infer::column_candidates(&tables, &index);
    let evidence = match rows {
        Some(rows) if opts.row_evidence => {
            let requests = infer::sample_requests(&tables, &candidates);
            notices.extend(unread_notices(&tables, &requests));
            let gathered = evidence::gather(&tables, &requests, opts.sample_rows, rows)?;
            notices.extend(gathered.unread.iter().map(|u| skipped_notice(&tables, u)));
            gathered.evidence
        }
        _ => Evidence::new(),
    };
    let refs: Vec<_> = infer::infer(&tables, &index, candidates, &evidence)
        .into_iter()
        .filter(|r| r.confidence >= opts.min_confidence)
        .collect();
    let entities = index.entity;
    let tracked = (0..tables.len())
        .filter(|&i| !is_sequin_system_table(&tables[i].name))
        .collect();
    let taken = tables
        .iter()
        .map(|t| column_field_names(t).into_values().collect())
        .collect();
    let mut rels = name_relationships(&tables, &entities, &refs, taken);
    // a key that is not unique takes no object relationship: only its array one
    rels.retain(|rel| {
        let r = &refs[rel.reference];
        r.key_unique || !(rel.kind == Kind::Object && rel.table == r.child)
    });
    notices.extend(not_unique_notice(&tables, &refs));
    Ok(Analysis {
        tables,
        entities,
        tracked,
        refs,
        rels,
        notices,
    })
}

/// Said when references point at a column that is no key of its table (not the
/// primary key alone, no unique index of its own): each gets only the parent's array
/// relationship, never the child's object one (which would return an arbitrary row).
fn not_unique_notice(tables: &[Table], refs: &[infer::Reference]) -> Option<Notice> {
    let list: Vec<String> = refs
        .iter()
        .filter(|r| !r.key_unique)
        .map(|r| {
            format!(
                "{}.{} -> {}.{}",
                tables[r.child].qualified(),
                r.join_column(),
                tables[r.parent].qualified(),
                r.parent_column
            )
        })
        .collect();
    (!list.is_empty()).then(|| Notice {
        message: format!(
            "{} reference(s) point at a column that is not unique in its table, so they get no object relationship (only the array relationship back): {}",
            list.len(),
            list.join("; ")
        ),
        hint: Some(
            "an object relationship needs the primary key or a unique index on exactly the target column".into(),
        ),
    })
}

/// Said for each table with columns worth sampling that is not read because reading
/// it would run code from outside pg_catalog: it is judged by names alone.
fn unread_notices(tables: &[Table], requests: &[evidence::SampleRequest]) -> Vec<Notice> {
    let mut children: Vec<usize> = requests.iter().map(|r| r.child).collect();
    children.dedup();
    children
        .into_iter()
        .filter(|&c| !tables[c].access.safe_to_read)
        .map(|c| Notice {
            message: format!(
                "table {} is judged by names alone: reading its rows would run a function or operator from outside pg_catalog (an index expression or predicate, or a row security policy)",
                tables[c].qualified()
            ),
            hint: Some("its references are inferred from names; nothing of it was read".into()),
        })
        .collect()
}

/// Said for each table whose rows could not be read (dropped meanwhile, locked,
/// not populated…): the call went on, and judged it by names.
fn skipped_notice(tables: &[Table], u: &evidence::Unread) -> Notice {
    Notice {
        message: format!(
            "table {} is judged by names alone: its rows could not be read: {}",
            tables[u.table].qualified(),
            u.reason
        ),
        hint: Some(
            "its references are inferred from names; call again once it can be read for row evidence"
                .into(),
        ),
    }
}

/// Said when the schema asked about shows nothing to the caller.
pub fn empty_schema_notice(a: &Analysis, primary: &str) -> Option<Notice> {
    let seen = a.tracked.iter().any(|&i| a.tables[i].schema == primary);
    (!seen).then(|| Notice {
        message: format!("schema \"{primary}\" has no tables or views that you can see"),
        hint: Some(
            "the document tracks nothing from it; check the schema name and your privileges".into(),
        ),
    })
}

/// Said by `sequin_hasura_metadata()` when references were left out for their types.
pub fn needing_cast_notice(a: &Analysis) -> Option<Notice> {
    let skipped = a.needing_cast();
    if skipped.is_empty() {
        return None;
    }
    let list: Vec<String> = skipped
        .iter()
        .map(|r| {
            format!(
                "{} (cast to {})",
                a.describe(r),
                r.cast.as_deref().unwrap_or("?")
            )
        })
        .collect();
    Some(Notice {
        message: format!(
            "left out {} relationship(s) whose column types differ: {}",
            skipped.len(),
            list.join("; ")
        ),
        hint: Some("add a generated column \"_<column>\" that casts the column to the key's type; it is used when present".into()),
    })
}

/// Said when the event trigger flagged table changes not yet acknowledged.
pub fn flagged_notice(flagged: &[String]) -> Option<Notice> {
    if flagged.is_empty() {
        return None;
    }
    Some(Notice {
        message: format!(
            "{} table change(s) flagged since the last acknowledgement: {}{}",
            flagged.len(),
            flagged
                .iter()
                .take(10)
                .cloned()
                .collect::<Vec<_>>()
                .join(", "),
            if flagged.len() > 10 {
                format!(", and {} more", flagged.len() - 10)
            } else {
                String::new()
            }
        ),
        hint: Some("they are in this document; call sequin_hasura_ack() once Hasura has it".into()),
    })
}

/// Said while objects of ours wait to be re-created after a sync's DDL (their table
/// or column is gone): the document relates nothing through them meanwhile.
pub fn pending_notice(pending: &[String]) -> Option<Notice> {
    (!pending.is_empty()).then(|| Notice {
        message: format!(
            "{} object(s) of pg_sequin_hasura stepped out of the way of a sync's DDL and wait to be re-created: {}",
            pending.len(),
            pending.join(", ")
        ),
        hint: Some("they come back by themselves once what they stand on exists again; _sequin_hasura.pending lists them".into()),
    })
}

/// The index of `q` among `tables`, or 42P01.
pub fn find_table(tables: &[Table], q: &QualifiedName) -> ApiResult<usize> {
    crate::catalog::position(tables, q).ok_or_else(|| {
        ApiError::new(
            Code::UndefinedTable,
            format!(
                "relation \"{}\" does not exist or is not visible to you",
                q.display()
            ),
        )
    })
}

/// Refusal of a partition: generated columns and views belong on the partitioned
/// table, which its partitions follow.
pub fn partition_refused(partition: &QualifiedName, parent: &QualifiedName) -> ApiError {
    ApiError::new(
        Code::WrongObjectType,
        format!(
            "\"{}\" is a partition of \"{}\"",
            partition.display(),
            parent.display()
        ),
    )
    .hint(format!(
        "add the column (or view) to the partitioned table {}: its partitions get it too",
        parent.display()
    ))
}

/// `sequin_hasura_plan()`: the DDL that makes the analysed schema fully relatable.
pub fn plan(a: &Analysis, opts: &Options, existing: &dyn ExistingLookup) -> ApiResult<Plan> {
    plan::plan_schema(&a.tables, &a.entities, &a.refs, opts, existing)
}

/// `sequin_hasura_create_join_view()`: the join view of `join`, with the sides the
/// same analysis gives `plan` (so both choose the same).
pub fn join_view(
    a: &Analysis,
    join: &QualifiedName,
    view_name: Option<&str>,
    opts: &Options,
    existing: &dyn ExistingLookup,
) -> ApiResult<Planned> {
    let j = find_table(&a.tables, join)?;
    let schema = opts.schema.clone().unwrap_or_else(|| join.schema.clone());
    let request = plan::JoinViewRequest {
        view_schema: Some(&schema),
        view_name,
        columns: opts.columns.as_ref(),
    };
    plan::plan_join(&a.tables, &a.entities, j, &a.refs, &request, existing)
}

#[cfg(test)]
mod tests {
    use crate::hasura::relationships::Kind;
    use crate::testing::*;

    /// An object relationship returns one row only if its target column is a key: a
    /// history table's `id` (primary key `(id, updated_at)`) repeats, so a reference
    /// to it keeps its array relationship and gets no object one, and a notice says so.
    #[test]
    fn a_target_that_is_not_unique_gets_no_object_relationship() {
        let mut company = sequin_table("s", "company", &[("updated_at", "timestamp")]);
        company.primary_key = vec!["id".into(), "updated_at".into()];
        company.unique_columns = vec![];
        let tables = vec![
            company,
            sequin_table("s", "deal", &[("company_id", "text")]),
        ];
        let a = analyze(tables, "s", 0.7);
        assert_eq!(a.refs.len(), 1);
        assert!(!a.refs[0].key_unique);
        assert!(a.refs[0].rules.contains(&"key_not_unique".to_string()));
        let kinds: Vec<(String, Kind)> = a
            .rels
            .iter()
            .map(|r| (a.tables[r.table].name.clone(), r.kind))
            .collect();
        assert_eq!(kinds, vec![("company".to_string(), Kind::Array)]);
        assert!(a
            .notices
            .iter()
            .any(|n| n.message.contains("not unique") && n.message.contains("s.deal.company_id")));
    }
}

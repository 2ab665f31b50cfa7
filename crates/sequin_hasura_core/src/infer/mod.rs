//! Relationship inference over plain catalog structs: which column refers to which
//! table's key, how sure we are, and why. No Postgres here.
//!
//! Each candidate column yields a *stem* (`converted_account_id` → `converted_account`),
//! the stem is matched against every table's *entity key* (singular name, source
//! prefix removed) by a ladder of rules, each with a score. The best candidate wins;
//! an exact tie is never picked silently: it loses confidence and the runner-up is
//! reported.
//!
//! The stages, one file each: [`rules`] (scores and word lists), [`stem`] (column
//! name → stem), [`entity`] (what each table is called), [`candidates`] (the rule
//! ladder over spellings), [`word_rules`] (the rules that read what words mean: keys
//! named as the column, identifiers, versioned copies, phrase heads, people's roles),
//! [`by_name`] and [`by_rows`] (deciding), [`own_keys`] (a table's key that is
//! another's), [`join_tables`], and
//! [`our_objects`] (the relations of the views and cast columns we created).

use crate::catalog::{type_family, Table, TypeFamily};
use crate::evidence::{Evidence, SampleRequest};

mod by_name;
mod by_rows;
mod candidates;
mod entity;
mod fuller_copies;
mod join_column;
mod join_tables;
mod our_objects;
mod own_keys;
mod reference;
mod rules;
mod stem;
mod word_rules;

pub use candidates::{column_candidates, ColumnCandidates};
pub use entity::{association_pair, EntityIndex};
pub use reference::{Measured, Reference, RunnerUp};

/// What rows should be read for: each candidate column worth sampling, with the
/// targets its name points at.
pub fn sample_requests(tables: &[Table], candidates: &[ColumnCandidates]) -> Vec<SampleRequest> {
    candidates
        .iter()
        .filter(|cc| cc.worth_sampling() || values_may_say(tables, cc))
        .map(|cc| {
            let name_targets = cc.probe_targets(tables);
            SampleRequest {
                child: cc.child,
                column: cc.column.clone(),
                read_column: read_column(tables, cc, &name_targets),
                name_targets,
                kind_column: kind_column(&tables[cc.child], &cc.column),
            }
        })
        .collect()
}

/// A bare column no name points from may hold ids all the same (sync tools land
/// references under names that say nothing: `origin`, `source`, `target`): a text or
/// uuid column is read too, unless its name is an attribute of the row's own (`email`,
/// `website`). Its values speak only if they tell tables apart (see
/// [`crate::evidence::probe_by_values`]); numbers never do by a bare name.
fn values_may_say(tables: &[Table], cc: &ColumnCandidates) -> bool {
    let Some(col) = tables[cc.child].column(&cc.column) else {
        return false;
    };
    cc.cands.is_empty()
        && matches!(cc.suffix, stem::Suffix::Bare | stem::Suffix::BareTyped)
        && !col.is_array
        && matches!(
            type_family(&col.base_type),
            TypeFamily::String | TypeFamily::Uuid
        )
        && !entity::is_own_attribute(&crate::words::snake_words(&cc.column))
}

/// The text column beside `<x>_id` that names the kind of row each id is:
/// `<x>_type` or `<x>_kind` (`author_type`, Rails' `commentable_type`), `<x>type`
/// beside `<x>id`.
fn kind_column(table: &Table, column: &str) -> Option<String> {
    let lower = column.to_lowercase();
    let names: Vec<String> = if let Some(x) = lower.strip_suffix("_id").filter(|x| !x.is_empty()) {
        vec![format!("{x}_type"), format!("{x}_kind")]
    } else if let Some(x) = lower.strip_suffix("id").filter(|x| x.len() >= 2) {
        vec![format!("{x}type")]
    } else {
        vec![]
    };
    names.into_iter().find_map(|n| {
        let c = table.columns.iter().find(|c| c.name.to_lowercase() == n)?;
        (type_family(&c.base_type) == TypeFamily::String && !c.is_array).then(|| c.name.clone())
    })
}

/// The column to read for `cc`: the generated column that casts it to its best name
/// target's key type, when there is one (see [`our_objects::cast_column`]), else itself.
fn read_column(
    tables: &[Table],
    cc: &ColumnCandidates,
    name_targets: &[(usize, String)],
) -> String {
    let child = &tables[cc.child];
    name_targets
        .first()
        .and_then(|(t, key)| {
            let col = child.column(&cc.column)?;
            our_objects::cast_column(child, col, tables[*t].column(key))
        })
        .unwrap_or_else(|| cc.column.clone())
}

/// Every reference in `tables` (sorted), from the candidates [`column_candidates`]
/// found, using row evidence where a column has enough of it. `index` is the
/// tables' [`EntityIndex`].
pub fn infer(
    tables: &[Table],
    index: &EntityIndex,
    candidates: Vec<ColumnCandidates>,
    evidence: &Evidence,
) -> Vec<Reference> {
    let mut refs = Vec::new();
    let extensions = by_rows::extensions(evidence);
    for cc in candidates {
        // the kinds named beside the ids, when they name tables, say which (an own
        // key's first keys are evidence for [`own_keys`] alone: no sample of its column)
        let ev = evidence
            .get(&(cc.child, cc.column.clone()))
            .filter(|e| !e.own_key);
        if let Some(by_kind) = ev.and_then(|e| by_rows::by_kinds(tables, index, &cc, e)) {
            refs.extend(by_kind);
            continue;
        }
        // a few values say little, unless they carry an id prefix a table shares
        let rows = ev.filter(|e| {
            by_rows::enough_values(&cc, e)
                || e.matches
                    .iter()
                    .any(|m| m.prefix.is_some() && m.matched > 0)
        });
        match rows {
            Some(ev) => refs.extend(by_rows::decide_with_rows(
                tables,
                index,
                &cc,
                ev,
                &extensions,
            )),
            None => refs.extend(by_name::decide_by_name(tables, &cc).map(|r| match ev {
                Some(ev) => {
                    by_rows::unlike_its_key(&cc, by_rows::confirmed_by_few_values(r, ev), ev)
                }
                None => r,
            })),
        }
    }
    let extensions = own_keys::own_key_references(tables, index, evidence, &refs);
    refs.extend(extensions);
    let copies = fuller_copies::copy_references(tables, index, &refs);
    refs.extend(copies);
    join_tables::mark_join_tables(tables, index, &mut refs);
    let views = our_objects::view_references(tables, index, &refs);
    refs.extend(views);
    // (keys built once per reference: building them per comparison was a tenth of
    // the names-only run)
    refs.sort_by_cached_key(|r| {
        (
            tables[r.child].qualified(),
            r.child_column.clone(),
            tables[r.parent].qualified(),
        )
    });
    refs
}

#[cfg(test)]
mod tests;

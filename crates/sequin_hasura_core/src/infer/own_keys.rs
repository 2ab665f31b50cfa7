//! A table's own key that is another table's key: one table extends the other one to
//! one (Mailchimp's `reports.id` is the id of the campaign reported on, Klaviyo's
//! `global_exclusions.id` the id of the suppressed profile). No name says so; the
//! values do, when every one of the table's first keys lies in the other key, a clear
//! margin ahead of every other key (see [`crate::evidence::ColumnEvidence::own_key`]).

use super::by_rows::{self, Extensions};
use super::candidates::ColumnCandidates;
use super::entity::EntityIndex;
use super::reference::Reference;
use super::stem::Suffix;
use crate::catalog::Table;
use crate::evidence::{ColumnEvidence, Evidence};

/// The references the own keys' evidence shows, none where `refs` already relate the
/// two tables (either way), and for two tables whose keys hold each other's ids (one
/// id set twice), only from the smaller to the larger.
pub(super) fn own_key_references(
    tables: &[Table],
    index: &EntityIndex,
    evidence: &Evidence,
    refs: &[Reference],
) -> Vec<Reference> {
    let mut out: Vec<Reference> = Vec::new();
    let extensions = by_rows::extensions(evidence);
    for ((child, column), ev) in evidence.iter().filter(|(_, ev)| ev.own_key) {
        let Some(r) = decided(tables, index, *child, column, ev, &extensions) else {
            continue;
        };
        let related = refs.iter().any(|o| {
            (o.child, o.parent) == (r.child, r.parent) || (o.child, o.parent) == (r.parent, r.child)
        });
        if related
            || index.one_entity(r.child, r.parent)
            || !tables[r.parent].is_unique_key(&r.parent_column)
        {
            continue;
        }
        // the other way round too: the same ids twice, the larger table is the one extended
        let back = evidence
            .get(&(r.parent, r.parent_column.clone()))
            .filter(|e| e.own_key)
            .and_then(|e| decided(tables, index, r.parent, &r.parent_column, e, &extensions))
            .is_some_and(|b| b.parent == r.child);
        if back && !larger(&tables[r.parent], &tables[r.child]) {
            continue;
        }
        out.push(r);
    }
    out
}

/// What the values of `child`'s own key decide, by the rule for a column no name
/// points from: the one key that holds nearly all of them, by a margin; a table that
/// extends that key's table is no rival of it (an extension of an extension, HubSpot-
/// style `contact_scores` ⊂ `contact_profiles` ⊂ `contacts`, extends the outermost).
fn decided(
    tables: &[Table],
    index: &EntityIndex,
    child: usize,
    column: &str,
    ev: &ColumnEvidence,
    extensions: &Extensions,
) -> Option<Reference> {
    let cc = ColumnCandidates {
        child,
        column: column.to_string(),
        stem: index.entity[child].clone(),
        vendor: false,
        suffix: Suffix::Id,
        cands: vec![],
    };
    let mut r = by_rows::decide_with_rows(tables, index, &cc, ev, extensions)
        .into_iter()
        .find(|r| r.rules.iter().any(|x| x == "values_contained") && !r.polymorphic)?;
    r.role = index.entity[r.parent].clone();
    r.rules.push("own_key_contained".into());
    Some(r)
}

/// `a` has more rows than `b` (by the planner's estimate; an unknown estimate is
/// none), ties broken by name so that one of two twins is picked, always the same.
fn larger(a: &Table, b: &Table) -> bool {
    let rows = |t: &Table| t.row_estimate.max(0.0);
    match rows(a).total_cmp(&rows(b)) {
        std::cmp::Ordering::Equal => a.qualified() < b.qualified(),
        o => o.is_gt(),
    }
}

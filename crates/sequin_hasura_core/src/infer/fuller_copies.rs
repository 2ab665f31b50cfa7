//! A fuller copy of a table (Airbyte's Klaviyo `campaigns_detailed`, read from the same
//! endpoint as `campaigns` with more fields) shares its ids, so whatever refers to the
//! table refers to the copy too: `campaign_values_reports.campaign_id` is a campaign
//! of `campaigns` and of `campaigns_detailed`.

use super::entity::EntityIndex;
use super::reference::Reference;
use crate::catalog::{joinable, Table};

/// The references to fuller copies that `refs` imply: one per reference to a copied
/// table (not from the copy itself), unless the same column already refers to the copy.
pub(super) fn copy_references(
    tables: &[Table],
    index: &EntityIndex,
    refs: &[Reference],
) -> Vec<Reference> {
    let copies: Vec<&Reference> = refs
        .iter()
        .filter(|r| r.rules.iter().any(|x| x == "fuller_copy"))
        .collect();
    let mut out = Vec::new();
    for copy in copies {
        for r in refs.iter().filter(|r| {
            r.parent == copy.parent
                && r.parent_column == copy.parent_column
                && r.child != copy.child
                && !r.rules.iter().any(|x| x == "fuller_copy")
        }) {
            let already = refs.iter().chain(&out).any(|o: &Reference| {
                o.child == r.child && o.child_column == r.child_column && o.parent == copy.child
            });
            let (false, Some(from), Some(to)) = (
                already,
                tables[r.child].column(&r.child_column),
                tables[copy.child].column(&copy.child_column),
            ) else {
                continue;
            };
            let mut rules = r.rules.clone();
            rules.push("fuller_copy_target".into());
            out.push(Reference {
                parent: copy.child,
                parent_column: copy.child_column.clone(),
                // (named for the copy, as a reference to it by its own name would be)
                role: index.entity[copy.child].clone(),
                confidence: r.confidence.min(copy.confidence),
                rules,
                runner_up: None,
                cast: (!joinable(from, to)).then(|| to.base_type.clone()),
                join_column: None,
                measured: None,
                key_unique: tables[copy.child].is_unique_key(&copy.child_column),
                ..r.clone()
            });
        }
    }
    out
}

//! Deciding by names alone: the best candidate, its penalties, and the runner-up.

use super::candidates::ColumnCandidates;
use super::entity::Candidate;
use super::our_objects;
use super::reference::{round3, Reference, RunnerUp};
use super::rules::*;
use super::stem::Suffix;
use crate::catalog::Table;

/// A reference to `target` for `cc`, with the penalties every path shares.
pub(super) fn make_reference(
    tables: &[Table],
    cc: &ColumnCandidates,
    target: usize,
    score: f64,
    mut rules: Vec<String>,
    role: &str,
) -> Option<Reference> {
    let child = &tables[cc.child];
    let col = child.column(&cc.column)?;
    let (parent_column, cast) = cc.target_column(tables, target)?;
    let mut confidence = score;
    if cc.vendor {
        rules.insert(0, "vendor_prefix".into());
        confidence -= PENALTY_VENDOR_PREFIX;
    }
    match cc.suffix {
        Suffix::SalesforceCustom => rules.insert(0, "salesforce_custom_field".into()),
        Suffix::SquashedId => rules.insert(0, "id_suffix_without_underscore".into()),
        Suffix::Key => rules.insert(0, "key_suffix".into()),
        Suffix::Bare | Suffix::BareTyped => rules.insert(0, "no_id_suffix".into()),
        Suffix::Id => {}
    }
    let mut join_column = None;
    if cast.is_some() {
        rules.push("needs_cast".into());
        confidence -= PENALTY_CAST;
        join_column = our_objects::cast_column(child, col, tables[target].column(&parent_column));
        if join_column.is_some() {
            rules.push("cast_column".into());
        }
    }
    let key_unique = tables[target].is_unique_key(&parent_column);
    if !key_unique {
        rules.push("key_not_unique".into());
    }
    Some(Reference {
        child: cc.child,
        child_column: cc.column.clone(),
        parent: target,
        parent_column,
        role: role.to_string(),
        confidence: round3(confidence.clamp(0.0, 1.0)),
        rules,
        runner_up: None,
        cast,
        join_column,
        join_table: false,
        polymorphic: false,
        one_to_one: false,
        measured: None,
        key_unique,
    })
}

pub(super) fn runner_up_of(
    tables: &[Table],
    cc: &ColumnCandidates,
    c: &Candidate,
) -> Option<RunnerUp> {
    let (column, _) = cc.target_column(tables, c.table)?;
    Some(RunnerUp {
        table: c.table,
        column,
        score: round3(c.score),
        rule: c.rule.clone(),
    })
}

/// Names alone: the best candidate, unless there is none.
pub(super) fn decide_by_name(tables: &[Table], cc: &ColumnCandidates) -> Option<Reference> {
    let best = cc.cands.first()?;
    let mut r = make_reference(tables, cc, best.table, best.score, best.rules(), &best.role)?;
    if let Some(second) = cc
        .cands
        .get(1)
        .filter(|c| c.score >= best.score - RUNNER_UP_WINDOW)
    {
        r.runner_up = runner_up_of(tables, cc, second);
        if (second.score - best.score).abs() < 1e-9 {
            r.rules.push("tie".into());
            r.confidence = round3(r.confidence * TIE_FACTOR);
        }
    }
    Some(r)
}

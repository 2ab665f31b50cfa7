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
//! ladder), [`by_name`] and [`by_rows`] (deciding), [`join_tables`], and
//! [`our_objects`] (the relations of the views and cast columns we created).

use serde::Serialize;

use crate::catalog::Table;
use crate::evidence::{Evidence, SampleRequest, MIN_SAMPLE};

mod by_name;
mod by_rows;
mod candidates;
mod entity;
mod join_tables;
mod our_objects;
mod rules;
mod stem;

pub use candidates::{column_candidates, ColumnCandidates};
pub use entity::{association_pair, EntityIndex};

/// One inferred reference: `child.child_column` holds values of `parent.parent_column`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reference {
    pub child: usize,
    pub child_column: String,
    pub parent: usize,
    pub parent_column: String,
    /// What the reference means from the child's side, snake_case
    /// (`account`, `converted_account`, `owner`, `parent`).
    pub role: String,
    pub confidence: f64,
    /// The rules that fired, in the order they were applied.
    pub rules: Vec<String>,
    pub runner_up: Option<RunnerUp>,
    /// The type the child column must be cast to before it can be joined.
    pub cast: Option<String>,
    /// A generated cast column of the child that joins instead (`_user_id`).
    pub join_column: Option<String>,
    /// The child is a join table (many-to-many through it).
    pub join_table: bool,
    /// One of several targets of a polymorphic column (`who_id` → contact, lead).
    pub polymorphic: bool,
    /// One row of the child per row of the parent (a cast view over its base table):
    /// the parent's side is an object relationship too.
    pub one_to_one: bool,
    /// What the sampled rows showed, when they were sampled.
    pub measured: Option<Measured>,
}

/// Row evidence behind a reference.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Measured {
    /// Distinct non-null values sampled from the column.
    pub sampled: usize,
    /// Of those probed against the target key, how many were found.
    pub tested: usize,
    pub matched: usize,
    pub match_rate: f64,
    /// The id prefix the values share with the target's ids.
    pub id_prefix: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RunnerUp {
    pub table: usize,
    pub column: String,
    pub score: f64,
    pub rule: String,
}

impl Reference {
    /// Can Hasura join this reference as it stands (no cast, or through a cast column)?
    pub fn relatable(&self) -> bool {
        self.cast.is_none() || self.join_column.is_some()
    }

    /// The column that joins: the cast column when one exists.
    pub fn join_column(&self) -> &str {
        self.join_column.as_deref().unwrap_or(&self.child_column)
    }
}

/// What rows should be read for: each candidate column worth sampling, with the
/// targets its name points at.
pub fn sample_requests(tables: &[Table], candidates: &[ColumnCandidates]) -> Vec<SampleRequest> {
    candidates
        .iter()
        .filter(|cc| cc.worth_sampling())
        .map(|cc| SampleRequest {
            child: cc.child,
            column: cc.column.clone(),
            name_targets: cc.probe_targets(tables),
        })
        .collect()
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
    for cc in candidates {
        // a few values say little, unless they carry an id prefix a table shares
        let rows = evidence.get(&(cc.child, cc.column.clone())).filter(|e| {
            e.sampled >= MIN_SAMPLE
                || e.matches
                    .iter()
                    .any(|m| m.prefix.is_some() && m.matched > 0)
        });
        match rows {
            Some(ev) => refs.extend(by_rows::decide_with_rows(tables, index, &cc, ev)),
            None => refs.extend(by_name::decide_by_name(tables, &cc)),
        }
    }
    join_tables::mark_join_tables(tables, index, &mut refs);
    let views = our_objects::view_references(tables, index, &refs);
    refs.extend(views);
    refs.sort_by(|a, b| {
        (
            tables[a.child].qualified(),
            &a.child_column,
            tables[a.parent].qualified(),
        )
            .cmp(&(
                tables[b.child].qualified(),
                &b.child_column,
                tables[b.parent].qualified(),
            ))
    });
    refs
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

#[cfg(test)]
mod tests;

//! What inference returns: references, the rows behind them, and their runners-up.

use serde::Serialize;

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
    /// The parent column is a key: the primary key alone, or a column with a unique
    /// index of its own. When it is not (a history table's `id`, repeated across
    /// versions), the child's object relationship would return an arbitrary row: only
    /// the parent's array relationship is made (rule `key_not_unique`).
    pub key_unique: bool,
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
    /// When few were found: the share of the values that have the key's shape all
    /// the same (see `evidence::TargetMatch::shape_fit`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shape_fit: Option<f64>,
    /// For a key found by the values alone: how much more of them it holds than the
    /// runner-up key (see the reference's `runner_up`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub margin: Option<f64>,
    /// For numbers found by the values alone: the share of their neighbours the key
    /// holds too (see `evidence::TargetMatch::decoy_rate`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub decoy_match_rate: Option<f64>,
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

/// Confidences and rates are shown to three decimals.
pub(super) fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

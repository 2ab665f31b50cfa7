//! References → names → what Hasura reads: GraphQL names ([`names`]), both
//! directions of every reference, named ([`relationships`]), the rows of
//! `sequin_hasura_suggest_relationships()` ([`suggestions`]) and the metadata
//! document in its formats ([`document`]).
pub mod ddn;
pub mod document;
pub mod export;
pub mod incremental;
pub mod merge;
pub mod names;
pub mod relationships;
pub mod suggestions;

use crate::catalog::Table;
use crate::infer::Reference;
use relationships::Relationship;

/// What every output is built from: the tables read, which to track, the references
/// kept, and both directions of each, named.
pub struct Analysis {
    /// Every table and view read from the catalog, sorted by schema and name.
    pub tables: Vec<Table>,
    /// Each table's entity name (singular, source prefix removed).
    pub entities: Vec<String>,
    /// Indexes of the tables to track (all but Sequin's system tables).
    pub tracked: Vec<usize>,
    /// References at or above the threshold.
    pub refs: Vec<Reference>,
    /// Both directions of every reference, named.
    pub rels: Vec<Relationship>,
    /// What the caller should be told about the analysis (distrusted markers,
    /// tables not read).
    pub notices: Vec<crate::error::Notice>,
}

impl Analysis {
    /// References left out of the metadata because their columns need a cast first.
    pub fn needing_cast(&self) -> Vec<&Reference> {
        self.refs.iter().filter(|r| !r.relatable()).collect()
    }

    /// Human-readable summary of a reference, for relationship comments and notices.
    pub fn describe(&self, r: &Reference) -> String {
        let t = &self.tables;
        format!(
            "{}.{} -> {}.{}",
            t[r.child].qualified(),
            r.join_column(),
            t[r.parent].qualified(),
            r.parent_column
        )
    }
}

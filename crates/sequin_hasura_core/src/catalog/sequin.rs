//! Sequin's own names: the `_sync*` system tables and columns it adds.

/// Sequin's own bookkeeping tables, which are never tracked or related.
pub fn is_sequin_system_table(name: &str) -> bool {
    name.starts_with("_sync") || name == "_airtable_schema"
}

/// Sequin's per-row bookkeeping columns.
pub fn is_sequin_system_column(name: &str) -> bool {
    name.starts_with("_sync")
}

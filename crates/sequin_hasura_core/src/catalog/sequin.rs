//! Sequin's own names: the `_sync*` system tables and columns it adds.

/// Sequin's own bookkeeping tables, which are never tracked or related.
pub fn is_sequin_system_table(name: &str) -> bool {
    name.starts_with("_sync") || name == "_airtable_schema"
}

/// Sequin's per-row bookkeeping columns.
pub fn is_sequin_system_column(name: &str) -> bool {
    name.starts_with("_sync")
}

/// Bookkeeping columns other sync tools land beside the data (`_fivetran_id`, a hash
/// that keys a table with no key of its own; `_airbyte_raw_id`, `_sdc_batched_at`):
/// never a reference, and never what a reference points at, even as a table's key.
pub fn is_sync_tool_column(name: &str) -> bool {
    is_sequin_system_column(name)
        // (and the cursor some Airbyte connectors add: QuickBooks' `airbyte_cursor`)
        || ["_fivetran_", "_airbyte_", "airbyte_", "_sdc_", "_stitch_"]
            .iter()
            .any(|p| name.starts_with(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sync_tools_bookkeeping_columns_are_known_by_their_prefix() {
        for c in [
            "_fivetran_id",
            "_fivetran_synced",
            "_airbyte_raw_id",
            "_sdc_batched_at",
            "airbyte_cursor",
            "_sync_id",
        ] {
            assert!(is_sync_tool_column(c), "{c}");
        }
        for c in ["_id", "id", "fivetran_id", "_synced_by"] {
            assert_eq!(is_sync_tool_column(c), c.starts_with("_sync"), "{c}");
        }
    }
}

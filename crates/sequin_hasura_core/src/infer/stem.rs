//! Column name → stem: `converted_account_id` → `converted_account`, and the kind
//! of suffix it carried.

use super::rules::VENDOR_PREFIXES;
use crate::words::lexicon::WORDS_ENDING_IN_ID;

/// How a column name was turned into a stem.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Suffix {
    /// `account_id`
    Id,
    /// `referral_account__c`, `referral_account_c`
    SalesforceCustom,
    /// `accountid`, `associatedcompanyid`
    SquashedId,
    /// `account_key`, `accountkey`: Sage Intacct's `<entity>key` holds the entity's key
    /// (its `recordno`), as `<entity>_id` holds its `id`
    Key,
    /// `customer` (Airtable links, bare names)
    Bare,
    /// A bare name on a number or uuid column, in the singular (`reports_to smallint`):
    /// it cannot hold a name or a label.
    BareTyped,
}

/// Split a column name into its stem and the kind of suffix it carried.
pub(super) fn column_stem(name: &str) -> Option<(String, Suffix)> {
    let lower = crate::words::snake_words(name);
    let (stem, suffix) = if let Some(s) = lower.strip_suffix("_id") {
        (s.to_string(), Suffix::Id)
    } else if let Some(s) = lower
        .strip_suffix("__c")
        .or_else(|| lower.strip_suffix("_c"))
    {
        (
            s.trim_end_matches("_id").to_string(),
            Suffix::SalesforceCustom,
        )
    } else if lower.len() > 4
        && lower.ends_with("id")
        && !lower.ends_with("_id")
        && !WORDS_ENDING_IN_ID
            .iter()
            .any(|w| lower == *w || lower.ends_with(&format!("_{w}")))
    {
        (lower[..lower.len() - 2].to_string(), Suffix::SquashedId)
    } else if let Some(s) = lower
        .strip_suffix("_key")
        .or_else(|| lower.strip_suffix("key").filter(|s| s.len() >= 3))
    {
        (s.to_string(), Suffix::Key)
    } else {
        (lower.clone(), Suffix::Bare)
    };
    if stem.is_empty() || stem.starts_with('_') {
        return None;
    }
    Some((stem, suffix))
}

pub(super) fn strip_vendor_prefix(stem: &str) -> (String, bool) {
    for p in VENDOR_PREFIXES {
        if let Some(rest) = stem.strip_prefix(p) {
            if !rest.is_empty() {
                return (rest.to_string(), true);
            }
        }
    }
    (stem.to_string(), false)
}

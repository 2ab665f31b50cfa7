//! Column name → stem: `converted_account_id` → `converted_account`, and the kind
//! of suffix it carried.

use super::rules::VENDOR_PREFIXES;

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
    let lower = snake_words(name);
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
    } else if lower.len() > 4 && lower.ends_with("id") && !lower.ends_with("_id") {
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

/// A name in lower case, its camelCase words split as snake_case words are
/// (`createdById` → `created_by_id`, `ParentDealID` → `parent_deal_id`): sync tools
/// land an API's own field names. A name in one case is only lowered.
pub(super) fn snake_words(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mixed = chars.iter().any(|c| c.is_lowercase()) && chars.iter().any(|c| c.is_uppercase());
    if !mixed {
        return name.to_lowercase();
    }
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).map(|j| chars[j]);
        let next = chars.get(i + 1).copied();
        // a word starts at an upper case letter after a lower case one or a digit, or
        // at the last capital of a run before a lower case letter (`HTTPRequest`)
        let starts_word = c.is_uppercase()
            && prev.is_some_and(|p| {
                p.is_lowercase()
                    || p.is_ascii_digit()
                    || p.is_uppercase() && next.is_some_and(char::is_lowercase)
            });
        if starts_word && !out.ends_with('_') {
            out.push('_');
        }
        out.extend(c.to_lowercase());
    }
    out
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

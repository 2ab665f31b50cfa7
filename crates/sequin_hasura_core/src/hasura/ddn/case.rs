//! The DDN CLI's default `graphql` naming convention, as its generated metadata
//! shows it: types and models in PascalCase, fields and relationships in
//! camelCase, words split at `_` and other separators, at a lower→upper change
//! and before the last capital of an acronym (`NFCCards` → `NfcCards`), digits
//! kept with the word before them (`int4` → `Int4`, `Boolean_1` → `Boolean1`).

use crate::words::{plural, singular};

/// The words of an identifier, as written (case kept).
pub(crate) fn words(raw: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for chunk in raw.split(|c: char| !c.is_ascii_alphanumeric()) {
        let chars: Vec<char> = chunk.chars().collect();
        let mut word = String::new();
        for (i, &c) in chars.iter().enumerate() {
            if i > 0 && c.is_ascii_uppercase() {
                let prev = chars[i - 1];
                let next_lower = chars.get(i + 1).is_some_and(|n| n.is_ascii_lowercase());
                let boundary = prev.is_ascii_lowercase()
                    || prev.is_ascii_digit()
                    || (prev.is_ascii_uppercase() && next_lower);
                if boundary && !word.is_empty() {
                    out.push(std::mem::take(&mut word));
                }
            }
            word.push(c);
        }
        if !word.is_empty() {
            out.push(word);
        }
    }
    out
}

fn capitalised(word: &str) -> String {
    let lower = word.to_ascii_lowercase();
    let mut chars = lower.chars();
    match chars.next() {
        Some(first) => first.to_ascii_uppercase().to_string() + chars.as_str(),
        None => String::new(),
    }
}

/// A valid GraphQL name: a leading digit gets `_` in front, nothing at all is `_`.
fn valid(name: String) -> String {
    if name.is_empty() {
        "_".into()
    } else if name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("_{name}")
    } else {
        name
    }
}

fn join_pascal(words: &[String]) -> String {
    words.iter().map(|w| capitalised(w)).collect()
}

fn join_camel(words: &[String]) -> String {
    match words.split_first() {
        Some((first, rest)) => first.to_ascii_lowercase() + &join_pascal(rest),
        None => String::new(),
    }
}

/// `hubspot_contact` → `HubspotContact`.
pub fn pascal_case(raw: &str) -> String {
    valid(join_pascal(&words(raw)))
}

/// `company_id` → `companyId`, `_sync_inserted_at` → `syncInsertedAt`.
pub fn camel_case(raw: &str) -> String {
    valid(join_camel(&words(raw)))
}

/// Inflect the last word of a name with `f`, a trailing number left in place
/// (`Pricebook2` → `Pricebooks2`).
fn inflect_last(name: &str, f: fn(&str) -> String) -> String {
    let mut ws = words(name);
    if let Some(last) = ws.last_mut() {
        let lower = last.to_ascii_lowercase();
        let letters = lower.trim_end_matches(|c: char| c.is_ascii_digit());
        let digits = &lower[letters.len()..];
        if !letters.is_empty() && !letters.starts_with(|c: char| c.is_ascii_digit()) {
            *last = format!("{}{digits}", f(letters));
        }
    }
    valid(join_camel(&ws))
}

/// The object relationship's name for a target model: `HubspotCompanies` →
/// `hubspotCompany`, `Users` → `user`.
pub fn camel_singular(model: &str) -> String {
    inflect_last(model, singular)
}

/// The array relationship's name for a target model: `HubspotContact` →
/// `hubspotContacts`, `CartItems` → `cartItems`.
pub fn camel_plural(model: &str) -> String {
    inflect_last(model, plural)
}

/// The collection ndc-postgres names a table or view: `<schema>_<name>`, or the
/// bare name in its unqualified schemas (by default only `public`).
pub fn ndc_collection(schema: &str, name: &str) -> String {
    if schema == "public" {
        name.to_string()
    } else {
        format!("{schema}_{name}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_split_at_separators_case_changes_and_acronyms() {
        assert_eq!(words("hubspot_contact"), ["hubspot", "contact"]);
        assert_eq!(words("NFCCards"), ["NFC", "Cards"]);
        assert_eq!(words("companyId"), ["company", "Id"]);
        assert_eq!(words("EXAMPLE.POSTS"), ["EXAMPLE", "POSTS"]);
        assert_eq!(words("Int4AggExp"), ["Int4", "Agg", "Exp"]);
        assert_eq!(words("__x--y  z"), ["x", "y", "z"]);
        assert!(words("_").is_empty());
    }

    #[test]
    fn pascal_and_camel_case_follow_the_cli() {
        // table and collection names, as `ddn model add` shows them
        assert_eq!(pascal_case("hubspot_contact"), "HubspotContact");
        assert_eq!(pascal_case("cart_items"), "CartItems");
        assert_eq!(pascal_case("NFCCards"), "NfcCards");
        assert_eq!(pascal_case("main_default_users"), "MainDefaultUsers");
        assert_eq!(pascal_case("EXAMPLE_POSTS"), "ExamplePosts");
        assert_eq!(pascal_case("Boolean_1"), "Boolean1");
        assert_eq!(pascal_case("int4"), "Int4");
        assert_eq!(pascal_case("2nd table"), "_2ndTable");
        assert_eq!(pascal_case("???"), "_");
        // columns
        assert_eq!(camel_case("company_id"), "companyId");
        assert_eq!(camel_case("hubspot_owner_id"), "hubspotOwnerId");
        assert_eq!(camel_case("associatedcompanyid"), "associatedcompanyid");
        assert_eq!(camel_case("_sync_inserted_at"), "syncInsertedAt");
        assert_eq!(camel_case("street1"), "street1");
        assert_eq!(camel_case("ID"), "id");
        assert_eq!(camel_case("UserID"), "userId");
        assert_eq!(camel_case("line_2"), "line2");
    }

    #[test]
    fn relationship_names_inflect_the_last_word_of_the_model() {
        assert_eq!(camel_singular("HubspotCompany"), "hubspotCompany");
        assert_eq!(camel_singular("Users"), "user");
        assert_eq!(camel_singular("Categories"), "category");
        assert_eq!(camel_singular("NfcCards"), "nfcCard");
        assert_eq!(camel_plural("HubspotContact"), "hubspotContacts");
        assert_eq!(camel_plural("GetwayEntryLog"), "getwayEntryLogs");
        assert_eq!(camel_plural("CartItems"), "cartItems");
        assert_eq!(camel_plural("HubspotCompany"), "hubspotCompanies");
        assert_eq!(
            camel_plural("SalesforcePricebook2"),
            "salesforcePricebooks2"
        );
        assert_eq!(camel_plural("_2"), "_2");
    }

    #[test]
    fn collections_are_qualified_outside_public() {
        assert_eq!(ndc_collection("hubspot", "contact"), "hubspot_contact");
        assert_eq!(ndc_collection("public", "users"), "users");
    }
}

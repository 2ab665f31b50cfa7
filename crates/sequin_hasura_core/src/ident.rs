//! Names of relations and how SQL text spells them: every identifier quoted, every
//! literal safe whatever `standard_conforming_strings` is.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct QualifiedName {
    pub schema: String,
    pub name: String,
}

impl QualifiedName {
    pub fn new(schema: &str, name: &str) -> Self {
        QualifiedName {
            schema: schema.into(),
            name: name.into(),
        }
    }

    pub fn quoted(&self) -> String {
        format!("{}.{}", quote_ident(&self.schema), quote_ident(&self.name))
    }

    pub fn display(&self) -> String {
        format!("{}.{}", self.schema, self.name)
    }
}
/// `"name"`, with embedded quotes doubled: every identifier is quoted, always.
pub fn quote_ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// A string literal that reads the same whatever `standard_conforming_strings` is.
pub fn quote_literal(value: &str) -> String {
    let body = value.replace('\'', "''");
    if body.contains('\\') {
        format!("E'{}'", body.replace('\\', "\\\\"))
    } else {
        format!("'{body}'")
    }
}

/// Postgres keeps this many bytes of an identifier (NAMEDATALEN - 1) and silently
/// truncates a longer one.
pub const MAX_IDENTIFIER_BYTES: usize = 63;

/// Bytes of a shortened name kept before its hash: 63 less `_` and six hex digits.
const HEAD_BYTES: usize = MAX_IDENTIFIER_BYTES - 7;

/// FNV-1a (64 bits): the same value in every build, on every platform.
fn stable_hash(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The longest prefix of `s` of at most `max` bytes that ends on a character
/// boundary (as Postgres truncates a multibyte name).
pub fn truncate_bytes(s: &str, max: usize) -> &str {
    let mut end = s.len().min(max);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// The `n`-th name a default name `wanted` may take, every one at most 63 bytes:
/// `wanted` itself when it fits (n = 0); otherwise, and for every later `n`, a
/// readable head of it, `_`, and six hex digits of a hash of `wanted` (and of `n`),
/// so long names with the same head stay apart and a name taken by another object
/// has stable alternatives. The same `wanted` and `n` always give the same name.
pub fn fitted_name(wanted: &str, n: u32) -> String {
    if n == 0 && wanted.len() <= MAX_IDENTIFIER_BYTES {
        return wanted.to_string();
    }
    let hashed = if n == 0 {
        wanted.to_string()
    } else {
        format!("{wanted}\u{0}{n}")
    };
    let head = truncate_bytes(wanted, HEAD_BYTES);
    let trimmed = head.trim_end_matches('_');
    let head = if trimmed.is_empty() { head } else { trimmed };
    format!("{head}_{:06x}", stable_hash(&hashed) & 0x00ff_ffff)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fitted_names_are_short_stable_and_apart() {
        assert_eq!(fitted_name("_user_id", 0), "_user_id");
        let col = "last_modified_by_the_automated_enterprise_integration_flo_by_id";
        assert_eq!(col.len(), 63);
        let wanted = format!("_{col}");
        let a = fitted_name(&wanted, 0);
        assert_eq!(a.len(), 63, "{a}");
        assert!(a.starts_with("_last_modified_by_the_automated_enterprise_integration_"));
        assert_eq!(a, fitted_name(&wanted, 0), "stable");
        // the same head, another full name: another hash
        let b = fitted_name(&format!("_{}", col.replace("flo_by", "flx_by")), 0);
        assert_eq!(&a[..56], &b[..56]);
        assert_ne!(a, b);
        // alternatives of a short name taken by another object
        let alt: Vec<String> = (1..4).map(|n| fitted_name("_user_id", n)).collect();
        assert!(alt
            .iter()
            .all(|s| s.starts_with("_user_id_") && s.len() == 15));
        assert_ne!(alt[0], alt[1]);
        // a trailing underscore is not doubled; a name of underscores keeps one
        assert!(!fitted_name(&format!("{}_{}", "a".repeat(55), "b".repeat(20)), 0).contains("__"));
        assert!(fitted_name(&"_".repeat(70), 0).len() <= 63);
    }

    #[test]
    fn multibyte_names_are_cut_on_a_character_boundary() {
        let wanted = format!("_{}", "é".repeat(40)); // 81 bytes
        let name = fitted_name(&wanted, 0);
        assert!(name.len() <= MAX_IDENTIFIER_BYTES, "{}", name.len());
        assert!(name.starts_with(&format!("_{}", "é".repeat(27))), "{name}");
        assert_eq!(truncate_bytes("aé", 2), "a");
        assert_eq!(truncate_bytes("日本語", 7), "日本");
        assert_eq!(truncate_bytes("abc", 63), "abc");
    }
}

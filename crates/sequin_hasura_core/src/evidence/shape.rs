//! The shape of ids: what characters a key's values are made of, how long they are,
//! the range a numeric key spans, and the prefix its values share. A column's values
//! can be a key's only if they have its shape, so shapes say which keys are worth
//! probing for a column whose name says nothing, and whether values that a key does
//! not hold look like its ids all the same (rows the sync has not brought yet) or
//! like something else.

/// The characters an id is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum CharClass {
    /// `12345`, `-7`
    Digits,
    /// `6a1f6d3c-0000-4000-8000-000000000001`
    Uuid,
    /// `5f7295ca37f0d717d37dfddb`: hexadecimal digits with a letter, at least 8
    Hex,
    /// `001000000000000001`, `cus_NffrFeUfNV2Hib`, `rec123`: letters, digits, `_`, `-`
    Token,
    /// anything else (spaces, punctuation): a name or a text, no id
    Text,
}

pub fn char_class(v: &str) -> CharClass {
    let b = v.as_bytes();
    if !b.is_empty()
        && b.iter()
            .enumerate()
            .all(|(i, c)| c.is_ascii_digit() || (i == 0 && *c == b'-' && b.len() > 1))
    {
        return CharClass::Digits;
    }
    if b.len() == 36
        && b.iter().enumerate().all(|(i, c)| {
            if [8, 13, 18, 23].contains(&i) {
                *c == b'-'
            } else {
                c.is_ascii_hexdigit()
            }
        })
    {
        return CharClass::Uuid;
    }
    if b.len() >= 8 && b.iter().all(u8::is_ascii_hexdigit) {
        return CharClass::Hex;
    }
    if !b.is_empty()
        && b.iter()
            .all(|c| c.is_ascii_alphanumeric() || *c == b'_' || *c == b'-')
    {
        return CharClass::Token;
    }
    CharClass::Text
}

/// What a key's values look like, learnt from a few of them (and, for a number, the
/// key's least and greatest value).
#[derive(Debug, Clone, PartialEq)]
pub struct KeyShape {
    pub class: CharClass,
    pub min_len: usize,
    pub max_len: usize,
    /// The prefix every value seen shares (`cus_`, `001000000000`), maybe empty.
    pub prefix: String,
    /// The numeric range of the key, when it is a number (or holds only digits).
    pub range: Option<(f64, f64)>,
    /// How many values it was learnt from.
    pub seen: usize,
}

fn common_prefix<'a>(a: &'a str, b: &str) -> &'a str {
    let n = a
        .char_indices()
        .zip(b.chars())
        .find(|((_, x), y)| x != y)
        .map_or(a.len().min(b.len()), |((i, _), _)| i);
    &a[..n.min(a.len())]
}

/// The shape of one class of values, if they all have that class.
fn shape_of(values: &[&str], class: CharClass) -> Option<KeyShape> {
    let first = values.first()?;
    let mut prefix: &str = first;
    let (mut min_len, mut max_len) = (usize::MAX, 0);
    let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
    for v in values {
        prefix = common_prefix(prefix, v);
        min_len = min_len.min(v.len());
        max_len = max_len.max(v.len());
        if class == CharClass::Digits {
            if let Ok(x) = v.parse::<f64>() {
                lo = lo.min(x);
                hi = hi.max(x);
            }
        }
    }
    Some(KeyShape {
        class,
        min_len,
        max_len,
        prefix: prefix.to_string(),
        range: (class == CharClass::Digits && lo <= hi).then_some((lo, hi)),
        seen: values.len(),
    })
}

impl KeyShape {
    /// The shape of a key from a few of its values and, for a numeric key, its least
    /// and greatest (`bounds`); `None` when the values have no one shape (names,
    /// mixed ids) or there are none.
    pub fn of_key(values: &[String], bounds: Option<(f64, f64)>) -> Option<KeyShape> {
        let vs: Vec<&str> = values.iter().map(String::as_str).collect();
        let class = char_class(vs.first()?);
        // hexadecimal ids that happen to be all digits are still hexadecimal
        let class = if vs.iter().any(|v| char_class(v) == CharClass::Hex) {
            CharClass::Hex
        } else {
            class
        };
        let fits_class = |v: &&str| {
            let c = char_class(v);
            c == class || (class == CharClass::Hex && c == CharClass::Digits && v.len() >= 8)
        };
        if class == CharClass::Text || !vs.iter().all(fits_class) {
            return None;
        }
        let mut shape = shape_of(&vs, class)?;
        if let (Some((lo, hi)), Some((a, b))) = (shape.range, bounds) {
            shape.range = Some((lo.min(a), hi.max(b)));
        } else if bounds.is_some() && class == CharClass::Digits {
            shape.range = bounds;
        }
        Some(shape)
    }

    /// The same shape with no numeric range: what a few keys say of a number, whose
    /// range they do not show.
    pub fn without_range(mut self) -> KeyShape {
        self.range = None;
        self
    }

    /// Could `v` be one of this key's values, by its shape alone? Same characters, a
    /// length close to the key's (a few more digits as a key grows), inside a
    /// numeric key's range, and with the prefix every value of the key carries when
    /// that prefix names a type (`cus_`, a 3-character Salesforce key prefix).
    pub fn admits(&self, v: &str) -> bool {
        let c = char_class(v);
        let class_ok = c == self.class
            || (self.class == CharClass::Hex && c == CharClass::Digits && v.len() >= 8);
        if !class_ok || self.class == CharClass::Text {
            return false;
        }
        let len_ok = match self.class {
            CharClass::Digits => v.len() <= self.max_len + 2,
            CharClass::Uuid => true,
            _ => v.len() + 2 >= self.min_len && v.len() <= self.max_len + 2,
        };
        let range_ok = match (self.class, self.range) {
            (CharClass::Digits, Some((lo, hi))) => {
                v.parse::<f64>().is_ok_and(|x| x >= lo && x <= hi)
            }
            _ => true,
        };
        let prefix_ok = match self.typed_prefix() {
            Some(p) => v.starts_with(p),
            None => true,
        };
        len_ok && range_ok && prefix_ok
    }

    /// The prefix that names the key's type, when its values carry one: a Stripe-style
    /// `cus_` or a Salesforce 3-character key prefix. Other shared prefixes only say
    /// how close ids are ([`KeyShape::affinity`]).
    fn typed_prefix(&self) -> Option<&str> {
        if self.seen < 2 {
            return None;
        }
        if let Some(i) = self.prefix.find('_') {
            return (i >= 2).then(|| &self.prefix[..=i]);
        }
        (self.class == CharClass::Token
            && self.prefix.len() >= 3
            && (self.min_len == 15 || self.min_len == 18))
            .then(|| &self.prefix[..3])
    }

    /// The share of `values` this key's shape admits (0 for none).
    pub fn fit(&self, values: &[String]) -> f64 {
        if values.is_empty() {
            return 0.0;
        }
        values.iter().filter(|v| self.admits(v)).count() as f64 / values.len() as f64
    }

    /// How close `values` are to this key's values beyond their shape: the length of
    /// the prefix their common prefix shares with the key's. Ranks keys that all admit
    /// them, best first.
    pub fn affinity(&self, values: &[String]) -> usize {
        let Some(first) = values.first() else {
            return 0;
        };
        let mut p: &str = first;
        for v in values {
            p = common_prefix(p, v);
        }
        common_prefix(p, &self.prefix).len()
    }
}

/// Values that can tell one table from another by membership alone: ids unlikely to
/// be found in an unrelated key by chance. Hexadecimal, uuid and token ids of 8
/// characters or more qualify; numbers do not (many tables count from 1, or from
/// 10000), nor short codes.
pub fn distinctive(values: &[String]) -> bool {
    // random tokens mix letters and digits; a word (`cancelled`) or a date
    // (`2024-01-28`) does not, so at least half of the tokens must
    let mixed = |v: &&&String| {
        v.bytes().any(|b| b.is_ascii_digit()) && v.bytes().any(|b| b.is_ascii_alphabetic())
    };
    let tokens: Vec<&String> = values
        .iter()
        .filter(|v| char_class(v) == CharClass::Token)
        .collect();
    // (hexadecimal ids that happen to be all digits are still hexadecimal, as in
    // [`KeyShape::of_key`]: one in a hundred of Mailchimp's 10-character ids)
    let hex = values.iter().any(|v| char_class(v) == CharClass::Hex);
    !values.is_empty()
        && values.iter().all(|v| {
            let class = match char_class(v) {
                CharClass::Digits if hex => CharClass::Hex,
                c => c,
            };
            matches!(class, CharClass::Uuid | CharClass::Hex | CharClass::Token) && v.len() >= 8
        })
        && 2 * tokens.iter().filter(mixed).count() >= tokens.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn classes_of_ids_and_texts() {
        assert_eq!(char_class("12345"), CharClass::Digits);
        assert_eq!(char_class("-7"), CharClass::Digits);
        assert_eq!(char_class("5f7295ca37f0d717d37dfddb"), CharClass::Hex);
        assert_eq!(
            char_class("6a1f6d3c-0000-4000-8000-000000000001"),
            CharClass::Uuid
        );
        assert_eq!(char_class("cus_NffrFeUfNV2Hib"), CharClass::Token);
        assert_eq!(char_class("Acme Corp"), CharClass::Text);
        assert_eq!(char_class(""), CharClass::Text);
    }

    #[test]
    fn a_key_shape_admits_values_of_its_shape_only() {
        let hex = KeyShape::of_key(
            &s(&["5f7295ca37f0d717d37dfddb", "5edd3c19193dde2c276c8b33"]),
            None,
        )
        .unwrap();
        assert!(hex.admits("5ef8d296b5da8221603509f4"));
        assert!(!hex.admits("4077639"));
        assert!(!hex.admits("Acme Corp"));
        let ints = KeyShape::of_key(&s(&["1", "2", "17"]), Some((1.0, 200.0))).unwrap();
        assert!(ints.admits("150"));
        assert!(!ints.admits("4077639"), "outside the key's range");
        let stripe =
            KeyShape::of_key(&s(&["cus_NffrFeUfNV2Hib", "cus_Ab12Cd34Ef56Gh"]), None).unwrap();
        assert!(stripe.admits("cus_Zz99Yy88Xx77Ww"));
        assert!(!stripe.admits("ch_3MmlLrLkdIwHu7ix0snN0B15"));
        // names are no key shape
        assert!(KeyShape::of_key(&s(&["Acme Corp", "Globex"]), None).is_none());
        assert!(KeyShape::of_key(&s(&["12", "abc12345"]), None).is_none());
    }

    #[test]
    fn affinity_ranks_keys_whose_ids_share_a_longer_prefix() {
        let t7 = KeyShape::of_key(&s(&["x00007000000000001", "x00007000000000002"]), None).unwrap();
        let t8 = KeyShape::of_key(&s(&["x00008000000000001", "x00008000000000002"]), None).unwrap();
        let values = s(&["x00007000000000150", "x00007000000000151"]);
        assert!(t7.affinity(&values) > t8.affinity(&values));
        assert!(distinctive(&values));
        assert!(!distinctive(&s(&["10001", "10002"])));
    }

    /// Random ids mix letters and digits; words and dates are no ids that tell tables
    /// apart, however long (`cancelled`, `2024-01-28`), though an id may lack a digit
    /// now and then (`cus_NffrFeUfNVxHib`).
    #[test]
    fn words_and_dates_are_not_distinctive_ids() {
        assert!(!distinctive(&s(&["cancelled", "completed"])));
        assert!(!distinctive(&s(&["2024-01-28", "2024-02-01"])));
        assert!(!distinctive(&s(&[
            "SUPERVISORY_Facilities_Group",
            "SUPERVISORY_Call_Center"
        ])));
        assert!(distinctive(&s(&[
            "cus_NffrFeUfNVxHib",
            "cus_Ab12Cd34Ef56Gh"
        ])));
        assert!(distinctive(&s(&["6a1f6d3c-0000-4000-8000-000000000001"])));
        assert!(distinctive(&s(&["5f7295ca37f0d717d37dfddb", "abcdefab"])));
    }

    /// A hexadecimal id may be all digits by chance; among hexadecimal ids it is one
    /// of them, alone it is a number.
    #[test]
    fn all_digit_hex_ids_among_hex_ids_are_distinctive() {
        assert!(distinctive(&s(&["42694e9e57", "7d5e1b0c44", "4802236871"])));
        assert!(!distinctive(&s(&["4802236871", "4802236872"])));
        // (short all-digit values are counters, whatever surrounds them)
        assert!(!distinctive(&s(&["42694e9e57", "1234"])));
    }
}

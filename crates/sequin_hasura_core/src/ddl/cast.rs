//! Safe cast expressions: plain, immutable SQL (no call to an extension function, so
//! the column keeps working after `DROP EXTENSION`) that turns a value which does not
//! convert into NULL instead of an error, so a sync's INSERT never fails on it.
//!
//! How the guard and the cast agree by construction, whatever the value:
//! - text is first trimmed of exactly the ASCII white space (` \t\n\r\f\v`), under the
//!   "C" collation, and the cast then reads the trimmed text, so no input function ever
//!   sees a space it might not accept (Unicode spaces stay, and fail the pattern);
//! - patterns spell every character they accept (`[0123456789]`, never `\s`, `\d` or a
//!   range), have no backslash at all, and bound every length, so the value they let
//!   through is one the input function takes without overflow;
//! - numbers are range-checked exactly (numeric or float8 comparisons against typed
//!   constants), and a fractional float or numeric never becomes an integer key;
//! - dates are built from their parts with `make_date`/`make_timestamp` after checking
//!   each part, so DateStyle never matters;
//! - every operator is `OPERATOR(pg_catalog.…)`, every function, type and collation
//!   `pg_catalog.`-qualified, every literal typed: the expression binds only built-ins,
//!   whatever the `search_path` or `standard_conforming_strings` of the session that
//!   creates it (or pastes the plan), and reads the same in every session that writes.

use crate::catalog::{type_family, TypeFamily};
use crate::error::{ApiError, ApiResult, Code};
use crate::ident::quote_literal;

/// The target types we can cast to safely, as built-in `typname`s.
pub const SUPPORTED_TARGETS: &[&str] = &[
    "int2",
    "int4",
    "int8",
    "numeric",
    "uuid",
    "text",
    "varchar",
    "bool",
    "date",
    "timestamp",
];

const DIGIT: &str = "[0123456789]";
const HEX: &str = "[0123456789abcdefABCDEF]";
/// ASCII white space, as an escape-string literal (E'' reads the same whatever
/// `standard_conforming_strings` is).
const ASCII_SPACE: &str = r"E' \t\n\r\f\x0B'";

/// Integer bounds by type, for a range check before the cast.
fn int_bounds(target: &str) -> Option<(&'static str, &'static str)> {
    match target {
        "int2" => Some(("-32768", "32767")),
        "int4" => Some(("-2147483648", "2147483647")),
        "int8" => Some(("-9223372036854775808", "9223372036854775807")),
        _ => None,
    }
}

/// `a OPERATOR(pg_catalog.op) b`
fn op(a: &str, operator: &str, b: &str) -> String {
    format!("{a} OPERATOR(pg_catalog.{operator}) {b}")
}

/// A constant of a built-in type.
fn typed(value: &str, ty: &str) -> String {
    format!("{}::pg_catalog.{ty}", quote_literal(value))
}

/// `v ~ '^pattern$'`; the pattern must hold no backslash.
fn matches(v: &str, pattern: &str) -> String {
    debug_assert!(!pattern.contains('\\'), "patterns hold no backslash");
    op(v, "~", &quote_literal(&format!("^{pattern}$")))
}

fn all(conditions: &[String]) -> String {
    conditions.join(" AND ")
}

/// `CASE WHEN <cond> THEN <value> END`: CASE is the one construct whose THEN is
/// evaluated only when its WHEN holds, so the cast never sees a bad value.
fn guarded(cond: &str, value: &str) -> String {
    format!("CASE WHEN {cond} THEN {value} END")
}

/// The column as text, collated "C" and trimmed of ASCII white space only.
fn trimmed(quoted: &str) -> String {
    format!("pg_catalog.btrim(({quoted})::pg_catalog.text COLLATE pg_catalog.\"C\", {ASCII_SPACE})")
}

/// `lo <= n <= hi`, compared exactly as `ty`.
fn in_range(n: &str, lo: &str, hi: &str, ty: &str) -> String {
    all(&[op(n, ">=", &typed(lo, ty)), op(n, "<=", &typed(hi, ty))])
}

/// Text that reads as a whole number of at most 19 digits, then an exact range
/// check, then the cast of the trimmed text.
fn text_to_int(t: &str, target: &str) -> String {
    let (lo, hi) = int_bounds(target).expect("integer target");
    let n = format!("{t}::pg_catalog.numeric");
    guarded(
        &matches(t, &format!("[+-]?{DIGIT}{{1,19}}")),
        &guarded(
            &in_range(&n, lo, hi, "numeric"),
            &format!("{t}::pg_catalog.{target}"),
        ),
    )
}

/// A decimal number, at most 255 digits either side of the point and a 3-digit
/// exponent: always within numeric's range and scale.
fn text_to_numeric(t: &str) -> String {
    let d = DIGIT;
    guarded(
        &matches(
            t,
            &format!("[+-]?({d}{{1,255}}([.]{d}{{0,255}})?|[.]{d}{{1,255}})([eE][+-]?{d}{{1,3}})?"),
        ),
        &format!("{t}::pg_catalog.numeric"),
    )
}

/// 32 hex digits, hyphenated 8-4-4-4-12 or not at all: a subset of what uuid_in reads.
fn text_to_uuid(t: &str) -> String {
    let h = HEX;
    guarded(
        &matches(
            t,
            &format!("{h}{{8}}-?{h}{{4}}-?{h}{{4}}-?{h}{{4}}-?{h}{{12}}"),
        ),
        &format!("{t}::pg_catalog.uuid"),
    )
}

fn text_to_bool(t: &str) -> String {
    let w = format!("pg_catalog.lower({t})");
    let any = |words: &str| {
        format!(
            "{w} OPERATOR(pg_catalog.=) ANY ({})",
            typed(words, "text[]")
        )
    };
    format!(
        "CASE WHEN {} THEN true WHEN {} THEN false END",
        any("{true,t,yes,y,1}"),
        any("{false,f,no,n,0}")
    )
}

/// Exactly an integer within `lo..=hi` (inclusive, or `lo..hi` when `hi_open`), as float8.
fn float_integral(f: &str, lo: &str, hi: &str, hi_open: bool) -> String {
    all(&[
        op(f, "=", &format!("pg_catalog.trunc({f})")),
        op(f, ">=", &typed(lo, "float8")),
        op(f, if hi_open { "<" } else { "<=" }, &typed(hi, "float8")),
    ])
}

fn is_float(base_type: &str) -> bool {
    matches!(base_type, "float4" | "float8")
}

/// The expression that casts `quoted` (a quoted column of base type `source`) to
/// `target`, NULL where the value does not convert.
pub fn cast_expression(quoted: &str, source: &str, target: &str) -> ApiResult<String> {
    let unsupported = || {
        ApiError::new(
            Code::FeatureNotSupported,
            format!("cannot build a safe cast from {source} to {target}"),
        )
        .hint(format!(
            "supported target types: {}; sources: text, varchar, char, name, the integer types, numeric, float4, float8, uuid",
            SUPPORTED_TARGETS.join(", ")
        ))
    };
    if !SUPPORTED_TARGETS.contains(&target) {
        return Err(unsupported());
    }
    if target == source {
        return Err(ApiError::new(
            Code::InvalidParameter,
            format!("the column is already of type {target}"),
        )
        .hint("no cast column is needed; relate the column directly"));
    }
    let t = trimmed(quoted);
    let as_float = format!("({quoted})::pg_catalog.float8");
    let as_numeric = format!("({quoted})::pg_catalog.numeric");
    let expr = match (type_family(source), target) {
        (TypeFamily::String, "int2" | "int4" | "int8") => text_to_int(&t, target),
        (TypeFamily::String, "numeric") => text_to_numeric(&t),
        (TypeFamily::String, "uuid") => text_to_uuid(&t),
        (TypeFamily::String, "bool") => text_to_bool(&t),
        (TypeFamily::String, "date") => iso_date(&t, false),
        (TypeFamily::String, "timestamp") => iso_date(&t, true),
        (TypeFamily::String, "text") => format!("({quoted})::pg_catalog.text"),
        (TypeFamily::String, "varchar") => {
            format!("({quoted})::pg_catalog.text::pg_catalog.varchar")
        }
        // a float is a key only when it is exactly an integer in range (float8 holds
        // every float4 exactly, and every integer up to 2^53)
        (TypeFamily::Number, "int2" | "int4") if is_float(source) => {
            let (lo, hi) = int_bounds(target).expect("integer target");
            guarded(
                &float_integral(&as_float, lo, hi, false),
                &format!("{as_float}::pg_catalog.{target}"),
            )
        }
        (TypeFamily::Number, "int8") if is_float(source) => guarded(
            // 2^63 is a float8, 2^63 - 1 is not: the upper bound is open
            &float_integral(
                &as_float,
                "-9223372036854775808",
                "9223372036854775808",
                true,
            ),
            &format!("{as_float}::pg_catalog.int8"),
        ),
        // float8 → numeric keeps 15 significant digits (whatever extra_float_digits says):
        // taken only when that numeric reads back as the very same float, so the text
        // or number stored is one the float parses from, and never a rounded one
        (TypeFamily::Number, "numeric" | "text" | "varchar") if is_float(source) => {
            let numeric = format!("{as_float}::pg_catalog.numeric");
            // far enough from the float limits that the 15-digit numeric reads back
            // without overflow or underflow (NaN and infinities fail the first test)
            let size = format!("pg_catalog.abs({as_float})");
            let exact = all(&[
                op(&size, "<", &typed("1e300", "float8")),
                format!(
                    "({} OR {})",
                    op(&as_float, "=", &typed("0", "float8")),
                    op(&size, ">", &typed("1e-300", "float8"))
                ),
                op(&as_float, "=", &format!("{numeric}::pg_catalog.float8")),
            ]);
            let value = match target {
                "numeric" => numeric,
                "text" => format!("{numeric}::pg_catalog.text"),
                _ => format!("{numeric}::pg_catalog.text::pg_catalog.varchar"),
            };
            guarded(&exact, &value)
        }
        (TypeFamily::Number, "int2" | "int4" | "int8") => {
            let (lo, hi) = int_bounds(target).expect("integer target");
            // whole numbers in range only; numeric NaN sorts above every number
            guarded(
                &all(&[
                    op(&as_numeric, "=", &format!("pg_catalog.trunc({as_numeric})")),
                    in_range(&as_numeric, lo, hi, "numeric"),
                ]),
                &format!("({quoted})::pg_catalog.{target}"),
            )
        }
        (TypeFamily::Number, "numeric") => as_numeric,
        (TypeFamily::Number | TypeFamily::Uuid, "text") => {
            format!("({quoted})::pg_catalog.text")
        }
        (TypeFamily::Number | TypeFamily::Uuid, "varchar") => {
            format!("({quoted})::pg_catalog.text::pg_catalog.varchar")
        }
        _ => return Err(unsupported()),
    };
    Ok(expr)
}

/// ISO 8601 text (`2024-02-29`, `2024-02-29T13:45:00.5`) to a date or timestamp,
/// built from its parts with `make_date` / `make_timestamp`, which are immutable
/// (a text-to-date cast depends on DateStyle, so a generated column refuses it).
/// Every part is range-checked first, and the day against the month's length.
fn iso_date(t: &str, with_time: bool) -> String {
    let part = |from: u32, len: Option<u32>| match len {
        Some(len) => format!("pg_catalog.substr({t}, {from}, {len})::pg_catalog.int4"),
        None => format!("pg_catalog.substr({t}, {from})::pg_catalog.float8"),
    };
    let (y, m, d) = (part(1, Some(4)), part(6, Some(2)), part(9, Some(2)));
    let int = |n: &str| typed(n, "int4");
    let divides = |k: &str| op(&op(&y, "%", &int(k)), "=", &int("0"));
    let leap = format!(
        "(({} AND {}) OR {})",
        divides("4"),
        op(&op(&y, "%", &int("100")), "<>", &int("0")),
        divides("400")
    );
    let month_days = format!(
        "CASE WHEN {} THEN CASE WHEN {leap} THEN 29 ELSE 28 END WHEN {} THEN 30 ELSE 31 END",
        op(&m, "=", &int("2")),
        op(&m, "=", &format!("ANY ({})", typed("{4,6,9,11}", "int4[]"))),
    );
    let date_shape = format!("{DIGIT}{{4}}-{DIGIT}{{2}}-{DIGIT}{{2}}");
    let mut parts_ok = vec![
        op(&y, ">=", &int("1")),
        op(&m, ">=", &int("1")),
        op(&m, "<=", &int("12")),
        op(&d, ">=", &int("1")),
    ];
    let (shape, value) = if with_time {
        let (h, mi, s) = (part(12, Some(2)), part(15, Some(2)), part(18, None));
        parts_ok.push(op(&h, "<=", &int("23")));
        parts_ok.push(op(&mi, "<=", &int("59")));
        parts_ok.push(op(&s, "<", &typed("60", "float8")));
        (
            format!("{date_shape}[T ]{DIGIT}{{2}}:{DIGIT}{{2}}:{DIGIT}{{2}}([.]{DIGIT}{{1,6}})?"),
            format!("pg_catalog.make_timestamp({y}, {m}, {d}, {h}, {mi}, {s})"),
        )
    } else {
        (
            date_shape.clone(),
            format!("pg_catalog.make_date({y}, {m}, {d})"),
        )
    };
    guarded(
        &matches(t, &shape),
        &guarded(
            &all(&parts_ok),
            &guarded(&op(&d, "<=", &format!("({month_days})")), &value),
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integer_casts_check_shape_then_range_exactly() {
        let e = cast_expression("\"user_id\"", "varchar", "int4").unwrap();
        assert!(
            e.starts_with("CASE WHEN pg_catalog.btrim((\"user_id\")::pg_catalog.text COLLATE pg_catalog.\"C\""),
            "{e}"
        );
        assert!(
            e.contains("OPERATOR(pg_catalog.>=) '-2147483648'::pg_catalog.numeric"),
            "{e}"
        );
        assert!(!e.contains("sequin"), "no extension function: {e}");
        let e = cast_expression("\"n\"", "numeric", "int8").unwrap();
        assert!(e.contains("pg_catalog.trunc"), "{e}");
    }

    /// Every operator is pg_catalog's, no pattern has a backslash, no unqualified
    /// function is called, for every pair: the class of H2 and H3.
    #[test]
    fn every_expression_binds_only_pg_catalog_and_reads_the_same_in_any_session() {
        let sources = [
            "text", "varchar", "bpchar", "name", "int2", "int4", "int8", "numeric", "float4",
            "float8", "uuid",
        ];
        let mut built = 0;
        for s in sources {
            for t in SUPPORTED_TARGETS {
                let Ok(e) = cast_expression("\"c\"", s, t) else {
                    continue;
                };
                built += 1;
                // the only backslashes are in the one E'' literal of ASCII white space
                assert!(!e.replace(ASCII_SPACE, "").contains('\\'), "{s}->{t}: {e}");
                // no bare operator: every one is spelled OPERATOR(pg_catalog.x)
                let stripped = e
                    .split("OPERATOR(pg_catalog.")
                    .map(|p| p.split_once(')').map_or(p, |(_, rest)| rest))
                    .collect::<String>();
                let mut in_literal = false;
                for c in stripped.chars() {
                    if c == '\'' {
                        in_literal = !in_literal;
                    } else if !in_literal {
                        assert!(
                            !"=<>~+-*/%|!".contains(c),
                            "bare operator {c} in {s}->{t}: {e}"
                        );
                    }
                }
                // every function call is qualified
                for (i, _) in e.match_indices('(') {
                    let before = &e[..i];
                    let word: String = before
                        .chars()
                        .rev()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '.')
                        .collect::<String>()
                        .chars()
                        .rev()
                        .collect();
                    assert!(
                        word.is_empty()
                            || word.starts_with("pg_catalog.")
                            || ["ANY", "OPERATOR", "WHEN", "AND", "OR", "THEN"]
                                .contains(&word.as_str()),
                        "unqualified call {word}( in {s}->{t}: {e}"
                    );
                }
            }
        }
        assert!(built >= 40, "{built} pairs");
    }

    #[test]
    fn every_supported_target_has_an_expression_from_text() {
        for t in SUPPORTED_TARGETS {
            if *t != "text" {
                assert!(cast_expression("\"c\"", "text", t).is_ok(), "{t}");
            }
            if matches!(*t, "text" | "varchar" | "numeric" | "int4") {
                assert!(cast_expression("\"c\"", "int8", t).is_ok(), "{t}");
                assert!(cast_expression("\"c\"", "float4", t).is_ok(), "{t}");
            }
        }
    }

    #[test]
    fn unsupported_and_pointless_casts_are_refused() {
        let e = cast_expression("\"c\"", "text", "jsonb").unwrap_err();
        assert_eq!(e.code, Code::FeatureNotSupported);
        assert!(e.hint.unwrap().contains("int4"));
        for (s, t) in [("numeric", "date"), ("oid", "int4"), ("float8", "uuid")] {
            assert_eq!(
                cast_expression("\"c\"", s, t).unwrap_err().code,
                Code::FeatureNotSupported,
                "{s}->{t}"
            );
        }
        // a type of any other schema, even one named like a built-in, is no source
        assert_eq!(
            cast_expression("\"c\"", "text#16384", "int4")
                .unwrap_err()
                .code,
            Code::FeatureNotSupported
        );
        assert_eq!(
            cast_expression("\"c\"", "int4", "int4").unwrap_err().code,
            Code::InvalidParameter
        );
    }
}

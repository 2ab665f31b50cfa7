//! Safe cast expressions: plain, immutable SQL (no call to an extension function, so
//! the column keeps working after `DROP EXTENSION`) that turns a value which does not
//! convert into NULL instead of an error, so a sync's INSERT never fails on it.

use crate::catalog::{type_family, TypeFamily};
use crate::error::{ApiError, ApiResult, Code};

/// The target types we can cast to safely, as `typname`s.
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

/// Integer bounds by type, for a range check before the cast.
fn int_bounds(target: &str) -> Option<(&'static str, &'static str)> {
    match target {
        "int2" => Some(("-32768", "32767")),
        "int4" => Some(("-2147483648", "2147483647")),
        "int8" => Some(("-9223372036854775808", "9223372036854775807")),
        _ => None,
    }
}

/// `CASE WHEN <cond> THEN <value> END`: CASE is the one construct whose THEN is
/// evaluated only when its WHEN holds, so the cast never sees a bad value.
fn guarded(cond: &str, value: &str) -> String {
    format!("CASE WHEN {cond} THEN {value} END")
}

/// Text that reads as an integer, then a range check, then the cast.
fn text_to_int(v: &str, target: &str) -> String {
    let (lo, hi) = int_bounds(target).expect("integer target");
    guarded(
        &format!("{v} ~ '^\\s*[+-]?[0-9]{{1,19}}\\s*$'"),
        &guarded(
            &format!("{v}::pg_catalog.numeric BETWEEN {lo} AND {hi}"),
            &format!("{v}::pg_catalog.{target}"),
        ),
    )
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
            "supported target types: {}",
            SUPPORTED_TARGETS.join(", ")
        ))
    };
    if !SUPPORTED_TARGETS.contains(&target) {
        return Err(unsupported());
    }
    let from = type_family(source);
    // Strings are matched as trimmed text; everything is compared as text first.
    let v = format!("{quoted}::pg_catalog.text");
    let expr = match (from, target) {
        (_, t) if t == source => {
            return Err(ApiError::new(
                Code::InvalidParameter,
                format!("the column is already of type {target}"),
            )
            .hint("no cast column is needed; relate the column directly"))
        }
        (TypeFamily::String, "int2" | "int4" | "int8") => text_to_int(&v, target),
        (TypeFamily::Number, "int2" | "int4" | "int8") => {
            let (lo, hi) = int_bounds(target).expect("integer target");
            // whole numbers in range only; NaN compares above every number
            guarded(
                &format!(
                    "{quoted}::pg_catalog.numeric = pg_catalog.trunc({quoted}::pg_catalog.numeric) AND {quoted}::pg_catalog.numeric BETWEEN {lo} AND {hi}"
                ),
                &format!("{quoted}::pg_catalog.{target}"),
            )
        }
        (TypeFamily::String, "numeric") => guarded(
            &format!("{v} ~ '^\\s*[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]{{1,3}})?\\s*$'"),
            &format!("{v}::pg_catalog.numeric"),
        ),
        (TypeFamily::Number, "numeric") => format!("{quoted}::pg_catalog.numeric"),
        (TypeFamily::String, "uuid") => guarded(
            &format!(
                "{v} ~ '^\\s*[0-9a-fA-F]{{8}}-?[0-9a-fA-F]{{4}}-?[0-9a-fA-F]{{4}}-?[0-9a-fA-F]{{4}}-?[0-9a-fA-F]{{12}}\\s*$'"
            ),
            &format!("{v}::pg_catalog.uuid"),
        ),
        (TypeFamily::String | TypeFamily::Number | TypeFamily::Uuid, "text") => v.clone(),
        (TypeFamily::String | TypeFamily::Number | TypeFamily::Uuid, "varchar") => {
            format!("{v}::pg_catalog.varchar")
        }
        (TypeFamily::String, "bool") => format!(
            "CASE pg_catalog.lower(pg_catalog.btrim({v})) WHEN 'true' THEN true WHEN 't' THEN true WHEN 'yes' THEN true WHEN 'y' THEN true WHEN '1' THEN true WHEN 'false' THEN false WHEN 'f' THEN false WHEN 'no' THEN false WHEN 'n' THEN false WHEN '0' THEN false END"
        ),
        (TypeFamily::String, "date") => iso_date(&v, false),
        (TypeFamily::String, "timestamp") => iso_date(&v, true),
        _ => return Err(unsupported()),
    };
    Ok(expr)
}

/// ISO 8601 text (`2024-02-29`, `2024-02-29T13:45:00.5`) to a date or timestamp,
/// built from its parts with `make_date` / `make_timestamp`, which are immutable
/// (a text-to-date cast depends on DateStyle, so a generated column refuses it).
/// Every part is range-checked first, and the day against the month's length.
fn iso_date(v: &str, with_time: bool) -> String {
    let t = format!("pg_catalog.btrim({v})");
    let part =
        |from: u32, len: u32| format!("pg_catalog.substr({t}, {from}, {len})::pg_catalog.int4");
    let (y, m, d) = (part(1, 4), part(6, 2), part(9, 2));
    let month_days = format!(
        "pg_catalog.date_part('day', pg_catalog.make_date({y}, {m}, 1) + interval '1 month' - interval '1 day')"
    );
    let date_shape = "[0-9]{4}-[0-9]{2}-[0-9]{2}";
    let (shape, value, time_ok) = if with_time {
        let (h, mi) = (part(12, 2), part(15, 2));
        let s = format!("pg_catalog.substr({t}, 18)::pg_catalog.float8");
        (
            format!("^{date_shape}[T ][0-9]{{2}}:[0-9]{{2}}:[0-9]{{2}}(\\.[0-9]{{1,6}})?$"),
            format!("pg_catalog.make_timestamp({y}, {m}, {d}, {h}, {mi}, {s})"),
            format!(" AND {h} < 24 AND {mi} < 60 AND {s} < 60"),
        )
    } else {
        (
            format!("^{date_shape}$"),
            format!("pg_catalog.make_date({y}, {m}, {d})"),
            String::new(),
        )
    };
    guarded(
        &format!("{t} ~ '{shape}'"),
        &guarded(
            &format!("{y} >= 1 AND {m} BETWEEN 1 AND 12 AND {d} >= 1{time_ok}"),
            &guarded(&format!("{d} <= {month_days}"), &value),
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integer_casts_check_shape_then_range() {
        let e = cast_expression("\"user_id\"", "varchar", "int4").unwrap();
        assert!(
            e.starts_with("CASE WHEN \"user_id\"::pg_catalog.text ~ "),
            "{e}"
        );
        assert!(e.contains("BETWEEN -2147483648 AND 2147483647"), "{e}");
        assert!(!e.contains("sequin"), "no extension function: {e}");
        let e = cast_expression("\"n\"", "numeric", "int8").unwrap();
        assert!(e.contains("pg_catalog.trunc"), "{e}");
    }

    #[test]
    fn every_supported_target_has_an_expression_from_text() {
        for t in SUPPORTED_TARGETS {
            assert!(
                cast_expression("\"c\"", "int8", t).is_ok()
                    || !matches!(*t, "text" | "varchar" | "numeric"),
                "{t}"
            );
            if *t != "text" {
                assert!(cast_expression("\"c\"", "text", t).is_ok(), "{t}");
            }
        }
    }

    #[test]
    fn unsupported_and_pointless_casts_are_refused() {
        let e = cast_expression("\"c\"", "text", "jsonb").unwrap_err();
        assert_eq!(e.code, Code::FeatureNotSupported);
        assert!(e.hint.unwrap().contains("int4"));
        assert_eq!(
            cast_expression("\"c\"", "numeric", "date")
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

//! The `options jsonb` argument: parsed strictly, so a misspelt key is an error
//! rather than a silently ignored setting.

use serde_json::Value;

use crate::error::{ApiError, ApiResult, Code};

/// Relationships below this confidence are left out unless `min_confidence` says otherwise.
pub const DEFAULT_MIN_CONFIDENCE: f64 = 0.7;
pub const DEFAULT_SOURCE: &str = "default";
pub const DEFAULT_DATABASE_URL_ENV: &str = "HASURA_GRAPHQL_DATABASE_URL";
/// Rows read per table for row evidence.
pub const DEFAULT_SAMPLE_ROWS: i64 = 1000;
pub const SAMPLE_ROWS_RANGE: std::ops::RangeInclusive<i64> = 10..=100_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// The bare metadata document (`export_metadata` v1 shape).
    Metadata,
    /// `{"type":"replace_metadata","version":2,"args":{...}}`
    ReplaceMetadata,
    /// `{"type":"bulk","args":[pg_track_table…, pg_create_*_relationship…]}`
    Bulk,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    pub include_schemas: Vec<String>,
    pub min_confidence: f64,
    pub source: String,
    pub database_url_env: String,
    pub format: Format,
    /// Measure candidate references on the synced rows.
    pub row_evidence: bool,
    pub sample_rows: i64,
}

impl Options {
    /// The schema asked about, then the included ones, each once.
    pub fn schemas(&self, primary: &str) -> Vec<String> {
        let mut out = vec![primary.to_string()];
        for s in &self.include_schemas {
            if !out.contains(s) {
                out.push(s.clone());
            }
        }
        out
    }
}

impl Default for Options {
    fn default() -> Self {
        Options {
            include_schemas: vec![],
            min_confidence: DEFAULT_MIN_CONFIDENCE,
            source: DEFAULT_SOURCE.into(),
            database_url_env: DEFAULT_DATABASE_URL_ENV.into(),
            format: Format::Metadata,
            row_evidence: true,
            sample_rows: DEFAULT_SAMPLE_ROWS,
        }
    }
}

/// Keys every function accepts.
pub const COMMON_KEYS: &[&str] = &[
    "include_schemas",
    "min_confidence",
    "row_evidence",
    "sample_rows",
];
/// Keys `sequin_hasura_metadata` accepts.
pub const METADATA_KEYS: &[&str] = &[
    "include_schemas",
    "min_confidence",
    "row_evidence",
    "sample_rows",
    "source",
    "database_url_env",
    "format",
];

fn bad(message: String, hint: &str) -> ApiError {
    ApiError::new(Code::InvalidParameter, message).hint(hint)
}

fn non_empty_string(key: &str, v: &Value) -> ApiResult<String> {
    match v.as_str() {
        Some(s) if !s.trim().is_empty() => Ok(s.to_string()),
        _ => Err(bad(
            format!("option \"{key}\" must be a non-empty string"),
            "for example {\"source\": \"default\"}",
        )),
    }
}

/// The options object, once every key in it is one of `allowed`. `None` (SQL NULL)
/// means the defaults.
fn checked_keys<'a>(
    options: Option<&'a Value>,
    allowed: &[&str],
) -> ApiResult<Option<&'a serde_json::Map<String, Value>>> {
    let Some(v) = options else { return Ok(None) };
    let obj = v.as_object().ok_or_else(|| {
        bad(
            "options must be a JSON object".into(),
            "pass '{}' for the defaults, e.g. '{\"include_schemas\": [\"public\"]}'",
        )
    })?;
    if let Some(key) = obj.keys().find(|k| !allowed.contains(&k.as_str())) {
        return Err(bad(
            format!("unknown option \"{key}\""),
            &format!("valid options are: {}", allowed.join(", ")),
        ));
    }
    Ok(Some(obj))
}

/// Parse `options`, accepting only `allowed` keys.
pub fn parse(options: Option<&Value>, allowed: &[&str]) -> ApiResult<Options> {
    let mut out = Options::default();
    let Some(obj) = checked_keys(options, allowed)? else {
        return Ok(out);
    };
    for (key, value) in obj {
        match key.as_str() {
            "include_schemas" => {
                let list = value.as_array().ok_or_else(|| {
                    bad("option \"include_schemas\" must be an array of schema names".into(), "for example [\"public\"]")
                })?;
                let mut schemas = Vec::with_capacity(list.len());
                for s in list {
                    schemas.push(non_empty_string("include_schemas", s)?);
                }
                out.include_schemas = schemas;
            }
            "min_confidence" => {
                let x = value.as_f64().filter(|x| (0.0..=1.0).contains(x)).ok_or_else(|| {
                    bad(
                        format!("option \"min_confidence\" must be a number from 0 to 1, not {value}"),
                        &format!("the default is {DEFAULT_MIN_CONFIDENCE}"),
                    )
                })?;
                out.min_confidence = x;
            }
            "row_evidence" => {
                out.row_evidence = value.as_bool().ok_or_else(|| {
                    bad(format!("option \"row_evidence\" must be true or false, not {value}"), "the default is true")
                })?;
            }
            "sample_rows" => {
                out.sample_rows = value.as_i64().filter(|n| SAMPLE_ROWS_RANGE.contains(n)).ok_or_else(|| {
                    bad(
                        format!(
                            "option \"sample_rows\" must be a whole number from {} to {}, not {value}",
                            SAMPLE_ROWS_RANGE.start(),
                            SAMPLE_ROWS_RANGE.end()
                        ),
                        &format!("the default is {DEFAULT_SAMPLE_ROWS}"),
                    )
                })?;
            }
            "source" => out.source = non_empty_string(key, value)?,
            "database_url_env" => out.database_url_env = non_empty_string(key, value)?,
            "format" => {
                out.format = match value.as_str() {
                    Some("metadata") => Format::Metadata,
                    Some("replace_metadata") => Format::ReplaceMetadata,
                    Some("bulk") => Format::Bulk,
                    _ => {
                        return Err(bad(
                            format!("option \"format\" must be \"metadata\", \"replace_metadata\" or \"bulk\", not {value}"),
                            "the default is \"metadata\"",
                        ))
                    }
                }
            }
            // the create and plan keys, read by `parse_ddl`
            _ => {}
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn defaults_and_null() {
        assert_eq!(parse(None, METADATA_KEYS).unwrap(), Options::default());
        assert_eq!(
            parse(Some(&json!({})), METADATA_KEYS).unwrap(),
            Options::default()
        );
    }

    #[test]
    fn every_option_is_read() {
        let o = parse(
            Some(
                &json!({"include_schemas": ["public"], "min_confidence": 0.5, "source": "crm",
                         "database_url_env": "PG_URL", "format": "bulk"}),
            ),
            METADATA_KEYS,
        )
        .unwrap();
        assert_eq!(o.include_schemas, vec!["public"]);
        assert_eq!(o.min_confidence, 0.5);
        assert_eq!(o.source, "crm");
        assert_eq!(o.database_url_env, "PG_URL");
        assert_eq!(o.format, Format::Bulk);
        assert!(o.row_evidence, "default kept");
    }

    #[test]
    fn bad_options_are_invalid_parameter_errors_with_hints() {
        for bad in [
            json!({"formt": "bulk"}),
            json!({"format": "yaml"}),
            json!({"min_confidence": 1.5}),
            json!({"min_confidence": "high"}),
            json!({"include_schemas": "public"}),
            json!({"include_schemas": [1]}),
            json!({"source": ""}),
            json!({"row_evidence": "yes"}),
            json!({"sample_rows": 5}),
            json!({"sample_rows": 1.5}),
            json!([1, 2]),
        ] {
            let e = parse(Some(&bad), METADATA_KEYS).unwrap_err();
            assert_eq!(e.code, Code::InvalidParameter, "{bad}");
            assert!(e.hint.is_some(), "{bad}");
        }
        let e = parse(Some(&json!({"format": "bulk"})), COMMON_KEYS).unwrap_err();
        assert!(e.message.contains("unknown option \"format\""));
    }
}

/// Options of the functions that create objects.
#[derive(Debug, Clone, PartialEq)]
pub struct DdlOptions {
    /// How long our DDL waits for a lock before giving up (the sync may hold it).
    pub lock_timeout: String,
    /// Schema for the view (default: the table's own).
    pub schema: Option<String>,
    /// Join views: the columns of each side, by side prefix or table name.
    pub columns: Option<std::collections::BTreeMap<String, Vec<String>>>,
    /// Plans: cast columns (`"column"`) or cast views (`"view"`) for mismatches.
    pub cast_views: bool,
    /// Plans: also create a join view for every join table.
    pub join_views: bool,
}

pub const DEFAULT_LOCK_TIMEOUT: &str = "2s";

impl Default for DdlOptions {
    fn default() -> Self {
        DdlOptions {
            lock_timeout: DEFAULT_LOCK_TIMEOUT.into(),
            schema: None,
            columns: None,
            cast_views: false,
            join_views: false,
        }
    }
}

pub const CAST_COLUMN_KEYS: &[&str] = &["lock_timeout"];
pub const CAST_VIEW_KEYS: &[&str] = &["lock_timeout", "schema"];
pub const JOIN_VIEW_KEYS: &[&str] = &["lock_timeout", "schema", "columns"];
/// `sequin_hasura_plan` / `_apply`: the inference options plus these.
pub const PLAN_KEYS: &[&str] = &[
    "include_schemas",
    "min_confidence",
    "row_evidence",
    "sample_rows",
    "lock_timeout",
    "cast",
    "view_schema",
    "join_views",
];

/// A lock_timeout Postgres accepts and we consider short: digits with ms, s or min.
fn valid_lock_timeout(s: &str) -> bool {
    let digits = s.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let unit = &s[digits.len()..];
    !digits.is_empty()
        && digits.len() <= 7
        && digits.chars().all(|c| c.is_ascii_digit())
        && ["", "ms", "s", "min"].contains(&unit)
}

/// Parse the options of a create or plan function, accepting only `allowed` keys
/// (plan functions also pass the inference keys through [`parse`]).
pub fn parse_ddl(options: Option<&Value>, allowed: &[&str]) -> ApiResult<DdlOptions> {
    let mut out = DdlOptions::default();
    let Some(obj) = checked_keys(options, allowed)? else {
        return Ok(out);
    };
    for (key, value) in obj {
        match key.as_str() {
            "lock_timeout" => {
                let s = value.as_str().filter(|s| valid_lock_timeout(s)).ok_or_else(|| {
                    bad(
                        format!("option \"lock_timeout\" must be a duration like \"2s\" or \"500ms\", not {value}"),
                        &format!("the default is \"{DEFAULT_LOCK_TIMEOUT}\""),
                    )
                })?;
                out.lock_timeout = s.to_string();
            }
            "schema" | "view_schema" => out.schema = Some(non_empty_string(key, value)?),
            "columns" => {
                let m: Option<std::collections::BTreeMap<String, Vec<String>>> =
                    serde_json::from_value(value.clone()).ok();
                out.columns = Some(m.ok_or_else(|| {
                    bad(
                        "option \"columns\" must map each side to a list of its columns".into(),
                        "for example {\"contact\": [\"email\"], \"deal\": [\"dealname\", \"amount\"]}",
                    )
                })?);
            }
            "cast" => {
                out.cast_views = match value.as_str() {
                    Some("column") => false,
                    Some("view") => true,
                    _ => {
                        return Err(bad(
                            format!("option \"cast\" must be \"column\" or \"view\", not {value}"),
                            "the default is \"column\"",
                        ))
                    }
                }
            }
            "join_views" => {
                out.join_views = value.as_bool().ok_or_else(|| {
                    bad(
                        format!("option \"join_views\" must be true or false, not {value}"),
                        "the default is false",
                    )
                })?;
            }
            // inference options, read by `parse`
            _ => {}
        }
    }
    Ok(out)
}

#[cfg(test)]
mod ddl_tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn ddl_options_are_strict() {
        let o = parse_ddl(
            Some(&json!({"lock_timeout": "500ms", "schema": "hasura"})),
            CAST_VIEW_KEYS,
        )
        .unwrap();
        assert_eq!(
            (o.lock_timeout.as_str(), o.schema.as_deref()),
            ("500ms", Some("hasura"))
        );
        for bad in [
            json!({"lock_timeout": "2 s; DROP TABLE x"}),
            json!({"lock_timeout": "forever"}),
            json!({"lock_timeout": 2}),
            json!({"schema": ""}),
            json!({"columns": {"deal": "amount"}}),
            json!({"cast": "both"}),
        ] {
            let e = parse_ddl(
                Some(&bad),
                PLAN_KEYS
                    .iter()
                    .chain(JOIN_VIEW_KEYS)
                    .copied()
                    .collect::<Vec<_>>()
                    .as_slice(),
            )
            .unwrap_err();
            assert_eq!(e.code, Code::InvalidParameter, "{bad}");
        }
        assert!(parse_ddl(Some(&json!({"schema": "x"})), CAST_COLUMN_KEYS).is_err());
        assert!(
            valid_lock_timeout("2s") && valid_lock_timeout("100") && valid_lock_timeout("1min")
        );
    }
}

#[cfg(test)]
mod key_tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn row_evidence_options_reach_every_report() {
        for keys in [METADATA_KEYS, COMMON_KEYS, PLAN_KEYS] {
            let o = parse(
                Some(&json!({"row_evidence": false, "sample_rows": 50})),
                keys,
            )
            .unwrap();
            assert!(!o.row_evidence);
            assert_eq!(o.sample_rows, 50);
        }
    }
}

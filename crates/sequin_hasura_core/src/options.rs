//! The `options jsonb` argument of every SQL function, read from one table: each key's
//! type, default, hint and the functions that accept it. Parsed strictly, so a
//! misspelt key is an error rather than a silently ignored setting.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::error::{ApiError, ApiResult, Code};

/// Relationships below this confidence are left out unless `min_confidence` says otherwise.
pub const DEFAULT_MIN_CONFIDENCE: f64 = 0.7;
pub const DEFAULT_SOURCE: &str = "default";
pub const DEFAULT_DATABASE_URL_ENV: &str = "HASURA_GRAPHQL_DATABASE_URL";
/// Rows read per table for row evidence.
pub const DEFAULT_SAMPLE_ROWS: i64 = 1000;
pub const SAMPLE_ROWS_RANGE: std::ops::RangeInclusive<i64> = 10..=100_000;
pub const DEFAULT_LOCK_TIMEOUT: &str = "2s";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// The bare metadata document (`export_metadata` v1 shape).
    Metadata,
    /// `{"type":"replace_metadata","version":2,"args":{...}}`
    ReplaceMetadata,
    /// `{"type":"bulk","args":[pg_track_table…, pg_create_*_relationship…]}`: stops at
    /// the first failing call (with `merge_into`: only the calls the project needs).
    Bulk,
    /// `{"type":"bulk_keep_going","args":[…]}`: only the calls needed to get from
    /// `merge_into` (or an empty source) to the merged state; one failing call never
    /// stops the others.
    BulkKeepGoing,
    /// Hasura DDN (v3 engine): OpenDD `Relationship` documents, as files path → hml.
    Ddn,
}

impl Format {
    pub const ALL: &'static [(&'static str, Format)] = &[
        ("metadata", Format::Metadata),
        ("replace_metadata", Format::ReplaceMetadata),
        ("bulk", Format::Bulk),
        ("bulk_keep_going", Format::BulkKeepGoing),
        ("ddn", Format::Ddn),
    ];

    pub fn name(self) -> &'static str {
        Format::ALL
            .iter()
            .find(|(_, f)| *f == self)
            .map_or("metadata", |(n, _)| n)
    }
}

/// The SQL functions that take options.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Function {
    Metadata,
    Suggest,
    /// `sequin_hasura_plan` and `sequin_hasura_apply`
    Plan,
    CastColumn,
    CastView,
    JoinView,
}

/// Every option, whichever function reads it (each function accepts only its own).
#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    pub include_schemas: Vec<String>,
    pub min_confidence: f64,
    /// Measure candidate references on the synced rows.
    pub row_evidence: bool,
    pub sample_rows: i64,
    pub source: String,
    pub database_url_env: String,
    pub format: Format,
    /// How long our DDL waits for a lock before giving up (the sync may hold it).
    pub lock_timeout: String,
    /// Schema for the view (default: the table's own); `view_schema` in plans.
    pub schema: Option<String>,
    /// Join views: the columns of each side, by side prefix or table name.
    pub columns: Option<BTreeMap<String, Vec<String>>>,
    /// Plans: cast columns (`"column"`) or cast views (`"view"`) for mismatches.
    pub cast_views: bool,
    /// Plans: also create a join view for every join table.
    pub join_views: bool,
    /// Metadata: what the project's `export_metadata` returned, to merge ours into.
    pub merge_into: Option<Value>,
    /// Incremental requests: one `pg_track_tables` (Hasura ≥ 2.26) rather than a
    /// `pg_track_table` per table. Unset: yes for `bulk_keep_going`, no for `bulk`
    /// (as 0.1.0 sent it).
    pub track_tables_in_one_call: Option<bool>,
    /// DDN: the subgraph's own documents, as a JSON array or `{path: hml text}`.
    pub ddn_subgraph: Option<Value>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            include_schemas: vec![],
            min_confidence: DEFAULT_MIN_CONFIDENCE,
            row_evidence: true,
            sample_rows: DEFAULT_SAMPLE_ROWS,
            source: DEFAULT_SOURCE.into(),
            database_url_env: DEFAULT_DATABASE_URL_ENV.into(),
            format: Format::Metadata,
            lock_timeout: DEFAULT_LOCK_TIMEOUT.into(),
            schema: None,
            columns: None,
            cast_views: false,
            join_views: false,
            merge_into: None,
            track_tables_in_one_call: None,
            ddn_subgraph: None,
        }
    }
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

use Function::*;

/// The functions that infer relationships (and so take the inference options).
const INFERRING: &[Function] = &[Metadata, Suggest, Plan, JoinView];

/// Why a value is refused: `(message, hint)`.
type Refusal = (String, String);
/// Reads one option's value (its key given for messages) into [`Options`].
type Reader = fn(&mut Options, &str, &Value) -> Result<(), Refusal>;

/// One option: its key, who accepts it, and how its value is read.
pub struct OptionSpec {
    pub key: &'static str,
    /// What the value must be, for the README and error messages.
    pub value: &'static str,
    pub default: &'static str,
    pub functions: &'static [Function],
    /// Sets the option from its value, or says why it cannot.
    read: Reader,
}

/// Every option, in the order error hints list them.
pub const OPTIONS: &[OptionSpec] = &[
    OptionSpec {
        key: "include_schemas",
        value: "array of schema names",
        default: "[]",
        functions: INFERRING,
        read: |o, key, v| {
            let list = v.as_array().ok_or_else(|| {
                (
                    "option \"include_schemas\" must be an array of schema names".into(),
                    "for example [\"public\"]".into(),
                )
            })?;
            o.include_schemas = list
                .iter()
                .map(|s| non_empty_string(key, s))
                .collect::<Result<_, _>>()?;
            Ok(())
        },
    },
    OptionSpec {
        key: "min_confidence",
        value: "number from 0 to 1",
        default: "0.7",
        functions: INFERRING,
        read: |o, _, v| {
            o.min_confidence = v
                .as_f64()
                .filter(|x| (0.0..=1.0).contains(x))
                .ok_or_else(|| {
                    (
                        format!("option \"min_confidence\" must be a number from 0 to 1, not {v}"),
                        format!("the default is {DEFAULT_MIN_CONFIDENCE}"),
                    )
                })?;
            Ok(())
        },
    },
    OptionSpec {
        key: "row_evidence",
        value: "true or false",
        default: "true",
        functions: INFERRING,
        read: |o, _, v| {
            o.row_evidence = v.as_bool().ok_or_else(|| {
                (
                    format!("option \"row_evidence\" must be true or false, not {v}"),
                    "the default is true".into(),
                )
            })?;
            Ok(())
        },
    },
    OptionSpec {
        key: "sample_rows",
        value: "whole number from 10 to 100000",
        default: "1000",
        functions: INFERRING,
        read: |o, _, v| {
            o.sample_rows = v
                .as_i64()
                .filter(|n| SAMPLE_ROWS_RANGE.contains(n))
                .ok_or_else(|| {
                    (
                        format!(
                            "option \"sample_rows\" must be a whole number from {} to {}, not {v}",
                            SAMPLE_ROWS_RANGE.start(),
                            SAMPLE_ROWS_RANGE.end()
                        ),
                        format!("the default is {DEFAULT_SAMPLE_ROWS}"),
                    )
                })?;
            Ok(())
        },
    },
    OptionSpec {
        key: "source",
        value: "non-empty string",
        default: "\"default\"",
        functions: &[Metadata],
        read: |o, key, v| {
            o.source = non_empty_string(key, v)?;
            Ok(())
        },
    },
    OptionSpec {
        key: "database_url_env",
        value: "non-empty string",
        default: "\"HASURA_GRAPHQL_DATABASE_URL\"",
        functions: &[Metadata],
        read: |o, key, v| {
            o.database_url_env = non_empty_string(key, v)?;
            Ok(())
        },
    },
    OptionSpec {
        key: "format",
        value: "\"metadata\", \"replace_metadata\", \"bulk\", \"bulk_keep_going\" or \"ddn\"",
        default: "\"metadata\"",
        functions: &[Metadata],
        read: |o, _, v| {
            o.format = Format::ALL
                .iter()
                .find(|(name, _)| v.as_str() == Some(name))
                .map(|(_, f)| *f)
                .ok_or_else(|| {
                    (
                        format!("option \"format\" must be \"metadata\", \"replace_metadata\", \"bulk\", \"bulk_keep_going\" or \"ddn\", not {v}"),
                        "the default is \"metadata\"; to push into a living project use \"bulk_keep_going\" or \"replace_metadata\" with \"merge_into\"".into(),
                    )
                })?;
            Ok(())
        },
    },
    OptionSpec {
        key: "merge_into",
        value: "what Hasura's export_metadata returned (version 1 or 2)",
        default: "none: a document of ours alone",
        functions: &[Metadata],
        // its shape is checked by hasura::export::parse_export, before any work
        read: |o, _, v| {
            if !v.is_object() {
                return Err((
                    "option \"merge_into\" must be a JSON object".into(),
                    "pass what Hasura returns for {\"type\": \"export_metadata\", \"version\": 2, \"args\": {}} (or version 1: the bare metadata)".into(),
                ));
            }
            o.merge_into = Some(v.clone());
            Ok(())
        },
    },
    OptionSpec {
        key: "track_tables_in_one_call",
        value: "true or false",
        default: "true with \"bulk_keep_going\", false with \"bulk\"",
        functions: &[Metadata],
        read: |o, _, v| {
            o.track_tables_in_one_call = Some(v.as_bool().ok_or_else(|| {
                (
                    format!("option \"track_tables_in_one_call\" must be true or false, not {v}"),
                    "the default is true (pg_track_tables, Hasura 2.26 and later); false sends one pg_track_table per table".into(),
                )
            })?);
            Ok(())
        },
    },
    OptionSpec {
        key: "ddn_subgraph",
        value: "the subgraph's documents: a JSON array, or an object path → hml text",
        default: "none: names by the DDN CLI's conventions",
        functions: &[Metadata],
        read: |o, _, v| {
            if !(v.is_array() || v.is_object()) {
                return Err((
                    "option \"ddn_subgraph\" must be a JSON array of OpenDD documents or an object mapping each .hml path to its text".into(),
                    "for example {\"app/metadata/Contact.hml\": \"kind: Model\\n...\"}".into(),
                ));
            }
            o.ddn_subgraph = Some(v.clone());
            Ok(())
        },
    },
    OptionSpec {
        key: "lock_timeout",
        value: "duration like \"2s\" or \"500ms\"",
        default: "\"2s\"",
        functions: &[Plan, CastColumn, CastView, JoinView],
        read: |o, _, v| {
            let s = v.as_str().filter(|s| valid_lock_timeout(s)).ok_or_else(|| {
                (
                    format!("option \"lock_timeout\" must be a duration like \"2s\" or \"500ms\", above zero and at most 10min, not {v}"),
                    format!("the default is \"{DEFAULT_LOCK_TIMEOUT}\"; 0 would wait for ever behind the sync"),
                )
            })?;
            o.lock_timeout = s.to_string();
            Ok(())
        },
    },
    OptionSpec {
        key: "schema",
        value: "non-empty string",
        default: "the table's schema",
        functions: &[CastView, JoinView],
        read: |o, key, v| {
            o.schema = Some(non_empty_string(key, v)?);
            Ok(())
        },
    },
    OptionSpec {
        key: "columns",
        value: "object: side → list of its columns",
        default: "each side's name-like columns",
        functions: &[JoinView],
        read: |o, _, v| {
            let m: Option<BTreeMap<String, Vec<String>>> = serde_json::from_value(v.clone()).ok();
            o.columns = Some(m.ok_or_else(|| {
                (
                    "option \"columns\" must map each side to a list of its columns".into(),
                    "for example {\"contact\": [\"email\"], \"deal\": [\"dealname\", \"amount\"]}"
                        .into(),
                )
            })?);
            Ok(())
        },
    },
    OptionSpec {
        key: "cast",
        value: "\"column\" or \"view\"",
        default: "\"column\"",
        functions: &[Plan],
        read: |o, _, v| {
            o.cast_views = match v.as_str() {
                Some("column") => false,
                Some("view") => true,
                _ => {
                    return Err((
                        format!("option \"cast\" must be \"column\" or \"view\", not {v}"),
                        "the default is \"column\"".into(),
                    ))
                }
            };
            Ok(())
        },
    },
    OptionSpec {
        key: "view_schema",
        value: "non-empty string",
        default: "the table's schema",
        functions: &[Plan],
        read: |o, key, v| {
            o.schema = Some(non_empty_string(key, v)?);
            Ok(())
        },
    },
    OptionSpec {
        key: "join_views",
        value: "true or false",
        default: "false",
        functions: &[Plan],
        read: |o, _, v| {
            o.join_views = v.as_bool().ok_or_else(|| {
                (
                    format!("option \"join_views\" must be true or false, not {v}"),
                    "the default is false".into(),
                )
            })?;
            Ok(())
        },
    },
];

/// The keys `function` accepts, in table order.
pub fn keys(function: Function) -> Vec<&'static str> {
    OPTIONS
        .iter()
        .filter(|o| o.functions.contains(&function))
        .map(|o| o.key)
        .collect()
}

fn bad(message: String, hint: &str) -> ApiError {
    ApiError::new(Code::InvalidParameter, message).hint(hint)
}

fn non_empty_string(key: &str, v: &Value) -> Result<String, Refusal> {
    match v.as_str() {
        Some(s) if !s.trim().is_empty() => Ok(s.to_string()),
        _ => Err((
            format!("option \"{key}\" must be a non-empty string"),
            "for example {\"source\": \"default\"}".into(),
        )),
    }
}

/// The longest lock_timeout we accept: a wait any longer would stall the sync.
pub const MAX_LOCK_TIMEOUT_MS: u64 = 10 * 60 * 1000;

/// A lock_timeout Postgres accepts and we consider short: a whole number of ms, s or
/// min (no unit: ms), above zero (0 would mean wait for ever) and at most 10 min.
fn valid_lock_timeout(s: &str) -> bool {
    let digits = s.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let per_unit = match &s[digits.len()..] {
        "" | "ms" => 1,
        "s" => 1000,
        "min" => 60_000,
        _ => return false,
    };
    !digits.is_empty()
        && digits.len() <= 7
        && digits.chars().all(|c| c.is_ascii_digit())
        && digits
            .parse::<u64>()
            .is_ok_and(|n| (1..=MAX_LOCK_TIMEOUT_MS).contains(&(n * per_unit)))
}

/// Parse the options of `function`. `None` (SQL NULL) means the defaults.
pub fn parse(options: Option<&Value>, function: Function) -> ApiResult<Options> {
    let mut out = Options::default();
    let Some(v) = options else { return Ok(out) };
    let obj = v.as_object().ok_or_else(|| {
        bad(
            "options must be a JSON object".into(),
            "pass '{}' for the defaults, e.g. '{\"include_schemas\": [\"public\"]}'",
        )
    })?;
    let accepted: Vec<&OptionSpec> = OPTIONS
        .iter()
        .filter(|o| o.functions.contains(&function))
        .collect();
    if let Some(key) = obj
        .keys()
        .find(|k| !accepted.iter().any(|o| o.key == k.as_str()))
    {
        return Err(bad(
            format!("unknown option \"{key}\""),
            &format!("valid options are: {}", keys(function).join(", ")),
        ));
    }
    for spec in accepted {
        if let Some(value) = obj.get(spec.key) {
            (spec.read)(&mut out, spec.key, value).map_err(|(m, h)| bad(m, &h))?;
        }
    }
    check_combination(&out)?;
    Ok(out)
}

/// Options that only mean something with some formats are refused with the others,
/// rather than silently ignored.
fn check_combination(o: &Options) -> ApiResult<()> {
    let format = o.format.name();
    if o.format == Format::Ddn && o.merge_into.is_some() {
        return Err(bad(
            "option \"merge_into\" takes Hasura v2 metadata; it does not apply to format \"ddn\""
                .into(),
            "for DDN pass the subgraph's own documents as \"ddn_subgraph\"",
        ));
    }
    if o.format != Format::Ddn && o.ddn_subgraph.is_some() {
        return Err(bad(
            format!("option \"ddn_subgraph\" applies to format \"ddn\" only, not \"{format}\""),
            "add \"format\": \"ddn\"",
        ));
    }
    let incremental = matches!(o.format, Format::Bulk | Format::BulkKeepGoing);
    if o.track_tables_in_one_call.is_some() && !incremental {
        return Err(bad(
            format!("option \"track_tables_in_one_call\" applies to formats \"bulk\" and \"bulk_keep_going\" only, not \"{format}\""),
            "add \"format\": \"bulk_keep_going\"",
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn defaults_and_null() {
        assert_eq!(parse(None, Metadata).unwrap(), Options::default());
        assert_eq!(
            parse(Some(&json!({})), Metadata).unwrap(),
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
            Metadata,
        )
        .unwrap();
        assert_eq!(o.include_schemas, vec!["public"]);
        assert_eq!(o.min_confidence, 0.5);
        assert_eq!(o.source, "crm");
        assert_eq!(o.database_url_env, "PG_URL");
        assert_eq!(o.format, Format::Bulk);
        assert!(o.row_evidence, "default kept");
        let o = parse(
            Some(
                &json!({"lock_timeout": "500ms", "cast": "view", "view_schema": "hasura",
                         "join_views": true}),
            ),
            Plan,
        )
        .unwrap();
        assert_eq!(
            (
                o.lock_timeout.as_str(),
                o.schema.as_deref(),
                o.cast_views,
                o.join_views
            ),
            ("500ms", Some("hasura"), true, true)
        );
        let o = parse(Some(&json!({"columns": {"deal": ["amount"]}})), JoinView).unwrap();
        assert_eq!(o.columns.unwrap()["deal"], vec!["amount"]);
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
            let e = parse(Some(&bad), Metadata).unwrap_err();
            assert_eq!(e.code, Code::InvalidParameter, "{bad}");
            assert!(e.hint.is_some(), "{bad}");
        }
        let e = parse(Some(&json!({"format": "bulk"})), Suggest).unwrap_err();
        assert!(e.message.contains("unknown option \"format\""));
        assert_eq!(
            e.hint.as_deref(),
            Some("valid options are: include_schemas, min_confidence, row_evidence, sample_rows")
        );
    }

    #[test]
    fn ddl_options_are_strict() {
        let o = parse(
            Some(&json!({"lock_timeout": "500ms", "schema": "hasura"})),
            CastView,
        )
        .unwrap();
        assert_eq!(
            (o.lock_timeout.as_str(), o.schema.as_deref()),
            ("500ms", Some("hasura"))
        );
        for (bad, function) in [
            (json!({"lock_timeout": "2 s; DROP TABLE x"}), Plan),
            (json!({"lock_timeout": "forever"}), Plan),
            (json!({"lock_timeout": 2}), CastColumn),
            (json!({"schema": ""}), JoinView),
            (json!({"view_schema": ""}), Plan),
            (json!({"columns": {"deal": "amount"}}), JoinView),
            (json!({"cast": "both"}), Plan),
            (json!({"join_views": "yes"}), Plan),
        ] {
            let e = parse(Some(&bad), function).unwrap_err();
            assert_eq!(e.code, Code::InvalidParameter, "{bad}");
            assert!(e.hint.is_some(), "{bad}");
        }
        assert!(parse(Some(&json!({"schema": "x"})), CastColumn).is_err());
        assert!(parse(Some(&json!({"columns": {}})), Plan).is_err());
        assert!(
            valid_lock_timeout("2s") && valid_lock_timeout("100") && valid_lock_timeout("1min")
        );
        for never in [
            "0",
            "0ms",
            "0s",
            "0min",
            "9999999min",
            "11min",
            "600001",
            "-1s",
            "1h",
            "1.5s",
            "",
        ] {
            assert!(!valid_lock_timeout(never), "{never}");
        }
        assert!(
            valid_lock_timeout("10min")
                && valid_lock_timeout("600000ms")
                && valid_lock_timeout("1ms")
        );
    }

    #[test]
    fn each_function_accepts_exactly_its_keys() {
        assert_eq!(
            keys(Metadata),
            [
                "include_schemas",
                "min_confidence",
                "row_evidence",
                "sample_rows",
                "source",
                "database_url_env",
                "format",
                "merge_into",
                "track_tables_in_one_call",
                "ddn_subgraph"
            ]
        );
        assert_eq!(
            keys(Plan),
            [
                "include_schemas",
                "min_confidence",
                "row_evidence",
                "sample_rows",
                "lock_timeout",
                "cast",
                "view_schema",
                "join_views"
            ]
        );
        assert_eq!(keys(CastColumn), ["lock_timeout"]);
        assert_eq!(keys(CastView), ["lock_timeout", "schema"]);
        // every key some function takes, and each parsed by every function that lists it
        for spec in OPTIONS {
            assert!(!spec.functions.is_empty(), "{}", spec.key);
        }
    }

    #[test]
    fn delivery_options_are_checked_alone_and_together() {
        let export = json!({"resource_version": 3, "metadata": {"version": 3, "sources": []}});
        let o = parse(
            Some(&json!({"format": "bulk_keep_going", "merge_into": export, "track_tables_in_one_call": false})),
            Metadata,
        )
        .unwrap();
        assert_eq!(o.format, Format::BulkKeepGoing);
        assert_eq!(o.merge_into, Some(export.clone()));
        assert_eq!(o.track_tables_in_one_call, Some(false));
        let o = parse(
            Some(&json!({"format": "ddn", "ddn_subgraph": []})),
            Metadata,
        )
        .unwrap();
        assert_eq!((o.format, o.ddn_subgraph), (Format::Ddn, Some(json!([]))));
        for (name, format) in Format::ALL {
            assert_eq!(format.name(), *name);
        }
        for bad in [
            json!({"merge_into": []}),
            json!({"merge_into": "{}"}),
            json!({"track_tables_in_one_call": "no", "format": "bulk"}),
            json!({"track_tables_in_one_call": true}),
            json!({"track_tables_in_one_call": true, "format": "replace_metadata"}),
            json!({"ddn_subgraph": []}),
            json!({"ddn_subgraph": "kind: Model", "format": "ddn"}),
            json!({"format": "ddn", "merge_into": export}),
        ] {
            let e = parse(Some(&bad), Metadata).unwrap_err();
            assert_eq!(e.code, Code::InvalidParameter, "{bad}");
            assert!(e.hint.as_deref().is_some_and(|h| !h.is_empty()), "{bad}");
        }
        assert!(parse(Some(&json!({"merge_into": export})), Suggest).is_err());
    }

    #[test]
    fn row_evidence_options_reach_every_report() {
        for function in [Metadata, Suggest, Plan, JoinView] {
            let o = parse(
                Some(&json!({"row_evidence": false, "sample_rows": 50})),
                function,
            )
            .unwrap();
            assert!(!o.row_evidence);
            assert_eq!(o.sample_rows, 50);
        }
    }
}

//! `#[pg_test]`s: the SQL functions against the bundled fixtures, inside Postgres.
//! Each test runs in its own transaction, rolled back afterwards.

#[pgrx::pg_schema]
mod tests {
    use pgrx::prelude::*;
    use pgrx::JsonB;
    use serde_json::Value;

    fn load(fixture: &str) {
        Spi::run(fixture).expect("fixture loads");
    }

    fn hubspot() {
        load(include_str!("../tests/fixtures/hubspot.sql"));
    }

    fn salesforce() {
        load(include_str!("../tests/fixtures/salesforce.sql"));
    }

    fn metadata(call: &str) -> Value {
        Spi::get_one::<JsonB>(call)
            .expect("query runs")
            .expect("not null")
            .0
    }

    fn tables(doc: &Value) -> Vec<String> {
        doc["sources"][0]["tables"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| {
                format!(
                    "{}.{}",
                    t["table"]["schema"].as_str().unwrap(),
                    t["table"]["name"].as_str().unwrap()
                )
            })
            .collect()
    }

    fn rel_names(doc: &Value, table: &str, key: &str) -> Vec<String> {
        doc["sources"][0]["tables"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["table"]["name"] == table)
            .and_then(|t| t[key].as_array())
            .map(|l| {
                l.iter()
                    .map(|r| r["name"].as_str().unwrap().to_string())
                    .collect()
            })
            .unwrap_or_default()
    }

    #[pg_test]
    fn metadata_for_hubspot_with_the_default_search_path() {
        hubspot();
        let doc = metadata("SELECT sequin_hasura_metadata('hubspot')");
        assert_eq!(doc["version"], 3);
        let names = tables(&doc);
        assert!(names.contains(&"hubspot.contact".to_string()));
        assert!(names.contains(&"hubspot.associations_deal_line_item".to_string()));
        assert!(!names.iter().any(|n| n.contains("._sync")), "{names:?}");
        assert!(rel_names(&doc, "contact", "array_relationships")
            .contains(&"deal_associations".to_string()));
        assert!(rel_names(&doc, "deal", "array_relationships")
            .contains(&"line_item_associations".to_string()));
        assert_eq!(
            rel_names(&doc, "associations_deal_line_item", "object_relationships"),
            vec!["deal".to_string(), "line_item".to_string()]
        );
    }

    #[pg_test]
    fn metadata_is_byte_identical_across_calls() {
        salesforce();
        let a =
            Spi::get_one::<String>("SELECT sequin_hasura_metadata('salesforce')::text").unwrap();
        let b =
            Spi::get_one::<String>("SELECT sequin_hasura_metadata('salesforce')::text").unwrap();
        assert_eq!(a, b);
    }

    #[pg_test]
    fn include_schemas_relates_across_schemas() {
        salesforce();
        let doc = metadata(
            "SELECT sequin_hasura_metadata('salesforce', '{\"include_schemas\": [\"public\"], \"min_confidence\": 0.5}')",
        );
        assert!(tables(&doc).contains(&"public.users".to_string()));
    }

    #[pg_test]
    fn formats_and_source_options() {
        hubspot();
        let doc = metadata(
            "SELECT sequin_hasura_metadata('hubspot', '{\"format\": \"replace_metadata\", \"source\": \"crm\", \"database_url_env\": \"CRM_URL\"}')",
        );
        assert_eq!(doc["type"], "replace_metadata");
        let src = &doc["args"]["metadata"]["sources"][0];
        assert_eq!(src["name"], "crm");
        assert_eq!(
            src["configuration"]["connection_info"]["database_url"]["from_env"],
            "CRM_URL"
        );
        let bulk = metadata("SELECT sequin_hasura_metadata('hubspot', '{\"format\": \"bulk\"}')");
        assert_eq!(bulk["type"], "bulk");
    }

    #[pg_test]
    fn suggestions_and_metadata_agree() {
        hubspot();
        let doc = metadata("SELECT sequin_hasura_metadata('hubspot')");
        let in_doc: usize = doc["sources"][0]["tables"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| {
                t["object_relationships"].as_array().map_or(0, Vec::len)
                    + t["array_relationships"].as_array().map_or(0, Vec::len)
            })
            .sum();
        let suggested = Spi::get_one::<i64>(
            r#"SELECT count(*) FROM sequin_hasura_suggest_relationships('hubspot') WHERE "cast" IS NULL"#,
        )
        .unwrap()
        .unwrap();
        assert_eq!(in_doc as i64, suggested);
        let name = Spi::get_one::<String>(
            "SELECT name FROM sequin_hasura_suggest_relationships('hubspot')
             WHERE from_table = 'deal' AND kind = 'object' AND from_columns = '{hubspot_owner_id}'",
        )
        .unwrap();
        assert_eq!(name.as_deref(), Some("owner"));
    }

    #[pg_test]
    fn an_empty_schema_gives_a_valid_document_with_no_tables() {
        Spi::run("CREATE SCHEMA empty_one").unwrap();
        let doc = metadata("SELECT sequin_hasura_metadata('empty_one')");
        assert_eq!(doc["sources"][0]["tables"], serde_json::json!([]));
    }

    #[pg_test(error = "schema \"hubspt\" does not exist")]
    fn an_unknown_schema_is_an_error() {
        hubspot();
        Spi::run("SELECT sequin_hasura_metadata('hubspt')").unwrap();
    }

    #[pg_test(error = "schema_name must not be NULL")]
    fn a_null_schema_is_an_error() {
        Spi::run("SELECT sequin_hasura_metadata(NULL)").unwrap();
    }

    #[pg_test(error = "unknown option \"formt\"")]
    fn an_unknown_option_is_an_error() {
        hubspot();
        Spi::run("SELECT sequin_hasura_metadata('hubspot', '{\"formt\": \"bulk\"}')").unwrap();
    }

    /// The SQLSTATE and hint a client would see for `query`, or "ok".
    fn sqlstate_and_hint(query: &str) -> String {
        Spi::run(
            "CREATE OR REPLACE FUNCTION pg_temp.sqlstate_of(q text) RETURNS text LANGUAGE plpgsql AS $f$
             DECLARE s text; h text;
             BEGIN EXECUTE q; RETURN 'ok';
             EXCEPTION WHEN OTHERS THEN
               GET STACKED DIAGNOSTICS s = RETURNED_SQLSTATE, h = PG_EXCEPTION_HINT;
               RETURN s || ' ' || coalesce(h, '');
             END $f$",
        )
        .unwrap();
        Spi::get_one_with_args::<String>("SELECT pg_temp.sqlstate_of($1)", &[query.into()])
            .unwrap()
            .unwrap()
    }

    #[pg_test]
    fn errors_carry_the_right_sqlstate_and_a_hint() {
        hubspot();
        let got = sqlstate_and_hint("SELECT sequin_hasura_metadata('hubspt')");
        assert_eq!(got, "3F000 similar schemas: \"hubspot\"");
        assert!(
            sqlstate_and_hint("SELECT sequin_hasura_metadata('nothing_like_it_at_all')")
                .starts_with("3F000 ")
        );
        for bad in [
            r#"{"formt": "bulk"}"#,
            r#"{"format": "yaml"}"#,
            r#"{"min_confidence": 2}"#,
            r#"{"include_schemas": "public"}"#,
            r#"[]"#,
        ] {
            let got = sqlstate_and_hint(&format!(
                "SELECT sequin_hasura_metadata('hubspot', '{bad}')"
            ));
            assert!(got.starts_with("22023 ") && got.len() > 7, "{bad}: {got}");
        }
        let got = sqlstate_and_hint(
            r#"SELECT * FROM sequin_hasura_suggest_relationships('hubspot', '{"format": "bulk"}')"#,
        );
        assert!(
            got.starts_with("22023 valid options are: include_schemas, min_confidence"),
            "{got}"
        );
        assert!(sqlstate_and_hint("SELECT sequin_hasura_metadata(NULL)").starts_with("22004 "));
        assert!(
            sqlstate_and_hint("SELECT * FROM sequin_hasura_suggest_relationships(NULL)")
                .starts_with("22004 ")
        );
    }

    #[pg_test]
    fn null_options_mean_defaults() {
        hubspot();
        let a = metadata("SELECT sequin_hasura_metadata('hubspot', NULL)");
        let b = metadata("SELECT sequin_hasura_metadata('hubspot')");
        assert_eq!(a, b);
    }

    fn targets(schema: &str, options: &str, table: &str, column: &str) -> Vec<String> {
        Spi::connect(|c| {
            c.select(
                "SELECT to_schema || '.' || to_table || ':' || name
                 FROM sequin_hasura_suggest_relationships($1, $2::jsonb)
                 WHERE kind = 'object' AND from_table = $3 AND from_columns = ARRAY[$4]
                 ORDER BY 1",
                None,
                &[schema.into(), options.into(), table.into(), column.into()],
            )
            .unwrap()
            .map(|row| row.get::<String>(1).unwrap().unwrap())
            .collect()
        })
    }

    #[pg_test]
    fn rows_resolve_polymorphic_columns_by_id_prefix() {
        salesforce();
        assert_eq!(
            targets("salesforce", "{}", "task", "who_id"),
            vec!["salesforce.contact:who_contact", "salesforce.lead:who_lead"]
        );
        assert_eq!(
            targets("salesforce", "{}", "task", "what_id"),
            vec![
                "salesforce.account:what_account",
                "salesforce.case:what_case",
                "salesforce.opportunity:what_opportunity"
            ]
        );
        // from names alone there is nothing to go on
        assert!(targets("salesforce", r#"{"row_evidence": false}"#, "task", "who_id").is_empty());
    }

    #[pg_test]
    fn rows_send_a_cross_schema_reference_to_the_table_holding_its_values() {
        salesforce();
        let opts = r#"{"include_schemas": ["public"]}"#;
        assert_eq!(
            targets("salesforce", opts, "contact", "user_id"),
            vec!["public.users:user"]
        );
        let names_only = r#"{"include_schemas": ["public"], "row_evidence": false}"#;
        assert_eq!(
            targets("salesforce", names_only, "contact", "user_id"),
            vec!["salesforce.user:user"]
        );
        let evidence = Spi::get_one::<JsonB>(
            r#"SELECT evidence FROM sequin_hasura_suggest_relationships('salesforce', '{"include_schemas": ["public"]}')
               WHERE kind = 'object' AND from_table = 'contact' AND from_columns = '{user_id}'"#,
        )
        .unwrap()
        .unwrap()
        .0;
        assert_eq!(evidence["rows"]["match_rate"], 1.0);
        assert_eq!(evidence["cast"], "int4");
    }

    #[pg_test]
    fn dirty_and_hidden_rows_never_break_sampling() {
        salesforce();
        // values that are not ids of any type, and a column the caller cannot read
        Spi::run("INSERT INTO salesforce.contact (id, user_id, account_id) VALUES ('x1', 'not a number', 'not an id ü'), ('x2', '99999999999999999', '')").unwrap();
        Spi::run(
            "CREATE ROLE psh_reader; GRANT USAGE ON SCHEMA salesforce TO psh_reader;
                  GRANT SELECT (id, account_id) ON salesforce.contact TO psh_reader;
                  GRANT SELECT ON salesforce.account TO psh_reader;
                  SET ROLE psh_reader",
        )
        .unwrap();
        let names = targets("salesforce", "{}", "contact", "account_id");
        assert_eq!(names, vec!["salesforce.account:account"]);
        let doc = metadata("SELECT sequin_hasura_metadata('salesforce')");
        // the reader sees two tables and only the columns granted
        assert_eq!(
            tables(&doc),
            vec!["salesforce.account", "salesforce.contact"]
        );
        // no relationship through a column the reader may not see (owner_id, reports_to_id…)
        assert_eq!(
            rel_names(&doc, "contact", "object_relationships"),
            vec!["account"]
        );
        assert_eq!(
            rel_names(&doc, "account", "array_relationships"),
            vec![
                "accounts_by_master_record",
                "accounts_by_parent",
                "contacts"
            ]
        );
        Spi::run("RESET ROLE").unwrap();
    }

    #[pg_test]
    fn unique_keys_other_than_the_primary_key_are_targets() {
        // Heroku Connect: serial id, unique varchar(18) sfid, lookups hold sfids
        Spi::run(
            "CREATE SCHEMA hc;
             CREATE TABLE hc.account (id serial PRIMARY KEY, sfid varchar(18) UNIQUE, name text);
             CREATE TABLE hc.opportunity (id serial PRIMARY KEY, sfid varchar(18) UNIQUE, accountid varchar(18), name text);",
        )
        .unwrap();
        assert_eq!(
            targets("hc", "{}", "opportunity", "accountid"),
            vec!["hc.account:account"]
        );
        let to = Spi::get_one::<Vec<String>>(
            "SELECT to_columns FROM sequin_hasura_suggest_relationships('hc')
             WHERE kind = 'object' AND from_table = 'opportunity'",
        )
        .unwrap()
        .unwrap();
        assert_eq!(to, vec!["sfid"]);
    }

    #[pg_test]
    fn an_unknown_included_schema_is_an_error_too() {
        hubspot();
        let got = sqlstate_and_hint(
            r#"SELECT sequin_hasura_metadata('hubspot', '{"include_schemas": ["hubspot", "publik"]}')"#,
        );
        assert_eq!(got, "3F000 similar schemas: \"public\"");
    }
}

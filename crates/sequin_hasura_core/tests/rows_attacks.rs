//! Attacks on the row rules of 2026-12-07 (a red-team pass): a few values confirming a
//! weak name (`few_values_match`), a few distinctive ids deciding where a name points
//! nowhere, numbers that look like ids probed against every numeric key, camelCase
//! names read by their words, and irregular plurals by class. Each test builds a
//! realistic schema and its rows (an in-memory `RowSource`), runs the whole pipeline
//! as `sequin_hasura_metadata()` would (row evidence on, default threshold 0.7), and
//! asserts what a careful human would configure.

use std::collections::BTreeMap;

use sequin_hasura_core::catalog::{sort_tables, Table};
use sequin_hasura_core::error::ApiResult;
use sequin_hasura_core::evidence::{Probe, ProbeType, Read, RowSource};
use sequin_hasura_core::hasura::Analysis;
use sequin_hasura_core::options::Options;
use sequin_hasura_core::pipeline;
use sequin_hasura_core::testing::*;

const S: &str = "s";

// ------------------------------------------------------------------------ harness

/// Rows in memory: each table's values per column, in heap order (the first keys a
/// table shows are the first ones stored, as Postgres returns them).
#[derive(Default, Clone)]
struct Rows {
    rows: BTreeMap<String, BTreeMap<String, Vec<String>>>,
}

impl Rows {
    fn set(&mut self, table: &str, column: &str, values: Vec<String>) -> &mut Self {
        self.rows
            .entry(table.to_string())
            .or_default()
            .insert(column.to_string(), values);
        self
    }

    fn values(&self, table: &str, column: &str) -> Vec<String> {
        self.rows
            .get(table)
            .and_then(|t| t.get(column))
            .cloned()
            .unwrap_or_default()
    }
}

impl RowSource for Rows {
    fn sample(
        &mut self,
        table: &Table,
        columns: &[&str],
        _rows: i64,
    ) -> ApiResult<Read<Vec<Vec<String>>>> {
        Ok(Ok(columns
            .iter()
            .map(|c| {
                let mut v = self.values(&table.name, c);
                v.sort();
                v.dedup();
                v
            })
            .collect()))
    }

    fn first_keys(
        &mut self,
        tables: &[Table],
        targets: &[(usize, &str)],
    ) -> ApiResult<BTreeMap<usize, Read<Vec<String>>>> {
        Ok(targets
            .iter()
            .map(|(t, k)| {
                let mut v = self.values(&tables[*t].name, k);
                v.truncate(20);
                (*t, Ok(v))
            })
            .collect())
    }

    fn count_matches(
        &mut self,
        tables: &[Table],
        probes: &[&Probe],
    ) -> ApiResult<Vec<Read<usize>>> {
        Ok(probes
            .iter()
            .map(|p| {
                let keys = self.values(&tables[p.target].name, &p.key);
                // a number is compared as a number, as `key = ANY($1::int8[])` does
                let same = |a: &str, b: &str| match p.probe_type {
                    ProbeType::Int8 | ProbeType::Numeric => {
                        match (a.parse::<f64>(), b.parse::<f64>()) {
                            (Ok(x), Ok(y)) => x == y,
                            _ => false,
                        }
                    }
                    ProbeType::Uuid => a.eq_ignore_ascii_case(b),
                    ProbeType::Text => a == b,
                };
                let set: std::collections::BTreeSet<&str> =
                    keys.iter().map(String::as_str).collect();
                Ok(p.values
                    .iter()
                    .filter(|v| match p.probe_type {
                        ProbeType::Text => set.contains(v.as_str()),
                        _ => keys.iter().any(|k| same(k, v)),
                    })
                    .count())
            })
            .collect())
    }
}

/// An application table keyed by `id int4` (an app database replicated by a sync tool).
fn int_table(name: &str, cols: &[(&str, &str)]) -> Table {
    let mut all = vec![("id", "int4")];
    all.extend_from_slice(cols);
    keyed_table(S, name, &all, &["id"])
}

fn nums(r: std::ops::RangeInclusive<u64>) -> Vec<String> {
    r.map(|i| i.to_string()).collect()
}

fn strs(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

/// The whole pipeline with row evidence on, at the default threshold.
fn with_rows(mut tables: Vec<Table>, rows: &Rows) -> Analysis {
    for t in &mut tables {
        if t.row_estimate == 0.0 {
            let n = rows
                .rows
                .get(&t.name)
                .and_then(|c| c.values().map(Vec::len).max())
                .unwrap_or(10);
            t.row_estimate = n.max(1) as f64;
            t.pages = 1;
        }
    }
    sort_tables(&mut tables);
    let opts = Options::default();
    let mut rows = rows.clone();
    pipeline::analyze(tables, S, &opts, Some(&mut rows), &mut NoDatabase).expect("analysis")
}

/// Names alone, at the default threshold.
fn names_only(tables: Vec<Table>) -> Analysis {
    analyze(tables, S, 0.7)
}

// --------------------------------------------------------- numbers that look like ids

/// Principle: an amount is no id. Stripe-style `invoice.amount_paid` (integer cents)
/// ends in `id` only by spelling (`paid`); its values (1200…9900) lie in any dense
/// serial key long enough, here `event.id` (1…20000). Containment in one dense id
/// space, with no name pointing there, is no reference.
#[test]
fn an_amount_in_cents_is_no_reference_to_a_dense_serial_key() {
    let mut rows = Rows::default();
    rows.set("customer", "id", nums(1..=300))
        .set("event", "id", nums(1..=20000))
        .set("invoice", "id", nums(1..=60))
        .set("invoice", "customer_id", nums(1..=40))
        .set(
            "invoice",
            "amount_paid",
            strs(&["1200", "1500", "2000", "2500", "3000", "4900", "9900"]),
        );
    let a = with_rows(
        vec![
            int_table("customer", &[("email", "text")]),
            int_table("event", &[("kind", "text")]),
            int_table(
                "invoice",
                &[
                    ("customer_id", "int4"),
                    ("amount_paid", "int4"),
                    ("number", "text"),
                    ("status", "text"),
                ],
            ),
        ],
        &rows,
    );
    assert_eq!(
        target_of(&a, "invoice", "customer_id").as_deref(),
        Some("customer.id"),
        "{}",
        describe_all(&a)
    );
    assert_eq!(
        target_of(&a, "invoice", "amount_paid"),
        None,
        "{}",
        describe_all(&a)
    );
}

/// Principle: a sure name whose key holds none of its values *yet* (a backfill that
/// lands orders before customers: customers 1…50 synced, orders pointing at 101…140,
/// all of the key's shape) stands, as the README promises; numbers found in another
/// dense key (`product.id` 1…500) do not overturn it.
#[test]
fn numbers_do_not_overturn_a_sure_name_during_a_backfill() {
    let mut rows = Rows::default();
    rows.set("customer", "id", nums(1..=50))
        .set("product", "id", nums(1..=500))
        .set("orders", "id", nums(1..=60))
        .set("orders", "customer_id", nums(101..=140));
    let a = with_rows(
        vec![
            int_table("customer", &[("email", "text")]),
            int_table("product", &[("title", "text")]),
            int_table("orders", &[("customer_id", "int4")]),
        ],
        &rows,
    );
    assert_ne!(
        target_of(&a, "orders", "customer_id").as_deref(),
        Some("product.id"),
        "{}",
        describe_all(&a)
    );
    assert_eq!(
        target_of(&a, "orders", "customer_id").as_deref(),
        Some("customer.id"),
        "{}",
        describe_all(&a)
    );
}

/// Principle: ids of another system (`customer.legacy_id`, the old CRM's numbers) are
/// no reference to whichever local table happens to count past them: one big serial
/// key (`page_view`, 1…10000) holds every 4-digit number.
#[test]
fn another_systems_numbers_are_no_reference_to_the_one_big_table() {
    let mut rows = Rows::default();
    rows.set("page_view", "id", nums(1..=10000))
        .set("store", "id", nums(1..=12))
        .set("customer", "id", nums(1..=80))
        .set(
            "customer",
            "legacy_id",
            strs(&[
                "1043", "1187", "2210", "3378", "4051", "5120", "7764", "8802",
            ]),
        );
    let a = with_rows(
        vec![
            int_table("page_view", &[("url", "text")]),
            int_table("store", &[("name", "text")]),
            int_table("customer", &[("legacy_id", "int4"), ("email", "text")]),
        ],
        &rows,
    );
    assert_eq!(
        target_of(&a, "customer", "legacy_id"),
        None,
        "{}",
        describe_all(&a)
    );
}

/// Principle: years are no ids. A budget's `fiscal_year_id` holding 2019…2025 (no
/// `fiscal_year` table) is found in every key counting past 2025; one such key is
/// no reference. Text keys holding digits (as Sequin lands them) are numbers too.
#[test]
fn years_are_no_ids_even_when_one_key_holds_them() {
    let mut rows = Rows::default();
    rows.set("journal_entry", "id", nums(1..=6000))
        .set("department", "id", nums(1..=25))
        .set("budget", "id", nums(1..=40))
        .set("budget", "fiscal_year_id", nums(2019..=2025));
    let a = with_rows(
        vec![
            sequin_table(S, "journal_entry", &[("memo", "text")]),
            sequin_table(S, "department", &[("name", "text")]),
            sequin_table(
                S,
                "budget",
                &[
                    ("fiscal_year_id", "text"),
                    ("department_id", "text"),
                    ("amount", "numeric"),
                    ("memo", "text"),
                ],
            ),
        ],
        &rows,
    );
    assert_eq!(
        target_of(&a, "budget", "fiscal_year_id"),
        None,
        "{}",
        describe_all(&a)
    );
}

/// Principle (what the numbers rule was for): AdventureWorks' `componentid` and
/// `productassemblyid` are products, with real row counts: `billofmaterials` has
/// 2,679 rows keyed 1…3482, which holds every product id (1…999) too. The column's
/// own table's key is no rival of the product table.
#[test]
fn component_ids_find_product_even_when_the_own_key_counts_past_them() {
    let mut rows = Rows::default();
    // (product ids with gaps, as a catalogue's are: a dense key holds any number in
    // its range, neighbours too, so its containment decides nothing; see
    // `an_amount_in_cents_is_no_reference_to_a_dense_serial_key`)
    let components: Vec<String> = (0..40).map(|i| (318 + i * 15).to_string()).collect();
    let products: Vec<String> = (1..=333u64).map(|i| (i * 3).to_string()).collect();
    rows.set("product", "productid", products)
        .set("billofmaterials", "billofmaterialsid", nums(1..=3482))
        .set("billofmaterials", "componentid", components.clone())
        .set(
            "billofmaterials",
            "productassemblyid",
            components[..20].to_vec(),
        )
        .set("unitmeasure", "unitmeasurecode", strs(&["EA", "IN", "OZ"]));
    let a = with_rows(
        vec![
            keyed_table(
                S,
                "product",
                &[("productid", "int4"), ("name", "text")],
                &["productid"],
            ),
            keyed_table(
                S,
                "unitmeasure",
                &[("unitmeasurecode", "text"), ("name", "text")],
                &["unitmeasurecode"],
            ),
            keyed_table(
                S,
                "billofmaterials",
                &[
                    ("billofmaterialsid", "int4"),
                    ("productassemblyid", "int4"),
                    ("componentid", "int4"),
                    ("bomlevel", "int2"),
                ],
                &["billofmaterialsid"],
            ),
        ],
        &rows,
    );
    assert_eq!(
        target_of(&a, "billofmaterials", "componentid").as_deref(),
        Some("product.productid"),
        "{}",
        describe_all(&a)
    );
    assert_eq!(
        target_of(&a, "billofmaterials", "productassemblyid").as_deref(),
        Some("product.productid"),
        "{}",
        describe_all(&a)
    );
}

/// Principle: the entity and its versioned copy are one id space, not two rival ones:
/// with `product` and Fivetran's `product_history` (keyed by `id` and the version's
/// start) both holding the component ids, the numbers still name `product`, as
/// names would (a versioned copy is only what an id means when the entity's table
/// is missing).
#[test]
fn a_versioned_copy_is_no_rival_for_numbers() {
    let mut rows = Rows::default();
    // (ids with gaps: see `component_ids_find_product_even_when_the_own_key_counts_past_them`)
    let components: Vec<String> = (0..30).map(|i| (318 + i * 21).to_string()).collect();
    let products: Vec<String> = (1..=333u64).map(|i| (i * 3).to_string()).collect();
    let mut history_ids = products.clone();
    history_ids.extend(products.clone());
    rows.set("product", "id", products)
        .set("product_history", "id", history_ids)
        .set("assembly_line", "id", nums(1..=40))
        .set("assembly_line", "componentid", components);
    let mut history = keyless_table(
        S,
        "product_history",
        &[
            ("id", "int4"),
            ("_fivetran_start", "timestamp"),
            ("name", "text"),
        ],
    );
    history.primary_key = vec!["id".into(), "_fivetran_start".into()];
    let a = with_rows(
        vec![
            int_table("product", &[("name", "text")]),
            history,
            int_table("assembly_line", &[("componentid", "int4")]),
        ],
        &rows,
    );
    assert_eq!(
        target_of(&a, "assembly_line", "componentid").as_deref(),
        Some("product.id"),
        "{}",
        describe_all(&a)
    );
}

/// Principle: zip codes are no ids. A `customer.zip_id`-style column is unusual, but
/// `shipping_zone_id` holding US zip codes (94105, 10001…) of a shop with no zone
/// table is found in any key counting past 99999: an `order_line` table of 150,000
/// rows is no zone.
#[test]
fn zip_codes_are_no_reference_to_a_large_serial_key() {
    let mut rows = Rows::default();
    let mut ids: Vec<String> = nums(100000..=100019);
    ids.extend(nums(10000..=99999));
    rows.set("order_line", "id", ids)
        .set("shop", "id", nums(1..=9))
        .set(
            "shop",
            "shipping_zone_id",
            strs(&["10001", "30301", "60601", "75201", "94105", "98101"]),
        );
    let a = with_rows(
        vec![
            int_table("order_line", &[("sku", "text")]),
            int_table("shop", &[("shipping_zone_id", "int4")]),
        ],
        &rows,
    );
    assert_eq!(
        target_of(&a, "shop", "shipping_zone_id"),
        None,
        "{}",
        describe_all(&a)
    );
}

// ----------------------------------------------------------------- a few values

/// Principle: few numbers never decide (README), so they do not confirm either: a
/// bare text `discount` holding percentages '10' and '20' is found in any dense int
/// key, here `discount.id` (1…200), and confirms nothing of the weak bare name.
#[test]
fn small_numbers_found_in_a_dense_key_confirm_no_weak_name() {
    let mut rows = Rows::default();
    rows.set("discount", "id", nums(1..=200))
        .set("orders", "id", nums(1..=50))
        .set("orders", "customer_id", nums(1..=30))
        .set("orders", "discount", strs(&["10", "20"]))
        .set("customer", "id", nums(1..=100));
    let a = with_rows(
        vec![
            int_table("customer", &[("email", "text")]),
            int_table("discount", &[("code", "text"), ("percent_off", "int4")]),
            int_table(
                "orders",
                &[
                    ("customer_id", "int4"),
                    ("discount", "text"),
                    ("total", "numeric"),
                    ("placed_at", "timestamp"),
                ],
            ),
        ],
        &rows,
    );
    assert_eq!(
        target_of(&a, "orders", "discount"),
        None,
        "{}",
        describe_all(&a)
    );
}

/// Principle: a few values only confirm what a name says; they never make a weak
/// name in another schema (a bare word matched across schemas, with a cast) as sure
/// as an `_id` column in its own. Here `crm.deal.owner` (text, bare) and the app's
/// `public.users` (int ids): '1' and '2' are in any int key.
#[test]
fn two_small_numbers_do_not_lift_a_bare_name_across_schemas() {
    let mut rows = Rows::default();
    rows.set("users", "id", nums(1..=500))
        .set("deal", "owner", strs(&["1", "2"]))
        .set("deal", "account_id", strs(&["a1", "a2"]))
        .set("account", "id", strs(&["a1", "a2"]));
    let mut users = keyless_table("public", "users", &[("id", "int4"), ("email", "text")]);
    users.primary_key = vec!["id".into()];
    users.unique_columns = vec!["id".into()];
    let a = with_rows(
        vec![
            users,
            sequin_table(S, "account", &[("name", "text")]),
            sequin_table(
                S,
                "deal",
                &[
                    ("owner", "text"),
                    ("account_id", "text"),
                    ("amount", "numeric"),
                    ("stage", "text"),
                ],
            ),
        ],
        &rows,
    );
    let r = a
        .refs
        .iter()
        .find(|r| a.tables[r.child].name == "deal" && r.child_column == "owner");
    assert!(
        r.is_none_or(|r| !r.rules.iter().any(|x| x == "few_values_match")),
        "{}",
        describe_all(&a)
    );
}

/// Principle: dates are no ids that tell tables apart. '2024-01-31' is a token of 10
/// characters, but every date-keyed table (`exchange_rate` keyed by its `date`)
/// holds it: three month-end dates in `balance.statement_id` (no statement table)
/// name no table.
#[test]
fn a_few_dates_are_no_distinctive_ids() {
    let mut rows = Rows::default();
    let dates: Vec<String> = (1..=12)
        .flat_map(|m| (1..=28).map(move |d| format!("2024-{m:02}-{d:02}")))
        .chain(["2024-01-31", "2024-03-31"].map(String::from))
        .collect();
    rows.set("exchange_rate", "date", dates)
        .set(
            "balance",
            "statement_id",
            strs(&["2024-01-28", "2024-02-28", "2024-03-28"]),
        )
        .set("balance", "id", strs(&["b1", "b2", "b3"]));
    let a = with_rows(
        vec![
            keyed_table(
                S,
                "exchange_rate",
                &[("date", "text"), ("usd_eur", "numeric")],
                &["date"],
            ),
            sequin_table(
                S,
                "balance",
                &[("statement_id", "text"), ("amount", "numeric")],
            ),
        ],
        &rows,
    );
    assert_eq!(
        target_of(&a, "balance", "statement_id"),
        None,
        "{}",
        describe_all(&a)
    );
}

/// Principle: status words are no ids. 'cancelled', 'completed' are tokens of 8+
/// characters, and a lookup of another status (`payment_status`, keyed by its code)
/// holds them: two words in `shipment.state_id` (no `state` table) are no reference
/// to payment statuses.
#[test]
fn a_few_status_words_are_no_distinctive_ids() {
    let mut rows = Rows::default();
    rows.set(
        "payment_status",
        "code",
        strs(&[
            "authorized",
            "cancelled",
            "completed",
            "refunded",
            "pending",
        ]),
    )
    .set("shipment", "id", strs(&["s1", "s2", "s3", "s4"]))
    .set("shipment", "state_id", strs(&["cancelled", "completed"]));
    let a = with_rows(
        vec![
            keyed_table(
                S,
                "payment_status",
                &[("code", "text"), ("label", "text")],
                &["code"],
            ),
            sequin_table(S, "shipment", &[("state_id", "text")]),
        ],
        &rows,
    );
    assert_eq!(
        target_of(&a, "shipment", "state_id"),
        None,
        "{}",
        describe_all(&a)
    );
}

// ------------------------------------------------------------------- camelCase names

/// Principle: a camelCase schema's `accountId` is an `_id` column by its words, so
/// the schema is no bare-link (Airtable-like) schema: a bare text `owner` holding
/// the owner's *name* is as weak as in its snake_case twin, where it is no reference.
#[test]
fn a_camel_case_schema_is_no_bare_link_schema() {
    let build = |camel: bool| {
        let (acc, own) = if camel {
            ("accountId", "owner")
        } else {
            ("account_id", "owner")
        };
        vec![
            sequin_table(S, "user", &[("email", "text"), ("name", "text")]),
            sequin_table(S, "account", &[("name", "text")]),
            sequin_table(
                S,
                "deal",
                &[
                    (acc, "text"),
                    (own, "text"),
                    ("amount", "numeric"),
                    ("title", "text"),
                ],
            ),
        ]
    };
    let snake = names_only(build(false));
    assert_eq!(
        target_of(&snake, "deal", "owner"),
        None,
        "{}",
        describe_all(&snake)
    );
    let camel = names_only(build(true));
    assert_eq!(
        target_of(&camel, "deal", "accountId").as_deref(),
        Some("account.id"),
        "{}",
        describe_all(&camel)
    );
    assert_eq!(
        target_of(&camel, "deal", "owner"),
        None,
        "{}",
        describe_all(&camel)
    );
}

/// Principle: a record keyed by another entity's id is no table of the thing its
/// name ends with, in camelCase as in snake_case (Workday's `worker_leave_status`,
/// keyed by `leave_request_event_id`, holds no statuses for `status_id`).
#[test]
fn a_camel_case_record_keyed_by_another_entity_is_no_entity_suffix_target() {
    let build = |camel: bool| {
        let (table, key, child, col) = if camel {
            (
                "workerLeaveStatus",
                "leaveRequestEventId",
                "militaryService",
                "statusId",
            )
        } else {
            (
                "worker_leave_status",
                "leave_request_event_id",
                "military_service",
                "status_id",
            )
        };
        (
            vec![
                keyed_table(S, table, &[(key, "text"), ("on_leave", "bool")], &[key]),
                sequin_table(S, child, &[(col, "text"), ("rank", "text")]),
            ],
            child,
            col,
        )
    };
    let (tables, child, col) = build(false);
    let snake = names_only(tables);
    assert_eq!(
        target_of(&snake, child, col),
        None,
        "{}",
        describe_all(&snake)
    );
    let (tables, child, col) = build(true);
    let camel = names_only(tables);
    assert_eq!(
        target_of(&camel, child, col),
        None,
        "{}",
        describe_all(&camel)
    );
}

/// Principle: a people table is told by its people's names or addresses, however
/// they are spelled: `appUser` with `emailAddress` and `firstName` is the people
/// table its snake_case twin `app_user(email_address, first_name)` is, so
/// `createdById` and `ownerId` are its people.
#[test]
fn a_camel_case_people_table_is_told_by_its_camel_case_columns() {
    let build = |camel: bool| {
        let (users, email, first, child, created, owner) = if camel {
            (
                "appUser",
                "emailAddress",
                "firstName",
                "invoice",
                "createdById",
                "ownerId",
            )
        } else {
            (
                "app_user",
                "email_address",
                "first_name",
                "invoice",
                "created_by_id",
                "owner_id",
            )
        };
        (
            vec![
                sequin_table(S, users, &[(email, "text"), (first, "text")]),
                sequin_table(S, "account", &[("name", "text")]),
                sequin_table(
                    S,
                    child,
                    &[(created, "text"), (owner, "text"), ("total", "numeric")],
                ),
            ],
            users,
            created,
            owner,
        )
    };
    for camel in [false, true] {
        let (tables, users, created, owner) = build(camel);
        let a = names_only(tables);
        for col in [created, owner] {
            assert_eq!(
                target_of(&a, "invoice", col),
                Some(format!("{users}.id")),
                "{col}\n{}",
                describe_all(&a)
            );
        }
    }
}

/// Principle: a camelCase column with an acronym reads as the snake_case name its
/// API documents: `OAuthTokenId` (Microsoft Graph / Salesforce style) is an
/// `oauth_token_id`, the id of an `oauth_token`.
#[test]
fn an_acronym_in_camel_case_is_one_word() {
    let a = names_only(vec![
        sequin_table(S, "oauth_token", &[("scope", "text")]),
        sequin_table(S, "api_call", &[("OAuthTokenId", "text")]),
    ]);
    assert_eq!(
        target_of(&a, "api_call", "OAuthTokenId").as_deref(),
        Some("oauth_token.id"),
        "{}",
        describe_all(&a)
    );
}

/// Principle: hostile spellings never panic, with rows or without: all-caps (`ID`,
/// `URL`, `SKU`), Turkish dotted and dotless i (`İd`, `KULLANICIID`, `kullanıcıId`),
/// combining marks, digits only, leading underscores, titlecase digraphs, emoji, and
/// the column's own table; and the same catalog gives the same references twice.
#[test]
fn hostile_spellings_never_panic_and_are_deterministic() {
    let names = [
        "ID",
        "Id",
        "iD",
        "URL",
        "SKU",
        "SKUId",
        "İd",
        "İD",
        "KULLANICIID",
        "kullanıcıId",
        "Kullanıcı_İd",
        "ǅemalId",
        "e\u{301}tatId",
        "_accountId",
        "__Id",
        "_",
        "123",
        "2faId",
        "ßId",
        "ẞID",
        "🦀Id",
        "ΣΊΣΥΦΟΣId",
        "aİ",
        "IdId",
        "ID_ID",
        "parentİd",
        "ownerID",
        "createdById",
    ];
    let mut cols: Vec<(&str, &str)> = names.iter().map(|n| (*n, "text")).collect();
    cols.push(("amountPaid", "int4"));
    let tables = || {
        vec![
            sequin_table(S, "Kullanıcı", &[("email", "text")]),
            sequin_table(S, "İşlem", &cols),
            sequin_table(S, "ID", &[]),
            sequin_table(S, "SKU", &[]),
            sequin_table(S, "ǅemal", &[]),
        ]
    };
    let mut rows = Rows::default();
    for n in names {
        rows.set(
            "İşlem",
            n,
            strs(&["101", "202", "303", "404", "505", "İ", "ı"]),
        );
    }
    rows.set("Kullanıcı", "id", nums(1..=600))
        .set("ID", "id", strs(&["İ", "ı", "101"]))
        .set("İşlem", "id", nums(1..=20));
    let first = with_rows(tables(), &rows);
    let second = with_rows(tables(), &rows);
    assert_eq!(describe_all(&first), describe_all(&second));
    let _ = names_only(tables());
}

// ------------------------------------------------------------- irregular plurals

/// Principle: a position is no reference. Fivetran-style list tables and ordered
/// items carry an integer `index`; a table of market `indices` (now the plural of
/// `index`) is not what each item's position refers to, by names or by rows.
#[test]
fn a_position_named_index_is_no_reference_to_indices() {
    let tables = || {
        vec![
            sequin_table(S, "indices", &[("symbol", "text"), ("name", "text")]),
            sequin_table(S, "watchlist", &[("name", "text")]),
            sequin_table(
                S,
                "watchlist_item",
                &[
                    ("watchlist_id", "text"),
                    ("index", "int4"),
                    ("symbol", "text"),
                ],
            ),
        ]
    };
    let a = names_only(tables());
    assert_eq!(
        target_of(&a, "watchlist_item", "index"),
        None,
        "{}",
        describe_all(&a)
    );
    let mut rows = Rows::default();
    rows.set("indices", "id", nums(1..=40))
        .set("watchlist", "id", nums(1..=5))
        .set("watchlist_item", "watchlist_id", nums(1..=5))
        .set("watchlist_item", "index", nums(0..=11));
    let a = with_rows(tables(), &rows);
    assert_eq!(
        target_of(&a, "watchlist_item", "index"),
        None,
        "{}",
        describe_all(&a)
    );
}

/// Principle: a stream's `lives` (live broadcasts, as TikTok's and YouTube's APIs
/// call them) are lives of `live`, referred to by `live_id`: an irregular plural
/// read by its class (`lives` → `life`) must not lose the regular reading when the
/// column names the regular singular.
#[test]
fn live_id_still_finds_a_table_of_lives() {
    let a = names_only(vec![
        sequin_table(
            S,
            "lives",
            &[("title", "text"), ("started_at", "timestamp")],
        ),
        sequin_table(S, "live_comment", &[("live_id", "text"), ("body", "text")]),
    ]);
    assert_eq!(
        target_of(&a, "live_comment", "live_id").as_deref(),
        Some("lives.id"),
        "{}",
        describe_all(&a)
    );
}

/// The references the own-key step made, as `child.column -> parent`.
fn own_key_links(a: &Analysis) -> Vec<String> {
    a.refs
        .iter()
        .filter(|r| r.rules.iter().any(|x| x == "own_key_contained"))
        .map(|r| {
            format!(
                "{}.{} -> {}",
                a.tables[r.child].name, r.child_column, a.tables[r.parent].name
            )
        })
        .collect()
}

// --------------------------------------------------------- a table's own key as a reference

/// Principle: a table's own key refers elsewhere only when its ids are of a kind no
/// unrelated key holds by chance, and one other key holds them all: lookup tables
/// keyed by the same words or dates (`status.code`, `holiday.date`), serial numbers
/// two tables both count (`order_archive.id`), ids two keys hold alike, ids half of
/// which another key holds, and a view over a table are no extension of anything;
/// twins (one id set in two tables) are linked once.
#[test]
fn own_keys_link_only_where_one_key_holds_all_their_distinctive_ids() {
    let hex: Vec<String> = (0..12u64)
        .map(|i| format!("{:010x}", 0x0042_694e_9e57_u64 + i * 104_729))
        .collect();
    let words = strs(&["cancelled", "completed", "delivered", "refunded"]);
    let dates: Vec<String> = (1..=28).map(|d| format!("2024-01-{d:02}")).collect();
    let mut rows = Rows::default();
    rows.set("campaigns", "id", hex[..8].to_vec())
        .set("campaign_settings", "id", hex[..8].to_vec())
        .set("reports", "id", hex[..4].to_vec())
        .set("drafts", "id", [&hex[6..8], &hex[8..12]].concat())
        .set("campaign_view", "id", hex[..8].to_vec())
        .set("status", "code", words.clone())
        .set("payment_status", "code", words[..2].to_vec())
        .set("calendar", "date", dates.clone())
        .set("holiday", "date", dates[..3].to_vec())
        .set("orders", "id", nums(100..=140))
        .set("order_archive", "id", nums(100..=120));
    let mut view = sequin_table(S, "campaign_view", &[]);
    view.kind = sequin_hasura_core::catalog::RelKind::View;
    view.primary_key.clear();
    view.unique_columns.clear();
    let tables = vec![
        sequin_table(S, "campaigns", &[]),
        sequin_table(S, "campaign_settings", &[]),
        sequin_table(S, "reports", &[]),
        sequin_table(S, "drafts", &[]),
        view,
        keyed_table(S, "status", &[("code", "text")], &["code"]),
        keyed_table(S, "payment_status", &[("code", "text")], &["code"]),
        keyed_table(S, "calendar", &[("date", "text")], &["date"]),
        keyed_table(S, "holiday", &[("date", "text")], &["date"]),
        int_table("orders", &[]),
        int_table("order_archive", &[]),
    ];
    let a = with_rows(tables.clone(), &rows);
    let own = own_key_links(&a);
    // reports' ids lie in campaigns and in its twin alike: no margin, no link; the two
    // twins (the same ids, as many rows) are one id set, linked once, the same way
    assert_eq!(
        own,
        vec!["campaigns.id -> campaign_settings".to_string()],
        "{}",
        describe_all(&a)
    );
    // without the twin, reports extend campaigns; drafts (half inside) and the view do not
    let mut rows_one = rows.clone();
    rows_one.rows.remove("campaign_settings");
    let a = with_rows(
        tables
            .into_iter()
            .filter(|t| t.name != "campaign_settings")
            .collect(),
        &rows_one,
    );
    let own = own_key_links(&a);
    assert_eq!(
        own,
        vec!["reports.id -> campaigns".to_string()],
        "{}",
        describe_all(&a)
    );
}

/// Principle: what a bare role column holds decides it, however few its values: logins
/// or e-mail addresses in `ticket.assignee` are no `users.id` (uuids), even one of
/// them; uuids the key lacks (people not synced yet) keep the name.
#[test]
fn a_bare_role_holding_logins_is_no_reference_to_uuid_people() {
    let people: Vec<String> = (0..5)
        .map(|i| format!("6a1f6d3c-0000-4000-8000-00000000000{i}"))
        .collect();
    let tables = || {
        vec![
            sequin_table(S, "users", &[("email", "text")]),
            // (a schema whose people are bare by convention: created_by, owner, assignee)
            sequin_table(
                S,
                "ticket",
                &[
                    ("assignee", "text"),
                    ("created_by", "text"),
                    ("owner", "text"),
                ],
            ),
        ]
    };
    assert!(
        target_of(&names_only(tables()), "ticket", "assignee").is_some(),
        "by its name, the assignee is a user"
    );
    for (values, dropped) in [
        (strs(&["freddieadmin"]), true),
        (strs(&["ana@example.com", "bo@example.com"]), true),
        (strs(&["6a1f6d3c-0000-4000-8000-0000000000ff"]), false),
    ] {
        let mut rows = Rows::default();
        rows.set("users", "id", people.clone())
            .set("ticket", "assignee", values.clone())
            .set("ticket", "id", strs(&["t1", "t2"]));
        let a = with_rows(tables(), &rows);
        let r = a
            .refs
            .iter()
            .find(|r| a.tables[r.child].name == "ticket" && r.child_column == "assignee");
        let demoted = r.is_none_or(|r| r.rules.iter().any(|x| x == "values_of_another_shape"));
        assert_eq!(demoted, dropped, "{values:?}\n{}", describe_all(&a));
    }
}

/// Principle: a copy of a table holds the table's own ids and extends nothing: its
/// history or snapshot, a backup, an archive, an old, temporary or dated copy, named
/// with the qualifier before or after, from a plural name as from a singular one. A
/// table that is another entity (`contact_scores`) still extends the one it keys by.
#[test]
fn a_copy_of_a_table_is_no_extension_of_it() {
    let hex: Vec<String> = (0..12u64)
        .map(|i| format!("{:010x}", 0x0042_694e_9e57_u64 + i * 104_729))
        .collect();
    let copies = [
        "contacts_history",
        "contacts_snapshot",
        "contact_history",
        "contacts_backup",
        "contacts_archive",
        "contacts_archived",
        "contacts_old",
        "old_contacts",
        "backup_contacts",
        "contacts_copy",
        "contacts_bak",
        "contacts_tmp",
        "contacts_2023",
        "contacts_20230101",
        "contacts_v2",
        "ContactsBackup",
    ];
    for copy in copies.into_iter().chain(["contact_scores"]) {
        let mut rows = Rows::default();
        rows.set("contacts", "id", hex[..8].to_vec())
            .set(copy, "id", hex[..4].to_vec());
        let tables = vec![sequin_table(S, "contacts", &[]), sequin_table(S, copy, &[])];
        let a = with_rows(tables, &rows);
        let want: Vec<String> = if copy == "contact_scores" {
            vec!["contact_scores.id -> contacts".into()]
        } else {
            vec![]
        };
        assert_eq!(own_key_links(&a), want, "{copy}: {}", describe_all(&a));
    }
}

/// Principle: which keys a table's own key is probed against is decided by what the
/// keys hold, not by where their tables sort: among many uuid-keyed tables, all of one
/// shape, `reports.id` still finds the `campaigns` whose ids it holds, however many
/// tables sort before `campaigns`: a wide schema by the ids the first keys read show,
/// a small one by probing every key of the shape.
#[test]
fn own_keys_find_their_table_among_many_of_one_shape() {
    let schema = |others: usize, campaigns: u64, reports: std::ops::Range<usize>| {
        let mut rows = Rows::default();
        let mut tables = vec![
            sequin_table(S, "campaigns", &[]),
            sequin_table(S, "reports", &[]),
        ];
        let ids: Vec<String> = (0..campaigns).map(|i| uuid(0xca, i)).collect();
        rows.set("campaigns", "id", ids.clone())
            .set("reports", "id", ids[reports].to_vec());
        for n in 0..others {
            // (every other table sorts before `campaigns`)
            let name = format!("b{n:03}_items");
            rows.set(&name, "id", (0..6).map(|i| uuid(n as u64 + 1, i)).collect());
            tables.push(sequin_table(S, &name, &[]));
        }
        with_rows(tables, &rows)
    };
    // a wide schema: the campaigns' first keys show the reports' ids
    let a = schema(90, 8, 0..4);
    assert_eq!(
        own_key_links(&a),
        vec!["reports.id -> campaigns".to_string()]
    );
    // a small schema, the reports' campaigns past the first keys read
    let a = schema(12, 100, 60..64);
    assert_eq!(
        own_key_links(&a),
        vec!["reports.id -> campaigns".to_string()]
    );
}

/// Principle: a table that extends another one to one (its own key holds the other's
/// ids) is no rival of the table it extends: ids found in both are the extended
/// table's, as Mailchimp's abuse reports name list members, some of whom were also
/// removed from an automation. Two unrelated keys that both hold the ids still tie,
/// and decide nothing.
#[test]
fn an_extension_is_no_rival_of_the_table_it_extends() {
    let hex: Vec<String> = (0..8u128)
        .map(|i| {
            format!(
                "{:032x}",
                0x5e2d_7e08_ff39_b4f5_81d9_9fe1_0138_84dc_u128
                    ^ i.wrapping_mul(0x9e37_79b9_7f4a_7c15_f39c_c060_5ced_c835)
            )
        })
        .collect();
    let schema = |removed_is_extension: bool| {
        let mut rows = Rows::default();
        rows.set("list_members", "id", hex.clone())
            .set("list_abuse_reports", "id", nums(1..=3))
            .set("list_abuse_reports", "email_id", hex[..3].to_vec());
        let removed = if removed_is_extension {
            // subscribers removed from an automation: list members, keyed by their id
            rows.set("removed_subscribers", "id", hex[..4].to_vec());
            sequin_table(S, "removed_subscribers", &[])
        } else {
            // a key that holds the same ids and others no list member has: no extension
            let others: Vec<String> = hex
                .iter()
                .map(|h| format!("{}{}", &h[16..], &h[..16]))
                .collect();
            rows.set(
                "removed_subscribers",
                "id",
                [&hex[..3], &others[..5]].concat(),
            );
            sequin_table(S, "removed_subscribers", &[])
        };
        let tables = vec![
            sequin_table(S, "list_members", &[("email_address", "text")]),
            keyed_table(
                S,
                "list_abuse_reports",
                &[("id", "int8"), ("email_id", "text")],
                &["id"],
            ),
            removed,
        ];
        with_rows(tables, &rows)
    };
    let a = schema(true);
    assert_eq!(
        target_of(&a, "list_abuse_reports", "email_id").as_deref(),
        Some("list_members.id"),
        "{}",
        describe_all(&a)
    );
    assert_eq!(
        own_key_links(&a),
        vec!["removed_subscribers.id -> list_members".to_string()]
    );
    let a = schema(false);
    assert_eq!(
        target_of(&a, "list_abuse_reports", "email_id"),
        None,
        "{}",
        describe_all(&a)
    );
}

/// Principle: a column whose name points nowhere is probed first against the keys whose
/// first keys already show its values, so the key it refers to is found among a dozen
/// keys of one shape however its table sorts (Mailchimp's `url_id` of a click).
#[test]
fn values_find_their_key_among_many_of_one_shape() {
    let mut rows = Rows::default();
    let links: Vec<String> = (0..8).map(|i| uuid(0x77, i)).collect();
    rows.set("tracked_links", "id", links.clone())
        .set("clicks", "id", (0..5).map(|i| uuid(0x99, i)).collect())
        .set("clicks", "origin_id", links[2..6].to_vec());
    let mut tables = vec![
        sequin_table(S, "tracked_links", &[]),
        sequin_table(S, "clicks", &[("origin_id", "text")]),
    ];
    for n in 0..12u64 {
        let name = format!("b{n:03}_items");
        rows.set(&name, "id", (0..6).map(|i| uuid(n + 1, i)).collect());
        tables.push(sequin_table(S, &name, &[]));
    }
    let a = with_rows(tables, &rows);
    assert_eq!(
        target_of(&a, "clicks", "origin_id").as_deref(),
        Some("tracked_links.id"),
        "{}",
        describe_all(&a)
    );
}

/// Principle: a word that makes a copy only when it qualifies the entity's own
/// (plural) name is no copy when it is part of another entity's name: advertising
/// `ad_copy` (the text of an ad, one per ad, keyed by the ad) extends `ads`, as
/// `contact_scores` extends `contacts`; `ads_copy` (a copy of the table) does not.
#[test]
fn ad_copy_is_an_extension_of_ads() {
    let ids = hex(0xad, 10);
    for (name, extends) in [("ad_copy", true), ("ads_copy", false)] {
        let mut rows = Rows::default();
        rows.set("ads", "id", ids.clone())
            .set(name, "id", ids[..5].to_vec());
        let a = with_rows(
            vec![
                sequin_table(S, "ads", &[("headline", "text")]),
                sequin_table(S, name, &[("body", "text")]),
            ],
            &rows,
        );
        let want: Vec<String> = if extends {
            vec![format!("{name}.id -> ads")]
        } else {
            vec![]
        };
        assert_eq!(own_key_links(&a), want, "{name}: {}", describe_all(&a));
    }
}

/// Distinctive hex ids (Mailchimp-like), `n` of them from seed `t`.
fn hex(t: u64, n: usize) -> Vec<String> {
    (0..n as u64)
        .map(|i| {
            let h = (t * 1_000 + i).wrapping_mul(0x9e37_79b9_7f4a_7c15);
            format!(
                "{:016x}{:016x}",
                h,
                h.rotate_left(29).wrapping_mul(0xbf58_476d_1ce4_e5b9)
            )
        })
        .collect()
}

/// A random-looking v4 uuid, the `i`th of seed `t`: nothing in their spelling tells one
/// table's from another's.
fn uuid(t: u64, i: u64) -> String {
    let h = (t * 1_000 + i).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    let l = h.rotate_left(29).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    format!(
        "{:08x}-{:04x}-4{:03x}-8{:03x}-{:012x}",
        h >> 32,
        (h >> 16) & 0xffff,
        h & 0xfff,
        l >> 52,
        l & 0xffff_ffff_ffff
    )
}

/// `n` random-looking v4 uuids of seed `t`.
fn uuids(t: u64, n: usize) -> Vec<String> {
    (0..n as u64).map(|i| uuid(t, i)).collect()
}

/// Principle: a wide schema finds an extension however its ids lie in the extended
/// table: `reports` keyed by recent campaigns (ids far past the first keys read of
/// `campaigns`) among ninety uuid tables still extend `campaigns`.
#[test]
fn own_keys_find_recent_rows_in_a_wide_schema() {
    let ids = uuids(0xca, 100);
    let mut rows = Rows::default();
    let mut tables = vec![
        sequin_table(S, "campaigns", &[]),
        sequin_table(S, "reports", &[]),
    ];
    rows.set("campaigns", "id", ids.clone())
        .set("reports", "id", ids[80..86].to_vec());
    for n in 0..90u64 {
        let name = format!("b{n:03}_items");
        rows.set(&name, "id", uuids(n + 1, 6));
        tables.push(sequin_table(S, &name, &[]));
    }
    let a = with_rows(tables, &rows);
    assert_eq!(
        own_key_links(&a),
        vec!["reports.id -> campaigns".to_string()]
    );
}

/// Principle: tables whose first keys show a few of an own key's ids by chance (a
/// cache of some campaigns) are probed first, but decide nothing: the table whose key
/// holds all the ids is still found in a wide schema.
#[test]
fn a_decoy_showing_some_ids_first_does_not_hide_the_real_table() {
    let ids = uuids(0xca, 100);
    let mut rows = Rows::default();
    let mut tables = vec![
        sequin_table(S, "campaigns", &[]),
        sequin_table(S, "reports", &[]),
        sequin_table(S, "a_featured_items", &[]),
    ];
    rows.set("campaigns", "id", ids.clone())
        .set("reports", "id", ids[60..66].to_vec())
        // a decoy whose first keys show two of the reports' ids and whose rest is other
        .set(
            "a_featured_items",
            "id",
            [ids[60..62].to_vec(), uuids(0xfe, 10)].concat(),
        );
    for n in 0..90u64 {
        let name = format!("b{n:03}_items");
        rows.set(&name, "id", uuids(n + 1, 6));
        tables.push(sequin_table(S, &name, &[]));
    }
    let a = with_rows(tables, &rows);
    assert_eq!(
        own_key_links(&a),
        vec!["reports.id -> campaigns".to_string()],
        "{}",
        describe_all(&a)
    );
}

/// Principle: values of a column whose name points nowhere find their key in a wide
/// schema though its first keys do not show them (clicks on recent tracked links).
#[test]
fn values_find_recent_rows_in_a_wide_schema() {
    let links = uuids(0x77, 100);
    let mut rows = Rows::default();
    rows.set("tracked_links", "id", links.clone())
        .set("clicks", "id", uuids(0x99, 5))
        .set("clicks", "origin_id", links[70..75].to_vec());
    let mut tables = vec![
        sequin_table(S, "tracked_links", &[]),
        sequin_table(S, "clicks", &[("origin_id", "text")]),
    ];
    for n in 0..90u64 {
        let name = format!("b{n:03}_items");
        rows.set(&name, "id", uuids(n + 1, 6));
        tables.push(sequin_table(S, &name, &[]));
    }
    let a = with_rows(tables, &rows);
    assert_eq!(
        target_of(&a, "clicks", "origin_id").as_deref(),
        Some("tracked_links.id"),
        "{}",
        describe_all(&a)
    );
}

/// Principle: an extension of an extension extends too: HubSpot-style
/// `contact_profiles` keyed by the contact and `contact_scores` keyed by the profile
/// (so by the contact). Each links to the table it extends; the innermost is not left
/// unlinked because its ids lie in both tables it extends.
#[test]
fn an_extension_of_an_extension_still_extends() {
    let ids = hex(0xc0, 12);
    let mut rows = Rows::default();
    rows.set("contacts", "id", ids.clone())
        .set("contact_profiles", "id", ids[..8].to_vec())
        .set("contact_scores", "id", ids[..4].to_vec());
    let a = with_rows(
        vec![
            sequin_table(S, "contacts", &[("email", "text")]),
            sequin_table(S, "contact_profiles", &[("bio", "text")]),
            sequin_table(S, "contact_scores", &[("score", "int4")]),
        ],
        &rows,
    );
    let own = own_key_links(&a);
    assert!(
        own.contains(&"contact_profiles.id -> contacts".to_string()),
        "{own:?}\n{}",
        describe_all(&a)
    );
    assert!(
        own.iter().any(|l| l.starts_with("contact_scores.id -> ")),
        "{own:?}\n{}",
        describe_all(&a)
    );
}

/// Where `table.column` was found to point, every target (one, or several for a
/// polymorphic column), as `target_table.target_column`.
fn refs_of(a: &Analysis, table: &str, column: &str) -> Vec<String> {
    a.refs
        .iter()
        .filter(|r| a.tables[r.child].name == table && r.child_column == column)
        .map(|r| format!("{}.{}", a.tables[r.parent].name, r.parent_column))
        .collect()
}

/// Principle: a table that extends another one to one is no rival of it, but neither
/// does it lose a column named for it: Mailchimp's `reports` are keyed by their
/// campaign's id, and `report_opens.report_id` (whose ids, as every report's, are
/// campaigns' too) is a report's, as its name says.
#[test]
fn a_column_named_for_an_extension_keeps_it() {
    let ids = hex(0xca, 10);
    let mut rows = Rows::default();
    rows.set("campaigns", "id", ids.clone())
        .set("reports", "id", ids[..6].to_vec())
        .set("report_opens", "id", hex(0x0e, 8))
        .set("report_opens", "report_id", ids[..4].to_vec());
    let a = with_rows(
        vec![
            sequin_table(S, "campaigns", &[("subject_line", "text")]),
            sequin_table(S, "reports", &[("emails_sent", "int4")]),
            sequin_table(
                S,
                "report_opens",
                &[("report_id", "text"), ("opened_at", "timestamp")],
            ),
        ],
        &rows,
    );
    assert_eq!(
        target_of(&a, "report_opens", "report_id").as_deref(),
        Some("reports.id"),
        "{}",
        describe_all(&a)
    );
}

/// Principle: twins (two tables of one id set, a campaign and its settings) are one
/// id space: a column whose ids lie in both is one reference or none, never a
/// polymorphic reference to both; a column named for one of them is that one's.
#[test]
fn twins_are_no_polymorphic_target() {
    let ids = hex(0xca, 8);
    let mut rows = Rows::default();
    rows.set("campaigns", "id", ids.clone())
        .set("campaign_settings", "id", ids.clone())
        .set("clicks", "id", hex(0xc1, 6))
        .set("clicks", "origin_id", ids[2..6].to_vec())
        .set("clicks", "campaign_id", ids[1..5].to_vec());
    let a = with_rows(
        vec![
            sequin_table(S, "campaigns", &[("subject_line", "text")]),
            sequin_table(S, "campaign_settings", &[("from_name", "text")]),
            sequin_table(
                S,
                "clicks",
                &[("origin_id", "text"), ("campaign_id", "text")],
            ),
        ],
        &rows,
    );
    let origin = refs_of(&a, "clicks", "origin_id");
    assert!(origin.len() <= 1, "{origin:?}\n{}", describe_all(&a));
    assert!(
        !a.refs.iter().any(|r| r.polymorphic),
        "{}",
        describe_all(&a)
    );
    assert_eq!(
        refs_of(&a, "clicks", "campaign_id"),
        vec!["campaigns.id".to_string()],
        "{}",
        describe_all(&a)
    );
}

/// Principle: a column whose ids lie in a table and in that table's extension is the
/// extended table's even when the extension sorts first and the name points nowhere
/// (Mailchimp abuse reports name list members; removed subscribers extend them).
#[test]
fn the_extended_table_wins_whatever_sorts_first() {
    let members = hex(0x11, 10);
    let mut rows = Rows::default();
    rows.set("members", "id", members.clone())
        .set("automation_removed_members", "id", members[..5].to_vec())
        .set("abuse_reports", "id", hex(0xab, 4))
        .set("abuse_reports", "email_id", members[..3].to_vec());
    let a = with_rows(
        vec![
            sequin_table(S, "members", &[("email_address", "text")]),
            sequin_table(S, "automation_removed_members", &[]),
            sequin_table(S, "abuse_reports", &[("email_id", "text")]),
        ],
        &rows,
    );
    assert_eq!(
        refs_of(&a, "abuse_reports", "email_id"),
        vec!["members.id".to_string()],
        "{}",
        describe_all(&a)
    );
}

/// Principle: numbered levels of a taxonomy are distinct entities, not dated copies of
/// one: `category_level_1` and `category_level_2` (Shopify/Google product taxonomy
/// levels, each with its own serial ids) are rivals for numbers both hold, so
/// `products.category_level_2_id` is the level 2 category its name says.
#[test]
fn numbered_levels_are_distinct_entities() {
    let mut rows = Rows::default();
    rows.set("category_level_1", "id", nums(1..=30))
        .set("category_level_2", "id", nums(1..=200))
        .set("products", "id", nums(1..=50))
        .set("products", "category_level_2_id", nums(3..=14));
    let tables = vec![
        int_table("category_level_1", &[("name", "text")]),
        int_table(
            "category_level_2",
            &[("name", "text"), ("category_level_1_id", "int4")],
        ),
        int_table(
            "products",
            &[("category_level_2_id", "int4"), ("title", "text")],
        ),
    ];
    let a = names_only(tables.clone());
    assert_eq!(
        target_of(&a, "products", "category_level_2_id").as_deref(),
        Some("category_level_2.id"),
        "names: {}",
        describe_all(&a)
    );
    let a = with_rows(tables, &rows);
    assert_eq!(
        refs_of(&a, "products", "category_level_2_id"),
        vec!["category_level_2.id".to_string()],
        "{}",
        describe_all(&a)
    );
    assert!(
        !a.refs.iter().any(|r| r.polymorphic),
        "{}",
        describe_all(&a)
    );
}

/// Principle: two numbered tables of distinct uuid entities (Airtable's default
/// `table_1`, `table_2`) whose keys both hold a column's ids (one synced into the
/// other) are rivals: the column is no reference to both.
#[test]
fn numbered_tables_of_one_stem_are_rivals() {
    let ids = uuids(0x71, 10);
    let mut rows = Rows::default();
    rows.set("table_1", "id", ids.clone())
        .set("table_2", "id", [ids.clone(), uuids(0x72, 5)].concat())
        .set("table_3", "id", uuids(0x73, 5))
        .set("table_3", "source", ids[..4].to_vec());
    let a = with_rows(
        vec![
            sequin_table(S, "table_1", &[("name", "text")]),
            sequin_table(S, "table_2", &[("name", "text")]),
            sequin_table(S, "table_3", &[("source", "text")]),
        ],
        &rows,
    );
    let got = refs_of(&a, "table_3", "source");
    assert!(got.len() <= 1, "{got:?}\n{}", describe_all(&a));
    assert!(
        !a.refs.iter().any(|r| r.polymorphic),
        "{}",
        describe_all(&a)
    );
}

/// Principle: a copy is one entity with its table and no rival: ids found in
/// `orders` and in its dated copy `orders_2023` are the orders' (Stripe-like refunds).
#[test]
fn a_dated_copy_is_no_rival() {
    let ids = uuids(0x0d, 12);
    let mut rows = Rows::default();
    rows.set("orders", "id", ids.clone())
        .set("orders_2023", "id", ids[..8].to_vec())
        .set("refunds", "id", uuids(0x0e, 5))
        .set("refunds", "order_id", ids[..4].to_vec());
    let a = with_rows(
        vec![
            sequin_table(S, "orders", &[("total", "numeric")]),
            sequin_table(S, "orders_2023", &[("total", "numeric")]),
            sequin_table(S, "refunds", &[("order_id", "text")]),
        ],
        &rows,
    );
    assert_eq!(
        refs_of(&a, "refunds", "order_id"),
        vec!["orders.id".to_string()],
        "{}",
        describe_all(&a)
    );
    assert!(own_key_links(&a).is_empty(), "{}", describe_all(&a));
}

/// Principle: a copy is no rival of its table, but a column named for the copy is the
/// copy's: a restore job's `contacts_backup_id` names the backup row it restores from,
/// though the backup's ids are the contacts' too; one reference, not two.
#[test]
fn a_column_named_for_a_copy_is_the_copys() {
    let ids = uuids(0xc0, 12);
    let mut rows = Rows::default();
    rows.set("contacts", "id", ids.clone())
        .set("contacts_backup", "id", ids[..8].to_vec())
        .set("restore_jobs", "id", uuids(0x4e, 4))
        .set("restore_jobs", "contacts_backup_id", ids[..4].to_vec());
    let a = with_rows(
        vec![
            sequin_table(S, "contacts", &[("email", "text")]),
            sequin_table(S, "contacts_backup", &[("email", "text")]),
            sequin_table(S, "restore_jobs", &[("contacts_backup_id", "text")]),
        ],
        &rows,
    );
    assert_eq!(
        refs_of(&a, "restore_jobs", "contacts_backup_id"),
        vec!["contacts_backup.id".to_string()],
        "{}",
        describe_all(&a)
    );
}

/// Principle: a column whose bare name says nothing (`origin`, `target`) but whose
/// values are distinctive ids that one key holds, by a clear margin, refers to that
/// key, as `origin_id` would; a bare column of the row's own attributes (`email`,
/// `website`) is never read for it, and values no key holds make no link.
#[test]
fn a_bare_column_holding_ids_refers_by_its_values() {
    let links = uuids(0x77, 30);
    let mut rows = Rows::default();
    rows.set("tracked_links", "id", links.clone())
        .set("campaigns", "id", uuids(0x55, 30))
        .set("clicks", "id", uuids(0x99, 12))
        .set("clicks", "origin", links[3..15].to_vec())
        .set("clicks", "checksum", uuids(0x42, 12));
    let a = with_rows(
        vec![
            sequin_table(S, "tracked_links", &[]),
            sequin_table(S, "campaigns", &[]),
            sequin_table(S, "clicks", &[("origin", "text"), ("checksum", "text")]),
        ],
        &rows,
    );
    assert_eq!(
        refs_of(&a, "clicks", "origin"),
        vec!["tracked_links.id".to_string()],
        "{}",
        describe_all(&a)
    );
    assert_eq!(refs_of(&a, "clicks", "checksum"), Vec::<String>::new());
}

//! Attacks on the naming-convention rules of 2026-12-07 (a red-team pass over commits
//! c4298a2, 93ec327, 61bc534, 3edd1d8, 43b34d2 and 8e6975d): keyless streams identified
//! by the column named for them, `<entity>_<identifier word>` in any case and after a
//! role, email-identified people tables that declare no key, schemas that name their
//! people bare, run-together `<participle>by` and outside-system words, a one-word
//! entity spelt whole, fuller copies (`_detailed`), and camelCase names read by their
//! words. Each test builds a realistic schema (Sequin, Fivetran, Airbyte landings of
//! common SaaS APIs) and asserts what a careful human would configure, from names alone
//! (as `sequin_hasura_metadata()` with `row_evidence` off, threshold 0.7).
//! Tests named `guard_*` pin what the rules were made for and pass today.

use sequin_hasura_core::catalog::Table;
use sequin_hasura_core::hasura::Analysis;
use sequin_hasura_core::testing::*;

const S: &str = "s";

fn run(tables: Vec<Table>) -> Analysis {
    analyze(tables, S, 0.7)
}

fn users() -> Table {
    sequin_table(
        S,
        "users",
        &[
            ("email", "text"),
            ("first_name", "text"),
            ("last_name", "text"),
        ],
    )
}

// ------------------------------------------- rule 1: a keyless stream's own-name column

/// Principle: a stream that declares no key is identified by the column named for it
/// however the sync spells that name: run together (`templateid`, as the README reads
/// Heroku's `accountid` as `account_id`) or all in capitals (`TEMPLATEID`, a Snowflake-
/// style upper-case landing) is the same `template_id` as `templateId`.
#[test]
fn a_keyless_stream_is_identified_by_its_run_together_own_name_column() {
    let a = run(vec![
        users(),
        keyless_table(
            S,
            "templates",
            &[("templateid", "numeric"), ("name", "text")],
        ),
        keyless_table(
            S,
            "email_send",
            &[("templateid", "numeric"), ("createdat", "timestamp")],
        ),
        keyless_table(
            S,
            "CAMPAIGNS",
            &[("CAMPAIGNID", "numeric"), ("NAME", "text")],
        ),
        keyless_table(
            S,
            "EMAIL_CLICK",
            &[("CAMPAIGNID", "numeric"), ("URL", "text")],
        ),
    ]);
    assert_eq!(
        target_of(&a, "email_send", "templateid").as_deref(),
        Some("templates.templateid"),
        "{}",
        describe_all(&a)
    );
    assert_eq!(
        target_of(&a, "EMAIL_CLICK", "CAMPAIGNID").as_deref(),
        Some("CAMPAIGNS.CAMPAIGNID"),
        "{}",
        describe_all(&a)
    );
}

/// Principle: a table's name is read without the prefix most tables of its schema
/// share (README: `stripe_customer` -> `customer`), so Airbyte's "stream prefix"
/// setting (`iterable_templates`, `iterable_email_send`) changes nothing: the keyless
/// `iterable_templates` is still identified by its `templateId`.
#[test]
fn a_keyless_stream_with_a_destination_prefix_is_identified_by_its_own_name_column() {
    let a = run(vec![
        keyless_table(
            S,
            "iterable_users",
            &[("userId", "text"), ("email", "text"), ("firstName", "text")],
        ),
        keyless_table(
            S,
            "iterable_templates",
            &[("templateId", "numeric"), ("name", "text")],
        ),
        keyless_table(
            S,
            "iterable_email_send",
            &[("templateId", "numeric"), ("userId", "text")],
        ),
    ]);
    assert_eq!(
        target_of(&a, "iterable_email_send", "templateId").as_deref(),
        Some("iterable_templates.templateId"),
        "{}",
        describe_all(&a)
    );
    assert_eq!(
        target_of(&a, "iterable_email_send", "userId").as_deref(),
        Some("iterable_users.userId"),
        "{}",
        describe_all(&a)
    );
}

/// Principle: a row with a key of its own keeps its own address (README: "a vendor's
/// or a lead's `email` is its own address"). A keyless Airbyte stream identified by
/// the column named for it (`customers.customerId`, `leads.leadId`) is exactly such a
/// row: it is an entity, not an event, so its `email` is the customer's own, not a
/// reference to the people table.
#[test]
fn a_keyless_entity_streams_own_email_is_no_reference_to_the_people_table() {
    let a = run(vec![
        // Iterable-style keyless people table (the rule's own case)
        keyless_table(
            S,
            "users",
            &[("userId", "text"), ("email", "text"), ("firstName", "text")],
        ),
        keyless_table(
            S,
            "customers",
            &[
                ("customerId", "text"),
                ("email", "text"),
                ("firstName", "text"),
                ("lastName", "text"),
            ],
        ),
        keyless_table(
            S,
            "leads",
            &[("leadId", "text"), ("email", "text"), ("company", "text")],
        ),
    ]);
    assert_eq!(
        target_of(&a, "customers", "email"),
        None,
        "{}",
        describe_all(&a)
    );
    assert_eq!(
        target_of(&a, "leads", "email"),
        None,
        "{}",
        describe_all(&a)
    );
}

/// Principle: an email in another source's schema is that source's address, not a
/// reference into this schema's people (the email rule speaks of one system's events:
/// an Iterable `email_send` holds an Iterable user's address). A SendGrid bounce
/// landed in its own schema is no row of Iterable's `users`.
#[test]
fn an_email_in_another_sources_schema_is_no_reference_to_this_ones_people() {
    let mut bounces = keyless_table(
        "sendgrid",
        "bounces",
        &[("email", "text"), ("reason", "text"), ("created", "int8")],
    );
    bounces.row_estimate = 1.0;
    let a = analyze(
        vec![
            keyless_table(
                "iterable",
                "users",
                &[("userId", "text"), ("email", "text"), ("firstName", "text")],
            ),
            keyless_table(
                "iterable",
                "email_send",
                &[("email", "text"), ("templateId", "numeric")],
            ),
            bounces,
            keyless_table(
                "sendgrid",
                "spam_reports",
                &[("email", "text"), ("ip", "text")],
            ),
        ],
        "iterable",
        0.7,
    );
    assert_eq!(
        target_of(&a, "bounces", "email"),
        None,
        "{}",
        describe_all(&a)
    );
    assert_eq!(
        target_of(&a, "spam_reports", "email"),
        None,
        "{}",
        describe_all(&a)
    );
}

// --------------------------------------- rule 2: <entity>_<identifier word> after a role

/// Principle: a table's own identifier refers to nothing (README: "never a table's own
/// identifier (`sales_invoice.invoiceno`)"), and a purchase order's number is a
/// purchase order's (README: "`purchaseordernumber` is a purchase order's"), however
/// it is spelt: `purchase_orders.PurchaseOrderNumber` and a bill's
/// `purchase_order_number` are no `orders.number` (Shopify's order number) because
/// `purchase` names no table.
#[test]
fn a_purchase_order_number_with_words_is_no_orders_number() {
    let a = run(vec![
        sequin_table(
            S,
            "orders",
            // (an ERP's sales order number, `SO-1001`)
            &[("number", "text"), ("name", "text"), ("total", "numeric")],
        ),
        sequin_table(
            S,
            "purchase_orders",
            &[("PurchaseOrderNumber", "text"), ("Status", "text")],
        ),
        sequin_table(
            S,
            "work_orders",
            &[("work_order_number", "text"), ("status", "text")],
        ),
        sequin_table(
            S,
            "bills",
            &[("purchase_order_number", "text"), ("amount", "numeric")],
        ),
    ]);
    for (t, c) in [
        ("purchase_orders", "PurchaseOrderNumber"),
        ("work_orders", "work_order_number"),
        ("bills", "purchase_order_number"),
    ] {
        assert_ne!(
            target_of(&a, t, c).as_deref(),
            Some("orders.number"),
            "{t}.{c}\n{}",
            describe_all(&a)
        );
    }
}

/// Principle: a number kept from another system is that system's (README: a
/// `legacycustomernumber` is "another thing", no customer's identifier). Written with
/// words, `legacy_customer_number` and `external_account_code` are still the old or
/// outside system's, no `customers.number` / `accounts.code` of this one.
#[test]
fn legacy_and_external_numbers_with_words_are_no_entity_identifier() {
    let a = run(vec![
        sequin_table(S, "customers", &[("number", "text"), ("email", "text")]),
        sequin_table(S, "accounts", &[("code", "text"), ("name", "text")]),
        sequin_table(
            S,
            "invoices",
            &[
                ("customer_id", "text"),
                ("legacy_customer_number", "text"),
                ("external_account_code", "text"),
                ("old_account_code", "text"),
            ],
        ),
    ]);
    for c in [
        "legacy_customer_number",
        "external_account_code",
        "old_account_code",
    ] {
        assert_eq!(
            target_of(&a, "invoices", c),
            None,
            "{c}\n{}",
            describe_all(&a)
        );
    }
}

/// Principle: a phone's country code is a dialling code (`+44`), not a country's ISO
/// code: `phone_country_code` names a phone's attribute, and `phone` is no role the
/// country plays. Nor is `postal_code`/`zip_code` anyone's code.
#[test]
fn a_phone_country_code_is_no_countrys_code() {
    let a = run(vec![
        keyed_table(
            S,
            "countries",
            &[("code", "text"), ("name", "text"), ("dial_code", "text")],
            &["code"],
        ),
        sequin_table(
            S,
            "contacts",
            &[
                ("country_code", "text"),
                ("phone_country_code", "text"),
                ("mobile_phone_country_code", "text"),
            ],
        ),
    ]);
    assert_eq!(
        target_of(&a, "contacts", "country_code").as_deref(),
        Some("countries.code"),
        "{}",
        describe_all(&a)
    );
    for c in ["phone_country_code", "mobile_phone_country_code"] {
        assert_eq!(
            target_of(&a, "contacts", c),
            None,
            "{c}\n{}",
            describe_all(&a)
        );
    }
}

/// Principle: `uuid` and `guid` are identifier words (README: `code`, `number`, `no`,
/// `key`, `slug`, `uuid`, `handle`, `hash`…): `customer_uuid` holds the customer's
/// `uuid`, in any case (`CustomerUUID`, `accountGuid`), as `customer_code` holds its
/// `code`.
#[test]
fn a_uuid_or_guid_after_an_entity_joins_its_uuid() {
    let a = run(vec![
        sequin_table(S, "customers", &[("uuid", "text"), ("email", "text")]),
        sequin_table(S, "accounts", &[("guid", "text"), ("name", "text")]),
        sequin_table(
            S,
            "subscriptions",
            &[
                ("customer_uuid", "text"),
                ("CustomerUUID", "text"),
                ("accountGuid", "text"),
            ],
        ),
    ]);
    assert_eq!(
        target_of(&a, "subscriptions", "customer_uuid").as_deref(),
        Some("customers.uuid"),
        "{}",
        describe_all(&a)
    );
    assert_eq!(
        target_of(&a, "subscriptions", "CustomerUUID").as_deref(),
        Some("customers.uuid"),
        "{}",
        describe_all(&a)
    );
    assert_eq!(
        target_of(&a, "subscriptions", "accountGuid").as_deref(),
        Some("accounts.guid"),
        "{}",
        describe_all(&a)
    );
}

/// Guard (what rule 2 is for, Xero in PascalCase): `CurrencyCode` -> `currencies.Code`,
/// `SalesDefaultAccountCode` and `COGSAccountCode` (an acronym role) -> `accounts.Code`,
/// `ItemCode` -> `items.Code`; an account's own `BankAccountNumber` is nothing.
#[test]
fn guard_xero_codes_in_pascal_case() {
    let pascal = |name: &str, key: &str, cols: &[(&str, &str)]| keyed_table(S, name, cols, &[key]);
    let a = run(vec![
        pascal(
            "accounts",
            "AccountID",
            &[
                ("AccountID", "text"),
                ("Code", "text"),
                ("BankAccountNumber", "text"),
            ],
        ),
        pascal(
            "currencies",
            "Code",
            &[("Code", "text"), ("Description", "text")],
        ),
        pascal("items", "ItemID", &[("ItemID", "text"), ("Code", "text")]),
        pascal(
            "contacts",
            "ContactID",
            &[
                ("ContactID", "text"),
                ("SalesDefaultAccountCode", "text"),
                ("COGSAccountCode", "text"),
            ],
        ),
        pascal(
            "invoices",
            "InvoiceID",
            &[
                ("InvoiceID", "text"),
                ("CurrencyCode", "text"),
                ("ItemCode", "text"),
            ],
        ),
    ]);
    for (t, c, want) in [
        ("invoices", "CurrencyCode", "currencies.Code"),
        ("invoices", "ItemCode", "items.Code"),
        ("contacts", "SalesDefaultAccountCode", "accounts.Code"),
        ("contacts", "COGSAccountCode", "accounts.Code"),
    ] {
        assert_eq!(
            target_of(&a, t, c).as_deref(),
            Some(want),
            "{t}.{c}\n{}",
            describe_all(&a)
        );
    }
    assert_eq!(
        target_of(&a, "accounts", "BankAccountNumber"),
        None,
        "{}",
        describe_all(&a)
    );
}

// ------------------------------------------------- rule 4: schemas naming people bare

/// Principle: a browser's user agent and a page's referrer are strings about a
/// request, no person (`user_agent` is no role `agent` of a `user`). A Segment
/// warehouse, where every event table carries `context_user_agent`,
/// `context_page_referrer` and one `user_id`, is no schema that "names its people
/// bare": none of those columns refers to `users`.
#[test]
fn segment_user_agents_and_referrers_are_no_people() {
    let event = |name: &str, extra: &[(&str, &str)]| {
        let mut cols = vec![
            ("user_id", "text"),
            ("anonymous_id", "text"),
            ("context_user_agent", "text"),
            ("context_page_referrer", "text"),
            ("context_page_url", "text"),
            ("event_text", "text"),
        ];
        cols.extend_from_slice(extra);
        sequin_table(S, name, &cols)
    };
    let a = run(vec![
        users(),
        event("pages", &[("referrer", "text"), ("title", "text")]),
        event("tracks", &[("event", "text")]),
        event(
            "order_completed",
            &[("revenue", "numeric"), ("referrer", "text")],
        ),
        event("product_viewed", &[("sku", "text"), ("referrer", "text")]),
        event(
            "identifies",
            &[("email", "text"), ("context_device_manufacturer", "text")],
        ),
    ]);
    let people: Vec<String> = a
        .refs
        .iter()
        .filter(|r| a.tables[r.parent].name == "users" && r.child_column != "user_id")
        .map(|r| a.describe(r))
        .collect();
    assert!(people.is_empty(), "{people:#?}\n{}", describe_all(&a));
}

/// Principle: a word shaped like an agent noun is not always a person: a product's
/// `manufacturer`, a shipment's `courier`, a card's `issuer`, an ad's `publisher` are
/// companies named as text. Three of them in a shop's schema do not make it one that
/// "names its people bare", and none refers to `users`.
#[test]
fn manufacturers_couriers_and_issuers_are_no_people() {
    let a = run(vec![
        users(),
        sequin_table(
            S,
            "products",
            &[
                ("title", "text"),
                ("manufacturer", "text"),
                ("retailer", "text"),
            ],
        ),
        sequin_table(
            S,
            "shipments",
            &[
                ("order_id", "text"),
                ("courier", "text"),
                ("tracking_number", "text"),
            ],
        ),
        sequin_table(
            S,
            "payment_methods",
            &[("issuer", "text"), ("last4", "text"), ("user_id", "text")],
        ),
        sequin_table(S, "orders", &[("user_id", "text"), ("publisher", "text")]),
    ]);
    for (t, c) in [
        ("products", "manufacturer"),
        ("products", "retailer"),
        ("shipments", "courier"),
        ("payment_methods", "issuer"),
        ("orders", "publisher"),
    ] {
        assert_eq!(target_of(&a, t, c), None, "{t}.{c}\n{}", describe_all(&a));
    }
}

/// Guard (what rule 4 is for, Lever): `owner`, `user`, `sourcedBy`, `hiringManager`
/// bare in a schema whose people references are bare go to `users` (>= 0.7); a bare
/// plural (`followers`) stays a list.
#[test]
fn guard_lever_bare_people() {
    let a = run(vec![
        sequin_table(S, "users", &[("name", "text"), ("email", "text")]),
        sequin_table(
            S,
            "opportunities",
            &[
                ("owner", "text"),
                ("sourcedBy", "text"),
                ("followers", "text"),
                ("contact", "text"),
            ],
        ),
        sequin_table(
            S,
            "postings",
            &[
                ("hiringManager", "text"),
                ("user", "text"),
                ("owner", "text"),
            ],
        ),
        sequin_table(S, "notes", &[("user", "text"), ("value", "text")]),
    ]);
    for (t, c) in [
        ("opportunities", "owner"),
        ("opportunities", "sourcedBy"),
        ("postings", "hiringManager"),
        ("postings", "owner"),
        ("notes", "user"),
    ] {
        assert_eq!(
            target_of(&a, t, c).as_deref(),
            Some("users.id"),
            "{t}.{c}\n{}",
            describe_all(&a)
        );
    }
    assert_eq!(
        target_of(&a, "opportunities", "followers"),
        None,
        "{}",
        describe_all(&a)
    );
}

// ------------------------------------------ rule 5: run-together roles, outside systems

/// Principle: a self role run together is still a self role (README: `reversed_by`,
/// `replaced_by`, `superseded_by` point back at the row's own table). Zuora-style
/// lowercase `reversedbyid` in a `journal_entry` is the reversing entry, not a person,
/// though it is a run-together `<participle>by`.
#[test]
fn run_together_self_roles_are_self_references_not_people() {
    let a = run(vec![
        users(),
        sequin_table(
            S,
            "journal_entry",
            &[
                ("reversedbyid", "text"),
                ("createdbyid", "text"),
                ("amount", "numeric"),
            ],
        ),
        sequin_table(
            S,
            "subscription",
            &[("replacedbyid", "text"), ("supersededbyid", "text")],
        ),
    ]);
    assert_eq!(
        target_of(&a, "journal_entry", "createdbyid").as_deref(),
        Some("users.id"),
        "{}",
        describe_all(&a)
    );
    assert_eq!(
        target_of(&a, "journal_entry", "reversedbyid").as_deref(),
        Some("journal_entry.id"),
        "{}",
        describe_all(&a)
    );
    for c in ["replacedbyid", "supersededbyid"] {
        assert_eq!(
            target_of(&a, "subscription", c).as_deref(),
            Some("subscription.id"),
            "{c}\n{}",
            describe_all(&a)
        );
    }
}

/// Principle: an id named for another system is that system's (README: Pardot's
/// `salesforceAccountId`, Recharge's `shopify_customer_id`). The same holds for the
/// other systems a CRM is wired to: a Salesforce lead's `HubSpot_Contact_ID__c` (a
/// HubSpot contact) and `Stripe_Customer_ID__c`, or an app's `stripe_customer_id`,
/// are no Salesforce `contact` or app `customers` row.
#[test]
fn ids_named_for_other_systems_in_a_salesforce_schema_are_theirs() {
    let a = run(vec![
        sequin_table(S, "contact", &[("email", "text"), ("account_id", "text")]),
        sequin_table(S, "account", &[("name", "text")]),
        sequin_table(S, "customers", &[("name", "text")]),
        sequin_table(
            S,
            "lead",
            &[
                ("email", "text"),
                ("converted_contact_id", "text"),
                ("hubspot_contact_id__c", "text"),
                ("zendesk_account_id__c", "text"),
                ("stripe_customer_id__c", "text"),
            ],
        ),
    ]);
    assert_eq!(
        target_of(&a, "lead", "converted_contact_id").as_deref(),
        Some("contact.id"),
        "{}",
        describe_all(&a)
    );
    for c in [
        "hubspot_contact_id__c",
        "zendesk_account_id__c",
        "stripe_customer_id__c",
    ] {
        assert_eq!(target_of(&a, "lead", c), None, "{c}\n{}", describe_all(&a));
    }
}

/// Principle: a run-together identifier after a role is a reference when the name
/// spells the target table whole (README: `offsetglaccountno` -> `gl_account`). A
/// table named run together (`glaccount`, as Sage Intacct's own object names and
/// several syncs spell it) is spelt whole just the same: its name is two words though
/// it shows no `_`.
#[test]
fn a_run_together_two_word_table_spelt_whole_is_still_a_reference() {
    let a = run(vec![
        keyed_table(
            S,
            "glaccount",
            &[
                ("recordno", "int4"),
                ("accountno", "text"),
                ("title", "text"),
            ],
            &["recordno"],
        ),
        keyed_table(
            S,
            "apbill",
            &[("recordno", "int4"), ("vendorid", "text")],
            &["recordno"],
        ),
        keyed_table(
            S,
            "apbillitem",
            &[
                ("recordno", "int4"),
                ("recordkey", "int4"),
                ("accountno", "text"),
                ("offsetglaccountno", "text"),
            ],
            &["recordno"],
        ),
    ]);
    assert_eq!(
        target_of(&a, "apbillitem", "accountno").as_deref(),
        Some("glaccount.accountno"),
        "{}",
        describe_all(&a)
    );
    assert_eq!(
        target_of(&a, "apbillitem", "offsetglaccountno").as_deref(),
        Some("glaccount.accountno"),
        "{}",
        describe_all(&a)
    );
}

// --------------------------------------------------------------- rule 6: fuller copies

/// Principle: a table with an `<entity>_id` of its own holds records of that entity,
/// not the entity (README: `sensor_data.sensor_id` holds readings, no sensor). An
/// `orders_expanded` (one row per order line, each with its line `id` and its
/// `order_id`) is no fuller copy of `orders`: its `id` is no order's id.
#[test]
fn an_expanded_table_with_its_own_entity_id_is_no_copy() {
    let a = run(vec![
        sequin_table(S, "orders", &[("number", "int4"), ("total", "numeric")]),
        sequin_table(
            S,
            "orders_expanded",
            &[
                ("order_id", "text"),
                ("sku", "text"),
                ("quantity", "int4"),
                ("price", "numeric"),
            ],
        ),
    ]);
    assert_eq!(
        target_of(&a, "orders_expanded", "order_id").as_deref(),
        Some("orders.id"),
        "{}",
        describe_all(&a)
    );
    assert_eq!(
        target_of(&a, "orders_expanded", "id"),
        None,
        "{}",
        describe_all(&a)
    );
}

/// Guard (what rule 6 is for, Klaviyo): `lists_detailed.id` -> `lists.id`,
/// `campaigns_detailed.id` -> `campaigns.id`; `invoice_details` is no copy.
#[test]
fn guard_klaviyo_detailed_copies() {
    let a = run(vec![
        sequin_table(S, "lists", &[("name", "text")]),
        sequin_table(
            S,
            "lists_detailed",
            &[("name", "text"), ("profile_count", "int4")],
        ),
        sequin_table(S, "campaigns", &[("name", "text")]),
        sequin_table(
            S,
            "campaigns_detailed",
            &[("name", "text"), ("send_time", "text")],
        ),
        sequin_table(S, "invoice", &[]),
        sequin_table(S, "invoice_details", &[("amount", "numeric")]),
    ]);
    assert_eq!(
        target_of(&a, "lists_detailed", "id").as_deref(),
        Some("lists.id")
    );
    assert_eq!(
        target_of(&a, "campaigns_detailed", "id").as_deref(),
        Some("campaigns.id")
    );
    assert_eq!(
        target_of(&a, "invoice_details", "id"),
        None,
        "{}",
        describe_all(&a)
    );
}

// ------------------------------------------------------------------ rule 7: camelCase

/// Principle: an acronym's plural is one word and an `s` (`SKUs`, `URLs`, `APIs`): a
/// table `SKUs` is the entity `sku` that `skuId` / `SKUId` name, not `sk_u`.
#[test]
fn a_pluralised_acronym_table_is_named_by_its_acronym() {
    let a = run(vec![
        sequin_table(S, "SKUs", &[("Price", "numeric")]),
        sequin_table(S, "URLs", &[("Href", "text")]),
        sequin_table(
            S,
            "OrderLines",
            &[
                ("SKUId", "text"),
                ("skuId", "text"),
                ("URLId", "text"),
                ("Quantity", "int4"),
            ],
        ),
    ]);
    for (c, want) in [
        ("SKUId", "SKUs.id"),
        ("skuId", "SKUs.id"),
        ("URLId", "URLs.id"),
    ] {
        assert_eq!(
            target_of(&a, "OrderLines", c).as_deref(),
            Some(want),
            "{c}\n{}",
            describe_all(&a)
        );
    }
}

/// Principle: a camelCase name is read by its words only where the words mean what
/// they say: LinkedIn, YouTube, GitHub are one word each. `linkedInCompanyId` is a
/// LinkedIn company page's id (another system's), no `companies` row, and
/// `linkedIn` does not make `linked` a relation word.
#[test]
fn a_brand_in_camel_case_is_one_word_and_another_systems() {
    let a = run(vec![
        sequin_table(S, "companies", &[("name", "text")]),
        sequin_table(S, "channels", &[("name", "text")]),
        sequin_table(
            S,
            "contacts",
            &[
                ("companyId", "text"),
                ("linkedInCompanyId", "text"),
                ("youTubeChannelId", "text"),
            ],
        ),
    ]);
    assert_eq!(
        target_of(&a, "contacts", "companyId").as_deref(),
        Some("companies.id"),
        "{}",
        describe_all(&a)
    );
    for c in ["linkedInCompanyId", "youTubeChannelId"] {
        assert_eq!(
            target_of(&a, "contacts", c),
            None,
            "{c}\n{}",
            describe_all(&a)
        );
    }
}

// ------------------------------------------------------- panics and determinism

/// Principle: hostile names in the new rules' shapes never panic, and the same
/// catalog gives the same references whatever order its tables come in: keyless
/// streams named `_detailed`, `Id`, `_`, `İd`, empty own-name columns, identifier words
/// alone (`_code`, `Code`, `code_code`), run-together `edby`, outside-system words
/// alone, all-caps and mixed acronyms.
#[test]
fn hostile_convention_shapes_never_panic_and_are_deterministic() {
    let names = [
        "id",
        "Id",
        "ID",
        "_id",
        "code",
        "Code",
        "CODE",
        "_code",
        "code_code",
        "a_code",
        "ab_code",
        "abc_code",
        "x__code",
        "NoNo",
        "no_no",
        "edby",
        "edbyid",
        "eddby",
        "salesforce",
        "salesforceId",
        "shopifyid",
        "crm",
        "crmid",
        "gatewayid",
        "İd",
        "İCode",
        "ǅCode",
        "🦀Code",
        "user_",
        "userId",
        "UserID",
        "USERID",
        "owner",
        "sourcedBy",
        "createdby",
        "detailedId",
        "_detailed_id",
        "uuid",
        "Uuid",
    ];
    let cols: Vec<(&str, &str)> = names.iter().map(|n| (*n, "text")).collect();
    let tables = || {
        vec![
            keyless_table(S, "_detailed", &cols),
            keyless_table(S, "s_detailed", &cols),
            keyless_table(S, "detailed", &cols),
            keyless_table(S, "Id", &cols),
            keyless_table(S, "_", &cols),
            keyless_table(S, "İ", &cols),
            keyless_table(S, "users", &cols),
            keyless_table(S, "users_detailed", &cols),
            keyless_table(S, "codes", &cols),
            sequin_table(S, "no", &cols),
            sequin_table(S, "Code", &cols),
            sequin_table(S, "user_enriched_expanded", &cols),
        ]
    };
    let first = run(tables());
    let mut reversed = tables();
    reversed.reverse();
    let second = run(reversed);
    assert_eq!(describe_all(&first), describe_all(&second));
}

/// Join tables declare no key and are named for the ids they link: none of them is the
/// thing one of its ids names (HubSpot's `associations_company_deal` is no `deal`),
/// neither as a target nor as a runner-up, whatever the case or the word order.
#[test]
fn a_join_table_named_for_its_ids_is_no_target() {
    let a = run(vec![
        sequin_table(S, "company", &[("name", "text")]),
        sequin_table(S, "contact", &[("email", "text")]),
        sequin_table(S, "deal", &[("amount", "numeric")]),
        sequin_table(S, "line_item", &[("quantity", "numeric")]),
        keyless_table(
            S,
            "associations_company_deal",
            &[("company_id", "text"), ("deal_id", "text")],
        ),
        keyless_table(
            S,
            "associations_contact_deal",
            &[("contact_id", "text"), ("deal_id", "text")],
        ),
        keyless_table(
            S,
            "associations_deal_line_item",
            &[("deal_id", "text"), ("line_item_id", "text")],
        ),
        keyless_table(
            S,
            "DEAL_CONTACT",
            &[("DEALID", "text"), ("CONTACTID", "text")],
        ),
        keyless_table(
            S,
            "contactDeals",
            &[("contactId", "text"), ("dealId", "text")],
        ),
    ]);
    let links = |i: usize| {
        let n = &a.tables[i].name;
        n.starts_with("associations_") || n == "DEAL_CONTACT" || n == "contactDeals"
    };
    for r in &a.refs {
        assert!(!links(r.parent), "{}\n{}", a.describe(r), describe_all(&a));
        assert!(
            !r.runner_up.as_ref().is_some_and(|u| links(u.table)),
            "{}\n{}",
            a.describe(r),
            describe_all(&a)
        );
    }
    assert_eq!(
        target_of(&a, "associations_contact_deal", "deal_id").as_deref(),
        Some("deal.id")
    );
}

/// What refers to a table refers to its fuller copies, and to nothing that only looks
/// like one: records of the table (`orders_expanded` with its own `order_id`), a copy in
/// another schema, a copy with no `id`, a table merely ending in a copy word.
#[test]
fn only_a_true_fuller_copy_inherits_the_references_to_its_table() {
    let mut tables = vec![
        sequin_table(S, "lists", &[("name", "text")]),
        sequin_table(S, "lists_detailed", &[("name", "text")]),
        sequin_table(S, "lists_enriched", &[("score", "numeric")]),
        sequin_table(S, "subscribers", &[("list_id", "text")]),
        sequin_table(S, "orders", &[("total", "numeric")]),
        sequin_table(
            S,
            "orders_expanded",
            &[("order_id", "text"), ("sku", "text")],
        ),
        sequin_table(S, "refunds", &[("order_id", "text")]),
        sequin_table(S, "report_detailed", &[("list_id", "text")]),
        keyless_table(S, "campaigns_detailed", &[("campaign_ref", "text")]),
        sequin_table(S, "campaigns", &[]),
        sequin_table(S, "sends", &[("campaign_id", "text")]),
    ];
    tables.push(sequin_table("other", "lists_detailed", &[("name", "text")]));
    let a = run(tables);
    let parents = |child: &str, column: &str| {
        let mut p: Vec<String> = a
            .refs
            .iter()
            .filter(|r| {
                a.tables[r.child].schema == S
                    && a.tables[r.child].name == child
                    && r.child_column == column
            })
            .map(|r| {
                format!(
                    "{}.{}.{}",
                    a.tables[r.parent].schema, a.tables[r.parent].name, r.parent_column
                )
            })
            .collect();
        p.sort();
        p
    };
    assert_eq!(
        parents("subscribers", "list_id"),
        vec!["s.lists.id", "s.lists_detailed.id", "s.lists_enriched.id"],
        "{}",
        describe_all(&a)
    );
    assert_eq!(
        parents("refunds", "order_id"),
        vec!["s.orders.id"],
        "{}",
        describe_all(&a)
    );
    assert_eq!(
        parents("sends", "campaign_id"),
        vec!["s.campaigns.id"],
        "{}",
        describe_all(&a)
    );
    // the copy itself points at its table, not at its sibling copy
    assert_eq!(parents("lists_detailed", "id"), vec!["s.lists.id"]);
    for r in &a.refs {
        assert_ne!(a.tables[r.parent].schema, "other", "{}", a.describe(r));
    }
}

//! Attacks on the name rules of issue 15 (a red-team pass, 2026-12-07): realistic columns
//! that look like what the rules for Sage Intacct, Workday, Iterable and Airbyte's
//! Intercom read, but mean something else (`<x>key`, a part's whole by a generic noun, run-together
//! identifier columns, sibling guard, hierarchy/`_data`/phrase rules, surrogate keys,
//! typed identifiers, email-keyed people, receiver nouns, `<x>_id` → `id`).
//! Each test asserts what a careful human would configure, from names alone.

use sequin_hasura_core::catalog::Table;
use sequin_hasura_core::hasura::Analysis;
use sequin_hasura_core::testing::*;

const S: &str = "s";

fn run(tables: Vec<Table>) -> Analysis {
    analyze(tables, S, 0.7)
}

fn people() -> Table {
    sequin_table(
        S,
        "user",
        &[
            ("email", "text"),
            ("first_name", "text"),
            ("last_name", "text"),
        ],
    )
}

// ------------------------------------------------------------- receiver nouns (-ee)

/// `event_attendee_id` is the attendee of an event: a person, not the event.
/// (Rule 10: the receiver's kind takes the word before `attendee` as its kind.)
#[test]
fn event_attendee_is_a_person_not_the_event() {
    let a = run(vec![
        people(),
        sequin_table(S, "event", &[("title", "text"), ("starts_at", "timestamp")]),
        sequin_table(
            S,
            "survey_response",
            &[("event_attendee_id", "text"), ("score", "int4")],
        ),
    ]);
    assert_ne!(
        target_of(&a, "survey_response", "event_attendee_id").as_deref(),
        Some("event.id"),
        "{}",
        describe_all(&a)
    );
}

/// `task_assignee_id` / `project_assignee_id`: the one assigned the task is a person
/// (as Intercom's `admin_assignee_id` is an admin); `team_assignee_id` is the one case
/// where the word before names the assignee's kind, because a team can be assigned.
#[test]
fn task_and_project_assignee_are_people_not_the_task_or_project() {
    let a = run(vec![
        people(),
        sequin_table(S, "task", &[("title", "text")]),
        sequin_table(S, "project", &[("name", "text")]),
        sequin_table(
            S,
            "time_entry",
            &[
                ("task_assignee_id", "text"),
                ("project_assignee_id", "text"),
                ("hours", "numeric"),
            ],
        ),
    ]);
    assert_ne!(
        target_of(&a, "time_entry", "task_assignee_id").as_deref(),
        Some("task.id"),
        "{}",
        describe_all(&a)
    );
    assert_ne!(
        target_of(&a, "time_entry", "project_assignee_id").as_deref(),
        Some("project.id"),
        "{}",
        describe_all(&a)
    );
}

/// A meeting's invitee, a match's referee, a course's mentee are people.
#[test]
fn invitee_referee_mentee_of_a_thing_are_people() {
    let a = run(vec![
        people(),
        sequin_table(S, "meeting", &[("topic", "text")]),
        sequin_table(S, "match", &[("kickoff", "timestamp")]),
        sequin_table(S, "course", &[("title", "text")]),
        sequin_table(
            S,
            "feedback",
            &[
                ("meeting_invitee_id", "text"),
                ("match_referee_id", "text"),
                ("course_mentee_id", "text"),
            ],
        ),
    ]);
    for (col, wrong) in [
        ("meeting_invitee_id", "meeting.id"),
        ("match_referee_id", "match.id"),
        ("course_mentee_id", "course.id"),
    ] {
        assert_ne!(
            target_of(&a, "feedback", col).as_deref(),
            Some(wrong),
            "{col}\n{}",
            describe_all(&a)
        );
    }
}

/// Guard: Intercom's `team_assignee_id` → teams (keyed by `name`, joined on `id`),
/// `admin_assignee_id` → admins; words ending in `ee` that are no receivers
/// (`fee`, `guarantee`) take no kind from the word before them.
#[test]
fn guard_receiver_kind_intercom_and_non_receivers() {
    let a = run(vec![
        keyed_table(S, "teams", &[("id", "text"), ("name", "text")], &["name"]),
        sequin_table(S, "admins", &[("email", "text"), ("name", "text")]),
        sequin_table(S, "service", &[("name", "text")]),
        sequin_table(S, "bank", &[("name", "text")]),
        sequin_table(
            S,
            "conversations",
            &[
                ("team_assignee_id", "text"),
                ("admin_assignee_id", "text"),
                ("service_fee_id", "text"),
                ("bank_guarantee_id", "text"),
            ],
        ),
    ]);
    assert_eq!(
        target_of(&a, "conversations", "team_assignee_id").as_deref(),
        Some("teams.id")
    );
    assert_eq!(
        target_of(&a, "conversations", "admin_assignee_id").as_deref(),
        Some("admins.id")
    );
    assert_ne!(
        target_of(&a, "conversations", "service_fee_id").as_deref(),
        Some("service.id")
    );
    assert_ne!(
        target_of(&a, "conversations", "bank_guarantee_id").as_deref(),
        Some("bank.id")
    );
}

// ---------------------------------------------------- run-together identifier columns

/// A purchase invoice's `invoiceno` is the vendor's number, not a sales invoice's:
/// two sibling tables each with its own `invoiceno` do not refer to each other.
/// (Rule 3: identifier_column takes every other table whose entity ends in `invoice`.)
#[test]
fn sibling_tables_own_numbers_are_not_references_to_each_other() {
    let a = run(vec![
        sequin_table(
            S,
            "sales_invoice",
            &[
                ("invoiceno", "text"),
                ("customerid", "text"),
                ("amount", "numeric"),
            ],
        ),
        sequin_table(
            S,
            "purchase_invoice",
            &[
                ("invoiceno", "text"),
                ("vendorid", "text"),
                ("amount", "numeric"),
            ],
        ),
        sequin_table(S, "customer", &[("name", "text")]),
        sequin_table(S, "vendor", &[("name", "text")]),
    ]);
    assert_eq!(
        target_of(&a, "purchase_invoice", "invoiceno"),
        None,
        "{}",
        describe_all(&a)
    );
    assert_eq!(
        target_of(&a, "sales_invoice", "invoiceno"),
        None,
        "{}",
        describe_all(&a)
    );
}

/// Sage Intacct's VENDOR.VENDORACCOUNTNO is our account number at the vendor, and
/// CHECKINGACCOUNT.BANKACCOUNTNO the bank's account number: neither is a GL account.
/// (Rule 3 after a role: any `<role>accountno` → gl_account.accountno.)
#[test]
fn intacct_vendor_and_bank_account_numbers_are_no_gl_accounts() {
    let a = run(vec![
        keyed_table(
            S,
            "gl_account",
            &[
                ("recordno", "int4"),
                ("accountno", "text"),
                ("title", "text"),
            ],
            &["recordno"],
        ),
        keyed_table(
            S,
            "vendor",
            &[
                ("recordno", "int4"),
                ("vendorid", "text"),
                ("name", "text"),
                ("vendoraccountno", "text"),
            ],
            &["recordno"],
        ),
        keyed_table(
            S,
            "checking_account",
            &[
                ("recordno", "int4"),
                ("bankname", "text"),
                ("bankaccountno", "text"),
            ],
            &["recordno"],
        ),
    ]);
    assert_eq!(
        target_of(&a, "vendor", "vendoraccountno"),
        None,
        "{}",
        describe_all(&a)
    );
    assert_eq!(
        target_of(&a, "checking_account", "bankaccountno"),
        None,
        "{}",
        describe_all(&a)
    );
}

/// `externalcustomernumber`, `legacycustomernumber`, `externalinvoicenumber` are the
/// row's own numbers in another system: no self reference (the engine's own policy:
/// `external` names something else).
/// (Rule 3 in the table itself: a role before its own identifier is taken as another row.)
#[test]
fn external_and_legacy_numbers_are_no_self_references() {
    let a = run(vec![
        sequin_table(
            S,
            "customer",
            &[
                ("customernumber", "text"),
                ("externalcustomernumber", "text"),
                ("legacycustomernumber", "text"),
            ],
        ),
        sequin_table(
            S,
            "invoice",
            &[("invoicenumber", "text"), ("externalinvoicenumber", "text")],
        ),
    ]);
    assert_eq!(
        target_of(&a, "customer", "externalcustomernumber"),
        None,
        "{}",
        describe_all(&a)
    );
    assert_eq!(
        target_of(&a, "customer", "legacycustomernumber"),
        None,
        "{}",
        describe_all(&a)
    );
    assert_eq!(
        target_of(&a, "invoice", "externalinvoicenumber"),
        None,
        "{}",
        describe_all(&a)
    );
}

/// An AP bill's `vendorinvoicenumber` is the number on the vendor's paper, not one of
/// our (AR) invoices, nor the bill itself.
#[test]
fn vendor_invoice_number_is_not_our_invoice() {
    let a = run(vec![
        sequin_table(
            S,
            "invoice",
            &[("invoicenumber", "text"), ("customerid", "text")],
        ),
        sequin_table(S, "customer", &[("name", "text")]),
        sequin_table(
            S,
            "bill",
            &[
                ("billnumber", "text"),
                ("vendorinvoicenumber", "text"),
                ("vendorid", "text"),
            ],
        ),
        sequin_table(S, "vendor", &[("name", "text")]),
    ]);
    assert_eq!(
        target_of(&a, "bill", "vendorinvoicenumber"),
        None,
        "{}",
        describe_all(&a)
    );
}

/// Guard: the Sage Intacct convention the wave was built for still holds.
#[test]
fn guard_sage_intacct_convention() {
    let a = run(vec![
        keyed_table(
            S,
            "gl_account",
            &[
                ("recordno", "int4"),
                ("accountno", "text"),
                ("closingaccountno", "text"),
                ("closetoacctkey", "int4"),
            ],
            &["recordno"],
        ),
        keyed_table(
            S,
            "ap_bill",
            &[("recordno", "int4"), ("vendorid", "text")],
            &["recordno"],
        ),
        keyed_table(
            S,
            "ap_bill_item",
            &[
                ("recordno", "int4"),
                ("recordkey", "int4"),
                ("accountno", "text"),
                ("accountkey", "int4"),
                ("offsetglaccountno", "text"),
                ("itemid", "text"),
            ],
            &["recordno"],
        ),
        // (a Sage Intacct sync lands the whole of every part: `ar_invoice` beside its items)
        keyed_table(
            S,
            "ar_invoice",
            &[("recordno", "int4"), ("customerid", "text")],
            &["recordno"],
        ),
        keyed_table(
            S,
            "ar_invoice_item",
            &[("recordno", "int4"), ("itemid", "text")],
            &["recordno"],
        ),
    ]);
    assert_eq!(
        target_of(&a, "ap_bill_item", "recordkey").as_deref(),
        Some("ap_bill.recordno")
    );
    assert_eq!(
        target_of(&a, "ap_bill_item", "accountkey").as_deref(),
        Some("gl_account.recordno")
    );
    assert_eq!(
        target_of(&a, "ap_bill_item", "accountno").as_deref(),
        Some("gl_account.accountno")
    );
    assert_eq!(
        target_of(&a, "ap_bill_item", "offsetglaccountno").as_deref(),
        Some("gl_account.accountno")
    );
    assert_eq!(
        target_of(&a, "gl_account", "closetoacctkey").as_deref(),
        Some("gl_account.recordno")
    );
    assert_eq!(
        target_of(&a, "gl_account", "closingaccountno").as_deref(),
        Some("gl_account.accountno")
    );
    assert_ne!(
        target_of(&a, "ap_bill_item", "itemid").as_deref(),
        Some("ar_invoice_item.recordno")
    );
}

// --------------------------------------------------------------------- `<x>_key`

/// `activation.license_key` holds the license's key string, `license.license_key`;
/// joining it to `license.id` compares a key with an id.
/// (Rule 1: `_key` is read as `_id`, and the key chosen is the table's id.)
#[test]
fn license_key_joins_the_licenses_key_not_its_id() {
    let a = run(vec![
        sequin_table(
            S,
            "license",
            &[("license_key", "text"), ("expires_at", "timestamp")],
        ),
        sequin_table(
            S,
            "activation",
            &[("license_key", "text"), ("machine", "text")],
        ),
    ]);
    assert_eq!(
        target_of(&a, "activation", "license_key").as_deref(),
        Some("license.license_key"),
        "{}",
        describe_all(&a)
    );
}

/// A key-value settings table (`setting.key`): `user_setting.setting_key` is the
/// setting's `key` (README's entity identifier: `account_code` → `account.code`),
/// not its id.
#[test]
fn setting_key_joins_setting_key_column() {
    let a = run(vec![
        sequin_table(S, "setting", &[("key", "text"), ("default_value", "text")]),
        sequin_table(
            S,
            "user_setting",
            &[("setting_key", "text"), ("value", "text")],
        ),
    ]);
    assert_eq!(
        target_of(&a, "user_setting", "setting_key").as_deref(),
        Some("setting.key"),
        "{}",
        describe_all(&a)
    );
}

/// An API-management schema: `request_log.api_key` is a key of the `api_key` table
/// (by its `key`), not the `api` it belongs to.
#[test]
fn api_key_is_no_api() {
    let a = run(vec![
        sequin_table(S, "api", &[("name", "text")]),
        sequin_table(S, "api_key", &[("key", "text"), ("api_id", "text")]),
        sequin_table(S, "request_log", &[("api_key", "text"), ("path", "text")]),
    ]);
    assert_ne!(
        target_of(&a, "request_log", "api_key").as_deref(),
        Some("api.id"),
        "{}",
        describe_all(&a)
    );
}

/// Guard: a `_key` naming no table is nothing; a Kimball star joins the dimensions'
/// surrogate keys, role-played dates included.
#[test]
fn guard_generic_keys_and_kimball_star() {
    let a = run(vec![
        keyed_table(
            S,
            "dim_customer",
            &[
                ("customer_key", "int4"),
                ("customer_id", "text"),
                ("name", "text"),
            ],
            &["customer_key"],
        ),
        keyed_table(
            S,
            "dim_date",
            &[("date_key", "int4"), ("full_date", "date")],
            &["date_key"],
        ),
        keyless_table(
            S,
            "fact_sales",
            &[
                ("customer_key", "int4"),
                ("order_date_key", "int4"),
                ("sort_key", "text"),
                ("partition_key", "text"),
                ("primary_key", "text"),
                ("idempotency_key", "text"),
                ("amount", "numeric"),
            ],
        ),
    ]);
    assert_eq!(
        target_of(&a, "fact_sales", "customer_key").as_deref(),
        Some("dim_customer.customer_key")
    );
    assert_eq!(
        target_of(&a, "fact_sales", "order_date_key").as_deref(),
        Some("dim_date.date_key")
    );
    for c in [
        "sort_key",
        "partition_key",
        "primary_key",
        "idempotency_key",
    ] {
        assert_eq!(target_of(&a, "fact_sales", c), None, "{c}");
    }
}

// ------------------------------------------------------------ parts and their wholes

/// Regression: `sales_order_item.item_id` → `inventory_item` (entity suffix, as
/// `variant_id` → `product_variant`) was found before the wave; the sibling guard
/// (rule 5) drops it because the child's own name also ends in `item`, though
/// `inventory_item` is no sibling part.
#[test]
fn order_item_item_id_still_reaches_inventory_item() {
    let a = run(vec![
        sequin_table(S, "inventory_item", &[("sku", "text"), ("name", "text")]),
        sequin_table(S, "sales_order", &[("total", "numeric")]),
        sequin_table(
            S,
            "sales_order_item",
            &[
                ("sales_order_id", "text"),
                ("item_id", "text"),
                ("quantity", "numeric"),
            ],
        ),
    ]);
    assert_eq!(
        target_of(&a, "sales_order_item", "item_id").as_deref(),
        Some("inventory_item.id"),
        "{}",
        describe_all(&a)
    );
}

/// `audit_log_entry.record_id` (beside `record_type`) is the audited record, any
/// table's: not the audit log.
/// (Rule 2: `record` in a part table names its whole.)
#[test]
fn audited_record_id_is_not_the_log() {
    let a = run(vec![
        sequin_table(
            S,
            "audit_log",
            &[("actor", "text"), ("created_at", "timestamp")],
        ),
        sequin_table(
            S,
            "audit_log_entry",
            &[
                ("audit_log_id", "text"),
                ("record_id", "text"),
                ("record_type", "text"),
                ("field", "text"),
            ],
        ),
    ]);
    assert_eq!(
        target_of(&a, "audit_log_entry", "audit_log_id").as_deref(),
        Some("audit_log.id")
    );
    assert_eq!(
        target_of(&a, "audit_log_entry", "record_id"),
        None,
        "{}",
        describe_all(&a)
    );
}

/// Guard: `document_id` in a line table goes to a `document` table when one exists;
/// `header_id` names the whole.
#[test]
fn guard_document_table_beats_the_whole() {
    let a = run(vec![
        sequin_table(
            S,
            "document",
            &[("filename", "text"), ("mime_type", "text")],
        ),
        sequin_table(S, "invoice", &[("total", "numeric")]),
        sequin_table(
            S,
            "invoice_line",
            &[
                ("document_id", "text"),
                ("header_id", "text"),
                ("amount", "numeric"),
            ],
        ),
    ]);
    assert_eq!(
        target_of(&a, "invoice_line", "document_id").as_deref(),
        Some("document.id")
    );
    assert_eq!(
        target_of(&a, "invoice_line", "header_id").as_deref(),
        Some("invoice.id")
    );
}

// --------------------------------------------------------------- email-keyed people

/// A people table keyed by email (rule 9) makes every `email` a reference: a lead's or
/// a vendor's own email is its attribute, not a user.
#[test]
fn own_email_of_a_lead_or_vendor_is_no_user() {
    let a = run(vec![
        keyed_table(
            S,
            "user",
            &[
                ("email", "text"),
                ("first_name", "text"),
                ("signup_date", "timestamp"),
            ],
            &["email"],
        ),
        sequin_table(
            S,
            "lead",
            &[
                ("email", "text"),
                ("first_name", "text"),
                ("last_name", "text"),
                ("company", "text"),
            ],
        ),
        sequin_table(
            S,
            "vendor",
            &[("email", "text"), ("name", "text"), ("phone", "text")],
        ),
    ]);
    assert_eq!(target_of(&a, "lead", "email"), None, "{}", describe_all(&a));
    assert_eq!(
        target_of(&a, "vendor", "email"),
        None,
        "{}",
        describe_all(&a)
    );
}

/// Same with Iterable's versioned `user_history (email, updated_at)`: its events'
/// `email` is the user's (guard), a lead's own email is not.
#[test]
fn versioned_email_people_table_and_a_leads_own_email() {
    let a = run(vec![
        keyed_table(
            S,
            "user_history",
            &[
                ("email", "text"),
                ("updated_at", "timestamp"),
                ("first_name", "text"),
            ],
            &["email", "updated_at"],
        ),
        keyless_table(
            S,
            "event",
            &[
                ("email", "text"),
                ("campaign_id", "int4"),
                ("created_at", "timestamp"),
            ],
        ),
        sequin_table(
            S,
            "lead",
            &[
                ("email", "text"),
                ("first_name", "text"),
                ("last_name", "text"),
                ("phone", "text"),
            ],
        ),
    ]);
    assert_eq!(
        target_of(&a, "event", "email").as_deref(),
        Some("user_history.email")
    );
    assert_eq!(target_of(&a, "lead", "email"), None, "{}", describe_all(&a));
}

// ------------------------------------------------------------ typed ids and `<x>_id`

/// `invoice.account_id integer` holds account ids: `account.id` (a cast), not
/// `account.account_number` because that column happens to be an integer; the wrong
/// target also loses the object relationship (`account_number` is no key).
/// (Rule 8, contradicting rule 11's "`<x>_id` joins x's `id`".)
#[test]
fn typed_account_id_joins_the_id_not_the_account_number() {
    let a = run(vec![
        sequin_table(
            S,
            "account",
            &[("account_number", "int4"), ("name", "text")],
        ),
        sequin_table(
            S,
            "invoice",
            &[("account_id", "int4"), ("total", "numeric")],
        ),
    ]);
    assert_eq!(
        target_of(&a, "invoice", "account_id").as_deref(),
        Some("account.id"),
        "{}",
        describe_all(&a)
    );
}

/// Guard: Workday's `integer associated_worker_id` → `worker_history.worker_code`
/// (a worker code is the worker's id), and Heroku Connect's varchar `accountid`
/// → `account.sfid`, not the serial `id`.
#[test]
fn guard_workday_typed_and_heroku_sfid() {
    let mut acct = keyed_table(
        S,
        "account",
        &[("id", "int4"), ("sfid", "varchar"), ("name", "varchar")],
        &["id"],
    );
    acct.unique_columns = vec!["id".into(), "sfid".into()];
    let mut contact = keyed_table(
        S,
        "contact",
        &[
            ("id", "int4"),
            ("sfid", "varchar"),
            ("accountid", "varchar"),
        ],
        &["id"],
    );
    contact.unique_columns = vec!["id".into(), "sfid".into()];
    let a = run(vec![
        keyless_table(
            S,
            "worker_history",
            &[
                ("id", "text"),
                ("worker_code", "int4"),
                ("_fivetran_start", "timestamp"),
            ],
        ),
        sequin_table(S, "payroll", &[("associated_worker_id", "int4")]),
        acct,
        contact,
    ]);
    assert_eq!(
        target_of(&a, "payroll", "associated_worker_id").as_deref(),
        Some("worker_history.worker_code")
    );
    assert_eq!(
        target_of(&a, "contact", "accountid").as_deref(),
        Some("account.sfid")
    );
}

// ------------------------------------------------------------------ `<entity>_data`

/// `sensor_data` holds readings of a sensor (it has `sensor_id` itself): it is no
/// sensor table, so `alert.sensor_id` does not join `sensor_data.id` (a reading's id).
/// (Rule 6: `<entity>_data` stands for its entity like `_history`.)
#[test]
fn readings_table_is_not_the_sensor() {
    let a = run(vec![
        sequin_table(
            S,
            "sensor_data",
            &[
                ("sensor_id", "text"),
                ("value", "numeric"),
                ("recorded_at", "timestamp"),
            ],
        ),
        sequin_table(S, "alert", &[("sensor_id", "text"), ("message", "text")]),
    ]);
    assert_ne!(
        target_of(&a, "alert", "sensor_id").as_deref(),
        Some("sensor_data.id"),
        "{}",
        describe_all(&a)
    );
}

/// Guard: hierarchy self roles, and a category after `top_level` is a category.
#[test]
fn guard_hierarchy_roles() {
    let a = run(vec![
        sequin_table(
            S,
            "organization",
            &[
                ("superior_organization_id", "text"),
                ("top_level_organization_id", "text"),
                ("top_level_category_id", "text"),
            ],
        ),
        sequin_table(S, "category", &[("name", "text")]),
    ]);
    assert_eq!(
        target_of(&a, "organization", "superior_organization_id").as_deref(),
        Some("organization.id")
    );
    assert_eq!(
        target_of(&a, "organization", "top_level_organization_id").as_deref(),
        Some("organization.id")
    );
    assert_eq!(
        target_of(&a, "organization", "top_level_category_id").as_deref(),
        Some("category.id")
    );
}

/// Guard: tables keyed by the same surrogate naming no table (`fivetran_id`) do not
/// refer to each other; a natural key name still does (`deal_id` → `deal.deal_id`).
#[test]
fn guard_shared_surrogate_key_and_key_name() {
    let a = run(vec![
        keyed_table(
            S,
            "worker",
            &[("fivetran_id", "text"), ("name", "text")],
            &["fivetran_id"],
        ),
        keyed_table(
            S,
            "position",
            &[("fivetran_id", "text"), ("worker_id", "text")],
            &["fivetran_id"],
        ),
        keyed_table(
            S,
            "deal",
            &[("deal_id", "text"), ("amount", "numeric")],
            &["deal_id"],
        ),
        sequin_table(S, "deal_note", &[("deal_id", "text")]),
    ]);
    assert_eq!(target_of(&a, "worker", "fivetran_id"), None);
    assert_eq!(target_of(&a, "position", "fivetran_id"), None);
    assert_eq!(
        target_of(&a, "deal_note", "deal_id").as_deref(),
        Some("deal.deal_id")
    );
}

/// Sage Intacct's `ap_bill_item.itemid` (text) holds the item's `itemid`, the text
/// identifier of `item` (keyed by the integer `recordno`): it joins `item.itemid` as
/// is, not `item.recordno` through a text→int cast (which the identifier-column rule
/// itself refuses: "never a text to a number").
#[test]
fn intacct_itemid_joins_items_itemid_not_recordno_by_cast() {
    let a = run(vec![
        keyed_table(
            S,
            "item",
            &[("recordno", "int4"), ("itemid", "text"), ("name", "text")],
            &["recordno"],
        ),
        keyed_table(S, "ap_bill", &[("recordno", "int4")], &["recordno"]),
        keyed_table(
            S,
            "ap_bill_item",
            &[
                ("recordno", "int4"),
                ("recordkey", "int4"),
                ("itemid", "text"),
            ],
            &["recordno"],
        ),
    ]);
    assert_eq!(
        target_of(&a, "ap_bill_item", "itemid").as_deref(),
        Some("item.itemid"),
        "{}",
        describe_all(&a)
    );
}

/// A compound noun names itself, not its second word: a line item is no catalog item, a
/// journal entry no `entry`, in every spelling and behind any role; the second word
/// after another word is still a role (`default_item_id` → `item`), and a table named
/// for the compound is found.
#[test]
fn a_compound_noun_is_not_its_second_word() {
    let a = run(vec![
        keyed_table(
            S,
            "Items",
            &[("ItemID", "text"), ("Name", "text")],
            &["ItemID"],
        ),
        sequin_table(S, "entry", &[("memo", "text")]),
        sequin_table(
            S,
            "linked_transactions",
            &[
                ("SourceLineItemID", "text"),
                ("target_line_item_id", "text"),
                ("LINEITEMID", "text"),
                ("lineItemId", "text"),
                ("reversing_journal_entry_id", "text"),
                ("time_entry_id", "text"),
                ("default_item_id", "text"),
                ("ItemID", "text"),
            ],
        ),
    ]);
    for c in [
        "SourceLineItemID",
        "target_line_item_id",
        "LINEITEMID",
        "lineItemId",
        "reversing_journal_entry_id",
        "time_entry_id",
    ] {
        assert_eq!(
            target_of(&a, "linked_transactions", c),
            None,
            "{c}\n{}",
            describe_all(&a)
        );
    }
    for c in ["default_item_id", "ItemID"] {
        assert_eq!(
            target_of(&a, "linked_transactions", c).as_deref(),
            Some("Items.ItemID"),
            "{c}\n{}",
            describe_all(&a)
        );
    }
    let a = run(vec![
        sequin_table(S, "line_item", &[]),
        sequin_table(S, "item", &[]),
        sequin_table(S, "refund", &[("source_line_item_id", "text")]),
    ]);
    assert_eq!(
        target_of(&a, "refund", "source_line_item_id").as_deref(),
        Some("line_item.id")
    );
}

/// The parties a document is addressed to are the customer's contacts, never the
/// system's users, in every spelling; with no contact table they are nothing, and a
/// party's named thing (`bill_to_address_id`) is that thing.
#[test]
fn a_party_role_is_a_contact() {
    let with_contacts = run(vec![
        sequin_table(S, "users", &[("email", "text")]),
        sequin_table(S, "contacts", &[("email", "text")]),
        sequin_table(S, "address", &[]),
        sequin_table(
            S,
            "accounts",
            &[
                ("BillToId", "text"),
                ("billtoid", "text"),
                ("SOLDTOID", "text"),
                ("default_ship_to_id", "text"),
                ("remit_to_id", "text"),
                ("bill_to_address_id", "text"),
            ],
        ),
    ]);
    for c in [
        "BillToId",
        "billtoid",
        "SOLDTOID",
        "default_ship_to_id",
        "remit_to_id",
    ] {
        assert_eq!(
            target_of(&with_contacts, "accounts", c).as_deref(),
            Some("contacts.id"),
            "{c}\n{}",
            describe_all(&with_contacts)
        );
    }
    assert_eq!(
        target_of(&with_contacts, "accounts", "bill_to_address_id").as_deref(),
        Some("address.id")
    );
    let without = run(vec![
        sequin_table(S, "users", &[("email", "text")]),
        sequin_table(
            S,
            "accounts",
            &[("BillToId", "text"), ("sold_to_id", "text")],
        ),
    ]);
    assert!(without.refs.is_empty(), "{}", describe_all(&without));
}

/// Principle: a declared key of two words says what it holds (Xero's
/// `TaxRates.TaxType`), unless its last word is an attribute any row has of its own:
/// a contact's `email_address` or `user_name`, an order's `date_day`, a page's
/// `page_title` are its own, whatever table is keyed by them; nor does a one-word
/// key (`code`), and a key in another schema is no rival to the source's own.
#[test]
fn a_compound_natural_key_is_no_licence_for_own_attributes() {
    let keyed =
        |name: &str, key: &str| keyed_table(S, name, &[(key, "text"), ("label", "text")], &[key]);
    let a = run(vec![
        keyed("users", "email_address"),
        keyed("logins", "user_name"),
        keyed("calendar", "date_day"),
        keyed("pages", "page_title"),
        keyed("currencies", "code"),
        keyed("tax_rates", "tax_type"),
        keyed_table("other", "tax_rates", &[("tax_type", "text")], &["tax_type"]),
        sequin_table(
            S,
            "contacts",
            &[
                ("email_address", "text"),
                ("user_name", "text"),
                ("date_day", "text"),
                ("page_title", "text"),
                ("code", "text"),
                ("tax_type", "text"),
                ("purchases_tax_type", "text"),
            ],
        ),
    ]);
    for c in [
        "email_address",
        "user_name",
        "date_day",
        "page_title",
        "code",
    ] {
        assert_eq!(
            target_of(&a, "contacts", c),
            None,
            "{c}\n{}",
            describe_all(&a)
        );
    }
    for c in ["tax_type", "purchases_tax_type"] {
        assert_eq!(
            target_of(&a, "contacts", c).as_deref(),
            Some("tax_rates.tax_type"),
            "{c}\n{}",
            describe_all(&a)
        );
    }
}

/// Principle: who did something in an audit trail is its actor (GitHub's
/// `issue_closed_history.actor_id` → the people table); but a table named for a role
/// keys its own rows by it (Pagila's `actor.actor_id`, a `manager.manager_id`), no
/// person elsewhere, and a table named for the role is what the role refers to.
#[test]
fn an_actor_is_a_person_unless_a_table_is_named_for_the_role() {
    let keyed = |name: &str, key: &str, cols: &[(&str, &str)]| {
        let mut all = vec![(key, "int4")];
        all.extend_from_slice(cols);
        keyed_table(S, name, &all, &[key])
    };
    let github = run(vec![
        sequin_table(S, "user", &[("login", "text"), ("name", "text")]),
        sequin_table(
            S,
            "issue_closed_history",
            &[("issue_id", "text"), ("actor_id", "text")],
        ),
        sequin_table(S, "issue", &[("title", "text")]),
    ]);
    assert_eq!(
        target_of(&github, "issue_closed_history", "actor_id").as_deref(),
        Some("user.id"),
        "{}",
        describe_all(&github)
    );
    let pagila = run(vec![
        keyed("actor", "actor_id", &[("first_name", "text")]),
        keyed("manager", "manager_id", &[("store_id", "int4")]),
        keyed(
            "staff",
            "staff_id",
            &[("first_name", "text"), ("email", "text")],
        ),
        keyed("film_actor", "film_id", &[("actor_id", "int4")]),
    ]);
    assert_eq!(
        target_of(&pagila, "actor", "actor_id"),
        None,
        "{}",
        describe_all(&pagila)
    );
    assert_eq!(
        target_of(&pagila, "manager", "manager_id"),
        None,
        "{}",
        describe_all(&pagila)
    );
    assert_eq!(
        target_of(&pagila, "film_actor", "actor_id").as_deref(),
        Some("actor.actor_id"),
        "{}",
        describe_all(&pagila)
    );
}

/// Principle: a compound natural key is referred to by its name, whatever its table is
/// called (`AccountTypes` keyed by `AccountType` as `TaxRates` by `TaxType`), after a
/// role too (`AccountsPayableTaxType`); but a qualifier before the key's first word that
/// is the row's own entity names the row's own kind (an account's `BankAccountType` is
/// the kind of bank account it is), and an attribute any row has of its own is one
/// however abbreviated or run together (`EmailAddr`, `EMail`, `WebSite`, `HomePage`,
/// `IpAddr`).
#[test]
fn compound_natural_keys_by_name_not_by_a_qualified_own_kind_or_an_abbreviated_attribute() {
    let keyed =
        |name: &str, key: &str| keyed_table(S, name, &[(key, "text"), ("Label", "text")], &[key]);
    let attributes = ["EmailAddr", "EMail", "WebSite", "HomePage", "IpAddr"];
    let mut tables = vec![
        keyed("AccountTypes", "AccountType"),
        keyed("TaxRates", "TaxType"),
        keyed_table(
            S,
            "Accounts",
            &[
                ("AccountID", "uuid"),
                ("AccountType", "text"),
                ("BankAccountType", "text"),
                ("TaxType", "text"),
            ],
            &["AccountID"],
        ),
    ];
    let mut contact_columns = vec![("ContactID", "uuid"), ("AccountsPayableTaxType", "text")];
    for (i, attr) in attributes.iter().enumerate() {
        tables.push(keyed(&format!("Registry{i}"), attr));
        contact_columns.push((attr, "text"));
    }
    tables.push(keyed_table(S, "Contacts", &contact_columns, &["ContactID"]));
    let a = run(tables);
    let want = [
        ("Accounts", "AccountType", Some("AccountTypes.AccountType")),
        ("Accounts", "TaxType", Some("TaxRates.TaxType")),
        ("Accounts", "BankAccountType", None),
        (
            "Contacts",
            "AccountsPayableTaxType",
            Some("TaxRates.TaxType"),
        ),
    ];
    for (t, c, target) in want {
        assert_eq!(
            target_of(&a, t, c).as_deref(),
            target,
            "{t}.{c}\n{}",
            describe_all(&a)
        );
    }
    for c in attributes {
        assert_eq!(
            target_of(&a, "Contacts", c),
            None,
            "{c}\n{}",
            describe_all(&a)
        );
    }
}

/// Principle: the members of a mailing list, an audience or a segment are its
/// memberships, never the people who author things; but an account's or a workspace's
/// users, with their names and addresses, are the schema's people when no other table
/// is, whoever they belong to. With other users beside them (`app_users`), those.
#[test]
fn a_tenants_users_are_the_people_when_no_other_table_is() {
    let schema = |members: &str, container: &str, with_users: bool| {
        let mut tables = vec![
            sequin_table(S, &format!("{container}s"), &[("name", "text")]),
            sequin_table(
                S,
                members,
                &[
                    (&format!("{container}_id"), "text"),
                    ("name", "text"),
                    ("email", "text"),
                ],
            ),
            sequin_table(S, "tickets", &[("created_by_id", "text")]),
        ];
        if with_users {
            tables.push(sequin_table(S, "app_users", &[("email", "text")]));
        }
        run(tables)
    };
    for (members, container) in [
        ("account_users", "account"),
        ("workspace_members", "workspace"),
    ] {
        let a = schema(members, container, false);
        assert_eq!(
            target_of(&a, "tickets", "created_by_id"),
            Some(format!("{members}.id")),
            "{}",
            describe_all(&a)
        );
        let a = schema(members, container, true);
        assert_eq!(
            target_of(&a, "tickets", "created_by_id").as_deref(),
            Some("app_users.id"),
            "{}",
            describe_all(&a)
        );
    }
    for (members, container) in [
        ("list_members", "list"),
        ("audience_members", "audience"),
        ("segment_members", "segment"),
    ] {
        let a = schema(members, container, false);
        assert_eq!(
            target_of(&a, "tickets", "created_by_id"),
            None,
            "{}",
            describe_all(&a)
        );
    }
}

/// Principle: the members of any list of recipients are memberships, not the people
/// who author things, whatever the list is called: Mailgun's `mailing_list_members`
/// (with the `mailing_list_id` of `mailing_lists`), an `email_list`'s or a
/// `distribution_list`'s members, as Mailchimp's `list_members`.
#[test]
fn members_of_any_list_of_recipients_are_no_authors() {
    let mut authors = Vec::new();
    for list in [
        "mailing_list",
        "email_list",
        "distribution_list",
        "contact_list",
    ] {
        let members = format!("{list}_members");
        let lists = format!("{list}s");
        let fk = format!("{list}_id");
        let a = run(vec![
            sequin_table(S, &lists, &[("name", "text")]),
            sequin_table(S, &members, &[(&fk, "text"), ("email_address", "text")]),
            sequin_table(S, "templates", &[("created_by_id", "text")]),
            // (the rest of a Mailgun-like schema: no common source prefix)
            sequin_table(S, "domains", &[("name", "text")]),
            sequin_table(S, "events", &[("event", "text")]),
            sequin_table(S, "bounces", &[("address", "text")]),
        ]);
        assert_eq!(
            target_of(&a, &members, &fk),
            Some(format!("{lists}.id")),
            "{list}: {}",
            describe_all(&a)
        );
        if target_of(&a, "templates", "created_by_id") == Some(format!("{members}.id")) {
            authors.push(members);
        }
    }
    assert_eq!(
        authors,
        Vec::<String>::new(),
        "members taken for the people table"
    );
}

/// Principle: a marketing campaign's members (Salesforce's `CampaignMember`: the leads
/// and contacts a campaign is sent to) are recipients, no authors, like a list's.
#[test]
fn campaign_members_are_no_authors() {
    let a = run(vec![
        sequin_table(S, "campaigns", &[("name", "text")]),
        sequin_table(
            S,
            "campaign_members",
            &[
                ("campaign_id", "text"),
                ("email", "text"),
                ("status", "text"),
            ],
        ),
        sequin_table(S, "email_templates", &[("created_by_id", "text")]),
        sequin_table(S, "leads", &[("email", "text")]),
        sequin_table(S, "opportunities", &[("name", "text")]),
    ]);
    assert_ne!(
        target_of(&a, "email_templates", "created_by_id").as_deref(),
        Some("campaign_members.id"),
        "{}",
        describe_all(&a)
    );
}

/// Principle: the qualified-own-kind guard is about the row's own word, not any word
/// that starts with it: an account's `OpeningAccountingPeriod` is an
/// `AccountingPeriods` row ("accounting" is no "account"), as a contact's
/// `AccountsPayableTaxType` is a `TaxRates` row; an account's `BankAccountType` is
/// still its own.
#[test]
fn accounting_is_no_qualified_account() {
    let tables = vec![
        keyed_table(
            S,
            "Accounts",
            &[
                ("AccountID", "uuid"),
                ("BankAccountType", "text"),
                ("OpeningAccountingPeriod", "text"),
            ],
            &["AccountID"],
        ),
        keyed_table(
            S,
            "AccountTypes",
            &[("AccountType", "text"), ("Name", "text")],
            &["AccountType"],
        ),
        keyed_table(
            S,
            "AccountingPeriods",
            &[("AccountingPeriod", "text"), ("StartDate", "date")],
            &["AccountingPeriod"],
        ),
        keyed_table(
            S,
            "Journals",
            &[("JournalID", "uuid"), ("ClosedAccountingPeriod", "text")],
            &["JournalID"],
        ),
    ];
    let a = run(tables);
    assert_eq!(
        target_of(&a, "Accounts", "BankAccountType"),
        None,
        "{}",
        describe_all(&a)
    );
    assert_eq!(
        target_of(&a, "Journals", "ClosedAccountingPeriod").as_deref(),
        Some("AccountingPeriods.AccountingPeriod"),
        "{}",
        describe_all(&a)
    );
    assert_eq!(
        target_of(&a, "Accounts", "OpeningAccountingPeriod").as_deref(),
        Some("AccountingPeriods.AccountingPeriod"),
        "{}",
        describe_all(&a)
    );
}

/// Principle: where a schema's only people table is a copy by name (`users_v2`, the
/// current table after a migration; `legacy_users` beside it), the people are the
/// copy, and the original is preferred to a copy when both exist.
#[test]
fn the_people_are_a_copy_only_when_no_original_is() {
    let a = run(vec![
        sequin_table(S, "users_v2", &[("email", "text")]),
        sequin_table(S, "tickets", &[("created_by_id", "text")]),
    ]);
    assert_eq!(
        target_of(&a, "tickets", "created_by_id").as_deref(),
        Some("users_v2.id"),
        "{}",
        describe_all(&a)
    );
    let a = run(vec![
        sequin_table(S, "deleted_users", &[("email", "text")]),
        sequin_table(S, "users", &[("email", "text")]),
        sequin_table(S, "users_archive", &[("email", "text")]),
        sequin_table(S, "tickets", &[("created_by_id", "text")]),
    ]);
    assert_eq!(
        target_of(&a, "tickets", "created_by_id").as_deref(),
        Some("users.id"),
        "{}",
        describe_all(&a)
    );
}

/// Principle: an account's users are the people only when no other table is: with a
/// `users` table beside them, `created_by_id` is a user's.
#[test]
fn account_users_yield_to_a_users_table() {
    let a = run(vec![
        sequin_table(S, "accounts", &[("name", "text")]),
        sequin_table(
            S,
            "account_users",
            &[("account_id", "text"), ("email", "text")],
        ),
        sequin_table(S, "users", &[("email", "text")]),
        sequin_table(S, "templates", &[("created_by_id", "text")]),
    ]);
    assert_eq!(
        target_of(&a, "templates", "created_by_id").as_deref(),
        Some("users.id"),
        "{}",
        describe_all(&a)
    );
}

/// Principle: Mailchimp's segments and audiences keep their members out of the people
/// table (the recipient-list exception by its plain words).
#[test]
fn segment_and_audience_members_are_no_authors() {
    for list in ["segment", "audience", "list"] {
        let members = format!("{list}_members");
        let lists = format!("{list}s");
        let fk = format!("{list}_id");
        let a = run(vec![
            sequin_table(S, &lists, &[("name", "text")]),
            sequin_table(S, &members, &[(&fk, "text"), ("email_address", "text")]),
            sequin_table(S, "templates", &[("created_by_id", "text")]),
        ]);
        assert_ne!(
            target_of(&a, "templates", "created_by_id"),
            Some(format!("{members}.id")),
            "{list}: {}",
            describe_all(&a)
        );
    }
}

/// Principle: a versioned entity a column names (`plan_v2_id`) is that table's, by
/// names alone, though `plan_v2` is one entity with `plans`.
#[test]
fn a_versioned_table_named_by_a_column_keeps_it() {
    let a = run(vec![
        sequin_table(S, "plans", &[("name", "text")]),
        sequin_table(S, "plan_v2", &[("name", "text")]),
        sequin_table(
            S,
            "subscriptions",
            &[("plan_id", "text"), ("plan_v2_id", "text")],
        ),
    ]);
    assert_eq!(
        target_of(&a, "subscriptions", "plan_id").as_deref(),
        Some("plans.id"),
        "{}",
        describe_all(&a)
    );
    assert_eq!(
        target_of(&a, "subscriptions", "plan_v2_id").as_deref(),
        Some("plan_v2.id"),
        "{}",
        describe_all(&a)
    );
}

/// Principle: a lookup table keyed by its own natural name is referred to by that
/// name, even when one of the name's words is an own-attribute word elsewhere: a
/// user's `time_zone` is a `time_zones` row, an account's `date_format` a
/// `date_formats` row ("time", "date" qualify a zone and a format here).
#[test]
fn lookup_keys_with_an_attribute_word_are_still_keys() {
    let a = run(vec![
        keyed_table(
            S,
            "time_zones",
            &[("time_zone", "text"), ("utc_offset", "text")],
            &["time_zone"],
        ),
        keyed_table(
            S,
            "date_formats",
            &[("date_format", "text"), ("example", "text")],
            &["date_format"],
        ),
        sequin_table(S, "users", &[("email", "text"), ("time_zone", "text")]),
        sequin_table(S, "accounts", &[("name", "text"), ("date_format", "text")]),
    ]);
    let mut missing = Vec::new();
    for (t, c, want) in [
        ("users", "time_zone", "time_zones.time_zone"),
        ("accounts", "date_format", "date_formats.date_format"),
    ] {
        if target_of(&a, t, c).as_deref() != Some(want) {
            missing.push(format!("{t}.{c}"));
        }
    }
    assert_eq!(missing, Vec::<String>::new(), "{}", describe_all(&a));
}

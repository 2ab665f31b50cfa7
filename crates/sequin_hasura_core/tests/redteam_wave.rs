use sequin_hasura_core::catalog::Table;
use sequin_hasura_core::testing::*;

fn dump(name: &str, tables: Vec<Table>) {
    let a = analyze(tables, "s", 0.7);
    println!("=== {name}");
    for r in &a.refs {
        println!(
            "  {} [{:.3}] {:?} cast={:?}",
            a.describe(r),
            r.confidence,
            r.rules,
            r.cast
        );
    }
}
fn keyed(mut t: Table, pk: &[&str]) -> Table {
    t.primary_key = pk.iter().map(|s| s.to_string()).collect();
    if pk.len() == 1 {
        t.unique_columns = vec![pk[0].to_string()];
    } else {
        t.unique_columns = vec![];
    }
    t
}

#[test]
fn probe2() {
    let s = "s";
    dump(
        "intacct guard",
        vec![
            keyed(
                keyless_table(
                    s,
                    "gl_account",
                    &[
                        ("recordno", "int4"),
                        ("accountno", "text"),
                        ("closingaccountno", "text"),
                        ("closetoacctkey", "int4"),
                    ],
                ),
                &["recordno"],
            ),
            keyed(
                keyless_table(s, "item", &[("recordno", "int4"), ("itemid", "text")]),
                &["recordno"],
            ),
            keyed(
                keyless_table(s, "ap_bill", &[("recordno", "int4"), ("vendorid", "text")]),
                &["recordno"],
            ),
            keyed(
                keyless_table(
                    s,
                    "ap_bill_item",
                    &[
                        ("recordno", "int4"),
                        ("recordkey", "int4"),
                        ("accountno", "text"),
                        ("accountkey", "int4"),
                        ("itemid", "text"),
                        ("offsetglaccountno", "text"),
                    ],
                ),
                &["recordno"],
            ),
            keyed(
                keyless_table(
                    s,
                    "ar_invoice_item",
                    &[
                        ("recordno", "int4"),
                        ("itemid", "text"),
                        ("accountno", "text"),
                    ],
                ),
                &["recordno"],
            ),
        ],
    );
    dump(
        "intercom",
        vec![
            keyed(
                keyless_table(s, "teams", &[("id", "text"), ("name", "text")]),
                &["name"],
            ),
            sequin_table(s, "admins", &[("email", "text"), ("name", "text")]),
            sequin_table(
                s,
                "conversations",
                &[
                    ("team_assignee_id", "text"),
                    ("admin_assignee_id", "text"),
                    ("assignee_id", "text"),
                ],
            ),
        ],
    );
    dump(
        "iterable",
        vec![
            keyed(
                keyless_table(
                    s,
                    "user_history",
                    &[
                        ("email", "text"),
                        ("updated_at", "timestamp"),
                        ("first_name", "text"),
                    ],
                ),
                &["email", "updated_at"],
            ),
            keyless_table(s, "event", &[("email", "text"), ("campaign_id", "int4")]),
            sequin_table(s, "campaign", &[("name", "text")]),
            sequin_table(
                s,
                "lead",
                &[
                    ("email", "text"),
                    ("first_name", "text"),
                    ("last_name", "text"),
                    ("phone", "text"),
                ],
            ),
        ],
    );
    dump(
        "ebs",
        vec![
            keyed(
                keyless_table(
                    s,
                    "oe_order_headers_all",
                    &[("header_id", "int8"), ("order_number", "int8")],
                ),
                &["header_id"],
            ),
            keyed(
                keyless_table(
                    s,
                    "oe_order_lines_all",
                    &[("line_id", "int8"), ("header_id", "int8")],
                ),
                &["line_id"],
            ),
            sequin_table(s, "payment", &[("invoice_no", "text"), ("po_no", "text")]),
            sequin_table(s, "invoice", &[("invoice_no", "text")]),
        ],
    );
    dump(
        "workday typed",
        vec![
            keyless_table(
                s,
                "worker_history",
                &[
                    ("id", "text"),
                    ("worker_code", "int4"),
                    ("_fivetran_start", "timestamp"),
                ],
            ),
            sequin_table(s, "payroll", &[("associated_worker_id", "int4")]),
        ],
    );
    dump(
        "heroku",
        vec![
            {
                let mut t = keyed(
                    keyless_table(
                        s,
                        "account",
                        &[("id", "int4"), ("sfid", "varchar"), ("name", "varchar")],
                    ),
                    &["id"],
                );
                t.unique_columns = vec!["id".into(), "sfid".into()];
                t
            },
            {
                let mut t = keyed(
                    keyless_table(
                        s,
                        "contact",
                        &[
                            ("id", "int4"),
                            ("sfid", "varchar"),
                            ("accountid", "varchar"),
                        ],
                    ),
                    &["id"],
                );
                t.unique_columns = vec!["id".into(), "sfid".into()];
                t
            },
        ],
    );
    dump(
        "receiver more",
        vec![
            sequin_table(s, "user", &[("email", "text"), ("name", "text")]),
            sequin_table(s, "task", &[("title", "text")]),
            sequin_table(s, "project", &[("title", "text")]),
            sequin_table(s, "course", &[("title", "text")]),
            sequin_table(s, "vendor", &[("title", "text")]),
            sequin_table(
                s,
                "x",
                &[
                    ("project_assignee_id", "text"),
                    ("course_mentee_id", "text"),
                    ("vendor_payee_id", "text"),
                    ("task_assignee_id", "text"),
                    ("default_assignee_id", "text"),
                ],
            ),
        ],
    );
}

#[test]
fn probe() {
    let s = "s";
    dump(
        "receiver meeting_invitee",
        vec![
            sequin_table(s, "user", &[("email", "text"), ("name", "text")]),
            sequin_table(s, "meeting", &[("topic", "text")]),
            sequin_table(s, "event", &[("title", "text")]),
            sequin_table(s, "match", &[("kickoff", "timestamp")]),
            sequin_table(s, "bank", &[("name", "text")]),
            sequin_table(s, "service", &[("name", "text")]),
            sequin_table(
                s,
                "feedback",
                &[
                    ("meeting_invitee_id", "text"),
                    ("event_attendee_id", "text"),
                    ("match_referee_id", "text"),
                    ("bank_guarantee_id", "text"),
                    ("service_fee_id", "text"),
                    ("event_trainee_id", "text"),
                    ("bank_payee_id", "text"),
                    ("meeting_committee_id", "text"),
                ],
            ),
        ],
    );
    dump(
        "receiver with tables",
        vec![
            sequin_table(s, "user", &[("email", "text"), ("name", "text")]),
            sequin_table(s, "event", &[("title", "text")]),
            sequin_table(s, "attendee", &[("email", "text")]),
            sequin_table(s, "board", &[("name", "text")]),
            sequin_table(s, "committee", &[("name", "text")]),
            sequin_table(
                s,
                "checkin",
                &[
                    ("event_attendee_id", "text"),
                    ("board_committee_id", "text"),
                ],
            ),
        ],
    );
    dump(
        "identifier ap/ar invoiceno",
        vec![
            sequin_table(
                s,
                "sales_invoice",
                &[
                    ("invoiceno", "text"),
                    ("customerid", "text"),
                    ("amount", "numeric"),
                ],
            ),
            sequin_table(
                s,
                "purchase_invoice",
                &[
                    ("invoiceno", "text"),
                    ("vendorid", "text"),
                    ("amount", "numeric"),
                ],
            ),
            sequin_table(s, "customer", &[("name", "text")]),
            sequin_table(s, "vendor", &[("name", "text")]),
        ],
    );
    dump(
        "intacct vendoraccountno",
        vec![
            keyed(
                keyless_table(
                    s,
                    "gl_account",
                    &[
                        ("recordno", "int4"),
                        ("accountno", "text"),
                        ("title", "text"),
                    ],
                ),
                &["recordno"],
            ),
            keyed(
                keyless_table(
                    s,
                    "vendor",
                    &[
                        ("recordno", "int4"),
                        ("vendorid", "text"),
                        ("name", "text"),
                        ("vendoraccountno", "text"),
                        ("glaccountno", "text"),
                    ],
                ),
                &["recordno"],
            ),
            keyed(
                keyless_table(
                    s,
                    "checking_account",
                    &[
                        ("recordno", "int4"),
                        ("bankaccountno", "text"),
                        ("glaccountno", "text"),
                    ],
                ),
                &["recordno"],
            ),
            keyed(
                keyless_table(
                    s,
                    "customer",
                    &[
                        ("recordno", "int4"),
                        ("customerid", "text"),
                        ("externalcustomerid", "text"),
                        ("customerno", "text"),
                        ("legacycustomerno", "text"),
                    ],
                ),
                &["recordno"],
            ),
        ],
    );
    dump(
        "external own number",
        vec![
            sequin_table(
                s,
                "customer",
                &[
                    ("customernumber", "text"),
                    ("externalcustomernumber", "text"),
                    ("legacycustomernumber", "text"),
                ],
            ),
            sequin_table(
                s,
                "invoice",
                &[
                    ("invoicenumber", "text"),
                    ("customernumber", "text"),
                    ("externalinvoicenumber", "text"),
                    ("vendorinvoicenumber", "text"),
                ],
            ),
        ],
    );
    dump(
        "license key",
        vec![
            sequin_table(
                s,
                "license",
                &[("license_key", "text"), ("product_id", "text")],
            ),
            sequin_table(s, "product", &[("name", "text")]),
            sequin_table(
                s,
                "activation",
                &[("license_key", "text"), ("machine", "text")],
            ),
        ],
    );
    dump(
        "generic keys",
        vec![
            sequin_table(s, "api", &[("name", "text")]),
            sequin_table(s, "setting", &[("key", "text"), ("value", "text")]),
            sequin_table(s, "event", &[("name", "text")]),
            sequin_table(s, "object", &[("name", "text")]),
            sequin_table(s, "user", &[("email", "text")]),
            sequin_table(
                s,
                "thing",
                &[
                    ("api_key", "text"),
                    ("sort_key", "text"),
                    ("primary_key", "text"),
                    ("setting_key", "text"),
                    ("event_key", "text"),
                    ("object_key", "text"),
                    ("apikey", "text"),
                    ("sortkey", "text"),
                    ("user_key", "text"),
                    ("partition_key", "text"),
                    ("dedup_key", "text"),
                    ("publickey", "text"),
                    ("monkey", "text"),
                    ("turkey", "text"),
                ],
            ),
        ],
    );
    dump(
        "item sibling",
        vec![
            sequin_table(s, "inventory_item", &[("sku", "text")]),
            sequin_table(s, "sales_order", &[("total", "numeric")]),
            sequin_table(
                s,
                "sales_order_item",
                &[
                    ("sales_order_id", "text"),
                    ("item_id", "text"),
                    ("quantity", "numeric"),
                ],
            ),
            sequin_table(
                s,
                "purchase_order_line",
                &[("line_id", "text"), ("item_id", "text")],
            ),
            sequin_table(s, "invoice_line", &[("line_id", "text")]),
        ],
    );
    dump(
        "whole generic",
        vec![
            sequin_table(
                s,
                "document",
                &[("filename", "text"), ("mime_type", "text")],
            ),
            sequin_table(s, "invoice", &[("total", "numeric")]),
            sequin_table(
                s,
                "invoice_line",
                &[("document_id", "text"), ("amount", "numeric")],
            ),
            sequin_table(s, "audit_log", &[("actor", "text")]),
            sequin_table(
                s,
                "audit_log_entry",
                &[
                    ("record_id", "text"),
                    ("record_type", "text"),
                    ("field", "text"),
                ],
            ),
            sequin_table(s, "customer", &[("name", "text")]),
            sequin_table(
                s,
                "customer_detail",
                &[("record_id", "text"), ("header_id", "text")],
            ),
            sequin_table(
                s,
                "journal_entry",
                &[("document_id", "text"), ("header_id", "text")],
            ),
            sequin_table(s, "journal", &[("name", "text")]),
        ],
    );
    dump(
        "email people",
        vec![
            keyed(
                keyless_table(
                    s,
                    "user",
                    &[
                        ("email", "text"),
                        ("first_name", "text"),
                        ("signup_date", "timestamp"),
                    ],
                ),
                &["email"],
            ),
            sequin_table(
                s,
                "lead",
                &[
                    ("email", "text"),
                    ("first_name", "text"),
                    ("last_name", "text"),
                    ("company", "text"),
                ],
            ),
            sequin_table(
                s,
                "email_event",
                &[("email", "text"), ("campaign_id", "text")],
            ),
            sequin_table(s, "campaign", &[("name", "text")]),
            sequin_table(s, "vendor", &[("email", "text"), ("name", "text")]),
        ],
    );
    dump(
        "typed identifier",
        vec![
            sequin_table(
                s,
                "account",
                &[("account_number", "int4"), ("name", "text")],
            ),
            sequin_table(
                s,
                "invoice",
                &[("account_id", "int4"), ("total", "numeric")],
            ),
            sequin_table(s, "product", &[("product_code", "int4"), ("name", "text")]),
            sequin_table(s, "order_line", &[("product_id", "int8")]),
        ],
    );
    dump(
        "x_id joins id",
        vec![
            keyed(
                keyless_table(
                    s,
                    "team",
                    &[("team_id", "text"), ("id", "int4"), ("name", "text")],
                ),
                &["team_id"],
            ),
            sequin_table(s, "member", &[("team_id", "text"), ("email", "text")]),
            keyed(
                keyless_table(
                    s,
                    "store_product",
                    &[("store_id", "text"), ("id", "text"), ("title", "text")],
                ),
                &["store_id", "id"],
            ),
            sequin_table(s, "store", &[("name", "text")]),
            sequin_table(s, "review", &[("store_product_id", "text")]),
        ],
    );
    dump(
        "data tables",
        vec![
            sequin_table(
                s,
                "sensor_data",
                &[
                    ("sensor_id", "text"),
                    ("value", "numeric"),
                    ("recorded_at", "timestamp"),
                ],
            ),
            sequin_table(s, "alert", &[("sensor_id", "text")]),
            sequin_table(s, "form_data", &[("form_id", "text"), ("field", "text")]),
            sequin_table(s, "submission", &[("form_id", "text")]),
        ],
    );
    dump(
        "hierarchy",
        vec![
            sequin_table(
                s,
                "organization",
                &[
                    ("superior_organization_id", "text"),
                    ("top_level_category_id", "text"),
                    ("ultimate_parent_id", "text"),
                    ("ultimate_beneficial_owner_id", "text"),
                ],
            ),
            sequin_table(s, "category", &[("name", "text")]),
            sequin_table(s, "user", &[("email", "text")]),
        ],
    );
    dump(
        "kimball",
        vec![
            keyed(
                keyless_table(
                    s,
                    "dim_customer",
                    &[
                        ("customer_key", "int4"),
                        ("customer_id", "text"),
                        ("name", "text"),
                    ],
                ),
                &["customer_key"],
            ),
            keyed(
                keyless_table(
                    s,
                    "dim_date",
                    &[("date_key", "int4"), ("full_date", "date")],
                ),
                &["date_key"],
            ),
            keyed(
                keyless_table(
                    s,
                    "dim_product",
                    &[
                        ("product_key", "int4"),
                        ("product_id", "text"),
                        ("name", "text"),
                    ],
                ),
                &["product_key"],
            ),
            keyless_table(
                s,
                "fact_sales",
                &[
                    ("customer_key", "int4"),
                    ("product_key", "int4"),
                    ("order_date_key", "int4"),
                    ("ship_date_key", "int4"),
                    ("amount", "numeric"),
                ],
            ),
        ],
    );
}

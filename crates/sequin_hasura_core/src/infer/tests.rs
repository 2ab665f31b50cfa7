use super::*;
use crate::evidence::{ColumnEvidence, TargetMatch};
use crate::testing::*;

fn infer_with_evidence(tables: &[Table], primary: &str, evidence: &Evidence) -> Vec<Reference> {
    let index = EntityIndex::new(tables, primary);
    infer(tables, &index, column_candidates(tables, &index), evidence)
}

/// Names alone.
fn infer_references(tables: &[Table], primary: &str) -> Vec<Reference> {
    infer_with_evidence(tables, primary, &Evidence::new())
}

fn find<'a>(
    tables: &[Table],
    refs: &'a [Reference],
    table: &str,
    col: &str,
) -> Option<&'a Reference> {
    refs.iter()
        .find(|r| tables[r.child].name == table && r.child_column == col)
}

fn target(tables: &[Table], refs: &[Reference], table: &str, col: &str) -> Option<String> {
    find(tables, refs, table, col).map(|r| format!("{}.{}", tables[r.parent].name, r.parent_column))
}

#[test]
fn table_id_columns_point_at_that_table() {
    let tables = vec![
        sequin_table("sf", "account", &[("name", "text")]),
        sequin_table(
            "sf",
            "opportunity",
            &[("account_id", "text"), ("amount", "numeric")],
        ),
    ];
    let refs = infer_references(&tables, "sf");
    assert_eq!(refs.len(), 1);
    assert_eq!(
        target(&tables, &refs, "opportunity", "account_id").as_deref(),
        Some("account.id")
    );
    assert_eq!(refs[0].role, "account");
    assert!(refs[0].confidence >= 0.9);
    assert_eq!(refs[0].cast, None);
}

#[test]
fn plural_tables_and_source_prefixes() {
    let tables = vec![
        sequin_table("s", "contacts", &[]),
        sequin_table("s", "deals", &[("contact_id", "text")]),
        sequin_table("st", "stripe_customer", &[]),
        sequin_table("st", "stripe_charge", &[("customer_id", "text")]),
        sequin_table(
            "st",
            "stripe_invoice",
            &[("customer_id", "text"), ("charge_id", "text")],
        ),
    ];
    let refs = infer_references(&tables, "s");
    assert_eq!(
        target(&tables, &refs, "deals", "contact_id").as_deref(),
        Some("contacts.id")
    );
    assert_eq!(
        target(&tables, &refs, "stripe_charge", "customer_id").as_deref(),
        Some("stripe_customer.id")
    );
    assert_eq!(
        target(&tables, &refs, "stripe_invoice", "charge_id").as_deref(),
        Some("stripe_charge.id")
    );
}

#[test]
fn role_named_references_take_the_longest_table_and_the_namespace() {
    let tables = vec![
        sequin_table("s", "account", &[]),
        sequin_table("s", "payment_method", &[]),
        sequin_table("s", "method", &[]),
        sequin_table("s", "card", &[]),
        sequin_table("s", "issuing_card", &[]),
        sequin_table("s", "issuing_authorization", &[("card_id", "text")]),
        sequin_table("s", "charge", &[("card_id", "text")]),
        sequin_table("s", "lead", &[("converted_account_id", "text")]),
        sequin_table("s", "customer", &[("default_payment_method_id", "text")]),
    ];
    let refs = infer_references(&tables, "s");
    assert_eq!(
        target(&tables, &refs, "lead", "converted_account_id").as_deref(),
        Some("account.id")
    );
    assert_eq!(
        find(&tables, &refs, "lead", "converted_account_id")
            .unwrap()
            .role,
        "converted_account"
    );
    assert_eq!(
        target(&tables, &refs, "customer", "default_payment_method_id").as_deref(),
        Some("payment_method.id")
    );
    let issuing = find(&tables, &refs, "issuing_authorization", "card_id").unwrap();
    assert_eq!(tables[issuing.parent].name, "issuing_card");
    assert_eq!(
        tables[issuing.runner_up.as_ref().unwrap().table].name,
        "card"
    );
    assert_eq!(
        target(&tables, &refs, "charge", "card_id").as_deref(),
        Some("card.id")
    );
}

#[test]
fn self_references_and_salesforce_conventions() {
    let tables = vec![
        sequin_table(
            "sf",
            "user",
            &[("manager_id", "text"), ("user_role_id", "text")],
        ),
        sequin_table("sf", "user_role", &[("parent_role_id", "text")]),
        sequin_table(
            "sf",
            "account",
            &[
                ("parent_id", "text"),
                ("master_record_id", "text"),
                ("owner_id", "text"),
                ("created_by_id", "text"),
                ("last_modified_by_id", "text"),
            ],
        ),
        sequin_table(
            "sf",
            "contact",
            &[("reports_to_id", "text"), ("account_id", "text")],
        ),
        sequin_table("sf", "pricebook_2", &[]),
        sequin_table(
            "sf",
            "opportunity",
            &[("pricebook2_id", "text"), ("referral_account__c", "text")],
        ),
        sequin_table(
            "sf",
            "order",
            &[("pricebook_2_id", "text"), ("partner_account_c", "text")],
        ),
    ];
    let refs = infer_references(&tables, "sf");
    let t = |table, col| target(&tables, &refs, table, col);
    assert_eq!(t("user", "manager_id").as_deref(), Some("user.id"));
    assert_eq!(
        t("user_role", "parent_role_id").as_deref(),
        Some("user_role.id")
    );
    assert_eq!(t("account", "parent_id").as_deref(), Some("account.id"));
    assert_eq!(
        t("account", "master_record_id").as_deref(),
        Some("account.id")
    );
    assert_eq!(t("contact", "reports_to_id").as_deref(), Some("contact.id"));
    for c in ["owner_id", "created_by_id", "last_modified_by_id"] {
        assert_eq!(t("account", c).as_deref(), Some("user.id"), "{c}");
    }
    assert_eq!(t("user", "user_role_id").as_deref(), Some("user_role.id"));
    assert_eq!(
        t("opportunity", "pricebook2_id").as_deref(),
        Some("pricebook_2.id")
    );
    assert_eq!(
        t("order", "pricebook_2_id").as_deref(),
        Some("pricebook_2.id")
    );
    assert_eq!(
        t("opportunity", "referral_account__c").as_deref(),
        Some("account.id")
    );
    assert_eq!(
        t("order", "partner_account_c").as_deref(),
        Some("account.id")
    );
}

#[test]
fn hubspot_conventions() {
    let tables = vec![
        sequin_table("hubspot", "owner", &[("user_id", "bigint")]),
        sequin_table(
            "hubspot",
            "company",
            &[
                ("hubspot_owner_id", "text"),
                ("hs_parent_company_id", "text"),
            ],
        ),
        sequin_table("hubspot", "product", &[]),
        sequin_table(
            "hubspot",
            "line_item",
            &[("hs_product_id", "text"), ("hs_object_id", "text")],
        ),
        sequin_table(
            "hubspot",
            "contact",
            &[
                ("associatedcompanyid", "numeric"),
                ("hubspot_owner_id", "text"),
                ("company", "text"),
            ],
        ),
    ];
    let refs = infer_references(&tables, "hubspot");
    let t = |table, col| target(&tables, &refs, table, col);
    assert_eq!(
        t("company", "hubspot_owner_id").as_deref(),
        Some("owner.id")
    );
    assert_eq!(
        t("company", "hs_parent_company_id").as_deref(),
        Some("company.id")
    );
    assert_eq!(
        t("line_item", "hs_product_id").as_deref(),
        Some("product.id")
    );
    assert_eq!(t("line_item", "hs_object_id"), None);
    let assoc = find(&tables, &refs, "contact", "associatedcompanyid").unwrap();
    assert_eq!(tables[assoc.parent].name, "company");
    assert_eq!(assoc.cast.as_deref(), Some("text"));
    assert_eq!(assoc.role, "associated_company");
    // a bare `company` column is a name, not an id, until rows say otherwise
    assert!(
        find(&tables, &refs, "contact", "company")
            .unwrap()
            .confidence
            < 0.7
    );
    // owner.user_id is HubSpot's user, a table that is not synced
    assert_eq!(t("owner", "user_id"), None);
}

#[test]
fn look_alikes_are_not_references() {
    let tables = vec![
        sequin_table("s", "customer", &[]),
        sequin_table(
            "s",
            "checkout_session",
            &[
                ("client_reference_id", "text"),
                ("upstream_id", "text"),
                ("customer_id", "text"),
            ],
        ),
        sequin_table(
            "s",
            "charge",
            &[
                ("created_at", "timestamp"),
                ("paid", "bool"),
                ("customer_ids", "text[]"),
            ],
        ),
    ];
    let refs = infer_references(&tables, "s");
    let cols: Vec<&str> = refs.iter().map(|r| r.child_column.as_str()).collect();
    assert_eq!(cols, vec!["customer_id"]);
}

#[test]
fn ties_across_schemas_are_never_silent() {
    let tables = vec![
        sequin_table("a", "contact", &[]),
        sequin_table("b", "contact", &[]),
        sequin_table("c", "deal", &[("contact_id", "text")]),
    ];
    let refs = infer_references(&tables, "c");
    let r = find(&tables, &refs, "deal", "contact_id").unwrap();
    assert!(r.rules.contains(&"tie".to_string()));
    assert!(r.confidence < 0.7);
    assert!(r.runner_up.is_some());
}

#[test]
fn same_schema_beats_other_schema_and_mismatched_types_get_a_cast() {
    let mut users = keyless_table("public", "users", &[("id", "int4"), ("email", "text")]);
    users.primary_key = vec!["id".into()];
    let tables = vec![
        users,
        sequin_table("salesforce", "contact", &[("user_id", "varchar")]),
    ];
    let refs = infer_references(&tables, "salesforce");
    let r = find(&tables, &refs, "contact", "user_id").unwrap();
    assert_eq!(tables[r.parent].qualified(), "public.users");
    assert_eq!(r.cast.as_deref(), Some("int4"));
    assert!(r.rules.contains(&"needs_cast".to_string()));
}

#[test]
fn unique_non_primary_keys_are_targets() {
    // Heroku Connect: integer id, varchar sfid unique; lookups hold sfids.
    let mut account = keyless_table(
        "hc",
        "account",
        &[("id", "int4"), ("sfid", "varchar"), ("name", "text")],
    );
    account.primary_key = vec!["id".into()];
    account.unique_columns = vec!["id".into(), "sfid".into()];
    let opp = keyless_table(
        "hc",
        "opportunity",
        &[
            ("id", "int4"),
            ("sfid", "varchar"),
            ("accountid", "varchar"),
        ],
    );
    let tables = vec![account, opp];
    let refs = infer_references(&tables, "hc");
    assert_eq!(
        target(&tables, &refs, "opportunity", "accountid").as_deref(),
        Some("account.sfid")
    );
}

#[test]
fn association_tables_are_join_tables_parsed_with_the_table_list() {
    let tables = vec![
        sequin_table("h", "deal", &[]),
        sequin_table("h", "line_item", &[]),
        sequin_table("h", "quote", &[]),
        keyless_table(
            "h",
            "associations_deal_line_item",
            &[
                ("deal_id", "text"),
                ("line_item_id", "text"),
                ("labels", "text[]"),
            ],
        ),
        keyless_table(
            "h",
            "associations_line_item_quote",
            &[
                ("line_item_id", "text"),
                ("quote_id", "text"),
                ("labels", "text[]"),
            ],
        ),
    ];
    let refs = infer_references(&tables, "h");
    assert_eq!(refs.len(), 4);
    assert!(refs.iter().all(|r| r.join_table));
    let known = |k: &str| ["deal", "line_item", "quote"].contains(&k);
    assert_eq!(
        association_pair("associations_deal_line_item", &known),
        Some(("deal".into(), "line_item".into()))
    );
    assert_eq!(
        association_pair("associations_line_item_quote", &known),
        Some(("line_item".into(), "quote".into()))
    );
    assert_eq!(association_pair("associations_car_request", &known), None);
}

#[test]
fn general_join_tables_are_recognised() {
    let tables = vec![
        sequin_table(
            "sf",
            "opportunity",
            &[("name", "text"), ("account_id", "text")],
        ),
        sequin_table("sf", "contact", &[("name", "text")]),
        sequin_table("sf", "account", &[]),
        sequin_table(
            "sf",
            "opportunity_contact_role",
            &[
                ("opportunity_id", "text"),
                ("contact_id", "text"),
                ("role", "text"),
                ("is_primary", "bool"),
            ],
        ),
    ];
    let refs = infer_references(&tables, "sf");
    assert!(
        find(&tables, &refs, "opportunity_contact_role", "contact_id")
            .unwrap()
            .join_table
    );
    assert!(
        !find(&tables, &refs, "opportunity", "account_id")
            .unwrap()
            .join_table
    );
}

/// Principle: `<entity>_<identifier word>` holds that entity's code in any case
/// (`CurrencyCode` → `currencies.Code`) and after a role (`SalesDefaultAccountCode`
/// → `accounts.Code`); a role that names a table makes it that table's own
/// (`VendorAccountCode` with a `vendors` table).
#[test]
fn a_code_after_a_role_and_in_camel_case_joins_its_entitys_code() {
    let keyed = |name: &str, key: &str, cols: &[(&str, &str)]| {
        let mut t = keyless_table("s", name, cols);
        t.primary_key = vec![key.into()];
        t.unique_columns = vec![key.into()];
        t
    };
    let tables = vec![
        keyed(
            "accounts",
            "AccountID",
            &[("AccountID", "text"), ("Code", "text")],
        ),
        keyed("currencies", "Code", &[("Code", "text")]),
        keyed("vendors", "VendorID", &[("VendorID", "text")]),
        keyed(
            "contacts",
            "ContactID",
            &[
                ("ContactID", "text"),
                ("CurrencyCode", "text"),
                ("SalesDefaultAccountCode", "text"),
                ("VendorAccountCode", "text"),
                ("postal_code", "text"),
            ],
        ),
    ];
    let refs = infer_references(&tables, "s");
    assert_eq!(
        target(&tables, &refs, "contacts", "CurrencyCode").as_deref(),
        Some("currencies.Code")
    );
    let r = find(&tables, &refs, "contacts", "SalesDefaultAccountCode").unwrap();
    assert_eq!(
        (tables[r.parent].name.as_str(), r.parent_column.as_str()),
        ("accounts", "Code")
    );
    assert!(r.confidence >= 0.8 && r.confidence < 0.85, "{r:?}");
    assert!(find(&tables, &refs, "contacts", "VendorAccountCode").is_none());
    assert!(find(&tables, &refs, "contacts", "postal_code").is_none());
}

/// Principle: a stream that declares no key is identified by the column named for it
/// (`templates.templateId`; `users.userId` before a `users.id` that may be any
/// field), and references join that, as array relationships only (it is no key).
#[test]
fn a_stream_with_no_declared_key_is_joined_by_the_column_named_for_it() {
    let tables = vec![
        keyless_table(
            "s",
            "users",
            &[("id", "text"), ("userId", "text"), ("email", "text")],
        ),
        keyless_table(
            "s",
            "templates",
            &[("templateId", "numeric"), ("name", "text")],
        ),
        keyless_table(
            "s",
            "email_send",
            &[("userId", "text"), ("templateId", "numeric")],
        ),
    ];
    let refs = infer_references(&tables, "s");
    let r = find(&tables, &refs, "email_send", "userId").unwrap();
    assert_eq!(
        (tables[r.parent].name.as_str(), r.parent_column.as_str()),
        ("users", "userId")
    );
    assert!(!r.key_unique);
    let r = find(&tables, &refs, "email_send", "templateId").unwrap();
    assert_eq!(
        (tables[r.parent].name.as_str(), r.parent_column.as_str()),
        ("templates", "templateId")
    );
}

/// Principle: an English word ending in `id` is no run-together id (`amount_paid`,
/// `cpc_bid`, `is_void`), and a bare position in a list (`index`, `rank`) names no
/// row, whatever tables are called.
#[test]
fn words_that_end_in_id_and_positions_are_no_references() {
    let tables = vec![
        sequin_table("s", "amount_pa", &[]),
        sequin_table("s", "cpc_b", &[]),
        sequin_table("s", "indices", &[]),
        sequin_table("s", "rank", &[]),
        sequin_table(
            "s",
            "invoice",
            &[
                ("amount_paid", "int4"),
                ("cpc_bid", "int4"),
                ("index", "int4"),
                ("rank", "int4"),
                ("orderid", "text"),
            ],
        ),
        sequin_table("s", "order", &[]),
    ];
    let refs = infer_references(&tables, "s");
    for c in ["amount_paid", "cpc_bid", "index", "rank"] {
        assert!(find(&tables, &refs, "invoice", c).is_none(), "{c}");
    }
    assert_eq!(
        target(&tables, &refs, "invoice", "orderid").as_deref(),
        Some("order.id")
    );
}

/// Principle: a schema's own habit says what a bare role holds. Where most of its
/// people references are bare (Lever's `owner`, `user`, `creator`, `sourcedBy`), a
/// bare role or the people table's bare name is as sure as a link (0.8); one bare
/// `composer` among `support_rep_id`s is still no more than a name.
#[test]
fn where_people_are_named_bare_a_bare_role_is_a_reference() {
    let tables = vec![
        sequin_table("s", "users", &[("email", "text"), ("managerId", "text")]),
        sequin_table(
            "s",
            "opportunities",
            &[
                ("owner", "text"),
                ("sourcedBy", "text"),
                ("creator", "text"),
            ],
        ),
        sequin_table("s", "notes", &[("user", "text"), ("body", "text")]),
    ];
    let refs = infer_references(&tables, "s");
    for (t, c) in [
        ("opportunities", "owner"),
        ("opportunities", "sourcedBy"),
        ("opportunities", "creator"),
        ("notes", "user"),
    ] {
        let r = find(&tables, &refs, t, c).unwrap_or_else(|| panic!("{t}.{c}"));
        assert_eq!(tables[r.parent].name, "users");
        assert!(r.confidence >= 0.7, "{t}.{c}: {r:?}");
    }
    let chinook_like = vec![
        sequin_table("s", "employee", &[("first_name", "text")]),
        sequin_table("s", "customer", &[("support_rep_id", "text")]),
        sequin_table("s", "invoice", &[("sales_rep_id", "text")]),
        sequin_table(
            "s",
            "track",
            &[
                ("composer", "text"),
                ("editor", "text"),
                ("arranger", "text"),
            ],
        ),
        sequin_table(
            "s",
            "album",
            &[
                ("owner_id", "text"),
                ("producer_id", "text"),
                ("creator_id", "text"),
            ],
        ),
    ];
    let refs = infer_references(&chinook_like, "s");
    assert!(refs
        .iter()
        .filter(|r| chinook_like[r.child].name == "track")
        .all(|r| r.confidence < 0.7));
}

/// Principle: run-together names read as their words: `createdbyid` is `created_by`
/// (a person), `gatewayorderid` another system's order, and a one-word entity spelt
/// whole after a role is no sign of it (`purchaseordernumber` is a purchase order's).
/// Ids named for a CRM or a shop (`salesforceAccountId`, `sfdc_id`, `shopify_order_id`)
/// are that system's.
#[test]
fn run_together_roles_outside_systems_and_compound_identifiers() {
    let tables = vec![
        sequin_table("s", "user", &[("email", "text")]),
        sequin_table("s", "orders", &[("ordernumber", "text")]),
        sequin_table("s", "account", &[]),
        sequin_table(
            "s",
            "payment",
            &[
                ("createdbyid", "text"),
                ("lastmodifiedbyid", "text"),
                ("gatewayorderid", "text"),
                ("purchaseordernumber", "text"),
                ("salesforceAccountId", "text"),
                ("shopify_order_id", "text"),
            ],
        ),
    ];
    let refs = infer_references(&tables, "s");
    for c in ["createdbyid", "lastmodifiedbyid"] {
        assert_eq!(
            target(&tables, &refs, "payment", c).as_deref(),
            Some("user.id"),
            "{c}"
        );
    }
    for c in [
        "gatewayorderid",
        "purchaseordernumber",
        "salesforceAccountId",
        "shopify_order_id",
    ] {
        assert_eq!(target(&tables, &refs, "payment", c), None, "{c}");
    }
}

/// Principle: a fuller copy of a table's rows (`lists_detailed`, read from the same
/// endpoint with more fields) shares its ids: its `id` is the table's, one row each;
/// a table of details (`invoice_details`, the lines of an invoice) is no copy.
#[test]
fn a_fuller_copy_of_a_table_shares_its_ids() {
    let tables = vec![
        sequin_table("s", "lists", &[("name", "text")]),
        sequin_table(
            "s",
            "lists_detailed",
            &[("name", "text"), ("profile_count", "int4")],
        ),
        sequin_table("s", "invoice", &[]),
        sequin_table("s", "invoice_details", &[("amount", "numeric")]),
    ];
    let refs = infer_references(&tables, "s");
    assert_eq!(
        target(&tables, &refs, "lists_detailed", "id").as_deref(),
        Some("lists.id")
    );
    assert_eq!(target(&tables, &refs, "invoice_details", "id"), None);
    assert_eq!(target(&tables, &refs, "lists", "id"), None);
}

/// Principle: what refers to a table refers to its fuller copy too (the same ids): a
/// second reference from the same column, named for the copy.
#[test]
fn what_refers_to_a_table_refers_to_its_fuller_copy() {
    let tables = vec![
        sequin_table("s", "campaigns", &[("name", "text")]),
        sequin_table("s", "campaigns_detailed", &[("name", "text")]),
        sequin_table("s", "campaign_values_reports", &[("campaign_id", "text")]),
        sequin_table("s", "invoice", &[]),
        sequin_table("s", "invoice_details", &[("invoice_id", "text")]),
    ];
    let refs = infer_references(&tables, "s");
    let to = |child: &str, parent: &str| {
        refs.iter()
            .filter(|r| tables[r.child].name == child && tables[r.parent].name == parent)
            .map(|r| {
                (
                    r.child_column.as_str(),
                    r.parent_column.as_str(),
                    r.role.as_str(),
                )
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(
        to("campaign_values_reports", "campaigns"),
        vec![("campaign_id", "id", "campaign")]
    );
    assert_eq!(
        to("campaign_values_reports", "campaigns_detailed"),
        vec![("campaign_id", "id", "campaigns_detailed")]
    );
    // the copy's own id is the table's, not a copy of itself; no copy, no second target
    assert_eq!(to("campaigns_detailed", "campaigns_detailed"), vec![]);
    assert_eq!(to("invoice_details", "invoice").len(), 1);
    assert_eq!(
        refs.iter()
            .filter(|r| tables[r.parent].name == "invoice_details")
            .count(),
        0
    );
}

/// Principle: a table keyed by a column other than its `id` (Mixpanel's `engage`,
/// keyed by `distinct_id`, whose `id` is a profile field) is what a column of the
/// key's name refers to, and that key is joined, not the `id`.
#[test]
fn a_key_other_than_a_stray_id_is_named_and_joined_as_itself() {
    let mut engage = keyless_table(
        "s",
        "engage",
        &[("distinct_id", "text"), ("id", "text"), ("email", "text")],
    );
    engage.primary_key = vec!["distinct_id".into()];
    engage.unique_columns = vec!["distinct_id".into()];
    let tables = vec![
        engage,
        keyless_table("s", "export", &[("distinct_id", "text"), ("event", "text")]),
    ];
    let refs = infer_references(&tables, "s");
    assert_eq!(
        target(&tables, &refs, "export", "distinct_id").as_deref(),
        Some("engage.distinct_id")
    );
}

/// Principle: HubSpot's own `hubspot_owner_id` is its owner whatever the schema is
/// called; the same prefix on a Salesforce custom field is HubSpot's id, and an id
/// named for another system (`zendesk_ticket_id`) is that system's, except in its own
/// schema.
#[test]
fn a_vendors_prefix_is_its_own_only_in_its_own_schema() {
    let tables = vec![
        sequin_table("crm_prod", "owner", &[("email", "text")]),
        sequin_table("crm_prod", "contact", &[("hubspot_owner_id", "text")]),
        sequin_table("sf", "contact", &[]),
        sequin_table(
            "sf",
            "lead",
            &[("hubspot_contact_id__c", "text"), ("contact_id", "text")],
        ),
        sequin_table("app", "ticket", &[]),
        sequin_table("app", "call", &[("zendesk_ticket_id", "text")]),
        sequin_table("zendesk", "ticket", &[]),
        sequin_table("zendesk", "audit", &[("zendesk_ticket_id", "text")]),
    ];
    let refs = infer_references(&tables, "crm_prod");
    let at = |schema: &str, t: &str, c: &str| {
        refs.iter()
            .find(|r| {
                tables[r.child].schema == schema && tables[r.child].name == t && r.child_column == c
            })
            .map(|r| format!("{}.{}", tables[r.parent].schema, tables[r.parent].name))
    };
    assert_eq!(
        at("crm_prod", "contact", "hubspot_owner_id").as_deref(),
        Some("crm_prod.owner")
    );
    assert_eq!(at("sf", "lead", "hubspot_contact_id__c"), None);
    assert_eq!(
        at("sf", "lead", "contact_id").as_deref(),
        Some("sf.contact")
    );
    assert_eq!(at("app", "call", "zendesk_ticket_id"), None);
    assert_eq!(
        at("zendesk", "audit", "zendesk_ticket_id").as_deref(),
        Some("zendesk.ticket")
    );
}

/// Principle: sync tools land an API's own camelCase field names; their words are
/// the words of the snake_case name (`createdById` is `created_by_id`, a person's
/// role; `parentDealId` a self reference), and a camelCase table is named by its
/// words too.
#[test]
fn camel_case_names_are_read_by_their_words() {
    assert_eq!(crate::words::snake_words("createdById"), "created_by_id");
    assert_eq!(crate::words::snake_words("ParentDealID"), "parent_deal_id");
    assert_eq!(
        crate::words::snake_words("HTTPRequestId"),
        "http_request_id"
    );
    assert_eq!(crate::words::snake_words("line2Id"), "line2_id");
    assert_eq!(crate::words::snake_words("account_id"), "account_id");
    assert_eq!(crate::words::snake_words("ACCOUNT_ID"), "account_id");
    assert_eq!(crate::words::snake_words("Account_Id"), "account_id");
    let mut deal = keyless_table(
        "s",
        "deal",
        &[
            ("createdById", "text"),
            ("parentDealId", "text"),
            ("accountManagerId", "text"),
        ],
    );
    deal.columns.insert(0, col("dealId", "text"));
    deal.primary_key = vec!["dealId".into()];
    deal.unique_columns = vec!["dealId".into()];
    let tables = vec![
        sequin_table("s", "users", &[("email", "text")]),
        sequin_table("s", "accountManager", &[]),
        deal,
    ];
    let refs = infer_references(&tables, "s");
    let r = find(&tables, &refs, "deal", "createdById").unwrap();
    assert_eq!(tables[r.parent].name, "users");
    let r = find(&tables, &refs, "deal", "parentDealId").unwrap();
    assert_eq!(
        (tables[r.parent].name.as_str(), r.parent_column.as_str()),
        ("deal", "dealId")
    );
    assert!(r.rules.contains(&"self_reference".to_string()), "{r:?}");
    let r = find(&tables, &refs, "deal", "accountManagerId").unwrap();
    assert_eq!(tables[r.parent].name, "accountManager");
    assert!(r.rules.contains(&"exact_name".to_string()), "{r:?}");
}

#[test]
fn numbers_and_the_table_itself_are_not_namespace_matches() {
    let tables = vec![
        sequin_table("sf", "pricebook_2", &[]),
        sequin_table("sf", "product_2", &[]),
        sequin_table("sf", "pricebook_entry", &[("product_2_id", "text")]),
        sequin_table("sf", "opportunity_contact_role", &[("role", "text")]),
    ];
    let refs = infer_references(&tables, "sf");
    let r = find(&tables, &refs, "pricebook_entry", "product_2_id").unwrap();
    assert_eq!(tables[r.parent].name, "product_2");
    assert_eq!(r.runner_up, None);
    assert!(find(&tables, &refs, "opportunity_contact_role", "role").is_none());
}

fn rows(
    table: usize,
    column: &str,
    sampled: usize,
    matches: &[(usize, usize, Option<&str>)],
) -> ((usize, String), ColumnEvidence) {
    (
        (table, column.to_string()),
        ColumnEvidence {
            sampled,
            matches: matches
                .iter()
                .map(|(t, matched, prefix)| TargetMatch {
                    table: *t,
                    key: "id".into(),
                    tested: sampled,
                    matched: *matched,
                    prefix: prefix.map(str::to_string),
                    shape_fit: None,
                    decoy_rate: None,
                    by_values: false,
                })
                .collect(),
            ..ColumnEvidence::default()
        },
    )
}

#[test]
fn rows_pick_the_table_that_holds_the_values() {
    let mut users = keyless_table("public", "users", &[("id", "int4")]);
    users.primary_key = vec!["id".into()];
    let tables = vec![
        users,
        sequin_table("salesforce", "contact", &[("user_id", "varchar")]),
        sequin_table("salesforce", "user", &[]),
    ];
    let by_name = infer_references(&tables, "salesforce");
    assert_eq!(
        target(&tables, &by_name, "contact", "user_id").as_deref(),
        Some("user.id")
    );
    let ev = Evidence::from([rows(1, "user_id", 10, &[(2, 0, None), (0, 10, None)])]);
    let refs = infer_with_evidence(&tables, "salesforce", &ev);
    let r = find(&tables, &refs, "contact", "user_id").unwrap();
    assert_eq!(tables[r.parent].qualified(), "public.users");
    assert_eq!(r.cast.as_deref(), Some("int4"));
    assert!(r.confidence >= 0.7, "{r:?}");
    assert_eq!(r.measured.as_ref().unwrap().match_rate, 1.0);
    assert!(r.rules.contains(&"rows_match".to_string()));
}

#[test]
fn rows_split_a_polymorphic_column_by_id_prefix() {
    let tables = vec![
        sequin_table("sf", "contact", &[]),
        sequin_table("sf", "lead", &[]),
        sequin_table("sf", "task", &[("who_id", "text"), ("owner_id", "text")]),
        sequin_table("sf", "user", &[]),
    ];
    assert!(find(&tables, &infer_references(&tables, "sf"), "task", "who_id").is_none());
    let ev = Evidence::from([
        rows(
            2,
            "who_id",
            20,
            &[(0, 12, Some("003")), (1, 8, Some("00Q"))],
        ),
        // a lead's owner is a user or a queue that is not synced
        rows(2, "owner_id", 10, &[(3, 8, Some("005"))]),
    ]);
    let refs = infer_with_evidence(&tables, "sf", &ev);
    let who: Vec<(&str, &str, bool)> = refs
        .iter()
        .filter(|r| r.child_column == "who_id")
        .map(|r| {
            (
                tables[r.parent].name.as_str(),
                r.role.as_str(),
                r.polymorphic,
            )
        })
        .collect();
    assert_eq!(
        who,
        vec![("contact", "who_contact", true), ("lead", "who_lead", true)]
    );
    assert!(refs
        .iter()
        .filter(|r| r.child_column == "who_id")
        .all(|r| r.confidence >= 0.9));
    let owner = find(&tables, &refs, "task", "owner_id").unwrap();
    assert_eq!(tables[owner.parent].name, "user");
    assert!(!owner.polymorphic && owner.confidence >= 0.8, "{owner:?}");
}

#[test]
fn rows_that_match_nothing_demote_a_name_and_confirm_a_bare_link() {
    let tables = vec![
        sequin_table("s", "account", &[]),
        sequin_table("s", "supplier", &[]),
        sequin_table(
            "s",
            "product",
            &[("account_id", "text"), ("supplier", "text")],
        ),
    ];
    // many values, none in the key and none of the key's shape: the name is overturned
    let mut contradicted = rows(2, "account_id", 40, &[(0, 0, None)]);
    contradicted.1.matches[0].shape_fit = Some(0.0);
    let ev = Evidence::from([contradicted, rows(2, "supplier", 10, &[(1, 10, None)])]);
    let refs = infer_with_evidence(&tables, "s", &ev);
    let account = find(&tables, &refs, "product", "account_id").unwrap();
    assert!(account.confidence < 0.5 && account.rules.contains(&"rows_contradict".to_string()));
    let supplier = find(&tables, &refs, "product", "supplier").unwrap();
    assert!(supplier.confidence >= 0.7, "{supplier:?}");
    // …or with its shape unknown
    let ev = Evidence::from([rows(2, "account_id", 40, &[(0, 0, None)])]);
    let refs = infer_with_evidence(&tables, "s", &ev);
    assert!(
        find(&tables, &refs, "product", "account_id")
            .unwrap()
            .confidence
            < 0.5
    );
    // many values of the key's shape that it does not hold yet (a backfill in
    // progress): the sure name stands, a little less sure
    let mut backfill = rows(2, "account_id", 40, &[(0, 0, None)]);
    backfill.1.matches[0].shape_fit = Some(0.95);
    let refs = infer_with_evidence(&tables, "s", &Evidence::from([backfill]));
    let account = find(&tables, &refs, "product", "account_id").unwrap();
    assert!(account.confidence >= 0.9, "{account:?}");
    assert!(account.rules.contains(&"rows_unconfirmed".to_string()));
    // too few values to overturn a sure name, whatever their shape
    let mut few = rows(2, "account_id", 10, &[(0, 0, None)]);
    few.1.matches[0].shape_fit = Some(0.0);
    let refs = infer_with_evidence(&tables, "s", &Evidence::from([few]));
    assert!(
        find(&tables, &refs, "product", "account_id")
            .unwrap()
            .confidence
            >= 0.9
    );
    // too few values: names decide alone
    let ev = Evidence::from([rows(2, "account_id", 3, &[(0, 0, None)])]);
    let refs = infer_with_evidence(&tables, "s", &ev);
    assert!(
        find(&tables, &refs, "product", "account_id")
            .unwrap()
            .confidence
            >= 0.9
    );
    // but not a weak name (a bare one): its rows decide
    let tables = vec![
        sequin_table("s", "account", &[]),
        sequin_table("s", "product", &[("account", "text")]),
    ];
    let mut weak = rows(1, "account", 10, &[(0, 0, None)]);
    weak.1.matches[0].shape_fit = Some(1.0);
    let refs = infer_with_evidence(&tables, "s", &Evidence::from([weak]));
    assert!(find(&tables, &refs, "product", "account").is_none_or(|r| r.confidence < 0.5));
}

#[test]
fn a_few_values_with_a_tables_id_prefix_are_enough() {
    let tables = vec![
        sequin_table("s", "account", &[]),
        sequin_table("s", "charge", &[("on_behalf_of_id", "text")]),
    ];
    let ev = Evidence::from([rows(1, "on_behalf_of_id", 2, &[(0, 2, Some("acct_"))])]);
    let r = infer_with_evidence(&tables, "s", &ev);
    assert_eq!(
        target(&tables, &r, "charge", "on_behalf_of_id").as_deref(),
        Some("account.id")
    );
    // the same few values without a prefix prove nothing
    let ev = Evidence::from([rows(1, "on_behalf_of_id", 2, &[(0, 2, None)])]);
    assert!(infer_with_evidence(&tables, "s", &ev).is_empty());
}

#[test]
fn people_by_role_and_tables_named_by_their_last_words() {
    let tables = vec![
        sequin_table("linear", "user", &[]),
        sequin_table("linear", "workflow_state", &[]),
        sequin_table("linear", "team", &[]),
        sequin_table(
            "linear",
            "issue",
            &[
                ("closed_by_id", "text"),
                ("reporter_id", "text"),
                ("state_id", "text"),
                ("team_id", "text"),
                ("cycle_id", "text"),
            ],
        ),
        sequin_table("shop", "product", &[]),
        sequin_table("shop", "product_variant", &[]),
        sequin_table("shop", "order_variant", &[]),
        sequin_table("shop", "line_item", &[("variant_id", "text")]),
    ];
    let refs = infer_references(&tables, "linear");
    let t = |table, col| target(&tables, &refs, table, col);
    assert_eq!(t("issue", "closed_by_id").as_deref(), Some("user.id"));
    assert_eq!(t("issue", "reporter_id").as_deref(), Some("user.id"));
    assert_eq!(t("issue", "state_id").as_deref(), Some("workflow_state.id"));
    assert_eq!(t("issue", "team_id").as_deref(), Some("team.id"));
    assert_eq!(t("issue", "cycle_id"), None);
    // two tables end in `variant`: a tie, never a silent pick
    let v = find(&tables, &refs, "line_item", "variant_id").unwrap();
    assert!(v.rules.contains(&"tie".to_string()) && v.confidence < 0.7);
}

#[test]
fn bare_links_count_where_they_are_the_convention() {
    let mut tables = vec![
        sequin_table("airtable", "authors", &[("name", "text")]),
        sequin_table(
            "airtable",
            "books",
            &[("author", "text"), ("related_books", "text[]")],
        ),
    ];
    let refs = infer_references(&tables, "airtable");
    assert_eq!(
        target(&tables, &refs, "books", "author").as_deref(),
        Some("authors.id")
    );
    assert!(find(&tables, &refs, "books", "author").unwrap().confidence >= 0.7);
    assert!(find(&tables, &refs, "books", "related_books").is_none());
    // the same column next to `_id` columns is a name until rows say otherwise
    tables.push(sequin_table("airtable", "orders", &[("book_id", "text")]));
    let refs = infer_references(&tables, "airtable");
    assert!(find(&tables, &refs, "books", "author").unwrap().confidence < 0.7);
    tables.push(keyless_table(
        "airtable",
        "_airtable_schema",
        &[("id", "text")],
    ));
    let refs = infer_references(&tables, "airtable");
    assert!(find(&tables, &refs, "books", "author").unwrap().confidence >= 0.7);
    // no `*_id` column, but no bare column named as a table either (Airbyte's
    // QuickBooks, its references inside jsonb `*Ref`s): no such convention, and an
    // enum named like a table by its word forms stays a name
    let quickbooks = vec![
        sequin_table("qb", "classes", &[("Name", "text")]),
        sequin_table(
            "qb",
            "accounts",
            &[("Classification", "text"), ("CustomerRef", "jsonb")],
        ),
    ];
    let refs = infer_references(&quickbooks, "qb");
    assert!(refs.iter().all(|r| r.confidence < 0.7), "{refs:?}");
}

#[test]
fn salesforce_custom_objects_are_found_by_their_lookups() {
    let tables = vec![
        sequin_table("sf", "account", &[]),
        sequin_table(
            "sf",
            "invoice__c",
            &[("account__c", "text"), ("name", "text")],
        ),
        sequin_table(
            "sf",
            "shipment_c",
            &[("invoice_c", "text"), ("primary_invoice__c", "text")],
        ),
        sequin_table("sf", "opportunity", &[("invoice__c", "text")]),
    ];
    let refs = infer_references(&tables, "sf");
    let t = |table, col| target(&tables, &refs, table, col);
    assert_eq!(t("invoice__c", "account__c").as_deref(), Some("account.id"));
    assert_eq!(
        t("shipment_c", "invoice_c").as_deref(),
        Some("invoice__c.id")
    );
    assert_eq!(
        t("shipment_c", "primary_invoice__c").as_deref(),
        Some("invoice__c.id")
    );
    assert_eq!(
        t("opportunity", "invoice__c").as_deref(),
        Some("invoice__c.id")
    );
    // the array back is named after the object, not its suffix
    assert_eq!(EntityIndex::new(&tables, "").entity[1], "invoice");
}

#[test]
fn keys_named_other_than_id_are_found_by_their_name() {
    // Jira: users keyed by account_id; Fivetran HubSpot: deal keyed by deal_id
    let mut user = keyless_table(
        "jira",
        "user",
        &[("account_id", "text"), ("display_name", "text")],
    );
    user.primary_key = vec!["account_id".into()];
    let mut deal = keyless_table("jira", "deal", &[("deal_id", "int8"), ("name", "text")]);
    deal.primary_key = vec!["deal_id".into()];
    let tables = vec![
        user,
        deal,
        sequin_table(
            "jira",
            "issue",
            &[
                ("assignee_account_id", "text"),
                ("reporter_account_id", "text"),
            ],
        ),
        keyless_table(
            "jira",
            "deal_contact",
            &[("deal_id", "int8"), ("contact_id", "int8")],
        ),
    ];
    let refs = infer_references(&tables, "jira");
    let t = |table, col| target(&tables, &refs, table, col);
    assert_eq!(
        t("issue", "assignee_account_id").as_deref(),
        Some("user.account_id")
    );
    assert_eq!(
        t("issue", "reporter_account_id").as_deref(),
        Some("user.account_id")
    );
    assert_eq!(
        find(&tables, &refs, "issue", "assignee_account_id")
            .unwrap()
            .role,
        "assignee_account"
    );
    assert_eq!(
        t("deal_contact", "deal_id").as_deref(),
        Some("deal.deal_id")
    );
    // a table's own key is not a reference to itself
    assert_eq!(t("deal", "deal_id"), None);
}

#[test]
fn system_tables_and_columns_are_ignored() {
    let tables = vec![
        sequin_table("h", "contact", &[]),
        keyless_table("h", "_sync_meta", &[("id", "int4"), ("contact_id", "text")]),
    ];
    assert!(infer_references(&tables, "h").is_empty());
}

// --- issue 15: names read as words ---------------------------------------------

/// Principle: a stop word (`request`, `session`) says a column names something other
/// than a synced row, but never against a table of that very name.
#[test]
fn a_stop_word_never_overrides_a_table_of_that_name() {
    let tables = vec![
        sequin_table("s", "service_request", &[]),
        sequin_table(
            "s",
            "note",
            &[("service_request_id", "text"), ("session_id", "text")],
        ),
    ];
    let refs = infer_references(&tables, "s");
    assert_eq!(
        target(&tables, &refs, "note", "service_request_id").as_deref(),
        Some("service_request.id")
    );
    assert!(find(&tables, &refs, "note", "session_id").is_none());
}

/// Principle: names that are the same words match: abbreviations from the lexicon
/// (`org`, `acct`), participles (`archived` ~ `archive`), a compound role's prefix
/// (`parent_`, `src_`) dropped as any role's is.
#[test]
fn names_match_by_their_words_abbreviations_and_role_prefixes() {
    let tables = vec![
        sequin_table("s", "organization", &[("parent_org_id", "text")]),
        sequin_table("s", "account", &[]),
        sequin_table("s", "archive_reason", &[]),
        sequin_table(
            "s",
            "transfer",
            &[
                ("src_acct_id", "text"),
                ("dest_acct_id", "text"),
                ("org_id", "text"),
                ("archived_reason_id", "text"),
            ],
        ),
    ];
    let refs = infer_references(&tables, "s");
    let t = |table, col| target(&tables, &refs, table, col);
    assert_eq!(
        t("organization", "parent_org_id").as_deref(),
        Some("organization.id")
    );
    assert_eq!(t("transfer", "src_acct_id").as_deref(), Some("account.id"));
    assert_eq!(t("transfer", "dest_acct_id").as_deref(), Some("account.id"));
    assert_eq!(t("transfer", "org_id").as_deref(), Some("organization.id"));
    assert_eq!(
        t("transfer", "archived_reason_id").as_deref(),
        Some("archive_reason.id")
    );
    let r = find(&tables, &refs, "transfer", "src_acct_id").unwrap();
    assert!(r.rules.contains(&"word_forms".to_string()) && r.confidence >= 0.8);
    assert_eq!(r.role, "src_acct");
}

/// Principle: a role is a person of the source system: an agent noun (`approver`,
/// `sender`, `submitter`, `editor`) or a role word (`host`, `owner`, `manager`), alone
/// or compounded (`hiring_manager`), points at the schema's people table, whatever it
/// is called (`users`, `person`, `member`, `agent`, `employee`…).
#[test]
fn people_roles_by_word_class_point_at_the_people_table() {
    for people in ["users", "person", "member", "agent", "employee"] {
        let tables = vec![
            sequin_table("s", people, &[("name", "text")]),
            sequin_table(
                "s",
                "expense",
                &[
                    ("approver_id", "text"),
                    ("sender_id", "text"),
                    ("submitter_id", "text"),
                    ("editor_id", "text"),
                    ("host_id", "text"),
                    ("hiring_manager_id", "text"),
                    ("folder_id", "text"),
                ],
            ),
        ];
        let refs = infer_references(&tables, "s");
        for col in [
            "approver_id",
            "sender_id",
            "submitter_id",
            "editor_id",
            "host_id",
            "hiring_manager_id",
        ] {
            assert_eq!(
                target(&tables, &refs, "expense", col),
                Some(format!("{people}.id")),
                "{col} with {people}"
            );
        }
        // a thing shaped like an agent noun is not a person
        assert!(find(&tables, &refs, "expense", "folder_id").is_none());
    }
}

/// Principle: the people table is found by its name and shape: a table named for
/// people, or one whose name ends so and that holds names or addresses; a join table
/// of `user_id`s is none, and a column named for the people entity itself (`user_id`)
/// never goes to a differently named people table.
#[test]
fn the_people_table_is_found_by_name_and_shape() {
    let mut join = keyless_table(
        "s",
        "interviewer_user",
        &[("interview_id", "text"), ("user_id", "text")],
    );
    join.primary_key = vec!["interview_id".into(), "user_id".into()];
    let tables = vec![
        join,
        sequin_table("s", "app_user", &[("email", "text")]),
        sequin_table("s", "admin", &[("name", "text")]),
        sequin_table(
            "s",
            "ticket",
            &[("approver_id", "text"), ("user_id", "text")],
        ),
    ];
    let refs = infer_references(&tables, "s");
    // `admin` is a people noun itself: it comes before `app_user`
    assert_eq!(
        target(&tables, &refs, "ticket", "approver_id").as_deref(),
        Some("admin.id")
    );
    assert_eq!(
        target(&tables, &refs, "ticket", "user_id").as_deref(),
        Some("app_user.id")
    );
    let tables = vec![
        sequin_table("h", "owner", &[("email", "text"), ("user_id", "text")]),
        sequin_table("h", "deal", &[("closed_by_id", "text")]),
    ];
    let refs = infer_references(&tables, "h");
    assert_eq!(
        target(&tables, &refs, "deal", "closed_by_id").as_deref(),
        Some("owner.id")
    );
    assert!(find(&tables, &refs, "owner", "user_id").is_none());
}

/// Principle: a bare role column (`approver`, no id suffix) may hold a name as well
/// as an id: names alone leave it below the threshold, rows confirm it.
#[test]
fn bare_role_columns_are_confirmed_by_rows() {
    let tables = vec![
        sequin_table("s", "user", &[("email", "text")]),
        sequin_table("s", "invoice", &[("approver", "text"), ("user_id", "text")]),
    ];
    let by_name = infer_references(&tables, "s");
    let r = find(&tables, &by_name, "invoice", "approver").unwrap();
    assert!(r.confidence < 0.7, "{r:?}");
    let ev = Evidence::from([rows(1, "approver", 10, &[(0, 10, None)])]);
    let refs = infer_with_evidence(&tables, "s", &ev);
    let r = find(&tables, &refs, "invoice", "approver").unwrap();
    assert_eq!(tables[r.parent].name, "user");
    assert!(r.confidence >= 0.7, "{r:?}");
}

/// Principle: a small sync holds few people, so a bare role column has few distinct
/// values: when every one of them (two or more) is where its weak name points, they
/// confirm it above the threshold; one value, a value missing, a tie, or a sure name
/// are left to the name.
#[test]
fn a_few_values_all_found_confirm_a_weak_name() {
    let tables = vec![
        sequin_table("s", "user", &[("email", "text")]),
        sequin_table(
            "s",
            "ticket",
            &[
                ("assignee", "text"),
                ("reporter", "text"),
                ("user_id", "text"),
            ],
        ),
    ];
    let conf = |ev: &Evidence, col: &str| {
        let refs = infer_with_evidence(&tables, "s", ev);
        let r = find(&tables, &refs, "ticket", col).unwrap().clone();
        (
            r.confidence,
            r.rules.contains(&"few_values_match".to_string()),
        )
    };
    let all_three = Evidence::from([rows(1, "assignee", 3, &[(0, 3, None)])]);
    let (c, rule) = conf(&all_three, "assignee");
    assert!(
        rule && (crate::options::DEFAULT_MIN_CONFIDENCE..0.8).contains(&c),
        "{c}"
    );
    // one of three missing, or a single value: the name alone decides
    let missing = Evidence::from([rows(1, "assignee", 3, &[(0, 2, None)])]);
    assert!(conf(&missing, "assignee").0 < 0.7);
    let single = Evidence::from([rows(1, "assignee", 1, &[(0, 1, None)])]);
    assert!(conf(&single, "assignee").0 < 0.7);
    // small numbers (`1`, `2`) are in every numeric key: they confirm nothing
    let mut counters = rows(1, "assignee", 3, &[(0, 3, None)]);
    counters.1.counters = true;
    assert!(conf(&Evidence::from([counters]), "assignee").0 < 0.7);
    // a sure name keeps its own confidence and rules
    let sure = Evidence::from([rows(1, "user_id", 3, &[(0, 3, None)])]);
    let (c, rule) = conf(&sure, "user_id");
    assert!(!rule && c >= 0.9, "{c}");
    // a tie between two people tables is never confirmed into a choice
    let tied = vec![
        sequin_table("s", "user", &[("email", "text")]),
        sequin_table("t", "user", &[("email", "text")]),
        sequin_table("u", "ticket", &[("assignee", "text")]),
    ];
    let ev = Evidence::from([rows(2, "assignee", 3, &[(0, 3, None)])]);
    let refs = infer_with_evidence(&tied, "u", &ev);
    assert!(refs
        .iter()
        .any(|r| r.child == 2 && r.rules.contains(&"tie".to_string())));
    assert!(refs
        .iter()
        .filter(|r| r.child == 2)
        .all(|r| r.confidence < 0.7 && !r.rules.contains(&"few_values_match".to_string())));
}

/// Principle: where a name points nowhere, a few ids that tell tables apart (uuids,
/// hex, long tokens) decide as many would: none is in an unrelated key by chance. Few
/// numbers, or few values against a name that points somewhere, do not.
#[test]
fn a_few_distinctive_values_settle_a_name_that_points_nowhere() {
    let tables = vec![
        sequin_table("s", "account", &[]),
        sequin_table("s", "contact", &[]),
        sequin_table(
            "s",
            "charge",
            &[("invoice_owner_id", "text"), ("contact_id", "text")],
        ),
    ];
    let few = value_rows(2, "invoice_owner_id", 3, &[(0, 3)]);
    let refs = infer_with_evidence(&tables, "s", &Evidence::from([few]));
    let r = find(&tables, &refs, "charge", "invoice_owner_id").unwrap();
    assert_eq!(tables[r.parent].name, "account");
    assert!(r.rules.contains(&"values_contained".to_string()), "{r:?}");
    // one value is no sample; numbers are no ids that tell tables apart
    let one = value_rows(2, "invoice_owner_id", 1, &[(0, 1)]);
    assert!(find(
        &tables,
        &infer_with_evidence(&tables, "s", &Evidence::from([one])),
        "charge",
        "invoice_owner_id"
    )
    .is_none());
    let mut numbers = value_rows(2, "invoice_owner_id", 3, &[(0, 3)]);
    numbers.1.distinctive = false;
    assert!(find(
        &tables,
        &infer_with_evidence(&tables, "s", &Evidence::from([numbers])),
        "charge",
        "invoice_owner_id"
    )
    .is_none());
    // few values elsewhere do not overturn a name that points at contact
    let mut against = value_rows(2, "contact_id", 3, &[(0, 3)]);
    against.1.matches.push(TargetMatch {
        table: 1,
        key: "id".into(),
        tested: 3,
        matched: 0,
        prefix: None,
        shape_fit: None,
        decoy_rate: None,
        by_values: false,
    });
    let refs = infer_with_evidence(&tables, "s", &Evidence::from([against]));
    let r = find(&tables, &refs, "charge", "contact_id").unwrap();
    assert_eq!(tables[r.parent].name, "contact");
}

/// Principle: a versioned copy of an entity (`company_history`, Fivetran's history
/// mode) is what `company_id` refers to when no `company` table exists; the copy's
/// own `company_id` is another id.
#[test]
fn versioned_tables_stand_for_their_entity() {
    let mut history = sequin_table(
        "s",
        "company_history",
        &[("updated_at", "timestamp"), ("company_id", "text")],
    );
    history.primary_key = vec!["id".into(), "updated_at".into()];
    history.unique_columns = vec![];
    let tables = vec![
        history,
        keyless_table(
            "s",
            "company_tag_history",
            &[("company_id", "text"), ("tag_id", "text")],
        ),
    ];
    let refs = infer_references(&tables, "s");
    let r = find(&tables, &refs, "company_tag_history", "company_id").unwrap();
    assert_eq!(tables[r.parent].name, "company_history");
    assert!(!r.key_unique && r.rules.contains(&"versioned_table".to_string()));
    assert!(find(&tables, &refs, "company_history", "company_id").is_none());
}

/// Principle: a copy of a table is its entity, whatever the copy is called and however
/// its entity is spelled: the history of `contacts` (`contacts_history`) stands for a
/// `contact` as `contact_history` does, a backup, archive, old, dated or versioned copy
/// is one entity with its table, and a schema's people are its `users`, not the
/// `old_users` beside them.
#[test]
fn copies_of_a_table_are_its_entity() {
    let mut history = sequin_table("s", "contacts_history", &[("updated_at", "timestamp")]);
    history.primary_key = vec!["id".into(), "updated_at".into()];
    history.unique_columns = vec![];
    let tables = vec![
        history,
        sequin_table("s", "deal", &[("contact_id", "text")]),
    ];
    let refs = infer_references(&tables, "s");
    let r = find(&tables, &refs, "deal", "contact_id").expect("contact_id found");
    assert_eq!(tables[r.parent].name, "contacts_history");
    // (found by its very name, not only by the words' forms)
    assert!(
        !r.rules.contains(&"word_forms".to_string()),
        "{:?}",
        r.rules
    );

    let names = [
        "contacts",
        "contacts_backup",
        "old_contacts",
        "contacts_2023",
        "contacts_v2",
        "ContactsArchive",
        "contact_scores",
        "old_users",
        "users",
    ];
    let tables: Vec<Table> = names
        .iter()
        .map(|n| sequin_table("s", n, &[("email", "text")]))
        .collect();
    let index = EntityIndex::new(&tables, "s");
    let at = |n: &str| names.iter().position(|x| *x == n).unwrap();
    for copy in &names[1..6] {
        assert!(index.one_entity(at("contacts"), at(copy)), "{copy}");
    }
    assert!(!index.one_entity(at("contacts"), at("contact_scores")));
    assert_eq!(index.people, vec![at("users")]);
}

/// Principle: a copy word that is a noun of its own too makes a compound after a
/// singular name (`ad_copy`, an ad's text, extends `ads`) and a copy after a plural
/// one (`ads_copy`, `ads_backup`); a word that is only a qualifier makes a copy after
/// either (`ad_tmp`, `ad_history`).
#[test]
fn a_copy_noun_after_a_singular_name_is_a_compound() {
    let names = [
        "ads",
        "ad_copy",
        "ad_archive",
        "ads_copy",
        "ads_backup",
        "ad_tmp",
        "ad_history",
    ];
    let tables: Vec<Table> = names
        .iter()
        .map(|n| sequin_table("s", n, &[("body", "text")]))
        .collect();
    let index = EntityIndex::new(&tables, "s");
    let at = |n: &str| names.iter().position(|x| *x == n).unwrap();
    for compound in ["ad_copy", "ad_archive"] {
        assert!(!index.one_entity(at("ads"), at(compound)), "{compound}");
    }
    for copy in ["ads_copy", "ads_backup", "ad_tmp", "ad_history"] {
        assert!(index.one_entity(at("ads"), at(copy)), "{copy}");
    }
}

/// Principle: in `<head>_<preposition>_<rest>` the head noun is the entity
/// (`requisition_for_hire_id` → `requisition`).
#[test]
fn a_phrase_refers_to_its_head_noun() {
    let tables = vec![
        sequin_table("s", "requisition", &[]),
        sequin_table("s", "application", &[("requisition_for_hire_id", "text")]),
    ];
    let refs = infer_references(&tables, "s");
    assert_eq!(
        target(&tables, &refs, "application", "requisition_for_hire_id").as_deref(),
        Some("requisition.id")
    );
}

/// Principle: a bare name on a number or uuid column cannot hold a name: in the
/// singular it is as sure as an id suffix (`reports_to smallint`); a plural is a
/// count, and a role suffix on a bare number (`units_on_order`) is a quantity.
#[test]
fn bare_numbers_named_for_a_role_are_references() {
    let mut employees = keyless_table(
        "n",
        "employees",
        &[
            ("employee_id", "int2"),
            ("reports_to", "int2"),
            ("orders", "int4"),
        ],
    );
    employees.primary_key = vec!["employee_id".into()];
    let mut orders = keyless_table("n", "orders", &[("order_id", "int2")]);
    orders.primary_key = vec!["order_id".into()];
    let products = keyless_table("n", "products", &[("units_on_order", "int2")]);
    let tables = vec![employees, orders, products];
    let refs = infer_references(&tables, "n");
    assert_eq!(
        target(&tables, &refs, "employees", "reports_to").as_deref(),
        Some("employees.employee_id")
    );
    // a plural is a count: a bare name, below the threshold until rows say otherwise
    assert!(find(&tables, &refs, "employees", "orders").is_none_or(|r| r.confidence < 0.7));
    assert!(find(&tables, &refs, "products", "units_on_order").is_none());
}

/// Principle: a role names the entity, and a versioned table is the entity, so every
/// rule reaches it (`applied_to_invoice_id` → `invoice_history`), and a self role reaches
/// the versioned table itself (`previous_invoice_id` in `invoice_history`).
#[test]
fn roles_reach_versioned_tables_and_their_own_versions() {
    let mut invoice = sequin_table(
        "s",
        "invoice_history",
        &[("updated_at", "timestamp"), ("previous_invoice_id", "text")],
    );
    invoice.primary_key = vec!["id".into(), "updated_at".into()];
    invoice.unique_columns = vec![];
    let tables = vec![
        invoice,
        sequin_table(
            "s",
            "credit_payment",
            &[
                ("applied_to_invoice_id", "text"),
                ("voided_by_invoice_id", "text"),
            ],
        ),
    ];
    let refs = infer_references(&tables, "s");
    for col in ["applied_to_invoice_id", "voided_by_invoice_id"] {
        assert_eq!(
            target(&tables, &refs, "credit_payment", col).as_deref(),
            Some("invoice_history.id"),
            "{col}"
        );
    }
    assert_eq!(
        target(&tables, &refs, "invoice_history", "previous_invoice_id").as_deref(),
        Some("invoice_history.id")
    );
}

/// Principle: a column that names its own table's entity is another id of the same
/// thing (`event.property_event_id`, `event.source_event_id`), unless a self role or a
/// relation phrase says it is another row (`applied_to_invoice_item_id`,
/// `related_ticket_id`, `parent_event_id`).
#[test]
fn a_column_naming_its_own_entity_is_a_reference_only_by_a_relation() {
    let tables = vec![
        sequin_table(
            "s",
            "event",
            &[
                ("property_event_id", "text"),
                ("source_event_id", "text"),
                ("parent_event_id", "text"),
                ("event_id", "text"),
            ],
        ),
        sequin_table(
            "s",
            "invoice_item",
            &[("applied_to_invoice_item_id", "text")],
        ),
        sequin_table("s", "ticket", &[("related_ticket_id", "text")]),
    ];
    let refs = infer_references(&tables, "s");
    for col in ["property_event_id", "source_event_id", "event_id"] {
        assert!(
            find(&tables, &refs, "event", col).is_none(),
            "{col}: {:?}",
            find(&tables, &refs, "event", col)
        );
    }
    assert_eq!(
        target(&tables, &refs, "event", "parent_event_id").as_deref(),
        Some("event.id")
    );
    assert_eq!(
        target(&tables, &refs, "invoice_item", "applied_to_invoice_item_id").as_deref(),
        Some("invoice_item.id")
    );
    assert_eq!(
        target(&tables, &refs, "ticket", "related_ticket_id").as_deref(),
        Some("ticket.id")
    );
}

/// Principle: the more words before an agent noun, the less it says the column holds a
/// person: `approver_id` is a user, `facebook_order_retailer_id` is not.
#[test]
fn a_long_compound_ending_in_an_agent_noun_is_no_person() {
    let tables = vec![
        sequin_table("s", "user", &[("email", "text")]),
        sequin_table(
            "s",
            "event",
            &[
                ("approver_id", "text"),
                ("attribute_facebook_order_retailer_id", "text"),
            ],
        ),
    ];
    let refs = infer_references(&tables, "s");
    assert_eq!(
        target(&tables, &refs, "event", "approver_id").as_deref(),
        Some("user.id")
    );
    let r = find(
        &tables,
        &refs,
        "event",
        "attribute_facebook_order_retailer_id",
    );
    assert!(
        r.is_none_or(|r| r.confidence < crate::options::DEFAULT_MIN_CONFIDENCE),
        "{r:?}"
    );
}

/// Evidence of values found by their shape alone (`by_values`), for distinctive ids.
fn value_rows(
    table: usize,
    column: &str,
    sampled: usize,
    matches: &[(usize, usize)],
) -> ((usize, String), ColumnEvidence) {
    let (k, mut ev) = rows(
        table,
        column,
        sampled,
        &matches
            .iter()
            .map(|(t, m)| (*t, *m, None))
            .collect::<Vec<_>>(),
    );
    ev.distinctive = true;
    for m in &mut ev.matches {
        m.by_values = true;
    }
    (k, ev)
}

/// Principle: a name that says nothing (`origin_id`) is settled by its values when they
/// are ids that tell tables apart and one key holds nearly all of them, by a clear
/// margin; a tie, a partial containment or ids that are numbers decide nothing.
#[test]
fn values_alone_find_a_key_only_clearly() {
    let tables = vec![
        sequin_table("s", "deal", &[]),
        sequin_table("s", "lead", &[]),
        sequin_table("s", "note", &[("origin_id", "text")]),
    ];
    let clear = value_rows(2, "origin_id", 40, &[(0, 39), (1, 1)]);
    let refs = infer_with_evidence(&tables, "s", &Evidence::from([clear]));
    let r = find(&tables, &refs, "note", "origin_id").unwrap();
    assert_eq!(tables[r.parent].name, "deal");
    assert!(r.rules.contains(&"values_contained".to_string()), "{r:?}");
    assert!(
        r.confidence >= crate::options::DEFAULT_MIN_CONFIDENCE,
        "{r:?}"
    );
    let m = r.measured.as_ref().unwrap();
    assert_eq!(m.margin, Some(0.95));
    assert_eq!(r.runner_up.as_ref().map(|u| u.table), Some(1));
    // both keys hold them (one id space): nothing
    let tie = value_rows(2, "origin_id", 40, &[(0, 40), (1, 40)]);
    assert!(infer_with_evidence(&tables, "s", &Evidence::from([tie])).is_empty());
    // most, not nearly all: nothing
    let partial = value_rows(2, "origin_id", 40, &[(0, 32)]);
    assert!(infer_with_evidence(&tables, "s", &Evidence::from([partial])).is_empty());
    // numbers: many tables count from 1, so containment proves nothing…
    let mut numbers = value_rows(2, "origin_id", 40, &[(0, 40)]);
    numbers.1.distinctive = false;
    assert!(infer_with_evidence(&tables, "s", &Evidence::from([numbers.clone()])).is_empty());
    // …unless every numeric key that could hold them was probed, and one holds them
    // by a margin (AdventureWorks' `componentid` → `product`); two holding them is an
    // id space they share, and decides nothing
    numbers.1.numbers_probed = true;
    numbers.1.matches[0].decoy_rate = Some(0.1);
    let refs = infer_with_evidence(&tables, "s", &Evidence::from([numbers.clone()]));
    let r = find(&tables, &refs, "note", "origin_id").unwrap();
    assert_eq!(tables[r.parent].name, "deal");
    assert!(r.rules.contains(&"values_contained".to_string()), "{r:?}");
    assert_eq!(
        r.measured.as_ref().and_then(|m| m.decoy_match_rate),
        Some(0.1)
    );
    // …and only if it holds them far more than their neighbours: a dense serial key
    // holds any number in its range (an amount, a year, a zip code), or none measured
    for decoy in [Some(0.9), None] {
        let mut dense = numbers.clone();
        dense.1.matches[0].decoy_rate = decoy;
        assert!(infer_with_evidence(&tables, "s", &Evidence::from([dense])).is_empty());
    }
    let mut shared = value_rows(2, "origin_id", 40, &[(0, 40), (1, 30)]);
    shared.1.distinctive = false;
    shared.1.numbers_probed = true;
    assert!(infer_with_evidence(&tables, "s", &Evidence::from([shared])).is_empty());
    // nor do numbers overturn a name whose key holds some of them (a partial sync in
    // a dense id space): `lead_id` holding 20 of 40, `deal` all 40, stays on `lead`
    let (k, mut partial) = rows(2, "lead_id", 40, &[(1, 20, None)]);
    partial.numbers_probed = true;
    partial.matches.push(TargetMatch {
        table: 0,
        key: "id".into(),
        tested: 40,
        matched: 40,
        prefix: None,
        shape_fit: None,
        decoy_rate: None,
        by_values: true,
    });
    let tables = [tables, vec![sequin_table("s", "x", &[("lead_id", "text")])]].concat();
    let mut partial_ev = Evidence::new();
    partial_ev.insert((3, k.1), partial);
    let refs = infer_with_evidence(&tables, "s", &partial_ev);
    let r = find(&tables, &refs, "x", "lead_id").unwrap();
    assert_eq!(tables[r.parent].name, "lead", "{r:?}");
}

/// Principle: distinctive ids split across several keys, disjointly and together most
/// of them, are a polymorphic reference to each (`journal.source_id`).
#[test]
fn values_split_across_keys_are_polymorphic() {
    let tables = vec![
        sequin_table("s", "invoice", &[]),
        sequin_table("s", "credit_note", &[]),
        sequin_table("s", "bank_transaction", &[]),
        sequin_table("s", "journal", &[("source_id", "text")]),
    ];
    let split = value_rows(3, "source_id", 100, &[(0, 64), (1, 3), (2, 20)]);
    let refs = infer_with_evidence(&tables, "s", &Evidence::from([split]));
    let mut targets: Vec<&str> = refs
        .iter()
        .filter(|r| r.child_column == "source_id")
        .map(|r| tables[r.parent].name.as_str())
        .collect();
    targets.sort();
    assert_eq!(targets, vec!["bank_transaction", "credit_note", "invoice"]);
    assert!(refs.iter().all(|r| r.polymorphic));
    // overlapping shares (more than all of the values): one id space, not several
    let overlap = value_rows(3, "source_id", 100, &[(0, 64), (2, 60)]);
    assert!(infer_with_evidence(&tables, "s", &Evidence::from([overlap])).is_empty());
    // a single hit is too few to count a table in
    let few = value_rows(3, "source_id", 100, &[(0, 64), (1, 1)]);
    assert!(infer_with_evidence(&tables, "s", &Evidence::from([few])).is_empty());
}

/// Principle: `<entity>_<identifier word>` holds the entity's identifier when the
/// entity's table has a column of that name and a type it joins (`account_code` →
/// `account.code`); a key that is not unique gets only the array relationship.
#[test]
fn an_entity_identifier_other_than_id_is_a_reference() {
    let tables = vec![
        sequin_table("s", "account", &[("code", "text"), ("name", "text")]),
        sequin_table("s", "invoice", &[("number", "int4")]),
        sequin_table("s", "customer", &[("hash", "text")]),
        sequin_table(
            "s",
            "line",
            &[
                ("customer_hash", "text"),
                ("account_code", "text"),
                ("invoice_number", "int4"),
                ("account_name", "text"),
                ("invoice_code", "text"),
            ],
        ),
    ];
    let refs = infer_references(&tables, "s");
    assert_eq!(
        target(&tables, &refs, "line", "account_code").as_deref(),
        Some("account.code")
    );
    // Recharge's `charge.customer_hash` → `customer.hash`
    assert_eq!(
        target(&tables, &refs, "line", "customer_hash").as_deref(),
        Some("customer.hash")
    );
    let r = find(&tables, &refs, "line", "invoice_number").unwrap();
    assert_eq!(
        (tables[r.parent].name.as_str(), r.parent_column.as_str()),
        ("invoice", "number")
    );
    assert!(!r.key_unique);
    // a name is no identifier word; a code the table does not have is no reference
    assert!(find(&tables, &refs, "line", "account_name").is_none());
    assert!(find(&tables, &refs, "line", "invoice_code").is_none());
}

/// A NetSuite-style table: an integer `id` key, bare-named references, no `_id` column
/// (a sync tool's `_fivetran_id` bookkeeping aside).
fn run_together_table(name: &str, cols: &[(&str, &str)]) -> Table {
    let mut t = sequin_table("ns", name, cols);
    t.columns[0] = col("id", "integer");
    t.columns.push(col("_fivetran_id", "text"));
    t
}

/// Run-together names (no `_` between words, no `id` suffix): a table's name they end
/// with, once an abbreviation in them is spelled out, is what they refer to; flags,
/// plurals and words that only end like agent nouns refer to nothing.
#[test]
fn run_together_names_end_in_the_table_they_refer_to() {
    let tables = vec![
        run_together_table("currency", &[("name", "text")]),
        run_together_table("subsidiary", &[("name", "text")]),
        run_together_table("accounttype", &[("longname", "text")]),
        run_together_table("employee", &[("firstname", "text")]),
        run_together_table(
            "account",
            &[
                ("accttype", "integer"),
                ("currency", "integer"),
                ("deferralacct", "integer"),
            ],
        ),
        run_together_table(
            "consolidatedexchangerate",
            &[
                ("fromcurrency", "integer"),
                ("tosubsidiary", "integer"),
                ("isbasecurrency", "integer"),
            ],
        ),
        run_together_table(
            "job",
            &[
                ("unitcurrency", "numeric"),
                ("timeapprover", "integer"),
                ("limittimetoassignees", "integer"),
                ("entitynumber", "integer"),
                ("reversaldefer", "integer"),
            ],
        ),
    ];
    let refs = infer_references(&tables, "ns");
    let t = |table: &str, c: &str| target(&tables, &refs, table, c);
    assert_eq!(t("account", "accttype").as_deref(), Some("accounttype.id"));
    assert_eq!(t("account", "currency").as_deref(), Some("currency.id"));
    assert_eq!(t("account", "deferralacct").as_deref(), Some("account.id"));
    assert_eq!(
        t("consolidatedexchangerate", "fromcurrency").as_deref(),
        Some("currency.id")
    );
    assert_eq!(
        t("consolidatedexchangerate", "tosubsidiary").as_deref(),
        Some("subsidiary.id")
    );
    assert_eq!(t("job", "timeapprover").as_deref(), Some("employee.id"));
    for (table, c) in [
        ("consolidatedexchangerate", "isbasecurrency"),
        ("job", "limittimetoassignees"),
        ("job", "unitcurrency"),
        ("job", "entitynumber"),
        ("job", "reversaldefer"),
    ] {
        assert_eq!(t(table, c), None, "{table}.{c}");
    }
}

/// `vendor.category` → `vendorcategory`, `deal.stage` → `deal_stage`: a column qualified
/// by its own table's name is that lookup table; an exact name still wins
/// (`order.item_id` is an `item` when both `item` and `order_item` exist).
#[test]
fn a_column_qualified_by_its_own_table_is_that_lookup_table() {
    let tables = vec![
        run_together_table("vendorcategory", &[("name", "text")]),
        run_together_table("vendor", &[("category", "integer")]),
        sequin_table("s", "deal_stage", &[("label", "text")]),
        sequin_table("s", "deal", &[("stage", "text"), ("stage_id", "text")]),
        sequin_table("s", "item", &[]),
        sequin_table("s", "order_item", &[("order_id", "text")]),
        sequin_table("s", "order", &[("item_id", "text")]),
    ];
    let refs = infer_references(&tables, "ns");
    assert_eq!(
        target(&tables, &refs, "vendor", "category").as_deref(),
        Some("vendorcategory.id")
    );
    let refs = infer_references(&tables, "s");
    assert_eq!(
        target(&tables, &refs, "deal", "stage_id").as_deref(),
        Some("deal_stage.id")
    );
    let r = find(&tables, &refs, "order", "item_id").unwrap();
    assert_eq!(tables[r.parent].name, "item");
    assert!(r.rules.iter().any(|x| x == "exact_name"));
}

/// A sync tool's row hash (`_fivetran_id`) keys a table that has no key of its own: no
/// reference points at it, and a column of that name refers to nothing.
#[test]
fn a_sync_tools_row_hash_is_never_a_target() {
    let mut calendars = keyless_table(
        "ns",
        "accountingperiodfiscalcalendars",
        &[
            ("_fivetran_id", "text"),
            ("parent", "integer"),
            ("fiscalcalendar", "integer"),
        ],
    );
    calendars.primary_key = vec!["_fivetran_id".into()];
    let tables = vec![
        calendars,
        run_together_table("fiscalcalendar", &[("name", "text")]),
    ];
    let refs = infer_references(&tables, "ns");
    assert_eq!(
        target(&tables, &refs, "accountingperiodfiscalcalendars", "parent"),
        None
    );
    assert_eq!(
        target(
            &tables,
            &refs,
            "accountingperiodfiscalcalendars",
            "fiscalcalendar"
        )
        .as_deref(),
        Some("fiscalcalendar.id")
    );
    assert!(refs
        .iter()
        .all(|r| r.child_column != "_fivetran_id" && r.parent_column != "_fivetran_id"));
}

/// `winning_campaign_id` in `campaign` is another campaign (a participle picks one
/// out); `property_event_id` in `event` is the event's id elsewhere, no other event.
#[test]
fn a_participle_before_the_own_entity_names_another_row() {
    let tables = vec![
        sequin_table("m", "campaign", &[("winning_campaign_id", "text")]),
        sequin_table("m", "event", &[("property_event_id", "text")]),
    ];
    let refs = infer_references(&tables, "m");
    assert_eq!(
        target(&tables, &refs, "campaign", "winning_campaign_id").as_deref(),
        Some("campaign.id")
    );
    assert_eq!(target(&tables, &refs, "event", "property_event_id"), None);
}

/// `refund_receipt_line.refund_id` → `refund_receipt` (the whole its name begins with);
/// not when a table has the stem's own name (`refund`), nor a table the child's name
/// does not begin with.
#[test]
fn a_part_names_its_whole_by_the_wholes_first_word() {
    let tables = vec![
        sequin_table("q", "refund_receipt", &[]),
        sequin_table("q", "refund_receipt_line", &[("refund_id", "text")]),
        sequin_table("q", "sales_receipt", &[]),
        sequin_table("q", "payment_line", &[("sales_id", "text")]),
    ];
    let refs = infer_references(&tables, "q");
    assert_eq!(
        target(&tables, &refs, "refund_receipt_line", "refund_id").as_deref(),
        Some("refund_receipt.id")
    );
    assert_eq!(target(&tables, &refs, "payment_line", "sales_id"), None);
    let mut with_refund = tables.clone();
    with_refund.push(sequin_table("q", "refund", &[]));
    let refs = infer_references(&with_refund, "q");
    assert_eq!(
        target(&with_refund, &refs, "refund_receipt_line", "refund_id").as_deref(),
        Some("refund.id")
    );
}

/// Principle: the kind written beside an id (`assigned_to_type` = `admin` | `team`,
/// Rails' `commentable_type` = `Post` | `Photo`) names the tables it refers to; one
/// relationship to each, whatever the ids match. A single named kind, or kinds that
/// name no table, leave the column to its name and values.
#[test]
fn the_kinds_beside_an_id_name_its_tables() {
    let tables = vec![
        sequin_table("i", "admin", &[("email", "text")]),
        sequin_table("i", "team", &[("name", "text")]),
        sequin_table("i", "one_time_product", &[]),
        sequin_table("i", "subscription", &[]),
        sequin_table(
            "i",
            "part",
            &[
                ("assigned_to_id", "text"),
                ("assigned_to_type", "text"),
                ("author_id", "text"),
                ("author_type", "text"),
                ("purchase_item_id", "text"),
                ("purchase_item_type", "text"),
            ],
        ),
    ];
    let part = tables.iter().position(|t| t.name == "part").unwrap();
    let mut evidence = Evidence::new();
    let kinds = |k: &[&str]| ColumnEvidence {
        sampled: 2,
        kinds: k.iter().map(|s| s.to_string()).collect(),
        ..ColumnEvidence::default()
    };
    evidence.insert((part, "assigned_to_id".into()), kinds(&["admin", "team"]));
    evidence.insert((part, "author_id".into()), kinds(&["admin", "bot", "lead"]));
    evidence.insert(
        (part, "purchase_item_id".into()),
        kinds(&["App::OneTimeProduct", "Subscriptions"]),
    );
    let refs = infer_with_evidence(&tables, "i", &evidence);
    let targets = |c: &str| {
        let mut t: Vec<String> = refs
            .iter()
            .filter(|r| r.child == part && r.child_column == c)
            .map(|r| {
                assert!(r.polymorphic && r.rules.contains(&"kind_column".to_string()));
                tables[r.parent].name.clone()
            })
            .collect();
        t.sort();
        t
    };
    assert_eq!(targets("assigned_to_id"), ["admin", "team"]);
    assert_eq!(
        targets("purchase_item_id"),
        ["one_time_product", "subscription"]
    );
    // one kind names a table: the name decides (an author is a person: no people table here)
    assert!(refs
        .iter()
        .filter(|r| r.child_column == "author_id")
        .all(|r| !r.rules.contains(&"kind_column".to_string())));
    // the kind column is found beside its id, and only a text one
    let req = sample_requests(
        &tables,
        &column_candidates(&tables, &EntityIndex::new(&tables, "i")),
    );
    let kind_of = |c: &str| {
        req.iter()
            .find(|r| r.child == part && r.column == c)
            .and_then(|r| r.kind_column.clone())
    };
    assert_eq!(
        kind_of("assigned_to_id").as_deref(),
        Some("assigned_to_type")
    );
}

/// Pendo: `app_id` → `application_history` (an abbreviation, then the entity's versioned
/// copy), `root_version_id` in `guide_history` → another version of the guide (a self
/// role's version); a plain `version_id` or `stable_version_id` names no other row. AdventureWorks: a key named as a code (`currencycode`)
/// is matched by name, run together too (`fromcurrencycode`); a column named as its
/// own table (`emailaddress.emailaddressid`) is its own id, not an `address`.
#[test]
fn abbreviations_reach_versioned_tables_and_keys_named_as_codes() {
    let mut history = sequin_table("p", "application_history", &[("name", "text")]);
    history.primary_key = vec!["id".into(), "last_updated_at".into()];
    history.unique_columns = vec![];
    let tables = vec![
        history,
        sequin_table(
            "p",
            "guide_history",
            &[
                ("app_id", "text"),
                ("root_version_id", "text"),
                ("stable_version_id", "text"),
                ("version_id", "text"),
            ],
        ),
    ];
    let refs = infer_references(&tables, "p");
    let t = |table: &str, c: &str| target(&tables, &refs, table, c);
    assert_eq!(
        t("guide_history", "app_id").as_deref(),
        Some("application_history.id")
    );
    assert_eq!(
        t("guide_history", "root_version_id").as_deref(),
        Some("guide_history.id")
    );
    assert_eq!(t("guide_history", "version_id"), None);
    assert_eq!(t("guide_history", "stable_version_id"), None);

    let coded = |name: &str, key: &str, cols: &[(&str, &str)]| {
        let mut t = keyless_table("aw", name, &[(key, "text")]);
        t.columns.extend(cols.iter().map(|(n, ty)| col(n, ty)));
        t.primary_key = vec![key.into()];
        t.unique_columns = vec![key.into()];
        t
    };
    let tables = vec![
        coded("currency", "currencycode", &[("name", "text")]),
        coded("address", "addressid", &[("city", "text")]),
        coded(
            "currencyrate",
            "currencyrateid",
            &[("fromcurrencycode", "text"), ("currencycode", "text")],
        ),
        coded(
            "emailaddress",
            "emailaddressid",
            &[("emailaddress", "text")],
        ),
    ];
    let refs = infer_references(&tables, "aw");
    let t = |table: &str, c: &str| target(&tables, &refs, table, c);
    assert_eq!(
        t("currencyrate", "currencycode").as_deref(),
        Some("currency.currencycode")
    );
    assert_eq!(
        t("currencyrate", "fromcurrencycode").as_deref(),
        Some("currency.currencycode")
    );
    assert_eq!(t("emailaddress", "emailaddressid"), None);
    assert_eq!(t("emailaddress", "emailaddress"), None);
}

/// A hierarchy keyed by one name (AdventureWorks: `businessentity` ⊃ `person` ⊃
/// `employee`, all keyed `businessentityid`): of the keys that hold a column's values,
/// the one with the fewest rows is its parent; a table's own key refers elsewhere only
/// when the other key holds nearly all its values.
#[test]
fn a_shared_key_hierarchy_refers_to_the_nearest_table_holding_the_values() {
    let keyed = |name: &str, rows: f64, cols: &[(&str, &str)]| {
        let mut t = keyless_table("aw", name, &[("businessentityid", "int4")]);
        t.columns.extend(cols.iter().map(|(n, ty)| col(n, ty)));
        t.primary_key = vec!["businessentityid".into()];
        t.unique_columns = vec!["businessentityid".into()];
        t.row_estimate = rows;
        t
    };
    let mut phone = keyless_table(
        "aw",
        "personphone",
        &[("businessentityid", "int4"), ("phonenumber", "text")],
    );
    phone.row_estimate = 40.0;
    let tables = vec![
        keyed("businessentity", 80.0, &[]),
        keyed("person", 50.0, &[("firstname", "text")]),
        keyed("employee", 20.0, &[("jobtitle", "text")]),
        phone,
    ];
    let at = |n: &str| tables.iter().position(|t| t.name == n).unwrap();
    let (be, person, employee, phone) = (
        at("businessentity"),
        at("person"),
        at("employee"),
        at("personphone"),
    );
    let mut evidence = Evidence::new();
    // personphone's ids: all in businessentity and person, a few in employee
    evidence.extend([rows(
        phone,
        "businessentityid",
        30,
        &[(be, 30, None), (person, 30, None), (employee, 8, None)],
    )]);
    // employee's own key: in person and businessentity
    evidence.extend([rows(
        employee,
        "businessentityid",
        20,
        &[(be, 20, None), (person, 20, None)],
    )]);
    // businessentity's own key: only some of it in person
    evidence.extend([rows(be, "businessentityid", 30, &[(person, 18, None)])]);
    for m in evidence.values_mut().flat_map(|e| e.matches.iter_mut()) {
        m.key = "businessentityid".into();
    }
    // from names alone, the table the child is named after
    let refs = infer_references(&tables, "aw");
    assert_eq!(
        target(&tables, &refs, "personphone", "businessentityid").as_deref(),
        Some("person.businessentityid")
    );
    let refs = infer_with_evidence(&tables, "aw", &evidence);
    let t = |table: &str| target(&tables, &refs, table, "businessentityid");
    assert_eq!(t("personphone").as_deref(), Some("person.businessentityid"));
    assert_eq!(t("employee").as_deref(), Some("person.businessentityid"));
    assert_eq!(t("businessentity"), None);
}

/// A list flattened into a table (Fivetran's `charge_discount`, keyed by `(charge_id,
/// index)`): its `id`, no key of the table, is the listed discount's; a table keyed by
/// its `id` is never a reference from it.
#[test]
fn the_id_of_a_flattened_list_is_the_listed_things() {
    let mut listed = sequin_table(
        "r",
        "charge_discount",
        &[("charge_id", "text"), ("index", "int4")],
    );
    listed.primary_key = vec!["charge_id".into(), "index".into()];
    listed.unique_columns = vec![];
    let tables = vec![
        sequin_table("r", "charge", &[]),
        sequin_table("r", "discount", &[("code", "text")]),
        listed,
        sequin_table("r", "order_discount", &[]),
    ];
    let refs = infer_references(&tables, "r");
    assert_eq!(
        target(&tables, &refs, "charge_discount", "id").as_deref(),
        Some("discount.id")
    );
    assert_eq!(
        target(&tables, &refs, "charge_discount", "charge_id").as_deref(),
        Some("charge.id")
    );
    assert_eq!(target(&tables, &refs, "order_discount", "id"), None);
}

/// A Sage Intacct-style table: keyed by `recordno`, run-together column names.
fn recordno_table(name: &str, key_type: &str, cols: &[(&str, &str)]) -> Table {
    let mut columns = vec![("recordno", key_type)];
    columns.extend_from_slice(cols);
    let mut t = keyless_table("s", name, &columns);
    t.primary_key = vec!["recordno".into()];
    t.unique_columns = vec!["recordno".into()];
    t
}

fn sage_like() -> Vec<Table> {
    vec![
        recordno_table(
            "gl_account",
            "int4",
            &[
                ("accountno", "text"),
                ("title", "text"),
                ("closetoacctkey", "int4"),
                ("closingaccountno", "int4"),
                ("categorykey", "int4"),
            ],
        ),
        recordno_table(
            "gl_batch",
            "text",
            &[("batchno", "int4"), ("prbatchkey", "int4")],
        ),
        recordno_table(
            "ap_bill",
            "text",
            &[("recordkey", "text"), ("vendorid", "text")],
        ),
        recordno_table(
            "ap_bill_item",
            "text",
            &[
                ("recordkey", "text"),
                ("accountkey", "int4"),
                ("accountno", "float8"),
                ("offsetglaccountno", "int4"),
                ("itemid", "text"),
                ("api_key", "text"),
            ],
        ),
        recordno_table(
            "ar_invoice_item",
            "text",
            &[("itemid", "text"), ("accounttitle", "text")],
        ),
        recordno_table(
            "gl_detail",
            "text",
            &[("batchkey", "text"), ("accountno", "text")],
        ),
        // (a sync lands the whole of every part: `ar_invoice` beside its items)
        recordno_table("ar_invoice", "text", &[("customerid", "text")]),
    ]
}

/// Principle: `<entity>key` and `<entity>_key` hold the entity's key, as `<entity>_id`
/// holds its id (Sage Intacct's `accountkey` → `gl_account.recordno`, whose last word
/// names it); a role before a run-together name is read as for `_id` names
/// (`closetoacctkey`, with `acct` spelled out, is another account), unless it is one
/// or two letters we cannot read (`prbatchkey`). A `_key` naming no table
/// (`api_key`, `categorykey`) is none.
#[test]
fn key_suffixes_name_the_entity_whose_key_they_hold() {
    let tables = sage_like();
    let refs = infer_references(&tables, "s");
    assert_eq!(
        target(&tables, &refs, "ap_bill_item", "accountkey").as_deref(),
        Some("gl_account.recordno")
    );
    assert_eq!(
        target(&tables, &refs, "gl_detail", "batchkey").as_deref(),
        Some("gl_batch.recordno")
    );
    assert_eq!(
        target(&tables, &refs, "gl_account", "closetoacctkey").as_deref(),
        Some("gl_account.recordno")
    );
    for (t, c) in [
        ("gl_batch", "prbatchkey"),
        ("ap_bill_item", "api_key"),
        ("gl_account", "categorykey"),
    ] {
        assert_eq!(target(&tables, &refs, t, c), None, "{t}.{c}");
    }
}

/// Principle: a part's table (`<whole>_item`, `_line`, `_detail`, `_entry`) names its
/// whole by a generic noun (`recordkey`, `header_id`, `document_id`); the same noun
/// in a table that is no part names nothing.
#[test]
fn a_part_names_its_whole_by_a_generic_noun() {
    let tables = sage_like();
    let refs = infer_references(&tables, "s");
    assert_eq!(
        target(&tables, &refs, "ap_bill_item", "recordkey").as_deref(),
        Some("ap_bill.recordno")
    );
    assert_eq!(target(&tables, &refs, "ap_bill", "recordkey"), None);
}

/// Principle: a stem that is the last word of the child's own name names a thing of
/// the child's own kind, not a sibling that shares that word (`ap_bill_item.itemid` is
/// no `ar_invoice_item`).
#[test]
fn a_sibling_sharing_the_childs_last_word_is_not_its_target() {
    let tables = sage_like();
    let refs = infer_references(&tables, "s");
    assert_eq!(target(&tables, &refs, "ap_bill_item", "itemid"), None);
    assert_eq!(target(&tables, &refs, "ar_invoice_item", "itemid"), None);
    // a catalog of that thing is no sibling part: `sales_order_item.item_id` is an
    // `inventory_item`
    let tables = vec![
        sequin_table("s", "sales_order", &[]),
        sequin_table("s", "sales_order_item", &[("item_id", "text")]),
        sequin_table("s", "inventory_item", &[("sku", "text")]),
    ];
    let refs = infer_references(&tables, "s");
    assert_eq!(
        target(&tables, &refs, "sales_order_item", "item_id").as_deref(),
        Some("inventory_item.id")
    );
}

/// Principle: a record of the child's own kind (most columns shared: Marketo's
/// `activities_*` streams) is never what the child's column names by its last word:
/// `activities_fill_out_form.webpage_id` is no `activities_visit_webpage`. A table of
/// another kind ending so still is.
#[test]
fn a_record_of_the_childs_own_kind_is_not_named_by_its_last_word() {
    let shared: Vec<(String, &str)> = (0..8).map(|i| (format!("field_{i}"), "text")).collect();
    let cols = |extra: &[(&str, &str)]| -> Vec<(String, String)> {
        shared
            .iter()
            .map(|(n, t)| (n.clone(), t.to_string()))
            .chain(extra.iter().map(|(n, t)| (n.to_string(), t.to_string())))
            .collect()
    };
    let table = |name: &str, extra: &[(&str, &str)]| {
        let c = cols(extra);
        let c: Vec<(&str, &str)> = c.iter().map(|(n, t)| (n.as_str(), t.as_str())).collect();
        sequin_table("s", name, &c)
    };
    let tables = vec![
        table("activities_visit_webpage", &[("webpage_url", "text")]),
        table("activities_fill_out_form", &[("webpage_id", "text")]),
        sequin_table("s", "form", &[("form_webpage_id", "text")]),
    ];
    let refs = infer_references(&tables, "s");
    assert_eq!(
        target(&tables, &refs, "activities_fill_out_form", "webpage_id"),
        None
    );
    // another kind of table: the last word names it as before
    let tables = vec![
        sequin_table("s", "landing_webpage", &[]),
        table("activities_fill_out_form", &[("webpage_id", "text")]),
    ];
    let refs = infer_references(&tables, "s");
    assert_eq!(
        target(&tables, &refs, "activities_fill_out_form", "webpage_id").as_deref(),
        Some("landing_webpage.id")
    );
}

/// Principle: in a run-together schema a column named as another table's own
/// identifier (`gl_account.accountno`: the table's last word and an identifier word)
/// holds that identifier, also after a role (`offsetglaccountno`, and
/// `closingaccountno` in the table itself). A number may be cast to a text
/// identifier; a text is never taken for a number by its name; a table's own
/// identifier is no reference.
#[test]
fn a_run_together_identifier_column_is_a_reference_to_it() {
    let tables = sage_like();
    let refs = infer_references(&tables, "s");
    let r = find(&tables, &refs, "ap_bill_item", "accountno").expect("accountno");
    assert_eq!(
        (tables[r.parent].name.as_str(), r.parent_column.as_str()),
        ("gl_account", "accountno")
    );
    assert_eq!(r.cast.as_deref(), Some("text"));
    assert!(!r.key_unique);
    assert_eq!(
        target(&tables, &refs, "gl_detail", "accountno").as_deref(),
        Some("gl_account.accountno")
    );
    assert_eq!(
        target(&tables, &refs, "ap_bill_item", "offsetglaccountno").as_deref(),
        Some("gl_account.accountno")
    );
    assert_eq!(
        target(&tables, &refs, "gl_account", "closingaccountno").as_deref(),
        Some("gl_account.accountno")
    );
    assert_eq!(target(&tables, &refs, "gl_account", "accountno"), None);
    // a text column is not taken for the integer `batchno`
    let mut tables = sage_like();
    tables[5].columns.push(col("batchno", "text"));
    let refs = infer_references(&tables, "s");
    assert_eq!(target(&tables, &refs, "gl_detail", "batchno"), None);
}

/// Principle: a table that repeats most of another's columns is of its kind (a
/// subtype: NetSuite's `customer` of `entity`); the identifier it repeats is its own.
/// And where names carry underscores, `<entity>_number` is the row's own attribute
/// (`vendor.account_number`) unless the entity has a column `number`.
#[test]
fn a_subtypes_copy_of_an_identifier_and_underscored_names_are_no_references() {
    let shared: Vec<(String, &str)> = (0..9).map(|i| (format!("field{i}"), "text")).collect();
    let mut entity_cols: Vec<(&str, &str)> = vec![("entitynumber", "text")];
    entity_cols.extend(shared.iter().map(|(n, t)| (n.as_str(), *t)));
    let mut customer_cols = entity_cols.clone();
    customer_cols.push(("creditlimit", "numeric"));
    let tables = vec![
        sequin_table("s", "entity", &entity_cols),
        sequin_table("s", "customer", &customer_cols),
        sequin_table("s", "invoice", &[("entitynumber", "text")]),
        sequin_table("s", "account", &[("account_number", "text")]),
        sequin_table("s", "vendor", &[("account_number", "text")]),
    ];
    let refs = infer_references(&tables, "s");
    assert_eq!(target(&tables, &refs, "customer", "entitynumber"), None);
    assert_eq!(
        target(&tables, &refs, "invoice", "entitynumber").as_deref(),
        Some("entity.entitynumber")
    );
    assert_eq!(target(&tables, &refs, "vendor", "account_number"), None);
}

fn keyed(name: &str, key: &str, cols: &[(&str, &str)]) -> Table {
    let mut t = keyless_table("s", name, cols);
    t.primary_key = vec![key.into()];
    t.unique_columns = vec![key.into()];
    t
}

/// Principle: a hierarchy's words (`superior`, `top_level`, `ultimate`) before the
/// row's own entity make it another row of its table; a phrase's head may be a
/// versioned entity (`worker_for_filled_position_id` → `worker_history`); a table
/// named `<entity>_data` is the entity where no table has its name, and `info` is
/// `information` (`personal_info_common_id` → `personal_information_common_data`).
#[test]
fn hierarchy_words_phrase_heads_and_containers_name_their_entities() {
    let mut worker = keyless_table(
        "s",
        "worker_history",
        &[
            ("id", "text"),
            ("_fivetran_start", "timestamp"),
            ("worker_code", "int4"),
        ],
    );
    worker.primary_key = vec!["id".into(), "_fivetran_start".into()];
    let tables = vec![
        sequin_table(
            "s",
            "organization",
            &[
                ("superior_organization_id", "text"),
                ("top_level_organization_id", "text"),
                ("code_organization_id", "text"),
            ],
        ),
        worker,
        sequin_table(
            "s",
            "position",
            &[("worker_for_filled_position_id", "text")],
        ),
        keyed(
            "personal_information_common_data",
            "fivetran_id",
            &[("fivetran_id", "text"), ("worker_id", "text")],
        ),
        keyed(
            "country_personal_information",
            "fivetran_id",
            &[("fivetran_id", "text"), ("personal_info_common_id", "text")],
        ),
        keyed(
            "organization_role_worker",
            "associated_worker_id",
            &[
                ("associated_worker_id", "int4"),
                ("organization_id", "text"),
            ],
        ),
    ];
    let refs = infer_references(&tables, "s");
    for c in ["superior_organization_id", "top_level_organization_id"] {
        assert_eq!(
            target(&tables, &refs, "organization", c).as_deref(),
            Some("organization.id"),
            "{c}"
        );
    }
    assert_eq!(
        target(&tables, &refs, "organization", "code_organization_id"),
        None
    );
    assert_eq!(
        target(&tables, &refs, "position", "worker_for_filled_position_id").as_deref(),
        Some("worker_history.id")
    );
    assert_eq!(
        target(
            &tables,
            &refs,
            "country_personal_information",
            "personal_info_common_id"
        )
        .as_deref(),
        Some("personal_information_common_data.fivetran_id")
    );
    // Principle: a surrogate key each table has of its own (`fivetran_id`, naming no
    // table) is no reference between the tables keyed by it
    for t in [
        "country_personal_information",
        "personal_information_common_data",
    ] {
        assert_eq!(target(&tables, &refs, t, "fivetran_id"), None, "{t}");
    }
    // Principle: a number whose target's key is text joins the target's own
    // identifier of its type (`worker_history.worker_code`), not the key by a cast
    let r = find(
        &tables,
        &refs,
        "organization_role_worker",
        "associated_worker_id",
    )
    .unwrap();
    assert_eq!(
        (
            tables[r.parent].name.as_str(),
            r.parent_column.as_str(),
            r.cast.as_deref()
        ),
        ("worker_history", "worker_code", None)
    );
}

/// A text agrees with any identifier: a text reference to an integer key stays on the
/// key, with a cast, even where the target has a text identifier (NetSuite's
/// `entity.parent` → `entity.id`, not `entity.entitynumber`).
#[test]
fn a_text_reference_keeps_the_key_and_its_cast() {
    let mut entity = sequin_table(
        "s",
        "entity",
        &[("entitynumber", "text"), ("parent", "text")],
    );
    entity.columns[0].base_type = "int4".into();
    let tables = vec![entity];
    let refs = infer_references(&tables, "s");
    let r = find(&tables, &refs, "entity", "parent").expect("parent");
    assert_eq!(
        (r.parent_column.as_str(), r.cast.as_deref()),
        ("id", Some("int4"))
    );
}

/// Principle: a people table that declares no key (Airbyte's Iterable `users`) is
/// identified by its email as well: an `email` in an event refers to it, a row with a
/// key of its own keeps its own address, and a people table with a key of its own
/// (`user.id`) is no target of an `email`.
#[test]
fn an_email_names_a_people_table_that_declares_no_key() {
    let tables = vec![
        keyless_table(
            "s",
            "users",
            &[
                ("id", "text"),
                ("userId", "text"),
                ("email", "text"),
                ("firstName", "text"),
            ],
        ),
        keyless_table("s", "email_send", &[("email", "text"), ("userId", "text")]),
        sequin_table("s", "lead", &[("email", "text")]),
    ];
    let refs = infer_references(&tables, "s");
    assert_eq!(
        target(&tables, &refs, "email_send", "email").as_deref(),
        Some("users.email")
    );
    assert_eq!(target(&tables, &refs, "lead", "email"), None);
    let keyed = vec![
        sequin_table("s", "user", &[("email", "text"), ("first_name", "text")]),
        keyless_table("s", "email_send", &[("email", "text")]),
    ];
    let refs = infer_references(&keyed, "s");
    assert_eq!(target(&keyed, &refs, "email_send", "email"), None);
}

/// Principle: a people table keyed by the email (Iterable's versioned `user_history`,
/// primary key `(email, updated_at)`) is what an `email` elsewhere refers to; only the
/// very name: `from_email` is no person of that table by its name.
#[test]
fn an_email_names_the_people_table_keyed_by_it() {
    let mut users = keyless_table(
        "s",
        "user_history",
        &[
            ("email", "text"),
            ("updated_at", "timestamp"),
            ("first_name", "text"),
        ],
    );
    users.primary_key = vec!["email".into(), "updated_at".into()];
    let mut unsubscribed = keyless_table(
        "s",
        "user_unsubscribed_channel_history",
        &[
            ("email", "text"),
            ("updated_at", "timestamp"),
            ("channel_id", "text"),
        ],
    );
    unsubscribed.primary_key = vec!["email".into(), "updated_at".into()];
    let tables = vec![
        users,
        unsubscribed,
        keyless_table(
            "s",
            "event",
            &[("email", "text"), ("created_at", "timestamp")],
        ),
        sequin_table("s", "template", &[("from_email", "text")]),
    ];
    let refs = infer_references(&tables, "s");
    for t in ["event", "user_unsubscribed_channel_history"] {
        assert_eq!(
            target(&tables, &refs, t, "email").as_deref(),
            Some("user_history.email"),
            "{t}"
        );
    }
    assert_eq!(target(&tables, &refs, "template", "from_email"), None);
    assert_eq!(target(&tables, &refs, "user_history", "email"), None);
    // a row with a key of its own has its own address (a vendor's, a lead's)
    let mut with_lead = tables.clone();
    with_lead.push(sequin_table("s", "lead", &[("email", "text")]));
    let refs = infer_references(&with_lead, "s");
    assert_eq!(target(&with_lead, &refs, "lead", "email"), None);
    // a copy of the people table (BigQuery's `user_history_bq_json`) refers to nothing
    let fields: Vec<String> = (0..9).map(|i| format!("field{i}")).collect();
    let mut tables = tables;
    for f in &fields {
        tables[0].columns.push(col(f, "text"));
    }
    let mut copy = tables[0].clone();
    copy.name = "user_history_bq_json".into();
    tables.push(copy);
    // (not most tables named `user_…`, which would make `user_` the source's prefix)
    tables.push(sequin_table("s", "campaign", &[]));
    tables.push(sequin_table("s", "list", &[]));
    let refs = infer_references(&tables, "s");
    assert_eq!(
        target(&tables, &refs, "user_history_bq_json", "email"),
        None
    );
    assert_eq!(
        target(&tables, &refs, "event", "email").as_deref(),
        Some("user_history.email")
    );
}

/// Principle: one who receives (`-ee`: an assignee, an invitee) is of the kind the
/// word before it names (`team_assignee_id` is an assignee that is a team), where a
/// doer is a person of what the word before it names (`posting_hiring_manager_id`).
#[test]
fn a_receivers_kind_is_the_word_before_it() {
    let tables = vec![
        sequin_table("s", "admins", &[("email", "text"), ("name", "text")]),
        sequin_table("s", "teams", &[("name", "text")]),
        sequin_table("s", "posting", &[]),
        sequin_table(
            "s",
            "conversations",
            &[
                ("team_assignee_id", "text"),
                ("admin_assignee_id", "text"),
                ("posting_hiring_manager_id", "text"),
                ("sales_employee_id", "text"),
            ],
        ),
    ];
    let refs = infer_references(&tables, "s");
    assert_eq!(
        target(&tables, &refs, "conversations", "team_assignee_id").as_deref(),
        Some("teams.id")
    );
    assert_eq!(
        target(&tables, &refs, "conversations", "admin_assignee_id").as_deref(),
        Some("admins.id")
    );
    assert_eq!(
        target(&tables, &refs, "conversations", "posting_hiring_manager_id").as_deref(),
        Some("admins.id")
    );
}

/// Principle: `<x>_id` names x's `id`, whatever key the sync declares (Airbyte keys
/// Intercom's `teams` by `name`), cast if need be; a key that joins without a cast
/// still beats an `id` that needs one (Heroku's `accountid` → `account.sfid`).
#[test]
fn an_id_suffix_joins_the_id_column_whatever_the_declared_key() {
    let mut teams = keyed("teams", "name", &[("name", "text"), ("id", "text")]);
    teams.unique_columns.clear();
    let tables = vec![
        teams,
        sequin_table(
            "s",
            "tickets",
            &[("team_id", "text"), ("other_team_id", "int8")],
        ),
    ];
    let refs = infer_references(&tables, "s");
    let r = find(&tables, &refs, "tickets", "team_id").unwrap();
    assert_eq!((r.parent_column.as_str(), r.cast.as_deref()), ("id", None));
    let r = find(&tables, &refs, "tickets", "other_team_id").unwrap();
    assert_eq!(
        (r.parent_column.as_str(), r.cast.as_deref()),
        ("id", Some("text"))
    );
}

/// Principle: the last word of a table's name names it only if the table holds that
/// thing: a table keyed by another entity's id is a record of that entity
/// (`worker_leave_status`, keyed by `leave_request_event_id`), and a `status_id`
/// elsewhere is no row of it; a lookup keyed by `id` is (`workflow_state`).
#[test]
fn a_record_keyed_by_another_entity_is_not_named_by_its_last_word() {
    let tables = vec![
        keyed(
            "worker_leave_status",
            "leave_request_event_id",
            &[("leave_request_event_id", "text"), ("on_leave", "bool")],
        ),
        sequin_table("s", "workflow_state", &[("name", "text")]),
        sequin_table(
            "s",
            "military_service",
            &[("status_id", "text"), ("state_id", "text")],
        ),
    ];
    let refs = infer_references(&tables, "s");
    assert_eq!(
        target(&tables, &refs, "military_service", "status_id"),
        None
    );
    assert_eq!(
        target(&tables, &refs, "military_service", "state_id").as_deref(),
        Some("workflow_state.id")
    );
}

/// Principle: an id qualified by an outside system (`gateway_`, `processor_`,
/// `provider_`, `remote_`) is that system's id, no row here (Zuora's
/// `payment.gateway_order_id`); a table of that very name is still one.
#[test]
fn an_outside_systems_id_is_no_reference() {
    let tables = vec![
        sequin_table("s", "order", &[]),
        sequin_table("s", "provider_account", &[]),
        sequin_table(
            "s",
            "payment",
            &[
                ("gateway_order_id", "text"),
                ("processor_order_id", "text"),
                ("provider_account_id", "text"),
                ("order_id", "text"),
            ],
        ),
    ];
    let refs = infer_references(&tables, "s");
    for c in ["gateway_order_id", "processor_order_id"] {
        assert_eq!(target(&tables, &refs, "payment", c), None, "{c}");
    }
    assert_eq!(
        target(&tables, &refs, "payment", "provider_account_id").as_deref(),
        Some("provider_account.id")
    );
    assert_eq!(
        target(&tables, &refs, "payment", "order_id").as_deref(),
        Some("order.id")
    );
}

/// Principle: a key named by an identifier word (`member_no`, `customernumber`) or by
/// its table's own name (`productline` of `productlines`) is matched as a key named
/// `<x>id` is: a column of that name elsewhere refers to it; a surrogate every table
/// is keyed by (`recordno`) is no reference between them.
#[test]
fn keys_named_by_identifier_words_or_their_table_are_matched_by_name() {
    let mut loan = keyless_table(
        "s",
        "loan",
        &[
            ("member_no", "int4"),
            ("branch_no", "text"),
            ("from_date", "date"),
        ],
    );
    loan.primary_key = vec!["member_no".into(), "from_date".into()];
    let tables = vec![
        keyed(
            "members",
            "member_no",
            &[("member_no", "int4"), ("name", "text")],
        ),
        keyed("branches", "branch_no", &[("branch_no", "text")]),
        loan,
        keyed("customers", "customernumber", &[("customernumber", "int4")]),
        keyed(
            "orders",
            "ordernumber",
            &[("ordernumber", "int4"), ("customernumber", "int4")],
        ),
        keyed("productlines", "productline", &[("productline", "text")]),
        keyed(
            "products",
            "productcode",
            &[("productcode", "text"), ("productline", "text")],
        ),
        keyed("ledger", "recordno", &[("recordno", "int4")]),
        keyed("journal", "recordno", &[("recordno", "int4")]),
    ];
    let refs = infer_references(&tables, "s");
    for (t, c, want) in [
        ("loan", "member_no", "members.member_no"),
        ("loan", "branch_no", "branches.branch_no"),
        ("orders", "customernumber", "customers.customernumber"),
        ("products", "productline", "productlines.productline"),
    ] {
        assert_eq!(
            target(&tables, &refs, t, c).as_deref(),
            Some(want),
            "{t}.{c}"
        );
    }
    for t in ["ledger", "journal"] {
        assert_eq!(target(&tables, &refs, t, "recordno"), None, "{t}");
    }
}

/// Quoted mixed-case names (a SQL Server port) are matched in lower case and joined as
/// spelled.
#[test]
fn mixed_case_natural_and_identifier_keys_are_joined_as_spelled() {
    let tables = vec![
        keyed("Users", "Email", &[("Email", "text"), ("FullName", "text")]),
        keyless_table("s", "Events", &[("EventID", "int4"), ("Email", "text")]),
        keyed(
            "GlAccount",
            "RecordNo",
            &[("RecordNo", "int4"), ("AccountNo", "text")],
        ),
        keyed(
            "GlDetail",
            "RecordNo",
            &[("RecordNo", "int4"), ("AccountNo", "int4")],
        ),
    ];
    let refs = infer_references(&tables, "s");
    assert_eq!(
        target(&tables, &refs, "Events", "Email").as_deref(),
        Some("Users.Email")
    );
    let r = find(&tables, &refs, "GlDetail", "AccountNo").expect("AccountNo");
    assert_eq!(
        (
            tables[r.parent].name.as_str(),
            r.parent_column.as_str(),
            r.cast.as_deref()
        ),
        ("GlAccount", "AccountNo", Some("text"))
    );
}

/// Principle: overturning a name takes much. A plausible name with an id suffix
/// (`state_id` → `workflow_state`, the stem the last word of one table) stands against
/// rows that are both few and of its key's shape, a little less sure; many such rows,
/// or a few of another shape, overturn it.
#[test]
fn a_plausible_name_stands_against_a_few_values_of_its_keys_shape() {
    let tables = vec![
        sequin_table("s", "workflow_state", &[]),
        sequin_table("s", "ticket", &[("state_id", "text")]),
    ];
    let with = |sampled: usize, fit: f64| {
        let mut ev = rows(1, "state_id", sampled, &[(0, 0, None)]);
        ev.1.matches[0].shape_fit = Some(fit);
        infer_with_evidence(&tables, "s", &Evidence::from([ev]))
    };
    let refs = with(7, 1.0);
    let r = find(&tables, &refs, "ticket", "state_id").expect("stands");
    assert!(r.rules.contains(&"rows_unconfirmed".to_string()), "{r:?}");
    assert!(r.confidence >= 0.7 && r.confidence < 0.75, "{r:?}");
    for (sampled, fit) in [(7, 0.2), (40, 1.0)] {
        let refs = with(sampled, fit);
        assert!(
            find(&tables, &refs, "ticket", "state_id").is_none_or(|r| r.confidence < 0.5),
            "{sampled} {fit}"
        );
    }
}

fn own_key_rows(
    table: usize,
    sampled: usize,
    matches: &[(usize, usize)],
) -> ((usize, String), ColumnEvidence) {
    let (k, mut ev) = value_rows(table, "id", sampled, matches);
    ev.own_key = true;
    (k, ev)
}

/// Principle: a table's own key whose values all lie in another table's key extends
/// that table one to one (Mailchimp's `reports.id` is the campaign's id), named for
/// the table it extends; partial containment, a near tie, a pair already related, a
/// versioned copy or a key that is not unique make none; and two tables holding each
/// other's ids link once, from the smaller.
#[test]
fn an_own_key_inside_another_key_extends_that_table() {
    let mut tables = vec![
        sequin_table("s", "campaigns", &[]),
        sequin_table("s", "lists", &[]),
        sequin_table("s", "reports", &[]),
    ];
    let refs_of = |tables: &[Table], ev: &Evidence| {
        infer_with_evidence(tables, "s", ev)
            .into_iter()
            .filter(|r| r.rules.contains(&"own_key_contained".to_string()))
            .map(|r| {
                (
                    tables[r.child].name.clone(),
                    r.child_column,
                    tables[r.parent].name.clone(),
                    r.role,
                )
            })
            .collect::<Vec<_>>()
    };
    let contained = Evidence::from([own_key_rows(2, 4, &[(0, 4), (1, 1)])]);
    assert_eq!(
        refs_of(&tables, &contained),
        vec![(
            "reports".into(),
            "id".into(),
            "campaigns".into(),
            "campaign".into()
        )]
    );
    // partial containment, or two keys that both hold the ids, decide nothing
    for ev in [
        own_key_rows(2, 4, &[(0, 3)]),
        own_key_rows(2, 4, &[(0, 4), (1, 4)]),
        own_key_rows(2, 1, &[(0, 1)]),
    ] {
        assert!(
            refs_of(&tables, &Evidence::from([ev.clone()])).is_empty(),
            "{ev:?}"
        );
    }
    // twins: each holds the other's ids; only the smaller refers to the larger
    tables[0].row_estimate = 10.0;
    tables[2].row_estimate = 4.0;
    let twins = Evidence::from([own_key_rows(2, 4, &[(0, 4)]), own_key_rows(0, 4, &[(2, 4)])]);
    assert_eq!(refs_of(&tables, &twins).len(), 1);
    assert_eq!(refs_of(&tables, &twins)[0].0, "reports");
    // a parent key that is not unique is no one side
    let mut not_unique = tables.clone();
    not_unique[0].primary_key = vec!["id".into(), "_sync_updated_at".into()];
    not_unique[0].unique_columns.clear();
    assert!(refs_of(&not_unique, &contained).is_empty());
    // an entity's versioned copy shares its ids by being it
    let versioned = vec![
        sequin_table("s", "campaign", &[]),
        sequin_table("s", "campaign_history", &[]),
    ];
    let ev = Evidence::from([own_key_rows(1, 4, &[(0, 4)])]);
    assert!(refs_of(&versioned, &ev).is_empty());
}

/// Principle: a declared text key of two or more words (Xero keys `TaxRates` by
/// `TaxType`) names what it holds as plainly as an id: a column of that name refers
/// to it, after a role too (`AccountsPayableTaxType`); a one-word natural key
/// (`Name`, `Status`) is matched by nothing but its table.
#[test]
fn a_compound_natural_key_is_referred_to_by_its_name() {
    let tables = vec![
        keyed_table(
            "x",
            "Accounts",
            &[
                ("AccountID", "uuid"),
                ("TaxType", "text"),
                ("Status", "text"),
            ],
            &["AccountID"],
        ),
        keyed_table(
            "x",
            "Contacts",
            &[
                ("ContactID", "uuid"),
                ("AccountsPayableTaxType", "text"),
                ("Name", "text"),
            ],
            &["ContactID"],
        ),
        keyed_table(
            "x",
            "TaxRates",
            &[("TaxType", "text"), ("Name", "text")],
            &["TaxType"],
        ),
        keyed_table("x", "Statuses", &[("Status", "text")], &["Status"]),
    ];
    let refs = infer_references(&tables, "x");
    assert_eq!(
        target(&tables, &refs, "Accounts", "TaxType").as_deref(),
        Some("TaxRates.TaxType")
    );
    assert_eq!(
        target(&tables, &refs, "Contacts", "AccountsPayableTaxType").as_deref(),
        Some("TaxRates.TaxType")
    );
    assert_eq!(target(&tables, &refs, "Contacts", "Name"), None);
}

/// Principle: an attribute every row has of its own is one by any spelling of its
/// words (spelled out, run together), and a key of other words is none.
#[test]
fn own_attributes_are_known_by_any_spelling() {
    for own in [
        "email_address",
        "email_addr",
        "e_mail",
        "ip_addr",
        "web_site",
        "home_page",
        "user_name",
        "date_day",
    ] {
        assert!(super::entity::is_own_attribute(own), "{own}");
    }
    for key in ["tax_type", "account_type", "ledger_code", "region_key"] {
        assert!(!super::entity::is_own_attribute(key), "{key}");
    }
}

/// Principle: a few ids that tell tables apart, all in one key the name never pointed
/// at and none in the name's own target, overturn the name (Zuora's `invoiceownerid`
/// holds accounts, not users): no backfill puts a parent's ids in another table. A
/// target holding one of them, a target never probed, or numbers keep the name.
#[test]
fn a_few_distinctive_ids_found_only_elsewhere_overturn_a_name() {
    let tables = vec![
        sequin_table("s", "account", &[]),
        sequin_table("s", "subscription", &[("invoiceownerid", "text")]),
        sequin_table("s", "user", &[("email", "text")]),
    ];
    let target_with = |ev: ((usize, String), ColumnEvidence)| {
        let refs = infer_with_evidence(&tables, "s", &Evidence::from([ev]));
        target(&tables, &refs, "subscription", "invoiceownerid")
    };
    let elsewhere = |user_hits: usize| {
        let (k, mut ev) = rows(
            1,
            "invoiceownerid",
            2,
            &[(2, user_hits, None), (0, 2, None)],
        );
        ev.distinctive = true;
        ev.matches[1].by_values = true;
        (k, ev)
    };
    assert_eq!(target_with(elsewhere(0)).as_deref(), Some("account.id"));
    assert_eq!(target_with(elsewhere(1)).as_deref(), Some("user.id"));
    // the name's target never probed (unreadable): the name stands
    let (k, mut unprobed) = elsewhere(0);
    unprobed.matches.remove(0);
    assert_eq!(target_with((k, unprobed)).as_deref(), Some("user.id"));
    // numbers tell no tables apart
    let (k, mut numbers) = elsewhere(0);
    numbers.distinctive = false;
    assert_eq!(target_with((k, numbers)).as_deref(), Some("user.id"));
}

/// Principle: a bare name is weak by its form; when every value sampled from it,
/// even one, lacks its target key's shape and is not in it, it holds something else
/// (a login, a display name) and is demoted to 0 (`values_of_another_shape`). Values
/// of the key's shape not found yet (a backfill), or a column named with an id
/// suffix, keep the name.
#[test]
fn a_bare_name_whose_values_are_of_another_shape_is_dropped() {
    let tables = vec![
        sequin_table(
            "s",
            "template",
            &[("created_by", "text"), ("creator_id", "text")],
        ),
        sequin_table("s", "user", &[("email", "text")]),
    ];
    let conf = |column: &str, fit: Option<f64>| {
        let (k, mut ev) = rows(0, column, 1, &[(1, 0, None)]);
        ev.matches[0].shape_fit = fit;
        let refs = infer_with_evidence(&tables, "s", &Evidence::from([(k, ev)]));
        find(&tables, &refs, "template", column).map(|r| (r.confidence, r.rules.clone()))
    };
    let (c, rules) = conf("created_by", Some(0.0)).unwrap();
    assert_eq!(c, 0.0);
    assert!(
        rules.contains(&"values_of_another_shape".to_string()),
        "{rules:?}"
    );
    let kept = |r: Option<(f64, Vec<String>)>| {
        r.is_some_and(|(c, rules)| {
            c > 0.5 && !rules.contains(&"values_of_another_shape".to_string())
        })
    };
    assert!(kept(conf("created_by", Some(1.0))));
    assert!(kept(conf("created_by", None)));
    assert!(kept(conf("creator_id", Some(0.0))));
}

/// Principle: the members of a container, keyed by it (Mailchimp's `list_members`,
/// each with the `list_id` of a `lists` row), are memberships, not the people who
/// author things: no `created_by` points there. Members with no container table of
/// that name (an `app_member` with an email) are the people table as before, and so
/// are a container's members that are no list of recipients (an account's users)
/// when no other table is.
#[test]
fn a_containers_members_are_no_authors() {
    let memberships = vec![
        sequin_table("s", "lists", &[("name", "text")]),
        sequin_table(
            "s",
            "list_members",
            &[("list_id", "text"), ("email_address", "text")],
        ),
        sequin_table("s", "templates", &[("created_by_id", "text")]),
    ];
    let refs = infer_references(&memberships, "s");
    assert_eq!(
        target(&memberships, &refs, "templates", "created_by_id"),
        None
    );
    assert_eq!(
        target(&memberships, &refs, "list_members", "list_id").as_deref(),
        Some("lists.id")
    );
    let tenants = vec![
        sequin_table("s", "accounts", &[("name", "text")]),
        sequin_table(
            "s",
            "account_users",
            &[("account_id", "text"), ("email_address", "text")],
        ),
        sequin_table("s", "templates", &[("created_by_id", "text")]),
    ];
    let refs = infer_references(&tenants, "s");
    assert_eq!(
        target(&tenants, &refs, "templates", "created_by_id").as_deref(),
        Some("account_users.id")
    );
    let people = vec![
        sequin_table("s", "app_members", &[("email_address", "text")]),
        sequin_table("s", "templates", &[("created_by_id", "text")]),
    ];
    let refs = infer_references(&people, "s");
    assert_eq!(
        target(&people, &refs, "templates", "created_by_id").as_deref(),
        Some("app_members.id")
    );
}

/// Principle: a bare column no name points from is read when its type can hold ids
/// (text, uuid) and its name is no attribute of the row's own; a bare number, an
/// array, a `website` or an `email` is not (numbers never speak by a bare name).
#[test]
fn bare_columns_that_may_hold_ids_are_read_for_their_values() {
    let mut clicks = sequin_table(
        "s",
        "clicks",
        &[
            ("origin", "text"),
            ("target", "uuid"),
            ("views", "int4"),
            ("website", "text"),
            ("email", "text"),
            ("tags", "text"),
        ],
    );
    clicks
        .columns
        .iter_mut()
        .find(|c| c.name == "tags")
        .unwrap()
        .is_array = true;
    let tables = vec![clicks, sequin_table("s", "links", &[])];
    let req = sample_requests(
        &tables,
        &column_candidates(&tables, &EntityIndex::new(&tables, "s")),
    );
    let mut read: Vec<&str> = req.iter().map(|r| r.column.as_str()).collect();
    read.sort();
    assert_eq!(read, ["origin", "target"]);
}

//! The rule scores and the word lists inference reads: the README's rule table.

// Rule scores, names only. Row evidence (when present) moves them.
pub(super) const SCORE_NAMESPACE: f64 = 0.97;
pub(super) const SCORE_EXACT: f64 = 0.95;
pub(super) const SCORE_SQUASHED_EXACT: f64 = 0.92;
pub(super) const SCORE_SELF: f64 = 0.9;
pub(super) const SCORE_ROLE_SUFFIX: f64 = 0.88;
pub(super) const SCORE_CONVENTION: f64 = 0.85;
pub(super) const SCORE_SQUASHED_SUFFIX: f64 = 0.8;
/// `refund_receipt_line.refund_id` → `refund_receipt`: a part names its whole by the
/// whole's first word.
pub(super) const SCORE_WHOLE_BY_LEAD: f64 = 0.85;
/// `charge_discount.id` (no key of its table) → `discount`: a listed thing's own id.
pub(super) const SCORE_LISTED_ENTITY: f64 = 0.85;
/// `deal.stage` → `deal_stage`: the column qualified by its own table's name.
pub(super) const SCORE_OWN_NAMESPACE: f64 = 0.9;
pub(super) const SCORE_ENTITY_SUFFIX: f64 = 0.75;
pub(super) const SCORE_KEY_NAME: f64 = 0.9;
pub(super) const SCORE_KEY_NAME_SUFFIX: f64 = 0.82;
/// Of several tables keyed by one name, the one the child is named after
/// (`personphone.businessentityid` → `person`): above the exact name of the root.
pub(super) const SCORE_KEY_NAME_WHOLE: f64 = 0.96;
pub(super) const SCORE_BARE_NAME: f64 = 0.6;
/// A bare name on a number or uuid column (`reports_to smallint`).
pub(super) const SCORE_BARE_TYPED: f64 = 0.85;
/// `<entity>_id` → `<entity>_history` when no table is named `<entity>`.
pub(super) const SCORE_VERSIONED: f64 = 0.9;
/// `requisition_for_hire_id` → `requisition`.
pub(super) const SCORE_PHRASE_HEAD: f64 = 0.85;
/// `account_code` → `account.code`: an identifier other than the key.
pub(super) const SCORE_IDENTIFIER: f64 = 0.85;
/// A table of another's kind shares at least this many of its columns, and this share.
pub(super) const SAME_KIND_MIN_SHARED: usize = 8;
pub(super) const SAME_KIND_SHARE: f64 = 0.3;
/// An agent noun (`approver`, `sender`) → the people table.
pub(super) const SCORE_AGENT_NOUN: f64 = 0.8;
/// Each word before a person's role (`posting_hiring_manager`).
pub(super) const PENALTY_ROLE_WORD: f64 = 0.02;
/// Each word before an agent noun (`order_retailer`): an agent noun alone is a weaker
/// sign of a person than a role word.
pub(super) const PENALTY_AGENT_NOUN_WORD: f64 = 0.05;
/// Matched by the words' forms, not the spelling.
pub(super) const PENALTY_WORD_FORMS: f64 = 0.02;
/// Rows that hold few of a column's values overturn its name, unless the name is at
/// least this sure and either fewer than [`MIN_SAMPLE_TO_OVERTURN`] distinct values
/// were sampled or [`MIN_SHAPE_FIT`] of them have the key's shape (rule
/// `rows_unconfirmed`, [`PENALTY_UNCONFIRMED`] lower).
pub(super) const SCORE_NAME_STANDS: f64 = 0.85;
/// …and a name this sure stands against rows both few and of the key's shape.
pub(super) const SCORE_NAME_PLAUSIBLE: f64 = 0.75;
pub(super) const MIN_SAMPLE_TO_OVERTURN: usize = 20;
/// A weak name (a bare `assignee`) whose every sampled value, of fewer than
/// `MIN_SAMPLE` and at least [`MIN_FEW_VALUES`], is in its target's key rises to this
/// (rule `few_values_match`): above the default threshold, below any rows match.
pub(super) const SCORE_FEW_VALUES_CONFIRM: f64 = 0.75;
pub(super) const MIN_FEW_VALUES: usize = 2;
pub(super) const MIN_SHAPE_FIT: f64 = 0.9;
pub(super) const PENALTY_UNCONFIRMED: f64 = 0.05;
/// A bare name where bare names are how links are made (Airtable).
pub(super) const SCORE_BARE_LINK: f64 = 0.8;
pub(super) const PENALTY_VENDOR_PREFIX: f64 = 0.02;
pub(super) const PENALTY_OTHER_SCHEMA: f64 = 0.05;
pub(super) const PENALTY_CAST: f64 = 0.05;
pub(super) const PENALTY_SHORTER_SUFFIX: f64 = 0.03;
/// Exact ties keep this share of their confidence.
pub(super) const TIE_FACTOR: f64 = 0.7;
/// A runner-up within this distance of the winner is reported.
pub(super) const RUNNER_UP_WINDOW: f64 = 0.1;

/// Column-name prefixes that vendors put in front of a reference.
pub(super) const VENDOR_PREFIXES: &[&str] = &["hubspot_", "hs_", "properties_", "property_"];

/// Stems that name something other than a row of a synced table.
/// Words before an entity's name that make its id another system's (Zuora's
/// `payment.gateway_order_id` is the payment gateway's order, no `order` row here).
pub(super) const OUTSIDE_SYSTEM_WORDS: &[&str] = &[
    "gateway",
    "processor",
    "provider",
    "remote",
    "third_party",
    "thirdparty",
    // a CRM's or a shop's own ids, synced into another source (Pardot's
    // `salesforceAccountId` is a Salesforce account, no Pardot `account`)
    "salesforce",
    "sfdc",
    "crm",
    "shopify",
    // other systems a CRM or a shop is wired to, unless the schema is that system's own
    // (HubSpot's own `hubspot_owner_id` is a vendor prefix; see [`VENDOR_PREFIXES`])
    "zendesk",
    "stripe",
    "intercom",
    "marketo",
    "netsuite",
    "quickbooks",
    "xero",
    "linkedin",
    "facebook",
    "google",
    "youtube",
    "twitter",
    "tiktok",
    "github",
    "paypal",
];

pub(super) const NOT_REFERENCES: &[&str] = &[
    "external",
    "upstream",
    "client_reference",
    "idempotency",
    "sync",
    "object",
    "correlation",
    "trace",
    "tracking",
    "session",
    "request",
    "portal",
];

/// Role words that point back at the same table.
pub(super) const SELF_ROLES: &[&str] = &[
    "parent",
    "root",
    // a hierarchy's words (Workday's `superior_organization_id`, `top_level_organization_id`)
    "superior",
    "top_level",
    "ultimate",
    "master_record",
    "reports_to",
    "replaced_by",
    "replacement_for",
    "reversed_by",
    "reversal",
    "reversal_of",
    "superseded_by",
    "merged_into",
    "duplicate_of",
    "original",
    "previous",
    "next",
];

/// Each table a column's neighbour names as the kind of its rows (`author_type`).
pub(super) const SCORE_KIND_COLUMN: f64 = 0.85;
/// A column whose values carry several distinctive id prefixes, each found in its
/// own table, refers to all of them.
pub(super) const POLYMORPHIC_MIN_SHARE: f64 = 0.1;
/// Below this match rate the rows contradict the name.
pub(super) const MIN_MATCH_RATE: f64 = 0.5;
/// Name score for a target found only by its id prefix, or only by its values.
pub(super) const SCORE_PREFIX_ONLY: f64 = 0.8;
pub(super) const SCORE_VALUES_ONLY: f64 = 0.4;
/// A key the name never named that holds at least [`MIN_VALUE_CONTAINMENT`] of a
/// column's distinctive values, by [`MIN_VALUE_MARGIN`] more than any other key (rule
/// `values_contained`; with the match rate, a confidence of about 0.8).
pub(super) const SCORE_VALUES_CONTAINED: f64 = 0.6;
pub(super) const MIN_VALUE_CONTAINMENT: f64 = 0.95;
pub(super) const MIN_VALUE_MARGIN: f64 = 0.3;
/// Shares of a polymorphic column's values may overlap this much (the same id synced
/// twice) and still count as disjoint.
pub(super) const DISJOINT_SLACK: f64 = 0.05;
/// A polymorphic column of distinctive ids: each key holds at least this many of its
/// values, and together at least [`MIN_POLYMORPHIC_TOTAL`] of them (the rest may
/// point at tables not synced).
pub(super) const MIN_DISTINCTIVE_HITS: usize = 2;
pub(super) const MIN_POLYMORPHIC_TOTAL: f64 = 0.8;

pub(super) const LINK_ATTRIBUTES: &[&str] = &[
    "labels",
    "label",
    "type",
    "type_id",
    "category",
    "role",
    "is_primary",
    "is_deleted",
    "deleted",
    "association_type_id",
    "association_label",
    "created_at",
    "updated_at",
    "created_date",
    "last_modified_date",
    "system_modstamp",
    "status",
];

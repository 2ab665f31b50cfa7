//! Relationship inference over plain catalog structs: which column refers to which
//! table's key, how sure we are, and why. No Postgres here.
//!
//! Each candidate column yields a *stem* (`converted_account_id` → `converted_account`),
//! the stem is matched against every table's *entity key* (singular name, source
//! prefix removed) by a ladder of rules, each with a score. The best candidate wins;
//! an exact tie is never picked silently: it loses confidence and the runner-up is
//! reported.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::ddl::{Marker, QualifiedName};
use crate::evidence::{ColumnEvidence, Evidence, TargetMatch, MIN_SAMPLE};
use crate::model::{
    id_like, is_sequin_system_column, is_sequin_system_table, joinable, RelKind, Table,
};
use crate::names::singular_name;

/// One inferred reference: `child.child_column` holds values of `parent.parent_column`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reference {
    pub child: usize,
    pub child_column: String,
    pub parent: usize,
    pub parent_column: String,
    /// What the reference means from the child's side, snake_case
    /// (`account`, `converted_account`, `owner`, `parent`).
    pub role: String,
    pub confidence: f64,
    /// The rules that fired, in the order they were applied.
    pub rules: Vec<String>,
    pub runner_up: Option<RunnerUp>,
    /// The type the child column must be cast to before it can be joined.
    pub cast: Option<String>,
    /// A generated cast column of the child that joins instead (`_user_id`).
    pub join_column: Option<String>,
    /// The child is a join table (many-to-many through it).
    pub join_table: bool,
    /// One of several targets of a polymorphic column (`who_id` → contact, lead).
    pub polymorphic: bool,
    /// One row of the child per row of the parent (a cast view over its base table):
    /// the parent's side is an object relationship too.
    pub one_to_one: bool,
    /// What the sampled rows showed, when they were sampled.
    pub measured: Option<Measured>,
}

/// Row evidence behind a reference.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Measured {
    /// Distinct non-null values sampled from the column.
    pub sampled: usize,
    /// Of those probed against the target key, how many were found.
    pub tested: usize,
    pub matched: usize,
    pub match_rate: f64,
    /// The id prefix the values share with the target's ids.
    pub id_prefix: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RunnerUp {
    pub table: usize,
    pub column: String,
    pub score: f64,
    pub rule: String,
}

// Rule scores, names only. Row evidence (when present) moves them.
const SCORE_NAMESPACE: f64 = 0.97;
const SCORE_EXACT: f64 = 0.95;
const SCORE_SQUASHED_EXACT: f64 = 0.92;
const SCORE_SELF: f64 = 0.9;
const SCORE_ROLE_SUFFIX: f64 = 0.88;
const SCORE_CONVENTION: f64 = 0.85;
const SCORE_SQUASHED_SUFFIX: f64 = 0.8;
const SCORE_ENTITY_SUFFIX: f64 = 0.75;
const SCORE_KEY_NAME: f64 = 0.9;
const SCORE_KEY_NAME_SUFFIX: f64 = 0.82;
const SCORE_BARE_NAME: f64 = 0.6;
/// A bare name where bare names are how links are made (Airtable).
const SCORE_BARE_LINK: f64 = 0.8;
const PENALTY_VENDOR_PREFIX: f64 = 0.02;
const PENALTY_OTHER_SCHEMA: f64 = 0.05;
const PENALTY_CAST: f64 = 0.05;
const PENALTY_SHORTER_SUFFIX: f64 = 0.03;
/// Exact ties keep this share of their confidence.
const TIE_FACTOR: f64 = 0.7;
/// A runner-up within this distance of the winner is reported.
const RUNNER_UP_WINDOW: f64 = 0.1;

/// Column-name prefixes that vendors put in front of a reference.
const VENDOR_PREFIXES: &[&str] = &["hubspot_", "hs_", "properties_", "property_"];

/// Stems that name something other than a row of a synced table.
const NOT_REFERENCES: &[&str] = &[
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

/// Role words that name a user of the source system (Salesforce's audit and
/// ownership fields), resolved to the `user` table when there is one.
const USER_ROLES: &[&str] = &[
    "owner",
    "created_by",
    "last_modified_by",
    "modified_by",
    "updated_by",
    "deleted_by",
    "activated_by",
    "manager",
    "delegated_approver",
    "assigned_to",
    "assignee",
    "approver",
    "creator",
    "submitted_by",
    "forecast_user",
    "reporter",
    "author",
    "requester",
    "submitter",
    "reviewer",
];

/// Role words that point back at the same table.
const SELF_ROLES: &[&str] = &[
    "parent",
    "master_record",
    "reports_to",
    "replaced_by",
    "replacement_for",
    "reversed_by",
    "reversal_of",
    "superseded_by",
    "merged_into",
    "duplicate_of",
    "original",
    "previous",
    "next",
];

/// How a column name was turned into a stem.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Suffix {
    /// `account_id`
    Id,
    /// `referral_account__c`, `referral_account_c`
    SalesforceCustom,
    /// `accountid`, `associatedcompanyid`
    SquashedId,
    /// `customer` (Airtable links, bare names)
    Bare,
}

struct Candidate {
    table: usize,
    score: f64,
    rule: String,
    role: String,
}

/// Lookup from entity keys to tables.
struct EntityIndex<'a> {
    tables: &'a [Table],
    primary_schema: &'a str,
    by_key: BTreeMap<String, Vec<usize>>,
    by_squashed: BTreeMap<String, Vec<usize>>,
    /// Each table's own main entity key.
    entity: Vec<String>,
    /// Schemas whose links carry no id suffix by convention (Airtable).
    bare_link_schemas: BTreeSet<String>,
    /// The last word(s) of each key (`state` of `workflow_state`) → tables.
    by_last_words: BTreeMap<String, Vec<usize>>,
    /// Key columns named other than `id` (`account_id` of Jira's `user`, `deal_id`
    /// of Fivetran's `deal`) → their tables, for tables with no `id` column.
    by_key_column: BTreeMap<String, Vec<usize>>,
}

/// Schemas where a link to another record is a bare-named column: Sequin's Airtable
/// schemas (they hold `_airtable_schema`), or any schema with no `*_id` column at all.
fn bare_link_schemas(tables: &[Table]) -> BTreeSet<String> {
    let mut with_id_suffix: BTreeMap<&str, bool> = BTreeMap::new();
    let mut airtable = BTreeSet::new();
    let mut count: BTreeMap<&str, usize> = BTreeMap::new();
    for t in tables {
        if t.name == "_airtable_schema" {
            airtable.insert(t.schema.clone());
        }
        if is_sequin_system_table(&t.name) {
            continue;
        }
        *count.entry(&t.schema).or_default() += 1;
        let has = t
            .columns
            .iter()
            .any(|c| c.name.to_lowercase().ends_with("_id"));
        *with_id_suffix.entry(&t.schema).or_default() |= has;
    }
    for (schema, has) in with_id_suffix {
        if !has && count[schema] >= 2 {
            airtable.insert(schema.to_string());
        }
    }
    airtable
}

fn squash(s: &str) -> String {
    s.chars().filter(|c| *c != '_').collect()
}

/// A prefix shared by most tables of a schema (`stripe_customer`, `stripe_charge`).
fn source_prefixes(tables: &[Table]) -> BTreeMap<String, String> {
    let mut per_schema: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for t in tables {
        if !is_sequin_system_table(&t.name) {
            per_schema.entry(&t.schema).or_default().push(&t.name);
        }
    }
    let mut out = BTreeMap::new();
    for (schema, names) in per_schema {
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        for n in &names {
            if let Some((first, rest)) = n.split_once('_') {
                if !rest.is_empty() {
                    *counts.entry(first).or_default() += 1;
                }
            }
        }
        if let Some((prefix, count)) = counts
            .iter()
            .max_by_key(|(p, c)| (**c, std::cmp::Reverse(**p)))
        {
            if *count >= 2 && (*count as f64) >= 0.6 * names.len() as f64 {
                out.insert(schema.to_string(), format!("{prefix}_"));
            }
        }
    }
    out
}

impl<'a> EntityIndex<'a> {
    fn new(tables: &'a [Table], primary_schema: &'a str) -> Self {
        let prefixes = source_prefixes(tables);
        let mut by_key: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        let mut by_squashed: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        let mut entity = Vec::with_capacity(tables.len());
        for (i, t) in tables.iter().enumerate() {
            let lower = t.name.to_lowercase();
            let mut keys = BTreeSet::new();
            keys.insert(singular_name(&lower));
            let mut main = singular_name(&lower);
            for prefix in [
                prefixes.get(&t.schema).cloned(),
                Some(format!("{}_", t.schema.to_lowercase())),
            ]
            .into_iter()
            .flatten()
            {
                if let Some(rest) = lower.strip_prefix(&prefix) {
                    if !rest.is_empty() {
                        main = singular_name(rest);
                        keys.insert(main.clone());
                    }
                }
            }
            // Salesforce custom objects (`invoice__c`, `invoice_c`) are named without
            // the suffix by their lookups (`invoice__c` → stem `invoice`)
            if let Some(base) = main.strip_suffix("__c").or_else(|| main.strip_suffix("_c")) {
                if !base.is_empty() && !base.ends_with('_') {
                    let base = singular_name(base);
                    keys.insert(base.clone());
                    main = base;
                }
            }
            entity.push(main);
            if is_sequin_system_table(&t.name) || target_key_columns(t).is_empty() {
                continue;
            }
            for k in keys {
                by_squashed.entry(squash(&k)).or_default().push(i);
                by_key.entry(k).or_default().push(i);
            }
        }
        let mut by_key_column: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for (i, t) in tables.iter().enumerate() {
            if is_sequin_system_table(&t.name) || t.column("id").is_some() {
                continue;
            }
            if let Some(k) = target_key_columns(t).first() {
                let k = k.to_lowercase();
                if k.len() >= 5 && k.ends_with("id") {
                    by_key_column.entry(k).or_default().push(i);
                }
            }
        }
        let mut by_last_words: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for (key, ts) in &by_key {
            for (i, _) in key.match_indices('_') {
                by_last_words
                    .entry(key[i + 1..].to_string())
                    .or_default()
                    .extend(ts);
            }
        }
        EntityIndex {
            tables,
            primary_schema,
            by_key,
            by_squashed,
            entity,
            bare_link_schemas: bare_link_schemas(tables),
            by_last_words,
            by_key_column,
        }
    }

    fn lookup(&self, key: &str) -> &[usize] {
        self.by_key.get(key).map(Vec::as_slice).unwrap_or(&[])
    }

    fn schema_penalty(&self, child: usize, parent: usize) -> f64 {
        let (c, p) = (&self.tables[child], &self.tables[parent]);
        if c.schema == p.schema {
            0.0
        } else if p.schema == self.primary_schema {
            PENALTY_OTHER_SCHEMA / 2.0
        } else {
            PENALTY_OTHER_SCHEMA
        }
    }

    /// Tables whose key column has this column's name (`deal_id` → `deal.deal_id`), or
    /// ends it (`assignee_account_id` → `user.account_id`): SchemaSpy's rule, kept to
    /// keys named other than `id` so it never matches everything.
    fn key_name_candidates(&self, child: usize, column: &str) -> Vec<Candidate> {
        let lower = column.to_lowercase();
        let mut out = Vec::new();
        for (key, tables) in &self.by_key_column {
            let (score, role) = if lower == *key {
                (SCORE_KEY_NAME, key.trim_end_matches("_id").to_string())
            } else if lower.ends_with(&format!("_{key}")) {
                (
                    SCORE_KEY_NAME_SUFFIX,
                    lower.trim_end_matches("_id").to_string(),
                )
            } else {
                continue;
            };
            for &t in tables.iter().filter(|&&t| t != child) {
                out.push(Candidate {
                    table: t,
                    score: score - self.schema_penalty(child, t),
                    rule: "key_name".into(),
                    role: role.clone(),
                });
            }
        }
        out
    }

    /// Every candidate target for `stem`, found from `child`'s column.
    fn candidates(&self, child: usize, stem: &str, suffix: Suffix) -> Vec<Candidate> {
        let mut out = Vec::new();
        let push = |out: &mut Vec<Candidate>, table: usize, score: f64, rule: &str, role: &str| {
            out.push(Candidate {
                table,
                score: score - self.schema_penalty(child, table),
                rule: rule.to_string(),
                role: role.to_string(),
            })
        };
        let stem_singular = singular_name(stem);
        let bare = suffix == Suffix::Bare;
        let bare_score = if self.bare_link_schemas.contains(&self.tables[child].schema) {
            SCORE_BARE_LINK
        } else {
            SCORE_BARE_NAME
        };
        let base = |s: f64| if bare { bare_score.min(s) } else { s };

        // A table in the child's own namespace (`issuing_authorization.card_id` → `issuing_card`).
        let child_entity = &self.entity[child];
        let child_tokens: Vec<&str> = child_entity.split('_').collect();
        for k in (1..child_tokens.len()).rev() {
            let key = format!("{}_{}", child_tokens[..k].join("_"), stem_singular);
            // the child is no namespace sibling of itself (`opportunity_contact_role.role`)
            for &t in self.lookup(&key).iter().filter(|&&t| t != child) {
                push(
                    &mut out,
                    t,
                    base(SCORE_NAMESPACE),
                    "namespace_prefix",
                    &stem_singular,
                );
            }
        }
        // `<table>_id` → `<table>.id`
        for &t in self.lookup(&stem_singular) {
            if !(bare && t == child) {
                push(&mut out, t, base(SCORE_EXACT), "exact_name", &stem_singular);
            }
        }
        if bare {
            return out;
        }
        // `pricebook2_id` → `pricebook_2`, `accountid` → `account`
        for &t in self
            .by_squashed
            .get(&squash(&stem_singular))
            .map(Vec::as_slice)
            .unwrap_or(&[])
        {
            push(
                &mut out,
                t,
                SCORE_SQUASHED_EXACT,
                "squashed_name",
                &self.entity[t],
            );
        }
        // Self references by role word (`parent_id`, `parent_role_id` in `user_role`).
        let is_self_role = SELF_ROLES.contains(&stem)
            || SELF_ROLES.iter().any(|r| {
                stem.strip_prefix(r)
                    .and_then(|rest| rest.strip_prefix('_'))
                    .is_some_and(|rest| {
                        child_entity == rest || child_entity.ends_with(&format!("_{rest}"))
                    })
            });
        if is_self_role && !target_key_columns(&self.tables[child]).is_empty() {
            push(&mut out, child, SCORE_SELF, "self_reference", stem);
        }
        // Audit and ownership fields → `user`.
        // (`closed_by`, `merged_by`: any `<verb>_by` names a person)
        if USER_ROLES.contains(&stem) || (stem.ends_with("_by") && !is_self_role) {
            for &t in self.lookup("user") {
                push(&mut out, t, SCORE_CONVENTION, "user_role_convention", stem);
            }
        }
        // Role-named references: the longest table name the stem ends with
        // (`converted_account` → `account`, `default_payment_method` → `payment_method`).
        let tokens: Vec<&str> = stem.split('_').collect();
        for i in 1..tokens.len() {
            // a bare number is no entity (`product_2` does not end in a table `2`)
            if tokens[i].chars().all(|c| c.is_ascii_digit()) {
                continue;
            }
            let suffix_key = singular_name(&tokens[i..].join("_"));
            let shorter_by = i as f64 - 1.0;
            for &t in self.lookup(&suffix_key) {
                push(
                    &mut out,
                    t,
                    SCORE_ROLE_SUFFIX - PENALTY_SHORTER_SUFFIX * shorter_by,
                    "role_suffix",
                    stem,
                );
            }
            // …and in the child's namespace (`issuing_x.default_card_id` → `issuing_card`).
            for k in (1..child_tokens.len()).rev() {
                let key = format!("{}_{}", child_tokens[..k].join("_"), suffix_key);
                // not the child itself (`invoice_line_item.invoice_item_id`)
                for &t in self.lookup(&key).iter().filter(|&&t| t != child) {
                    push(
                        &mut out,
                        t,
                        SCORE_ROLE_SUFFIX + 0.01 - PENALTY_SHORTER_SUFFIX * shorter_by,
                        "role_suffix_namespace",
                        stem,
                    );
                }
            }
        }
        // The stem is the last word(s) of one table's name (`state_id` → `workflow_state`,
        // `variant_id` → `product_variant`), when no table has the stem's own name.
        if self.lookup(&stem_singular).is_empty() && stem_singular.len() >= 3 {
            let hits: Vec<usize> = self
                .by_last_words
                .get(&stem_singular)
                .map(Vec::as_slice)
                .unwrap_or(&[])
                .iter()
                .copied()
                .filter(|&t| t != child)
                .collect::<BTreeSet<_>>()
                .into_iter()
                .collect();
            for t in hits {
                push(
                    &mut out,
                    t,
                    SCORE_ENTITY_SUFFIX,
                    "entity_suffix",
                    &stem_singular,
                );
            }
        }
        // No underscore before the entity: `associatedcompanyid` → `company`.
        if suffix == Suffix::SquashedId || !stem.contains('_') {
            let squashed = squash(stem);
            // every proper suffix of at least 4 bytes, looked up: O(stem length), not O(tables)
            for (i, _) in squashed.char_indices().skip(1) {
                let key = &squashed[i..];
                if key.len() < 4 {
                    break;
                }
                for &t in self.by_squashed.get(key).map(Vec::as_slice).unwrap_or(&[]) {
                    let role = format!("{}_{}", &squashed[..i], key);
                    push(&mut out, t, SCORE_SQUASHED_SUFFIX, "squashed_suffix", &role);
                }
            }
        }
        out
    }
}

/// The columns a reference may point at, best first: `id`, the primary key, then
/// other single-column unique keys (Heroku Connect's `sfid`).
pub fn target_key_columns(t: &Table) -> Vec<&str> {
    let single_pk = (t.primary_key.len() == 1).then(|| t.primary_key[0].as_str());
    let wanted = std::iter::once("id")
        .chain(single_pk)
        .chain(t.unique_columns.iter().map(String::as_str));
    let mut keys: Vec<&str> = Vec::new();
    for name in wanted {
        if let Some(c) = t.column(name).filter(|c| id_like(c)) {
            if !keys.contains(&c.name.as_str()) {
                keys.push(c.name.as_str());
            }
        }
    }
    keys
}

/// Split a column name into its stem and the kind of suffix it carried.
fn column_stem(name: &str) -> Option<(String, Suffix)> {
    let lower = name.to_lowercase();
    let (stem, suffix) = if let Some(s) = lower.strip_suffix("_id") {
        (s.to_string(), Suffix::Id)
    } else if let Some(s) = lower
        .strip_suffix("__c")
        .or_else(|| lower.strip_suffix("_c"))
    {
        (
            s.trim_end_matches("_id").to_string(),
            Suffix::SalesforceCustom,
        )
    } else if lower.len() > 4 && lower.ends_with("id") && !lower.ends_with("_id") {
        (lower[..lower.len() - 2].to_string(), Suffix::SquashedId)
    } else {
        (lower.clone(), Suffix::Bare)
    };
    if stem.is_empty() || stem.starts_with('_') {
        return None;
    }
    Some((stem, suffix))
}

fn strip_vendor_prefix(stem: &str) -> (String, bool) {
    for p in VENDOR_PREFIXES {
        if let Some(rest) = stem.strip_prefix(p) {
            if !rest.is_empty() {
                return (rest.to_string(), true);
            }
        }
    }
    (stem.to_string(), false)
}

/// Pick the key column of `parent` that `child_col` should join, and the cast it needs.
fn choose_key(
    parent: &Table,
    child_col: &crate::model::Column,
) -> Option<(String, Option<String>)> {
    let keys = target_key_columns(parent);
    if let Some(k) = keys
        .iter()
        .find(|k| parent.column(k).is_some_and(|c| joinable(c, child_col)))
    {
        return Some((k.to_string(), None));
    }
    let k = keys.first()?;
    let target = parent.column(k)?;
    Some((k.to_string(), Some(target.base_type.clone())))
}

/// Name-based candidates for one column that could hold ids: best first, one per table.
pub struct ColumnCandidates {
    pub child: usize,
    pub column: String,
    stem: String,
    vendor: bool,
    suffix: Suffix,
    cands: Vec<Candidate>,
}

impl ColumnCandidates {
    /// Worth reading rows for: a name points somewhere, or the name looks like an id
    /// (`who_id`, `on_behalf_of_id`); a bare `email` or `field_7` with no table of
    /// its name is not, and skipping it keeps sampling cheap on wide tables.
    pub fn worth_sampling(&self) -> bool {
        !self.cands.is_empty() || self.suffix != Suffix::Bare
    }

    /// The targets worth probing with rows: the best few name candidates and their keys.
    pub fn probe_targets(&self, tables: &[Table]) -> Vec<(usize, String)> {
        let col = tables[self.child].column(&self.column);
        self.cands
            .iter()
            .take(3)
            .filter_map(|c| Some((c.table, choose_key(&tables[c.table], col?)?.0)))
            .collect()
    }
}

/// Every column that could be a reference, with its name candidates (possibly none:
/// rows may still show it is one, as `who_id` is).
pub fn column_candidates(tables: &[Table], primary_schema: &str) -> Vec<ColumnCandidates> {
    let index = EntityIndex::new(tables, primary_schema);
    let mut out = Vec::new();
    for (ci, child) in tables.iter().enumerate() {
        // our views are related by what their marker says, not by their names
        if is_sequin_system_table(&child.name) || child.view_marker().is_some() {
            continue;
        }
        for col in &child.columns {
            if col.generated
                || !id_like(col)
                || is_sequin_system_column(&col.name)
                || col.name == "id"
            {
                continue;
            }
            let Some((raw_stem, suffix)) = column_stem(&col.name) else {
                continue;
            };
            let (stem, vendor) = strip_vendor_prefix(&raw_stem);
            if NOT_REFERENCES.iter().any(|n| {
                stem.strip_suffix(n)
                    .is_some_and(|head| head.is_empty() || head.ends_with('_'))
            }) {
                continue;
            }
            let mut cands = index.candidates(ci, &stem, suffix);
            cands.extend(index.key_name_candidates(ci, &col.name));
            // a table's own key is not a reference to itself
            cands.retain(|c| {
                !(c.table == ci && choose_key(child, col).is_some_and(|(k, _)| k == col.name))
            });
            // best score first, then by name, for stable output
            cands.sort_by(|a, b| {
                b.score.total_cmp(&a.score).then_with(|| {
                    tables[a.table]
                        .qualified()
                        .cmp(&tables[b.table].qualified())
                })
            });
            // one candidate per table: its best rule
            let mut seen = BTreeSet::new();
            cands.retain(|c| seen.insert(c.table));
            out.push(ColumnCandidates {
                child: ci,
                column: col.name.clone(),
                stem,
                vendor,
                suffix,
                cands,
            });
        }
    }
    out
}

/// Infer every reference in `tables` from names alone. `primary_schema` is the
/// schema the user asked about; the others were included to relate to it.
#[cfg(test)]
pub fn infer_references(tables: &[Table], primary_schema: &str) -> Vec<Reference> {
    infer_with_evidence(tables, primary_schema, &Evidence::new())
}

/// Infer every reference, using row evidence where a column has enough of it.
pub fn infer_with_evidence(
    tables: &[Table],
    primary_schema: &str,
    evidence: &Evidence,
) -> Vec<Reference> {
    infer_from(
        tables,
        primary_schema,
        column_candidates(tables, primary_schema),
        evidence,
    )
}

/// [`infer_with_evidence`] from candidates already found (sampling needed them first).
pub fn infer_from(
    tables: &[Table],
    primary_schema: &str,
    candidates: Vec<ColumnCandidates>,
    evidence: &Evidence,
) -> Vec<Reference> {
    let index = EntityIndex::new(tables, primary_schema);
    let mut refs = Vec::new();
    for cc in candidates {
        // a few values say little, unless they carry an id prefix a table shares
        let rows = evidence.get(&(cc.child, cc.column.clone())).filter(|e| {
            e.sampled >= MIN_SAMPLE
                || e.matches
                    .iter()
                    .any(|m| m.prefix.is_some() && m.matched > 0)
        });
        match rows {
            Some(ev) => refs.extend(decide_with_rows(tables, &index, &cc, ev)),
            None => refs.extend(decide_by_name(tables, &cc)),
        }
    }
    mark_join_tables(tables, &index, &mut refs);
    let views = view_references(tables, &index, &refs);
    refs.extend(views);
    refs.sort_by(|a, b| {
        (
            tables[a.child].qualified(),
            &a.child_column,
            tables[a.parent].qualified(),
        )
            .cmp(&(
                tables[b.child].qualified(),
                &b.child_column,
                tables[b.parent].qualified(),
            ))
    });
    refs
}

fn find_table(tables: &[Table], q: &QualifiedName) -> Option<usize> {
    tables
        .iter()
        .position(|t| t.schema == q.schema && t.name == q.name)
}

fn view_reference(
    view: usize,
    column: &str,
    parent: usize,
    key: &str,
    role: &str,
    rule: &str,
) -> Reference {
    Reference {
        child: view,
        child_column: column.to_string(),
        parent,
        parent_column: key.to_string(),
        role: crate::names::graphql_name(role).to_lowercase(),
        confidence: 1.0,
        rules: vec![rule.to_string()],
        runner_up: None,
        cast: None,
        join_column: None,
        join_table: false,
        polymorphic: false,
        one_to_one: false,
        measured: None,
    }
}

/// The relationships of the views we created, from their markers: a cast view is one
/// row per base row, and carries the base column's reference through its cast
/// column; a join view refers to both sides.
fn view_references(tables: &[Table], index: &EntityIndex, refs: &[Reference]) -> Vec<Reference> {
    let mut out = Vec::new();
    for (v, view) in tables.iter().enumerate() {
        match view.view_marker() {
            Some(Marker::CastView {
                base,
                key,
                column,
                cast_column,
                ..
            }) => {
                let Some(b) = find_table(tables, &base) else {
                    continue;
                };
                let mut to_base =
                    view_reference(v, &key, b, &key, &index.entity[b], "cast_view_base");
                to_base.one_to_one = true;
                out.push(to_base);
                if let Some(r) = refs
                    .iter()
                    .find(|r| r.child == b && r.child_column == column && r.cast.is_some())
                {
                    let mut through = r.clone();
                    through.child = v;
                    through.join_column = Some(cast_column.clone());
                    through.rules.push("cast_view".into());
                    through.join_table = false;
                    out.push(through);
                }
            }
            Some(Marker::JoinView { sides, .. }) => {
                for s in &sides {
                    let Some(t) = find_table(tables, &s.table) else {
                        continue;
                    };
                    out.push(view_reference(
                        v,
                        &s.join_column,
                        t,
                        &s.key,
                        &s.prefix,
                        "join_view",
                    ));
                }
            }
            _ => {}
        }
    }
    out
}

/// A reference to `target` for `cc`, with the penalties every path shares.
fn make_reference(
    tables: &[Table],
    cc: &ColumnCandidates,
    target: usize,
    score: f64,
    mut rules: Vec<String>,
    role: &str,
) -> Option<Reference> {
    let child = &tables[cc.child];
    let col = child.column(&cc.column)?;
    let (parent_column, cast) = choose_key(&tables[target], col)?;
    let mut confidence = score;
    if cc.vendor {
        rules.insert(0, "vendor_prefix".into());
        confidence -= PENALTY_VENDOR_PREFIX;
    }
    match cc.suffix {
        Suffix::SalesforceCustom => rules.insert(0, "salesforce_custom_field".into()),
        Suffix::SquashedId => rules.insert(0, "id_suffix_without_underscore".into()),
        Suffix::Bare => rules.insert(0, "no_id_suffix".into()),
        Suffix::Id => {}
    }
    let mut join_column = None;
    if cast.is_some() {
        rules.push("needs_cast".into());
        confidence -= PENALTY_CAST;
        join_column = cast_column(child, col, tables[target].column(&parent_column));
        if join_column.is_some() {
            rules.push("cast_column".into());
        }
    }
    Some(Reference {
        child: cc.child,
        child_column: cc.column.clone(),
        parent: target,
        parent_column,
        role: crate::names::graphql_name(role).to_lowercase(),
        confidence: round3(confidence.clamp(0.0, 1.0)),
        rules,
        runner_up: None,
        cast,
        join_column,
        join_table: false,
        polymorphic: false,
        one_to_one: false,
        measured: None,
    })
}

fn runner_up_of(tables: &[Table], cc: &ColumnCandidates, c: &Candidate) -> Option<RunnerUp> {
    let col = tables[cc.child].column(&cc.column)?;
    let (column, _) = choose_key(&tables[c.table], col)?;
    Some(RunnerUp {
        table: c.table,
        column,
        score: round3(c.score),
        rule: c.rule.clone(),
    })
}

/// Names alone: the best candidate, unless there is none.
fn decide_by_name(tables: &[Table], cc: &ColumnCandidates) -> Option<Reference> {
    let best = cc.cands.first()?;
    let mut r = make_reference(
        tables,
        cc,
        best.table,
        best.score,
        vec![best.rule.clone()],
        &best.role,
    )?;
    if let Some(second) = cc
        .cands
        .get(1)
        .filter(|c| c.score >= best.score - RUNNER_UP_WINDOW)
    {
        r.runner_up = runner_up_of(tables, cc, second);
        if (second.score - best.score).abs() < 1e-9 {
            r.rules.push("tie".into());
            r.confidence = round3(r.confidence * TIE_FACTOR);
        }
    }
    Some(r)
}

/// A column whose values carry several distinctive id prefixes, each found in its
/// own table, refers to all of them.
const POLYMORPHIC_MIN_SHARE: f64 = 0.1;
/// Below this match rate the rows contradict the name.
const MIN_MATCH_RATE: f64 = 0.5;
/// Name score for a target found only by its id prefix, or only by its values.
const SCORE_PREFIX_ONLY: f64 = 0.8;
const SCORE_VALUES_ONLY: f64 = 0.4;

fn measured(ev: &ColumnEvidence, m: &TargetMatch) -> Measured {
    Measured {
        sampled: ev.sampled,
        tested: m.tested,
        matched: m.matched,
        match_rate: round3(m.rate()),
        id_prefix: m.prefix.clone(),
    }
}

/// Rows decide: the target whose key holds the values; several for a polymorphic
/// column; none when the values match no table, whatever the name says.
fn decide_with_rows(
    tables: &[Table],
    index: &EntityIndex,
    cc: &ColumnCandidates,
    ev: &ColumnEvidence,
) -> Vec<Reference> {
    let name_score = |t: usize| cc.cands.iter().find(|c| c.table == t);
    // in a small sample only id prefixes count
    let small = ev.sampled < MIN_SAMPLE;
    let mut matches: Vec<&TargetMatch> = ev
        .matches
        .iter()
        .filter(|m| !small || m.prefix.is_some())
        .collect();
    matches.sort_by(|a, b| {
        b.rate()
            .total_cmp(&a.rate())
            .then_with(|| {
                let (sa, sb) = (
                    name_score(a.table).map_or(0.0, |c| c.score),
                    name_score(b.table).map_or(0.0, |c| c.score),
                );
                sb.total_cmp(&sa)
            })
            .then_with(|| {
                tables[a.table]
                    .qualified()
                    .cmp(&tables[b.table].qualified())
            })
    });
    // polymorphic: several prefix-distinct targets, none holding nearly all values
    let by_prefix: Vec<&&TargetMatch> = matches
        .iter()
        .filter(|m| m.prefix.is_some() && m.rate() >= POLYMORPHIC_MIN_SHARE)
        .collect();
    let top_rate = matches.first().map_or(0.0, |m| m.rate());
    if by_prefix.len() >= 2 && top_rate < 0.9 {
        let total: f64 = by_prefix.iter().map(|m| m.rate()).sum::<f64>().min(1.0);
        return by_prefix
            .iter()
            .filter_map(|m| {
                let role = format!("{}_{}", cc.stem, index.entity[m.table]);
                let mut r = make_reference(
                    tables,
                    cc,
                    m.table,
                    0.6 + 0.35 * total,
                    vec!["id_prefix".into(), "polymorphic".into()],
                    &role,
                )?;
                r.polymorphic = true;
                r.measured = Some(measured(ev, m));
                Some(r)
            })
            .collect();
    }
    let Some(best) = matches.first() else {
        return vec![];
    };
    if best.rate() < MIN_MATCH_RATE && small {
        return decide_by_name(tables, cc).into_iter().collect();
    }
    if best.rate() < MIN_MATCH_RATE {
        // the rows contradict the name: keep the name's best, demoted, so the
        // suggestion shows why it was dropped
        let Some(c) = cc.cands.first() else {
            return vec![];
        };
        let rate = ev
            .matches
            .iter()
            .find(|m| m.table == c.table)
            .map_or(0.0, |m| m.rate());
        let Some(mut r) = make_reference(
            tables,
            cc,
            c.table,
            c.score.min(0.6) * rate,
            vec![c.rule.clone(), "rows_contradict".into()],
            &c.role,
        ) else {
            return vec![];
        };
        r.measured = ev
            .matches
            .iter()
            .find(|m| m.table == c.table)
            .map(|m| measured(ev, m));
        return vec![r];
    }
    let (score, rule, role) = match name_score(best.table) {
        Some(c) => (c.score, c.rule.clone(), c.role.clone()),
        None if best.prefix.is_some() => {
            (SCORE_PREFIX_ONLY, "id_prefix".to_string(), cc.stem.clone())
        }
        None => (
            SCORE_VALUES_ONLY,
            "values_match".to_string(),
            cc.stem.clone(),
        ),
    };
    let combined =
        0.5 * score + 0.5 * best.rate() + 0.05 * f64::from(u8::from(best.prefix.is_some()));
    let Some(mut r) = make_reference(
        tables,
        cc,
        best.table,
        combined.min(1.0),
        vec![rule, "rows_match".into()],
        &role,
    ) else {
        return vec![];
    };
    r.measured = Some(measured(ev, best));
    if let Some(second) = matches
        .get(1)
        .filter(|m| m.rate() >= best.rate() - 0.05 && m.rate() >= MIN_MATCH_RATE)
    {
        let (s1, s2) = (
            name_score(best.table).map(|c| c.score),
            name_score(second.table).map(|c| c.score),
        );
        r.runner_up = Some(RunnerUp {
            table: second.table,
            column: second.key.clone(),
            score: round3(0.5 * s2.unwrap_or(0.0) + 0.5 * second.rate()),
            rule: "rows_match".into(),
        });
        if s1 == s2 {
            r.rules.push("tie".into());
            r.confidence = round3(r.confidence * TIE_FACTOR);
        }
    } else if let Some(c) = cc.cands.iter().find(|c| {
        // a name candidate the rows did not contradict
        c.table != best.table
            && ev
                .matches
                .iter()
                .find(|m| m.table == c.table)
                .is_none_or(|m| m.rate() >= MIN_MATCH_RATE)
    }) {
        // the name's other candidates, now outvoted by the rows
        if c.score >= score - RUNNER_UP_WINDOW {
            r.runner_up = runner_up_of(tables, cc, c);
        }
    }
    vec![r]
}

/// The generated column `_<col>` that already casts `col` to the key's type.
fn cast_column(
    child: &Table,
    col: &crate::model::Column,
    key: Option<&crate::model::Column>,
) -> Option<String> {
    let key = key?;
    let wanted = format!("_{}", col.name);
    // ours by its marker (whatever its name), or named `_<col>` by hand
    let casts_col = |c: &crate::model::Column| {
        c.marker.as_deref().and_then(Marker::parse).is_some_and(
            |m| matches!(m, Marker::CastColumn { ref column, .. } if *column == col.name),
        ) || c.name == wanted
    };
    let mut found: Vec<&crate::model::Column> = child
        .columns
        .iter()
        .filter(|c| c.generated && casts_col(c) && joinable(c, key))
        .collect();
    // prefer the marked one
    found.sort_by_key(|c| c.marker.is_none());
    found.first().map(|c| c.name.clone())
}

/// Each table's entity name: singular, without the schema's source prefix.
pub fn entity_names(tables: &[Table]) -> Vec<String> {
    EntityIndex::new(tables, "").entity
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// Columns a join table may carry besides its references.
const LINK_ATTRIBUTES: &[&str] = &[
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

/// Split `associations_<a>_<b>` into two table entity keys, using the tables that exist.
pub fn association_pair(name: &str, known: &dyn Fn(&str) -> bool) -> Option<(String, String)> {
    let rest = name.strip_prefix("associations_")?;
    let tokens: Vec<&str> = rest.split('_').collect();
    (1..tokens.len()).find_map(|i| {
        let (a, b) = (tokens[..i].join("_"), tokens[i..].join("_"));
        (known(&a) && known(&b)).then_some((a, b))
    })
}

/// A join table holds two or more references and little else; mark its references.
fn mark_join_tables(tables: &[Table], index: &EntityIndex, refs: &mut [Reference]) {
    let mut by_child: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, r) in refs.iter().enumerate() {
        by_child.entry(r.child).or_default().push(i);
    }
    for (child, idxs) in by_child {
        let t = &tables[child];
        let ref_cols: BTreeSet<&str> = idxs
            .iter()
            .map(|&i| refs[i].child_column.as_str())
            .collect();
        if ref_cols.len() < 2 {
            continue;
        }
        let known = |k: &str| !index.lookup(k).is_empty();
        let pair = association_pair(&t.name.to_lowercase(), &known);
        let others = t
            .columns
            .iter()
            .filter(|c| {
                !ref_cols.contains(c.name.as_str())
                    && c.name != "id"
                    && !is_sequin_system_column(&c.name)
                    && !LINK_ATTRIBUTES.contains(&c.name.to_lowercase().as_str())
            })
            .count();
        // an entity with its own id and one attribute (`task(id, who_id, what_id, subject)`)
        // is not a join table; a keyless pair-with-a-note is
        let has_id = t.column("id").is_some();
        let is_join = pair.is_some()
            || (t.kind != RelKind::View && (others == 0 || (others == 1 && !has_id)));
        if !is_join {
            continue;
        }
        for &i in &idxs {
            refs[i].join_table = true;
            refs[i].rules.push(if pair.is_some() {
                "associations_table".into()
            } else {
                "join_table".into()
            });
            if pair.is_some() {
                refs[i].confidence = round3((refs[i].confidence + 0.02).min(1.0));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::fixtures::*;

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
        find(tables, refs, table, col)
            .map(|r| format!("{}.{}", tables[r.parent].name, r.parent_column))
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
                    })
                    .collect(),
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
        let ev = Evidence::from([
            rows(2, "account_id", 10, &[(0, 0, None)]),
            rows(2, "supplier", 10, &[(1, 10, None)]),
        ]);
        let refs = infer_with_evidence(&tables, "s", &ev);
        let account = find(&tables, &refs, "product", "account_id").unwrap();
        assert!(account.confidence < 0.5 && account.rules.contains(&"rows_contradict".to_string()));
        let supplier = find(&tables, &refs, "product", "supplier").unwrap();
        assert!(supplier.confidence >= 0.7, "{supplier:?}");
        // too few values: names decide alone
        let ev = Evidence::from([rows(2, "account_id", 3, &[(0, 0, None)])]);
        let refs = infer_with_evidence(&tables, "s", &ev);
        assert!(
            find(&tables, &refs, "product", "account_id")
                .unwrap()
                .confidence
                >= 0.9
        );
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
        assert_eq!(entity_names(&tables)[1], "invoice");
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
}

//! The rule ladder: every candidate target of a column, from its name, each with a
//! score and the rule that found it.

use std::collections::BTreeSet;

use super::entity::{squash, Candidate, EntityIndex};
use super::rules::*;
use super::stem::{column_stem, strip_vendor_prefix, Suffix};
use crate::catalog::{
    choose_key, id_like, is_sequin_system_table, is_sync_tool_column, joinable, type_family, Table,
    TypeFamily,
};
use crate::words::lexicon::{
    is_flag_name, is_relation_word, squashed_spellings, PART_WORDS, POSITION_WORDS, PREPOSITIONS,
    VERSION_QUALIFIERS, WHOLE_WORDS,
};
use crate::words::{singular_name, snake_words, squashes_to};

impl EntityIndex<'_> {
    /// The tables named `key`: exactly, or (`words`) by the same words; when no table
    /// has that name, its versioned copy (`invoice` → `invoice_history`): a role names
    /// the entity, and the versioned table is the entity (`applied_to_invoice_id`).
    pub(super) fn look(&self, key: &str, words: bool) -> &[usize] {
        let found = if words {
            self.lookup_words(key)
        } else {
            self.lookup(key)
        };
        if words {
            return if found.is_empty() {
                self.versioned_words(key)
            } else {
                found
            };
        }
        if !found.is_empty() || !self.lookup_words(key).is_empty() {
            return found;
        }
        self.versioned(key)
    }

    /// The versioned copies of the entity whose words are `key`'s (`app` →
    /// `application_history`).
    pub(super) fn versioned_words(&self, key: &str) -> &[usize] {
        self.by_versioned_words
            .get(&self.words_key(key))
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// The tables whose squashed name is `key` (`pricebook2` for `pricebook_2`).
    pub(super) fn squashed(&self, key: &str) -> &[usize] {
        self.by_squashed.get(key).map(Vec::as_slice).unwrap_or(&[])
    }

    /// The tables whose name's last word(s) are `key` (`gl_account` for `account`).
    pub(super) fn ending_with(&self, key: &str) -> &[usize] {
        self.by_last_words
            .get(key)
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// The versioned copies of entity `key` (`invoice_history` for `invoice`).
    pub(super) fn versioned(&self, key: &str) -> &[usize] {
        self.by_versioned.get(key).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Every candidate target for `stem`, found from `child`'s column: the ladder over
    /// the name as spelled, the same ladder over its words' forms (a little lower),
    /// then the rules that read what words mean.
    fn candidates(&self, child: usize, stem: &str, suffix: Suffix) -> Vec<Candidate> {
        let mut out = self.ladder(child, stem, suffix, false);
        out.extend(self.ladder(child, stem, suffix, true));
        out.extend(self.versioned_candidates(child, stem, suffix));
        out.extend(self.phrase_head_candidates(child, stem, suffix));
        out.extend(self.person_candidates(child, stem, suffix));
        out.extend(self.party_candidates(child, stem, suffix));
        out.extend(self.identifier_candidates(child, stem));
        out
    }

    /// A bare name (no id suffix) is capped at the bare score; a bare number or uuid
    /// column named in the singular is as sure as an `_id` one, a little less
    /// (`reports_to smallint`): it cannot hold a name, and a plural is a count.
    pub(super) fn bare_cap(&self, child: usize, suffix: Suffix) -> f64 {
        match suffix {
            Suffix::Bare if self.bare_link_schemas.contains(&self.tables[child].schema) => {
                SCORE_BARE_LINK
            }
            Suffix::Bare => SCORE_BARE_NAME,
            Suffix::BareTyped => SCORE_BARE_TYPED,
            _ => 1.0,
        }
    }

    /// The rules that read a name's spelling, best first; over exact names, or
    /// (`words`) over its words' forms (`archived_reason` → `archive_reason`,
    /// `parent_org` → `organization`), each [`PENALTY_WORD_FORMS`] lower.
    fn ladder(&self, child: usize, stem: &str, suffix: Suffix, words: bool) -> Vec<Candidate> {
        let mut out = Vec::new();
        let cap = self.bare_cap(child, suffix);
        // (where a schema names its people bare, a bare name of its people table is as
        // sure as a link: Lever's `notes.user`)
        let bare_people = suffix == Suffix::Bare
            && self
                .bare_people_schemas
                .contains(&self.tables[child].schema);
        let cap_for = |table: usize| {
            if bare_people && self.people.contains(&table) {
                cap.max(SCORE_BARE_LINK)
            } else {
                cap
            }
        };
        let penalty = if words { PENALTY_WORD_FORMS } else { 0.0 };
        let push = |out: &mut Vec<Candidate>, table: usize, score: f64, rule: &str, role: &str| {
            out.push(Candidate {
                table,
                score: score.min(cap_for(table)) - penalty - self.schema_penalty(child, table),
                rule: rule.to_string(),
                role: role.to_string(),
                word_forms: words,
                key: None,
            })
        };
        let stem_singular = singular_name(stem);
        let bare = matches!(suffix, Suffix::Bare | Suffix::BareTyped);

        // A table in the child's own namespace (`issuing_authorization.card_id` → `issuing_card`).
        let child_entity = &self.entity[child];
        let child_tokens: Vec<&str> = child_entity.split('_').collect();
        for k in (1..child_tokens.len()).rev() {
            let key = format!("{}_{}", child_tokens[..k].join("_"), stem_singular);
            // the child is no namespace sibling of itself (`opportunity_contact_role.role`)
            for &t in self.look(&key, words).iter().filter(|&&t| t != child) {
                push(
                    &mut out,
                    t,
                    SCORE_NAMESPACE,
                    "namespace_prefix",
                    &stem_singular,
                );
            }
        }
        // A part's short name for its whole (`refund_receipt_line.refund_id` →
        // `refund_receipt`): the table whose name begins the child's own name and
        // begins with the stem, when no table has the stem's own name.
        if !words && self.lookup(&stem_singular).is_empty() {
            let lead = format!("{stem_singular}_");
            for k in (2..child_tokens.len()).rev() {
                let whole = child_tokens[..k].join("_");
                if !whole.starts_with(&lead) {
                    continue;
                }
                for &t in self.lookup(&whole).iter().filter(|&&t| t != child) {
                    push(&mut out, t, SCORE_WHOLE_BY_LEAD, "whole_by_lead", &whole);
                }
            }
        }
        // A part's generic name for its whole (Sage Intacct's `ap_bill_item.recordkey` →
        // `ap_bill`, `invoice_line.header_id` → `invoice`): the table its name is,
        // less the part word.
        // Not when another column already names the whole (`audit_log_id` beside
        // `record_id` in `audit_log_entry`: the record is the audited one). A kind
        // column beside says nothing here: Sage Intacct's `recordtype` is the item's own.
        if !words && WHOLE_WORDS.contains(&stem) && child_tokens.len() >= 2 {
            let (part, whole) = child_tokens.split_last().expect("two tokens");
            let whole_key = squash(&whole.join("_"));
            let named_otherwise = self.tables[child].columns.iter().any(|c| {
                let c = squash(&c.name.to_lowercase());
                // (ending so: a source prefix may be left out of the entity)
                ["id", "key", "no"]
                    .iter()
                    .any(|k| c.ends_with(&format!("{whole_key}{k}")))
            });
            if PART_WORDS.contains(part) && !named_otherwise {
                for &t in self.look(&whole.join("_"), false) {
                    push(
                        &mut out,
                        t,
                        SCORE_WHOLE_BY_LEAD,
                        "whole_by_generic_name",
                        stem,
                    );
                }
            }
        }
        // A lookup table named by the row's own name and the column's (`deal.stage` →
        // `deal_stage`, NetSuite's `vendor.category` → `vendorcategory`): the column
        // qualified by its table. Below an exact name: `order.item_id` is an `item`
        // where both tables exist.
        if !words {
            let own = squash(&format!("{child_entity}_{stem_singular}"));
            for &t in self.squashed(&own).iter().filter(|&&t| t != child) {
                push(
                    &mut out,
                    t,
                    SCORE_OWN_NAMESPACE,
                    "own_namespace",
                    &stem_singular,
                );
            }
        }
        // `<table>_id` → `<table>.id` (a versioned copy is [`Self::versioned_candidates`]'s)
        let exact = if words {
            self.lookup_words(&stem_singular)
        } else {
            self.lookup(&stem_singular)
        };
        // never the row's own table: its `<entity>_id` that is not its key is another
        // id of the same thing (Fivetran's `company_history.company_id`, Klaviyo's
        // `property_event_id`), not another row
        for &t in exact {
            if t != child {
                push(&mut out, t, SCORE_EXACT, "exact_name", &stem_singular);
            }
        }
        // `pricebook2_id` → `pricebook_2`, `accountid` → `account`
        if !bare && !words {
            for &t in self
                .squashed(&squash(&stem_singular))
                .iter()
                .filter(|&&t| t != child)
            {
                push(
                    &mut out,
                    t,
                    SCORE_SQUASHED_EXACT,
                    "squashed_name",
                    &self.entity[t],
                );
            }
        }
        // Self references by role word (`parent_id`, `parent_role_id` in `user_role`,
        // `parent_org_id` in `organization`, `reports_to smallint`).
        if self.is_self_role(child, stem, words) && self.relatable(child) {
            push(&mut out, child, SCORE_SELF, "self_reference", stem);
        }
        // A run-together name: a table's name it is (once an abbreviation in it is
        // spelled out: `accttype` → `accounttype`) or ends with, its leading letters a
        // role (NetSuite's `fromcurrency`, `incomeaccount`: `associatedcompanyid` with no
        // `id`), as `from_currency_id` would be.
        // (a bare decimal is an amount: `unitprice`, `totalamount` end in no table)
        let decimal = bare
            && self.tables[child]
                .column(stem)
                .is_some_and(|c| matches!(c.base_type.as_str(), "numeric" | "float4" | "float8"));
        if !words
            && !decimal
            && (matches!(suffix, Suffix::SquashedId | Suffix::Key) || !stem.contains('_'))
        {
            self.squashed_candidates(&mut out, stem, bare, push);
        }
        if bare {
            return out;
        }
        // Role-named references: the longest table name the stem ends with
        // (`converted_account` → `account`, `default_payment_method` → `payment_method`).
        let tokens: Vec<&str> = stem.split('_').collect();
        for i in 1..tokens.len() {
            // a bare number is no entity (`product_2` does not end in a table `2`)
            if tokens[i].chars().all(|c| c.is_ascii_digit()) {
                continue;
            }
            // a compound names itself, not its second word (`source_line_item_id` is a
            // line item, no `item`, where no `line_item` table exists)
            if crate::words::lexicon::is_compound(tokens[i - 1], tokens[i]) {
                continue;
            }
            let suffix_key = singular_name(&tokens[i..].join("_"));
            let shorter_by = i as f64 - 1.0;
            // the row's own table only by a self role (above) or a relation phrase
            // (`applied_to_invoice_item` in `invoice_item`): `source_event_id` in `event`
            // names the event's id elsewhere, not another event
            let relation = PREPOSITIONS.contains(&tokens[i - 1]) || is_relation_word(tokens[i - 1]);
            for &t in self
                .look(&suffix_key, words)
                .iter()
                .filter(|&&t| t != child || relation)
            {
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
                for &t in self.look(&key, words).iter().filter(|&&t| t != child) {
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
        if words || bare {
            return out;
        }
        // The stem is the last word(s) of one table's name (`state_id` → `workflow_state`,
        // `variant_id` → `product_variant`), when no table has the stem's own name.
        // When the child's own name ends so too, not a sibling part of another whole:
        // `ap_bill_item.itemid` names an item of its own kind, and `ar_invoice_item` (a
        // part of `ar_invoice`) is no more it than the child; `inventory_item` still is.
        let last_words = self.ending_with(&stem_singular);
        let own_kind = last_words.contains(&child);
        if self.lookup(&stem_singular).is_empty() && stem_singular.len() >= 3 {
            // …a table of that thing, not a record of another entity named by its key
            // (Workday's `worker_leave_status`, keyed by `leave_request_event_id`, holds
            // no statuses for `military_service.status_id`)
            let hits: BTreeSet<usize> = last_words
                .iter()
                .copied()
                .filter(|&t| t != child && !self.keyed_by_another_entity(t))
                // …nor a record of the child's own kind (most columns shared): Marketo's
                // `activities_fill_out_form.webpage_id` is no `activities_visit_webpage`
                .filter(|&t| !(own_kind && self.is_part_of_a_whole(t) || self.same_kind(child, t)))
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
        out
    }

    /// [`Self::ladder`]'s run-together names: a squashed name with an abbreviation
    /// spelled out naming a table (`accttype` → `accounttype`), and every table name
    /// the name (or such a spelling of it) ends with (`associatedcompanyid` →
    /// `company`, `fromcurrency` → `currency`). A bare name's role is two letters
    /// at least (`xaccount` is no role of an account).
    fn squashed_candidates(
        &self,
        out: &mut Vec<Candidate>,
        stem: &str,
        bare: bool,
        push: impl Fn(&mut Vec<Candidate>, usize, f64, &str, &str),
    ) {
        let squashed = squash(stem);
        let spellings = squashed_spellings(&squashed);
        for spelled in &spellings {
            for &t in self.squashed(spelled) {
                push(
                    out,
                    t,
                    SCORE_SQUASHED_EXACT - PENALTY_WORD_FORMS,
                    "squashed_name",
                    &self.entity[t],
                );
            }
        }
        let min_role = if bare { 2 } else { 1 };
        for name in std::iter::once(&squashed).chain(&spellings) {
            // every proper suffix of at least 4 bytes, looked up: O(name length), not O(tables)
            for (i, _) in name.char_indices().skip(min_role) {
                let key = &name[i..];
                if key.len() < 4 {
                    break;
                }
                // (`lineitem` is a line item, no `item`)
                if crate::words::lexicon::splits_a_compound(&name[..i], key) {
                    continue;
                }
                let role = format!("{}_{}", &name[..i], key);
                for &t in self.squashed(key) {
                    push(out, t, SCORE_SQUASHED_SUFFIX, "squashed_suffix", &role);
                }
                // …or the last word of one table's name, as `account_id` names
                // `gl_account` (`closetoacctkey` → `gl_account`); a role of one or
                // two letters is an abbreviation we cannot read (`prbatchkey`)
                let ending = self.ending_with(key);
                if !bare && i >= 3 && self.squashed(key).is_empty() && ending.len() == 1 {
                    push(
                        out,
                        ending[0],
                        SCORE_SQUASHED_SUFFIX - PENALTY_SHORTER_SUFFIX,
                        "squashed_entity_suffix",
                        &role,
                    );
                }
            }
        }
    }

    /// Is `t` a part of another table, named as it and one more word (`ar_invoice_item`
    /// of `ar_invoice`)?
    fn is_part_of_a_whole(&self, t: usize) -> bool {
        self.entity[t]
            .rsplit_once('_')
            .is_some_and(|(whole, _)| self.lookup(whole).iter().any(|&w| w != t))
    }

    /// Is `t` keyed by one column `<x>_id` whose `x` is not the end of its own name:
    /// the id of another entity, whose record `t` is?
    fn keyed_by_another_entity(&self, t: usize) -> bool {
        let table = &self.tables[t];
        let [key] = table.primary_key.as_slice() else {
            return false;
        };
        let Some(x) = snake_words(key).strip_suffix("_id").map(str::to_string) else {
            return false;
        };
        let own = squash(&self.entity[t]);
        !x.is_empty() && !own.ends_with(&squash(&x))
    }

    /// A role word that points back at the row's own table: `parent`, `reports_to`,
    /// or `<role>_<the table's own entity>` (`parent_role` in `user_role`).
    pub(super) fn is_self_role(&self, child: usize, stem: &str, words: bool) -> bool {
        // over word forms, names compare by their words keys (word by word, so a
        // role prefix of a key is a role prefix of the name)
        let key = |s: &str| {
            if words {
                self.words_key(s)
            } else {
                s.to_string()
            }
        };
        let entity = &self.entity[child];
        let child_entity = key(entity);
        let stem = key(stem);
        let last = entity.rsplit_once('_').map(|(_, l)| key(l));
        // a versioned table is its entity (`original_credit_payment` in `credit_payment_history`)
        let unversioned = entity
            .rsplit_once('_')
            .filter(|(_, last)| VERSION_QUALIFIERS.contains(last))
            .map(|(head, _)| key(head));
        let roles = if words {
            &self.self_role_keys
        } else {
            &self.self_roles
        };
        // in a versioned table, a self role's version is another version of the row
        // (Pendo's `root_version_id`, `previous_version_id` in `guide_history`; not
        // `stable_version_id`, the row's own current version)
        let other_version = unversioned.is_some()
            && stem
                .strip_suffix("_version")
                .is_some_and(|role| roles.contains(&role.to_string()));
        // (run together too: Zuora's `reversedbyid`, `replacedbyid`)
        let run_together = !stem.contains('_')
            && roles
                .iter()
                .any(|r| r.contains('_') && squashes_to(r, &stem));
        other_version
            || run_together
            || roles.contains(&stem)
            || roles.iter().any(|r| {
                stem.strip_prefix(r.as_str())
                    .and_then(|rest| rest.strip_prefix('_'))
                    .is_some_and(|rest| {
                        rest == child_entity
                            || unversioned.as_deref() == Some(rest)
                            || last.as_deref() == Some(rest)
                            || child_entity
                                .strip_suffix(rest)
                                .is_some_and(|head| head.ends_with('_'))
                    })
            })
    }
}

/// Name-based candidates for one column that could hold ids: best first, one per table.
pub struct ColumnCandidates {
    pub child: usize,
    pub column: String,
    pub(super) stem: String,
    pub(super) vendor: bool,
    pub(super) suffix: Suffix,
    pub(super) cands: Vec<Candidate>,
}

impl ColumnCandidates {
    /// Worth reading rows for: a name points somewhere, or the name looks like an id
    /// (`who_id`, `on_behalf_of_id`); a bare `email` or `field_7` with no table of
    /// its name is not, and skipping it keeps sampling cheap on wide tables.
    pub fn worth_sampling(&self) -> bool {
        // a `_key` names no id when no table is in it (`api_key`, `idempotency_key`)
        !self.cands.is_empty()
            || !matches!(self.suffix, Suffix::Bare | Suffix::BareTyped | Suffix::Key)
    }

    /// The targets worth probing with rows: the best few name candidates and their keys.
    /// The column of `target` this column joins, and the cast it needs: the one its
    /// candidate's rule named, else the table's key.
    pub(super) fn target_column(
        &self,
        tables: &[Table],
        target: usize,
    ) -> Option<(String, Option<String>)> {
        let col = tables[self.child].column(&self.column)?;
        match self
            .cands
            .iter()
            .find(|c| c.table == target)
            .and_then(|c| c.key.as_ref())
        {
            Some(k) => {
                let target = tables[target].column(k)?;
                let cast = (!joinable(target, col)).then(|| target.base_type.clone());
                Some((k.clone(), cast))
            }
            None => choose_key(&tables[target], col),
        }
    }

    pub fn probe_targets(&self, tables: &[Table]) -> Vec<(usize, String)> {
        self.cands
            .iter()
            .take(3)
            .filter_map(|c| Some((c.table, self.target_column(tables, c.table)?.0)))
            .collect()
    }
}

/// Every column that could be a reference, with its name candidates (possibly none:
/// rows may still show it is one, as `who_id` is).
pub fn column_candidates(tables: &[Table], index: &EntityIndex) -> Vec<ColumnCandidates> {
    let mut out = Vec::new();
    for (ci, child) in tables.iter().enumerate() {
        // our views are related by what their marker says, not by their names
        if is_sequin_system_table(&child.name) || child.view_marker().is_some() {
            continue;
        }
        for col in &child.columns {
            if col.name == "id" && id_like(col) && !col.generated {
                out.extend(index.listed_entity(ci).or_else(|| index.fuller_copy_of(ci)));
                continue;
            }
            if col.generated || !id_like(col) || is_sync_tool_column(&col.name) {
                continue;
            }
            let Some((raw_stem, mut suffix)) = column_stem(&col.name) else {
                continue;
            };
            let (mut stem, vendor) = strip_vendor_prefix(&raw_stem);
            // a table named as the whole `_key` column is what it holds (`api_key` where
            // an `api_key` table keys each `api`'s keys)
            let whole = col.name.to_lowercase();
            if suffix == Suffix::Key && !index.lookup(&singular_name(&whole)).is_empty() {
                stem = whole;
            }
            if suffix == Suffix::Bare
                && matches!(
                    type_family(&col.base_type),
                    TypeFamily::Number | TypeFamily::Uuid
                )
                && singular_name(&stem) == stem
            {
                suffix = Suffix::BareTyped;
            }
            // a bare position in a list (`index`, `rank`) names no row, whatever table
            // has its name
            if matches!(suffix, Suffix::Bare | Suffix::BareTyped)
                && POSITION_WORDS.contains(&stem.as_str())
            {
                continue;
            }
            // a bare yes-or-no (`isinactive`) names no row, unless a table has its name
            if matches!(suffix, Suffix::Bare | Suffix::BareTyped)
                && is_flag_name(&stem)
                && index.lookup(&singular_name(&stem)).is_empty()
            {
                continue;
            }
            let not_reference = NOT_REFERENCES.iter().any(|n| {
                stem.strip_suffix(n)
                    .is_some_and(|head| head.is_empty() || head.ends_with('_'))
            });
            let outside_system = OUTSIDE_SYSTEM_WORDS.iter().any(|w| {
                // (run together too: Zuora's `gatewayorderid`; read before a vendor
                // prefix is dropped, and never in that system's own schema, whose
                // `hubspot_owner_id` is its own owner)
                raw_stem.strip_prefix(w).is_some_and(|rest| {
                    rest.len() > 1 && rest.starts_with('_')
                        || !raw_stem.contains('_') && rest.len() >= 3
                }) && !child.schema.to_lowercase().contains(w)
            })
                // a vendor's prefix on a Salesforce custom field is that vendor's id, not
                // this source's (a lead's `hubspot_contact_id__c`)
                || suffix == Suffix::SalesforceCustom && vendor;
            let mut cands = index.candidates(ci, &stem, suffix);
            cands.extend(index.key_name_candidates(ci, &col.name));
            cands.extend(index.identifier_column_candidates(ci, &col.name));
            // a stem that names something else (`request`, `session`) is no reference,
            // unless a table has that very name (`service_request_id` → `service_request`)
            if not_reference {
                cands.retain(|c| c.names_table_exactly());
                if cands.is_empty() {
                    continue;
                }
            }
            // …and another system's id refers only to a table named as it whole
            // (`shopify_order_id` to a `shopify_order`), never to the entity after it
            if outside_system {
                let whole = singular_name(&raw_stem);
                cands.retain(|c| index.entity[c.table] == whole);
                if cands.is_empty() {
                    continue;
                }
            }
            // a column named as its own table (`emailaddress.emailaddressid`) is its
            // own id: no other table is in its name's tail (`address`)
            if squash(&stem) == squash(&index.entity[ci]) {
                cands.retain(|c| {
                    c.table == ci
                        || !matches!(
                            c.rule.as_str(),
                            "squashed_suffix" | "key_name_squashed" | "role_suffix"
                        )
                });
            }
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
            index.settle_join_columns(ci, col, suffix, &mut cands);
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

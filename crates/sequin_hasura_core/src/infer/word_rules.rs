//! The rules that read what a name's words mean, beyond its spelling: keys named as
//! the column (`deal_id` → `deal.deal_id`), a flattened list's listed thing, an
//! entity's identifier other than its key (`account_code`), versioned copies of an
//! entity, phrase heads (`requisition_for_hire`), and people's roles.

use super::candidates::ColumnCandidates;
use super::entity::{key_word_stem, squash, Candidate, EntityIndex};
use super::rules::*;
use super::stem::Suffix;
use crate::catalog::{is_sync_tool_column, joinable, type_family, TypeFamily};
use crate::words::lexicon::{
    is_relation_word, is_run_together_by_phrase, is_spelled_out_person_word, spelled_out,
    splits_a_compound, EVENT_WORDS, FULLER_COPY_WORDS, GROUP_NOUNS, IDENTIFIER_WORDS,
    NOT_IDENTIFIER_ROLES, PARTY_ROLES, PEOPLE_NOUNS, PREPOSITIONS, ROLE_PHRASES, ROLE_WORDS,
};
use crate::words::{singular, singular_name, snake_words};

impl EntityIndex<'_> {
    /// Tables whose key column has this column's name (`deal_id` → `deal.deal_id`), or
    /// ends it (`assignee_account_id` → `user.account_id`): SchemaSpy's rule, kept to
    /// keys named other than `id` so it never matches everything.
    pub(super) fn key_name_candidates(&self, child: usize, column: &str) -> Vec<Candidate> {
        let lower = column.to_lowercase();
        let mut out = Vec::new();
        for (key, tables) in &self.by_key_column {
            let (score, role, rule) = if lower == *key {
                (
                    SCORE_KEY_NAME,
                    key.trim_end_matches("_id").to_string(),
                    "key_name",
                )
            } else if key_word_stem(key).is_none() && !self.compound_natural_keys.contains_key(key)
            {
                // a natural key (`email`) is matched by its very name only
                continue;
            } else if lower.ends_with(&format!("_{key}")) {
                (
                    SCORE_KEY_NAME_SUFFIX,
                    lower.trim_end_matches("_id").to_string(),
                    "key_name",
                )
            } else if !lower.contains('_')
                && lower.len() >= key.len() + 2
                && lower.ends_with(key.as_str())
            {
                // run together: `fromcurrencycode` → `currency.currencycode`
                (SCORE_KEY_NAME_SUFFIX, lower.clone(), "key_name_squashed")
            } else {
                continue;
            };
            // a compound's key is its own (`SourceLineItemID` is a line item's, no item's)
            if lower != *key && ends_inside_compound(column, key) {
                continue;
            }
            // a qualified kind of the row itself is the row's own: an account's
            // `BankAccountType` is the kind of bank account it is, no `AccountType`
            // (by whole words: an account's `OpeningAccountingPeriod` is no account's)
            let own_last = self.entity[child].rsplit('_').next().unwrap_or_default();
            if lower != *key
                && self
                    .compound_natural_keys
                    .get(key)
                    .is_some_and(|first| *first == spelled_out(own_last))
            {
                continue;
            }
            // a key the child is keyed by too, naming no table, is a surrogate each table
            // has of its own (Workday's `fivetran_id`), not a reference between them; a
            // hierarchy's key names its root (`businessentityid`: `businessentity`)
            if lower == *key
                && key_word_stem(key).is_some()
                && self.keyed_by(child, key)
                && !self.names_a_table(key)
            {
                continue;
            }
            // several tables keyed by one name (a hierarchy: AdventureWorks'
            // `businessentityid`): the one the child is named after is its whole
            // (`personphone` → `person`, `employeepayhistory` → `employee`)
            let own = squash(&self.entity[child]);
            for &t in tables.iter().filter(|&&t| t != child) {
                let whole = squash(&self.entity[t]);
                let (score, rule) = if tables.len() > 1
                    && rule == "key_name"
                    && lower == *key
                    && own.len() > whole.len()
                    && (own.starts_with(&whole) || own.ends_with(&whole))
                {
                    (SCORE_KEY_NAME_WHOLE, "key_name_whole")
                } else {
                    (score, rule)
                };
                // a natural key is joined as named (`user_history.email`, whose primary
                // key is `(email, updated_at)`); an id key as [`choose_key`] picks it
                let natural = key_word_stem(key).is_none();
                // …never from a copy of the table (Iterable's `user_history_bq_json`), nor
                // from a row with a key of its own: a vendor's or a lead's `email` is its
                // own address; an event's or a subscription's is a person's
                // (a stream keyed only by the column named for it declares no key: it
                // is keyed by that, unless it is named for events, `Events.EventID`)
                let table = &self.tables[child];
                let events = table.keyed_only_by_its_name()
                    && self.entity[child]
                        .rsplit('_')
                        .next()
                        .is_some_and(|w| EVENT_WORDS.contains(&w));
                let own_key = !table.key_columns().is_empty() && !events;
                // …and never across schemas: another source's addresses are its own
                let other_source = self.tables[t].schema != table.schema;
                // (a compound natural key is no attribute of the row: `Accounts.TaxType`
                // is one of the tax rates, whatever key the account has)
                let compound = self.compound_natural_keys.contains_key(key);
                if natural && (other_source || !compound && (own_key || self.same_kind(child, t))) {
                    continue;
                }
                out.push(Candidate {
                    table: t,
                    score: score - self.schema_penalty(child, t),
                    rule: rule.into(),
                    role: role.clone(),
                    word_forms: false,
                    // (the column as spelled: the index holds names in lower case)
                    key: natural
                        .then(|| {
                            self.tables[t]
                                .columns
                                .iter()
                                .find(|c| c.name.to_lowercase() == *key)
                                .map(|c| c.name.clone())
                        })
                        .flatten(),
                });
            }
        }
        out
    }

    /// Is `key` the first key column of `child`?
    fn keyed_by(&self, child: usize, key: &str) -> bool {
        self.tables[child]
            .key_columns()
            .first()
            .is_some_and(|k| k.to_lowercase() == key)
    }

    /// Does a key name (`businessentityid`, `deal_id`, `currencycode`) name a table?
    fn names_a_table(&self, key: &str) -> bool {
        self.is_a_tables_name(key_word_stem(key).unwrap_or(key))
    }

    /// Is `word` a table's name, spelled out or run together (`vendor`, `glaccount`)?
    fn is_a_tables_name(&self, word: &str) -> bool {
        !word.is_empty()
            && (!self.lookup(&singular_name(word)).is_empty()
                || !self.squashed(&squash(word)).is_empty())
    }

    /// A fuller copy of another table's rows (Airbyte's Klaviyo `lists_detailed`, read
    /// from the same endpoint with more fields): named as that table and a word that
    /// says so (`detailed`, `extended`, `expanded`, `enriched`), its `id` is that
    /// table's (one row each).
    pub(super) fn fuller_copy_of(&self, child: usize) -> Option<ColumnCandidates> {
        let t = &self.tables[child];
        let lower = t.name.to_lowercase();
        let (base, _) = FULLER_COPY_WORDS
            .iter()
            .find_map(|w| Some((lower.strip_suffix(&format!("_{w}"))?, *w)))?;
        let key = singular_name(base);
        let found: Vec<usize> = self
            .lookup(&key)
            .iter()
            .copied()
            .filter(|&p| p != child && self.tables[p].schema == t.schema)
            .collect();
        // (a table with an `<entity>_id` of its own holds records of that entity, no copy:
        // an `orders_expanded` of order lines)
        let own_entity_id = format!("{key}_id");
        if found.is_empty()
            || t.column("id").is_none()
            || t.columns
                .iter()
                .any(|c| snake_words(&c.name) == own_entity_id)
        {
            return None;
        }
        let cands = found
            .into_iter()
            .map(|p| Candidate {
                table: p,
                score: SCORE_LISTED_ENTITY,
                rule: "fuller_copy".into(),
                role: key.clone(),
                word_forms: false,
                key: None,
            })
            .collect();
        Some(ColumnCandidates {
            child,
            column: "id".into(),
            stem: key,
            vendor: false,
            suffix: Suffix::Id,
            cands,
        })
    }

    /// A list flattened into a table of its own (Fivetran's `charge_discount`, keyed by
    /// `(charge_id, index)`): its `id`, which is no key of the table, is the id of the
    /// thing listed, the table its name ends with (`discount`).
    pub(super) fn listed_entity(&self, child: usize) -> Option<ColumnCandidates> {
        let t = &self.tables[child];
        if t.primary_key.is_empty()
            || t.primary_key.iter().any(|k| k == "id")
            || t.is_unique_key("id")
        {
            return None;
        }
        let tokens: Vec<&str> = self.entity[child].split('_').collect();
        let (stem, found) = (1..tokens.len()).find_map(|i| {
            let key = singular_name(&tokens[i..].join("_"));
            let found: Vec<usize> = self
                .lookup(&key)
                .iter()
                .copied()
                .filter(|&p| p != child)
                .collect();
            (!found.is_empty()).then_some((key, found))
        })?;
        let cands = found
            .into_iter()
            .map(|p| Candidate {
                table: p,
                score: SCORE_LISTED_ENTITY - self.schema_penalty(child, p),
                rule: "listed_entity".into(),
                role: stem.clone(),
                word_forms: false,
                key: None,
            })
            .collect();
        Some(ColumnCandidates {
            child,
            column: "id".into(),
            stem,
            vendor: false,
            suffix: Suffix::Id,
            cands,
        })
    }

    /// `<entity>_<identifier word>` (`account_code`, `invoice_number`, `plan_code`) holds
    /// the entity's identifier when the entity's table has a column of that very name
    /// (in any case: Xero's `Code`) and a type it joins: a reference to that column (a
    /// code, not the `id`). After a role too, a little lower (Xero's
    /// `SalesDefaultAccountCode` → `accounts.Code`), unless the role names a table
    /// (`vendor_account_number` is the vendor's own).
    pub(super) fn identifier_candidates(&self, child: usize, stem: &str) -> Vec<Candidate> {
        let mut out = Vec::new();
        let Some((head, word)) = stem.rsplit_once('_') else {
            return out;
        };
        if !IDENTIFIER_WORDS.contains(&word) {
            return out;
        }
        let Some(col) = self.tables[child]
            .columns
            .iter()
            .find(|c| snake_words(&c.name) == stem)
        else {
            return out;
        };
        let words: Vec<&str> = head.split('_').collect();
        for k in 0..words.len() {
            let role = words[..k].join("_");
            // a role of one or two letters is an abbreviation we cannot read; a role
            // that names a table, keeps another system's number (`legacy_`,
            // `external_`) or a channel's (`phone_country_code` is a dialling code)
            // makes it no identifier of the entity
            if k > 0
                && (role.len() < 3
                    || self.is_a_tables_name(&role)
                    || words[..k].iter().any(|w| NOT_IDENTIFIER_ROLES.contains(w)))
            {
                break;
            }
            let entity = singular_name(&words[k..].join("_"));
            let mut found: Vec<usize> = self.look(&entity, false).to_vec();
            found.extend(self.lookup_words(&entity));
            found.sort_unstable();
            found.dedup();
            for t in found.into_iter().filter(|&t| t != child) {
                let Some(target) = self.tables[t]
                    .columns
                    .iter()
                    .find(|c| c.name.to_lowercase() == word)
                else {
                    continue;
                };
                if !joinable(target, col) {
                    continue;
                }
                let penalty = if k > 0 { PENALTY_SHORTER_SUFFIX } else { 0.0 };
                out.push(Candidate {
                    table: t,
                    score: SCORE_IDENTIFIER - penalty - self.schema_penalty(child, t),
                    rule: "entity_identifier".into(),
                    role: if k > 0 {
                        format!("{role}_{entity}")
                    } else {
                        entity.clone()
                    },
                    word_forms: false,
                    key: Some(target.name.clone()),
                });
            }
            // the longest entity named wins, even where it has no such column or is the
            // child itself (`purchase_orders.purchase_order_number` is no `order`'s)
            if !out.is_empty() || self.is_a_tables_name(&entity) {
                break;
            }
        }
        out
    }

    /// A run-together column named as another table's own identifier
    /// ([`Self::by_identifier_column`]: `ap_bill_item.accountno` → `gl_account.accountno`),
    /// or ending so after a role (`offsetglaccountno`; in the table itself,
    /// `gl_account.closingaccountno`), holds that identifier: a reference to that column.
    /// Guards: only run-together names (where `<x>_id` is the convention,
    /// `vendor.account_number` is the vendor's own attribute); a cast only from a number
    /// to text (every number is some text; a text is no number by its name alone); and
    /// never in a table of the target's own kind, which repeats most of its columns
    /// (NetSuite's `customer.entitynumber` is the customer's, as an entity).
    pub(super) fn identifier_column_candidates(
        &self,
        child: usize,
        column: &str,
    ) -> Vec<Candidate> {
        let mut out = Vec::new();
        if column.contains('_') {
            return out;
        }
        let Some(col) = self.tables[child].column(column) else {
            return out;
        };
        let name = squash(&column.to_lowercase());
        // the child's own identifier (`sales_invoice.invoiceno`) refers to nothing
        let own = |t: usize, c: &str| t == child && c == column;
        if self
            .by_identifier_column
            .get(&name)
            .is_some_and(|found| found.iter().any(|(t, c)| own(*t, c)))
        {
            return out;
        }
        for (i, _) in name.char_indices() {
            let key = &name[i..];
            if key.len() < 4 {
                break;
            }
            let Some(found) = self.by_identifier_column.get(key) else {
                continue;
            };
            let role = &name[..i];
            // a role of one or two letters is an abbreviation we cannot read; a role
            // naming a table makes the number that entity's (`vendorinvoicenumber`)
            if i > 0 && (i < 3 || self.is_a_tables_name(role)) {
                continue;
            }
            for (t, target) in found {
                // after a role: in the table itself only a relation or participle
                // (`closingaccountno`; `legacycustomernumber` is the row's own), in
                // another table a relation, or a name spelling the table whole
                // (`offsetglaccountno`; `bankaccountno` is no GL account)
                if i > 0 {
                    let relation = is_relation_word(role);
                    let whole = squash(&self.entity[*t]);
                    // (a one-word entity spelt whole says nothing: a `purchaseordernumber`
                    // is a purchase order's, no `orders` row's; a name of two words or
                    // more has an underscore, or is run together in 9 letters or more,
                    // `glaccount`)
                    let spells_whole = *t != child
                        && (self.entity[*t].contains('_') || self.entity[*t].len() >= 9)
                        && IDENTIFIER_WORDS
                            .iter()
                            .any(|w| name.ends_with(&format!("{whole}{w}")));
                    if !(relation || spells_whole) {
                        continue;
                    }
                }
                if *t == child && (i == 0 || target == column) {
                    continue;
                }
                let Some(target_col) = self.tables[*t].column(target) else {
                    continue;
                };
                let widening = type_family(&col.base_type) == TypeFamily::Number
                    && type_family(&target_col.base_type) == TypeFamily::String;
                if !(joinable(col, target_col) || widening) || self.same_kind(child, *t) {
                    continue;
                }
                let score = if i == 0 {
                    SCORE_IDENTIFIER
                } else {
                    SCORE_IDENTIFIER - PENALTY_SHORTER_SUFFIX
                };
                out.push(Candidate {
                    table: *t,
                    score: score - self.schema_penalty(child, *t),
                    rule: "identifier_column".into(),
                    role: column.to_lowercase(),
                    word_forms: false,
                    key: Some(target.clone()),
                });
            }
        }
        out
    }

    /// A table of `other`'s own kind: a subtype or copy, which repeats most of its
    /// columns (NetSuite's `customer` has 27 of `entity`'s 37).
    pub(super) fn same_kind(&self, child: usize, other: usize) -> bool {
        if child == other {
            return false;
        }
        let own = |c: &&crate::catalog::Column| !is_sync_tool_column(&c.name);
        let theirs: Vec<&str> = self.tables[other]
            .columns
            .iter()
            .filter(own)
            .map(|c| c.name.as_str())
            .collect();
        let shared = self.tables[child]
            .columns
            .iter()
            .filter(own)
            .filter(|c| theirs.contains(&c.name.as_str()))
            .count();
        shared >= SAME_KIND_MIN_SHARED && shared as f64 >= SAME_KIND_SHARE * theirs.len() as f64
    }

    /// `<entity>_id` → `<entity>_history` when no table has the entity's own name:
    /// a versioned copy (Fivetran's history mode, a dbt snapshot) is the entity.
    /// Never the versioned table itself: its own `<entity>_id` is another id.
    pub(super) fn versioned_candidates(
        &self,
        child: usize,
        stem: &str,
        suffix: Suffix,
    ) -> Vec<Candidate> {
        let key = singular_name(stem);
        let mut out = Vec::new();
        if suffix == Suffix::Bare
            || !self.lookup(&key).is_empty()
            || !self.lookup_words(&key).is_empty()
        {
            return out;
        }
        let cap = self.bare_cap(child, suffix);
        // by the spelling, else by the words (`app_id` → `application_history`)
        let (found, words) = match self.versioned(&key) {
            [] => (self.versioned_words(&key), true),
            found => (found, false),
        };
        let penalty = if words { PENALTY_WORD_FORMS } else { 0.0 };
        for &t in found {
            if t != child {
                out.push(Candidate {
                    table: t,
                    score: SCORE_VERSIONED.min(cap) - penalty - self.schema_penalty(child, t),
                    rule: "versioned_table".into(),
                    role: key.clone(),
                    word_forms: words,
                    key: None,
                });
            }
        }
        out
    }

    /// `<head>_<preposition>_<rest>`: the head noun is what the column refers to
    /// (`requisition_for_hire_id` → `requisition`).
    pub(super) fn phrase_head_candidates(
        &self,
        child: usize,
        stem: &str,
        suffix: Suffix,
    ) -> Vec<Candidate> {
        let tokens: Vec<&str> = stem.split('_').collect();
        let mut out = Vec::new();
        if suffix == Suffix::Bare {
            return out;
        }
        let cap = self.bare_cap(child, suffix);
        let Some(i) =
            (1..tokens.len().saturating_sub(1)).find(|&i| PREPOSITIONS.contains(&tokens[i]))
        else {
            return out;
        };
        let head = singular_name(&tokens[..i].join("_"));
        // a versioned copy is the entity here too (`worker_for_filled_position_id` →
        // `worker_history`)
        let mut found: Vec<usize> = self.look(&head, false).to_vec();
        found.extend(self.look(&head, true));
        found.sort_unstable();
        found.dedup();
        for t in found.into_iter().filter(|&t| t != child) {
            out.push(Candidate {
                table: t,
                score: SCORE_PHRASE_HEAD.min(cap) - self.schema_penalty(child, t),
                rule: "phrase_head".into(),
                role: stem.to_string(),
                word_forms: false,
                key: None,
            });
        }
        out
    }

    /// A party a document is addressed to (`bill_to_id`, Zuora's `BillToId` and
    /// `billtoid`, `default_ship_to_id`) → the schema's contact table: the customer's
    /// contact, never a user of the system.
    pub(super) fn party_candidates(
        &self,
        child: usize,
        stem: &str,
        suffix: Suffix,
    ) -> Vec<Candidate> {
        let squashed = squash(stem);
        let party = PARTY_ROLES
            .iter()
            .any(|p| squashed == squash(p) || stem.ends_with(&format!("_{p}")));
        if !party {
            return vec![];
        }
        let score = SCORE_CONVENTION.min(self.bare_cap(child, suffix));
        self.look("contact", false)
            .iter()
            .filter(|&&t| t != child)
            .map(|&t| Candidate {
                table: t,
                score: score - self.schema_penalty(child, t),
                rule: "party_role".into(),
                role: stem.to_string(),
                word_forms: false,
                key: None,
            })
            .collect()
    }

    /// A person's role → the people table of each schema: a role word or agent noun as
    /// the name's last word (`owner`, `approver`, `hiring_manager`, `sender`), or a
    /// `<verb>_by` (`created_by`, `closed_by`). A role compounded with more words
    /// (`posting_owner`) is a little less sure; a bare `approver` is capped as bare
    /// names are, so rows decide it.
    pub(super) fn person_candidates(
        &self,
        child: usize,
        stem: &str,
        suffix: Suffix,
    ) -> Vec<Candidate> {
        let mut out = Vec::new();
        if self.people.is_empty() {
            return out;
        }
        let tokens: Vec<&str> = stem.split('_').filter(|t| !t.is_empty()).collect();
        let Some(last) = tokens.last() else {
            return out;
        };
        // a browser's user agent is a string, no person (Segment's `context_user_agent`)
        if stem == "user_agent" || stem.ends_with("_user_agent") {
            return out;
        }
        // a bare plural is a list or a count of people, no one person (`assignees`)
        if matches!(suffix, Suffix::Bare | Suffix::BareTyped) && singular(last) != *last {
            return out;
        }
        let phrase = ROLE_PHRASES.contains(&stem)
            || (tokens.len() >= 2 && *last == "by")
            || is_run_together_by_phrase(stem);
        let last = spelled_out(last);
        let (score, rule) = if phrase || ROLE_WORDS.contains(&last.as_str()) {
            (SCORE_CONVENTION, "user_role_convention")
        } else if is_spelled_out_person_word(&last) {
            (SCORE_AGENT_NOUN, "agent_noun")
        } else {
            return out;
        };
        if self.is_self_role(child, stem, true) {
            return out;
        }
        // a table named for the role keys its own rows by it (Pagila's
        // `actor.actor_id`): no person elsewhere
        if crate::words::squash(stem) == crate::words::squash(&self.entity[child]) {
            return out;
        }
        let extra = if phrase {
            0.0
        } else {
            tokens.len() as f64 - 1.0
        };
        // the more words before it, the less an agent noun says the column is a person
        // (`facebook_order_retailer_id` is no user)
        let per_word = if rule == "agent_noun" {
            PENALTY_AGENT_NOUN_WORD
        } else {
            PENALTY_ROLE_WORD
        };
        // (a bare role is as sure as a link where the schema names its people so)
        let cap = if suffix == Suffix::Bare
            && self
                .bare_people_schemas
                .contains(&self.tables[child].schema)
        {
            SCORE_BARE_LINK
        } else {
            self.bare_cap(child, suffix)
        };
        let score = (score - per_word * extra).min(cap);
        // one who receives (`-ee`: an assignee, an invitee) is of the kind the word
        // before it names when that is a group of people or people (`team_assignee_id`
        // is a team, `admin_assignee_id` an admin); of anything else (`task_assignee_id`,
        // `event_attendee_id`) it is a person, as `posting_hiring_manager_id` is
        if let [.., kind, _] = tokens.as_slice() {
            let kind = singular_name(kind);
            let agent_kind = GROUP_NOUNS.contains(&kind.as_str())
                || PEOPLE_NOUNS.contains(&spelled_out(&kind).as_str());
            // (`employee` is a person whatever the word before it: `sales_employee_id`)
            if agent_kind && last.ends_with("ee") && !PEOPLE_NOUNS.contains(&last.as_str()) {
                for &t in self.look(&kind, false).iter().filter(|&&t| t != child) {
                    out.push(Candidate {
                        table: t,
                        score: SCORE_ROLE_SUFFIX.min(self.bare_cap(child, suffix))
                            - self.schema_penalty(child, t),
                        rule: "receiver_kind".into(),
                        role: stem.to_string(),
                        word_forms: false,
                        key: None,
                    });
                }
            }
        }
        for &t in &self.people {
            out.push(Candidate {
                table: t,
                score: score - self.schema_penalty(child, t),
                rule: rule.into(),
                role: stem.to_string(),
                word_forms: false,
                key: None,
            });
        }
        out
    }
}

/// Does `column` end in `key` (lowercase, maybe run together) right after a compound
/// noun's first word (`source_line_item_id`, `SourceLineItemID`, `LINEITEMID` end in
/// `itemid` after `line`: a line item, no item)? Then the column names the compound.
/// Compared run together, so every spelling splits alike.
pub(super) fn ends_inside_compound(column: &str, key: &str) -> bool {
    let key = crate::words::squash(key);
    crate::words::squash(&snake_words(column))
        .strip_suffix(key.as_str())
        .is_some_and(|head| splits_a_compound(head, &key))
}

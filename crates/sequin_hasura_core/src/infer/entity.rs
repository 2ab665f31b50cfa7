//! What each table is called: its entity keys (singular, source prefix removed),
//! looked up by the rules.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::rules::{PENALTY_OTHER_SCHEMA, SELF_ROLES};
use crate::catalog::{
    id_like, is_sequin_system_table, is_sync_tool_column, type_family, Table, TypeFamily,
};
use crate::words::lexicon::{
    is_copy_qualifier, is_run_together_by_phrase, spelled_out, words_key, CONTAINER_WORDS,
    COPY_NOUNS, IDENTIFIER_WORDS, OWN_ATTRIBUTE_WORDS, PEOPLE_NOUNS, RECIPIENT_LISTS, ROLE_PHRASES,
    ROLE_WORDS, VERSION_QUALIFIERS,
};
use crate::words::singular_name;

/// A target table a rule found for a column.
pub(super) struct Candidate {
    pub(super) table: usize,
    pub(super) score: f64,
    pub(super) rule: String,
    pub(super) role: String,
    /// Found by the words' forms, not the exact spelling (rule `word_forms`).
    pub(super) word_forms: bool,
    /// The target column, when the rule names one (`account_code` → `account.code`);
    /// otherwise the table's key ([`crate::catalog::choose_key`]).
    pub(super) key: Option<String>,
}

impl Candidate {
    /// The rules that found it, as the evidence lists them.
    pub(super) fn rules(&self) -> Vec<String> {
        if self.word_forms {
            vec!["word_forms".into(), self.rule.clone()]
        } else {
            vec![self.rule.clone()]
        }
    }

    /// Found by a table's very name (or its words): what a stop word never overrides.
    pub(super) fn names_table_exactly(&self) -> bool {
        match self.rule.as_str() {
            "exact_name" | "namespace_prefix" | "squashed_name" => true,
            // `request_id` → a table keyed `request_id`, not `<role>_request_id`
            "key_name" => self.score > super::rules::SCORE_KEY_NAME_SUFFIX,
            _ => false,
        }
    }
}

/// Lookup from entity keys to tables.
pub struct EntityIndex<'a> {
    pub(super) tables: &'a [Table],
    primary_schema: &'a str,
    by_key: BTreeMap<String, Vec<usize>>,
    pub(super) by_squashed: BTreeMap<String, Vec<usize>>,
    /// Each table's own main entity key: singular, without the schema's source prefix.
    pub entity: Vec<String>,
    /// The entity each table is or copies ([`unversioned_words`]: `contact` of
    /// `contacts_history` and of `contacts_backup`).
    base_entity: Vec<String>,
    /// Schemas whose links carry no id suffix by convention (Airtable).
    pub(super) bare_link_schemas: BTreeSet<String>,
    /// Schemas whose references to people are bare by convention (see
    /// [`bare_people_schemas`]).
    pub(super) bare_people_schemas: BTreeSet<String>,
    /// The last word(s) of each key (`state` of `workflow_state`) → tables.
    pub(super) by_last_words: BTreeMap<String, Vec<usize>>,
    /// Key columns named other than `id` (`account_id` of Jira's `user`, `deal_id`
    /// of Fivetran's `deal`) → their tables, for tables with no `id` column.
    pub(super) by_key_column: BTreeMap<String, Vec<usize>>,
    /// The keys of [`Self::by_key_column`] that are a declared primary key of two or
    /// more words and neither id nor code (Xero's `TaxRates.TaxType`): a natural key
    /// named so specifically is matched after a role too (`AccountsPayableTaxType`).
    /// Each maps to its first word as declared, spelled out (`tax` of `TaxType`).
    pub(super) compound_natural_keys: BTreeMap<String, String>,
    /// [`Self::by_versioned`] by the words of the entity (`app` → `application_history`).
    pub(super) by_versioned_words: BTreeMap<String, Vec<usize>>,
    /// Each key's [`words_key`] (`archive_reason` → `archiv_reason`, `org` →
    /// `organization`) → tables: names that are the same words match.
    pub(super) by_words: BTreeMap<String, Vec<usize>>,
    /// The entity a versioned table is a copy of (`company` of `company_history`) →
    /// tables.
    pub(super) by_versioned: BTreeMap<String, Vec<usize>>,
    /// The people table of each schema, if it has one (see [`people_tables`]).
    pub(super) people: Vec<usize>,
    /// Each table's own identifiers other than its id, squashed (`accountno` of
    /// `gl_account`, `accountnumber` of `account`; see [`identifier_columns`]).
    pub(super) by_identifier_column: BTreeMap<String, Vec<(usize, String)>>,
    /// [`words_key`] of every name asked, computed once: a schema asks the same few
    /// names for thousands of columns, and word forms cost an inflection each.
    words_keys: RefCell<HashMap<String, String>>,
    /// The self roles ([`super::rules::SELF_ROLES`]), and their words keys.
    pub(super) self_roles: Vec<String>,
    pub(super) self_role_keys: Vec<String>,
}

/// A column whose name says it holds a person's name or address: what a table of
/// people has.
fn person_shaped(t: &Table) -> bool {
    t.columns.iter().any(|c| {
        let lower = c.name.to_lowercase();
        lower.split('_').any(|w| {
            matches!(
                w,
                "email" | "name" | "firstname" | "lastname" | "username" | "login" | "fullname"
            )
        }) || lower.ends_with("email")
            || lower.ends_with("name")
    })
}

/// The people table of each schema: the table whose entity is a people noun (`user`,
/// `person`, `member`, `employee`, `staff`, `agent`, `admin`…; the best of them by
/// [`PEOPLE_NOUNS`] order), or else one whose entity ends with one and that holds
/// people's names or addresses (`app_user` with an `email`). A table with no key,
/// a join table of `user_id`s, is none.
fn people_tables(tables: &[Table], entity: &[String]) -> Vec<usize> {
    let mut best: BTreeMap<&str, (usize, usize, usize, usize, usize)> = BTreeMap::new();
    for (i, t) in tables.iter().enumerate() {
        if is_sequin_system_table(&t.name) || entity_key(t).is_none() {
            continue;
        }
        // a versioned table is its entity (Iterable's `user_history`)
        let words = unversioned_words(&entity[i]);
        let last = spelled_out(&words[words.len() - 1]);
        let Some(rank) = PEOPLE_NOUNS.iter().position(|n| spelled_out(n) == last) else {
            continue;
        };
        let whole = words.len() == 1;
        if !whole && !person_shaped(t) {
            continue;
        }
        // (a container's members, keyed by the container, are its memberships: the
        // members of a mailing list are no one who authors anything, Mailchimp's
        // `list_members` with a `list_id` of `lists`; an account's users are the
        // people when no other table is)
        let container = words[..words.len() - 1].join("_");
        let of_container = !whole
            && t.column(&format!("{container}_id")).is_some()
            && entity
                .iter()
                .enumerate()
                .any(|(j, e)| j != i && tables[j].schema == t.schema && *e == container);
        // (by the container's last word: a `mailing_list`'s members are a list's)
        let kind = container.rsplit('_').next().unwrap_or_default();
        if of_container && RECIPIENT_LISTS.contains(&spelled_out(kind).as_str()) {
            continue;
        }
        // (the entity's own table before its copies: `users` before `users_backup`)
        let copy = words.join("_") != entity[i];
        let key = (
            usize::from(of_container),
            usize::from(!whole),
            rank,
            usize::from(copy),
            i,
        );
        let e = best.entry(&t.schema).or_insert(key);
        if key < *e {
            *e = key;
        }
    }
    best.into_values().map(|(.., i)| i).collect()
}

/// Schemas where a link to another record is a bare-named column: Sequin's Airtable
/// schemas (they hold `_airtable_schema`), or any schema with no `*_id` column at all
/// (a sync tool's bookkeeping `_fivetran_id` aside: NetSuite's `currency`, `parent`).
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
        let has = t.columns.iter().any(|c| {
            crate::words::snake_words(&c.name).ends_with("_id") && !is_sync_tool_column(&c.name)
        });
        *with_id_suffix.entry(&t.schema).or_default() |= has;
    }
    // …and that does name tables by bare columns: a schema whose references all sit
    // in jsonb (Airbyte's QuickBooks `CustomerRef`) has no `*_id` column either
    let without_ids: BTreeSet<&str> = with_id_suffix
        .into_iter()
        .filter(|&(schema, has)| !has && count[schema] >= 2)
        .map(|(schema, _)| schema)
        .collect();
    if without_ids.is_empty() {
        return airtable;
    }
    // (each table's singular name, once: it is both a name to find and a column's own)
    let own: Vec<(&Table, String)> = tables
        .iter()
        .filter(|t| without_ids.contains(t.schema.as_str()) && !is_sequin_system_table(&t.name))
        .map(|t| (t, singular_name(&crate::words::snake_words(&t.name))))
        .collect();
    let mut names: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for (t, name) in &own {
        names.entry(&t.schema).or_default().insert(name);
    }
    for schema in without_ids {
        let Some(in_schema) = names.get(schema) else {
            continue;
        };
        let naming_tables = own
            .iter()
            .filter(|(t, _)| t.schema == schema)
            .flat_map(|(t, own)| {
                t.columns.iter().filter(move |c| {
                    let name = singular_name(&crate::words::snake_words(&c.name));
                    name != *own && in_schema.contains(name.as_str())
                })
            })
            .count();
        if naming_tables >= MIN_BARE_LINKS {
            airtable.insert(schema.to_string());
        }
    }
    airtable
}

/// Bare columns named exactly as a table that a schema with no `*_id` column needs
/// to show, to be one whose links are bare.
const MIN_BARE_LINKS: usize = 1;

/// Schemas whose people are referred to by bare role names (Lever's API: `owner`,
/// `user`, `sourcedBy`, `postingHiringManager`): at least
/// [`MIN_BARE_PEOPLE_COLUMNS`] bare singular columns named by a role word or a people
/// noun, and more than twice as many as such columns with an id suffix. A schema's own habit says what a
/// bare `owner` holds; one bare `composer` among `support_rep_id`s says nothing.
fn bare_people_schemas(tables: &[Table]) -> BTreeSet<String> {
    let mut counts: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    // (a schema repeats a few column names across its tables: each is read once)
    let mut seen: HashMap<&str, Option<bool>> = HashMap::new();
    for t in tables.iter().filter(|t| !is_sequin_system_table(&t.name)) {
        for c in &t.columns {
            if c.generated || !id_like(c) || is_sync_tool_column(&c.name) {
                continue;
            }
            let kind = *seen
                .entry(c.name.as_str())
                .or_insert_with(|| bare_people_column(&c.name));
            let Some(bare) = kind else {
                continue;
            };
            let e = counts.entry(&t.schema).or_default();
            if bare {
                e.0 += 1;
            } else {
                e.1 += 1;
            }
        }
    }
    counts
        .into_iter()
        .filter(|(_, (bare, suffixed))| *bare >= MIN_BARE_PEOPLE_COLUMNS && *bare > 2 * suffixed)
        .map(|(s, _)| s.to_string())
        .collect()
}

/// For [`bare_people_schemas`]: is the column a person's by its role, bare (`Some(true)`)
/// or with an id suffix (`Some(false)`)? `None` when it is no person's, or a plural.
fn bare_people_column(name: &str) -> Option<bool> {
    let (stem, suffix) = super::stem::column_stem(name)?;
    let tokens: Vec<&str> = stem.split('_').filter(|w| !w.is_empty()).collect();
    let last = spelled_out(tokens.last()?);
    // (role words and people nouns only: an agent noun is as often a thing, a
    // `manufacturer`, a page's `referrer`; and a `user_agent` is a browser's)
    let person = !stem.ends_with("user_agent")
        && (ROLE_PHRASES.contains(&stem.as_str())
            || tokens.len() >= 2 && last == "by"
            || is_run_together_by_phrase(&stem)
            || ROLE_WORDS.contains(&last.as_str())
            || PEOPLE_NOUNS.contains(&last.as_str()));
    if !person {
        return None;
    }
    match suffix {
        super::stem::Suffix::Bare if singular_name(&last) == last => Some(true),
        super::stem::Suffix::Bare | super::stem::Suffix::BareTyped => None,
        _ => Some(false),
    }
}

/// See [`bare_people_schemas`].
const MIN_BARE_PEOPLE_COLUMNS: usize = 3;

pub(super) use crate::words::squash;

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

/// A table a reference can point at: synced (not Sequin's own), with a key of its own
/// (not only a sync tool's row hash such as `_fivetran_id`).
pub(super) fn relatable(t: &Table) -> bool {
    !is_sequin_system_table(&t.name)
        && t.key_columns()
            .first()
            .is_some_and(|k| !is_sync_tool_column(k))
}

impl<'a> EntityIndex<'a> {
    /// [`relatable`], by index.
    /// `a` and `b` are one entity, or its versioned copy (`product`, `product_history`).
    pub(super) fn one_entity(&self, a: usize, b: usize) -> bool {
        self.base_entity[a] == self.base_entity[b]
    }

    pub(super) fn relatable(&self, t: usize) -> bool {
        relatable(&self.tables[t])
    }

    pub fn new(tables: &'a [Table], primary_schema: &'a str) -> Self {
        let prefixes = source_prefixes(tables);
        let mut by_key: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        let mut by_squashed: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        let mut entity = Vec::with_capacity(tables.len());
        for (i, t) in tables.iter().enumerate() {
            let lower = crate::words::snake_words(&t.name);
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
            if !relatable(t) {
                continue;
            }
            for k in keys {
                by_squashed.entry(squash(&k)).or_default().push(i);
                by_key.entry(k).or_default().push(i);
            }
        }
        let mut by_key_column: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        let mut compound_natural_keys = BTreeMap::new();
        for (i, t) in tables.iter().enumerate() {
            // (a table keyed by its `id`; one whose declared key is another column, its
            // `id` some field, is keyed by that: Mixpanel's `engage.distinct_id`)
            let keyed_by_id = t
                .key_columns()
                .first()
                .is_some_and(|k| k.eq_ignore_ascii_case("id"));
            if is_sequin_system_table(&t.name) || keyed_by_id {
                continue;
            }
            if let Some(k) = t.key_columns().first().filter(|_| relatable(t)) {
                let k = k.to_lowercase();
                // an id, a code that keys a lookup table (AdventureWorks' `currencycode`),
                // a number (the Employees sample's `emp_no`, `customernumber`), or the
                // table's own name (`productlines` keyed by `productline`)
                let own_name = squash(&k) == squash(&entity[i]);
                // (a declared text key of two words or more says what it holds as
                // plainly: Xero keys `TaxRates` by `TaxType`)
                let compound = match t.primary_key.as_slice() {
                    [pk] if pk.to_lowercase() == k => {
                        let words = crate::words::snake_words(pk);
                        words.contains('_')
                            && !is_own_attribute(&words)
                            && t.column(pk)
                                .is_some_and(|c| type_family(&c.base_type) == TypeFamily::String)
                    }
                    _ => false,
                };
                // (a compound key is one whatever its table is called: `AccountTypes`
                // keyed by `AccountType` as `TaxRates` by `TaxType`)
                if compound && key_word_stem(&k).is_none() {
                    let words = crate::words::snake_words(&t.primary_key[0]);
                    let first = words.split('_').next().unwrap_or_default();
                    compound_natural_keys.insert(k.clone(), spelled_out(first));
                }
                if (k.len() >= 5 && key_word_stem(&k).is_some()) || own_name || compound {
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
        let mut by_words: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        let mut by_versioned: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for (key, ts) in &by_key {
            by_words.entry(words_key(key)).or_default().extend(ts);
            if let Some((head, last)) = key.rsplit_once('_') {
                // (a container with a `<entity>_id` of its own holds records of that
                // entity, not the entity: `sensor_data.sensor_id` holds readings)
                let records_of = |t: &usize| {
                    tables[*t]
                        .columns
                        .iter()
                        .any(|c| squash(&c.name.to_lowercase()) == format!("{}id", squash(head)))
                };
                if VERSION_QUALIFIERS.contains(&last) {
                    // (of the entity, singular: `contacts_history` is a `contact`'s)
                    by_versioned
                        .entry(singular_name(head))
                        .or_default()
                        .extend(ts);
                } else if CONTAINER_WORDS.contains(&last) {
                    let holders = ts.iter().filter(|t| !records_of(t));
                    by_versioned
                        .entry(head.to_string())
                        .or_default()
                        .extend(holders);
                }
            }
        }
        let mut by_versioned_words: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for (head, ts) in &by_versioned {
            by_versioned_words
                .entry(words_key(head))
                .or_default()
                .extend(ts);
        }
        for ts in by_words
            .values_mut()
            .chain(by_versioned.values_mut())
            .chain(by_versioned_words.values_mut())
        {
            ts.sort_unstable();
            ts.dedup();
        }
        let people = people_tables(tables, &entity);
        // a people table keyed by the email (Iterable's `user_history`), or declaring
        // no key and holding one (Airbyte's Iterable `users`): an `email` elsewhere is
        // a person's, as a key name is (an email is no surrogate)
        for &p in &people {
            let t = &tables[p];
            let keyed_by_email = t.column("id").is_none()
                && entity_key(t).is_some_and(|k| k.eq_ignore_ascii_case("email"));
            let no_declared_key = t.primary_key.is_empty() && t.unique_columns.is_empty();
            let has_email = t
                .columns
                .iter()
                .any(|c| c.name.eq_ignore_ascii_case("email"));
            if keyed_by_email || no_declared_key && has_email {
                by_key_column.entry("email".into()).or_default().push(p);
            }
        }
        let by_identifier_column = identifier_columns(tables, &entity);
        EntityIndex {
            tables,
            primary_schema,
            by_key,
            by_squashed,
            base_entity: entity
                .iter()
                .map(|e| unversioned_words(e).join("_"))
                .collect(),
            entity,
            bare_link_schemas: bare_link_schemas(tables),
            bare_people_schemas: bare_people_schemas(tables),
            by_last_words,
            by_key_column,
            compound_natural_keys,
            by_words,
            by_versioned,
            by_versioned_words,
            people,
            by_identifier_column,
            words_keys: RefCell::default(),
            self_roles: SELF_ROLES.iter().map(|r| r.to_string()).collect(),
            self_role_keys: SELF_ROLES.iter().map(|r| words_key(r)).collect(),
        }
    }

    pub(super) fn lookup(&self, key: &str) -> &[usize] {
        self.by_key.get(key).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Tables whose name is the same words as `key` (see [`words_key`]).
    /// [`words_key`], remembered.
    pub(super) fn words_key(&self, name: &str) -> String {
        if let Some(k) = self.words_keys.borrow().get(name) {
            return k.clone();
        }
        let k = words_key(name);
        self.words_keys
            .borrow_mut()
            .insert(name.to_string(), k.clone());
        k
    }

    pub(super) fn lookup_words(&self, key: &str) -> &[usize] {
        self.by_words
            .get(&self.words_key(key))
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    pub(super) fn schema_penalty(&self, child: usize, parent: usize) -> f64 {
        let (c, p) = (&self.tables[child], &self.tables[parent]);
        if c.schema == p.schema {
            0.0
        } else if p.schema == self.primary_schema {
            PENALTY_OTHER_SCHEMA / 2.0
        } else {
            PENALTY_OTHER_SCHEMA
        }
    }
}

/// Split `associations_<a>_<b>` into two table entity keys, using the tables that exist.
pub fn association_pair(name: &str, known: &dyn Fn(&str) -> bool) -> Option<(String, String)> {
    let rest = name.strip_prefix("associations_")?;
    let tokens: Vec<&str> = rest.split('_').collect();
    (1..tokens.len()).find_map(|i| {
        let (a, b) = (tokens[..i].join("_"), tokens[i..].join("_"));
        (known(&a) && known(&b)).then_some((a, b))
    })
}

/// The entity a key column names by an identifier word after it (`account_id`,
/// `currencycode`, `emp_no`, `customernumber`, Sage Intacct's `recordno`): the words
/// before, at least two letters; `None` for a key that is a value (`email`, `name`).
pub(super) fn key_word_stem(key: &str) -> Option<&str> {
    ["id", "code", "no", "number", "num", "key"]
        .iter()
        .find_map(|w| {
            let head = key.strip_suffix(w)?;
            let head = head.strip_suffix('_').unwrap_or(head);
            (head.len() >= 2 && !head.ends_with('_')).then_some(head)
        })
}

/// A key's words name an attribute every row may have of its own ([`OWN_ATTRIBUTE_WORDS`]),
/// by any of its words spelled out or all of them run together: `email_address`,
/// `email_addr`, `ip_addr`, `e_mail`, `web_site`, `home_page`.
pub(super) fn is_own_attribute(words: &str) -> bool {
    words
        .split('_')
        .any(|w| OWN_ATTRIBUTE_WORDS.contains(&spelled_out(w).as_ref()))
        || OWN_ATTRIBUTE_WORDS.contains(&squash(words).as_str())
}

/// An entity's words, less the words that make it a versioned copy or another copy of
/// the entity (`worker_history` → `worker`, `old_contacts_backup` → `contact`), the
/// last word left singular again (`contacts_history` names `contact`).
fn unversioned_words(entity: &str) -> Vec<String> {
    let mut words: Vec<&str> = entity.split('_').collect();
    let before = words.len();
    // (a copy noun after a singular name is a compound: `ad_copy` is no copy of `ads`)
    let copy_of = |words: &[&str]| {
        let (last, head) = words.split_last().expect("at least one word");
        is_copy_qualifier(last)
            && (!COPY_NOUNS.contains(last)
                || head.last().is_some_and(|w| crate::words::singular(w) != *w))
    };
    while words.len() > 1 && copy_of(&words) {
        words.pop();
    }
    while words.len() > 1 && is_copy_qualifier(words[0]) {
        words.remove(0);
    }
    if words.len() == before {
        return words.into_iter().map(str::to_string).collect();
    }
    singular_name(&words.join("_"))
        .split('_')
        .map(str::to_string)
        .collect()
}

/// The column that names a table's entity: its key, or the first column of a
/// versioned primary key whose other columns are times (`(email, updated_at)`).
fn entity_key(t: &Table) -> Option<&str> {
    t.key_columns().first().copied().or_else(|| {
        let (first, rest) = t.primary_key.split_first()?;
        let times = rest.iter().all(|k| {
            t.column(k).is_some_and(|c| {
                matches!(c.base_type.as_str(), "timestamp" | "timestamptz" | "date")
            })
        });
        (!rest.is_empty() && times).then_some(first.as_str())
    })
}

/// A table's own identifier: a column named as the table's entity (or its last
/// words) and an identifier word (Sage Intacct's `gl_account.accountno`, Zuora's
/// `account.account_number`), keyed by its squashed name. Another table's column of
/// that name (`ap_bill_item.accountno`), or ending so (`offsetglaccountno`), holds it.
fn identifier_columns(
    tables: &[Table],
    entity: &[String],
) -> BTreeMap<String, Vec<(usize, String)>> {
    let mut out: BTreeMap<String, Vec<(usize, String)>> = BTreeMap::new();
    for (i, t) in tables.iter().enumerate() {
        if is_sequin_system_table(&t.name) || !relatable(t) {
            continue;
        }
        // a versioned table's identifiers are its entity's (`worker_history.worker_code`)
        let words = unversioned_words(&entity[i]);
        // a run-together or mixed-case name shows no words: its tail of four letters
        // or more stands for one (`GlAccount`'s `account`)
        let whole = squash(&words.join("_"));
        for c in &t.columns {
            if c.generated || !id_like(c) || is_sync_tool_column(&c.name) {
                continue;
            }
            let name = squash(&c.name.to_lowercase());
            let named = IDENTIFIER_WORDS.iter().any(|w| {
                name.strip_suffix(w).is_some_and(|head| {
                    (0..words.len()).any(|k| head == squash(&words[k..].join("_")))
                        || (head.len() >= 4 && whole.ends_with(head))
                })
            });
            if named {
                out.entry(name).or_default().push((i, c.name.clone()));
            }
        }
    }
    out
}

//! The rule ladder: every candidate target of a column, from its name, each with a
//! score and the rule that found it.

use std::collections::BTreeSet;

use super::entity::{squash, Candidate, EntityIndex};
use super::rules::*;
use super::stem::{column_stem, strip_vendor_prefix, Suffix};
use crate::catalog::{choose_key, id_like, is_sequin_system_column, is_sequin_system_table, Table};
use crate::words::singular_name;

impl EntityIndex<'_> {
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
        if is_self_role && !self.tables[child].key_columns().is_empty() {
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
pub fn column_candidates(tables: &[Table], index: &EntityIndex) -> Vec<ColumnCandidates> {
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

//! Which column of a target a reference joins, when its name says more than the key:
//! a `_key` joins the target's key column of that name, a key that would need a cast
//! yields to a column that joins without one, and `<x>_id` joins x's `id`.

use super::entity::{squash, Candidate, EntityIndex};
use super::stem::Suffix;
use crate::catalog::{choose_key, id_like, joinable, type_family, Column, TypeFamily};
use crate::words::snake_words;

impl EntityIndex<'_> {
    /// Settles [`Candidate::key`] for the candidates of `col` whose rule named none
    /// (left `None`, the target's key as [`choose_key`] picks it is joined).
    pub(super) fn settle_join_columns(
        &self,
        child: usize,
        col: &Column,
        suffix: Suffix,
        cands: &mut [Candidate],
    ) {
        for c in cands.iter_mut().filter(|c| c.key.is_none()) {
            // (a self reference's same-named column is the column itself)
            if c.table != child {
                c.key = self.named_join_column(c.table, col, suffix);
            }
            if c.key.is_none() {
                c.key = self.id_join_column(c.table, col, suffix);
            }
        }
    }

    /// The column of `target` that `col`'s own name or type settles on, if any.
    fn named_join_column(&self, target: usize, col: &Column, suffix: Suffix) -> Option<String> {
        let table = &self.tables[target];
        let lower = col.name.to_lowercase();
        let named = |n: &str| table.columns.iter().find(|t| t.name.to_lowercase() == n);
        // a `_key` holds the target's own key of that name or its `key`
        // (`license_key` → `license.license_key`, `setting_key` → `setting.key`), not
        // its id; a `recordkey` the target has is no identifier of it
        if suffix == Suffix::Key {
            let own = named(&lower).filter(|t| self.is_identifier_of(target, &t.name));
            if let Some(k) = own.or_else(|| named("key")) {
                return Some(k.name.clone());
            }
        }
        let (key, cast) = choose_key(table, col)?;
        cast.as_ref()?;
        // a key that needs a cast yields to the target's column of this very name that
        // joins without one (Sage Intacct's text `itemid` → `item.itemid`, not the
        // integer `recordno`)
        if let Some(same) = named(&lower).filter(|t| joinable(t, col)) {
            return Some(same.name.clone());
        }
        // …and a number or uuid joins the target's own identifier of its type (a text
        // agrees with anything): unless named as an id of a target whose id is its key
        // (`invoice.account_id int4` → `account.id`, cast), as Workday's
        // `associated_worker_id int4` → `worker_history.worker_code` is not, its `id`
        // being repeated per version
        let typed = matches!(
            type_family(&col.base_type),
            TypeFamily::Number | TypeFamily::Uuid
        );
        let id_named = matches!(suffix, Suffix::Id | Suffix::SquashedId);
        if typed && !(id_named && table.is_unique_key(&key)) {
            return self.joinable_identifier(target, col);
        }
        None
    }

    /// `<x>_id` names x's `id`, whatever key a sync declares (Airbyte keys Intercom's
    /// `teams` by `name`), where that column joins as well as the chosen key does;
    /// unless the key is the column named for x itself (`users.userId`, a stream
    /// with no declared key whose `id` is a shop's custom field) or has the column's
    /// very name.
    fn id_join_column(&self, target: usize, col: &Column, suffix: Suffix) -> Option<String> {
        let table = &self.tables[target];
        let (key, cast) = choose_key(table, col)?;
        let id = table.column("id").filter(|c| id_like(c))?;
        let id_named = matches!(suffix, Suffix::Id | Suffix::SquashedId);
        let own_name = snake_words(&key) == format!("{}_id", self.entity[target]);
        // (nor when the key has the column's very name: `distinct_id` joins Mixpanel's
        // `engage.distinct_id`, whatever its `id` holds)
        let same_name = snake_words(&key) == snake_words(&col.name);
        (key != "id"
            && !own_name
            && !same_name
            && id_named
            && (joinable(id, col) || cast.is_some()))
        .then(|| id.name.clone())
    }

    /// `target`'s own identifier column ([`Self::by_identifier_column`]) that `col`
    /// joins without a cast.
    fn joinable_identifier(&self, target: usize, col: &Column) -> Option<String> {
        self.tables[target]
            .columns
            .iter()
            .filter(|c| joinable(c, col))
            .find(|c| self.is_identifier_of(target, &c.name))
            .map(|c| c.name.clone())
    }

    /// Is `column` one of `table`'s own identifiers (`license.license_key`)?
    fn is_identifier_of(&self, table: usize, column: &str) -> bool {
        self.by_identifier_column
            .get(&squash(&column.to_lowercase()))
            .is_some_and(|found| found.iter().any(|(t, n)| *t == table && n == column))
    }
}

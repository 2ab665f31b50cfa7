//! Which column of a target a reference joins, when its name says more than the key:
//! a `_key` joins the target's key column of that name, and a key that would need a
//! cast yields to a column that joins without one.

use super::entity::{squash, Candidate, EntityIndex};
use super::stem::Suffix;
use crate::catalog::{choose_key, joinable, type_family, Column, TypeFamily};

impl EntityIndex<'_> {
    /// Settles [`Candidate::key`] for the candidates of `col` whose rule named none.
    pub(super) fn settle_join_columns(
        &self,
        child: usize,
        col: &Column,
        suffix: Suffix,
        cands: &mut [Candidate],
    ) {
        let lower = col.name.to_lowercase();
        // (a self reference's same-named column is the column itself)
        for c in cands
            .iter_mut()
            .filter(|c| c.key.is_none() && c.table != child)
        {
            let target = &self.tables[c.table];
            let named = |n: &str| target.columns.iter().find(|t| t.name.to_lowercase() == n);
            // a `_key` holds the target's own key of that name or its `key`
            // (`license_key` → `license.license_key`, `setting_key` → `setting.key`),
            // not its id; a `recordkey` the target has is no identifier of it
            if suffix == Suffix::Key {
                let own = named(&lower).filter(|t| self.is_identifier_of(c.table, &t.name));
                if let Some(k) = own.or_else(|| named("key")) {
                    c.key = Some(k.name.clone());
                    continue;
                }
            }
            let Some((key, cast)) = choose_key(target, col) else {
                continue;
            };
            if cast.is_none() {
                continue;
            }
            // a key that needs a cast yields to the target's column of this very name
            // that joins without one (Sage Intacct's text `itemid` → `item.itemid`, not
            // the integer `recordno`)
            if let Some(same) = named(&lower).filter(|t| joinable(t, col)) {
                c.key = Some(same.name.clone());
                continue;
            }
            // …and a number or uuid joins the target's own identifier of its type (a
            // text agrees with anything): unless named as an id of a target whose id is
            // its key (`invoice.account_id int4` → `account.id`, cast), as Workday's
            // `associated_worker_id int4` → `worker_history.worker_code` is not, its `id`
            // being repeated per version
            let typed = matches!(
                type_family(&col.base_type),
                TypeFamily::Number | TypeFamily::Uuid
            );
            let id_named = matches!(suffix, Suffix::Id | Suffix::SquashedId);
            if typed && !(id_named && target.is_unique_key(&key)) {
                c.key = self.joinable_identifier(c.table, col);
            }
        }
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

//! Keys: which columns of a table a reference may point at.

use super::model::{Column, Table};
use super::types::{id_like, joinable};

/// The columns a reference may point at, best first: `id`, the primary key, then
/// other single-column unique keys (Heroku Connect's `sfid`), and last an `id` that
/// is not unique (a history table keyed by `(id, updated_at)`): a reference may
/// point at it, but only the parent's array relationship can follow it.
impl Table {
    pub fn key_columns(&self) -> Vec<&str> {
        let single_pk = (self.primary_key.len() == 1).then(|| self.primary_key[0].as_str());
        let unique_id = self.is_unique_key("id").then_some("id");
        let wanted = unique_id
            .into_iter()
            .chain(single_pk)
            .chain(self.unique_columns.iter().map(String::as_str))
            .chain(self.own_name_id())
            .chain(std::iter::once("id"));
        let mut keys: Vec<&str> = Vec::new();
        for name in wanted {
            if let Some(c) = self.column(name).filter(|c| id_like(c)) {
                if !keys.contains(&c.name.as_str()) {
                    keys.push(c.name.as_str());
                }
            }
        }
        keys
    }

    /// A table that declares no key at all (an Airbyte stream with no primary key)
    /// is identified by the column named for it, as references to it are named:
    /// `templates.templateId`, `users.userId` (before a `users.id` that may be
    /// anything). Not unique: only the parent's array relationship follows it.
    /// The table's only key is the column named for it ([`Self::own_name_id`]): it
    /// declares none, and has no `id`.
    pub fn keyed_only_by_its_name(&self) -> bool {
        self.own_name_id().is_some() && self.key_columns().len() == 1
    }

    fn own_name_id(&self) -> Option<&str> {
        if !self.primary_key.is_empty() || !self.unique_columns.is_empty() {
            return None;
        }
        // run together or in capitals too (`templateid`, `CAMPAIGNID`), and without a
        // prefix the destination put before the stream's name (`iterable_templates`:
        // its last words)
        let name = crate::words::snake_words(&self.name);
        let words: Vec<&str> = name.split('_').filter(|w| !w.is_empty()).collect();
        // (each column's run-together name once: every phrase of the name is looked up)
        let columns: Vec<(String, &str)> = self
            .columns
            .iter()
            .map(|c| {
                let squashed = crate::words::squash(&crate::words::snake_words(&c.name));
                (squashed, c.name.as_str())
            })
            .collect();
        let id_of = |phrase: &[&str]| {
            let wanted = crate::words::squash(&format!(
                "{}id",
                crate::words::singular_name(&phrase.join("_"))
            ));
            columns
                .iter()
                .find(|(squashed, _)| *squashed == wanted)
                .map(|(_, name)| *name)
        };
        let (k, found) = (0..words.len()).find_map(|k| id_of(&words[k..]).map(|c| (k, c)))?;
        // a table named for two of its ids links them and is neither
        // (`associations_company_deal`, `user_roles`): no word before the one found
        // names another id of the table
        let links = (0..k).any(|i| (i + 1..=k).any(|j| id_of(&words[i..j]).is_some()));
        (!links).then_some(found)
    }

    /// The column alone is the primary key or carries a unique index of its own: one
    /// row per value, so an object relationship to it returns one row.
    pub fn is_unique_key(&self, column: &str) -> bool {
        self.primary_key.len() == 1 && self.primary_key[0] == column
            || self.unique_columns.iter().any(|u| u == column)
    }
}

/// Pick the key column of `parent` that `child_col` should join, and the cast it needs.
pub fn choose_key(parent: &Table, child_col: &Column) -> Option<(String, Option<String>)> {
    let keys = parent.key_columns();
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

#[cfg(test)]
mod tests {
    use crate::testing::*;

    #[test]
    fn a_key_is_unique_only_alone_in_the_primary_key_or_a_unique_index() {
        let mut history = keyless_table("s", "company_history", &[("id", "text")]);
        history.columns.push(col("updated_at", "timestamp"));
        history.primary_key = vec!["id".into(), "updated_at".into()];
        assert!(!history.is_unique_key("id"));
        // a non-unique id is still where a reference points, last
        assert_eq!(history.key_columns(), vec!["id"]);
        history.columns.push(col("uid", "text"));
        history.unique_columns = vec!["uid".into()];
        assert!(history.is_unique_key("uid"));
        assert_eq!(history.key_columns(), vec!["uid", "id"]);
        let t = sequin_table("s", "company", &[]);
        assert!(t.is_unique_key("id"));
        assert_eq!(t.key_columns(), vec!["id"]);
    }

    #[test]
    fn a_table_named_for_two_of_its_ids_is_keyed_by_neither() {
        for (name, cols) in [
            (
                "associations_company_deal",
                &[("company_id", "text"), ("deal_id", "text")][..],
            ),
            (
                "associations_deal_line_item",
                &[("deal_id", "text"), ("line_item_id", "text")],
            ),
            ("user_roles", &[("userId", "int8"), ("roleId", "int8")]),
            (
                "CAMPAIGN_LIST",
                &[("CAMPAIGNID", "int8"), ("LISTID", "int8")],
            ),
        ] {
            let t = keyless_table("s", name, cols);
            assert_eq!(t.key_columns(), Vec::<&str>::new(), "{name}");
            assert!(!t.keyed_only_by_its_name(), "{name}");
        }
        // a destination's prefix that names no id of the table is only a prefix
        let t = keyless_table(
            "s",
            "iterable_templates",
            &[("templateId", "int8"), ("campaignId", "int8")],
        );
        assert_eq!(t.key_columns(), vec!["templateId"]);
    }

    #[test]
    fn a_table_with_no_declared_key_is_identified_by_the_column_named_for_it() {
        let templates = keyless_table(
            "s",
            "templates",
            &[("name", "text"), ("templateId", "numeric")],
        );
        assert_eq!(templates.key_columns(), vec!["templateId"]);
        assert!(!templates.is_unique_key("templateId"));
        let users = keyless_table("s", "users", &[("id", "text"), ("user_id", "text")]);
        assert_eq!(users.key_columns(), vec!["user_id", "id"]);
        // a declared key decides: Fivetran's `deal` keyed by `deal_id`, a history
        // table by `(id, updated_at)`
        let mut history = keyless_table(
            "s",
            "user_history",
            &[("id", "text"), ("user_history_id", "text")],
        );
        history.primary_key = vec!["id".into(), "updated_at".into()];
        assert_eq!(history.key_columns(), vec!["id"]);
        assert!(keyless_table("s", "events", &[("name", "text")])
            .key_columns()
            .is_empty());
    }
}

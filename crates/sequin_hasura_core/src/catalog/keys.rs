//! Keys: which columns of a table a reference may point at.

use super::model::{Column, Table};
use super::types::{id_like, joinable};

/// The columns a reference may point at, best first: `id`, the primary key, then
/// other single-column unique keys (Heroku Connect's `sfid`).
impl Table {
    pub fn key_columns(&self) -> Vec<&str> {
        let single_pk = (self.primary_key.len() == 1).then(|| self.primary_key[0].as_str());
        let wanted = std::iter::once("id")
            .chain(single_pk)
            .chain(self.unique_columns.iter().map(String::as_str));
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

//! Default names of the objects we create: readable, at most 63 bytes (Postgres
//! would truncate a longer name, and two truncated names can become one), and, in a
//! plan, unique: a name another object holds, or that an earlier object of the same
//! plan took, gives way to a stable alternative ([`fitted_name`]). Names the caller
//! passes are never changed: a longer one is refused (22023).

use std::collections::BTreeSet;

use crate::error::ApiResult;
use crate::ident::{fitted_name, QualifiedName};

/// Alternatives tried for one default name before the object is left out of a plan.
pub const MAX_CANDIDATES: u32 = 16;

/// `_<column>`, the default name of a cast column (and of the cast column of a cast
/// view), shortened to fit.
pub fn default_cast_column_name(column: &str) -> String {
    fitted_name(&format!("_{column}"), 0)
}

/// `<table>_<column>_<type>`, the default name of a cast view, shortened to fit.
pub fn default_cast_view_name(table: &str, column: &str, target: &str) -> String {
    fitted_name(&format!("{table}_{column}_{target}"), 0)
}

/// The first of the names `wanted` may take ([`fitted_name`]) that `accept` takes,
/// or `None` when [`MAX_CANDIDATES`] were refused.
pub fn first_accepted(
    wanted: &str,
    mut accept: impl FnMut(&str) -> ApiResult<bool>,
) -> ApiResult<Option<String>> {
    for n in 0..MAX_CANDIDATES {
        let name = fitted_name(wanted, n);
        if accept(&name)? {
            return Ok(Some(name));
        }
    }
    Ok(None)
}

/// The names one plan has given out so far: relations by schema and name, columns by
/// table index and name.
#[derive(Debug, Default)]
pub struct Claimed {
    relations: BTreeSet<QualifiedName>,
    columns: BTreeSet<(usize, String)>,
}

impl Claimed {
    pub fn relation(&self, q: &QualifiedName) -> bool {
        self.relations.contains(q)
    }

    pub fn column(&self, table: usize, name: &str) -> bool {
        self.columns.contains(&(table, name.to_string()))
    }

    pub fn claim_relation(&mut self, q: QualifiedName) {
        self.relations.insert(q);
    }

    pub fn claim_column(&mut self, table: usize, name: &str) {
        self.columns.insert((table, name.to_string()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_names_fit_in_63_bytes() {
        assert_eq!(default_cast_column_name("user_id"), "_user_id");
        let col = "last_modified_by_the_automated_enterprise_integration_flo_by_id";
        let name = default_cast_column_name(col);
        assert_eq!(name.len(), 63);
        assert!(name.starts_with("_last_modified_by"));
        assert_eq!(
            default_cast_view_name("contact", "user_id", "int4"),
            "contact_user_id_int4"
        );
        let view = default_cast_view_name(
            "opportunity_line_item_schedule_history_items",
            "last_modified_by_id",
            "int4",
        );
        assert!(view.len() <= 63, "{view}");
        assert!(view.starts_with("opportunity_line_item_schedule_history_items_last"));
    }

    #[test]
    fn the_first_free_alternative_is_taken() {
        let taken = ["_user_id".to_string(), fitted_name("_user_id", 1)];
        let got = first_accepted("_user_id", |n| Ok(!taken.iter().any(|t| t == n))).unwrap();
        assert_eq!(got, Some(fitted_name("_user_id", 2)));
        assert_eq!(first_accepted("_x", |_| Ok(false)).unwrap(), None);
    }
}

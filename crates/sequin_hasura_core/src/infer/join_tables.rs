//! Join tables: a table holding two or more references and little else.

use std::collections::{BTreeMap, BTreeSet};

use super::entity::{association_pair, EntityIndex};
use super::reference::{round3, Reference};
use super::rules::LINK_ATTRIBUTES;
use crate::catalog::{is_sequin_system_column, RelKind, Table};

/// A join table holds two or more references and little else; mark its references.
pub(super) fn mark_join_tables(tables: &[Table], index: &EntityIndex, refs: &mut [Reference]) {
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

//! Values as evidence of their own: for a column its name could not settle (no name
//! target, or one that holds few of its values), which keys hold its sampled values,
//! among the keys whose shape admits them ([`KeyShape`]); and, for the name's best
//! target, whether the values it lacks have its shape all the same (ids of rows not
//! synced yet) or are of another kind. Bounded: a few keys read per table, once, and at
//! most [`MAX_VALUE_TARGETS`] probes per column.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::measure::{probe_values, ColumnEvidence, ColumnSample, Evidence, Probe};
use super::shape::{distinctive, KeyShape};
use super::source::{
    note_unread, probe_allowed, run_probes, Read, RowSource, SampleRequest, Unread,
};
use crate::catalog::{is_sequin_system_table, type_family, RelKind, Table, TypeFamily};
use crate::error::ApiResult;

/// A name's best target whose key holds fewer than this share of the values leaves the
/// column to its values too.
pub const SHAPE_CHECK_BELOW: f64 = 0.9;
/// Keys probed for one column by its values alone, best shape affinity first.
pub const MAX_VALUE_TARGETS: usize = 8;
/// Share of a column's values a key's shape must admit to be probed.
const MIN_SHAPE_ADMITS: f64 = 0.9;
/// Numeric keys probed for one column by its numbers: all that admit them, or none
/// when more do (too many id spaces to tell apart by a margin).
pub const MAX_NUMBER_TARGETS: usize = 64;
/// Probes by numbers in one call, over every column: columns past it (in table and
/// column order) are left to their names, so a wide schema of numeric ids costs a
/// bounded number of index lookups.
pub const MAX_NUMBER_PROBES: usize = 1024;
/// Numbers below this are counters every table has (`1`, `2`, `3`): never probed by
/// value.
pub const MIN_ID_NUMBER: u64 = 100;

/// Each table's first key column worth reading first keys from and probing: not a
/// Sequin system table, not known unreadable, and probing allowed (see
/// [`probe_allowed`]).
pub(super) fn key_targets<'a>(tables: &'a [Table], unread: &[Unread]) -> Vec<(usize, &'a str)> {
    (0..tables.len())
        .filter(|&t| !is_sequin_system_table(&tables[t].name))
        .filter(|t| !unread.iter().any(|u| u.table == *t))
        .filter_map(|t| Some((t, *tables[t].key_columns().first()?)))
        .filter(|(t, k)| probe_allowed(&tables[*t], k))
        .collect()
}

/// Which tables' first keys hold each value: a column's values are looked up once each,
/// not once per key of its shape (a thousand keys of one shape would cost a thousand
/// searches per value).
struct SeenIn<'a>(HashMap<&'a str, Vec<usize>>);

impl<'a> SeenIn<'a> {
    fn new(first_keys: impl Iterator<Item = (usize, &'a [String])>) -> Self {
        let mut by_value: HashMap<&'a str, Vec<usize>> = HashMap::new();
        for (t, values) in first_keys {
            for v in values {
                let tables = by_value.entry(v.as_str()).or_default();
                if tables.last() != Some(&t) {
                    tables.push(t);
                }
            }
        }
        SeenIn(by_value)
    }

    /// How many of `values` each table's first keys show.
    fn counts(&self, values: &[String]) -> HashMap<usize, usize> {
        let mut counts = HashMap::new();
        for v in values {
            for t in self.0.get(v.as_str()).into_iter().flatten() {
                *counts.entry(*t).or_default() += 1;
            }
        }
        counts
    }
}

/// A key whose first keys read are fewer than were asked for was read whole: which of
/// a column's values it holds is known without a probe, and a key read whole that
/// shows none of them holds none (a wide schema's small tables cost no probes and
/// leave the budget to the keys that may hold the values).
fn read_whole(first: &[String]) -> bool {
    first.len() < super::source::FINGERPRINT_KEYS as usize
}

/// The key holds a value exactly when its text is among the key's as read: a text
/// key, whole numbers spelled plainly on both sides, uuids in lower case with their
/// hyphens (a probe casts, so `12.0` or an upper-case uuid would match where the text
/// does not).
fn spelled_alike(t: &Table, key: &str, first: &[String], values: &[String]) -> bool {
    let plain_number = |v: &String| v.parse::<u64>().is_ok() && (v == "0" || !v.starts_with('0'));
    let plain_uuid = |v: &String| v.len() == 36 && *v == v.to_lowercase();
    match t.column(key).map(|c| type_family(&c.base_type)) {
        Some(TypeFamily::String) => true,
        Some(TypeFamily::Number) => {
            first.iter().all(plain_number) && values.iter().all(plain_number)
        }
        Some(TypeFamily::Uuid) => values.iter().all(plain_uuid),
        _ => false,
    }
}

/// The first keys of each table, read once per call for every use.
#[derive(Default)]
pub struct KeyCache {
    read: BTreeMap<usize, Read<Vec<String>>>,
}

impl KeyCache {
    /// Read the first keys of the `targets` not read yet.
    pub(super) fn ensure(
        &mut self,
        tables: &[Table],
        targets: &[(usize, &str)],
        rows: &mut dyn RowSource,
    ) -> ApiResult<()> {
        let missing: Vec<(usize, &str)> = targets
            .iter()
            .copied()
            .filter(|(t, _)| !self.read.contains_key(t))
            .collect();
        if !missing.is_empty() {
            self.read.extend(rows.first_keys(tables, &missing)?);
        }
        Ok(())
    }

    pub(super) fn keys(&self, t: usize, unread: &mut Vec<Unread>) -> Option<&Vec<String>> {
        match self.read.get(&t)? {
            Ok(k) => Some(k),
            Err(u) => {
                note_unread(unread, t, u);
                None
            }
        }
    }
}

/// The name's best target of each column whose key holds few of its values.
fn unsettled<'a>(
    samples: &'a [(&'a SampleRequest, ColumnSample)],
    evidence: &Evidence,
) -> Vec<&'a (&'a SampleRequest, ColumnSample)> {
    samples
        .iter()
        .filter(|(cc, s)| {
            !s.values.is_empty()
                && match evidence.get(&(cc.child, cc.column.clone())) {
                    None => cc.name_targets.is_empty(),
                    Some(ev) => ev.matches.iter().all(|m| m.rate() < SHAPE_CHECK_BELOW),
                }
        })
        .collect()
}

/// For each column its name could not settle and whose values can tell tables apart
/// (distinctive ids: uuids, hex, tokens), probe the keys whose shape admits its
/// values, best affinity first, and add what they hold to its evidence. Numbers that
/// look like ids ([`id_numbers`]) share id spaces, so they are probed against every
/// numeric key that could hold them, or not at all (see [`MAX_NUMBER_TARGETS`],
/// [`MAX_NUMBER_PROBES`]): only a margin over all of them tells a key apart.
pub fn probe_by_values(
    tables: &[Table],
    samples: &[(&SampleRequest, ColumnSample)],
    evidence: &mut Evidence,
    unread: &mut Vec<Unread>,
    rows: &mut dyn RowSource,
    keys: &mut KeyCache,
) -> ApiResult<()> {
    let unsettled = unsettled(samples, evidence);
    let (columns, numbers): (Vec<_>, Vec<_>) = unsettled
        .into_iter()
        .filter(|(_, s)| distinctive(&s.values) || id_numbers(&s.values))
        .partition(|(_, s)| distinctive(&s.values));
    if columns.is_empty() && numbers.is_empty() {
        return Ok(());
    }
    let targets = key_targets(tables, unread);
    keys.ensure(tables, &targets, rows)?;
    // each key's shape, and which first keys hold each value (what a column's values
    // are looked up in before any probe)
    let mut shapes: Vec<(usize, &str, KeyShape, Option<&[String]>)> = Vec::new();
    let mut first_keys: Vec<(usize, &[String])> = Vec::new();
    for (t, k) in &targets {
        let Some(first) = keys.keys(*t, unread) else {
            continue;
        };
        if let Some(shape) = KeyShape::of_key(first, None) {
            let whole = read_whole(first).then_some(first.as_slice());
            shapes.push((*t, k, shape, whole));
            first_keys.push((*t, first.as_slice()));
        }
    }
    let seen_in = SeenIn::new(first_keys.into_iter());
    let mut planned: Vec<(&SampleRequest, usize, Vec<Probe>)> = Vec::new();
    let mut by_numbers: BTreeSet<(usize, String)> = BTreeSet::new();
    let mut number_probes_left = MAX_NUMBER_PROBES;
    let kinds = columns
        .into_iter()
        .map(|c| (c, false))
        .chain(numbers.into_iter().map(|c| (c, true)));
    for ((cc, sample), is_numbers) in kinds {
        let probed: BTreeSet<usize> = evidence
            .get(&(cc.child, cc.column.clone()))
            .map(|ev| ev.matches.iter().map(|m| m.table).collect())
            .unwrap_or_default();
        // (keys of one shape are told apart first by the values their first keys already
        // show: the key referred to shows some, an unrelated one none)
        let seen = seen_in.counts(&sample.values);
        let mut fitting: Vec<(usize, _, usize, &str)> = shapes
            .iter()
            // never the column's own table: values alone that lie in its own key are a
            // copy of each row's id (Pendo's `rootVersionId` = `id`), not a reference; a
            // self reference is named as one (`parent_id`)
            .filter(|(t, _, _, _)| !(probed.contains(t) || *t == cc.child))
            // a key read whole that shows none of the values holds none
            .filter(|(t, k, _, whole)| {
                !whole.is_some_and(|first| {
                    !seen.contains_key(t) && spelled_alike(&tables[*t], k, first, &sample.values)
                })
            })
            // the first keys show a number's shape, never its range
            .filter(|(_, _, shape, _)| {
                let shape = if is_numbers {
                    shape.clone().without_range()
                } else {
                    shape.clone()
                };
                shape.fit(&sample.values) >= MIN_SHAPE_ADMITS
            })
            .map(|(t, k, shape, _)| {
                // (numbers share id spaces: all that fit are probed, in table order)
                let seen = if is_numbers {
                    0
                } else {
                    seen.get(t).copied().unwrap_or(0)
                };
                (seen, shape.affinity(&sample.values), *t, *k)
            })
            .collect();
        fitting.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
        // numbers share id spaces: a margin means something only over every key that
        // could hold them, so all are probed, or none when too many could
        let limit = if is_numbers {
            if fitting.len() > MAX_NUMBER_TARGETS || fitting.len() > number_probes_left {
                continue;
            }
            number_probes_left -= fitting.len();
            by_numbers.insert((cc.child, cc.column.clone()));
            MAX_NUMBER_TARGETS
        } else {
            MAX_VALUE_TARGETS
        };
        let probes: Vec<Probe> = fitting
            .into_iter()
            .take(limit)
            .filter_map(|(_, _, t, k)| {
                let (probe_type, values) = probe_values(tables[t].column(k)?, &sample.values)?;
                Some(Probe {
                    child: cc.child,
                    column: cc.column.clone(),
                    target: t,
                    key: k.to_string(),
                    probe_type,
                    values,
                    prefix: None,
                })
            })
            .collect();
        if !probes.is_empty() {
            planned.push((cc, sample.values.len(), probes));
        }
    }
    let found = run_probes(tables, planned, true, unread, rows)?;
    // numbers' negative control: each key that holds nearly all of a column's numbers
    // is probed with their neighbours too (one probe per such key)
    let mut decoys: Vec<(&SampleRequest, usize, Vec<Probe>)> = Vec::new();
    for (cc, _, matches) in &found {
        if !by_numbers.contains(&(cc.child, cc.column.clone())) {
            continue;
        }
        let Some(sample) = samples.iter().find(|(s, _)| std::ptr::eq(*s, *cc)) else {
            continue;
        };
        let near = neighbours(&sample.1.values);
        let probes: Vec<Probe> = matches
            .iter()
            .filter(|m| m.rate() >= SHAPE_CHECK_BELOW)
            .filter_map(|m| {
                let (probe_type, values) = probe_values(tables[m.table].column(&m.key)?, &near)?;
                Some(Probe {
                    child: cc.child,
                    column: cc.column.clone(),
                    target: m.table,
                    key: m.key.clone(),
                    probe_type,
                    values,
                    prefix: None,
                })
            })
            .collect();
        if !probes.is_empty() {
            decoys.push((cc, near.len(), probes));
        }
    }
    let decoy_rates: BTreeMap<(usize, String, usize), f64> =
        run_probes(tables, decoys, true, unread, rows)?
            .into_iter()
            .flat_map(|(cc, _, ms)| {
                ms.into_iter()
                    .map(move |m| ((cc.child, cc.column.clone(), m.table), m.rate()))
            })
            .collect();
    for (cc, sampled, found) in found {
        let numbers = by_numbers.contains(&(cc.child, cc.column.clone()));
        let ev = evidence
            .entry((cc.child, cc.column.clone()))
            .or_insert_with(|| ColumnEvidence {
                sampled,
                ..ColumnEvidence::default()
            });
        ev.distinctive |= !numbers;
        ev.numbers_probed |= numbers;
        ev.matches
            .extend(found.into_iter().filter(|m| m.matched > 0).map(|mut m| {
                m.decoy_rate = decoy_rates
                    .get(&(cc.child, cc.column.clone(), m.table))
                    .copied();
                m
            }));
    }
    Ok(())
}

/// Each number's next successor that is not one of `values` (`722, 723` → `724, 724`
/// once: `723` is taken): the numbers a dense key holds as surely as the column's.
fn neighbours(values: &[String]) -> Vec<String> {
    let taken: BTreeSet<u64> = values.iter().filter_map(|v| v.parse().ok()).collect();
    let mut out = BTreeSet::new();
    for &v in &taken {
        let mut n = v;
        while let Some(next) = n.checked_add(1) {
            n = next;
            if !taken.contains(&n) {
                out.insert(n);
                break;
            }
        }
    }
    out.into_iter().map(|n| n.to_string()).collect()
}

/// Numbers that look like ids rather than counters: every value a whole number of
/// at least [`MIN_ID_NUMBER`], and at least [`super::MIN_SAMPLE`] of them. Their id
/// spaces overlap (many tables count from 10000), so a key holding them counts only
/// by its margin over every other key that could (see [`probe_by_values`]).
fn id_numbers(values: &[String]) -> bool {
    values.len() >= super::MIN_SAMPLE
        && values
            .iter()
            .all(|v| v.parse::<u64>().is_ok_and(|n| n >= MIN_ID_NUMBER) && !v.starts_with('0'))
}

/// For each column whose name's best target holds few of its values, whether those
/// values have that key's shape all the same ([`super::measure::TargetMatch::shape_fit`]): a sync
/// still backfilling (the child's rows before the parent's) looks like that, values
/// of another kind do not.
pub fn measure_shapes(
    tables: &[Table],
    samples: &[(&SampleRequest, ColumnSample)],
    evidence: &mut Evidence,
    unread: &mut Vec<Unread>,
    rows: &mut dyn RowSource,
    keys: &mut KeyCache,
) -> ApiResult<()> {
    let mut wanted: Vec<(&SampleRequest, &ColumnSample, usize, &str)> = Vec::new();
    for (cc, sample) in samples {
        let Some((target, key)) = cc.name_targets.first() else {
            continue;
        };
        let Some(ev) = evidence.get(&(cc.child, cc.column.clone())) else {
            continue;
        };
        if ev
            .matches
            .iter()
            .any(|m| m.table == *target && &m.key == key && m.rate() < SHAPE_CHECK_BELOW)
        {
            wanted.push((cc, sample, *target, key.as_str()));
        }
    }
    if wanted.is_empty() {
        return Ok(());
    }
    // one key per table is read: the first one asked for
    let mut seen = BTreeSet::new();
    let targets: Vec<(usize, &str)> = wanted
        .iter()
        .map(|(_, _, t, k)| (*t, *k))
        .filter(|(t, _)| !unread.iter().any(|u| u.table == *t))
        .filter(|(t, _)| seen.insert(*t))
        .collect();
    keys.ensure(tables, &targets, rows)?;
    for (cc, sample, target, key) in wanted {
        // the first keys give a number's shape, never its range
        let Some(shape) = keys
            .keys(target, unread)
            .and_then(|v| KeyShape::of_key(v, None))
            .map(KeyShape::without_range)
        else {
            continue;
        };
        if let Some(m) = evidence
            .get_mut(&(cc.child, cc.column.clone()))
            .and_then(|ev| {
                ev.matches
                    .iter_mut()
                    .find(|m| m.table == target && m.key == key)
            })
        {
            m.shape_fit = Some(shape.fit(&sample.values));
        }
    }
    Ok(())
}

/// Own-key probes in one call, over every table: a wide schema of one id shape (a
/// thousand tables of tokens) costs a bounded number of index lookups; tables past it
/// (in table order) keep their own keys to themselves.
pub const MAX_OWN_KEY_PROBES: usize = 512;
/// Distinct first keys an own key needs to be probed: distinctive ids are in no
/// unrelated key by chance, so two found are a link (a small sync has few reports).
const MIN_OWN_KEYS: usize = 2;

/// How many of its ranked keys each own key is probed against, `budget` probes in all:
/// first to the keys whose first keys show some of its ids (`seen[i]` tables, up to
/// [`MAX_VALUE_TARGETS`] a key), then up to [`MAX_VALUE_TARGETS`] more to every key in
/// turn while the budget lasts. `fitting(i)` counts the keys that fit key `i`: asked
/// only of keys the budget reaches (a wide schema of one shape would cost a scan of
/// every key for every key). A small schema probes every key of the shape; a wide one
/// the likeliest first, whatever the tables' order.
fn share_probes(
    seen: &[usize],
    fitting: &mut dyn FnMut(usize) -> usize,
    budget: usize,
) -> Vec<usize> {
    let mut take = vec![0; seen.len()];
    let mut left = budget;
    for (i, &s) in seen.iter().enumerate() {
        if left == 0 {
            break;
        }
        if s > 0 {
            take[i] = s.min(fitting(i)).min(MAX_VALUE_TARGETS).min(left);
            left -= take[i];
        }
    }
    while left > 0 {
        let mut more = false;
        for (i, t) in take.iter_mut().enumerate() {
            if left == 0 {
                break;
            }
            let len = fitting(i);
            if *t < len {
                let add = (len - *t).min(MAX_VALUE_TARGETS).min(left);
                *t += add;
                left -= add;
                more = true;
            }
        }
        if !more {
            break;
        }
    }
    take
}

/// A table's own key whose values all lie in another table's key extends that table
/// one-to-one: Mailchimp's `reports.id` is the sent campaign's id, Klaviyo's
/// `global_exclusions.id` a suppressed profile's. For each table whose first key no
/// name has sampled, its first keys (already read for their shapes) are probed
/// against the other unique keys whose shape admits them, best affinity first, when
/// they are distinctive ids (never numbers: every serial key holds `1…20`). The
/// evidence is marked [`ColumnEvidence::own_key`]; the inference decides.
pub fn probe_own_keys(
    tables: &[Table],
    requests: &[SampleRequest],
    evidence: &mut Evidence,
    unread: &mut Vec<Unread>,
    rows: &mut dyn RowSource,
    keys: &mut KeyCache,
) -> ApiResult<()> {
    let plain = |t: &Table| matches!(t.kind, RelKind::Table | RelKind::PartitionedTable);
    let targets: Vec<(usize, &str)> = key_targets(tables, unread)
        .into_iter()
        .filter(|(t, _)| plain(&tables[*t]))
        .collect();
    if targets.len() < 2 {
        return Ok(());
    }
    keys.ensure(tables, &targets, rows)?;
    let mut read: Vec<(usize, &str, Vec<String>, KeyShape)> = Vec::new();
    let mut whole: BTreeSet<usize> = BTreeSet::new();
    for (t, k) in &targets {
        let Some(values) = keys.keys(*t, unread) else {
            continue;
        };
        if read_whole(values) {
            whole.insert(*t);
        }
        let mut values = values.clone();
        values.sort();
        values.dedup();
        if let Some(shape) = KeyShape::of_key(&values, None) {
            read.push((*t, k, values, shape));
        }
    }
    let mut owned: Vec<SampleRequest> = Vec::new();
    let mut planned_probes: Vec<Vec<Probe>> = Vec::new();
    let mut sampled: Vec<usize> = Vec::new();
    let probed: Vec<&(usize, &str, Vec<String>, KeyShape)> = read
        .iter()
        .filter(|(a, key, values, _)| {
            let named = requests.iter().any(|r| r.child == *a && r.column == *key)
                || evidence.contains_key(&(*a, key.to_string()));
            !named && values.len() >= MIN_OWN_KEYS && distinctive(values)
        })
        .collect();
    // each own key's fitting keys, best first: keys of one shape are told apart by the
    // first keys already read (the table extended shows some of these ids among its
    // own, an unrelated one none), then by shape affinity, then table order
    let seen_in = SeenIn::new(read.iter().map(|(t, _, values, _)| (*t, values.as_slice())));
    let seen: Vec<HashMap<usize, usize>> = probed
        .iter()
        .map(|(a, _, values, _)| {
            let mut seen = seen_in.counts(values);
            seen.remove(a);
            seen
        })
        .collect();
    // each own key's fitting keys, best first, ranked only when the budget reaches it:
    // keys of one shape are told apart by the first keys already read (the table
    // extended shows some of these ids among its own, an unrelated one none), then by
    // shape affinity, then table order
    let mut ranked: Vec<Option<Vec<(usize, &str)>>> = vec![None; probed.len()];
    let shares = {
        let mut fitting = |i: usize| {
            ranked[i]
                .get_or_insert_with(|| {
                    let (a, _, values, _) = probed[i];
                    let mut fitting: Vec<(usize, _, usize, &str)> = read
                        .iter()
                        .filter(|(b, k, _, _)| b != a && tables[*b].is_unique_key(k))
                        // a key read whole that shows none of the ids holds none
                        .filter(|(b, k, first, _)| {
                            !(whole.contains(b)
                                && !seen[i].contains_key(b)
                                && spelled_alike(&tables[*b], k, first, values))
                        })
                        .filter(|(_, _, _, shape)| shape.fit(values) >= MIN_SHAPE_ADMITS)
                        .map(|(b, k, _, shape)| {
                            let s = seen[i].get(b).copied().unwrap_or(0);
                            (s, shape.affinity(values), *b, *k)
                        })
                        .collect();
                    fitting.sort_by(|x, y| y.0.cmp(&x.0).then(y.1.cmp(&x.1)).then(x.2.cmp(&y.2)));
                    fitting.into_iter().map(|(_, _, b, k)| (b, k)).collect()
                })
                .len()
        };
        let seen_tables: Vec<usize> = seen.iter().map(HashMap::len).collect();
        share_probes(&seen_tables, &mut fitting, MAX_OWN_KEY_PROBES)
    };
    for (((a, key, values, _), fitting), take) in probed.into_iter().zip(ranked).zip(shares) {
        let probes: Vec<Probe> = fitting
            .into_iter()
            .flatten()
            .take(take)
            .filter_map(|(b, k)| {
                let (probe_type, values) = probe_values(tables[b].column(k)?, values)?;
                Some(Probe {
                    child: *a,
                    column: key.to_string(),
                    target: b,
                    key: k.to_string(),
                    probe_type,
                    values,
                    prefix: None,
                })
            })
            .collect();
        if probes.is_empty() {
            continue;
        }
        owned.push(SampleRequest {
            child: *a,
            column: key.to_string(),
            read_column: key.to_string(),
            name_targets: vec![],
            kind_column: None,
        });
        planned_probes.push(probes);
        sampled.push(values.len());
    }
    let planned: Vec<(&SampleRequest, usize, Vec<Probe>)> = owned
        .iter()
        .zip(sampled)
        .zip(planned_probes)
        .map(|((r, n), ps)| (r, n, ps))
        .collect();
    for (r, sampled, found) in run_probes(tables, planned, true, unread, rows)? {
        let matches: Vec<_> = found.into_iter().filter(|m| m.matched > 0).collect();
        if matches.is_empty() {
            continue;
        }
        evidence.insert(
            (r.child, r.column.clone()),
            ColumnEvidence {
                sampled,
                matches,
                distinctive: true,
                own_key: true,
                ..ColumnEvidence::default()
            },
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Principle: a key read whole that shows none of a column's values holds none of
    /// them only when a probe would compare their text: a probe casts, so whole numbers
    /// spelled otherwise (`0123`, `12.00`) and uuids in upper case are probed all the same.
    #[test]
    fn a_key_read_whole_answers_only_for_values_spelled_as_it_is() {
        use crate::testing::keyed_table;
        let strs = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let t = keyed_table(
            "s",
            "t",
            &[
                ("code", "text"),
                ("n", "int4"),
                ("amount", "numeric"),
                ("u", "uuid"),
            ],
            &["code"],
        );
        assert!(read_whole(&strs(&["a", "b"])));
        let twenty: Vec<String> = (0..super::super::source::FINGERPRINT_KEYS)
            .map(|i| i.to_string())
            .collect();
        assert!(!read_whole(&twenty));
        assert!(spelled_alike(&t, "code", &strs(&["A1"]), &strs(&["a1"])));
        assert!(spelled_alike(
            &t,
            "n",
            &strs(&["0", "12"]),
            &strs(&["100", "200"])
        ));
        assert!(!spelled_alike(&t, "n", &strs(&["12"]), &strs(&["0100"])));
        assert!(!spelled_alike(
            &t,
            "amount",
            &strs(&["12.00"]),
            &strs(&["100"])
        ));
        let lower = "6f1c2a9e-1b2c-4d3e-8f40-123456789abc";
        assert!(spelled_alike(&t, "u", &strs(&[lower]), &strs(&[lower])));
        assert!(!spelled_alike(
            &t,
            "u",
            &strs(&[lower]),
            &strs(&[&lower.to_uppercase()])
        ));
        assert!(!spelled_alike(&t, "missing", &strs(&["a"]), &strs(&["a"])));
    }

    /// Principle: the own-key budget goes first to the keys whose first keys show the
    /// ids, then a few probes at a time to every key in turn, so no key is left
    /// unprobed for sorting late while another is probed against keys that show
    /// nothing; never past the budget, and the keys that fit are counted only for
    /// the keys the budget reaches.
    #[test]
    fn the_own_key_budget_is_shared_by_evidence_then_in_turn() {
        let share = |seen: &[usize], len: usize, budget: usize| {
            let mut asked = BTreeSet::new();
            let take = share_probes(
                seen,
                &mut |i| {
                    asked.insert(i);
                    len
                },
                budget,
            );
            (take, asked.len())
        };
        // a small schema: every fitting key of every own key
        assert_eq!(share(&[0, 1], 13, 512).0, vec![13, 13]);
        // a wide one: the seen first, then up to 8 a key in turn
        assert_eq!(share(&[0, 2, 0], 90, 5).0, vec![3, 2, 0]);
        assert_eq!(share(&[0, 0, 9], 90, 8).0, vec![0, 0, 8]);
        assert_eq!(share(&[0, 0, 9], 90, 12).0, vec![4, 0, 8]);
        // a thousand keys, one in three seen: each seen key its probe before the others
        // theirs, and only the keys the budget reaches are counted
        let seen: Vec<usize> = (0..1000).map(|i| usize::from(i % 3 == 2)).collect();
        let (take, asked) = share(&seen, 999, MAX_OWN_KEY_PROBES);
        assert_eq!(take.iter().sum::<usize>(), MAX_OWN_KEY_PROBES);
        assert!(seen.iter().zip(&take).all(|(&s, &t)| s == 0 || t >= 1));
        assert_eq!(take[998], 1);
        assert!(asked < 400, "{asked} keys counted");
        assert_eq!(share(&[], 5, 512).0, Vec::<usize>::new());
    }
}

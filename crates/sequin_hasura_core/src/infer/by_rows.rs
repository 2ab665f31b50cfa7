//! Deciding with rows: the target whose key holds the sampled values; several for a
//! polymorphic column; none when the values match no table, whatever the name says.

use super::by_name::{decide_by_name, make_reference, runner_up_of};
use super::candidates::ColumnCandidates;
use super::entity::EntityIndex;
use super::reference::{round3, Measured, Reference, RunnerUp};
use super::rules::*;
use super::stem::Suffix;
use crate::catalog::Table;
use crate::evidence::{ColumnEvidence, Evidence, TargetMatch, MIN_SAMPLE};
use crate::words::singular_name;

fn measured(ev: &ColumnEvidence, m: &TargetMatch) -> Measured {
    Measured {
        sampled: ev.sampled,
        tested: m.tested,
        matched: m.matched,
        match_rate: round3(m.rate()),
        id_prefix: m.prefix.clone(),
        shape_fit: m.shape_fit.map(round3),
        margin: None,
        decoy_match_rate: m.decoy_rate.map(round3),
    }
}

/// One reference per target of a polymorphic column, each with its share.
fn polymorphic(
    tables: &[Table],
    index: &EntityIndex,
    cc: &ColumnCandidates,
    ev: &ColumnEvidence,
    shares: &[&&TargetMatch],
    total: f64,
    rule: &str,
) -> Vec<Reference> {
    shares
        .iter()
        .filter_map(|m| {
            let role = format!("{}_{}", cc.stem, index.entity[m.table]);
            let mut r = make_reference(
                tables,
                cc,
                m.table,
                0.6 + 0.35 * total,
                vec![rule.into(), "polymorphic".into()],
                &role,
            )?;
            r.polymorphic = true;
            r.measured = Some(measured(ev, m));
            Some(r)
        })
        .collect()
}

/// A kind as a table's name: its last segment (`App\\Models\\User`, `Stripe::Customer`),
/// in snake case, singular (`OneTimeProduct` → `one_time_product`).
fn kind_key(kind: &str) -> String {
    let last = kind.rsplit([':', '\\', '.', '/']).next().unwrap_or(kind);
    let mut snake = String::new();
    let mut prev_lower = false;
    for c in last.chars() {
        if c.is_ascii_uppercase() && prev_lower {
            snake.push('_');
        }
        prev_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
        snake.push(if c == '-' || c == ' ' {
            '_'
        } else {
            c.to_ascii_lowercase()
        });
    }
    singular_name(&snake)
}

/// The tables the kinds beside a column name (`author_type` = `admin` | `team`): each
/// kind that names one table, of the child's schema first.
fn kind_tables(index: &EntityIndex, child: usize, kinds: &[String]) -> Vec<usize> {
    let schema = &index.tables[child].schema;
    let mut found: Vec<usize> = Vec::new();
    for kind in kinds {
        let key = kind_key(kind);
        if key.is_empty() {
            continue;
        }
        let mut named: Vec<usize> = index.lookup(&key).to_vec();
        if named.is_empty() {
            named = index.lookup_words(&key).to_vec();
        }
        if named.iter().any(|&t| &index.tables[t].schema == schema) {
            named.retain(|&t| &index.tables[t].schema == schema);
        }
        if let [t] = named[..] {
            if index.relatable(t) && !found.contains(&t) {
                found.push(t);
            }
        }
    }
    found.sort_unstable();
    found
}

/// A column whose neighbour names two or more tables as the kinds of its rows
/// (`assigned_to_id` with `assigned_to_type` = `admin` | `team`; Rails'
/// `commentable_id` / `commentable_type`) refers to each of them (rule `kind_column`),
/// whatever its values match: a kind written beside each id says more than ids a
/// sync has not brought yet.
pub(super) fn by_kinds(
    tables: &[Table],
    index: &EntityIndex,
    cc: &ColumnCandidates,
    ev: &ColumnEvidence,
) -> Option<Vec<Reference>> {
    let targets = kind_tables(index, cc.child, &ev.kinds);
    if targets.len() < 2 {
        return None;
    }
    let refs: Vec<Reference> = targets
        .into_iter()
        .filter_map(|t| {
            let role = format!("{}_{}", cc.stem, index.entity[t]);
            let mut r = make_reference(
                tables,
                cc,
                t,
                SCORE_KIND_COLUMN,
                vec!["kind_column".into(), "polymorphic".into()],
                &role,
            )?;
            r.polymorphic = true;
            r.measured = ev
                .matches
                .iter()
                .find(|m| m.table == t)
                .map(|m| measured(ev, m));
            Some(r)
        })
        .collect();
    (refs.len() >= 2).then_some(refs)
}

/// Tables that extend another one to one, by their own keys' rows: `(extension, base)`
/// when every first key of `extension` that was probed lies in `base`'s key.
pub(super) type Extensions = std::collections::BTreeSet<(usize, usize)>;

/// The [`Extensions`] the own keys' evidence shows.
pub(super) fn extensions(evidence: &Evidence) -> Extensions {
    evidence
        .iter()
        .filter(|(_, ev)| ev.own_key)
        .flat_map(|((child, _), ev)| {
            ev.matches
                .iter()
                .filter(|m| m.tested > 0 && m.matched == m.tested && m.tested == ev.sampled)
                .map(move |m| (*child, m.table))
        })
        .collect()
}

/// Rows decide: the target whose key holds the values; several for a polymorphic
/// column; none when the values match no table, whatever the name says.
pub(super) fn decide_with_rows(
    tables: &[Table],
    index: &EntityIndex,
    cc: &ColumnCandidates,
    ev: &ColumnEvidence,
    extensions: &Extensions,
) -> Vec<Reference> {
    let name_score = |t: usize| cc.cands.iter().find(|c| c.table == t);
    // in a small sample only id prefixes count, and ids that tell tables apart where
    // the name points nowhere
    let small = !enough_values(cc, ev);
    let mut matches: Vec<&TargetMatch> = ev
        .matches
        .iter()
        .filter(|m| !small || m.prefix.is_some())
        .collect();
    matches.sort_by(|a, b| {
        b.rate()
            .total_cmp(&a.rate())
            .then_with(|| {
                let (sa, sb) = (
                    name_score(a.table).map_or(0.0, |c| c.score),
                    name_score(b.table).map_or(0.0, |c| c.score),
                );
                sb.total_cmp(&sa)
            })
            .then_with(|| {
                tables[a.table]
                    .qualified()
                    .cmp(&tables[b.table].qualified())
            })
    });
    // a hierarchy keyed by one name (AdventureWorks' `businessentityid` keys
    // businessentity, person, employee…): a subtype's keys lie inside its supertype's,
    // so of the keys that hold the values the nearest, with the fewest rows, is the one
    if let Some(top) = matches
        .first()
        .filter(|m| m.rate() >= MIN_VALUE_CONTAINMENT)
    {
        let same_key = |m: &TargetMatch| m.key.eq_ignore_ascii_case(&cc.column);
        let top_rate = top.rate();
        if same_key(top) {
            let nearest = matches
                .iter()
                .enumerate()
                .filter(|(_, m)| same_key(m) && m.rate() >= top_rate - 0.02)
                .min_by(|(i, a), (j, b)| {
                    // an estimate under 0 is unknown (never analysed): no nearer
                    let rows = |t: usize| match tables[t].row_estimate {
                        r if r < 0.0 => f64::INFINITY,
                        r => r,
                    };
                    rows(a.table).total_cmp(&rows(b.table)).then(i.cmp(j))
                })
                .map(|(i, _)| i);
            if let Some(i) = nearest {
                let m = matches.remove(i);
                matches.insert(0, m);
            }
        }
    }
    // a table's own key refers elsewhere only as a one-to-one extension: the other key
    // holds (nearly) all its values
    let own_key = tables[cc.child].primary_key == [cc.column.as_str()];
    if own_key
        && !small
        && matches
            .first()
            .is_none_or(|m| m.rate() < MIN_VALUE_CONTAINMENT)
    {
        return vec![];
    }
    // polymorphic: several prefix-distinct targets, none holding nearly all values
    let by_prefix: Vec<&&TargetMatch> = matches
        .iter()
        .filter(|m| m.prefix.is_some() && m.rate() >= POLYMORPHIC_MIN_SHARE)
        .collect();
    let top_rate = matches.first().map_or(0.0, |m| m.rate());
    if by_prefix.len() >= 2 && top_rate < 0.9 {
        let total: f64 = by_prefix.iter().map(|m| m.rate()).sum::<f64>().min(1.0);
        return polymorphic(tables, index, cc, ev, &by_prefix, total, "id_prefix");
    }
    // …or, with ids that tell tables apart (no uuid is in an unrelated key by chance,
    // so a few hits are a link), several keys that hold disjoint shares of the values
    // and together most of them (`journal.source_id` → invoice, credit note, bank
    // transaction)
    if ev.distinctive && !small && top_rate < 0.9 {
        let shares: Vec<&&TargetMatch> = matches
            .iter()
            .filter(|m| m.matched >= MIN_DISTINCTIVE_HITS)
            .collect();
        let total: f64 = shares.iter().map(|m| m.rate()).sum();
        if shares.len() >= 2
            && (MIN_POLYMORPHIC_TOTAL..=1.0 + DISJOINT_SLACK).contains(&total)
            && shares.iter().any(|m| m.by_values)
        {
            return polymorphic(
                tables,
                index,
                cc,
                ev,
                &shares,
                total.min(1.0),
                "values_contained",
            );
        }
    }
    // a key the name never pointed at counts only if it holds nearly all the values,
    // with distinctive ids or id-like numbers probed against every key that could hold
    // them, by a clear margin over every other key (so an id space two tables share,
    // or a near tie, decides nothing)
    let rates: Vec<(usize, f64)> = matches.iter().map(|m| (m.table, m.rate())).collect();
    // (an entity and its versioned copy are one id space, no rivals; nor is a table
    // that extends another one to one a rival of the table it extends: the ids are the
    // extended table's, as Mailchimp's subscribers removed from an automation are list
    // members; twins, each holding the other's ids, are rivals all the same: which
    // of the two is meant the ids cannot say)
    let extends =
        |o: usize, t: usize| extensions.contains(&(o, t)) && !extensions.contains(&(t, o));
    let runner_up_rate = |t: usize| {
        rates
            .iter()
            .filter(|(o, _)| *o != t && !index.one_entity(*o, t) && !extends(*o, t))
            .map(|(_, r)| *r)
            .fold(0.0, f64::max)
    };
    // (numbers never overturn a name whose key holds some of them: a dense id space
    // holds a partial sync's ids too)
    let name_holds_some = ev
        .matches
        .iter()
        .any(|m| name_score(m.table).is_some() && m.matched > 0);
    // (…nor a sure name at all: a backfill lands children before parents; and a key
    // counts only if it holds the numbers far more than their neighbours)
    let sure_name = cc
        .cands
        .first()
        .is_some_and(|c| c.score >= SCORE_NAME_STANDS);
    let by_numbers = ev.numbers_probed && !name_holds_some && !sure_name;
    let not_dense = |m: &TargetMatch| {
        m.decoy_rate
            .is_some_and(|d| m.rate() - d >= MIN_VALUE_MARGIN)
    };
    matches.retain(|m| {
        !m.by_values
            || name_score(m.table).is_some()
            || ((ev.distinctive || by_numbers && not_dense(m))
                && !small
                && m.rate() >= MIN_VALUE_CONTAINMENT
                && m.rate() - runner_up_rate(m.table) >= MIN_VALUE_MARGIN)
    });
    let Some(best) = matches.first() else {
        return vec![];
    };
    if best.rate() < MIN_MATCH_RATE && small {
        return decide_by_name(tables, cc).into_iter().collect();
    }
    if best.rate() < MIN_MATCH_RATE {
        // the rows contradict the name: keep the name's best, demoted, so the
        // suggestion shows why it was dropped
        let Some(c) = cc.cands.first() else {
            return vec![];
        };
        let name_match = ev.matches.iter().find(|m| m.table == c.table);
        let rate = name_match.map_or(0.0, |m| m.rate());
        // …unless the name is sure and the rows too few to overturn it, or the values
        // have the key's shape all the same: ids of rows the sync has not brought yet
        // (a backfill lands children before parents), not values of another kind. A
        // sure name then stands, a little less sure: confirming a sure name takes
        // little, overturning it takes much.
        let shaped = name_match
            .and_then(|m| m.shape_fit)
            .is_some_and(|fit| fit >= MIN_SHAPE_FIT);
        let too_few = ev.sampled < MIN_SAMPLE_TO_OVERTURN;
        // (a plausible name with an id suffix stands too when both hold: a few values
        // of the key's very shape overturn nothing, as Sage Intacct's `accountkey` →
        // `gl_account` in seeds; a bare name is weak by its form, and its rows decide)
        let suffixed = !matches!(cc.suffix, Suffix::Bare | Suffix::BareTyped);
        let stands = (shaped || too_few) && c.score >= SCORE_NAME_STANDS
            || shaped && too_few && suffixed && c.score >= SCORE_NAME_PLAUSIBLE;
        if stands {
            let Some(mut r) = make_reference(
                tables,
                cc,
                c.table,
                c.score - PENALTY_UNCONFIRMED,
                [c.rules(), vec!["rows_unconfirmed".into()]].concat(),
                &c.role,
            ) else {
                return vec![];
            };
            r.measured = name_match.map(|m| measured(ev, m));
            return vec![r];
        }
        let Some(mut r) = make_reference(
            tables,
            cc,
            c.table,
            c.score.min(0.6) * rate,
            [c.rules(), vec!["rows_contradict".into()]].concat(),
            &c.role,
        ) else {
            return vec![];
        };
        r.measured = ev
            .matches
            .iter()
            .find(|m| m.table == c.table)
            .map(|m| measured(ev, m));
        return vec![r];
    }
    let (score, rules, role) = match name_score(best.table) {
        Some(c) => (c.score, c.rules(), c.role.clone()),
        None if best.prefix.is_some() => (
            SCORE_PREFIX_ONLY,
            vec!["id_prefix".to_string()],
            cc.stem.clone(),
        ),
        None if best.by_values => (
            SCORE_VALUES_CONTAINED,
            vec!["values_contained".to_string()],
            cc.stem.clone(),
        ),
        None => (
            SCORE_VALUES_ONLY,
            vec!["values_match".to_string()],
            cc.stem.clone(),
        ),
    };
    let combined =
        0.5 * score + 0.5 * best.rate() + 0.05 * f64::from(u8::from(best.prefix.is_some()));
    let Some(mut r) = make_reference(
        tables,
        cc,
        best.table,
        combined.min(1.0),
        [rules, vec!["rows_match".into()]].concat(),
        &role,
    ) else {
        return vec![];
    };
    r.measured = Some(measured(ev, best));
    if best.by_values && name_score(best.table).is_none() {
        // the runner-up among every key probed, not only those that could be picked
        let second = ev
            .matches
            .iter()
            .filter(|m| m.table != best.table)
            .max_by(|a, b| a.rate().total_cmp(&b.rate()));
        if let (Some(m), Some(second)) = (r.measured.as_mut(), second) {
            m.margin = Some(round3(best.rate() - second.rate()));
            r.runner_up = Some(RunnerUp {
                table: second.table,
                column: second.key.clone(),
                score: round3(second.rate()),
                rule: "values_contained".into(),
            });
        } else if let Some(m) = r.measured.as_mut() {
            m.margin = Some(round3(best.rate()));
        }
        return vec![r];
    }
    if let Some(second) = matches
        .get(1)
        .filter(|m| m.rate() >= best.rate() - 0.05 && m.rate() >= MIN_MATCH_RATE)
    {
        let (s1, s2) = (
            name_score(best.table).map(|c| c.score),
            name_score(second.table).map(|c| c.score),
        );
        r.runner_up = Some(RunnerUp {
            table: second.table,
            column: second.key.clone(),
            score: round3(0.5 * s2.unwrap_or(0.0) + 0.5 * second.rate()),
            rule: "rows_match".into(),
        });
        if s1 == s2 {
            r.rules.push("tie".into());
            r.confidence = round3(r.confidence * TIE_FACTOR);
        }
    } else if let Some(c) = cc.cands.iter().find(|c| {
        // a name candidate the rows did not contradict
        c.table != best.table
            && ev
                .matches
                .iter()
                .find(|m| m.table == c.table)
                .is_none_or(|m| m.rate() >= MIN_MATCH_RATE)
    }) {
        // the name's other candidates, now outvoted by the rows
        if c.score >= score - RUNNER_UP_WINDOW {
            r.runner_up = runner_up_of(tables, cc, c);
        }
    }
    vec![r]
}

/// Enough values to decide by: [`MIN_SAMPLE`] of them; or, for a column whose name
/// points nowhere (`bulk_coupon_id`, a report's own `id`), [`MIN_FEW_VALUES`] ids
/// that tell tables apart (uuids, hex, long tokens: none is in an unrelated key by
/// chance, so a few found are a link). Where a name points, a few values only
/// confirm it ([`confirmed_by_few_values`]): too few to overturn it.
pub(super) fn enough_values(cc: &ColumnCandidates, ev: &ColumnEvidence) -> bool {
    ev.sampled >= MIN_SAMPLE
        || ev.distinctive
            && ev.sampled >= MIN_FEW_VALUES
            && (cc.cands.is_empty() || found_only_elsewhere(cc, ev))
}

/// A few ids that tell tables apart, every one of them in one key the name never
/// pointed at and none in the key of the name's best target (probed and empty of
/// them), when that name is a guess (a role, an agent noun: under
/// [`SCORE_NAME_STANDS`]): the guess is wrong, not early (Zuora's `invoiceownerid`
/// holds accounts, no user). A backfill explains a parent lacking its children's ids,
/// never another table holding them all; a target holding some of them keeps the
/// name, and a sure name (`contact_id`) takes more than a few values to overturn.
fn found_only_elsewhere(cc: &ColumnCandidates, ev: &ColumnEvidence) -> bool {
    let Some(best) = cc.cands.first().filter(|c| c.score < SCORE_NAME_STANDS) else {
        return false;
    };
    let names_hold_none = ev
        .matches
        .iter()
        .any(|m| m.table == best.table && m.tested > 0)
        && ev
            .matches
            .iter()
            .filter(|m| cc.cands.iter().any(|c| c.table == m.table))
            .all(|m| m.matched == 0);
    names_hold_none
        && ev
            .matches
            .iter()
            .any(|m| m.by_values && m.matched == ev.sampled && m.tested == ev.sampled)
}

/// A few values say little, but not nothing: when every one of them (at least
/// [`MIN_FEW_VALUES`]) is found where a weak name points, the name is confirmed up to
/// [`SCORE_FEW_VALUES_CONFIRM`] (rule `few_values_match`). Bare role columns
/// (`ticket.assignee`) hold few people in a small sync, and their name alone is too
/// weak to keep. Never a tie, never a choice between tables: the name chose, the
/// values only say it is not wrong; never small numbers (`1`, `2`: counters every
/// numeric key holds); and a sure name is left as it is.
pub(super) fn confirmed_by_few_values(mut r: Reference, ev: &ColumnEvidence) -> Reference {
    let all_found = ev.matches.iter().any(|m| {
        m.table == r.parent
            && m.key == r.parent_column
            && m.tested == ev.sampled
            && m.matched == m.tested
    });
    let weak = r.confidence < SCORE_FEW_VALUES_CONFIRM;
    // (small numbers are in every numeric key: found, they confirm nothing)
    if weak
        && all_found
        && !ev.counters
        && ev.sampled >= MIN_FEW_VALUES
        && !r.rules.iter().any(|x| x == "tie")
    {
        r.confidence = SCORE_FEW_VALUES_CONFIRM;
        r.rules.push("few_values_match".into());
        if let Some(m) = ev
            .matches
            .iter()
            .find(|m| m.table == r.parent && m.key == r.parent_column)
        {
            r.measured = Some(measured(ev, m));
        }
    }
    r
}

/// A bare name (`created_by`, no id suffix: weak by its form) whose sampled values,
/// however few, all lack the shape of its target's key and are not in it, holds
/// something else: Mailchimp's `templates.created_by` is a login (`freddieadmin`),
/// no member's hash. The reference is kept, at 0, so the suggestion shows why it was
/// dropped (rule `values_of_another_shape`).
pub(super) fn unlike_its_key(
    cc: &ColumnCandidates,
    mut r: Reference,
    ev: &ColumnEvidence,
) -> Reference {
    if !matches!(cc.suffix, Suffix::Bare | Suffix::BareTyped) {
        return r;
    }
    let Some(m) = ev
        .matches
        .iter()
        .find(|m| m.table == r.parent && m.key == r.parent_column)
    else {
        return r;
    };
    if m.tested > 0 && m.matched == 0 && m.shape_fit == Some(0.0) {
        r.confidence = 0.0;
        r.rules.push("values_of_another_shape".into());
        r.measured = Some(measured(ev, m));
    }
    r
}

//! What reading rows involves, shared by [`super::gather`] and [`super::by_values`]:
//! the [`RowSource`] that reads, what it is asked for, the bounds on what it reads,
//! and why a table may not be read.

use std::collections::BTreeMap;

use super::measure::{Probe, TargetMatch};
use crate::catalog::{RelKind, Table};
use crate::error::ApiResult;

/// Distinct values kept per sampled column.
pub const MAX_DISTINCT: usize = 100;
/// Keys read per table to learn its id prefix.
pub const FINGERPRINT_KEYS: i64 = 20;
/// Longer values are never sampled: no id is that long, and a few megabytes of text
/// in an id-named column must not make the sample too large to hold.
pub const MAX_SAMPLED_CHARS: usize = 256;
/// An unindexed key is probed only on a table estimated smaller than this.
const UNINDEXED_PROBE_LIMIT: f64 = 100_000.0;

/// Why a table's rows could not be read: it is judged by names alone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable {
    pub reason: String,
}

/// What a [`RowSource`] read, or why it could not read that table.
pub type Read<T> = Result<T, Unreadable>;

/// A table whose rows could not be read, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unread {
    pub table: usize,
    pub reason: String,
}

/// Why a read that failed with `sqlstate` leaves its table judged by names, or `None`
/// when the failure must fail the call (a cancel or statement timeout, 57014, above
/// all: reading rows is never a reason to go on after being told to stop). Only what
/// one odd table can cause is skipped: gone (dropped meanwhile), not populated (a
/// materialized view created WITH NO DATA), locked by another session for longer
/// than the short lock_timeout reads run under, refused by row security
/// (`row_security = off`), and values no sample can hold.
pub fn unreadable_reason(sqlstate: &str, message: &str) -> Option<Unreadable> {
    let why = match sqlstate {
        "42P01" => "it was dropped while this call ran",
        "42703" => "one of its columns was dropped while this call ran",
        "55000" => "it is not populated (a materialized view created WITH NO DATA, or not refreshed yet)",
        "55P03" => "another session holds a lock on it, most likely the sync altering it",
        "42501" => "reading it is not allowed here (row security with row_security = off, or a privilege revoked)",
        s if s.starts_with("54") => "its values are too large to sample",
        s if s.starts_with("22") => "its values could not be read as text",
        _ => return None,
    };
    Some(Unreadable {
        reason: format!("{why} ({sqlstate}: {message})"),
    })
}

/// Reads rows for [`gather`]. The extension implements it over SPI; tests use an
/// in-memory fake. A table that cannot be read (see [`unreadable_reason`]) is an
/// `Ok(Err(Unreadable))`, not an error: the call goes on without its rows.
pub trait RowSource {
    /// Distinct non-null values (as text, none longer than [`MAX_SAMPLED_CHARS`]) of
    /// each of `columns`, read from the first `rows` rows of `table`, in any order;
    /// one list per column.
    fn sample(
        &mut self,
        table: &Table,
        columns: &[&str],
        rows: i64,
    ) -> ApiResult<Read<Vec<Vec<String>>>>;
    /// Up to [`FINGERPRINT_KEYS`] non-null values of each `(table, key)`, keyed by the
    /// table's index.
    fn first_keys(
        &mut self,
        tables: &[Table],
        targets: &[(usize, &str)],
    ) -> ApiResult<BTreeMap<usize, Read<Vec<String>>>>;
    /// For each probe, how many of its values its target key holds.
    fn count_matches(&mut self, tables: &[Table], probes: &[&Probe])
        -> ApiResult<Vec<Read<usize>>>;
}

/// One column worth reading rows for, and the targets its name points at
/// (`(table, key column)`, best first).
#[derive(Debug, Clone, PartialEq)]
pub struct SampleRequest {
    pub child: usize,
    pub column: String,
    /// The column whose values are read: `column`, or the generated column that casts
    /// it to its target key's type (`_user_id`): what Hasura will join is measured,
    /// and a dirty value the cast makes NULL counts for nothing.
    pub read_column: String,
    pub name_targets: Vec<(usize, String)>,
    /// The column beside it that says what kind of row each id is (`author_type` for
    /// `author_id`, Rails' `commentable_type`): its values name the tables.
    pub kind_column: Option<String>,
}

/// Plain tables are read; views and foreign tables may be arbitrarily costly, a table
/// the statistics know to be empty has nothing to show, and a table whose reading
/// would run code defined outside pg_catalog (an index expression, a policy) is
/// never read: that code would run as the caller.
pub fn readable(t: &Table) -> bool {
    matches!(
        t.kind,
        RelKind::Table | RelKind::PartitionedTable | RelKind::MaterializedView
    ) && !t.known_empty()
        && t.access.safe_to_read
}

pub(super) fn probe_allowed(t: &Table, key: &str) -> bool {
    let indexed = t.unique_columns.iter().any(|u| u == key) || t.primary_key == [key];
    readable(t)
        && t.column(key).is_some_and(|c| c.selectable)
        && (indexed || t.row_estimate < UNINDEXED_PROBE_LIMIT)
}

/// Note that `table` could not be read (once per table).
pub(super) fn note_unread(unread: &mut Vec<Unread>, table: usize, u: &Unreadable) {
    if !unread.iter().any(|x| x.table == table) {
        unread.push(Unread {
            table,
            reason: u.reason.clone(),
        });
    }
}

/// Run the probes of every planned column (`(request, values sampled, probes)`) in
/// batches, and give each column whose probes all ran its matches, in probe order;
/// a probe whose table cannot be read notes that table and leaves its column out.
pub(super) fn run_probes<'a>(
    tables: &[Table],
    planned: Vec<(&'a SampleRequest, usize, Vec<Probe>)>,
    by_values: bool,
    unread: &mut Vec<Unread>,
    rows: &mut dyn RowSource,
) -> ApiResult<Vec<(&'a SampleRequest, usize, Vec<TargetMatch>)>> {
    let all: Vec<&Probe> = planned.iter().flat_map(|(_, _, ps)| ps.iter()).collect();
    let counts = if all.is_empty() {
        Vec::new()
    } else {
        rows.count_matches(tables, &all)?
    };
    let mut counts = counts.into_iter();
    let mut out = Vec::new();
    for (cc, sampled, probes) in planned {
        let mut matches = Vec::new();
        let mut complete = true;
        for p in probes {
            match counts.next().unwrap_or(Ok(0)) {
                Ok(matched) => matches.push(TargetMatch {
                    table: p.target,
                    key: p.key,
                    tested: sampled,
                    matched,
                    prefix: p.prefix,
                    shape_fit: None,
                    by_values,
                    decoy_rate: None,
                }),
                Err(u) => {
                    note_unread(unread, p.target, &u);
                    complete = false;
                }
            }
        }
        if complete {
            out.push((cc, sampled, matches));
        }
    }
    Ok(out)
}

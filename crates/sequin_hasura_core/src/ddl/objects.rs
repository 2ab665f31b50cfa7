//! The objects a plan or a create call makes, one at a time: what stands at the name
//! an object wants ([`Existing`], [`Standing`]), the statements of a cast column or
//! a cast view ([`Planned`]), and which statement creates what ([`Creation`]).

use super::cast::cast_expression;
use super::naming::{default_cast_column_name, MAX_CANDIDATES};
use super::statements::{add_cast_column, create_cast_view, drop_view};
use crate::catalog::{RelKind, Table};
use crate::error::{ApiError, ApiResult, Code};
use crate::ident::{quote_ident, QualifiedName, MAX_IDENTIFIER_BYTES};
use crate::marker::{Marker, CURRENT_GENERATION};
use crate::words::similar;

/// A relation of the wanted name, as the catalog has it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Existing {
    Absent,
    /// A relation (or column) of that name, with its comment.
    Present {
        comment: Option<String>,
    },
}

impl Existing {
    /// Nothing there, or an object of ours made for `marker` (of any generation).
    pub(super) fn free_or(&self, marker: &Marker) -> bool {
        match self {
            Existing::Absent => true,
            Existing::Present { comment } => {
                comment.as_deref().and_then(Marker::parse).as_ref() == Some(marker)
            }
        }
    }
}

/// Looks up whether a relation of a given name exists.
pub trait ExistingLookup {
    fn relation(&self, name: &QualifiedName) -> ApiResult<Existing>;
}

/// What kind of object a statement creates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ObjectKind {
    Column,
    View,
}

/// An object a plan creates: the statement that creates it (an index into the
/// statements it belongs to), and whether its name was free when the plan was made.
/// Only then can "it already exists" mean another session created it meanwhile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Creation {
    pub statement: usize,
    pub kind: ObjectKind,
    /// As shown: `schema.table.column` or `schema.view`.
    pub name: String,
    pub was_absent: bool,
}

/// What one create call would do.
#[derive(Debug, Clone, PartialEq)]
pub struct Planned {
    /// The object's name (column or view).
    pub name: String,
    pub marker: Marker,
    /// Empty when an identical object exists already (a re-run).
    pub statements: Vec<String>,
    /// The object `statements` create, if any.
    pub creation: Option<Creation>,
}

pub(super) fn check_identifier(what: &str, name: &str) -> ApiResult<()> {
    if name.is_empty() || name.len() > MAX_IDENTIFIER_BYTES {
        return Err(ApiError::new(
            Code::InvalidParameter,
            format!("{what} \"{name}\" must be 1 to {MAX_IDENTIFIER_BYTES} bytes long"),
        )
        .hint("Postgres would silently truncate a longer name; choose a shorter one"));
    }
    Ok(())
}

/// No default name left for `what`: every alternative is taken.
pub(super) fn no_free_name(what: &str, wanted: &str) -> ApiError {
    ApiError::new(
        Code::DuplicateTable,
        format!(
            "no free name for {what}: \"{wanted}\" and its {} alternatives are taken",
            MAX_CANDIDATES - 1
        ),
    )
}

pub(super) fn unknown_column(t: &Table, col: &str) -> ApiError {
    let names: Vec<String> = t.columns.iter().map(|c| c.name.clone()).collect();
    let close = similar(col, &names, 3);
    ApiError::new(
        Code::UndefinedColumn,
        format!(
            "column \"{col}\" of relation \"{}\" does not exist",
            t.qualified()
        ),
    )
    .hint(if close.is_empty() {
        "the name is case-sensitive; check it with \\d".to_string()
    } else {
        format!("similar columns: {}", close.join(", "))
    })
}

/// What stands at the name an object of ours wants.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// Nothing: create it.
    Absent,
    /// This very object, made by this release: nothing to do.
    Current,
    /// This object, made by an older release (its SQL had the flaws this one fixes):
    /// re-create it.
    Stale,
}

/// What an existing relation (or column) of the wanted name is: nothing, ours with
/// this marker (of this generation or an older one), or something else (an error).
pub fn check_existing(
    what: &str,
    name: &str,
    existing: &Existing,
    marker: &Marker,
) -> ApiResult<Standing> {
    let found = match existing {
        Existing::Absent => return Ok(Standing::Absent),
        Existing::Present { comment } => comment
            .as_deref()
            .and_then(Marker::parse_with_generation)
            .filter(|(m, _)| m == marker),
    };
    match found {
        Some((_, generation)) if generation >= CURRENT_GENERATION => Ok(Standing::Current),
        Some(_) => Ok(Standing::Stale),
        None => {
            let code = if what == "column" {
                Code::DuplicateColumn
            } else {
                Code::DuplicateTable
            };
            Err(ApiError::new(
                code,
                format!("{what} \"{name}\" already exists and is not this {what}"),
            )
            .hint(format!(
                "pass another name for the new {what}, or drop the existing one first"
            )))
        }
    }
}

/// The creation `statements` (for an object standing as `standing`) make: the first
/// statement, or the second after a stale view's `DROP VIEW`.
pub(super) fn creation(
    kind: ObjectKind,
    name: String,
    standing: Standing,
    statements: &[String],
) -> Option<Creation> {
    let statement = usize::from(kind == ObjectKind::View && standing == Standing::Stale);
    (statement < statements.len()).then_some(Creation {
        statement,
        kind,
        name,
        was_absent: standing == Standing::Absent,
    })
}

/// A generated cast column on `table`, named `new_column` (default `_<column>`,
/// shortened to fit).
pub fn plan_cast_column(
    table: &Table,
    column: &str,
    target: &str,
    new_column: Option<&str>,
) -> ApiResult<Planned> {
    if !matches!(table.kind, RelKind::Table | RelKind::PartitionedTable) {
        return Err(ApiError::new(
            Code::InvalidParameter,
            format!("\"{}\" is not a table", table.qualified()),
        )
        .hint("a generated column can only be added to a table; use sequin_hasura_create_cast_view for a view"));
    }
    let source = table
        .column(column)
        .ok_or_else(|| unknown_column(table, column))?;
    let name = new_column.map_or_else(|| default_cast_column_name(column), str::to_string);
    check_identifier("column", &name)?;
    let expression = cast_expression(&quote_ident(column), &source.base_type, target)?;
    let marker = Marker::CastColumn {
        column: column.into(),
        type_name: target.into(),
    };
    let existing = match table.column(&name) {
        None => Existing::Absent,
        Some(c) => Existing::Present {
            comment: c.marker.clone().filter(|_| c.generated),
        },
    };
    let standing = check_existing("column", &name, &existing, &marker)?;
    let statements = match standing {
        Standing::Current => vec![],
        standing => add_cast_column(
            &QualifiedName::new(&table.schema, &table.name),
            &name,
            &format!("pg_catalog.{target}"),
            &expression,
            &marker,
            standing == Standing::Stale,
        ),
    };
    let shown = format!("{}.{name}", table.qualified());
    Ok(Planned {
        creation: creation(ObjectKind::Column, shown, standing, &statements),
        name,
        marker,
        statements,
    })
}

/// The marker and cast expression of a cast view of `table.column` whose cast column
/// is `cast_column`.
pub(super) fn cast_view_marker(
    table: &Table,
    column: &str,
    target: &str,
    cast_column: &str,
) -> ApiResult<(Marker, String)> {
    let source = table
        .column(column)
        .ok_or_else(|| unknown_column(table, column))?;
    let key = table.key_columns().first().map(|k| k.to_string()).ok_or_else(|| {
        ApiError::new(Code::InvalidParameter, format!("\"{}\" has no key column", table.qualified()))
            .hint("the view relates back to its table through `id`, the primary key or a unique column")
    })?;
    check_identifier("column", cast_column)?;
    if cast_column == key || cast_column == column {
        return Err(ApiError::new(
            Code::DuplicateColumn,
            format!("the cast column cannot be named \"{cast_column}\""),
        )
        .hint("the view already has a column of that name"));
    }
    let expression = cast_expression(
        &format!("b.{}", quote_ident(column)),
        &source.base_type,
        target,
    )?;
    let marker = Marker::CastView {
        base: QualifiedName::new(&table.schema, &table.name),
        key,
        column: column.into(),
        cast_column: cast_column.into(),
        type_name: target.into(),
    };
    Ok((marker, expression))
}

/// A narrow cast view over `table`, named `view` (default `<table>_<column>_<type>`
/// in the table's schema), its cast column named `new_column` (default `_<column>`).
pub fn plan_cast_view(
    table: &Table,
    column: &str,
    target: &str,
    view: QualifiedName,
    new_column: Option<&str>,
    existing: &Existing,
) -> ApiResult<Planned> {
    table
        .column(column)
        .ok_or_else(|| unknown_column(table, column))?;
    check_identifier("view", &view.name)?;
    let cast_column = new_column.map_or_else(|| default_cast_column_name(column), str::to_string);
    let (marker, expression) = cast_view_marker(table, column, target, &cast_column)?;
    let standing = check_existing("view", &view.display(), existing, &marker)?;
    let statements = match standing {
        Standing::Current => vec![],
        standing => replacing(
            standing,
            &view,
            create_cast_view(&view, &expression, &marker),
        ),
    };
    Ok(Planned {
        creation: creation(ObjectKind::View, view.display(), standing, &statements),
        name: view.name,
        marker,
        statements,
    })
}

/// `statements` creating `view`, after dropping the stale one when there is one.
pub(super) fn replacing(
    standing: Standing,
    view: &QualifiedName,
    statements: Vec<String>,
) -> Vec<String> {
    match standing {
        Standing::Stale => std::iter::once(drop_view(view)).chain(statements).collect(),
        _ => statements,
    }
}

//! The sync's own DDL always goes through. At `ddl_command_start` this reads the
//! statement's parse tree (exact: PostgreSQL's own parser already ran) for the tables
//! it drops and the columns it retypes or drops, and has
//! `_sequin_hasura.step_aside()` drop our cast columns and views that would block it,
//! recording them as pending; `ddl_command_end` brings them back through
//! `_sequin_hasura.recreation()`, planned by the core (`ddl::sync`). Statements that
//! touch nothing of that kind (ADD COLUMN, the common case) cost a node-tag check.

use std::cell::RefCell;
use std::ffi::CStr;

use pgrx::pg_sys;
use pgrx::prelude::*;

use sequin_hasura_core::ddl::sync::{recreate, Pending};
use sequin_hasura_core::ident::QualifiedName;

use super::transaction::InternalDdl;

thread_local! {
    /// The tables a `CREATE TABLE … (LIKE …)` under way copies: `ddl_command_end`
    /// drops the copies of our cast columns from the new table.
    static LIKE_SOURCES: RefCell<Vec<pg_sys::Oid>> = const { RefCell::new(Vec::new()) };
}

/// What a statement is about to do that our objects could block.
#[derive(Default)]
struct Targets {
    dropped: Vec<pg_sys::Oid>,
    changed: Vec<(pg_sys::Oid, String)>,
    renamed: Vec<pg_sys::Oid>,
}

/// # Safety
/// `list` is a valid `List` of node pointers, or null.
unsafe fn nodes(list: *mut pg_sys::List) -> Vec<*mut pg_sys::Node> {
    if list.is_null() {
        return vec![];
    }
    (0..(*list).length as usize)
        .map(|i| (*(*list).elements.add(i)).ptr_value as *mut pg_sys::Node)
        .collect()
}

/// # Safety
/// `rv` is a valid `RangeVar`.
unsafe fn relation(rv: *mut pg_sys::RangeVar) -> Option<pg_sys::Oid> {
    if rv.is_null() {
        return None;
    }
    let oid = pg_sys::RangeVarGetRelidExtended(
        rv,
        pg_sys::NoLock as pg_sys::LOCKMODE,
        pg_sys::RVROption::RVR_MISSING_OK,
        None,
        std::ptr::null_mut(),
    );
    (oid != pg_sys::InvalidOid).then_some(oid)
}

/// # Safety
/// `tree` is the parse tree of the statement the event trigger fires for.
unsafe fn targets(tree: *mut pg_sys::Node) -> Targets {
    let mut t = Targets::default();
    if tree.is_null() {
        return t;
    }
    match (*tree).type_ {
        pg_sys::NodeTag::T_DropStmt => {
            let stmt = tree as *mut pg_sys::DropStmt;
            if (*stmt).removeType == pg_sys::ObjectType::OBJECT_TABLE {
                for names in nodes((*stmt).objects) {
                    let rv = pg_sys::makeRangeVarFromNameList(names as *mut pg_sys::List);
                    t.dropped.extend(relation(rv));
                }
            }
        }
        pg_sys::NodeTag::T_CreateStmt => {
            let stmt = tree as *mut pg_sys::CreateStmt;
            for element in nodes((*stmt).tableElts) {
                if (*element).type_ == pg_sys::NodeTag::T_TableLikeClause {
                    let like = element as *mut pg_sys::TableLikeClause;
                    if let Some(source) = relation((*like).relation) {
                        LIKE_SOURCES.with(|l| l.borrow_mut().push(source));
                    }
                }
            }
        }
        pg_sys::NodeTag::T_RenameStmt => {
            let stmt = tree as *mut pg_sys::RenameStmt;
            if (*stmt).renameType == pg_sys::ObjectType::OBJECT_TABLE {
                t.renamed.extend(relation((*stmt).relation));
            }
        }
        pg_sys::NodeTag::T_AlterTableStmt => {
            let stmt = tree as *mut pg_sys::AlterTableStmt;
            let Some(rel) = relation((*stmt).relation) else {
                return t;
            };
            for cmd in nodes((*stmt).cmds) {
                if (*cmd).type_ != pg_sys::NodeTag::T_AlterTableCmd {
                    continue;
                }
                let cmd = cmd as *mut pg_sys::AlterTableCmd;
                let retypes_or_drops = (*cmd).subtype == pg_sys::AlterTableType::AT_AlterColumnType
                    || (*cmd).subtype == pg_sys::AlterTableType::AT_DropColumn;
                if retypes_or_drops && !(*cmd).name.is_null() {
                    let column = CStr::from_ptr((*cmd).name).to_string_lossy().into_owned();
                    t.changed.push((rel, column));
                }
            }
        }
        _ => {}
    }
    t
}

/// The `ddl_command_start` event trigger function (declared in
/// `src/sql/event_trigger.sql`). Never raises: `step_aside` catches its own errors.
#[no_mangle]
pub extern "C" fn pg_finfo_sequin_hasura_on_ddl_command_start() -> &'static pg_sys::Pg_finfo_record
{
    const V1: pg_sys::Pg_finfo_record = pg_sys::Pg_finfo_record { api_version: 1 };
    &V1
}

/// # Safety
/// Called by PostgreSQL as an event trigger function.
#[pg_guard]
#[no_mangle]
pub unsafe extern "C-unwind" fn sequin_hasura_on_ddl_command_start(
    fcinfo: pg_sys::FunctionCallInfo,
) -> pg_sys::Datum {
    let context = (*fcinfo).context;
    if InternalDdl::active()
        || context.is_null()
        || (*context).type_ != pg_sys::NodeTag::T_EventTriggerData
    {
        return pg_sys::Datum::from(0);
    }
    let data = context as *mut pg_sys::EventTriggerData;
    let t = targets((*data).parsetree);
    if t.dropped.is_empty() && t.changed.is_empty() && t.renamed.is_empty() {
        return pg_sys::Datum::from(0);
    }
    let reason = CStr::from_ptr(pg_sys::GetCommandTagName((*data).tag))
        .to_string_lossy()
        .to_lowercase();
    let (tables, columns): (Vec<pg_sys::Oid>, Vec<String>) = t.changed.into_iter().unzip();
    let _ours = InternalDdl::begin();
    let result = Spi::run_with_args(
        "SELECT _sequin_hasura.step_aside($1, $2, $3, $4, $5)",
        &[
            t.dropped.into(),
            tables.into(),
            columns.into(),
            t.renamed.into(),
            reason.into(),
        ],
    );
    if let Err(e) = result {
        pgrx::warning!("pg_sequin_hasura could not step out of the way: {e}");
    }
    pg_sys::Datum::from(0)
}

/// `_sequin_hasura.like_sources()`: the tables the statement that just ended copied
/// with `LIKE` (NULL when none), forgotten once read.
#[pg_extern(sql = false)]
fn sequin_hasura_like_sources() -> Option<Vec<pg_sys::Oid>> {
    let sources = LIKE_SOURCES.with(|l| std::mem::take(&mut *l.borrow_mut()));
    (!sources.is_empty()).then_some(sources)
}

/// `_sequin_hasura.recreation(id)`: the statements that bring pending object `id`
/// back, NULL while what it stands on is missing.
#[pg_extern(sql = false)]
fn sequin_hasura_recreation(id: i64) -> Option<Vec<String>> {
    // the pending row, read once: (schema, name, column, marker)
    let row = Spi::connect(|c| {
        let rows = c.select(
            "SELECT object_schema, object_name, column_name, marker FROM _sequin_hasura.pending WHERE id = $1",
            Some(1),
            &[id.into()],
        )?;
        if rows.is_empty() {
            return Ok(None);
        }
        let row = rows.first();
        Ok::<_, pgrx::spi::SpiError>(Some((
            row.get::<String>(1)?,
            row.get::<String>(2)?,
            row.get::<String>(3)?,
            row.get::<String>(4)?,
        )))
    })
    .ok()
    .flatten()?;
    let (Some(schema), Some(name), column, Some(marker)) = row else {
        return None;
    };
    let pending = Pending {
        relation: QualifiedName::new(&schema, &name),
        column,
        marker,
    };
    // the schemas it may stand on: its own and its marker's tables'
    let mut schemas = vec![schema];
    if let Some(m) = sequin_hasura_core::marker::Marker::parse(&pending.marker) {
        for q in m.view_bases() {
            if !schemas.contains(&q.schema) {
                schemas.push(q.schema);
            }
        }
    }
    let tables = super::catalog::load_tables(&schemas).ok()?;
    recreate(&tables, &pending).ok().flatten()
}

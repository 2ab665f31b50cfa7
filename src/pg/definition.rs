//! Whether a view holds a given query, as PostgreSQL itself deparses both: the view's
//! stored query, and ours parsed and analysed (never run), each printed by
//! `pg_get_querydef` in the same session, so both print alike.

use std::ffi::{CStr, CString};

use pgrx::pg_sys;
use pgrx::prelude::*;

use sequin_hasura_core::ddl::trust::DefinitionCheck;
use sequin_hasura_core::error::ApiResult;
use sequin_hasura_core::ident::QualifiedName;

use super::internal;

pub struct Deparsed;

/// Parse, analyse and deparse one SELECT of ours. Analysis resolves names and takes
/// ACCESS SHARE on the tables it names, as reading them would; nothing runs.
fn deparse_ours(query: &str) -> Option<String> {
    let sql = CString::new(query).ok()?;
    // SAFETY: a NUL-terminated query of our own making; the parse tree and the
    // analysed query live in the current memory context for the rest of the call,
    // and errors are raised the Postgres way through pgrx's guard.
    unsafe {
        let list = pg_sys::pg_parse_query(sql.as_ptr());
        if list.is_null() || (*list).length != 1 {
            return None;
        }
        let raw = (*(*list).elements).ptr_value as *mut pg_sys::RawStmt;
        let analysed = pg_sys::parse_analyze_fixedparams(
            raw,
            sql.as_ptr(),
            std::ptr::null(),
            0,
            std::ptr::null_mut(),
        );
        printed(analysed)
    }
}

/// # Safety
/// `query` is a valid analysed query of our own (a copy).
unsafe fn printed(query: *mut pg_sys::Query) -> Option<String> {
    // Columns print qualified only when the range table holds more than one entry,
    // and a view's stored query holds two more (OLD and NEW) before PostgreSQL 16:
    // an unused copy of the one entry makes both print alike on every version.
    let rtable = (*query).rtable;
    if !rtable.is_null() && (*rtable).length == 1 {
        let only = pg_sys::copyObjectImpl((*(*rtable).elements).ptr_value);
        (*query).rtable = pg_sys::lappend(rtable, only);
    }
    let text = pg_sys::pg_get_querydef(query, false);
    (!text.is_null()).then(|| CStr::from_ptr(text).to_string_lossy().into_owned())
}

/// The stored query of view `oid`, deparsed.
fn deparse_view(oid: pg_sys::Oid) -> Option<String> {
    // SAFETY: the view exists (its oid was just looked up in this transaction) and is
    // opened with ACCESS SHARE; its query is copied out of the relcache before use.
    unsafe {
        let rel = pg_sys::relation_open(oid, pg_sys::AccessShareLock as pg_sys::LOCKMODE);
        let query = pg_sys::copyObjectImpl(pg_sys::get_view_query(rel).cast()).cast();
        pg_sys::relation_close(rel, pg_sys::AccessShareLock as pg_sys::LOCKMODE);
        printed(query)
    }
}

impl DefinitionCheck for Deparsed {
    fn same_definition(&mut self, view: &QualifiedName, query: &str) -> ApiResult<bool> {
        let oid = Spi::get_one_with_args::<pg_sys::Oid>(
            "SELECT (SELECT c.oid FROM pg_catalog.pg_class c WHERE c.oid = pg_catalog.to_regclass($1) AND c.relkind = 'v')",
            &[view.quoted().into()],
        )
        .map_err(internal)?;
        let Some(oid) = oid else {
            return Ok(false);
        };
        Ok(deparse_view(oid)
            .zip(deparse_ours(query))
            .is_some_and(|(stored, ours)| stored == ours))
    }
}

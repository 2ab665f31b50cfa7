//! What this backend remembers until its transaction ends: whether our own DDL is
//! under way (the event triggers skip it), and the announcements to send.
//!
//! `NOTIFY sequin_hasura` for the event trigger is sent only when it is safe: at the
//! commit of the DDL's transaction (a NOTIFY inside it would make `PREPARE
//! TRANSACTION` fail), only when the notification queue has room (a full queue would
//! make the COMMIT fail), and never for a transaction that is prepared or aborted.
//! The flag row is the record; the NOTIFY is only a wake-up.

use std::cell::RefCell;
use std::sync::atomic::{AtomicBool, Ordering};

use pgrx::pg_sys;
use pgrx::prelude::*;
use pgrx::IntoDatum;

/// True only while `execute::run` (or a trigger re-creating our objects) runs our own DDL: the event trigger skips what it sees
/// then. Backend memory, not a setting, so no role can switch flagging off.
static INTERNAL_DDL: AtomicBool = AtomicBool::new(false);

/// `_sequin_hasura.internal_ddl()`, declared in `src/sql/event_trigger.sql`.
#[pg_extern(sql = false)]
fn sequin_hasura_internal_ddl() -> bool {
    InternalDdl::active()
}

/// `_sequin_hasura.internal_ddl_begin()` / `_end()`: the triggers mark the DDL they
/// run themselves (EXECUTE revoked from PUBLIC; reset at transaction end anyway).
#[pg_extern(sql = false)]
fn sequin_hasura_internal_ddl_begin() {
    std::mem::forget(InternalDdl::begin());
}

#[pg_extern(sql = false)]
fn sequin_hasura_internal_ddl_end() {
    INTERNAL_DDL.store(false, Ordering::Relaxed);
}

/// Our own DDL under way: set by `begin`, cleared when the guard is dropped, and in
/// any case when the transaction ends.
pub struct InternalDdl;

impl InternalDdl {
    pub fn active() -> bool {
        INTERNAL_DDL.load(Ordering::Relaxed)
    }

    pub fn begin() -> InternalDdl {
        Self::set(true);
        InternalDdl
    }

    /// Set or clear the flag; setting it makes sure the transaction's end clears it.
    pub fn set(on: bool) {
        if on {
            reset_at_transaction_end();
        }
        INTERNAL_DDL.store(on, Ordering::Relaxed);
    }
}

impl Drop for InternalDdl {
    fn drop(&mut self) {
        INTERNAL_DDL.store(false, Ordering::Relaxed);
    }
}

/// Above this share of the queue in use, commits send no NOTIFY.
const MAX_QUEUE_USAGE: f64 = 0.5;
/// PostgreSQL refuses longer payloads (8000 bytes); ours are far shorter.
const MAX_PAYLOAD: usize = 4000;

thread_local! {
    static PENDING: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}
static REGISTERED: AtomicBool = AtomicBool::new(false);

/// `_sequin_hasura.announce(payload)`, declared in `src/sql/event_trigger.sql`.
#[pg_extern(sql = false)]
fn sequin_hasura_announce(payload: &str) {
    if payload.len() > MAX_PAYLOAD {
        return;
    }
    reset_at_transaction_end();
    PENDING.with(|p| {
        let mut p = p.borrow_mut();
        if !p.iter().any(|q| q == payload) {
            p.push(payload.to_string());
        }
    });
}

/// Make sure the transaction-end callback is registered (once per backend).
pub fn reset_at_transaction_end() {
    if !REGISTERED.swap(true, Ordering::Relaxed) {
        // SAFETY: registered once per backend; the callback is a plain function.
        unsafe { pg_sys::RegisterXactCallback(Some(at_transaction_end), std::ptr::null_mut()) };
    }
}

#[pg_guard]
unsafe extern "C-unwind" fn at_transaction_end(
    event: pg_sys::XactEvent::Type,
    _arg: *mut std::ffi::c_void,
) {
    if event != pg_sys::XactEvent::XACT_EVENT_PRE_COMMIT
        && event != pg_sys::XactEvent::XACT_EVENT_PRE_PREPARE
    {
        // the transaction is over: none of our DDL is under way any more
        INTERNAL_DDL.store(false, Ordering::Relaxed);
    }
    let pending = PENDING.with(|p| std::mem::take(&mut *p.borrow_mut()));
    // every other event (commit done, abort, prepare) just forgets what was pending
    if event != pg_sys::XactEvent::XACT_EVENT_PRE_COMMIT || pending.is_empty() {
        return;
    }
    // before PreCommit_Notify: what we send here goes out with this commit
    let usage =
        pgrx::direct_function_call::<f64>(pg_sys::pg_notification_queue_usage, &[]).unwrap_or(1.0);
    if usage > MAX_QUEUE_USAGE {
        return;
    }
    for payload in pending {
        pgrx::direct_function_call_as_datum(
            pg_sys::pg_notify,
            &["sequin_hasura".into_datum(), payload.into_datum()],
        );
    }
}

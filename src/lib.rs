//! pg_sequin_hasura: infer the relationships of Sequin-synced schemas and emit Hasura
//! metadata, inside PostgreSQL.
//!
//! This crate is the adapter only: `api` holds every `#[pg_extern]`, `pg` every SPI
//! call, and `sql/event_trigger.sql` the event trigger and the watch functions.
//! Inference, naming, the document and the DDL text are the pure core,
//! `crates/sequin_hasura_core` (see its `lib.rs` for the data flow).

::pgrx::pg_module_magic!(name, version);

mod api;
mod pg;

/// Errors read as users see them: Rust backtraces (with build paths) never reach an
/// error's DETAIL, whatever RUST_BACKTRACE the server was started with. Set before
/// anything of ours can panic; std reads it once, on the first capture.
#[pgrx::pg_guard]
#[allow(non_snake_case)]
pub extern "C-unwind" fn _PG_init() {
    std::env::set_var("RUST_LIB_BACKTRACE", "0");
}

// The event trigger, its state and the SQL API of watching (see the file).
pgrx::extension_sql_file!("sql/event_trigger.sql", name = "event_trigger", finalize);

#[cfg(any(test, feature = "pg_test"))]
mod pg_tests;

/// Required by `cargo pgrx test`.
#[cfg(test)]
pub mod pg_test {
    pub fn setup(_options: Vec<&str>) {}

    #[must_use]
    pub fn postgresql_conf_options() -> Vec<&'static str> {
        vec![]
    }
}

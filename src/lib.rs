//! pg_sequin_hasura: infer the relationships of Sequin-synced schemas and emit Hasura
//! metadata, inside PostgreSQL.
//!
//! Where things live (one module per capability):
//! - `model`: plain structs for what the catalog holds;
//! - `catalog`: reading the catalog through SPI (the only reader);
//! - `infer`: relationship inference, pure Rust;
//! - `evidence`: id fingerprints and match rates from sampled rows, pure Rust;
//! - `sampling`: reading those samples and probes through SPI, at a bounded cost;
//! - `relationships`: naming both directions, collision-free;
//! - `suggest`: threshold + names = the suggestions both SQL reports share;
//! - `metadata`: the Hasura document builder, pure Rust;
//! - `options`, `error`, `names`: option parsing, SQLSTATE errors, words and GraphQL names;
//! - `cast`, `ddl`: safe cast expressions and the DDL of cast columns and views, pure;
//! - `create`: running that DDL through SPI under a short lock_timeout;
//! - `api`: every SQL function.

::pgrx::pg_module_magic!(name, version);

mod api;
mod cast;
mod catalog;
mod create;
mod ddl;
mod error;
mod evidence;
mod infer;
mod metadata;
mod model;
mod names;
mod options;
#[cfg(test)]
mod properties;
mod regtypes;
mod relationships;
mod sampling;
mod suggest;

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

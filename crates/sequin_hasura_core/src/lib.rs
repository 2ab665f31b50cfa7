//! The pure core of pg_sequin_hasura: everything but talking to Postgres. No pgrx, no
//! unsafe code; `cargo test -p sequin_hasura_core` needs no Postgres at all.
//!
//! The data flow, one folder a stage (a module imports only from stages above it in
//! this list, never from one below):
//! - leaves: [`error`], [`ident`], [`marker`], [`words`], [`options`];
//! - [`catalog`]: the model of what the catalog query read (tables, columns, keys,
//!   type families, Sequin's system names) and the query text itself;
//! - [`evidence`]: row evidence (id fingerprints, probes) and [`evidence::RowSource`],
//!   the trait the extension implements over SPI to read rows;
//! - [`infer`]: catalog (+ evidence) → references, with confidence and reasons;
//! - [`hasura`] (names, relationships, suggestion rows, the metadata document) and
//!   [`ddl`] (cast expressions, statements, plans): the outputs;
//! - [`pipeline`]: the one entry every SQL function goes through.
#![forbid(unsafe_code)]

pub mod catalog;
pub mod ddl;
pub mod error;
pub mod evidence;
pub mod hasura;
pub mod ident;
pub mod infer;
pub mod marker;
pub mod options;
pub mod pipeline;
#[doc(hidden)]
pub mod testing;
pub mod words;

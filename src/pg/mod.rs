//! Everything that talks to PostgreSQL: reading the catalog and rows, looking objects
//! up, deparsing views, running our DDL, and announcing flagged changes at commit.

pub mod catalog;
pub mod definition;
pub mod execute;
pub mod regtypes;
pub mod rows;
pub mod sync_ddl;
pub mod transaction;

use sequin_hasura_core::error::{ApiError, Code};

/// An SPI failure we did not expect, as an internal error.
pub fn internal(e: impl std::fmt::Display) -> ApiError {
    ApiError::new(
        Code::Internal,
        format!("pg_sequin_hasura internal error: {e}"),
    )
}

//! Every SPI call of the extension, and nothing else: reading the catalog and rows,
//! looking objects up, and running our DDL.

pub mod catalog;
pub mod definition;
pub mod execute;
pub mod regtypes;
pub mod rows;

use sequin_hasura_core::error::{ApiError, Code};

/// An SPI failure we did not expect, as an internal error.
pub fn internal(e: impl std::fmt::Display) -> ApiError {
    ApiError::new(
        Code::Internal,
        format!("pg_sequin_hasura internal error: {e}"),
    )
}

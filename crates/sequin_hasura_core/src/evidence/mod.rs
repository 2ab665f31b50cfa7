//! Evidence from the synced rows, as plain data: id-shape fingerprints, which
//! (column, target key) pairs are worth probing, and the measured match rates.
//! What to read is decided here ([`gather`]); reading is the [`RowSource`]'s job (the
//! extension's is SPI), so all of it is unit-tested without Postgres.

mod by_values;
mod gather;
mod measure;
pub mod queries;
pub mod shape;
mod source;

pub use by_values::{
    MAX_NUMBER_PROBES, MAX_NUMBER_TARGETS, MAX_OWN_KEY_PROBES, MAX_VALUE_TARGETS, MIN_ID_NUMBER,
    SHAPE_CHECK_BELOW,
};
pub use gather::{gather, Gathered};
pub use measure::*;
pub use source::{
    readable, unreadable_reason, Read, RowSource, SampleRequest, Unread, Unreadable,
    FINGERPRINT_KEYS, MAX_DISTINCT, MAX_SAMPLED_CHARS,
};

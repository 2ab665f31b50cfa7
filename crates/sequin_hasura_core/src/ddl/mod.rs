//! Making mismatched columns relatable: safe cast expressions ([`cast`]), the
//! statements of cast columns, cast views and join views ([`statements`]), and the
//! plans that decide which to create ([`plan`]), and which marked objects are ours
//! ([`trust`]). Plain text, no Postgres.
pub mod cast;
pub mod plan;
pub mod statements;
pub mod trust;

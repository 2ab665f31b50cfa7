//! Making mismatched columns relatable: safe cast expressions ([`cast`]), the
//! statements of cast columns, cast views and join views ([`statements`]), their
//! default names ([`naming`]), one object at a time ([`objects`], [`join_view`]), the
//! plans that decide which to create ([`plan`]), and which marked objects are ours
//! ([`trust`]). Plain text, no Postgres.
pub mod cast;
pub mod join_view;
pub mod naming;
pub mod objects;
pub mod plan;
pub mod statements;
pub mod sync;
pub mod trust;

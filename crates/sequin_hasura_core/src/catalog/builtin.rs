//! A type is known by its OID, never by its name: only PostgreSQL's own built-in
//! types keep their names; a type of any other schema, even one named `text` with a
//! cast of its own, is not `text` to us (its name would be a way to run its owner's
//! code as the caller).

/// OIDs below this were assigned by initdb: PostgreSQL's own, built-in objects, which
/// no role but the bootstrap superuser owns (and so can add a cast to).
const FIRST_NORMAL_OBJECT_ID: u32 = 16384;

/// The name we know a type by: a built-in's own `typname`, or for any other type its
/// name with its OID (`text#16384`), which equals no built-in's name.
pub fn known_type_name(oid: u32, typname: &str) -> String {
    if oid < FIRST_NORMAL_OBJECT_ID {
        typname.to_string()
    } else {
        format!("{typname}#{oid}")
    }
}

//! Types: which columns can be compared, and which can hold ids. Only built-in
//! types (see [`super::builtin`]) get a family; any other type is `Other`, so nothing
//! of it is ever sampled, compared or cast.

use super::model::Column;

/// The type families that Postgres compares without an explicit cast. `oid` is no
/// number here: it has no cast to numeric, and no table of a sync is keyed by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum TypeFamily {
    String,
    Number,
    Uuid,
    Other,
}

pub fn type_family(base_type: &str) -> TypeFamily {
    match base_type {
        "text" | "varchar" | "bpchar" | "name" => TypeFamily::String,
        "int2" | "int4" | "int8" | "numeric" | "float4" | "float8" => TypeFamily::Number,
        "uuid" => TypeFamily::Uuid,
        _ => TypeFamily::Other,
    }
}

/// Can `a = b` be evaluated by Postgres without a cast?
pub fn joinable(a: &Column, b: &Column) -> bool {
    if a.is_array || b.is_array {
        return false;
    }
    let (fa, fb) = (type_family(&a.base_type), type_family(&b.base_type));
    if fa == TypeFamily::Other || fb == TypeFamily::Other {
        return a.base_type == b.base_type;
    }
    fa == fb
}

/// Types whose values can be ids of another row.
pub fn id_like(col: &Column) -> bool {
    !col.is_array && type_family(&col.base_type) != TypeFamily::Other
}

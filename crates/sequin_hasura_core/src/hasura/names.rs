//! GraphQL names: valid identifiers, Hasura's default table identifiers and every
//! root field and type name it derives from them, and `custom_name`s where those
//! are invalid or collide.

use super::Analysis;

/// Is `name` a valid GraphQL name that Hasura accepts (no leading `__`)?
pub fn is_graphql_name(name: &str) -> bool {
    let mut chars = name.chars();
    match chars.next() {
        Some(c) if c == '_' || c.is_ascii_alphabetic() => {}
        _ => return false,
    }
    !name.starts_with("__") && chars.all(|c| c == '_' || c.is_ascii_alphanumeric())
}

/// Turn any identifier into a valid GraphQL name: other characters become `_`,
/// runs of `_` inside the name collapse, a leading digit gets a `_` in front, and
/// a leading `__` (reserved for introspection) becomes one `_`.
pub fn graphql_name(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for c in raw.chars() {
        let c = if c.is_ascii_alphanumeric() { c } else { '_' };
        if c == '_' && out.ends_with('_') && !out.is_empty() && out != "_" {
            continue;
        }
        out.push(c);
    }
    while out.starts_with("__") {
        out.remove(0);
    }
    let trimmed = out.trim_end_matches('_');
    let mut out = if trimmed.is_empty() {
        out.clone()
    } else {
        trimmed.to_string()
    };
    if out.is_empty() || out.chars().all(|c| c == '_') {
        out = "_".into();
    }
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, '_');
    }
    out
}

/// Hasura's default GraphQL identifier for a table: `name` in `public`, else `schema_name`.
pub(crate) fn default_identifier(schema: &str, name: &str) -> String {
    if schema == "public" {
        name.to_string()
    } else {
        format!("{schema}_{name}")
    }
}

/// Every root field and type name Hasura derives from a table identifier.
pub fn derived_names(id: &str) -> Vec<String> {
    const SUFFIXES: &[&str] = &[
        "",
        "_by_pk",
        "_aggregate",
        "_stream",
        "_aggregate_fields",
        "_bool_exp",
        "_order_by",
        "_select_column",
        "_insert_input",
        "_set_input",
        "_pk_columns_input",
        "_mutation_response",
        "_on_conflict",
        "_constraint",
        "_update_column",
        "_updates",
        "_stream_cursor_input",
        "_obj_rel_insert_input",
        "_arr_rel_insert_input",
        "_inc_input",
    ];
    const PREFIXES: &[&str] = &["insert_", "update_", "delete_"];
    let mut out: Vec<String> = SUFFIXES.iter().map(|s| format!("{id}{s}")).collect();
    for p in PREFIXES {
        out.push(format!("{p}{id}"));
        out.push(format!("{p}{id}_by_pk"));
    }
    out.push(format!("insert_{id}_one"));
    out.push(format!("update_{id}_many"));
    out
}

/// `custom_name` for each tracked table whose default identifier is not a valid
/// GraphQL name or collides with names derived from an earlier table's.
pub fn table_custom_names(a: &Analysis) -> Vec<Option<String>> {
    let mut used: std::collections::HashSet<String> = Default::default();
    let mut out = vec![None; a.tables.len()];
    for &i in &a.tracked {
        let t = &a.tables[i];
        let default = default_identifier(&t.schema, &t.name);
        let mut id = default.clone();
        if !is_graphql_name(&id) {
            id = graphql_name(&id);
        }
        let base = id.clone();
        let mut n = 2;
        while derived_names(&id).iter().any(|d| used.contains(d)) {
            id = format!("{base}_{n}");
            n += 1;
        }
        used.extend(derived_names(&id));
        if id != default {
            out[i] = Some(id);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn graphql_names_are_sanitised() {
        assert_eq!(graphql_name("account"), "account");
        assert_eq!(graphql_name("My Table"), "My_Table");
        assert_eq!(graphql_name("1st"), "_1st");
        assert_eq!(graphql_name("__typename"), "_typename");
        assert_eq!(graphql_name("café"), "caf");
        assert_eq!(graphql_name("x\"; drop table y; --"), "x_drop_table_y");
        assert_eq!(graphql_name(""), "_");
        assert_eq!(graphql_name("???"), "_");
        for raw in ["a b", "1", "__x", "ü", "\"", "a-b-c", "_"] {
            assert!(is_graphql_name(&graphql_name(raw)), "{raw}");
        }
        assert!(!is_graphql_name("__typename"));
        assert!(!is_graphql_name("9a"));
        assert!(!is_graphql_name(""));
        assert!(is_graphql_name("_a9"));
    }
}

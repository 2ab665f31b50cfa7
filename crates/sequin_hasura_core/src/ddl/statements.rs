//! DDL text for cast columns, cast views and join views, as plain strings built from
//! quoted identifiers and literals only. Each object carries its marker comment.

use crate::ident::{quote_ident, quote_literal, QualifiedName};
#[cfg(test)]
use crate::marker::JoinSide;
use crate::marker::Marker;

/// `ALTER TABLE … ADD COLUMN … GENERATED ALWAYS AS (…) STORED` and its marker comment.
/// With `replace`, the stale column of that name is dropped in the same statement
/// (one table rewrite).
pub fn add_cast_column(
    table: &QualifiedName,
    new_column: &str,
    sql_type: &str,
    expression: &str,
    marker: &Marker,
    replace: bool,
) -> Vec<String> {
    let drop = if replace {
        format!("DROP COLUMN {}, ", quote_ident(new_column))
    } else {
        String::new()
    };
    vec![
        format!(
            "ALTER TABLE {} {drop}ADD COLUMN {} {sql_type} GENERATED ALWAYS AS ({expression}) STORED",
            table.quoted(),
            quote_ident(new_column)
        ),
        format!(
            "COMMENT ON COLUMN {}.{} IS {}",
            table.quoted(),
            quote_ident(new_column),
            quote_literal(&marker.comment())
        ),
    ]
}

/// `DROP VIEW`, for a view of ours re-created by a newer release.
pub fn drop_view(view: &QualifiedName) -> String {
    format!("DROP VIEW {}", view.quoted())
}

/// A narrow view over `base`: its key, the source column and the cast column. Narrow
/// on purpose: a view pins every column it reads, and Sequin may drop the others.
/// Like every view we create, it reads with the rights of whoever queries it
/// (`security_invoker`), so it hands Hasura nothing its role could not read.
pub fn create_cast_view(view: &QualifiedName, expression: &str, marker: &Marker) -> Vec<String> {
    vec![
        format!(
            "CREATE VIEW {} WITH (security_invoker = true) AS {}",
            view.quoted(),
            cast_view_select(expression, marker)
        ),
        format!(
            "COMMENT ON VIEW {} IS {}",
            view.quoted(),
            quote_literal(&marker.comment())
        ),
    ]
}

/// The query of a cast view: what `create_cast_view` creates, and what a view with
/// this marker must hold to count as ours.
pub fn cast_view_select(expression: &str, marker: &Marker) -> String {
    let Marker::CastView {
        base,
        key,
        column,
        cast_column,
        ..
    } = marker
    else {
        unreachable!("cast_view_select takes a cast view marker")
    };
    format!(
        "SELECT b.{}, b.{}, {expression} AS {} FROM {} AS b",
        quote_ident(key),
        quote_ident(column),
        quote_ident(cast_column),
        base.quoted()
    )
}

/// The view's output columns for a join view, as `(expression, name)`: see
/// [`Marker::join_view_sources`].
pub fn join_view_columns(marker: &Marker) -> Vec<(String, String)> {
    marker
        .join_view_sources()
        .into_iter()
        .map(|(side, column, name)| {
            let from = side.map_or_else(|| "j".to_string(), |i| format!("s{i}"));
            (format!("{from}.{}", quote_ident(&column)), name)
        })
        .collect()
}

/// `CREATE VIEW` joining both sides through the join table, and its marker comment.
pub fn create_join_view(view: &QualifiedName, marker: &Marker) -> Vec<String> {
    vec![
        format!(
            "CREATE VIEW {} WITH (security_invoker = true) AS {}",
            view.quoted(),
            join_view_select(marker)
        ),
        format!(
            "COMMENT ON VIEW {} IS {}",
            view.quoted(),
            quote_literal(&marker.comment())
        ),
    ]
}

/// The query of a join view: what `create_join_view` creates, and what a view with
/// this marker must hold to count as ours.
pub fn join_view_select(marker: &Marker) -> String {
    let Marker::JoinView {
        join_table, sides, ..
    } = marker
    else {
        unreachable!("join_view_select takes a join view marker")
    };
    let select: Vec<String> = join_view_columns(marker)
        .into_iter()
        .map(|(expr, name)| format!("{expr} AS {}", quote_ident(&name)))
        .collect();
    let joins: Vec<String> = sides
        .iter()
        .enumerate()
        .map(|(i, s)| {
            format!(
                "JOIN {} AS s{i} ON s{i}.{} OPERATOR(pg_catalog.=) j.{}",
                s.table.quoted(),
                quote_ident(&s.key),
                quote_ident(&s.join_column)
            )
        })
        .collect();
    format!(
        "SELECT {} FROM {} AS j {}",
        select.join(", "),
        join_table.quoted(),
        joins.join(" ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::contact_user_id_cast_view;

    #[test]
    fn identifiers_and_literals_are_always_quoted() {
        assert_eq!(quote_ident("order"), "\"order\"");
        assert_eq!(
            quote_ident("a\"; drop table x; --"),
            "\"a\"\"; drop table x; --\""
        );
        assert_eq!(quote_literal("it's"), "'it''s'");
        assert_eq!(quote_literal("a\\b"), "E'a\\\\b'");
        let q = QualifiedName::new("My Schema", "t\"x");
        assert_eq!(q.quoted(), "\"My Schema\".\"t\"\"x\"");
    }

    #[test]
    fn markers_round_trip_through_comments() {
        let m = contact_user_id_cast_view("salesforce");
        let c = m.comment();
        assert!(
            c.starts_with("pg_sequin_hasura:{\"gen\":2,\"kind\":\"cast_view\""),
            "{c}"
        );
        assert_eq!(Marker::parse(&c).as_ref(), Some(&m));
        assert_eq!(Marker::parse("a human comment"), None);
        // 0.1.0 wrote no generation: still ours, of generation 1
        let old =
            "pg_sequin_hasura:{\"kind\":\"cast_column\",\"column\":\"user_id\",\"type\":\"int4\"}";
        assert_eq!(
            Marker::parse_with_generation(old),
            Some((
                Marker::CastColumn {
                    column: "user_id".into(),
                    type_name: "int4".into()
                },
                1
            ))
        );
        assert_eq!(
            Marker::parse_with_generation(&m.comment()).map(|(_, g)| g),
            Some(2)
        );
        assert_eq!(Marker::parse("pg_sequin_hasura:{not json"), None);
    }

    #[test]
    fn cast_column_ddl_quotes_everything() {
        let m = Marker::CastColumn {
            column: "user id".into(),
            type_name: "int4".into(),
        };
        let ddl = add_cast_column(
            &QualifiedName::new("sf", "contact"),
            "_user id",
            "integer",
            "EXPR",
            &m,
            false,
        );
        assert_eq!(
            ddl[0],
            "ALTER TABLE \"sf\".\"contact\" ADD COLUMN \"_user id\" integer GENERATED ALWAYS AS (EXPR) STORED"
        );
        let again = add_cast_column(
            &QualifiedName::new("sf", "contact"),
            "_u",
            "integer",
            "EXPR",
            &m,
            true,
        );
        assert_eq!(
            again[0],
            "ALTER TABLE \"sf\".\"contact\" DROP COLUMN \"_u\", ADD COLUMN \"_u\" integer GENERATED ALWAYS AS (EXPR) STORED"
        );
        assert!(ddl[1].starts_with(
            "COMMENT ON COLUMN \"sf\".\"contact\".\"_user id\" IS 'pg_sequin_hasura:"
        ));
    }

    #[test]
    fn join_view_columns_are_prefixed_and_unique() {
        let side = |t: &str, cols: &[&str]| JoinSide {
            table: QualifiedName::new("h", t),
            join_column: format!("{t}_id"),
            key: "id".into(),
            prefix: t.into(),
            columns: cols.iter().map(|c| c.to_string()).collect(),
        };
        let m = Marker::JoinView {
            join_table: QualifiedName::new("h", "associations_contact_deal"),
            attributes: vec!["labels".into()],
            sides: vec![
                side("contact", &["email", "id"]),
                side("deal", &["dealname"]),
            ],
        };
        let names: Vec<String> = join_view_columns(&m).into_iter().map(|(_, n)| n).collect();
        assert_eq!(
            names,
            vec![
                "contact_id",
                "deal_id",
                "labels",
                "contact_email",
                "contact_id_2",
                "deal_dealname"
            ]
        );
        let ddl = create_join_view(&QualifiedName::new("h", "contacts_and_deals"), &m);
        assert!(ddl[0].contains("FROM \"h\".\"associations_contact_deal\" AS j JOIN \"h\".\"contact\" AS s0 ON s0.\"id\" OPERATOR(pg_catalog.=) j.\"contact_id\""), "{}", ddl[0]);
        assert!(ddl[0].starts_with(
            "CREATE VIEW \"h\".\"contacts_and_deals\" WITH (security_invoker = true) AS"
        ));
    }
}

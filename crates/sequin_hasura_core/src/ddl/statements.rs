//! DDL text for cast columns, cast views and join views, as plain strings built from
//! quoted identifiers and literals only. Each object carries its marker comment.

use crate::ident::{quote_ident, quote_literal, QualifiedName};
#[cfg(test)]
use crate::marker::JoinSide;
use crate::marker::Marker;

/// `ALTER TABLE … ADD COLUMN … GENERATED ALWAYS AS (…) STORED` and its marker comment.
pub fn add_cast_column(
    table: &QualifiedName,
    new_column: &str,
    sql_type: &str,
    expression: &str,
    marker: &Marker,
) -> Vec<String> {
    vec![
        format!(
            "ALTER TABLE {} ADD COLUMN {} {sql_type} GENERATED ALWAYS AS ({expression}) STORED",
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

/// A narrow view over `base`: its key, the source column and the cast column. Narrow
/// on purpose: a view pins every column it reads, and Sequin may drop the others.
pub fn create_cast_view(view: &QualifiedName, expression: &str, marker: &Marker) -> Vec<String> {
    let Marker::CastView {
        base,
        key,
        column,
        cast_column,
        ..
    } = marker
    else {
        unreachable!("create_cast_view takes a cast view marker")
    };
    vec![
        format!(
            "CREATE VIEW {} AS SELECT b.{}, b.{}, {expression} AS {} FROM {} AS b",
            view.quoted(),
            quote_ident(key),
            quote_ident(column),
            quote_ident(cast_column),
            base.quoted()
        ),
        format!(
            "COMMENT ON VIEW {} IS {}",
            view.quoted(),
            quote_literal(&marker.comment())
        ),
    ]
}

/// The view's output columns for a join view: the join columns, the join table's own
/// attributes, then each side's columns with its prefix. Names are unique.
pub fn join_view_columns(marker: &Marker) -> Vec<(String, String)> {
    let Marker::JoinView {
        attributes, sides, ..
    } = marker
    else {
        unreachable!("join_view_columns takes a join view marker")
    };
    let mut out: Vec<(String, String)> = Vec::new();
    let mut push = |expr: String, wanted: String| {
        let mut name = wanted.clone();
        let mut n = 2;
        while out.iter().any(|(_, existing)| *existing == name) {
            name = format!("{wanted}_{n}");
            n += 1;
        }
        out.push((expr, name));
    };
    for s in sides {
        push(
            format!("j.{}", quote_ident(&s.join_column)),
            s.join_column.clone(),
        );
    }
    for a in attributes {
        push(format!("j.{}", quote_ident(a)), a.clone());
    }
    for (i, s) in sides.iter().enumerate() {
        for c in &s.columns {
            push(
                format!("s{i}.{}", quote_ident(c)),
                format!("{}_{c}", s.prefix),
            );
        }
    }
    out
}

/// `CREATE VIEW` joining both sides through the join table, and its marker comment.
pub fn create_join_view(view: &QualifiedName, marker: &Marker) -> Vec<String> {
    let Marker::JoinView {
        join_table, sides, ..
    } = marker
    else {
        unreachable!("create_join_view takes a join view marker")
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
                "JOIN {} AS s{i} ON s{i}.{} = j.{}",
                s.table.quoted(),
                quote_ident(&s.key),
                quote_ident(&s.join_column)
            )
        })
        .collect();
    vec![
        format!(
            "CREATE VIEW {} AS SELECT {} FROM {} AS j {}",
            view.quoted(),
            select.join(", "),
            join_table.quoted(),
            joins.join(" ")
        ),
        format!(
            "COMMENT ON VIEW {} IS {}",
            view.quoted(),
            quote_literal(&marker.comment())
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let m = Marker::CastView {
            base: QualifiedName::new("salesforce", "contact"),
            key: "id".into(),
            column: "user_id".into(),
            cast_column: "_user_id".into(),
            type_name: "int4".into(),
        };
        let c = m.comment();
        assert!(
            c.starts_with("pg_sequin_hasura:{\"kind\":\"cast_view\""),
            "{c}"
        );
        assert_eq!(Marker::parse(&c), Some(m));
        assert_eq!(Marker::parse("a human comment"), None);
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
        );
        assert_eq!(
            ddl[0],
            "ALTER TABLE \"sf\".\"contact\" ADD COLUMN \"_user id\" integer GENERATED ALWAYS AS (EXPR) STORED"
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
        assert!(ddl[0].contains("FROM \"h\".\"associations_contact_deal\" AS j JOIN \"h\".\"contact\" AS s0 ON s0.\"id\" = j.\"contact_id\""), "{}", ddl[0]);
    }
}

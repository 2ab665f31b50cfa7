//! The core alone on the benchmark's Sequin-shaped schema (scripts/bench.py): names-only
//! inference and the metadata document for N tables of ~40 columns, no database.
//! Figures, never assertions: `cargo run --release -p sequin_hasura_core --example
//! names_only_scale [tables] [runs]` prints the best and median milliseconds. Steady
//! enough for `valgrind --tool=callgrind`, which counts instructions.
use std::time::Instant;

use sequin_hasura_core::catalog::Table;
use sequin_hasura_core::hasura::document::metadata_document;
use sequin_hasura_core::options::Options;
use sequin_hasura_core::testing::{analyze, keyless_table, sequin_table};

/// The tables scripts/bench.py generates: `user`, `account`, and t1..t(n-2), each with
/// owner/created_by/account ids, two ids of other t tables and 31 plain fields.
fn schema(n: usize) -> Vec<Table> {
    let s = "bench";
    let mut sync_meta = keyless_table(
        s,
        "_sync_meta",
        &[("id", "int4"), ("started_at", "timestamp")],
    );
    sync_meta.primary_key = vec!["id".into()];
    let mut tables = vec![
        sync_meta,
        sequin_table(
            s,
            "user",
            &[("name", "text"), ("email", "text"), ("manager_id", "text")],
        ),
        sequin_table(
            s,
            "account",
            &[
                ("name", "text"),
                ("owner_id", "text"),
                ("parent_id", "text"),
            ],
        ),
    ];
    let types = ["text", "numeric", "boolean", "timestamp"];
    for i in 1..=n.saturating_sub(2) {
        let m = n - 2;
        let mut cols: Vec<(String, &str)> = vec![
            ("name".into(), "text"),
            ("owner_id".into(), "text"),
            ("created_by_id".into(), "text"),
            ("account_id".into(), "text"),
            (format!("t{}_id", 1 + (i * 7) % m), "text"),
            (format!("converted_t{}_id", 1 + (i * 13) % m), "text"),
        ];
        cols.extend((1..=31).map(|f| (format!("field_{f}"), types[f % 4])));
        let cols: Vec<(&str, &str)> = cols.iter().map(|(c, t)| (c.as_str(), *t)).collect();
        tables.push(sequin_table(s, &format!("t{i}"), &cols));
    }
    tables
}

fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(1000);
    let runs: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(7);
    let tables = schema(n);
    let mut ms: Vec<f64> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            let a = analyze(tables.clone(), "bench", 0.7);
            let doc = metadata_document(&a, &Options::default());
            std::hint::black_box(doc);
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    ms.sort_by(f64::total_cmp);
    println!(
        "names-only core, {n} tables: best {:.1} ms, median {:.1} ms ({runs} runs)",
        ms[0],
        ms[ms.len() / 2]
    );
}

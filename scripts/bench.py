#!/usr/bin/env python3
"""The benchmark: figures, never assertions. Run by scripts/bench.sh, which builds the
extension in release mode and starts a throwaway cluster (PG* variables point at it).

Prints medians over several runs, each call in a fresh session (a new psql process):
  1. sequin_hasura_metadata() and _suggest_relationships() on Sequin-shaped schemas of
     100, 1,000 and 5,000 tables (~40 columns each), beside the floor (one pg_catalog
     query returning every column's table, name and type as jsonb) and the equivalent
     information_schema.columns query;
  2. row evidence with one reference table of 1,000 and then 1,000,000 rows;
  3. the event trigger: 1,000 CREATE TABLEs in a watched schema, and 1,000 ADD COLUMNs to a
     watched table carrying a cast column, with and without it;
  4. a cast column on a 1,000,000-row table: the rewrite, and how long a concurrent
     writer was blocked;
  5. peak backend memory for the metadata of 5,000 tables.
Set BENCH_SIZES=100,1000 (say) for a shorter run.
"""
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

RUNS = int(os.environ.get("BENCH_RUNS", "3"))
# the noisy figures (event trigger, row evidence) get more rounds
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "7"))
SECTIONS = os.environ.get("BENCH_SECTIONS", "scale,populated,rows,trigger,cast,memory").split(",")
SIZES = [int(s) for s in os.environ.get("BENCH_SIZES", "100,1000,5000").split(",")]


def psql(sql, db="bench", check=True):
    return subprocess.run(["psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-d", db, "-c", sql],
                          check=check, capture_output=True, text=True).stdout


def timed(sql, db="bench"):
    """Milliseconds of one statement in a fresh session, as psql's \\timing sees it."""
    p = subprocess.run(["psql", "-X", "-At", "-v", "ON_ERROR_STOP=1", "-d", db],
                       input="\\timing on\n\\o /dev/null\n%s;\n" % sql, capture_output=True, text=True)
    if p.returncode != 0:
        raise RuntimeError("%s failed: %s" % (sql[:80], p.stderr))
    out = p.stdout
    return float(re.findall(r"Time: ([0-9.]+) ms", out)[-1])


def median(sql, db="bench"):
    return statistics.median(timed(sql, db) for _ in range(RUNS))


GENERATE = r"""
CREATE OR REPLACE FUNCTION pg_temp.make_schema(s text, n int, first int, last int) RETURNS void LANGUAGE plpgsql AS $f$
DECLARE i int; cols text; m int;
BEGIN
  IF first = 1 THEN
    EXECUTE format('CREATE SCHEMA %I', s);
    EXECUTE format('CREATE TABLE %I._sync_meta (id int PRIMARY KEY, started_at timestamp)', s);
    EXECUTE format('CREATE TABLE %I."user" (id text PRIMARY KEY, name text, email text, manager_id text)', s);
    EXECUTE format('CREATE TABLE %I.account (id text PRIMARY KEY, name text, owner_id text, parent_id text)', s);
  END IF;
  FOR i IN first..least(last, n - 2) LOOP
    cols := 'id text PRIMARY KEY, name text, owner_id text, created_by_id text, account_id text, '
         || format('t%s_id text, converted_t%s_id text', 1 + (i * 7) % (n - 2), 1 + (i * 13) % (n - 2));
    FOR m IN 1..31 LOOP
      cols := cols || format(', field_%s %s', m, (ARRAY['text', 'numeric', 'boolean', 'timestamp'])[1 + m % 4]);
    END LOOP;
    cols := cols || ', _sync_inserted_at timestamp, _sync_updated_at timestamp';
    EXECUTE format('CREATE TABLE %I.t%s (%s)', s, i, cols);
  END LOOP;
END $f$;
"""

FLOOR = """SELECT pg_catalog.jsonb_agg(pg_catalog.jsonb_build_object('table', c.relname, 'column', a.attname,
  'type', pg_catalog.format_type(a.atttypid, a.atttypmod)))
FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = '%s' AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND a.attnum > 0 AND NOT a.attisdropped"""

INFO_SCHEMA = """SELECT jsonb_agg(jsonb_build_object('table', table_name, 'column', column_name, 'type', data_type))
FROM information_schema.columns WHERE table_schema = '%s'"""


def section(title):
    print("\n" + title)
    print("-" * len(title))


def scale():
    section("1. Scale: medians of %d runs, each in a fresh session (ms)" % RUNS)
    print("%7s %8s %10s %12s %12s %9s %12s %12s %9s" % (
        "tables", "columns", "floor", "info_schema", "metadata", "x floor", "meta names", "suggest", "x floor"))
    for n in SIZES:
        s = "s%d" % n
        # in batches: one transaction holding thousands of new tables runs out of locks
        for first in range(1, n - 1, 500):
            psql(GENERATE + "SELECT pg_temp.make_schema('%s', %d, %d, %d);" % (s, n, first, first + 499))
        psql("SELECT sequin_hasura_ack('%s')" % s)
        psql("ANALYZE")
        columns = int(psql("SELECT count(*) FROM information_schema.columns WHERE table_schema = '%s'" % s))
        floor = median(FLOOR % s)
        info = median(INFO_SCHEMA % s)
        meta = median("SELECT sequin_hasura_metadata('%s')" % s)
        names = median("SELECT sequin_hasura_metadata('%s', '{\"row_evidence\": false}')" % s)
        sugg = median("SELECT count(*) FROM sequin_hasura_suggest_relationships('%s')" % s)
        print("%7d %8d %10.1f %12.1f %12.1f %9.2f %12.1f %12.1f %9.2f" % (
            n, columns, floor, info, meta, meta / floor, names, sugg, sugg / floor))
    return


FILL = r"""
DO $$ DECLARE i int; BEGIN
  INSERT INTO s1000."user" SELECT '005' || lpad(g::text, 15, '0'), 'u', 'e', NULL FROM generate_series(1, 50) g;
  INSERT INTO s1000.account SELECT '001' || lpad(g::text, 15, '0'), 'a', '005' || lpad((1 + g % 50)::text, 15, '0'), NULL FROM generate_series(1, 200) g;
  FOR i IN 1..998 LOOP
    EXECUTE format('INSERT INTO s1000.t%s (id, name, owner_id, created_by_id, account_id, t%s_id, converted_t%s_id)
      SELECT %L || lpad(g::text, 12, ''0''), ''n'', ''005'' || lpad((1 + g %% 50)::text, 15, ''0''), ''005'' || lpad(''1'', 15, ''0''),
             ''001'' || lpad((1 + g %% 200)::text, 15, ''0''), %L || lpad((1 + g %% 200)::text, 12, ''0''), NULL
      FROM generate_series(1, 200) g', i, 1 + (i * 7) % 998, 1 + (i * 13) % 998, 'x' || lpad(i::text, 5, '0'), 'x' || lpad((1 + (i * 7) % 998)::text, 5, '0'));
  END LOOP;
END $$;
"""


def populated():
    if 1000 not in SIZES or "scale" not in SECTIONS:
        return
    section("1b. The 1,000-table schema with 200 rows in every table (ms)")
    psql(FILL)
    psql("ANALYZE")
    rows = median("SELECT sequin_hasura_metadata('s1000')")
    names = median("SELECT sequin_hasura_metadata('s1000', '{\"row_evidence\": false}')")
    print("metadata with rows %8.1f\nnames only         %8.1f" % (rows, names))


def rows():
    section("2. Row evidence: one reference table of 1,000 then 1,000,000 rows (ms)")
    psql("""CREATE SCHEMA r; CREATE TABLE r._sync_meta (id int);
            CREATE TABLE r.account (id text PRIMARY KEY, name text);
            CREATE TABLE r.opportunity (id text PRIMARY KEY, account_id text, amount numeric);""")
    results = []
    for n in (1000, 1000000):
        psql("""TRUNCATE r.account, r.opportunity;
                INSERT INTO r.account SELECT '001' || lpad(g::text, 15, '0'), 'a' FROM generate_series(1, %d) g;
                INSERT INTO r.opportunity SELECT '006' || lpad(g::text, 15, '0'),
                  '001' || lpad((1 + (g::bigint * 7919) %% %d)::text, 15, '0'), g FROM generate_series(1, %d) g;
                ANALYZE r.account; ANALYZE r.opportunity;""" % (n, n, n))
        t = statistics.median(timed("SELECT count(*) FROM sequin_hasura_suggest_relationships('r')") for _ in range(ROUNDS))
        results.append(t)
        print("%10d rows: suggest with rows %8.1f" % (n, t))
    print("ratio 1,000,000 / 1,000: %.2f" % (results[1] / results[0]))


def with_and_without(prepare, script):
    """Median ms of `script` in bench_plain and in bench (with the extension), after
    `prepare(db)` each time; rounds alternate so that drift hits both alike."""
    def once(db):
        prepare(db)
        start = time.perf_counter()
        subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", db], input=script,
                       check=True, capture_output=True, text=True)
        return (time.perf_counter() - start) * 1000

    plain, ext = [], []
    for _ in range(ROUNDS):
        plain.append(once("bench_plain"))
        ext.append(once("bench"))
    without, with_ext = statistics.median(plain), statistics.median(ext)
    print("without the extension %8.1f\nwith the extension    %8.1f\noverhead              %7.1f%%" % (
        without, with_ext, 100 * (with_ext - without) / without))


def event_trigger():
    section("3. Event trigger: 1,000 CREATE TABLEs in a watched schema (ms, median of %d alternating rounds)" % ROUNDS)
    fresh = "DROP SCHEMA IF EXISTS w CASCADE; CREATE SCHEMA w; CREATE TABLE w._sync_meta (id int);"
    with_and_without(lambda db: psql(fresh, db),
                     "\n".join("CREATE TABLE w.x%d (id text PRIMARY KEY, name text, owner_id text);" % i
                               for i in range(1000)))
    print("(%s tables flagged over the runs)" %
          psql("SELECT count(*) FROM _sequin_hasura.flagged WHERE table_schema = 'w'").strip())

    section("3b. Event trigger: 1,000 ADD COLUMNs to a watched table carrying a cast column (ms, median of %d alternating rounds)" % ROUNDS)

    def with_cast_column(db):
        psql(fresh + "CREATE TABLE w.c (id text PRIMARY KEY, user_id varchar);", db)
        if db == "bench":
            psql("SELECT sequin_hasura_create_cast_column('w.c', 'user_id', 'int4')", db)
        else:
            psql("ALTER TABLE w.c ADD COLUMN _user_id int4 GENERATED ALWAYS AS (NULLIF(user_id, '')::int4) STORED", db)
    with_and_without(with_cast_column, "\n".join("ALTER TABLE w.c ADD COLUMN f%d text;" % i for i in range(1000)))


def cast_column():
    section("4. Cast column on a 1,000,000-row table")
    psql("""CREATE TABLE public.big (id text PRIMARY KEY, user_id varchar);
            INSERT INTO public.big SELECT 'r' || g, CASE WHEN g %% 10 = 0 THEN 'x' ELSE g::text END FROM generate_series(1, 1000000) g;
            ANALYZE public.big;""".replace("%%", "%"))
    with tempfile.TemporaryDirectory() as d:
        os.chmod(d, 0o777)
        script = os.path.join(d, "insert.sql")
        with open(script, "w") as f:
            f.write("\\set k random(1, 1000000000)\nINSERT INTO public.big VALUES ('w' || :k || '-' || :client_id, :k::text) ON CONFLICT DO NOTHING;\n")
        writer = subprocess.Popen(["pgbench", "-n", "-c", "1", "-T", "12", "-f", script, "-l", "--log-prefix", os.path.join(d, "log"), "bench"],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(3)
        t = timed("SELECT sequin_hasura_create_cast_column('public.big', 'user_id', 'int4', NULL, '{\"lock_timeout\": \"30s\"}')")
        writer.wait()
        latencies = []
        for name in os.listdir(d):
            if name.startswith("log"):
                with open(os.path.join(d, name)) as f:
                    latencies += [int(line.split()[2]) / 1000.0 for line in f if line.strip()]
    nulls = psql("SELECT count(*) FILTER (WHERE _user_id IS NULL) FROM public.big").strip()
    print("rewrite (ALTER TABLE ... ADD COLUMN ... STORED): %.1f ms" % t)
    print("concurrent writer: %d inserts, median %.2f ms, longest %.1f ms (blocked by the rewrite)" % (
        len(latencies), statistics.median(latencies), max(latencies)))
    print("dirty values turned NULL: %s" % nulls)


def memory():
    n = max(SIZES)
    if "scale" not in SECTIONS:
        return
    section("5. Peak backend memory, metadata of %d tables" % n)
    session = subprocess.Popen(["psql", "-X", "-At", "-d", "bench"], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, text=True)

    def ask(sql):
        session.stdin.write(sql + "\n")
        session.stdin.flush()
        return session.stdout.readline().strip()

    def status(pid):
        with open("/proc/%s/status" % pid) as f:
            return {k: v.strip() for k, v in (l.split(":", 1) for l in f) if k in ("VmHWM", "RssAnon")}

    pid = ask("SELECT pg_backend_pid();")
    before = status(pid)
    ask("\\o /dev/null\nSELECT sequin_hasura_metadata('s%d');\n\\o\nSELECT 'done';" % n)
    after = status(pid)
    session.stdin.close()
    session.wait()
    print("before: VmHWM %s, RssAnon %s" % (before["VmHWM"], before["RssAnon"]))
    print("after:  VmHWM %s, RssAnon %s" % (after["VmHWM"], after["RssAnon"]))
    print("(VmHWM is the backend's peak resident set, shared buffers it touched included; RssAnon its private memory now)")


def main():
    print("pg_sequin_hasura benchmark, %s, %s cores, %s" % (
        time.strftime("%Y-%m-%d"), os.cpu_count(), psql("SELECT version()").split(" on ")[0]))
    steps = {"scale": scale, "populated": populated, "rows": rows, "trigger": event_trigger,
             "cast": cast_column, "memory": memory}
    for name in SECTIONS:
        steps[name]()


if __name__ == "__main__":
    sys.exit(main())

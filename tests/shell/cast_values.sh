#!/usr/bin/env bash
# Safe cast columns never raise and never lie: for every supported (source, target)
# pair, a cast column created under hostile settings (standard_conforming_strings
# off, DateStyle 'SQL, DMY', IntervalStyle sql_standard, extra_float_digits -15,
# other lc_*, search_path = public, pg_catalog with a public schema full of raising
# twins of pg_catalog operators, functions and type names) has the same expression,
# byte for byte, as one created under default settings, and binds nothing outside
# pg_catalog. Then ~1.6M generated values (tests/cast_values.py: Unicode spaces and
# digits, signs, exponents, underscores, huge lengths, range edges, uuid/bool/date
# spellings, float4/float8 limits, ...) are written with batched INSERTs (a failing
# batch is bisected down to the value), COPY, and an UPDATE of every row to another
# value, each under different settings again; every write must succeed, every
# non-NULL result must equal a strict reference parse and be the same whatever the
# writer's settings, and plainly valid values must convert. Repeated in an ICU
# database (en-US; all values for text sources, the first 2000 for the others), whose
# expressions must match the libc database's. After all pairs, the public twins are
# armed to raise and one write goes through every cast column.
# Prints one closing line per target type; exits 1 on any failure.
# Hooks for testing the test: PSH_CAST_CREATE_FN (another create function) and
# PSH_CAST_SETUP_SQL (a SQL file run in each database after CREATE EXTENSION).
set -euo pipefail
self=$(cd "$(dirname "$0")" && pwd)/$(basename "$0")
cd "$(dirname "$0")/../.."
out=${PSH_REGRESS_OUT:-/tmp/psh_regress}
work=$out/cast_values
db=psh_cast_values
dbicu=psh_cast_values_icu
jobs=${PSH_CAST_JOBS:-2}
# test hooks (defaults: the extension itself)
create_fn=${PSH_CAST_CREATE_FN:-public.sequin_hasura_create_cast_column}
extra_setup=${PSH_CAST_SETUP_SQL:-}
data=$work/data
# a locale other than the cluster's for the lc_* settings (they must not matter)
locales=$(locale -a 2>/dev/null | tr '\n' ' ')
norm() { tr '[:upper:]' '[:lower:]' <<<"$1" | tr -d '-'; }
other_locale() { # the first of POSIX, C.utf8, C.UTF-8, C that exists and is not $1 (nor C for POSIX)
  local want; want=$(norm "$1")
  [ "$want" = posix ] && want=c
  for l in POSIX C.utf8 C.UTF-8 C; do
    local n; n=$(norm "$l"); [ "$n" = posix ] && n=c
    case " $locales " in *" $l "*) [ "$n" != "$want" ] && { echo "$l"; return; } ;; esac
  done
  echo C
}

# ---------------------------------------------------------------- one pair
run_pair() { # db src tgt: create, load, update, verify; writes res/<db>/<src>-<tgt>.{sum,txt}
  local d=$1 src=$2 tgt=$3
  local s="p_${src}_${tgt}" file="$data/$src-$tgt.copy" res="$work/res/$d"
  local fam mode
  case $src in
    text|varchar|bpchar) fam=str ;; int2|int4|int8) fam=int ;; numeric) fam=num ;;
    float4|float8) fam=float ;; uuid) fam=uuid ;;
  esac
  mode=exact
  if [ $fam = float ] && [[ $tgt != int[248] ]]; then mode=rt_$src; fi
  # the collation provider can only matter to text sources: in the ICU database the
  # other sources get their first 2000 values (the listed edge cases come first)
  if [ "$d" = "$dbicu" ] && [ $fam != str ]; then
    head -n 2000 "$file" > "$res/$src-$tgt.copy"
    file=$res/$src-$tgt.copy
  fi
  local cur_lc hostile_lc
  cur_lc=$(psql -X -At -d "$d" -c "SHOW lc_numeric")
  hostile_lc=$(other_locale "$cur_lc")
  local started=$SECONDS
  if ! psql -X -q -v ON_ERROR_STOP=1 -d "$d" > "$res/$src-$tgt.log" 2>&1 <<SQL
\set QUIET 1
SET search_path = pg_catalog, chk;
SET client_min_messages = warning;
CREATE SCHEMA $s;
CREATE TABLE $s.t (id bigserial PRIMARY KEY, v pg_catalog.$src);
CREATE TABLE $s.d (id bigserial PRIMARY KEY, v pg_catalog.$src);
CREATE TABLE $s.stage (n bigserial PRIMARY KEY, v pg_catalog.$src, cls text);
CREATE TABLE $s.fail (tbl text, phase text, lo int8, hi int8, st text, msg text);
CREATE TABLE $s.bad (kind text, n int8, got text, ref text, msg text);
\copy $s.stage (v, cls) FROM '$file'
ANALYZE $s.stage;
SELECT '$s.t'::regclass::oid AS toid, '$s.d'::regclass::oid AS doid,
       'pg_catalog.$tgt'::regtype::oid AS tgtoid, max(n) AS nmax, max(n) / 2 AS nhalf,
       max(n) / 2 + 1 AS nhalf1 FROM $s.stage \gset

-- 1. the reference column, created under default settings
RESET ALL;
\set ON_ERROR_STOP 0
SELECT $create_fn(:doid::pg_catalog.oid::pg_catalog.regclass, 'v', :tgtoid::pg_catalog.oid::pg_catalog.regtype);
\set ON_ERROR_STOP 1
\if :ERROR
RESET ALL; SET search_path = pg_catalog, chk;
INSERT INTO $s.bad (kind, msg) VALUES ('create.default', :'LAST_ERROR_SQLSTATE' || ' ' || :'LAST_ERROR_MESSAGE');
\endif

-- 2. the column under test, created under hostile settings
SET standard_conforming_strings = off;
SET escape_string_warning = off;
SET DateStyle = 'SQL, DMY';
SET IntervalStyle = 'sql_standard';
SET extra_float_digits = -15;
SET lc_numeric = '$hostile_lc'; SET lc_time = '$hostile_lc'; SET lc_monetary = '$hostile_lc'; SET lc_messages = '$hostile_lc';
SET TimeZone = 'Asia/Kathmandu';
SET transform_null_equals = on;
SET array_nulls = off;
SET bytea_output = 'escape';
SET search_path = public, pg_catalog;
\set ON_ERROR_STOP 0
SELECT $create_fn(:toid::pg_catalog.oid::pg_catalog.regclass, 'v', :tgtoid::pg_catalog.oid::pg_catalog.regtype);
\set ON_ERROR_STOP 1
\if :ERROR
RESET ALL; SET search_path = pg_catalog, chk;
INSERT INTO $s.bad (kind, msg) VALUES ('create.hostile', :'LAST_ERROR_SQLSTATE' || ' ' || :'LAST_ERROR_MESSAGE');
-- still test the values: create it under default settings
RESET ALL;
SELECT $create_fn(:toid::pg_catalog.oid::pg_catalog.regclass, 'v', :tgtoid::pg_catalog.oid::pg_catalog.regtype);
\endif

-- 3. same expression as under default settings; nothing outside pg_catalog
RESET ALL; SET search_path = pg_catalog, chk;
SELECT chk.check_expr('$s');
\pset format unaligned
\pset tuples_only on
SELECT pg_get_expr(adbin, adrelid) FROM pg_attrdef JOIN pg_attribute ON attrelid = adrelid AND attnum = adnum WHERE adrelid = :toid AND attgenerated = 's' \g $res/$src-$tgt.expr
\pset format aligned
\pset tuples_only off

-- 4. INSERT every value, in batches (a failing batch is bisected to its values)
SET DateStyle = 'German, DMY'; SET extra_float_digits = 3; SET IntervalStyle = 'postgres_verbose';
SET lc_numeric = '$hostile_lc'; SET lc_monetary = '$cur_lc'; SET TimeZone = 'America/St_Johns';
SET standard_conforming_strings = on;
SET search_path = public, pg_catalog;
SELECT chk.load('$s', 't', 'insert', :nmax, 1, :nmax);
RESET ALL; SET search_path = pg_catalog, chk;
CREATE TABLE $s.snap AS SELECT id, _v FROM $s.t;
ANALYZE $s.t;

-- 5. COPY every value into the default-settings table, under other settings
SET DateStyle = 'Postgres, YMD'; SET extra_float_digits = 0; SET standard_conforming_strings = off;
SET IntervalStyle = 'iso_8601'; SET lc_numeric = '$cur_lc'; SET lc_time = '$hostile_lc';
SET search_path = public, pg_catalog;
\set ON_ERROR_STOP 0
\copy $s.d (v) FROM PROGRAM 'cut -f1 $file'
\set ON_ERROR_STOP 1
-- (psql sets no ERROR for \copy; COPY is all or nothing, so an empty table means it failed)
SELECT NOT EXISTS (SELECT FROM $s.d) AS copy_failed \gset
\if :copy_failed
INSERT INTO $s.bad (kind, msg) VALUES ('copy', 'COPY of the values into the default-settings column failed; its failing values are listed as "copy"');
-- find the values: the same settings, batched INSERTs into the same table, bisected
SELECT chk.load('$s', 'd', 'copy', :nmax, 1, :nmax);
\endif

-- 6. UPDATE every row to the next row's value, half under each of two other settings
RESET ALL;
SET DateStyle = 'Postgres, MDY'; SET extra_float_digits = -15; SET standard_conforming_strings = off;
SET IntervalStyle = 'iso_8601'; SET TimeZone = 'Pacific/Chatham'; SET lc_numeric = '$hostile_lc';
SET search_path = public, pg_catalog;
SELECT chk.load('$s', 't', 'update', :nmax, 1, :nhalf);
RESET ALL;
SET DateStyle = 'ISO, YMD'; SET extra_float_digits = 3; SET standard_conforming_strings = on;
SET IntervalStyle = 'sql_standard'; SET TimeZone = 'UTC'; SET lc_time = '$hostile_lc';
SET search_path = public, pg_catalog;
SELECT chk.load('$s', 't', 'update', :nmax, :nhalf1, :nmax);

-- 7. verify: strict reference, stability across settings, plain values, no hijack
RESET ALL; SET search_path = pg_catalog, chk;
SET DateStyle = 'ISO, YMD'; SET extra_float_digits = 1; SET IntervalStyle = 'postgres';
SELECT chk.verify('$s', '$fam', '$tgt', '$mode', :nmax);
SELECT chk.check_clean('$s', '$src', '$fam', '$tgt');
\pset format unaligned
\pset tuples_only on
SELECT chk.report('$s', '$d', '$src', '$tgt', :nmax, 20) \g $res/$src-$tgt.txt
SELECT chk.report('$s', '$d', '$src', '$tgt', :nmax, 100000) \g $res/$src-$tgt.all
SQL
  then
    {
      echo "SUM|$d|$src|$tgt|0|0|1|0|0|0"
      echo "  $src -> $tgt: the test itself failed (psql error); last lines of its log:"
      tail -5 "$res/$src-$tgt.log" | sed 's/^/    /'
    } > "$res/$src-$tgt.txt"
  fi
  echo "$((SECONDS - started))" > "$res/$src-$tgt.secs"
}

if [ "${1:-}" = --pair ]; then
  run_pair "$2" "$3" "$4"
  exit 0
fi

# ---------------------------------------------------------------- setup
started=$SECONDS
rm -rf "$work" && mkdir -p "$work/res/$db" "$work/res/$dbicu" "$data"
python3 tests/cast_values.py "$data"
for d in $db $dbicu; do psql -X -q -d postgres -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $d"; done
psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "CREATE DATABASE $db"
dbs=$db
if icu_err=$(psql -X -q -v ON_ERROR_STOP=1 -d postgres \
    -c "CREATE DATABASE $dbicu LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LOCALE 'C.UTF-8' TEMPLATE template0" 2>&1); then
  dbs="$db $dbicu"
else
  echo "ICU database skipped: $(head -1 <<<"$icu_err")"
fi

for d in $dbs; do
  psql -X -q -v ON_ERROR_STOP=1 -d "$d" > "$work/setup_$d.log" 2>&1 <<'SQL' || { echo "setup of $d failed:"; tail -20 "$work/setup_$d.log"; exit 1; }
CREATE EXTENSION pg_sequin_hasura;
CREATE SCHEMA chk;
SET search_path = pg_catalog, chk;

-- ------------------------------------------------------------ loading
-- one batch; a failing batch is bisected down to 16 rows, then tried row by row, so
-- each failing value is found; past 500 found per table and phase, a failing batch
-- is recorded whole (counted once, not bisected) to bound the time
CREATE FUNCTION chk.apply(s text, tbl text, phase text, nmax int8, lo int8, hi int8) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, chk AS $f$
DECLARE st text; msg text; mid int8; found int8;
BEGIN
  BEGIN
    IF phase = 'update' THEN
      EXECUTE format('UPDATE %I.%I AS t SET v = g.v FROM %I.stage AS g
                      WHERE t.id BETWEEN $1 AND $2 AND g.n = t.id %% $3 + 1', s, tbl, s) USING lo, hi, nmax;
    ELSE
      EXECUTE format('INSERT INTO %I.%I (id, v) SELECT n, v FROM %I.stage WHERE n BETWEEN $1 AND $2', s, tbl, s)
        USING lo, hi;
    END IF;
    RETURN;
  EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT;
  END;
  EXECUTE format('SELECT count(*) FROM %I.fail WHERE tbl = $1 AND phase = $2', s) INTO found USING tbl, phase;
  IF lo = hi OR found >= 500 THEN
    EXECUTE format('INSERT INTO %I.fail VALUES ($1, $2, $3, $4, $5, $6)', s) USING tbl, phase, lo, hi, st, msg;
  ELSIF hi - lo < 16 THEN
    FOR mid IN lo .. hi LOOP
      PERFORM chk.apply(s, tbl, phase, nmax, mid, mid);
    END LOOP;
  ELSE
    mid := (lo + hi) / 2;
    PERFORM chk.apply(s, tbl, phase, nmax, lo, mid);
    PERFORM chk.apply(s, tbl, phase, nmax, mid + 1, hi);
  END IF;
END $f$;

CREATE FUNCTION chk.load(s text, tbl text, phase text, nmax int8, lo int8, hi int8) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, chk AS $f$
DECLARE b int8 := lo;
BEGIN
  WHILE b <= hi LOOP
    PERFORM chk.apply(s, tbl, phase, nmax, b, least(b + 4095, hi));
    b := b + 4096;
  END LOOP;
END $f$;

-- ------------------------------------------------------------ strict references
-- only ASCII whitespace (space, \t, \n, \v, \f, \r) is trimmed; the cast is Postgres's own
CREATE FUNCTION chk.ascii_trim(v text) RETURNS text IMMUTABLE STRICT
LANGUAGE sql SET search_path = pg_catalog AS
$f$ SELECT btrim(v, ' ' || chr(9) || chr(10) || chr(11) || chr(12) || chr(13)) $f$;

CREATE FUNCTION chk.ref_str(v text, tgt text) RETURNS text
LANGUAGE plpgsql SET search_path = pg_catalog, chk AS $f$
DECLARE t text := chk.ascii_trim(v);
BEGIN
  IF v IS NULL THEN RETURN NULL; END IF;
  CASE tgt
    WHEN 'int2' THEN RETURN t::int2::text;
    WHEN 'int4' THEN RETURN t::int4::text;
    WHEN 'int8' THEN RETURN t::int8::text;
    WHEN 'numeric' THEN RETURN t::numeric::text;
    WHEN 'uuid' THEN RETURN t::uuid::text;
    WHEN 'bool' THEN RETURN t::bool::text;
    WHEN 'date' THEN
      IF t ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN RETURN t::date::text; END IF;
      RETURN NULL;
    WHEN 'timestamp' THEN
      IF t ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}:[0-9]{2}([.][0-9]{1,6})?$' THEN
        RETURN t::timestamp::text;
      END IF;
      RETURN NULL;
    WHEN 'text', 'varchar' THEN RETURN v;
  END CASE;
EXCEPTION WHEN OTHERS THEN RETURN NULL;
END $f$;

CREATE FUNCTION chk.ref_int(v int8, tgt text) RETURNS text
LANGUAGE plpgsql SET search_path = pg_catalog, chk AS $f$
BEGIN
  CASE tgt
    WHEN 'int2' THEN RETURN v::int2::text;
    WHEN 'int4' THEN RETURN v::int4::text;
    WHEN 'int8' THEN RETURN v::text;
    WHEN 'numeric' THEN RETURN v::numeric::text;
    WHEN 'text', 'varchar' THEN RETURN v::text;
  END CASE;
EXCEPTION WHEN OTHERS THEN RETURN NULL;
END $f$;

-- numeric to an integer: exactly integral and in range (never rounded)
CREATE FUNCTION chk.ref_num(v numeric, tgt text) RETURNS text
LANGUAGE plpgsql SET search_path = pg_catalog, chk AS $f$
BEGIN
  IF tgt IN ('text', 'varchar') THEN RETURN v::text; END IF;
  IF v IS NULL OR v = 'NaN' OR v <> trunc(v) THEN RETURN NULL; END IF;
  CASE tgt
    WHEN 'int2' THEN RETURN v::int2::text;
    WHEN 'int4' THEN RETURN v::int4::text;
    WHEN 'int8' THEN RETURN v::int8::text;
  END CASE;
EXCEPTION WHEN OTHERS THEN RETURN NULL;
END $f$;

-- float (float4 widened exactly) to an integer: exactly integral and in range; the
-- float8-to-int8 cast is exact once both hold
CREATE FUNCTION chk.ref_float(v float8, tgt text) RETURNS text
LANGUAGE plpgsql SET search_path = pg_catalog, chk AS $f$
DECLARE i int8;
BEGIN
  IF v IS NULL OR v = 'NaN' OR v IN ('Infinity', '-Infinity') OR v <> trunc(v)
     OR v < '-9223372036854775808'::float8 OR v >= '9223372036854775808'::float8 THEN
    RETURN NULL;
  END IF;
  i := v::int8;
  CASE tgt
    WHEN 'int2' THEN RETURN i::int2::text;
    WHEN 'int4' THEN RETURN i::int4::text;
    WHEN 'int8' THEN RETURN i::text;
  END CASE;
EXCEPTION WHEN OTHERS THEN RETURN NULL;
END $f$;

-- a float's numeric or text form must read back as exactly the same float
CREATE FUNCTION chk.roundtrip(got text, v float8, src text) RETURNS bool
LANGUAGE plpgsql SET search_path = pg_catalog, chk AS $f$
BEGIN
  IF src = 'float4' THEN RETURN got::float4 = v::float4; END IF;
  RETURN got::float8 = v;
EXCEPTION WHEN OTHERS THEN RETURN false;
END $f$;

CREATE FUNCTION chk.num_or_null(t text) RETURNS numeric
LANGUAGE plpgsql SET search_path = pg_catalog, chk AS $f$
BEGIN RETURN t::numeric; EXCEPTION WHEN OTHERS THEN RETURN NULL; END $f$;

-- a value as it can be printed: ASCII shown, the rest as \uXXXX, long values cut
CREATE FUNCTION chk.show(v text, width int DEFAULT 60) RETURNS text
LANGUAGE plpgsql SET search_path = pg_catalog, chk AS $f$
DECLARE r text := ''; c text; cp int;
BEGIN
  IF v IS NULL THEN RETURN 'NULL'; END IF;
  FOR i IN 1 .. least(length(v), width) LOOP
    c := substr(v, i, 1); cp := ascii(c);
    IF c = E'\\' THEN r := r || E'\\\\';
    ELSIF c = '''' THEN r := r || '''''';
    ELSIF cp BETWEEN 32 AND 126 THEN r := r || c;
    ELSIF cp = 9 THEN r := r || E'\\t';
    ELSIF cp = 10 THEN r := r || E'\\n';
    ELSIF cp = 13 THEN r := r || E'\\r';
    ELSIF cp <= 65535 THEN r := r || E'\\u' || lpad(to_hex(cp), 4, '0');
    ELSE r := r || E'\\U' || lpad(to_hex(cp), 8, '0');
    END IF;
  END LOOP;
  r := 'E''' || r || '''';
  IF length(v) > width THEN r := r || format('...(%s chars)', length(v)); END IF;
  RETURN r;
END $f$;

-- an error message on one line
CREATE FUNCTION chk.oneline(m text) RETURNS text IMMUTABLE
LANGUAGE sql SET search_path = pg_catalog AS
$f$ SELECT replace(replace(replace(m, chr(10), E'\\n'), chr(13), E'\\r'), chr(9), E'\\t') $f$;

-- ------------------------------------------------------------ checks
-- the expression of t._v (hostile settings) against d._v (default settings), and what
-- each depends on
CREATE FUNCTION chk.check_expr(s text) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, chk AS $f$
DECLARE te text; de text; tn text; dn text; r record;
  toid oid := format('%I.t', s)::regclass; doid oid := format('%I.d', s)::regclass;
BEGIN
  SELECT pg_get_expr(adbin, adrelid), regexp_replace(adbin::text, ':location -?[0-9]+', '', 'g')
    INTO te, tn FROM pg_attrdef WHERE adrelid = toid AND adnum = (SELECT attnum FROM pg_attribute
      WHERE attrelid = toid AND attname = '_v' AND attgenerated = 's');
  SELECT pg_get_expr(adbin, adrelid), regexp_replace(adbin::text, ':location -?[0-9]+', '', 'g')
    INTO de, dn FROM pg_attrdef WHERE adrelid = doid AND adnum = (SELECT attnum FROM pg_attribute
      WHERE attrelid = doid AND attname = '_v' AND attgenerated = 's');
  IF te IS NULL OR de IS NULL THEN
    EXECUTE format('INSERT INTO %I.bad (kind, msg) VALUES (''expr.missing'', $1)', s)
      USING format('hostile: %s, default: %s', te IS NOT NULL, de IS NOT NULL);
  ELSIF te <> de OR tn <> dn THEN
    EXECUTE format('INSERT INTO %I.bad (kind, got, ref, msg) VALUES (''expr.differs'', $1, $2, $3)', s)
      USING te, de, CASE WHEN te = de THEN 'same text, different node tree' ELSE 'different text' END;
  END IF;
  FOR r IN
    SELECT CASE WHEN a.adrelid = toid THEN 'hostile' ELSE 'default' END AS which,
           pg_describe_object(dp.refclassid, dp.refobjid, dp.refobjsubid) AS what,
           coalesce((SELECT nspname FROM pg_namespace WHERE oid = CASE dp.refclassid
               WHEN 'pg_operator'::regclass THEN (SELECT oprnamespace FROM pg_operator WHERE oid = dp.refobjid)
               WHEN 'pg_proc'::regclass THEN (SELECT pronamespace FROM pg_proc WHERE oid = dp.refobjid)
               WHEN 'pg_type'::regclass THEN (SELECT typnamespace FROM pg_type WHERE oid = dp.refobjid)
               WHEN 'pg_collation'::regclass THEN (SELECT collnamespace FROM pg_collation WHERE oid = dp.refobjid)
             END), '?') AS nsp
    FROM pg_attrdef a JOIN pg_depend dp ON dp.classid = 'pg_attrdef'::regclass AND dp.objid = a.oid
    JOIN pg_attribute att ON att.attrelid = a.adrelid AND att.attnum = a.adnum AND att.attgenerated = 's'
    WHERE a.adrelid IN (toid, doid)
      AND NOT (dp.refclassid = 'pg_class'::regclass AND dp.refobjid = a.adrelid)
  LOOP
    IF r.nsp <> 'pg_catalog' THEN
      EXECUTE format('INSERT INTO %I.bad (kind, msg) VALUES (''expr.depends'', $1)', s)
        USING format('%s column depends on %s (schema %s)', r.which, r.what, r.nsp);
    END IF;
  END LOOP;
END $f$;

-- every value is checked where it was first written (the INSERT, snapshot in snap):
-- against the strict reference; then every UPDATE result against the INSERT result
-- for the same value (other settings, same answer); a value whose INSERT failed but
-- whose UPDATE worked is checked against the reference too
CREATE FUNCTION chk.verify(s text, fam text, tgt text, mode text, nmax int8) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, chk AS $f$
DECLARE ref text; bad text;
BEGIN
  ref := CASE fam
    WHEN 'str' THEN 'chk.ref_str(g.v::text, $1)'
    WHEN 'int' THEN 'chk.ref_int(g.v::int8, $1)'
    WHEN 'num' THEN 'chk.ref_num(g.v, $1)'
    WHEN 'float' THEN CASE WHEN mode = 'exact' THEN 'chk.ref_float(g.v::float8, $1)' ELSE 'g.v::text' END
    WHEN 'uuid' THEN 'g.v::text' END;
  bad := CASE WHEN mode = 'exact' THEN 'r.got IS NOT NULL AND r.got IS DISTINCT FROM r.ref'
              ELSE format('r.got IS NOT NULL AND NOT chk.roundtrip(r.got, r.v::float8, %L)', substr(mode, 4)) END;
  EXECUTE format('CREATE TABLE %I.res AS SELECT g.n, g.v, sn._v::text AS got, %s AS ref
                  FROM %I.snap sn JOIN %I.stage g ON g.n = sn.id', s, ref, s, s) USING tgt;
  EXECUTE format('INSERT INTO %I.bad (kind, n, got, ref) SELECT %L, r.n, r.got, r.ref FROM %I.res r WHERE %s',
                 s, CASE WHEN mode = 'exact' THEN 'differs' ELSE 'not.exact' END, s, bad);
  -- written by the UPDATE only (its INSERT failed)
  EXECUTE format('INSERT INTO %I.bad (kind, n, got, ref)
                  SELECT %L, r.n, r.got, r.ref FROM (
                    SELECT g.n, g.v, t._v::text AS got, %s AS ref
                    FROM %I.t t JOIN %I.stage g ON g.n = t.id %% $2 + 1 AND t.v IS NOT DISTINCT FROM g.v
                    WHERE NOT EXISTS (SELECT FROM %I.snap sn WHERE sn.id = g.n)) r
                  WHERE %s', s, CASE WHEN mode = 'exact' THEN 'differs' ELSE 'not.exact' END, ref, s, s, s, bad)
    USING tgt, nmax;
  -- the same value gives the same result whatever the writer's settings
  EXECUTE format('INSERT INTO %I.bad (kind, n, got, ref)
                  SELECT ''unstable.update'', g.n, t._v::text, sn._v::text
                  FROM %I.t t JOIN %I.stage g ON g.n = t.id %% $1 + 1 AND t.v IS NOT DISTINCT FROM g.v
                  JOIN %I.snap sn ON sn.id = g.n
                  WHERE t._v::text IS DISTINCT FROM sn._v::text', s, s, s, s) USING nmax;
  EXECUTE format('INSERT INTO %I.bad (kind, n, got, ref)
                  SELECT ''unstable.copy'', g.n, dd._v::text, sn._v::text
                  FROM %I.d dd JOIN %I.stage g ON g.n = dd.id AND dd.v IS NOT DISTINCT FROM g.v
                  JOIN %I.snap sn ON sn.id = g.n
                  WHERE dd._v::text IS DISTINCT FROM sn._v::text', s, s, s, s);
END $f$;

-- plainly valid values must convert: a guard that refuses everything cannot pass
CREATE TABLE chk.clean (fam text, tgt text, val text, expect text);
INSERT INTO chk.clean VALUES
  ('str', 'int2', '42', '42'), ('str', 'int2', ' 42 ', '42'), ('str', 'int2', '-7', '-7'), ('str', 'int2', '-32768', '-32768'),
  ('str', 'int4', '42', '42'), ('str', 'int4', ' 42 ', '42'), ('str', 'int4', '-7', '-7'), ('str', 'int4', '+3', '3'),
  ('str', 'int4', E'\t42\n', '42'), ('str', 'int4', '2147483647', '2147483647'),
  ('str', 'int8', '42', '42'), ('str', 'int8', ' 42 ', '42'), ('str', 'int8', '-9223372036854775808', '-9223372036854775808'),
  ('str', 'numeric', '42', '42'), ('str', 'numeric', '1.5', '1.5'), ('str', 'numeric', ' -0.25 ', '-0.25'),
  ('str', 'numeric', '0.000', '0.000'),
  ('str', 'uuid', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'),
  ('str', 'uuid', '123e4567-e89b-12d3-a456-426614174000', '123e4567-e89b-12d3-a456-426614174000'),
  ('str', 'bool', 'true', 'true'), ('str', 'bool', 'false', 'false'), ('str', 'bool', 't', 'true'),
  ('str', 'bool', 'f', 'false'), ('str', 'bool', '1', 'true'), ('str', 'bool', '0', 'false'),
  ('str', 'bool', 'yes', 'true'), ('str', 'bool', 'no', 'false'), ('str', 'bool', 'TRUE', 'true'),
  ('str', 'date', '2024-02-29', '2024-02-29'), ('str', 'date', '1999-12-31', '1999-12-31'),
  ('str', 'timestamp', '2024-02-29 13:45:00', '2024-02-29 13:45:00'),
  ('str', 'timestamp', '2024-02-29T13:45:00.5', '2024-02-29 13:45:00.5'),
  ('str', 'text', 'abc', 'abc'), ('str', 'text', '42', '42'),
  ('str', 'varchar', 'abc', 'abc'), ('str', 'varchar', '42', '42'),
  ('int', 'int2', '42', '42'), ('int', 'int2', '-7', '-7'), ('int', 'int4', '42', '42'), ('int', 'int4', '-7', '-7'),
  ('int', 'int8', '42', '42'), ('int', 'numeric', '42', '42'), ('int', 'text', '42', '42'), ('int', 'varchar', '-7', '-7'),
  ('num', 'int2', '42', '42'), ('num', 'int4', '42.000', '42'), ('num', 'int4', '-7', '-7'), ('num', 'int8', '42', '42'),
  ('num', 'text', '1.50', '1.50'), ('num', 'varchar', '42', '42'),
  ('float', 'int2', '42', '42'), ('float', 'int4', '42', '42'), ('float', 'int4', '-7.0', '-7'),
  ('float', 'int8', '42', '42'), ('float', 'numeric', '1.5', '1.5'), ('float', 'numeric', '42', '42'),
  ('float', 'text', '1.5', '1.5'), ('float', 'varchar', '42', '42'),
  ('uuid', 'text', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'),
  ('uuid', 'varchar', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11');

CREATE FUNCTION chk.check_clean(s text, src text, fam text, tgt text) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, chk AS $f$
DECLARE c record; got text; st text; msg text;
BEGIN
  FOR c IN SELECT * FROM chk.clean WHERE clean.fam = check_clean.fam AND clean.tgt = check_clean.tgt LOOP
    BEGIN
      EXECUTE format('INSERT INTO %I.t (id, v) VALUES (-1, $1::pg_catalog.%I) RETURNING _v::text', s, src)
        INTO got USING c.val;
      RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'undo';
    EXCEPTION WHEN OTHERS THEN
      GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT;
      IF msg <> 'undo' THEN got := NULL; ELSE msg := NULL; END IF;
    END;
    -- a float's numeric or text form may be any exact spelling (as for every value)
    IF got IS DISTINCT FROM c.expect AND NOT (fam = 'float' AND tgt IN ('numeric', 'text', 'varchar')
                                              AND got IS NOT NULL AND chk.roundtrip(got, c.val::float8, src)) THEN
      EXECUTE format('INSERT INTO %I.bad (kind, got, ref, msg) VALUES (''clean'', $1, $2, $3)', s)
        USING got, c.expect, 'plain value ' || chk.show(c.val) || coalesce(' raised: ' || msg, ' did not convert');
    END IF;
  END LOOP;
END $f$;

-- after every pair ran: with the public twins armed (see chk.arm), a write through
-- every cast column must still work; one SUM line per pair whose writes raised
CREATE FUNCTION chk.probe_all(db text) RETURNS SETOF text
LANGUAGE plpgsql SET search_path = pg_catalog, chk AS $f$
DECLARE p record; val text; msg text; tbl text; bad text[];
BEGIN
  FOR p IN
    SELECT n.nspname AS s, split_part(n.nspname, '_', 2) AS src, split_part(n.nspname, '_', 3) AS tgt
    FROM pg_namespace n WHERE n.nspname LIKE 'p\_%\_%' ORDER BY 1
  LOOP
    SELECT c.val INTO val FROM chk.clean c
    WHERE c.tgt = p.tgt AND c.fam = CASE WHEN p.src IN ('text', 'varchar', 'bpchar') THEN 'str'
            WHEN p.src IN ('int2', 'int4', 'int8') THEN 'int' WHEN p.src = 'numeric' THEN 'num'
            WHEN p.src IN ('float4', 'float8') THEN 'float' ELSE p.src END LIMIT 1;
    bad := '{}';
    FOREACH tbl IN ARRAY ARRAY['t', 'd'] LOOP
      BEGIN
        EXECUTE format('INSERT INTO %I.%I (id, v) VALUES (-2, $1::pg_catalog.%I)', p.s, tbl, p.src) USING val;
        EXECUTE format('UPDATE %I.%I SET v = v WHERE id IN (-2, 1)', p.s, tbl);
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'undo';
      EXCEPTION WHEN OTHERS THEN
        GET STACKED DIAGNOSTICS msg = MESSAGE_TEXT;
        IF msg <> 'undo' THEN
          bad := bad || format('  %s -> %s hijack: write to the %s column raised with the public twins armed: %s',
                               p.src, p.tgt, CASE tbl WHEN 't' THEN 'hostile-settings' ELSE 'default-settings' END, chk.oneline(msg));
        END IF;
      END;
    END LOOP;
    IF cardinality(bad) > 0 THEN
      RETURN NEXT format('SUM|%s|%s|%s|0|0|%s|0|0|0', db, p.src, p.tgt, cardinality(bad));
      RETURN QUERY SELECT unnest(bad);
    END IF;
  END LOOP;
END $f$;

-- the figures, then failing values: one line each, at most `lim`
CREATE FUNCTION chk.report(s text, db text, src text, tgt text, nmax int8, lim int) RETURNS SETOF text
LANGUAGE plpgsql SET search_path = pg_catalog, chk AS $f$
DECLARE rows int8; nonnull int8; refused int8; failures int8; fail_rows int8; bad_rows int8; r record;
  noncanon int8 := 0;
BEGIN
  EXECUTE format('SELECT count(*) FROM %I.t', s) INTO rows;
  EXECUTE format('SELECT count(got), count(*) FILTER (WHERE got IS NULL AND ref IS NOT NULL) FROM %I.res', s)
    INTO nonnull, refused;
  IF src IN ('float4', 'float8') AND tgt IN ('numeric', 'text', 'varchar') THEN
    -- exact, but not the float's shortest form (for numeric: not its value); for information
    EXECUTE format('SELECT count(*) FILTER (WHERE got IS NOT NULL AND %s) FROM %I.res',
                   CASE WHEN tgt = 'numeric' THEN 'chk.num_or_null(got) IS DISTINCT FROM chk.num_or_null(ref)'
                        ELSE 'got IS DISTINCT FROM ref' END, s) INTO noncanon;
  END IF;
  -- past the cap a failing batch is not bisected: it counts as one failure (at least one)
  EXECUTE format('SELECT count(*) FROM %I.fail', s) INTO fail_rows;
  EXECUTE format('SELECT count(*) FROM %I.bad', s) INTO bad_rows;
  failures := fail_rows + bad_rows;
  RETURN NEXT format('SUM|%s|%s|%s|%s|%s|%s|%s|%s|%s', db, src, tgt, nmax, nmax + rows, failures, nonnull,
                     refused, noncanon);
  -- problems of the column itself first, all of them; then up to `lim` values, taken in
  -- turn from each (kind of failure, class of value) so that no class hides another
  FOR r IN EXECUTE format($q$
      WITH x AS (
        SELECT 1 AS o, f.lo AS k,
               f.phase || CASE WHEN f.hi > f.lo THEN format(' (a batch of %%s, not bisected)', f.hi - f.lo + 1) ELSE '' END AS kind,
               CASE WHEN f.hi > f.lo THEN '' ELSE chk.show(g.v::text) END AS val,
               CASE WHEN f.hi > f.lo THEN '' ELSE g.cls END AS cls, f.st || ' ' || chk.oneline(f.msg) AS detail
        FROM %1$I.fail f JOIN %1$I.stage g ON g.n = CASE WHEN f.phase = 'update' THEN f.lo %% %2$s + 1 ELSE f.lo END
        UNION ALL
        SELECT CASE WHEN b.n IS NULL THEN 0 ELSE 1 END, coalesce(b.n, 0), b.kind,
               CASE WHEN b.n IS NULL THEN '' ELSE chk.show(g.v::text) END,
               g.cls,
               CASE WHEN b.got IS NOT NULL OR b.ref IS NOT NULL
                    THEN format('got %%s, expected %%s', chk.show(b.got, 40), chk.show(b.ref, 40)) ELSE '' END
               || coalesce(' ' || chk.oneline(b.msg), '')
        FROM %1$I.bad b LEFT JOIN %1$I.stage g ON g.n = b.n
      ), ranked AS (
        SELECT x.*, row_number() OVER (PARTITION BY o, kind, split_part(cls, '+', 1) ORDER BY k) AS turn FROM x
      ), numbered AS (
        SELECT ranked.*, row_number() OVER (ORDER BY o, turn, kind, cls, k) AS pos FROM ranked
      )
      SELECT kind, val, cls, detail FROM numbered WHERE o = 0 OR pos <= (SELECT count(*) FROM x WHERE o = 0) + %3$s
      ORDER BY o, kind, k $q$, s, nmax, lim)
  LOOP
    RETURN NEXT format('  %s -> %s %s: %s [%s] %s', src, tgt, r.kind, r.val, coalesce(r.cls, ''), r.detail);
  END LOOP;
END $f$;

-- ------------------------------------------------------------ a hostile public schema
-- Twins of pg_catalog operators and functions (same name and argument types, plus
-- varchar versions of the text ones), better-matching cross-type operators (numeric >=
-- integer, varchar ~ text, ...), and domains named like the built-in types, all in
-- public: with search_path = public, pg_catalog an unqualified name binds to them (and
-- a cross-type one even with pg_catalog first). While the values run they are the very
-- same C function (or an inlined SQL expression), so they cost nothing and change no
-- result; chk.arm then turns every one into a raising function, and chk.probe_all
-- writes through every cast column.
CREATE TABLE chk.planted (fn regprocedure PRIMARY KEY, what text);
CREATE FUNCTION public.psh_hijack_ok() RETURNS bool LANGUAGE sql IMMUTABLE AS $f$ SELECT true $f$;
INSERT INTO chk.planted VALUES ('public.psh_hijack_ok()', 'the check of a domain public.<built-in type name>');
DO $plant$
DECLARE
  ty text[] := ARRAY['bool', 'text', 'bpchar', 'name', 'int2', 'int4', 'int8', 'numeric', 'float4', 'float8',
                     'uuid', 'date', 'time', 'timestamp', 'timestamptz', 'interval'];
  nums text[] := ARRAY['int2', 'int4', 'int8', 'numeric', 'float4', 'float8'];
  strs text[] := ARRAY['text', 'varchar', 'bpchar', 'name'];
  fnames text[] := ARRAY['btrim', 'ltrim', 'rtrim', 'lower', 'upper', 'initcap', 'length', 'char_length',
    'character_length', 'octet_length', 'substr', 'substring', 'strpos', 'replace', 'translate',
    'regexp_replace', 'regexp_match', 'regexp_like', 'regexp_count', 'regexp_substr', 'split_part', 'left',
    'right', 'reverse', 'repeat', 'lpad', 'rpad', 'textlen', 'textregexeq', 'texticregexeq', 'starts_with',
    'ascii', 'chr', 'md5', 'normalize', 'trunc', 'round', 'floor', 'ceil', 'ceiling', 'abs', 'sign', 'scale',
    'min_scale', 'trim_scale', 'mod', 'div', 'int2', 'int4', 'int8', 'float4', 'float8', 'numeric', 'text',
    'make_date', 'make_timestamp', 'make_time', 'date_part', 'date_trunc', 'isfinite', 'to_date',
    'to_timestamp', 'to_number', 'to_char', 'like_escape', 'similar_to_escape', 'bool', 'uuid', 'date',
    'timestamp', 'quote_literal', 'num_nulls', 'width_bucket'];
  o record; n int := 0; args text; l text; r text; op text; res text; pref text; fn text; body text;
BEGIN
  SET LOCAL search_path = pg_catalog, chk;
  -- twins of every pg_catalog operator over these types
  FOR o IN
    SELECT op.oprname, op.oprleft, op.oprright, op.oprresult, p.proisstrict, p.prolang, p.prosrc
    FROM pg_operator op JOIN pg_proc p ON p.oid = op.oprcode
    WHERE op.oprnamespace = 'pg_catalog'::regnamespace
      AND (op.oprleft = 0 OR op.oprleft::regtype = ANY (ty::regtype[]))
      AND op.oprright::regtype = ANY (ty::regtype[]) AND op.oprresult::regtype = ANY (ty::regtype[])
  LOOP
    n := n + 1;
    l := CASE WHEN o.oprleft = 0 THEN NULL ELSE format_type(o.oprleft, NULL) END;
    r := format_type(o.oprright, NULL);
    fn := format('public.psh_op_%s(%s)', n, concat_ws(', ', l, r));
    body := CASE WHEN o.prolang = (SELECT oid FROM pg_language WHERE lanname = 'internal')
                 THEN format('LANGUAGE internal AS %L', o.prosrc)
                 ELSE format('LANGUAGE sql AS %L', format('SELECT %s OPERATOR(pg_catalog.%s) $%s',
                        CASE WHEN l IS NULL THEN '' ELSE '$1' END, o.oprname, CASE WHEN l IS NULL THEN 1 ELSE 2 END)) END;
    EXECUTE format('CREATE FUNCTION %s RETURNS %s IMMUTABLE %s %s', fn, format_type(o.oprresult, NULL),
                   CASE WHEN o.proisstrict THEN 'STRICT' ELSE '' END, body);
    EXECUTE format('CREATE OPERATOR public.%s (%s RIGHTARG = %s, FUNCTION = public.psh_op_%s)',
      o.oprname, CASE WHEN l IS NULL THEN '' ELSE format('LEFTARG = %s,', l) END, r, n);
    INSERT INTO chk.planted VALUES (fn::regprocedure, format('operator public.%s(%s)', o.oprname, concat_ws(', ', l, r)));
  END LOOP;
  -- cross-type operators that match better than any pg_catalog one (numeric >= integer, ...)
  FOREACH l IN ARRAY nums || strs LOOP
    FOREACH r IN ARRAY nums || strs LOOP
      FOREACH op IN ARRAY ARRAY['=', '<>', '<', '<=', '>', '>=', '+', '-', '*', '/', '%', '~', '~*', '!~', '!~*',
                                '~~', '~~*', '!~~', '!~~*', '||'] LOOP
        CONTINUE WHEN EXISTS (SELECT FROM pg_operator x WHERE x.oprname = op
                                AND x.oprleft = l::regtype AND x.oprright = r::regtype);
        IF l = ANY (nums) AND r = ANY (nums) THEN
          CONTINUE WHEN NOT op = ANY (ARRAY['=', '<>', '<', '<=', '>', '>=', '+', '-', '*', '/', '%']);
          pref := CASE WHEN l LIKE 'float%' OR r LIKE 'float%' THEN 'float8'
                       WHEN l = 'numeric' OR r = 'numeric' THEN 'numeric' ELSE 'int8' END;
          CONTINUE WHEN op = '%' AND pref = 'float8';
        ELSIF l = ANY (strs) AND r = ANY (strs) THEN
          CONTINUE WHEN op = ANY (ARRAY['+', '-', '*', '/', '%']);
          pref := 'text';
        ELSE
          CONTINUE;
        END IF;
        res := CASE WHEN op = ANY (ARRAY['+', '-', '*', '/', '%']) THEN pref WHEN op = '||' THEN 'text' ELSE 'bool' END;
        n := n + 1;
        fn := format('public.psh_op_%s(pg_catalog.%s, pg_catalog.%s)', n, l, r);
        EXECUTE format('CREATE FUNCTION %s RETURNS pg_catalog.%s LANGUAGE sql IMMUTABLE STRICT AS %L', fn, res,
          format('SELECT $1::pg_catalog.%s OPERATOR(pg_catalog.%s) $2::pg_catalog.%s', pref, op, pref));
        EXECUTE format('CREATE OPERATOR public.%s (LEFTARG = pg_catalog.%s, RIGHTARG = pg_catalog.%s, FUNCTION = public.psh_op_%s)',
          op, l, r, n);
        INSERT INTO chk.planted VALUES (fn::regprocedure, format('operator public.%s(%s, %s)', op, l, r));
      END LOOP;
    END LOOP;
  END LOOP;
  -- twins of pg_catalog functions (and varchar versions of the text ones)
  FOR o IN
    SELECT p.proname, p.proargtypes::oid[] AS argt, p.prorettype, p.proisstrict, p.prolang, p.prosrc
    FROM pg_proc p
    WHERE p.pronamespace = 'pg_catalog'::regnamespace AND p.proname = ANY (fnames) AND p.prokind = 'f'
      AND p.provariadic = 0 AND p.pronargs > 0 AND p.prorettype::regtype = ANY (ty::regtype[])
      AND NOT EXISTS (SELECT FROM unnest(p.proargtypes::oid[]) a WHERE NOT a::regtype = ANY (ty::regtype[]))
  LOOP
    FOREACH pref IN ARRAY ARRAY['same', 'varchar'] LOOP
      CONTINUE WHEN pref = 'varchar' AND NOT 'text'::regtype = ANY (o.argt);
      SELECT string_agg(CASE WHEN pref = 'varchar' AND t = 'text'::regtype THEN 'pg_catalog.varchar'
                             ELSE format_type(t, NULL) END, ', ' ORDER BY i),
             string_agg(format('$%s', i), ', ' ORDER BY i)
        INTO args, l FROM unnest(o.argt) WITH ORDINALITY AS x(t, i);
      fn := format('public.%I(%s)', o.proname, args);
      body := CASE WHEN o.prolang = (SELECT oid FROM pg_language WHERE lanname = 'internal')
                   THEN format('LANGUAGE internal AS %L', o.prosrc)
                   ELSE format('LANGUAGE sql AS %L', format('SELECT pg_catalog.%I(%s)', o.proname, l)) END;
      BEGIN
        EXECUTE format('CREATE FUNCTION %s RETURNS %s IMMUTABLE %s %s', fn, format_type(o.prorettype, NULL),
                       CASE WHEN o.proisstrict THEN 'STRICT' ELSE '' END, body);
        INSERT INTO chk.planted VALUES (fn::regprocedure, format('function %s', fn));
      EXCEPTION WHEN duplicate_function THEN NULL;
      END;
    END LOOP;
  END LOOP;
  -- domains named like the built-in types
  FOREACH l IN ARRAY ARRAY['text', 'int2', 'int4', 'int8', 'float4', 'float8', 'bool', 'uuid', 'date', 'bpchar',
                           'numeric', 'varchar', 'timestamp', 'interval'] LOOP
    EXECUTE format('CREATE DOMAIN public.%I AS pg_catalog.%I CHECK (public.psh_hijack_ok())', l, l);
  END LOOP;
END $plant$;

-- every planted function becomes one that raises (run once all pairs are done)
CREATE FUNCTION chk.arm() RETURNS int
LANGUAGE plpgsql SET search_path = pg_catalog, chk AS $f$
DECLARE p record; n int := 0;
BEGIN
  FOR p IN SELECT fn, what, format_type(prorettype, NULL) AS ret FROM chk.planted JOIN pg_proc ON oid = fn LOOP
    EXECUTE format('CREATE OR REPLACE FUNCTION %s RETURNS %s LANGUAGE plpgsql IMMUTABLE AS %L', p.fn, p.ret,
                   format('BEGIN RAISE EXCEPTION ''%%'', %L; END', 'hijacked: ' || p.what || ' ran'));
    n := n + 1;
  END LOOP;
  RETURN n;
END $f$;
GRANT CREATE ON SCHEMA public TO PUBLIC;
SQL
  if [ -n "$extra_setup" ]; then
    psql -X -q -v ON_ERROR_STOP=1 -d "$d" -f "$extra_setup" >> "$work/setup_$d.log" 2>&1 \
      || { echo "$extra_setup failed in $d:"; tail -20 "$work/setup_$d.log"; exit 1; }
  fi
  echo "$d: $(psql -X -At -d "$d" -c "SELECT (SELECT count(*) FROM pg_operator WHERE oprnamespace = 'public'::regnamespace)
    || ' operators, ' || (SELECT count(*) FROM pg_proc WHERE pronamespace = 'public'::regnamespace) || ' functions, '
    || (SELECT count(*) FROM pg_type WHERE typnamespace = 'public'::regnamespace AND typtype = 'd')
    || ' domains planted in public'")"
done

# ---------------------------------------------------------------- refused pairs
refused=$(PGOPTIONS="-c psh.create_fn=$create_fn" psql -X -q -At -v ON_ERROR_STOP=1 -d $db <<'SQL'
SET search_path = pg_catalog, chk;
CREATE TABLE chk.r (id int PRIMARY KEY, a_text text, a_varchar varchar, a_int4 int4, a_numeric numeric,
                    a_float8 float8, a_uuid uuid, a_bool bool, a_date date);
CREATE FUNCTION chk.try_refused(col text, tgt text, want text) RETURNS text
LANGUAGE plpgsql SET search_path = pg_catalog, chk AS $f$
DECLARE st text;
BEGIN
  BEGIN
    EXECUTE format('SELECT %s(''chk.r'', $1, $2)', current_setting('psh.create_fn')) USING col, tgt::regtype;
    st := '00000';
  EXCEPTION WHEN OTHERS THEN GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE;
  END;
  RETURN CASE WHEN st = want THEN NULL ELSE format('%s as %s: %s, expected %s', col, tgt, st, want) END;
END $f$;
SELECT coalesce(string_agg(x, '; '), 'ok') FROM (VALUES
  (chk.try_refused('a_text', 'text', '22023')), (chk.try_refused('a_varchar', 'varchar', '22023')),
  (chk.try_refused('a_int4', 'int4', '22023')), (chk.try_refused('a_numeric', 'numeric', '22023')),
  (chk.try_refused('a_uuid', 'uuid', '22023')), (chk.try_refused('a_int4', 'bool', '0A000')),
  (chk.try_refused('a_float8', 'date', '0A000')), (chk.try_refused('a_numeric', 'timestamp', '0A000')),
  (chk.try_refused('a_uuid', 'int4', '0A000')), (chk.try_refused('a_text', 'jsonb', '0A000')),
  (chk.try_refused('a_text', 'float8', '0A000')), (chk.try_refused('a_bool', 'int4', '0A000')),
  (chk.try_refused('a_date', 'text', '0A000')), (chk.try_refused('a_int4', 'uuid', '0A000'))) v(x);
SELECT count(*) FROM pg_attribute WHERE attrelid = 'chk.r'::regclass AND attnum > 0 AND NOT attisdropped;
SQL
)
echo "refused pairs: $(head -1 <<<"$refused"), columns afterwards: $(tail -1 <<<"$refused") (9 expected)"
refused_ok=1
[ "$(head -1 <<<"$refused")" = ok ] && [ "$(tail -1 <<<"$refused")" = 9 ] || refused_ok=0

# ---------------------------------------------------------------- every pair, both databases
python3 tests/cast_values.py --list > "$work/pairs"
for d in $dbs; do sed "s/^/$d /" "$work/pairs"; done \
  | xargs -P "$jobs" -L 1 bash "$self" --pair || true
for d in $dbs; do
  while read -r src tgt; do # a pair that left no result failed
    [ -s "$work/res/$d/$src-$tgt.txt" ] || printf 'SUM|%s|%s|%s|0|0|1|0|0|0\n  %s -> %s: no result (see %s)\n' \
      "$d" "$src" "$tgt" "$src" "$tgt" "$work/res/$d/$src-$tgt.log" > "$work/res/$d/$src-$tgt.txt"
  done < "$work/pairs"
done
# arm the public twins (each now raises), then write through every cast column once
for d in $dbs; do
  armed=$(psql -X -q -At -v ON_ERROR_STOP=1 -d "$d" -c "SELECT chk.arm()")
  psql -X -q -At -v ON_ERROR_STOP=1 -d "$d" -c "SELECT chk.probe_all('$d')" > "$work/res/$d/zz_probe.txt"
  echo "$d: $armed public twins armed to raise; writes through every cast column that raised: $(grep -c '^SUM|' "$work/res/$d/zz_probe.txt" || true)"
done

# ---------------------------------------------------------------- figures
fail=0
[ $refused_ok = 1 ] || fail=1
for d in $dbs; do
  cat "$work/res/$d"/*.txt | grep -v '^SUM|' | head -400 || true
done
if grep -qv '^SUM|' "$work"/res/*/*.txt; then
  echo "(every failing value, per pair: $work/res/<database>/<source>-<target>.all)"
fi
cat "$work"/res/*/*.txt | grep '^SUM|' > "$work/sums"
# the expression must not depend on the collation provider either
if [ "$dbs" != "$db" ]; then
  while read -r src tgt; do
    if ! cmp -s "$work/res/$db/$src-$tgt.expr" "$work/res/$dbicu/$src-$tgt.expr"; then
      echo "  $src -> $tgt: expression differs between the libc and ICU databases:"
      echo "    libc: $(head -c 300 "$work/res/$db/$src-$tgt.expr")"
      echo "    icu:  $(head -c 300 "$work/res/$dbicu/$src-$tgt.expr")"
      echo "SUM|cross|$src|$tgt|0|0|1|0|0|0" >> "$work/sums"
    fi
  done < "$work/pairs"
fi
awk -F'|' '
  { v[$4] += $5; w[$4] += $6; f[$4] += $7; nn[$4] += $8; r[$4] += $9; nc[$4] += $10
    tag = ($2 == "'"$db"'") ? "libc" : ($2 == "'"$dbicu"'") ? "icu" : $2
    if ($7 > 0 && !seen[$4, $3, tag]++) bad[$4] = bad[$4] " " $3 "/" tag }
  END { for (t in v) printf "cast_values %-9s %7d values, %7d inserts+updates, %6d failures, %7d non-NULL, %6d refused but parseable, %6d float results exact but not in shortest form%s\n",
          t, v[t], w[t], f[t], nn[t], r[t], nc[t], (f[t] > 0 ? "; failing:" bad[t] : "") }' "$work/sums" | sort
total=$(awk -F'|' '{ f += $7 } END { print f + 0 }' "$work/sums")
[ "$total" -eq 0 ] || fail=1
if [ $fail = 0 ]; then
  for d in $dbs; do psql -X -q -d postgres -c "DROP DATABASE $d"; done
  rm -rf "$data"
fi
echo "cast_values: $(wc -l < "$work/pairs") pairs x $(wc -w <<<"$dbs") databases, $total failures$([ $refused_ok = 1 ] || echo ", refused pairs wrong"), $((SECONDS - started))s"
[ $fail = 0 ]

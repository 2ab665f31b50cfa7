-- The value runner of check 2 (no value breaks a sync write). psh_sec_values holds
-- (table, source column, value as SQL, expected value as SQL or NULL). For each row:
-- INSERT a row with the value, UPDATE another row to it, and read it through every
-- cast view of that column; each must succeed, and the cast column "_<col>" (and the
-- view's cast column) must be NULL, or exactly the expected value (NULL expected: must
-- be NULL). psh_sec_check_values() returns one row per failure; a last full read of
-- every cast view must not fail either.
SET client_min_messages = warning;
CREATE TABLE public.psh_sec_values (id serial PRIMARY KEY, tbl text NOT NULL, col text NOT NULL,
  val text NOT NULL, expected text, label text NOT NULL);
CREATE FUNCTION public.psh_sec_check_values(OUT label text, OUT op text, OUT why text) RETURNS SETOF record
LANGUAGE plpgsql SET search_path = pg_catalog AS $f$
DECLARE
  r record; v record;
  key text; good boolean; got text;
  cast_col text;
  cond text;
BEGIN
  FOR r IN SELECT * FROM public.psh_sec_values ORDER BY id LOOP
    key := 'v' || r.id;
    cast_col := '_' || r.col;
    label := r.label;
    IF NOT EXISTS (SELECT FROM pg_attribute WHERE attrelid = r.tbl::regclass AND attname = cast_col AND attgenerated <> '') THEN
      op := 'setup'; why := format('%s has no cast column %s', r.tbl, cast_col); RETURN NEXT; CONTINUE;
    END IF;
    cond := CASE WHEN r.expected IS NULL THEN format('%I IS NULL', cast_col)
                 ELSE format('%I IS NULL OR %I = (%s)', cast_col, cast_col, r.expected) END;
    -- the sync inserts the value
    BEGIN
      EXECUTE format('INSERT INTO %s (id, %I) VALUES (%L, %s)', r.tbl, r.col, key, r.val);
      EXECUTE format('SELECT %s, left(%I::text, 60) FROM %s WHERE id = %L', cond, cast_col, r.tbl, key) INTO good, got;
      IF NOT good THEN op := 'insert'; why := format('%s = %s', cast_col, got); RETURN NEXT; END IF;
    EXCEPTION WHEN OTHERS THEN
      op := 'insert'; why := format('%s %s', SQLSTATE, left(SQLERRM, 120)); RETURN NEXT;
    END;
    -- the sync updates a row to it
    BEGIN
      EXECUTE format('INSERT INTO %s (id) VALUES (%L)', r.tbl, key || 'u');
      EXECUTE format('UPDATE %s SET %I = %s WHERE id = %L', r.tbl, r.col, r.val, key || 'u');
      EXECUTE format('SELECT %s, left(%I::text, 60) FROM %s WHERE id = %L', cond, cast_col, r.tbl, key || 'u') INTO good, got;
      IF NOT good THEN op := 'update'; why := format('%s = %s', cast_col, got); RETURN NEXT; END IF;
    EXCEPTION WHEN OTHERS THEN
      op := 'update'; why := format('%s %s', SQLSTATE, left(SQLERRM, 120)); RETURN NEXT;
    END;
    -- Hasura reads it through each cast view of the column
    FOR v IN
      SELECT c.oid::regclass AS view, m OPERATOR(pg_catalog.->>) 'cast_column' AS vcol
      FROM pg_class c, LATERAL (SELECT substr(obj_description(c.oid, 'pg_class'), 18)::jsonb AS m) j
      WHERE c.relkind = 'v' AND obj_description(c.oid, 'pg_class') LIKE 'pg\_sequin\_hasura:%'
        AND m OPERATOR(pg_catalog.->>) 'kind' = 'cast_view'
        AND format('%I.%I', m #>> '{base,schema}', m #>> '{base,name}')::regclass = r.tbl::regclass
        AND m OPERATOR(pg_catalog.->>) 'column' = r.col
    LOOP
      BEGIN
        EXECUTE format('SELECT %s, left(%I::text, 60) FROM %s WHERE id = %L',
          CASE WHEN r.expected IS NULL THEN format('%I IS NULL', v.vcol)
               ELSE format('%I IS NULL OR %I = (%s)', v.vcol, v.vcol, r.expected) END,
          v.vcol, v.view, key) INTO good, got;
        IF NOT good THEN op := 'view ' || v.view; why := format('%s = %s', v.vcol, got); RETURN NEXT; END IF;
      EXCEPTION WHEN OTHERS THEN
        op := 'view ' || v.view; why := format('%s %s', SQLSTATE, left(SQLERRM, 120)); RETURN NEXT;
      END;
    END LOOP;
  END LOOP;
  -- a full read of every cast view (Hasura's list query) must not fail
  FOR v IN
    SELECT c.oid::regclass AS view, substr(obj_description(c.oid, 'pg_class'), 18)::jsonb OPERATOR(pg_catalog.->>) 'cast_column' AS vcol
    FROM pg_class c
    WHERE c.relkind = 'v' AND obj_description(c.oid, 'pg_class') LIKE 'pg\_sequin\_hasura:{%"cast\_view"%'
  LOOP
    BEGIN
      EXECUTE format('SELECT count(%I) FROM %s', v.vcol, v.view);
    EXCEPTION WHEN OTHERS THEN
      label := 'full read'; op := 'view ' || v.view; why := format('%s %s', SQLSTATE, left(SQLERRM, 120)); RETURN NEXT;
    END;
  END LOOP;
END $f$;
RESET client_min_messages;

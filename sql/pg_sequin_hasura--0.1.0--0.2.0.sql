\echo Use "ALTER EXTENSION pg_sequin_hasura UPDATE" to load this file. \quit
-- 0.1.0 → 0.2.0
--   * nothing anyone else defined runs when we run: every SQL function of the
--     extension runs with search_path = pg_catalog, pg_temp;
--   * the event trigger asks the backend (not a setting any role may change, nor
--     application_name) whether the DDL it sees is our own; sees views, materialized
--     views, foreign tables, CREATE SCHEMA … CREATE TABLE, cascaded drops and drops
--     in the statement that drops _sync_meta; coalesces open flags (at most 10,000
--     per schema); and announces at commit only (never breaks PREPARE TRANSACTION or
--     a COMMIT with a full notification queue);
--   * readers see only the flags of schemas they may use (row security);
--   * the sync's own DDL always goes through: a ddl_command_start trigger steps our
--     cast columns and views out of its way (recorded in _sequin_hasura.pending) and
--     ddl_command_end brings them back once what they stand on is there;
--   * sequin_hasura_unwatch() refuses a schema that does not exist (3F000).
-- Cast columns and views made by 0.1.0 are left as they are: sequin_hasura_plan()
-- lists their re-creation with the 0.2.0 SQL and sequin_hasura_apply() runs it.

ALTER FUNCTION sequin_hasura_metadata(text, jsonb) SET search_path = pg_catalog, pg_temp;
ALTER FUNCTION sequin_hasura_suggest_relationships(text, jsonb) SET search_path = pg_catalog, pg_temp;
ALTER FUNCTION sequin_hasura_create_cast_column(regclass, text, regtype, text, jsonb) SET search_path = pg_catalog, pg_temp;
ALTER FUNCTION sequin_hasura_create_cast_view(regclass, text, regtype, text, jsonb) SET search_path = pg_catalog, pg_temp;
ALTER FUNCTION sequin_hasura_create_join_view(regclass, text, jsonb) SET search_path = pg_catalog, pg_temp;
ALTER FUNCTION sequin_hasura_plan(text, jsonb) SET search_path = pg_catalog, pg_temp;
ALTER FUNCTION sequin_hasura_apply(text, jsonb) SET search_path = pg_catalog, pg_temp;

CREATE TABLE _sequin_hasura.open_flags (
  schema_name text PRIMARY KEY,
  open bigint NOT NULL
);

CREATE TABLE _sequin_hasura.pending (
  id bigserial PRIMARY KEY,
  object_schema text NOT NULL,
  object_name text NOT NULL,
  column_name text,
  marker text NOT NULL,
  owner text,
  acl text,
  reason text NOT NULL,
  since timestamptz NOT NULL DEFAULT pg_catalog.now()
);

SELECT pg_catalog.pg_extension_config_dump('_sequin_hasura.pending', '');
SELECT pg_catalog.pg_extension_config_dump('_sequin_hasura.pending_id_seq', '');
GRANT SELECT ON _sequin_hasura.pending TO PUBLIC;

ALTER TABLE _sequin_hasura.flagged ENABLE ROW LEVEL SECURITY;
CREATE POLICY flagged_visible ON _sequin_hasura.flagged FOR SELECT
  USING (EXISTS (SELECT FROM pg_catalog.pg_namespace AS n
                 WHERE n.nspname OPERATOR(pg_catalog.=) table_schema
                   AND pg_catalog.has_schema_privilege(n.oid, 'USAGE')));
CREATE POLICY flagged_ackable ON _sequin_hasura.flagged FOR UPDATE
  USING (EXISTS (SELECT FROM pg_catalog.pg_namespace AS n
                 WHERE n.nspname OPERATOR(pg_catalog.=) table_schema
                   AND pg_catalog.has_schema_privilege(n.oid, 'USAGE')));

CREATE FUNCTION _sequin_hasura.announce(payload text) RETURNS void
LANGUAGE c STRICT
AS 'MODULE_PATHNAME', 'sequin_hasura_announce_wrapper';

CREATE OR REPLACE FUNCTION _sequin_hasura.flag(schema_name text, table_name text, event text) RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  IF EXISTS (SELECT FROM _sequin_hasura.flagged AS f
             WHERE f.acked_at IS NULL AND f.table_schema = $1 AND f.table_name = $2 AND f.event = $3) THEN
    RETURN;
  END IF;
  UPDATE _sequin_hasura.open_flags AS o SET open = o.open + 1 WHERE o.schema_name = $1 AND o.open < 10000;
  IF NOT FOUND THEN
    INSERT INTO _sequin_hasura.open_flags AS o (schema_name, open) VALUES ($1, 1)
    ON CONFLICT (schema_name) DO UPDATE
      SET open = (SELECT pg_catalog.count(*) FROM _sequin_hasura.flagged AS f
                  WHERE f.acked_at IS NULL AND f.table_schema = o.schema_name) + 1
      WHERE (SELECT pg_catalog.count(*) FROM _sequin_hasura.flagged AS f
             WHERE f.acked_at IS NULL AND f.table_schema = o.schema_name) < 10000;
    IF NOT FOUND THEN
      RETURN;  -- 10,000 open flags in this schema already
    END IF;
  END IF;
  INSERT INTO _sequin_hasura.flagged (table_schema, table_name, event) VALUES ($1, $2, $3);
  PERFORM _sequin_hasura.announce(pg_catalog.json_build_object('schema', $1, 'table', $2, 'event', $3)::text);
END
$$;

CREATE FUNCTION _sequin_hasura.internal_ddl() RETURNS boolean
LANGUAGE c
AS 'MODULE_PATHNAME', 'sequin_hasura_internal_ddl_wrapper';

CREATE FUNCTION _sequin_hasura.internal_ddl_begin() RETURNS void
LANGUAGE c
AS 'MODULE_PATHNAME', 'sequin_hasura_internal_ddl_begin_wrapper';

CREATE FUNCTION _sequin_hasura.internal_ddl_end() RETURNS void
LANGUAGE c
AS 'MODULE_PATHNAME', 'sequin_hasura_internal_ddl_end_wrapper';

REVOKE ALL ON FUNCTION _sequin_hasura.internal_ddl_begin() FROM PUBLIC;
REVOKE ALL ON FUNCTION _sequin_hasura.internal_ddl_end() FROM PUBLIC;

CREATE FUNCTION _sequin_hasura.step_aside(dropped oid[], changed_tables oid[], changed_columns text[], renamed oid[], reason text)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  o record;
BEGIN
  FOR o IN
    SELECT DISTINCT v.oid, n.nspname::text AS nspname, v.relname::text AS relname,
           pg_catalog.obj_description(v.oid, 'pg_class') AS marker,
           pg_catalog.pg_get_userbyid(v.relowner)::text AS owner, v.relacl::text AS acl
    FROM pg_catalog.pg_depend AS d
    JOIN pg_catalog.pg_rewrite AS w ON w.oid = d.objid
    JOIN pg_catalog.pg_class AS v ON v.oid = w.ev_class
    JOIN pg_catalog.pg_namespace AS n ON n.oid = v.relnamespace
    WHERE d.classid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass
      AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
      AND v.relkind = 'v' AND v.oid <> d.refobjid
      AND pg_catalog.starts_with(pg_catalog.obj_description(v.oid, 'pg_class'), 'pg_sequin_hasura:')
      AND (d.refobjid = ANY (dropped)
           OR EXISTS (SELECT FROM ROWS FROM (pg_catalog.unnest(changed_tables), pg_catalog.unnest(changed_columns)) AS c(rel, col)
                      JOIN pg_catalog.pg_attribute AS a ON a.attrelid = c.rel AND a.attname = c.col
                      WHERE d.refobjid = c.rel AND d.refobjsubid = a.attnum))
  LOOP
    INSERT INTO _sequin_hasura.pending (object_schema, object_name, marker, owner, acl, reason)
    VALUES (o.nspname, o.relname, o.marker, o.owner, o.acl, reason);
    EXECUTE pg_catalog.format('DROP VIEW %I.%I', o.nspname, o.relname);
  END LOOP;
  FOR o IN
    SELECT DISTINCT n.nspname::text AS nspname, r.relname::text AS relname, g.attname::text AS attname,
           pg_catalog.col_description(g.attrelid, g.attnum) AS marker
    FROM ROWS FROM (pg_catalog.unnest(changed_tables), pg_catalog.unnest(changed_columns)) AS c(rel, col)
    JOIN pg_catalog.pg_attribute AS src ON src.attrelid = c.rel AND src.attname = c.col
    JOIN pg_catalog.pg_attrdef AS ad ON ad.adrelid = c.rel
    JOIN pg_catalog.pg_depend AS d ON d.classid = 'pg_catalog.pg_attrdef'::pg_catalog.regclass AND d.objid = ad.oid
                                  AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
                                  AND d.refobjid = c.rel AND d.refobjsubid = src.attnum
    JOIN pg_catalog.pg_attribute AS g ON g.attrelid = c.rel AND g.attnum = ad.adnum AND g.attgenerated <> ''
    JOIN pg_catalog.pg_class AS r ON r.oid = c.rel
    JOIN pg_catalog.pg_namespace AS n ON n.oid = r.relnamespace
    WHERE pg_catalog.starts_with(pg_catalog.col_description(g.attrelid, g.attnum), 'pg_sequin_hasura:')
  LOOP
    INSERT INTO _sequin_hasura.pending (object_schema, object_name, column_name, marker, reason)
    VALUES (o.nspname, o.relname, o.attname, o.marker, reason);
    EXECUTE pg_catalog.format('ALTER TABLE %I.%I DROP COLUMN %I', o.nspname, o.relname, o.attname);
  END LOOP;
  -- the cast columns of a table being dropped go with it, and of a table being
  -- renamed stay on it: both come back on the next table of that name (a resync
  -- drops and re-creates, or swaps a staging table in by renames)
  INSERT INTO _sequin_hasura.pending (object_schema, object_name, column_name, marker, reason)
  SELECT n.nspname, r.relname, g.attname, pg_catalog.col_description(g.attrelid, g.attnum), reason
  FROM pg_catalog.pg_class AS r
  JOIN pg_catalog.pg_namespace AS n ON n.oid = r.relnamespace
  JOIN pg_catalog.pg_attribute AS g ON g.attrelid = r.oid AND g.attnum > 0 AND NOT g.attisdropped AND g.attgenerated <> ''
  WHERE (r.oid = ANY (dropped) OR r.oid = ANY (renamed))
    AND pg_catalog.starts_with(pg_catalog.col_description(g.attrelid, g.attnum), 'pg_sequin_hasura:');
EXCEPTION WHEN OTHERS THEN
  -- never break the sync here: its DDL then meets our objects as before, and fails
  -- or not on its own terms
  RAISE WARNING 'pg_sequin_hasura could not step out of the way of this DDL: %', SQLERRM
    USING HINT = 'drop the cast columns and views of pg_sequin_hasura on these tables, run the DDL, then sequin_hasura_apply()';
END
$$;

CREATE FUNCTION _sequin_hasura.drop_copies(created oid, sources oid[]) RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  c record;
BEGIN
  FOR c IN
    SELECT DISTINCT n.nspname::text AS nspname, t.relname::text AS relname, a.attname::text AS attname
    FROM pg_catalog.pg_class AS t
    JOIN pg_catalog.pg_namespace AS n ON n.oid = t.relnamespace
    JOIN pg_catalog.pg_attribute AS a ON a.attrelid = t.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
    JOIN pg_catalog.pg_class AS s ON s.oid = ANY (sources) AND s.oid <> t.oid
    JOIN pg_catalog.pg_attribute AS g ON g.attrelid = s.oid AND g.attname = a.attname AND g.attgenerated <> ''
    WHERE t.oid = created
      AND pg_catalog.starts_with(pg_catalog.col_description(g.attrelid, g.attnum), 'pg_sequin_hasura:')
      AND (SELECT pg_catalog.array_agg(x.attname ORDER BY x.attnum) FROM pg_catalog.pg_attribute AS x
           WHERE x.attrelid = t.oid AND x.attnum > 0 AND NOT x.attisdropped AND x.attnum <= a.attnum)
        = (SELECT pg_catalog.array_agg(y.attname ORDER BY y.attnum) FROM pg_catalog.pg_attribute AS y
           WHERE y.attrelid = s.oid AND y.attnum > 0 AND NOT y.attisdropped AND y.attnum <= g.attnum)
  LOOP
    EXECUTE pg_catalog.format('ALTER TABLE %I.%I DROP COLUMN %I', c.nspname, c.relname, c.attname);
  END LOOP;
END
$$;

CREATE FUNCTION _sequin_hasura.restore_access(view_schema text, view_name text, owner text, acl text)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  g record;
BEGIN
  IF owner IS NOT NULL THEN
    EXECUTE pg_catalog.format('ALTER VIEW %I.%I OWNER TO %I', view_schema, view_name, owner);
  END IF;
  FOR g IN SELECT * FROM pg_catalog.aclexplode(acl::pg_catalog.aclitem[]) LOOP
    EXECUTE pg_catalog.format('GRANT %s ON %I.%I TO %s%s', g.privilege_type, view_schema, view_name,
      CASE WHEN g.grantee = 0 THEN 'PUBLIC' ELSE pg_catalog.quote_ident(pg_catalog.pg_get_userbyid(g.grantee)) END,
      CASE WHEN g.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END);
  END LOOP;
END
$$;

CREATE FUNCTION _sequin_hasura.like_sources() RETURNS oid[]
LANGUAGE c
AS 'MODULE_PATHNAME', 'sequin_hasura_like_sources_wrapper';

CREATE FUNCTION _sequin_hasura.recreation(id bigint) RETURNS text[]
LANGUAGE c STRICT
AS 'MODULE_PATHNAME', 'sequin_hasura_recreation_wrapper';

CREATE FUNCTION _sequin_hasura.come_back() RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  p record;
  statements text[];
  s text;
BEGIN
  FOR p IN SELECT * FROM _sequin_hasura.pending ORDER BY id LOOP
    BEGIN
      statements := _sequin_hasura.recreation(p.id);
      IF statements IS NOT NULL THEN
        FOREACH s IN ARRAY statements LOOP
          EXECUTE s;
        END LOOP;
        IF p.column_name IS NULL THEN
          PERFORM _sequin_hasura.restore_access(p.object_schema, p.object_name, p.owner, p.acl);
        END IF;
        DELETE FROM _sequin_hasura.pending WHERE id = p.id;
      END IF;
    EXCEPTION WHEN OTHERS THEN
      RAISE WARNING 'pg_sequin_hasura could not re-create %.%: %', p.object_schema,
        coalesce(p.object_name || '.' || p.column_name, p.object_name), SQLERRM
        USING HINT = 'the sync''s DDL succeeded; it stays in _sequin_hasura.pending and is tried again after the next DDL';
    END;
  END LOOP;
END
$$;

CREATE FUNCTION _sequin_hasura.on_ddl_command_start() RETURNS event_trigger
LANGUAGE c
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS 'MODULE_PATHNAME', 'sequin_hasura_on_ddl_command_start';

CREATE OR REPLACE FUNCTION _sequin_hasura.on_ddl_command_end() RETURNS event_trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  cmd record;
  tbl text;
  change text;
  likes oid[];
BEGIN
  -- our own DDL (cast columns, views) is no news; the flag lives in the backend,
  -- set only around that DDL, so no setting of any role can switch flagging off
  IF _sequin_hasura.internal_ddl() THEN
    RETURN;
  END IF;
  FOR cmd IN
    SELECT c.command_tag, c.schema_name, c.objid
    FROM pg_catalog.pg_event_trigger_ddl_commands() AS c
    WHERE c.object_type IN ('table', 'view', 'materialized view', 'foreign table')
      AND NOT c.in_extension
      AND c.schema_name IS DISTINCT FROM 'pg_temp'
      AND c.schema_name <> '_sequin_hasura'
  LOOP
    -- is_watched() and flag(), inlined: this runs on every DDL, and calling them cost
    -- +14.8% (as SQL functions) or +11.4% (as PL/pgSQL) on 1,000 CREATE TABLEs against
    -- +3.9% inlined; sql_drop, which is rare, calls them
    IF coalesce(
         (SELECT w.watching FROM _sequin_hasura.watched AS w WHERE w.schema_name = cmd.schema_name),
         pg_catalog.to_regclass(pg_catalog.quote_ident(cmd.schema_name) || '._sync_meta') IS NOT NULL) THEN
      change := pg_catalog.lower(cmd.command_tag);
      SELECT r.relname::text INTO tbl FROM pg_catalog.pg_class AS r WHERE r.oid = cmd.objid;
      -- one open flag per table and event, at most 10,000 open flags per schema (a
      -- counter row: O(1))
      IF NOT EXISTS (SELECT FROM _sequin_hasura.flagged AS f
                     WHERE f.acked_at IS NULL AND f.table_schema = cmd.schema_name
                       AND f.table_name = tbl AND f.event = change) THEN
        UPDATE _sequin_hasura.open_flags AS o SET open = o.open + 1
        WHERE o.schema_name = cmd.schema_name AND o.open < 10000;
        IF NOT FOUND THEN
          -- at the cap (or no counter yet): recount, and refuse only a genuine 10,000
          INSERT INTO _sequin_hasura.open_flags AS o (schema_name, open) VALUES (cmd.schema_name, 1)
          ON CONFLICT (schema_name) DO UPDATE
            SET open = (SELECT pg_catalog.count(*) FROM _sequin_hasura.flagged AS f
                        WHERE f.acked_at IS NULL AND f.table_schema = o.schema_name) + 1
            WHERE (SELECT pg_catalog.count(*) FROM _sequin_hasura.flagged AS f
                   WHERE f.acked_at IS NULL AND f.table_schema = o.schema_name) < 10000;
        END IF;
        IF FOUND THEN
          INSERT INTO _sequin_hasura.flagged (table_schema, table_name, event) VALUES (cmd.schema_name, tbl, change);
          PERFORM _sequin_hasura.announce(
            pg_catalog.json_build_object('schema', cmd.schema_name, 'table', tbl, 'event', change)::text);
        END IF;
      END IF;
    END IF;
  END LOOP;
  -- a table created LIKE one with our cast columns loses its copies of them, and our
  -- objects that stepped aside come back once what they stand on is there
  likes := _sequin_hasura.like_sources();
  IF likes IS NOT NULL OR EXISTS (SELECT FROM _sequin_hasura.pending) THEN
    PERFORM _sequin_hasura.internal_ddl_begin();
    FOR cmd IN
      SELECT c.objid FROM pg_catalog.pg_event_trigger_ddl_commands() AS c
      WHERE likes IS NOT NULL AND c.command_tag = 'CREATE TABLE' AND c.object_type = 'table'
    LOOP
      PERFORM _sequin_hasura.drop_copies(cmd.objid, likes);
    END LOOP;
    PERFORM _sequin_hasura.come_back();
    PERFORM _sequin_hasura.internal_ddl_end();
  END IF;
EXCEPTION WHEN OTHERS THEN
  -- never break the sync: the DDL goes through, we only lose a flag
  RAISE WARNING 'pg_sequin_hasura could not flag a table change: %', SQLERRM
    USING HINT = 'the DDL succeeded; run sequin_hasura_metadata() again to pick the change up';
END
$$;

CREATE OR REPLACE FUNCTION _sequin_hasura.on_sql_drop() RETURNS event_trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  obj record;
  sync_meta_gone text[];
BEGIN
  IF _sequin_hasura.internal_ddl() THEN
    RETURN;
  END IF;
  -- a schema whose _sync_meta goes in this very statement (DROP SCHEMA … CASCADE, or
  -- DROP TABLE _sync_meta, b) was watched by default until now
  SELECT pg_catalog.array_agg(d.schema_name) INTO sync_meta_gone
  FROM pg_catalog.pg_event_trigger_dropped_objects() AS d
  WHERE d.object_type = 'table' AND d.object_name = '_sync_meta';
  -- every dropped relation the document may track, cascaded drops included
  FOR obj IN
    SELECT d.schema_name, d.object_name, d.object_type
    FROM pg_catalog.pg_event_trigger_dropped_objects() AS d
    WHERE d.object_type IN ('table', 'view', 'materialized view', 'foreign table')
      AND NOT d.is_temporary
      AND d.schema_name <> '_sequin_hasura'
  LOOP
    IF coalesce((SELECT w.watching FROM _sequin_hasura.watched AS w WHERE w.schema_name = obj.schema_name),
                obj.schema_name = ANY (sync_meta_gone))
       OR _sequin_hasura.is_watched(obj.schema_name) THEN
      PERFORM _sequin_hasura.flag(obj.schema_name, obj.object_name, 'drop ' || obj.object_type);
    END IF;
  END LOOP;
EXCEPTION WHEN OTHERS THEN
  RAISE WARNING 'pg_sequin_hasura could not flag a dropped table: %', SQLERRM
    USING HINT = 'the DDL succeeded; run sequin_hasura_metadata() again to pick the change up';
END
$$;

REVOKE ALL ON FUNCTION _sequin_hasura.step_aside(oid[], oid[], text[], oid[], text) FROM PUBLIC;
REVOKE ALL ON FUNCTION _sequin_hasura.drop_copies(oid, oid[]) FROM PUBLIC;
REVOKE ALL ON FUNCTION _sequin_hasura.restore_access(text, text, text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION _sequin_hasura.come_back() FROM PUBLIC;
REVOKE ALL ON FUNCTION _sequin_hasura.on_ddl_command_start() FROM PUBLIC;

-- the events watched change: an event trigger's tags are fixed at creation
DROP EVENT TRIGGER sequin_hasura_ddl_command_end;
DROP EVENT TRIGGER sequin_hasura_sql_drop;

CREATE EVENT TRIGGER sequin_hasura_ddl_command_start ON ddl_command_start
  WHEN TAG IN ('DROP TABLE', 'ALTER TABLE', 'CREATE TABLE')
  EXECUTE FUNCTION _sequin_hasura.on_ddl_command_start();
CREATE EVENT TRIGGER sequin_hasura_ddl_command_end ON ddl_command_end
  WHEN TAG IN ('CREATE TABLE', 'CREATE TABLE AS', 'SELECT INTO', 'ALTER TABLE', 'CREATE SCHEMA',
               'CREATE VIEW', 'ALTER VIEW', 'CREATE MATERIALIZED VIEW', 'ALTER MATERIALIZED VIEW',
               'CREATE FOREIGN TABLE', 'ALTER FOREIGN TABLE', 'DROP TABLE')
  EXECUTE FUNCTION _sequin_hasura.on_ddl_command_end();
CREATE EVENT TRIGGER sequin_hasura_sql_drop ON sql_drop
  WHEN TAG IN ('DROP TABLE', 'DROP SCHEMA', 'DROP OWNED', 'DROP VIEW', 'DROP MATERIALIZED VIEW',
               'DROP FOREIGN TABLE')
  EXECUTE FUNCTION _sequin_hasura.on_sql_drop();

CREATE OR REPLACE FUNCTION sequin_hasura_unwatch(schema_name text) RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  IF schema_name IS NULL THEN
    RAISE EXCEPTION 'schema_name must not be NULL' USING ERRCODE = 'null_value_not_allowed',
      HINT = 'for example sequin_hasura_unwatch(''hubspot'')';
  END IF;
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_namespace AS n WHERE n.nspname = schema_name) THEN
    RAISE EXCEPTION 'schema "%" does not exist', schema_name USING ERRCODE = 'invalid_schema_name',
      HINT = 'list the schemas with \dn; the name is case-sensitive';
  END IF;
  -- an explicit "no", which also overrides the _sync_meta default
  INSERT INTO _sequin_hasura.watched AS w (schema_name, watching) VALUES (schema_name, false)
  ON CONFLICT ON CONSTRAINT watched_pkey DO UPDATE SET watching = false, changed_at = pg_catalog.now();
END
$$;

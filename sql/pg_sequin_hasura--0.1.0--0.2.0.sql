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
LANGUAGE sql
SET search_path = pg_catalog, pg_temp
AS $$
  WITH added AS (
    INSERT INTO _sequin_hasura.flagged (table_schema, table_name, event)
    SELECT $1, $2, $3
    WHERE NOT EXISTS (SELECT FROM _sequin_hasura.flagged AS f
                      WHERE f.acked_at IS NULL AND f.table_schema = $1 AND f.table_name = $2 AND f.event = $3)
      AND (SELECT pg_catalog.count(*) FROM (SELECT FROM _sequin_hasura.flagged AS f
                                            WHERE f.acked_at IS NULL AND f.table_schema = $1 LIMIT 10000) AS open) < 10000
    RETURNING 1)
  SELECT _sequin_hasura.announce(pg_catalog.json_build_object('schema', $1, 'table', $2, 'event', $3)::text)
  FROM added;
$$;

CREATE FUNCTION _sequin_hasura.internal_ddl() RETURNS boolean
LANGUAGE c
AS 'MODULE_PATHNAME', 'sequin_hasura_internal_ddl_wrapper';

CREATE OR REPLACE FUNCTION _sequin_hasura.on_ddl_command_end() RETURNS event_trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  cmd record;
  tbl text;
  change text;
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
      -- one open flag per table and event, at most 10,000 open flags per schema
      IF NOT EXISTS (SELECT FROM _sequin_hasura.flagged AS f
                     WHERE f.acked_at IS NULL AND f.table_schema = cmd.schema_name
                       AND f.table_name = tbl AND f.event = change)
         AND (SELECT pg_catalog.count(*) FROM (SELECT FROM _sequin_hasura.flagged AS f
                                               WHERE f.acked_at IS NULL AND f.table_schema = cmd.schema_name
                                               LIMIT 10000) AS open) < 10000 THEN
        INSERT INTO _sequin_hasura.flagged (table_schema, table_name, event) VALUES (cmd.schema_name, tbl, change);
        PERFORM _sequin_hasura.announce(
          pg_catalog.json_build_object('schema', cmd.schema_name, 'table', tbl, 'event', change)::text);
      END IF;
    END IF;
  END LOOP;
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

-- the events watched change: an event trigger's tags are fixed at creation
DROP EVENT TRIGGER sequin_hasura_ddl_command_end;
DROP EVENT TRIGGER sequin_hasura_sql_drop;
CREATE EVENT TRIGGER sequin_hasura_ddl_command_end ON ddl_command_end
  WHEN TAG IN ('CREATE TABLE', 'CREATE TABLE AS', 'SELECT INTO', 'ALTER TABLE', 'CREATE SCHEMA',
               'CREATE VIEW', 'ALTER VIEW', 'CREATE MATERIALIZED VIEW', 'ALTER MATERIALIZED VIEW',
               'CREATE FOREIGN TABLE', 'ALTER FOREIGN TABLE')
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

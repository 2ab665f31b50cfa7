-- Watching synced schemas: an event trigger flags tables, views, materialized views
-- and foreign tables created, altered or dropped in a watched schema (also through
-- DROP SCHEMA … CASCADE and CREATE SCHEMA … CREATE TABLE), and announces them with
-- NOTIFY sequin_hasura when the transaction commits. Installed by CREATE EXTENSION
-- (so the trigger is a member: dropped with the extension, dumped as part of it).
-- Every name is schema-qualified; the trigger never raises, and never makes the
-- DDL's transaction fail: the NOTIFY is sent only at commit, only when the queue has
-- room, and never for a transaction being prepared (the flag row is the record).

CREATE SCHEMA _sequin_hasura;
COMMENT ON SCHEMA _sequin_hasura IS 'pg_sequin_hasura: internal state (watched schemas, flagged tables)';

-- Explicit choices; a schema with no row here is watched when it holds _sync_meta.
CREATE TABLE _sequin_hasura.watched (
  schema_name text PRIMARY KEY,
  watching boolean NOT NULL,
  changed_at timestamptz NOT NULL DEFAULT pg_catalog.now()
);

-- No unique key on purpose: restoring a dump must never fail on a flag.
CREATE TABLE _sequin_hasura.flagged (
  id bigserial NOT NULL,
  table_schema text NOT NULL,
  table_name text NOT NULL,
  event text NOT NULL,
  flagged_at timestamptz NOT NULL DEFAULT pg_catalog.now(),
  acked_at timestamptz
);
CREATE INDEX flagged_unacked ON _sequin_hasura.flagged (table_schema, table_name) WHERE acked_at IS NULL;

-- pg_dump keeps the user's choices and the flags.
SELECT pg_catalog.pg_extension_config_dump('_sequin_hasura.watched', '');
SELECT pg_catalog.pg_extension_config_dump('_sequin_hasura.flagged', '');
SELECT pg_catalog.pg_extension_config_dump('_sequin_hasura.flagged_id_seq', '');

GRANT USAGE ON SCHEMA _sequin_hasura TO PUBLIC;
GRANT SELECT ON _sequin_hasura.watched, _sequin_hasura.flagged TO PUBLIC;

-- A reader sees the flags of schemas it may use, and only those (the trigger, the
-- extension's owner and superusers see all).
ALTER TABLE _sequin_hasura.flagged ENABLE ROW LEVEL SECURITY;
CREATE POLICY flagged_visible ON _sequin_hasura.flagged FOR SELECT
  USING (EXISTS (SELECT FROM pg_catalog.pg_namespace AS n
                 WHERE n.nspname OPERATOR(pg_catalog.=) table_schema
                   AND pg_catalog.has_schema_privilege(n.oid, 'USAGE')));
CREATE POLICY flagged_ackable ON _sequin_hasura.flagged FOR UPDATE
  USING (EXISTS (SELECT FROM pg_catalog.pg_namespace AS n
                 WHERE n.nspname OPERATOR(pg_catalog.=) table_schema
                   AND pg_catalog.has_schema_privilege(n.oid, 'USAGE')));

-- Is `schema_name` watched? O(1): a primary-key probe and a syscache lookup.
CREATE FUNCTION _sequin_hasura.is_watched(schema_name text) RETURNS boolean
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
  SELECT coalesce(
    (SELECT w.watching FROM _sequin_hasura.watched AS w WHERE w.schema_name = $1),
    pg_catalog.to_regclass(pg_catalog.quote_ident($1) || '._sync_meta') IS NOT NULL)
$$;

-- Queue `payload` for NOTIFY sequin_hasura at commit (Rust: only when the queue has
-- room, never for PREPARE TRANSACTION, dropped on abort).
CREATE FUNCTION _sequin_hasura.announce(payload text) RETURNS void
LANGUAGE c STRICT
AS 'MODULE_PATHNAME', 'sequin_hasura_announce_wrapper';

-- Record and announce one change: one open flag per (schema, table, event), and at
-- most 10,000 open flags per schema, so no role can grow the table without bound by
-- creating `_sync_meta` in a schema of its own and running DDL there.
CREATE FUNCTION _sequin_hasura.flag(schema_name text, table_name text, event text) RETURNS void
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

-- True only while the extension runs its own DDL (set in the backend by Rust, never
-- by a setting).
CREATE FUNCTION _sequin_hasura.internal_ddl() RETURNS boolean
LANGUAGE c
AS 'MODULE_PATHNAME', 'sequin_hasura_internal_ddl_wrapper';

-- ddl_command_end: new, altered and renamed tables. SECURITY DEFINER so that the
-- sync's own unprivileged role can record them; search_path pinned.
CREATE FUNCTION _sequin_hasura.on_ddl_command_end() RETURNS event_trigger
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

-- sql_drop: dropped tables.
CREATE FUNCTION _sequin_hasura.on_sql_drop() RETURNS event_trigger
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

REVOKE ALL ON FUNCTION _sequin_hasura.on_ddl_command_end() FROM PUBLIC;
REVOKE ALL ON FUNCTION _sequin_hasura.on_sql_drop() FROM PUBLIC;
REVOKE ALL ON FUNCTION _sequin_hasura.flag(text, text, text) FROM PUBLIC;

CREATE EVENT TRIGGER sequin_hasura_ddl_command_end ON ddl_command_end
  WHEN TAG IN ('CREATE TABLE', 'CREATE TABLE AS', 'SELECT INTO', 'ALTER TABLE', 'CREATE SCHEMA',
               'CREATE VIEW', 'ALTER VIEW', 'CREATE MATERIALIZED VIEW', 'ALTER MATERIALIZED VIEW',
               'CREATE FOREIGN TABLE', 'ALTER FOREIGN TABLE')
  EXECUTE FUNCTION _sequin_hasura.on_ddl_command_end();
CREATE EVENT TRIGGER sequin_hasura_sql_drop ON sql_drop
  WHEN TAG IN ('DROP TABLE', 'DROP SCHEMA', 'DROP OWNED', 'DROP VIEW', 'DROP MATERIALIZED VIEW',
               'DROP FOREIGN TABLE')
  EXECUTE FUNCTION _sequin_hasura.on_sql_drop();

-- The SQL API of watching. SECURITY INVOKER: choosing what is watched takes the
-- privileges of the extension's tables (superuser, or granted); reading is public.

CREATE FUNCTION sequin_hasura_watch(schema_name text) RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  IF schema_name IS NULL THEN
    RAISE EXCEPTION 'schema_name must not be NULL' USING ERRCODE = 'null_value_not_allowed',
      HINT = 'for example sequin_hasura_watch(''hubspot'')';
  END IF;
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_namespace AS n WHERE n.nspname = schema_name) THEN
    RAISE EXCEPTION 'schema "%" does not exist', schema_name USING ERRCODE = 'invalid_schema_name',
      HINT = 'list the schemas with \dn; the name is case-sensitive';
  END IF;
  INSERT INTO _sequin_hasura.watched AS w (schema_name, watching) VALUES (schema_name, true)
  ON CONFLICT ON CONSTRAINT watched_pkey DO UPDATE SET watching = true, changed_at = pg_catalog.now();
END
$$;

CREATE FUNCTION sequin_hasura_unwatch(schema_name text) RETURNS void
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

-- Watched schemas and why: 'explicit' (sequin_hasura_watch) or '_sync_meta' (default).
CREATE FUNCTION sequin_hasura_watched() RETURNS TABLE (schema_name text, reason text)
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
  SELECT w.schema_name, 'explicit' FROM _sequin_hasura.watched AS w WHERE w.watching
  UNION
  SELECT n.nspname::text, '_sync_meta'
  FROM pg_catalog.pg_class AS c JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
  WHERE c.relname = '_sync_meta' AND c.relkind IN ('r', 'p')
    AND NOT EXISTS (SELECT FROM _sequin_hasura.watched AS w WHERE w.schema_name = n.nspname)
  ORDER BY 1
$$;

-- Flagged changes not yet acknowledged, oldest first.
CREATE FUNCTION sequin_hasura_new_tables()
RETURNS TABLE (table_schema text, table_name text, event text, flagged_at timestamptz)
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
  SELECT f.table_schema, f.table_name, f.event, f.flagged_at
  FROM _sequin_hasura.flagged AS f
  WHERE f.acked_at IS NULL
  ORDER BY f.flagged_at, f.id
$$;

-- Mark flagged changes handled: all of them, a schema's, or one table's. Returns how many.
CREATE FUNCTION sequin_hasura_ack(table_schema text DEFAULT NULL, table_name text DEFAULT NULL)
RETURNS bigint
LANGUAGE sql
SET search_path = pg_catalog, pg_temp
AS $$
  WITH acked AS (
    UPDATE _sequin_hasura.flagged AS f SET acked_at = pg_catalog.now()
    WHERE f.acked_at IS NULL
      AND ($1 IS NULL OR f.table_schema = $1)
      AND ($2 IS NULL OR f.table_name = $2)
    RETURNING 1)
  SELECT pg_catalog.count(*) FROM acked
$$;

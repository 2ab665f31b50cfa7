-- Check 1: the attacker's own DDL in the watched schema, from a session whose pg_temp
-- holds the planted objects: the event trigger (SECURITY DEFINER) must not run them.
\set ON_ERROR_STOP 0
SET search_path = pg_catalog;
\set QUIET 1
CREATE TABLE hub.ddl_probe (id text, user_id varchar);
\echo WRITE ddl:create_table :SQLSTATE
ALTER TABLE hub.ddl_probe ADD COLUMN extra text;
\echo WRITE ddl:alter_table :SQLSTATE
ALTER TABLE hub.ddl_probe RENAME TO ddl_probe2;
\echo WRITE ddl:rename_table :SQLSTATE
DROP TABLE hub.ddl_probe2;
\echo WRITE ddl:drop_table :SQLSTATE

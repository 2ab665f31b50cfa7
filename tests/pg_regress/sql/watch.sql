-- Watching synced schemas: flags, acknowledgements, what is ignored. Rolled back.
\set ON_ERROR_ROLLBACK on
BEGIN;
-- by default, schemas holding Sequin's _sync_meta are watched
SELECT * FROM sequin_hasura_watched();
CREATE SCHEMA crm;
SELECT sequin_hasura_watch('crm');
SELECT sequin_hasura_watch('no_such_schema');
SELECT sequin_hasura_watch(NULL);
SELECT sequin_hasura_unwatch('stripe');
SELECT * FROM sequin_hasura_watched();
-- Sequin starts syncing new objects
CREATE TABLE hubspot.meeting (id text PRIMARY KEY, title text, hubspot_owner_id text);
CREATE TABLE crm.note AS SELECT 'n1'::text AS id, 'hello'::text AS body;
SELECT * INTO crm.note_copy FROM crm.note;
ALTER TABLE hubspot.meeting ADD COLUMN starts_at timestamp;
ALTER TABLE crm.note RENAME TO memo;
DROP TABLE crm.note_copy;
-- ignored: temporary tables, unwatched schemas, our own cast columns and views
CREATE TEMP TABLE scratch (id int);
CREATE TABLE stripe.stripe_quote (id text PRIMARY KEY);
CREATE TABLE public.app_table (id int);
SELECT sequin_hasura_create_cast_column('hubspot.contact', 'associatedcompanyid', 'text');
SELECT sequin_hasura_create_join_view('hubspot.associations_contact_deal');
SELECT table_schema, table_name, event FROM sequin_hasura_new_tables();
-- the metadata says what is new
SELECT jsonb_array_length(sequin_hasura_metadata('hubspot')->'sources'->0->'tables') AS tables;
SELECT sequin_hasura_ack('hubspot', 'meeting');
SELECT table_schema, table_name, event FROM sequin_hasura_new_tables();
SELECT sequin_hasura_ack();
SELECT count(*) AS unacknowledged FROM sequin_hasura_new_tables();
ROLLBACK;

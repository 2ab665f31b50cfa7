-- Cast columns, cast views, join views and plans; everything rolled back.
\set ON_ERROR_ROLLBACK on
BEGIN;
-- a cast column: dirty values become NULL, the sync's INSERT succeeds
SELECT sequin_hasura_create_cast_column('salesforce.contact', 'user_id', 'int4');
INSERT INTO salesforce.contact (id, user_id) VALUES
  ('dirty1', 'abc'), ('dirty2', '99999999999'), ('dirty3', ''), ('dirty4', ' 42 '), ('dirty5', NULL);
SELECT id, user_id, _user_id FROM salesforce.contact WHERE id LIKE 'dirty%' ORDER BY id;
-- a re-run is a no-op with a NOTICE; another cast under that name is an error
SELECT sequin_hasura_create_cast_column('salesforce.contact', 'user_id', 'int4');
SELECT sequin_hasura_create_cast_column('salesforce.contact', 'user_id', 'int8');
SELECT sequin_hasura_create_cast_column('salesforce.contact', 'usr_id', 'int4');
SELECT sequin_hasura_create_cast_column('salesforce.contact', 'user_id', 'jsonb', '_user_json');
SELECT sequin_hasura_create_cast_column('salesforce.contact', 'user_id', 'int4', '_u', '{"lock_timeout": "forever"}');
SELECT sequin_hasura_create_cast_column('salesforce.no_such_table', 'user_id', 'int4');
-- the metadata now relates contact to the app's users through _user_id
SELECT t->'table' AS "table", r->>'name' AS name, r->'using'->'manual_configuration'->'column_mapping' AS mapping
FROM jsonb_array_elements(sequin_hasura_metadata('salesforce', '{"include_schemas": ["public"]}')->'sources'->0->'tables') t,
     jsonb_array_elements(coalesce(t->'object_relationships', '[]') || coalesce(t->'array_relationships', '[]')) r
WHERE r->'using'->'manual_configuration'->'column_mapping' ?| ARRAY['_user_id', 'id']
  AND (t->'table'->>'name' = 'users' OR r->>'name' = 'user');
-- the non-invasive alternative: a narrow view in a schema of one's own
CREATE SCHEMA hasura_views;
SELECT sequin_hasura_create_cast_view('salesforce.contact', 'user_id', 'int8', options => '{"schema": "hasura_views"}');
SELECT sequin_hasura_create_cast_view('salesforce.contact', 'user_id', 'int8', options => '{"schema": "hasura_views"}');
SELECT * FROM hasura_views.contact_user_id_int8 WHERE id LIKE 'dirty%' ORDER BY id;
SELECT from_table, from_columns, kind, name, to_schema || '.' || to_table AS target, to_columns
FROM sequin_hasura_suggest_relationships('salesforce', '{"include_schemas": ["public", "hasura_views"]}')
WHERE from_table = 'contact_user_id_int8' OR to_table = 'contact_user_id_int8'
ORDER BY 1, 2, 3, 4;
-- a join view, the seed guide's deals_and_contacts
SELECT sequin_hasura_create_join_view('hubspot.associations_contact_deal');
SELECT * FROM hubspot.contacts_and_deals ORDER BY contact_id, deal_id LIMIT 3;
SELECT sequin_hasura_create_join_view('hubspot.associations_deal_line_item', 'deal_lines',
  '{"columns": {"deal": ["dealname", "amount"], "line_item": ["name", "quantity"]}}');
SELECT * FROM hubspot.deal_lines ORDER BY deal_id, line_item_id LIMIT 3;
SELECT sequin_hasura_create_join_view('hubspot.contact');
SELECT from_table, from_columns, kind, name, to_table
FROM sequin_hasura_suggest_relationships('hubspot')
WHERE from_table IN ('contacts_and_deals', 'deal_lines') OR to_table IN ('contacts_and_deals', 'deal_lines')
ORDER BY 1, 2, 3, 4;
-- plans: what is missing, in order; apply runs it; the next plan is empty
SELECT * FROM sequin_hasura_plan('hubspot', '{"cast": "view", "view_schema": "hasura_views"}');
SELECT * FROM sequin_hasura_plan('hubspot', '{"join_views": true}');
SELECT * FROM sequin_hasura_apply('hubspot');
SELECT count(*) AS left_to_do FROM sequin_hasura_plan('hubspot');
SELECT sequin_hasura_plan('hubspot', '{"cast": "sideways"}');
ROLLBACK;

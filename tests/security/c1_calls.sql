-- Check 1: every SQL function of the extension, called by a superuser with the default
-- search_path. After each call a line "CALL <name> <sqlstate>" (00000 = it worked).
\set ON_ERROR_STOP 0
RESET search_path;
RESET client_min_messages;
\set QUIET 1
\o /dev/null
SELECT sequin_hasura_metadata('hub', '{"include_schemas": ["public"]}') IS NOT NULL;
\echo CALL metadata(rows) :SQLSTATE
SELECT sequin_hasura_metadata('hub', '{"include_schemas": ["public"], "row_evidence": false}') IS NOT NULL;
\echo CALL metadata(names) :SQLSTATE
SELECT sequin_hasura_metadata('hub', '{"include_schemas": ["public"], "format": "bulk", "min_confidence": 0}') IS NOT NULL;
\echo CALL metadata(bulk) :SQLSTATE
SELECT pg_catalog.count(*) FROM sequin_hasura_suggest_relationships('hub', '{"include_schemas": ["public"]}');
\echo CALL suggest_relationships(rows) :SQLSTATE
SELECT pg_catalog.count(*) FROM sequin_hasura_suggest_relationships('hub', '{"include_schemas": ["public"], "row_evidence": false, "min_confidence": 0}');
\echo CALL suggest_relationships(names) :SQLSTATE
SELECT pg_catalog.count(*) FROM sequin_hasura_plan('hub', '{"include_schemas": ["public"]}');
\echo CALL plan(rows) :SQLSTATE
SELECT pg_catalog.count(*) FROM sequin_hasura_plan('hub', '{"include_schemas": ["public"], "row_evidence": false}');
\echo CALL plan(names) :SQLSTATE
SELECT pg_catalog.count(*) FROM sequin_hasura_plan('hub', '{"include_schemas": ["public"], "cast": "view", "join_views": true}');
\echo CALL plan(views) :SQLSTATE
SELECT sequin_hasura_create_cast_column('hub.castme', 't_int4', 'int4');
\echo CALL create_cast_column(text->int4) :SQLSTATE
SELECT sequin_hasura_create_cast_column('hub.castme', 't_int8', 'int8');
\echo CALL create_cast_column(varchar->int8) :SQLSTATE
SELECT sequin_hasura_create_cast_column('hub.castme', 't_int2', 'int2');
\echo CALL create_cast_column(text->int2) :SQLSTATE
SELECT sequin_hasura_create_cast_column('hub.castme', 't_num', 'numeric');
\echo CALL create_cast_column(text->numeric) :SQLSTATE
SELECT sequin_hasura_create_cast_column('hub.castme', 't_uuid', 'uuid');
\echo CALL create_cast_column(text->uuid) :SQLSTATE
SELECT sequin_hasura_create_cast_column('hub.castme', 't_bool', 'bool');
\echo CALL create_cast_column(text->bool) :SQLSTATE
SELECT sequin_hasura_create_cast_column('hub.castme', 't_date', 'date');
\echo CALL create_cast_column(text->date) :SQLSTATE
SELECT sequin_hasura_create_cast_column('hub.castme', 't_ts', 'timestamp');
\echo CALL create_cast_column(text->timestamp) :SQLSTATE
SELECT sequin_hasura_create_cast_column('hub.castme', 't_vc', 'varchar');
\echo CALL create_cast_column(text->varchar) :SQLSTATE
SELECT sequin_hasura_create_cast_column('hub.castme', 'n_int4', 'int4');
\echo CALL create_cast_column(numeric->int4) :SQLSTATE
SELECT sequin_hasura_create_cast_column('hub.castme', 'f_int8', 'int8');
\echo CALL create_cast_column(float8->int8) :SQLSTATE
SELECT sequin_hasura_create_cast_column('hub.castme', 'r_int4', 'int4');
\echo CALL create_cast_column(float4->int4) :SQLSTATE
SELECT sequin_hasura_create_cast_column('hub.castme', 'i_text', 'text');
\echo CALL create_cast_column(int8->text) :SQLSTATE
SELECT sequin_hasura_create_cast_column('hub.castme', 'u_text', 'varchar');
\echo CALL create_cast_column(uuid->varchar) :SQLSTATE
SELECT sequin_hasura_create_cast_view('hub.castme', 't_int4', 'int8');
\echo CALL create_cast_view(text->int8) :SQLSTATE
SELECT sequin_hasura_create_cast_view('hub.castme', 't_ts', 'date', NULL, '{"lock_timeout": "5s"}');
\echo CALL create_cast_view(text->date) :SQLSTATE
SELECT sequin_hasura_create_cast_view('hub.castme', 'n_int4', 'int8');
\echo CALL create_cast_view(numeric->int8) :SQLSTATE
SELECT sequin_hasura_create_cast_view('hub.castme', 't_bool', 'bool');
\echo CALL create_cast_view(text->bool) :SQLSTATE
SELECT sequin_hasura_create_join_view('hub.associations_company_contact');
\echo CALL create_join_view(rows) :SQLSTATE
SELECT sequin_hasura_create_join_view('hub.associations_company_contact', 'companies_contacts_by_name', '{"row_evidence": false}');
\echo CALL create_join_view(names) :SQLSTATE
SELECT pg_catalog.count(*) FROM sequin_hasura_apply('hub', '{"include_schemas": ["public"], "cast": "view", "join_views": true}');
\echo CALL apply(views,rows) :SQLSTATE
SELECT pg_catalog.count(*) FROM sequin_hasura_apply('hub', '{"include_schemas": ["public"], "row_evidence": false}');
\echo CALL apply(columns,names) :SQLSTATE
SELECT pg_catalog.count(*) FROM sequin_hasura_apply('hub', '{"include_schemas": ["public"]}');
\echo CALL apply(columns,rows) :SQLSTATE
SELECT sequin_hasura_metadata('hub', '{"include_schemas": ["public"]}') IS NOT NULL;
\echo CALL metadata(after) :SQLSTATE
SELECT pg_catalog.count(*) FROM sequin_hasura_watched();
\echo CALL watched :SQLSTATE
SELECT pg_catalog.count(*) FROM sequin_hasura_new_tables();
\echo CALL new_tables :SQLSTATE
SELECT sequin_hasura_watch('hub');
\echo CALL watch :SQLSTATE
SELECT sequin_hasura_unwatch('hub');
\echo CALL unwatch :SQLSTATE
SELECT sequin_hasura_ack();
\echo CALL ack :SQLSTATE
\o

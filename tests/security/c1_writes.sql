-- Check 1: sync-style writes to every synced table (firing the generated columns) and a
-- full read of every view the extension made, by whoever runs this (psql variable
-- tag keeps keys apart). After each step a line "WRITE <name> <sqlstate>".
SET search_path = pg_catalog;
\set QUIET 1
\o /dev/null
INSERT INTO hub.castme VALUES ('w' || :'tag', '7', '7', '7', '7.5', '123e4567-e89b-12d3-a456-426614174000', 'yes',
  '2024-02-29', '2024-02-29T13:45:00.5', 'v', 7, 7, 7, 7, '123e4567-e89b-12d3-a456-426614174000');
\echo WRITE insert:castme :SQLSTATE
UPDATE hub.castme SET t_int4 = '8', t_int8 = '8', t_int2 = '8', t_num = '8.5', t_bool = 'no', t_date = '2024-03-01',
  t_ts = '2024-03-01 00:00:01', n_int4 = 8, f_int8 = 8, r_int4 = 8 WHERE id = 'w' || :'tag';
\echo WRITE update:castme :SQLSTATE
INSERT INTO hub.ticket (id, subject, user_id, account_id) VALUES ('w' || :'tag', 'T', '5', 'a1');
\echo WRITE insert:ticket :SQLSTATE
INSERT INTO hub.deal (id, dealname, user_id, company_id) VALUES ('w' || :'tag', 'D', 5, 'co1');
\echo WRITE insert:deal :SQLSTATE
INSERT INTO hub.contact (id, email, account_id, company_id) VALUES ('w' || :'tag', 'w@x.example', 'a1', 'co1');
\echo WRITE insert:contact :SQLSTATE
INSERT INTO hub.associations_company_contact (company_id, contact_id) VALUES ('co1', 'w' || :'tag');
\echo WRITE insert:associations :SQLSTATE
-- every table that has a column of ours: rewrite every row (generated columns are recomputed)
DO $w$
DECLARE r record;
BEGIN
  FOR r IN
    SELECT DISTINCT a.attrelid::pg_catalog.regclass AS tbl,
           (pg_catalog.substr(pg_catalog.col_description(a.attrelid, a.attnum), 18)::pg_catalog.jsonb) OPERATOR(pg_catalog.->>) 'column' AS col
    FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
    WHERE a.attgenerated OPERATOR(pg_catalog.<>) '' AND c.relkind OPERATOR(pg_catalog.=) ANY ('{r,p}')
      AND pg_catalog.col_description(a.attrelid, a.attnum) LIKE 'pg\_sequin\_hasura:%'
      AND pg_catalog.has_table_privilege(a.attrelid, 'UPDATE')
  LOOP
    EXECUTE pg_catalog.format('UPDATE %s SET %I = %I', r.tbl, r.col, r.col);
  END LOOP;
END $w$;
\echo WRITE update:every_cast_column_source :SQLSTATE
DO $r$
DECLARE r record; n pg_catalog.int8;
BEGIN
  FOR r IN
    SELECT c.oid::pg_catalog.regclass AS v FROM pg_catalog.pg_class c
    WHERE c.relkind OPERATOR(pg_catalog.=) 'v' AND pg_catalog.obj_description(c.oid, 'pg_class') LIKE 'pg\_sequin\_hasura:%'
      AND pg_catalog.has_table_privilege(c.oid, 'SELECT')
  LOOP
    EXECUTE pg_catalog.format('SELECT pg_catalog.count(v.*) FROM %s AS v', r.v) INTO n;
  END LOOP;
END $r$;
\echo WRITE read:every_view :SQLSTATE
\o

-- Check 2, H3 (repro 03): cast columns and cast views created, and a plan applied, in a
-- session with standard_conforming_strings = off. (A plan pasted in such a session is
-- done by security.sh.) Needs values_runner.sql first.
SET client_min_messages = warning;
CREATE TABLE public.users (id int4 PRIMARY KEY);
INSERT INTO public.users SELECT g FROM generate_series(1, 20) g;
CREATE SCHEMA sa;
CREATE TABLE sa.t (id text PRIMARY KEY, n4 text, u text, num text, ts text, d text);
CREATE SCHEMA sc;
CREATE TABLE sc.ticket (id text PRIMARY KEY, user_id varchar);
INSERT INTO sc.ticket SELECT 't' || g, g::text FROM generate_series(1, 20) g;
CREATE SCHEMA sd;
CREATE TABLE sd.ticket (id text PRIMARY KEY, user_id varchar);
INSERT INTO sd.ticket SELECT 't' || g, g::text FROM generate_series(1, 20) g;
ANALYZE;
SET standard_conforming_strings = off;
SELECT sequin_hasura_create_cast_column('sa.t', 'n4', 'int4');
SELECT sequin_hasura_create_cast_column('sa.t', 'u', 'uuid');
SELECT sequin_hasura_create_cast_column('sa.t', 'num', 'numeric');
SELECT sequin_hasura_create_cast_column('sa.t', 'ts', 'timestamp');
SELECT sequin_hasura_create_cast_column('sa.t', 'd', 'date');
SELECT sequin_hasura_create_cast_view('sa.t', 'n4', 'int4');
SELECT sequin_hasura_create_cast_view('sa.t', 'u', 'uuid');
SELECT sequin_hasura_create_cast_view('sa.t', 'num', 'numeric');
SELECT sequin_hasura_create_cast_view('sa.t', 'ts', 'timestamp');
SELECT sequin_hasura_create_cast_view('sa.t', 'd', 'date');
SELECT count(*) FROM sequin_hasura_apply('sc', '{"include_schemas": ["public"]}');
RESET standard_conforming_strings;
INSERT INTO public.psh_sec_values (tbl, col, val, expected, label)
SELECT tbl, col, val, expected, tbl || '.' || col || ' <- ' || val || ' (' || how || ')' FROM (VALUES
  ('sa.t', 'n4', $$'12s'$$, NULL, 'created with scs off, repro 03'),
  ('sa.t', 'n4', $$'s12'$$, NULL, 'created with scs off'),
  ('sa.t', 'n4', $$'ss12ss'$$, NULL, 'created with scs off'),
  ('sa.t', 'n4', $$' 12 '$$, '12', 'created with scs off'),
  ('sa.t', 'u', $$'s123e4567-e89b-12d3-a456-426614174000'$$, NULL, 'created with scs off, repro 03'),
  ('sa.t', 'u', $$'123e4567-e89b-12d3-a456-426614174000s'$$, NULL, 'created with scs off'),
  ('sa.t', 'u', $$'123e4567-e89b-12d3-a456-426614174000'$$, $$'123e4567-e89b-12d3-a456-426614174000'::uuid$$, 'created with scs off'),
  ('sa.t', 'num', $$'1x5'$$, NULL, 'created with scs off, repro 03'),
  ('sa.t', 'num', $$'1s'$$, NULL, 'created with scs off'),
  ('sa.t', 'num', $$'s1'$$, NULL, 'created with scs off'),
  ('sa.t', 'num', $$'1.5'$$, '1.5', 'created with scs off'),
  ('sa.t', 'ts', $$'2024-01-01T00:00:00x5'$$, NULL, 'created with scs off, repro 03'),
  ('sa.t', 'ts', $$'2024-01-01 00:00:00:5'$$, NULL, 'created with scs off'),
  ('sa.t', 'ts', $$'2024-01-01T00:00:00.5'$$, $$'2024-01-01 00:00:00.5'::timestamp$$, 'created with scs off'),
  ('sa.t', 'd', $$'2024-02-29'$$, $$'2024-02-29'::date$$, 'created with scs off'),
  ('sa.t', 'd', $$'2023-02-29'$$, NULL, 'created with scs off'),
  ('sc.ticket', 'user_id', $$'12s'$$, NULL, 'applied with scs off'),
  ('sc.ticket', 'user_id', $$'s12'$$, NULL, 'applied with scs off'),
  ('sc.ticket', 'user_id', $$'ss12ss'$$, NULL, 'applied with scs off'),
  ('sc.ticket', 'user_id', $$'7'$$, '7', 'applied with scs off'),
  ('sd.ticket', 'user_id', $$'12s'$$, NULL, 'plan pasted with scs off'),
  ('sd.ticket', 'user_id', $$'s12'$$, NULL, 'plan pasted with scs off'),
  ('sd.ticket', 'user_id', $$'ss12ss'$$, NULL, 'plan pasted with scs off'),
  ('sd.ticket', 'user_id', $$'7'$$, '7', 'plan pasted with scs off')
) v(tbl, col, val, expected, how);
RESET client_min_messages;

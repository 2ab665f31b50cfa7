-- Check 1's synced schema "hub" (owned by :owner) and the app's public.users, with rows,
-- plus public.rt_log, where planted code reports that it ran. Run as a superuser in a
-- fresh database with the extension, before anything is planted.
\set ON_ERROR_STOP 1
SET client_min_messages = warning;
SET search_path = pg_catalog;
CREATE TABLE public.rt_log (who pg_catalog.text, what pg_catalog.text);
GRANT INSERT, SELECT ON public.rt_log TO PUBLIC;
CREATE TABLE public.users (id pg_catalog.int4 PRIMARY KEY, name pg_catalog.text);
INSERT INTO public.users SELECT g, 'user ' || g FROM generate_series(1, 30) g;
CREATE SCHEMA hub AUTHORIZATION :"owner";
SET ROLE :"owner";
CREATE TABLE hub._sync_meta (x int);
CREATE TABLE hub.account (id text PRIMARY KEY, name text);
CREATE TABLE hub.company (id text PRIMARY KEY, name text, domain text);
-- company_id varchar against text keys: the probe compares varchar = text
CREATE TABLE hub.contact (id text PRIMARY KEY, email text, firstname text, account_id text, company_id varchar);
-- user_id varchar / numeric against public.users.id int4: a cast column is needed
CREATE TABLE hub.ticket (id text PRIMARY KEY, subject text, user_id varchar, account_id text);
CREATE TABLE hub.deal (id text PRIMARY KEY, dealname text, user_id numeric, company_id text);
CREATE TABLE hub.associations_company_contact (company_id text, contact_id text, labels text[]);
-- one source column per cast expression
CREATE TABLE hub.castme (id text PRIMARY KEY, t_int4 text, t_int8 varchar, t_int2 text, t_num text,
  t_uuid text, t_bool text, t_date text, t_ts text, t_vc text, n_int4 numeric, f_int8 float8,
  r_int4 float4, i_text int8, u_text uuid);
INSERT INTO hub.account SELECT 'a' || g, 'Account ' || g FROM generate_series(1, 10) g;
INSERT INTO hub.company SELECT 'co' || g, 'Company ' || g, 'c' || g || '.example' FROM generate_series(1, 10) g;
INSERT INTO hub.contact SELECT 'k' || g, 'k' || g || '@x.example', 'K', 'a' || (g % 10 + 1), 'co' || (g % 10 + 1)
  FROM generate_series(1, 40) g;
INSERT INTO hub.ticket SELECT 't' || g, 'T', (g % 30 + 1)::text, 'a' || (g % 10 + 1) FROM generate_series(1, 40) g;
INSERT INTO hub.deal SELECT 'd' || g, 'Deal', g % 30 + 1, 'co' || (g % 10 + 1) FROM generate_series(1, 40) g;
INSERT INTO hub.associations_company_contact SELECT 'co' || (g % 10 + 1), 'k' || g, '{}' FROM generate_series(1, 40) g;
INSERT INTO hub.castme SELECT 'm' || g, g::text, g::text, g::text, g || '.5', '123e4567-e89b-12d3-a456-42661417400' || (g % 10),
  'yes', '2024-02-' || (g % 28 + 1), '2024-02-29T13:45:0' || (g % 10) || '.5', 'v' || g, g, g, g, g,
  '123e4567-e89b-12d3-a456-426614174000' FROM generate_series(1, 20) g;
RESET ROLE;
ANALYZE;

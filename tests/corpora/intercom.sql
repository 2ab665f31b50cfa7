-- Intercom (Fivetran connector schema), as landed by Fivetran and used by Fivetran's dbt package
--   dbt_intercom_source; no foreign keys (Fivetran declares none).
-- Source: https://github.com/fivetran/dbt_intercom_source, commit 2bce6ab597c37644357a95794c6280c003746623
--   (2025-10-01, "readme: deprecate and redirect to transform (#45)"; package v0.9.x).
-- Files used: integration_tests/seeds/*_data.csv (13 seed tables: rows and column order),
--   integration_tests/dbt_project.yml (seeds column_types), models/src_intercom.yml and
--   models/stg_intercom.yml (table/column docs, not_null/unique tests).
-- Licence: Apache License 2.0 (LICENSE of that repository), Copyright Fivetran.
-- Changes: schema intercom_source_integration_tests -> intercom; table names without the seeds'
--   _data suffix (admin_data -> admin, ...); column types: the postgres column_types of
--   integration_tests/dbt_project.yml where given, otherwise inferred from the seed values
--   (integer/bigint, numeric, boolean, timestamp, date, else text; all-empty columns -> text,
--   or timestamp for *_at names); empty CSV fields -> NULL. PRIMARY KEYs added: id for admin, tag, team;
--   (id, updated_at) for the *_history entity tables (their id repeats across history versions);
--   the full natural key for the mapping tables (company_tag_history, contact_company_history,
--   contact_tag_history, conversation_contact_history, conversation_tag_history, team_admin).
--   NO foreign keys. All seed rows kept; Fivetran system columns kept.
--   Added table _sync_meta (not in the source) with one row.
-- Rows per table: admin 4, company_history 9, company_tag_history 9, contact_company_history 9, contact_history 9, contact_tag_history 10, conversation_contact_history 9, conversation_history 9, conversation_part_history 9, conversation_tag_history 9, tag 25, team 3, team_admin 4, _sync_meta 1.

CREATE SCHEMA intercom;

CREATE TABLE intercom.admin (id varchar(100) NOT NULL, _fivetran_deleted boolean, _fivetran_synced timestamp, job_title text, email text, name text, PRIMARY KEY (id));
CREATE TABLE intercom.company_history (id text NOT NULL, updated_at timestamp NOT NULL, _fivetran_synced timestamp, company_id text, created_at timestamp, industry text, last_request_at timestamp, monthly_spend integer, plan_id text, plan_name text, remote_created_at timestamp, session_count integer, size text, user_count integer, website text, name text, _fivetran_active boolean, _fivetran_start timestamp, _fivetran_end timestamp, PRIMARY KEY (id, updated_at));
CREATE TABLE intercom.company_tag_history (company_id text NOT NULL, company_updated_at timestamp NOT NULL, tag_id bigint NOT NULL, _fivetran_active boolean, _fivetran_synced timestamp, _fivetran_start timestamp, _fivetran_end timestamp, PRIMARY KEY (company_id, company_updated_at, tag_id));
CREATE TABLE intercom.contact_company_history (company_id text NOT NULL, contact_id text NOT NULL, contact_updated_at timestamp NOT NULL, _fivetran_synced timestamp, _fivetran_active boolean, _fivetran_start timestamp, _fivetran_end timestamp, PRIMARY KEY (company_id, contact_id, contact_updated_at));
CREATE TABLE intercom.contact_history (id text NOT NULL, updated_at timestamp NOT NULL, _fivetran_active boolean, _fivetran_synced timestamp, admin_id text, android_app_name text, android_app_version text, android_device text, android_last_seen_at timestamp, android_os_version text, android_sdk_version text, browser text, browser_language text, browser_version text, created_at timestamp, custom_onboarding_step text, custom_organisation_id text, custom_organisation_name text, external_id text, has_hard_bounced boolean, ios_app_name text, ios_app_version text, ios_device text, ios_last_seen_at timestamp, ios_os_version text, ios_sdk_version text, language_override text, last_contacted_at timestamp, last_email_clicked_at timestamp, last_email_opened_at timestamp, last_replied_at timestamp, last_seen_at timestamp, location_city text, location_country text, location_region text, marked_email_as_spam boolean, os text, phone text, role text, signed_up_at timestamp, unsubscribed_from_emails boolean, workspace_id text, avatar text, custom_job_title text, email text, name text, _fivetran_start timestamp, _fivetran_end timestamp, PRIMARY KEY (id, updated_at));
CREATE TABLE intercom.contact_tag_history (contact_id text NOT NULL, contact_updated_at timestamp NOT NULL, tag_id bigint NOT NULL, _fivetran_synced timestamp, _fivetran_start timestamp, _fivetran_end timestamp, _fivetran_active boolean, PRIMARY KEY (contact_id, contact_updated_at, tag_id));
CREATE TABLE intercom.conversation_contact_history (contact_id text NOT NULL, conversation_id bigint NOT NULL, conversation_updated_at timestamp NOT NULL, _fivetran_synced timestamp, _fivetran_start timestamp, _fivetran_end timestamp, _fivetran_active boolean, PRIMARY KEY (contact_id, conversation_id, conversation_updated_at));
CREATE TABLE intercom.conversation_history (id bigint NOT NULL, updated_at timestamp NOT NULL, _fivetran_synced timestamp, assignee_id integer, assignee_type text, conversation_rating_created_at timestamp, conversation_rating_remark text, conversation_rating_value text, created_at timestamp, first_contact_reply_created_at timestamp, first_contact_reply_type text, priority text, read boolean, sla_name text, sla_status text, snoozed_until timestamp, source_author_id text, source_author_type text, source_delivered_as text, source_id integer, source_type text, state text, waiting_since timestamp, first_contact_reply_url text, source_body text, source_subject text, source_url text, _fivetran_start timestamp, _fivetran_end timestamp, _fivetran_active boolean, PRIMARY KEY (id, updated_at));
CREATE TABLE intercom.conversation_part_history (id bigint NOT NULL, updated_at timestamp NOT NULL, _fivetran_synced timestamp, assigned_to_id text, assigned_to_type text, author_id varchar(100), author_type text, conversation_id bigint, conversation_updated_at timestamp, created_at timestamp, notified_at timestamp, part_type text, body text, _fivetran_start timestamp, _fivetran_end timestamp, _fivetran_active boolean, PRIMARY KEY (id, updated_at));
CREATE TABLE intercom.conversation_tag_history (tag_id bigint NOT NULL, conversation_id bigint NOT NULL, conversation_updated_at timestamp NOT NULL, _fivetran_start timestamp, _fivetran_end timestamp, _fivetran_active boolean, PRIMARY KEY (conversation_id, tag_id, conversation_updated_at));
CREATE TABLE intercom.tag (id bigint NOT NULL, _fivetran_deleted boolean, _fivetran_synced timestamp, name text, PRIMARY KEY (id));
CREATE TABLE intercom.team (id bigint NOT NULL, name text, _fivetran_deleted boolean, _fivetran_synced timestamp, PRIMARY KEY (id));
CREATE TABLE intercom.team_admin (admin_id varchar(100) NOT NULL, team_id bigint NOT NULL, _fivetran_deleted boolean, _fivetran_synced timestamp, PRIMARY KEY (admin_id, team_id));
CREATE TABLE intercom._sync_meta (id integer PRIMARY KEY, note text);

INSERT INTO intercom._sync_meta VALUES
	(1, 'Fivetran Intercom connector, dbt_intercom_source integration_tests seeds @ 2bce6ab597c3');
INSERT INTO intercom.admin (id, _fivetran_deleted, _fivetran_synced, job_title, email, name) VALUES
	('4077639', false, '2020-12-01 18:00:13.416', NULL, 'pabACwVFlKUUrFX3+yMBSg==', 'auagZ02LBDUvzR4sWgQgTw=='),
	('4109673', false, '2020-12-01 18:00:13.475', NULL, 'YChf8nHEFlI3O0aDzeAGwQ==', 'htQV8agLGgLmcC5kWIqiuQ=='),
	('4079659', false, '2020-12-01 18:00:13.475', NULL, 'mh0K0MIa2yxcRXqQm2GIDQ==', 'evqj0Ah1kj0C3NR/sCme/A=='),
	('4077640', false, '2020-12-01 18:00:13.474', NULL, 'GeUzw+OA/HL+UhG+g6Pefg==', '4bPsierX+DqSRe1cnKz9vw==');
INSERT INTO intercom.company_history (id, updated_at, _fivetran_synced, company_id, created_at, industry, last_request_at, monthly_spend, plan_id, plan_name, remote_created_at, session_count, size, user_count, website, name, _fivetran_active, _fivetran_start, _fivetran_end) VALUES
	('5f8efd11391867b82cd45b18', '2020-10-20 15:58:15', '2020-12-01 12:00:20.897', '10hNkSuS4Niit8s48jDM', '2020-10-20 15:06:57', NULL, '2020-10-20 15:58:15', 0, NULL, NULL, NULL, 0, NULL, 1, NULL, 'UfoBRBF10VcAySN52BuLDA==', true, '2020-10-20 15:58:15', '2020-10-20 15:58:15'),
	('5edf1e37b04cc86461109dc9', '2020-06-10 16:53:16', '2020-12-01 12:00:20.894', '154pAIt4n2R143aexUWL', '2020-06-09 05:29:27', NULL, '2020-06-09 05:30:06', 0, NULL, NULL, NULL, 0, NULL, 1, NULL, 'DLxmEfVUC9CAmjiNyVphWw==', true, '2020-06-10 16:53:16', '2020-06-10 16:53:16'),
	('5edd3c19193dde2c276c8b33', '2020-06-07 19:12:25', '2020-12-01 12:00:20.212', '5edd3c19193dde2c276c8b34-qualification-company', '2020-06-07 19:12:25', NULL, NULL, 0, NULL, NULL, NULL, 0, NULL, 1, NULL, 'K2Qd3tRN5EUmBih+wu2brA==', true, '2020-06-07 19:12:25', '2020-06-07 19:12:25'),
	('5ef8d296b5da8221603509f4', '2020-06-28 17:25:42', '2020-12-01 12:00:20.895', '5ef8d296b5da8221603509f5-qualification-company', '2020-06-28 17:25:42', NULL, NULL, 0, NULL, NULL, NULL, 0, NULL, 1, NULL, 'dHOwd/QYeyJiu6/7+XQbYA==', true, '2020-06-28 17:25:42', '2020-06-28 17:25:42'),
	('5f70d1e1daf0e71a6844b40d', '2020-09-27 21:01:03', '2020-12-01 12:00:20.247', '5f70d1e1daf0e71a6844b40e-qualification-company', '2020-09-27 17:54:41', NULL, NULL, 0, NULL, NULL, NULL, 0, NULL, 1, NULL, 'gcPTHgYKM1KsFBeMU5V31g==', true, '2020-09-27 21:01:03', '2020-09-27 21:01:03'),
	('5f70d2eb2e8b7fd4e6ff98b5', '2020-09-27 21:01:48', '2020-12-01 12:00:20.247', '5f70d2eb2e8b7fd4e6ff98b6-qualification-company', '2020-09-27 17:59:07', NULL, NULL, 0, NULL, NULL, NULL, 0, NULL, 1, NULL, 'NxPxqzySpRKMkd4I/wkQZg==', true, '2020-09-27 21:01:48', '2020-09-27 21:01:48'),
	('5edd39aa1fd51a250b5e847b', '2020-06-07 19:02:02', '2020-12-01 12:00:20.895', '5edd39aa1fd51a250b5e847c-qualification-company', '2020-06-07 19:02:02', NULL, NULL, 0, NULL, NULL, NULL, 0, NULL, 1, NULL, 'K2Qd3tRN5EUmBih+wu2brA==', true, '2020-06-07 19:02:02', '2020-06-07 19:02:02'),
	('5f219d6d679eea3736461d9c', '2020-07-29 16:01:49', '2020-12-01 12:00:20.896', '5f219d6d679eea3736461d9d-qualification-company', '2020-07-29 16:01:49', NULL, NULL, 0, NULL, NULL, NULL, 0, NULL, 1, NULL, 'izbpIHwkx25nGSaOSSAdlA==', true, '2020-07-29 16:01:49', '2020-07-29 16:01:49'),
	('5f70d2d147f6a7a0a6e460d9', '2020-09-27 21:01:52', '2020-12-01 12:00:20.247', '5f70d2d147f6a7a0a6e460da-qualification-company', '2020-09-27 17:58:41', NULL, NULL, 0, NULL, NULL, NULL, 0, NULL, 1, NULL, 'NxPxqzySpRKMkd4I/wkQZg==', true, '2020-09-27 21:01:52', '2020-09-27 21:01:52');
INSERT INTO intercom.company_tag_history (company_id, company_updated_at, tag_id, _fivetran_active, _fivetran_synced, _fivetran_start, _fivetran_end) VALUES
	('5ed8f8cdcb649dd4d6a64a65', '2020-09-27 21:02:35', 4614762, true, '2020-12-01 12:00:20.243', '2020-09-27 21:02:35', '2020-09-27 21:02:35'),
	('5ed8f8eb6d58bc7cbd77ea59', '2020-09-27 20:59:51', 4614762, true, '2020-12-01 12:00:20.207', '2020-09-27 20:59:51', '2020-09-27 20:59:51'),
	('5edd3937193dde28b26fd4eb', '2020-09-27 20:35:14', 4614762, true, '2020-12-01 12:00:20.237', '2020-09-27 20:35:14', '2020-09-27 20:35:14'),
	('5edd3aa2193dde2a7c6f3e98', '2020-09-27 20:51:06', 4614762, true, '2020-12-01 12:00:20.250', '2020-09-27 20:51:06', '2020-09-27 20:51:06'),
	('5edd3b11e5a2f2260b83e76c', '2020-09-27 21:07:36', 4614762, true, '2020-12-01 12:00:20.216', '2020-09-27 21:07:36', '2020-09-27 21:07:36'),
	('5edd3bf1193dde28766ffc71', '2020-09-27 20:55:47', 4614762, true, '2020-12-01 12:00:20.244', '2020-09-27 20:55:47', '2020-09-27 20:55:47'),
	('5edd3c0a1fd51a29085e42bc', '2020-09-27 21:05:19', 4614762, true, '2020-12-01 12:00:20.208', '2020-09-27 21:05:19', '2020-09-27 21:05:19'),
	('5edd3c31193dde29f96f8553', '2020-09-27 21:07:05', 4614762, true, '2020-12-01 12:00:20.215', '2020-09-27 21:07:05', '2020-09-27 21:07:05'),
	('5edd3c81e5a2f22c36820ff1', '2020-09-27 21:03:58', 4614762, true, '2020-12-01 12:00:20.210', '2020-09-27 21:03:58', '2020-09-27 21:03:58');
INSERT INTO intercom.contact_company_history (company_id, contact_id, contact_updated_at, _fivetran_synced, _fivetran_active, _fivetran_start, _fivetran_end) VALUES
	('5ee8e49b8399064fd9ba8a06', '5ee8de2106edfff182d30d01', '2020-08-27 08:27:45', '2020-09-27 17:50:29.536', true, '2020-08-27 08:27:45', '2020-08-27 08:27:45'),
	('5efddfb2e4887b2d9172afc9', '5efce8111115a46e9e4dc434', '2020-08-10 14:49:50', '2020-09-27 17:50:29.536', true, '2020-08-10 14:49:50', '2020-08-10 14:49:50'),
	('5edd3c31193dde29f96f8553', '5edd3866fc6d3d1112079b04', '2020-08-08 11:21:02', '2020-09-27 17:50:29.536', true, '2020-08-08 11:21:02', '2020-08-08 11:21:02'),
	('5ed8f8eb6d58bc7cbd77ea59', '5ed8f81968fa275e74d266d5', '2020-08-13 03:18:45', '2020-09-27 17:50:29.536', true, '2020-08-13 03:18:45', '2020-08-13 03:18:45'),
	('5edd3d988953a42a49b104f0', '5edd386afc6d3d1112079b18', '2020-07-10 16:54:58', '2020-09-27 17:50:28.960', true, '2020-07-10 16:54:58', '2020-07-10 16:54:58'),
	('5edd3bd78953a4299db19ead', '5edd386afc6d3d1112079b17', '2020-07-10 17:41:41', '2020-09-27 17:50:28.960', true, '2020-07-10 17:41:41', '2020-07-10 17:41:41'),
	('5ee0c1461ed2faa9e1b04c7a', '5ee08a46df580a2a412b31d3', '2020-07-11 10:57:44', '2020-09-27 17:50:28.181', true, '2020-07-11 10:57:44', '2020-07-11 10:57:44'),
	('5efa371603a5222ac045bb5c', '5efa2f0f3f9b4641389ef6e2', '2020-07-10 16:39:52', '2020-09-27 17:50:28.970', true, '2020-07-10 16:39:52', '2020-07-10 16:39:52'),
	('5ef49e5ce493da2e2df652be', '5ef3e3e35aef7a8d7dd030d7', '2020-07-10 20:07:12', '2020-09-27 17:50:28.970', true, '2020-07-10 20:07:12', '2020-07-10 20:07:12');
INSERT INTO intercom.contact_history (id, updated_at, _fivetran_active, _fivetran_synced, admin_id, android_app_name, android_app_version, android_device, android_last_seen_at, android_os_version, android_sdk_version, browser, browser_language, browser_version, created_at, custom_onboarding_step, custom_organisation_id, custom_organisation_name, external_id, has_hard_bounced, ios_app_name, ios_app_version, ios_device, ios_last_seen_at, ios_os_version, ios_sdk_version, language_override, last_contacted_at, last_email_clicked_at, last_email_opened_at, last_replied_at, last_seen_at, location_city, location_country, location_region, marked_email_as_spam, os, phone, role, signed_up_at, unsubscribed_from_emails, workspace_id, avatar, custom_job_title, email, name, _fivetran_start, _fivetran_end) VALUES
	('5f19187f9c0ca3ba4e5f85a4', '2020-07-23 13:43:42', true, '2020-09-27 17:50:28.977', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2020-07-23 04:56:31', NULL, NULL, NULL, '38562efa-c962-428b-a77a-6321b5370d73', false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2020-07-23 05:45:04', NULL, NULL, NULL, NULL, NULL, NULL, NULL, false, NULL, NULL, 'lead', NULL, false, 'otyeqd9q', NULL, NULL, 'XgyqsB0TWiMCtrwGLrqt0g==', 'zIM/kdIwgY0S3mi8OSjMHg==', '2020-07-23 13:43:42', '2020-07-23 13:43:42'),
	('5edd3869fc6d3d1112079b14', '2020-07-10 16:40:46', true, '2020-09-27 17:50:28.958', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2020-06-07 18:56:41', NULL, NULL, NULL, '290286e9-0292-4b0f-9a60-0aa41da11c68', false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2020-07-10 16:39:52', NULL, '2020-07-10 16:40:46', NULL, NULL, NULL, NULL, NULL, false, NULL, NULL, 'lead', NULL, false, 'otyeqd9q', NULL, NULL, 'sqxIlpfGVehdtt/txcL+5Q==', '3DY+flxbF0BtRiZEZOjxxw==', '2020-07-10 16:40:46', '2020-07-10 16:40:46'),
	('5f5777f5910d7e6b26b62cb0', '2020-09-08 13:18:24', true, '2020-09-27 17:50:30.036', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2020-09-08 12:24:21', NULL, NULL, NULL, 'da64250e-ff80-4262-89e9-99cd7f00017f', false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2020-09-08 13:18:24', NULL, NULL, NULL, NULL, NULL, NULL, NULL, false, NULL, NULL, 'lead', NULL, false, 'otyeqd9q', NULL, NULL, '+dbCB8qEh+/E54pDu8Wrpg==', '1RlYfKZWnoXoNkhrx00Iow==', '2020-09-08 13:18:24', '2020-09-08 13:18:24'),
	('5ed8f5bb6eb011d49608157f', '2020-07-10 17:32:12', true, '2020-09-27 17:50:28.184', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2020-06-04 13:23:07', NULL, NULL, NULL, '61264a42-3a2e-42e6-a5f1-69c2bd7084e8', false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2020-07-10 16:39:52', NULL, '2020-07-10 17:32:12', NULL, NULL, NULL, NULL, NULL, false, NULL, NULL, 'lead', NULL, false, 'otyeqd9q', NULL, NULL, '8J3SZyt4RjZIfPsXc0J4HA==', 'BivgW+ZsRU0DS4BK+zwDBA==', '2020-07-10 17:32:12', '2020-07-10 17:32:12'),
	('5ee9bf76aaf738027ba36034', '2020-07-10 16:39:52', true, '2020-09-27 17:50:28.966', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2020-06-17 07:00:06', NULL, NULL, NULL, 'a6a8bd81-5eb4-49c9-8cdd-23a2b57c9fa5', false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2020-07-10 16:39:52', NULL, NULL, NULL, NULL, NULL, NULL, NULL, false, NULL, NULL, 'lead', NULL, false, 'otyeqd9q', NULL, NULL, 's34CUDu895kiTwtirKZqUw==', 'UVN28d29LbuGsCjbVZyYYg==', '2020-07-10 16:39:52', '2020-07-10 16:39:52'),
	('5eeb6e9e177608d00418f2d1', '2020-07-10 18:27:21', true, '2020-09-27 17:50:28.967', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2020-06-18 13:39:43', NULL, NULL, NULL, 'ef1a465d-a2d0-402e-92cc-e985f51ac947', false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2020-07-10 16:39:52', '2020-07-10 18:27:21', '2020-07-10 18:27:21', NULL, NULL, NULL, NULL, NULL, false, NULL, NULL, 'lead', NULL, false, 'otyeqd9q', NULL, NULL, '5G14CRrRQtxryD5TKCPtCQ==', 'KpCpRbIiSYdYUpIUYJl2Sg==', '2020-07-10 18:27:21', '2020-07-10 18:27:21'),
	('5edd386afc6d3d1112079b18', '2020-07-10 16:54:58', true, '2020-09-27 17:50:28.960', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2020-06-07 18:56:42', NULL, NULL, NULL, '86fadf6b-8aca-4fc7-b836-c91e2d1cc2df', false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2020-07-10 16:39:52', NULL, '2020-07-10 16:54:58', NULL, NULL, NULL, NULL, NULL, false, NULL, NULL, 'lead', NULL, false, 'otyeqd9q', NULL, NULL, 'rj7gy7aUFE7kDf/leISNNQ==', 'cuTdPAm7hoBqACNMcA+O/g==', '2020-07-10 16:54:58', '2020-07-10 16:54:58'),
	('5f03c55e8cf7dc02e0f97baa', '2020-07-13 22:23:51', true, '2020-09-27 17:50:28.971', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2020-07-07 00:44:14', NULL, NULL, NULL, 'faf02fa4-157d-4198-90a1-cf0a149bb405', false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2020-07-10 16:39:51', NULL, '2020-07-13 22:23:51', NULL, NULL, NULL, NULL, NULL, false, NULL, NULL, 'lead', NULL, false, 'otyeqd9q', NULL, 'G949WXHx1QOe1qeFCIft0g==', 'z4Wop/8T/iGFMfYQ4adUcw==', 'u7MNmEKpZaEpntcaBWXjfw==', '2020-07-13 22:23:51', '2020-07-13 22:23:51'),
	('5f569df7ad3fcefe03350117', '2020-09-07 22:07:39', true, '2020-09-27 17:50:30.036', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2020-09-07 20:54:15', NULL, NULL, NULL, '72343fbe-4f9f-492b-8772-38f89f543cf4', false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2020-09-07 21:00:26', '2020-09-07 22:07:39', '2020-09-07 22:07:39', NULL, NULL, NULL, NULL, NULL, false, NULL, NULL, 'lead', NULL, false, 'otyeqd9q', NULL, NULL, 'SYU2ezEg3mW8vyVnchVcrA==', 'oSDDQHjs6nuZZw/zpfDwqw==', '2020-09-07 22:07:39', '2020-09-07 22:07:39');
INSERT INTO intercom.contact_tag_history (contact_id, contact_updated_at, tag_id, _fivetran_synced, _fivetran_start, _fivetran_end, _fivetran_active) VALUES
	('5ee8de2106edfff182d30d01', '2020-08-27 08:27:45', 4114445, '2020-09-27 17:50:29.536', '2020-08-27 08:27:45', '2020-08-27 08:27:45', true),
	('5ee8de2106edfff182d30d01', '2020-08-27 08:27:45', 4114446, '2020-09-27 17:50:29.536', '2020-08-27 08:27:45', '2020-08-27 08:27:45', false),
	('5edd3866fc6d3d1112079b04', '2020-08-08 11:21:02', 4122591, '2020-09-27 17:50:29.536', '2020-08-08 11:21:02', '2020-08-08 11:21:02', true),
	('5edd3866fc6d3d1112079b04', '2020-08-08 11:21:02', 4122592, '2020-09-27 17:50:29.536', '2020-08-08 11:21:02', '2020-08-08 11:21:02', false),
	('5ed8f81968fa275e74d266d5', '2020-08-13 03:18:45', 4114445, '2020-09-27 17:50:29.536', '2020-08-13 03:18:45', '2020-08-13 03:18:45', true),
	('5ed8f81968fa275e74d266d5', '2020-08-13 03:18:45', 4114446, '2020-09-27 17:50:29.536', '2020-08-13 03:18:45', '2020-08-13 03:18:45', false),
	('5edd386afc6d3d1112079b18', '2020-07-10 16:54:58', 4122591, '2020-09-27 17:50:28.960', '2020-07-10 16:54:58', '2020-07-10 16:54:58', true),
	('5edd386afc6d3d1112079b18', '2020-07-10 16:54:58', 4122592, '2020-09-27 17:50:28.960', '2020-07-10 16:54:58', '2020-07-10 16:54:58', false),
	('5edd386afc6d3d1112079b17', '2020-07-10 17:41:41', 4122591, '2020-09-27 17:50:28.960', '2020-07-10 17:41:41', '2020-07-10 17:41:41', true),
	('5edd386afc6d3d1112079b17', '2020-07-10 17:41:41', 4122592, '2020-09-27 17:50:28.960', '2020-07-10 17:41:41', '2020-07-10 17:41:41', false);
INSERT INTO intercom.conversation_contact_history (contact_id, conversation_id, conversation_updated_at, _fivetran_synced, _fivetran_start, _fivetran_end, _fivetran_active) VALUES
	('5ed93beb39021efc4ccd4ea5', 156643300000684, '2020-08-19 20:20:21', '2020-09-27 17:50:37.092', '2020-08-19 20:20:21', '2020-08-19 20:20:21', true),
	('5ed9ff581dff5e56251a4ac6', 156643300000242, '2020-07-17 14:54:31', '2020-09-27 17:50:35.513', '2020-07-17 14:54:31', '2020-07-17 14:54:31', true),
	('5ede993cf2d3a43441aca960', 27419408159, '2020-06-10 16:38:08', '2020-09-27 17:50:33.842', '2020-06-10 16:38:08', '2020-06-10 16:38:08', true),
	('5ee08a46df580a2a412b31d3', 27441142484, '2020-06-10 12:15:51', '2020-09-27 17:50:34.117', '2020-06-10 12:15:51', '2020-06-10 12:15:51', true),
	('5ee2a9fc1d836ec8e47734ef', 27469749960, '2020-07-07 20:27:37', '2020-09-27 17:50:32.828', '2020-07-07 20:27:37', '2020-07-07 20:27:37', true),
	('5eea4a90f3d31f0b5cf000f0', 27526781645, '2020-06-19 12:43:01', '2020-09-27 17:50:33.575', '2020-06-19 12:43:01', '2020-06-19 12:43:01', true),
	('5eec5ff27c241f259ae27d75', 156643300000029, '2020-06-19 21:05:48', '2020-09-27 17:50:33.287', '2020-06-19 21:05:48', '2020-06-19 21:05:48', true),
	('5eed27c83784ef90f95c5082', 156643300000044, '2020-06-22 12:04:10', '2020-09-27 17:50:33.042', '2020-06-22 12:04:10', '2020-06-22 12:04:10', true),
	('5f0604960382a50f226b2496', 156643300000200, '2020-07-09 12:51:26', '2020-09-27 17:50:32.596', '2020-07-09 12:51:26', '2020-07-09 12:51:26', true);
INSERT INTO intercom.conversation_history (id, updated_at, _fivetran_synced, assignee_id, assignee_type, conversation_rating_created_at, conversation_rating_remark, conversation_rating_value, created_at, first_contact_reply_created_at, first_contact_reply_type, priority, read, sla_name, sla_status, snoozed_until, source_author_id, source_author_type, source_delivered_as, source_id, source_type, state, waiting_since, first_contact_reply_url, source_body, source_subject, source_url, _fivetran_start, _fivetran_end, _fivetran_active) VALUES
	(156643300001311, '2020-10-29 00:26:06', '2020-10-29 06:00:13.568', 4077639, 'admin', NULL, NULL, NULL, '2020-10-28 23:59:37', '2020-10-28 23:59:37', 'conversation', 'not_priority', true, NULL, NULL, NULL, '5f7295ca37f0d717d37dfddb', 'user', 'customer_initiated', 668173106, 'conversation', 'open', '2020-10-29 00:26:06', 'BPoOU97pKEYcLgC7gTfCIQ==', 'Wwv4V+vvEudRW0Hi5bSkeQ==', '1B2M2Y8AsgTpgAmY7PhCfg==', 'BPoOU97pKEYcLgC7gTfCIQ==', '2020-10-29 00:26:06', '2020-10-29 00:26:06', false),
	(156643300001311, '2020-10-29 12:38:27', '2020-10-29 18:00:48.904', 4077639, 'admin', NULL, NULL, NULL, '2020-10-28 23:59:37', '2020-10-28 23:59:37', 'conversation', 'not_priority', false, NULL, NULL, NULL, '5f7295ca37f0d717d37dfddb', 'user', 'customer_initiated', 668173106, 'conversation', 'open', NULL, 'BPoOU97pKEYcLgC7gTfCIQ==', 'Wwv4V+vvEudRW0Hi5bSkeQ==', '1B2M2Y8AsgTpgAmY7PhCfg==', 'BPoOU97pKEYcLgC7gTfCIQ==', '2020-10-29 12:38:27', '2020-10-29 12:38:27', false),
	(156643300001311, '2020-11-02 14:17:59', '2020-11-02 18:00:44.465', 4077639, 'admin', NULL, NULL, NULL, '2020-10-28 23:59:37', '2020-10-28 23:59:37', 'conversation', 'not_priority', true, NULL, NULL, NULL, '5f7295ca37f0d717d37dfddb', 'user', 'customer_initiated', 668173106, 'conversation', 'closed', NULL, 'BPoOU97pKEYcLgC7gTfCIQ==', 'Wwv4V+vvEudRW0Hi5bSkeQ==', '1B2M2Y8AsgTpgAmY7PhCfg==', 'BPoOU97pKEYcLgC7gTfCIQ==', '2020-11-02 14:17:59', '2020-11-02 14:17:59', true),
	(156643300001372, '2020-11-04 23:19:46', '2020-11-05 00:00:27.452', 4077639, 'admin', NULL, NULL, NULL, '2020-11-04 03:12:03', '2020-11-04 03:12:03', 'conversation', 'not_priority', true, NULL, NULL, NULL, '5f7295ca37f0d717d37dfddb', 'user', 'customer_initiated', 672726475, 'conversation', 'open', NULL, 'dU+o2RauHD11y06RiDpUyQ==', 'qkfzcFA4UoF9SvG054IVUw==', '1B2M2Y8AsgTpgAmY7PhCfg==', 'dU+o2RauHD11y06RiDpUyQ==', '2020-11-04 23:19:46', '2020-11-04 23:19:46', false),
	(156643300001372, '2020-11-04 03:12:53', '2020-11-04 06:00:28.660', NULL, NULL, NULL, NULL, NULL, '2020-11-04 03:12:03', '2020-11-04 03:12:03', 'conversation', 'not_priority', true, NULL, NULL, NULL, '5f7295ca37f0d717d37dfddb', 'user', 'customer_initiated', 672726475, 'conversation', 'open', '2020-11-04 03:12:03', 'dU+o2RauHD11y06RiDpUyQ==', 'qkfzcFA4UoF9SvG054IVUw==', '1B2M2Y8AsgTpgAmY7PhCfg==', 'dU+o2RauHD11y06RiDpUyQ==', '2020-11-04 03:12:53', '2020-11-04 03:12:53', false),
	(156643300001372, '2020-11-06 13:55:01', '2020-11-06 18:00:17.427', 4077639, 'admin', NULL, NULL, NULL, '2020-11-04 03:12:03', '2020-11-04 03:12:03', 'conversation', 'not_priority', true, NULL, NULL, NULL, '5f7295ca37f0d717d37dfddb', 'user', 'customer_initiated', 672726475, 'conversation', 'closed', NULL, 'dU+o2RauHD11y06RiDpUyQ==', 'qkfzcFA4UoF9SvG054IVUw==', '1B2M2Y8AsgTpgAmY7PhCfg==', 'dU+o2RauHD11y06RiDpUyQ==', '2020-11-06 13:55:01', '2020-11-06 13:55:01', true),
	(156643300001372, '2020-11-04 11:41:22', '2020-11-04 12:00:44.743', 4077639, 'admin', NULL, NULL, NULL, '2020-11-04 03:12:03', '2020-11-04 03:12:03', 'conversation', 'not_priority', true, NULL, NULL, NULL, '5f7295ca37f0d717d37dfddb', 'user', 'customer_initiated', 672726475, 'conversation', 'open', NULL, 'dU+o2RauHD11y06RiDpUyQ==', 'qkfzcFA4UoF9SvG054IVUw==', '1B2M2Y8AsgTpgAmY7PhCfg==', 'dU+o2RauHD11y06RiDpUyQ==', '2020-11-04 11:41:22', '2020-11-04 11:41:22', false),
	(156643300001372, '2020-11-05 07:46:32', '2020-11-05 12:00:30.084', 4077639, 'admin', NULL, NULL, NULL, '2020-11-04 03:12:03', '2020-11-04 03:12:03', 'conversation', 'not_priority', true, NULL, NULL, NULL, '5f7295ca37f0d717d37dfddb', 'user', 'customer_initiated', 672726475, 'conversation', 'open', '2020-11-05 07:35:44', 'dU+o2RauHD11y06RiDpUyQ==', 'qkfzcFA4UoF9SvG054IVUw==', '1B2M2Y8AsgTpgAmY7PhCfg==', 'dU+o2RauHD11y06RiDpUyQ==', '2020-11-05 07:46:32', '2020-11-05 07:46:32', false),
	(156643300001372, '2020-11-04 14:08:32', '2020-11-04 18:00:30.441', 4077639, 'admin', NULL, NULL, NULL, '2020-11-04 03:12:03', '2020-11-04 03:12:03', 'conversation', 'not_priority', true, NULL, NULL, NULL, '5f7295ca37f0d717d37dfddb', 'user', 'customer_initiated', 672726475, 'conversation', 'open', NULL, 'dU+o2RauHD11y06RiDpUyQ==', 'qkfzcFA4UoF9SvG054IVUw==', '1B2M2Y8AsgTpgAmY7PhCfg==', 'dU+o2RauHD11y06RiDpUyQ==', '2020-11-04 14:08:32', '2020-11-04 14:08:32', false);
INSERT INTO intercom.conversation_part_history (id, updated_at, _fivetran_synced, assigned_to_id, assigned_to_type, author_id, author_type, conversation_id, conversation_updated_at, created_at, notified_at, part_type, body, _fivetran_start, _fivetran_end, _fivetran_active) VALUES
	(6862013567, '2020-10-29 12:38:27', '2020-11-02 18:00:44.512', NULL, NULL, '4077639', 'admin', 12, '2020-11-02 14:17:59', '2020-10-29 12:38:27', '2020-10-29 12:38:27', 'note', '0kDc36cAPudSN4iygXsITQ==', '2020-10-29 12:38:27', '2020-11-02 18:00:44.512', true),
	(5579078364, '2020-06-08 20:57:28', '2020-09-27 17:50:33.843', NULL, NULL, '4077639', 'admin', 11, '2020-06-10 16:38:08', '2020-06-08 20:57:28', '2020-06-08 20:57:28', 'close', NULL, '2020-06-08 20:57:28', '2020-09-27 17:50:33.843', true),
	(5593902508, '2020-06-10 12:15:52', '2020-09-27 17:50:34.118', NULL, NULL, '4077639', 'admin', 27, '2020-06-10 12:15:51', '2020-06-10 12:15:52', '2020-06-10 12:15:52', 'close', NULL, '2020-06-10 12:15:52', '2020-09-27 17:50:34.118', true),
	(5596813291, '2020-06-10 16:38:08', '2020-09-27 17:50:33.843', NULL, NULL, '4077639', 'admin', 11, '2020-06-10 16:38:08', '2020-06-10 16:38:08', '2020-06-10 16:38:08', 'close', NULL, '2020-06-10 16:38:08', '2020-09-27 17:50:33.843', true),
	(5654297164, '2020-06-17 17:02:16', '2020-09-27 17:50:33.575', NULL, NULL, '4077639', 'admin', 5, '2020-06-19 12:43:01', '2020-06-17 17:02:16', '2020-06-17 17:02:16', 'close', NULL, '2020-06-17 17:02:16', '2020-09-27 17:50:33.575', true),
	(5654817783, '2020-06-17 17:55:42', '2020-09-27 17:50:33.575', NULL, NULL, '4077639', 'admin', 5, '2020-06-19 12:43:01', '2020-06-17 17:55:42', '2020-06-17 17:55:42', 'close', NULL, '2020-06-17 17:55:42', '2020-09-27 17:50:33.575', true),
	(5670770921, '2020-06-19 12:43:01', '2020-09-27 17:50:33.575', NULL, NULL, '4077639', 'admin', 5, '2020-06-19 12:43:01', '2020-06-19 12:43:01', '2020-06-19 12:43:01', 'close', NULL, '2020-06-19 12:43:01', '2020-09-27 17:50:33.575', true),
	(5675224434, '2020-06-19 21:05:48', '2020-09-27 17:50:33.287', NULL, NULL, '4077639', 'admin', 13, '2020-06-19 21:05:48', '2020-06-19 21:05:48', '2020-06-19 21:05:48', 'close', NULL, '2020-06-19 21:05:48', '2020-09-27 17:50:33.287', true),
	(5689024277, '2020-06-22 12:04:10', '2020-09-27 17:50:33.043', NULL, NULL, '4077639', 'admin', 12, '2020-06-22 12:04:10', '2020-06-22 12:04:10', '2020-06-22 12:04:10', 'close', NULL, '2020-06-22 12:04:10', '2020-09-27 17:50:33.043', true);
INSERT INTO intercom.conversation_tag_history (tag_id, conversation_id, conversation_updated_at, _fivetran_start, _fivetran_end, _fivetran_active) VALUES
	(4614791, 156643300000415, '2020-12-01 18:00:16.972', '2020-12-01 18:00:16.972', '2020-12-01 18:00:16.972', true),
	(4614843, 156643300000372, '2020-12-01 18:00:16.971', '2020-12-01 18:00:16.971', '2020-12-01 18:00:16.971', true),
	(4615064, 156643300001360, '2020-12-01 18:00:16.971', '2020-12-01 18:00:16.971', '2020-12-01 18:00:16.971', true),
	(4614934, 156643300001196, '2020-12-01 18:00:16.971', '2020-12-01 18:00:16.971', '2020-12-01 18:00:16.971', true),
	(4614817, 156643300000415, '2020-12-01 18:00:16.971', '2020-12-01 18:00:16.971', '2020-12-01 18:00:16.971', true),
	(4614882, 156643300000200, '2020-12-01 18:00:16.972', '2020-12-01 18:00:16.972', '2020-12-01 18:00:16.972', true),
	(4122592, 156643300001382, '2020-12-01 18:00:16.972', '2020-12-01 18:00:16.972', '2020-12-01 18:00:16.972', true),
	(4614763, 156643300000664, '2020-12-01 18:00:16.971', '2020-12-01 18:00:16.971', '2020-12-01 18:00:16.971', true),
	(4114445, 156643300000991, '2020-12-01 18:00:16.969', '2020-12-01 18:00:16.969', '2020-12-01 18:00:16.969', true);
INSERT INTO intercom.tag (id, _fivetran_deleted, _fivetran_synced, name) VALUES
	(4614778, false, '2020-12-01 18:00:16.969', 'Support'),
	(4614791, false, '2020-12-01 18:00:16.969', 'Lead'),
	(4614804, true, '2020-12-01 18:00:16.969', 'Deleted tag'),
	(4614817, false, '2020-12-01 18:00:16.969', 'Kudos'),
	(4614830, false, '2020-12-01 18:00:16.969', 'Chat chat chat'),
	(4614843, true, '2020-12-01 18:00:16.969', 'fat fingered dhis taeg'),
	(4614856, false, '2020-12-01 18:00:16.969', 'Intercom connector'),
	(4614869, false, '2020-12-01 18:00:16.969', 'dbt'),
	(4614882, false, '2020-12-01 18:00:16.969', 'fivetran'),
	(4614895, false, '2020-12-01 18:00:16.969', 'User'),
	(4614908, true, '2020-12-01 18:00:16.969', 'this is a mistake tag'),
	(4614921, false, '2020-12-01 18:00:16.969', 'product'),
	(4614934, false, '2020-12-01 18:00:16.969', '    adding white spaces to test'),
	(4614947, false, '2020-12-01 18:00:16.969', 'adding trailing white spaces to test.            '),
	(4614960, false, '2020-12-01 18:00:16.969', 'I wanted to make a tag so I did'),
	(4614973, false, '2020-12-01 18:00:16.969', 'this can be a tag for a conversation/contact/company'),
	(4614986, false, '2020-12-01 18:00:16.969', 'tag test'),
	(4614999, false, '2020-12-01 18:00:16.969', 'tag 1'),
	(4615012, false, '2020-12-01 18:00:16.969', 'tag 2'),
	(4615025, false, '2020-12-01 18:00:16.969', 'Version 1.2 question'),
	(4615038, false, '2020-12-01 18:00:16.969', 'General'),
	(4615051, false, '2020-12-01 18:00:16.969', 'Troubleshooting'),
	(4615064, false, '2020-12-01 18:00:16.969', 'Tags are so cool'),
	(4615077, false, '2020-12-01 18:00:16.969', 'I can tag whatever I want'),
	(4615090, false, '2020-12-01 18:00:16.969', 'Tag you''re it');
INSERT INTO intercom.team (id, name, _fivetran_deleted, _fivetran_synced) VALUES
	(123456, 'Customer support', false, '2020-12-01 12:00:20'),
	(123469, 'Robots', false, '2020-12-01 12:00:20'),
	(123482, 'Management', false, '2020-12-01 12:00:20');
INSERT INTO intercom.team_admin (admin_id, team_id, _fivetran_deleted, _fivetran_synced) VALUES
	('4077639', 123456, false, '2020-12-01 12:00:20'),
	('4109673', 123456, false, '2020-12-01 12:00:20'),
	('4079659', 123482, false, '2020-12-01 12:00:20'),
	('4077640', 123469, false, '2020-12-01 12:00:20');

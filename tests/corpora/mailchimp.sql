-- Mailchimp (Fivetran connector schema), as landed by Fivetran and used by Fivetran's dbt package
--   dbt_mailchimp (into which the source package dbt_mailchimp_source was merged in dbt_mailchimp v1.0.0,
--   CHANGELOG.md:46-52 "Source Package Consolidation"); no foreign keys (Fivetran declares none).
-- Source: https://github.com/fivetran/dbt_mailchimp, commit 64c110c9715022c5b5af06335edef31a1990ba82
--   (2026-06-22, "Standardize unioning macros to use fivetran_utils versions (#64)"; package v1.3.0).
--   Also read: https://github.com/fivetran/dbt_mailchimp_source, commit 90ceeee68da4517cc9617b9deba2e5716f7db1d9
--   (2025-06-26, "feature/freshness-updates (#27)", its last commit); its seeds are byte-identical to the above.
-- Files used: integration_tests/seeds/{automation,automation_email,automation_recipient,
--   automation_recipient_activity,campaign,campaign_recipient,campaign_recipient_activity,list,member,segment,
--   segment_member,unsubscribe}.csv (rows and column order), integration_tests/dbt_project.yml (seeds
--   column_types), models/staging/src_mailchimp.yml and models/staging/stg_mailchimp.yml (column docs, unique
--   tests), models/staging/stg_mailchimp__*.sql (renames, surrogate keys); dbt_mailchimp_source
--   models/stg_mailchimp.yml:477-482 and CHANGELOG.md:73 (member unique key).
-- Licence: Apache License 2.0 (LICENSE of both repositories), Copyright Fivetran.
-- Changes: schema mailchimp_integration_tests -> mailchimp; column names as in the CSV headers (already lower
--   case); column types: the column_types of integration_tests/dbt_project.yml where given (_fivetran_synced,
--   create_time, start_time, send_time, "timestamp", date_created, last_changed, timestamp_opt, timestamp_signup,
--   created_at, updated_at -> timestamp; list.list_rating, member.dstoff, member.gmtoff -> float), otherwise
--   inferred from the seed values (integer, numeric, boolean, timestamp, else text; all-empty columns -> text,
--   timestamp for *_at names). So segment.id and segment_member.segment_id are integer (seed values 482927)
--   while automation.segment_id and campaign.segment_id, empty in the seeds, are text; automation.id and
--   automation_email.id are text (mixed '71ad2ce945'/'12345'). Empty CSV fields -> NULL. Columns "timestamp"
--   and "position" quoted.
-- Primary keys: automation(id), automation_email(id), campaign(id), list(id), segment(id): unique + not_null
--   tests on the renamed id in stg_mailchimp.yml (automation_id 190-194, automation_email_id 49-53,
--   campaign_id 295-299, list_id 422-426, segment_id 594-598). member(id, list_id): dbt_mailchimp_source
--   stg_mailchimp.yml:477-482 unique_combination_of_columns (member_id, list_id), CHANGELOG.md:73 "member_id and
--   list_id ... make up the unique key for the respective source table" (dbt_mailchimp v1.0.0 dropped
--   multi-argument tests, CHANGELOG.md:56; the seed has member 4956ae6c... in two lists). The other tables
--   take the columns of their tested-unique surrogate key (source_relation dropped, one source here):
--   automation_recipient(automation_email_id, member_id) (stg_mailchimp__automation_recipients.sql:41,
--   stg_mailchimp.yml:169-173); campaign_recipient(campaign_id, member_id) (stg_mailchimp__campaign_recipients
--   .sql:39, yml:228-232); automation_recipient_activity(action, automation_email_id, member_id, "timestamp")
--   (stg_mailchimp__automation_activities.sql:45, yml:11-15); campaign_recipient_activity(action, campaign_id,
--   member_id, "timestamp") (stg_mailchimp__campaign_activities.sql:43, yml:252-256); unsubscribe(member_id,
--   list_id, "timestamp") (stg_mailchimp__unsubscribes.sql:43, yml:624-628). segment_member: no primary key
--   (the package tests no key for it). NO foreign keys.
-- All seed rows kept; Fivetran system columns and undocumented seed columns (campaign.segment_text,
--   member.merge_fname/merge_lname) kept. Added table _sync_meta (not in the source) with one row.
-- Rows per table: automation 2, automation_email 2, automation_recipient 3, automation_recipient_activity 8, campaign 1, campaign_recipient 10, campaign_recipient_activity 17, list 2, member 9, segment 1, segment_member 2, unsubscribe 1, _sync_meta 1.

CREATE SCHEMA mailchimp;

CREATE TABLE mailchimp.automation (id text NOT NULL, _fivetran_deleted boolean, _fivetran_synced timestamp, create_time timestamp, list_id text, segment_id text, segment_text text, start_time timestamp, status text, title text, trigger_settings text, PRIMARY KEY (id));
CREATE TABLE mailchimp.automation_email (id text NOT NULL, _fivetran_deleted boolean, _fivetran_synced timestamp, archive_url text, authenticate boolean, auto_footer boolean, auto_tweet boolean, automation_id text, clicktale text, content_type text, create_time timestamp, delay_action text, delay_action_description text, delay_amount integer, delay_direction text, delay_full_description text, delay_type text, drag_and_drop boolean, fb_comments boolean, folder_id text, from_name text, google_analytics text, inline_css boolean, "position" integer, reply_to text, send_time timestamp, start_time timestamp, status text, subject_line text, template_id integer, timewarp text, title text, to_name text, track_ecomm_360 boolean, track_goals boolean, track_html_clicks boolean, track_opens boolean, track_text_clicks boolean, use_conversation text, PRIMARY KEY (id));
CREATE TABLE mailchimp.automation_recipient (automation_email_id text NOT NULL, member_id text NOT NULL, _fivetran_synced timestamp, list_id text, PRIMARY KEY (automation_email_id, member_id));
CREATE TABLE mailchimp.automation_recipient_activity (action text NOT NULL, automation_email_id text NOT NULL, member_id text NOT NULL, "timestamp" timestamp NOT NULL, _fivetran_synced timestamp, bounce_type text, ip text, list_id text, url text, PRIMARY KEY (action, automation_email_id, member_id, "timestamp"));
CREATE TABLE mailchimp.campaign (id text NOT NULL, _fivetran_deleted boolean, _fivetran_synced timestamp, archive_url text, authenticate boolean, auto_footer boolean, auto_tweet boolean, clicktale text, content_type text, create_time timestamp, drag_and_drop boolean, fb_comments boolean, folder_id text, from_name text, google_analytics text, inline_css boolean, list_id text, long_archive_url text, reply_to text, segment_id text, segment_text text, send_time timestamp, status text, subject_line text, template_id integer, test_size text, timewarp boolean, title text, to_name text, track_ecomm_360 boolean, track_goals boolean, track_html_clicks boolean, track_opens boolean, track_text_clicks boolean, type text, use_conversation boolean, wait_time text, winner_criteria text, winning_campaign_id text, winning_combination_id text, PRIMARY KEY (id));
CREATE TABLE mailchimp.campaign_recipient (campaign_id text NOT NULL, member_id text NOT NULL, _fivetran_synced timestamp, combination_id text, list_id text, PRIMARY KEY (campaign_id, member_id));
CREATE TABLE mailchimp.campaign_recipient_activity (action text NOT NULL, campaign_id text NOT NULL, member_id text NOT NULL, "timestamp" timestamp NOT NULL, _fivetran_synced timestamp, bounce_type text, combination_id text, ip text, list_id text, url text, PRIMARY KEY (action, campaign_id, member_id, "timestamp"));
CREATE TABLE mailchimp.list (id text NOT NULL, _fivetran_deleted boolean, _fivetran_synced timestamp, beamer_address text, contact_address_1 text, contact_address_2 text, contact_city text, contact_company text, contact_country text, contact_state text, contact_zip text, date_created timestamp, default_from_email text, default_from_name text, default_language text, default_subject text, email_type_option boolean, list_rating float, name text, notify_on_subscribe text, notify_on_unsubscribe text, permission_reminder text, subscribe_url_long text, subscribe_url_short text, use_archive_bar boolean, visibility text, PRIMARY KEY (id));
CREATE TABLE mailchimp.member (id text NOT NULL, list_id text NOT NULL, _fivetran_synced timestamp, country_code text, dstoff float, email_address text, email_client text, email_type text, gmtoff float, ip_opt text, ip_signup text, language text, last_changed timestamp, latitude numeric, longitude numeric, member_rating integer, merge_fname text, merge_lname text, status text, timestamp_opt timestamp, timestamp_signup timestamp, timezone text, unique_email_id text, vip boolean, PRIMARY KEY (id, list_id));
CREATE TABLE mailchimp.segment (id integer NOT NULL, _fivetran_deleted boolean, _fivetran_synced timestamp, created_at timestamp, list_id text, member_count integer, name text, type text, updated_at timestamp, PRIMARY KEY (id));
CREATE TABLE mailchimp.segment_member (member_id text, segment_id integer, _fivetran_deleted boolean, _fivetran_synced timestamp, list_id text);
CREATE TABLE mailchimp.unsubscribe (campaign_id text, member_id text NOT NULL, _fivetran_synced timestamp, list_id text NOT NULL, reason text, "timestamp" timestamp NOT NULL, PRIMARY KEY (member_id, list_id, "timestamp"));
CREATE TABLE mailchimp._sync_meta (id integer PRIMARY KEY, synced_at timestamptz);

INSERT INTO mailchimp._sync_meta VALUES
	(1, '2020-04-23 11:40:06.528+00');
INSERT INTO mailchimp.automation (id, _fivetran_deleted, _fivetran_synced, create_time, list_id, segment_id, segment_text, start_time, status, title, trigger_settings) VALUES
	('71ad2ce945', false, '2020-04-23 11:40:06.382', '2020-04-16 20:34:40', '8e423a4179', NULL, NULL, '2020-04-17 12:56:37', 'sending', 'Welcome Email', '{"workflow_type":"singleWelcome","workflow_title":"Single Email Welcome","runtime":{"days":["sunday","monday","tuesday","wednesday","thursday","friday","saturday"],"hours":{"type":"automation"}},"workflow_emails_count":1}'),
	('12345', false, '2020-04-23 11:40:06.382', '2020-04-16 20:34:40', '8e423a4180', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO mailchimp.automation_email (id, _fivetran_deleted, _fivetran_synced, archive_url, authenticate, auto_footer, auto_tweet, automation_id, clicktale, content_type, create_time, delay_action, delay_action_description, delay_amount, delay_direction, delay_full_description, delay_type, drag_and_drop, fb_comments, folder_id, from_name, google_analytics, inline_css, "position", reply_to, send_time, start_time, status, subject_line, template_id, timewarp, title, to_name, track_ecomm_360, track_goals, track_html_clicks, track_opens, track_text_clicks, use_conversation) VALUES
	('b63e7b8aff', false, '2020-04-23 11:40:06.528', 'http://eepurl.com/gZ9pBe', true, false, false, '71ad2ce945', NULL, 'template', '2020-04-16 20:34:40', 'signup', 'subscribed contacts join your audience ', 0, NULL, 'Immediately after subscribed contacts join your audience ', 'now', true, true, NULL, 'Bob', 'AUTOMATION_Welcome_Message_1', false, 1, 'bob@example.com', '2020-04-22 14:54:10', '2020-04-17 12:56:37', 'sending', 'Welcome to the community! 👓', 158, NULL, 'Welcome Message', NULL, false, false, true, true, false, NULL),
	('123', false, '2020-04-23 11:40:06.528', 'http://eepurl.com/gZ9pBe', true, false, false, '12345', NULL, 'template', '2020-04-16 20:34:40', 'signup', 'subscribed contacts join your audience ', 0, NULL, 'Immediately after subscribed contacts join your audience ', 'now', true, true, NULL, 'Bob', 'AUTOMATION_Welcome_Message_1', false, 1, 'bob@example.com', '2020-04-22 14:54:10', '2020-04-17 12:56:37', 'sending', 'Welcome to the community! 👓', 158, NULL, 'Welcome Message', NULL, false, false, true, true, false, NULL);
INSERT INTO mailchimp.automation_recipient (automation_email_id, member_id, _fivetran_synced, list_id) VALUES
	('b63e7b8aff', '4956ae6c75ac652fd9a32c7c5ed8083a', '2020-04-21 14:59:12.754', '8e423a4179'),
	('b63e7b8aff', '4d1bf0aa67690a2b483771ce00cfb6a7', '2020-04-21 14:59:12.706', '8e423a4179'),
	('123', '4956ae6c75ac652fd9a32c7c5ed8083a', '2020-04-21 14:59:12.755', '8e423a4180');
INSERT INTO mailchimp.automation_recipient_activity (action, automation_email_id, member_id, "timestamp", _fivetran_synced, bounce_type, ip, list_id, url) VALUES
	('open', 'b63e7b8aff', '4956ae6c75ac652fd9a32c7c5ed8083a', '2020-04-21 14:53:32', '2020-04-21 14:59:12.754', NULL, '76.64.79.89', '8e423a4179', NULL),
	('open', 'b63e7b8aff', '4d1bf0aa67690a2b483771ce00cfb6a7', '2020-04-21 14:52:06', '2020-04-21 14:59:12.753', NULL, '76.64.79.89', '8e423a4179', NULL),
	('click', 'b63e7b8aff', '4d1bf0aa67690a2b483771ce00cfb6a7', '2020-04-21 14:52:06', '2020-04-21 14:59:12.753', NULL, '76.64.79.89', '8e423a4179', 'https://example.com/'),
	('click', 'b63e7b8aff', '4956ae6c75ac652fd9a32c7c5ed8083a', '2020-04-21 14:53:34', '2020-04-21 14:59:12.754', NULL, '76.64.79.89', '8e423a4179', 'https://example.com/'),
	('click', 'b63e7b8aff', '4d1bf0aa67690a2b483771ce00cfb6a7', '2020-04-21 14:52:11', '2020-04-21 14:59:12.754', NULL, '76.64.79.89', '8e423a4179', 'https://github.com/example'),
	('click', 'b63e7b8aff', '4956ae6c75ac652fd9a32c7c5ed8083a', '2020-04-21 14:53:32', '2020-04-21 14:59:12.754', NULL, '76.64.79.89', '8e423a4179', 'https://github.com/example'),
	('click', 'b63e7b8aff', '4956ae6c75ac652fd9a32c7c5ed8083a', '2020-04-21 14:53:37', '2020-04-21 14:59:12.755', NULL, '76.64.79.89', '8e423a4179', 'https://join.slack.com/t/'),
	('click', '123', '4956ae6c75ac652fd9a32c7c5ed8083a', '2020-04-21 14:53:37', '2020-04-21 14:59:12.755', NULL, '76.64.79.89', '8e423a4180', 'https://join.slack.com/t/');
INSERT INTO mailchimp.campaign (id, _fivetran_deleted, _fivetran_synced, archive_url, authenticate, auto_footer, auto_tweet, clicktale, content_type, create_time, drag_and_drop, fb_comments, folder_id, from_name, google_analytics, inline_css, list_id, long_archive_url, reply_to, segment_id, segment_text, send_time, status, subject_line, template_id, test_size, timewarp, title, to_name, track_ecomm_360, track_goals, track_html_clicks, track_opens, track_text_clicks, type, use_conversation, wait_time, winner_criteria, winning_campaign_id, winning_combination_id) VALUES
	('c2b4c1c0d9', false, '2020-04-23 11:40:06.199', 'http://eepurl.com/gK2_Wn', true, false, false, 'EMAIL_CAMPAIGN_11_27_2019_9_37', 'template', '2019-11-26 20:17:30', true, true, NULL, 'Bob', 'EMAIL_CAMPAIGN_11_27_2019_9_37', false, '8e423a4179', 'https://mailchi.mp/examples/examples', 'bob@example.com', NULL, NULL, '2019-11-27 16:59:27', 'sent', 'Example company is looking for alpha testers!', 116, NULL, false, 'Release 0.1.1', '*|FNAME|*', false, false, true, true, false, 'regular', true, NULL, NULL, NULL, NULL);
INSERT INTO mailchimp.campaign_recipient (campaign_id, member_id, _fivetran_synced, combination_id, list_id) VALUES
	('c2b4c1c0d9', '1d34bd0fb670d5e60047647339aaedf7', '2020-04-14 21:27:44.224', NULL, '8e423a4179'),
	('c2b4c1c0d9', '8ee3e666d7a9345f30d046f6b6c6eca3', '2020-04-14 21:27:44.224', NULL, '8e423a4179'),
	('c2b4c1c0d9', '64ff8c5f61a1c7fdb4745c0c633c9a0a', '2020-04-14 21:27:44.224', NULL, '8e423a4179'),
	('c2b4c1c0d9', 'c6de178b4b5cac03e73f9d787b352f15', '2020-04-14 21:27:44.224', NULL, '8e423a4179'),
	('c2b4c1c0d9', '37cc8cad6a75f018d69632984d8caf38', '2020-04-14 21:27:44.245', NULL, '8e423a4179'),
	('c2b4c1c0d9', 'f5114e6e6bb39e07781d2f51f409a7fe', '2020-04-14 21:27:44.245', NULL, '8e423a4179'),
	('c2b4c1c0d9', 'b2ac489697c655e85db6dfedc5c2fee5', '2020-04-14 21:27:44.234', NULL, '8e423a4179'),
	('c2b4c1c0d9', '09be851d30b8958f7de29f22e8bed310', '2020-04-14 21:27:44.244', NULL, '8e423a4179'),
	('c2b4c1c0d9', '31d6eef7ddb994d81380735289af2dfb', '2020-04-14 21:27:44.244', NULL, '8e423a4179'),
	('c2b4c1c0d9', '001ab89f92fa8197d3f426cc6987b997', '2020-04-14 21:27:44.244', NULL, '8e423a4179');
INSERT INTO mailchimp.campaign_recipient_activity (action, campaign_id, member_id, "timestamp", _fivetran_synced, bounce_type, combination_id, ip, list_id, url) VALUES
	('open', 'c2b4c1c0d9', 'c6de178b4b5cac03e73f9d787b352f15', '2019-11-27 17:44:09', '2020-04-14 21:27:44.224', NULL, NULL, '64.233.172.68', '8e423a4179', NULL),
	('open', 'c2b4c1c0d9', 'f5114e6e6bb39e07781d2f51f409a7fe', '2020-04-06 17:45:18', '2020-04-14 21:27:44.245', NULL, NULL, '66.102.8.232', '8e423a4179', NULL),
	('open', 'c2b4c1c0d9', 'f5114e6e6bb39e07781d2f51f409a7fe', '2019-11-27 17:46:31', '2020-04-14 21:27:44.245', NULL, NULL, '66.102.8.252', '8e423a4179', NULL),
	('open', 'c2b4c1c0d9', '31d6eef7ddb994d81380735289af2dfb', '2019-11-30 15:18:30', '2020-04-14 21:27:44.245', NULL, NULL, '66.102.8.237', '8e423a4179', NULL),
	('open', 'c2b4c1c0d9', 'b2ac489697c655e85db6dfedc5c2fee5', '2019-12-04 03:09:04', '2020-04-14 21:27:44.234', NULL, NULL, '66.249.84.118', '8e423a4179', NULL),
	('open', 'c2b4c1c0d9', '31d6eef7ddb994d81380735289af2dfb', '2019-11-27 17:01:55', '2020-04-14 21:27:44.244', NULL, NULL, '66.102.8.247', '8e423a4179', NULL),
	('open', 'c2b4c1c0d9', '31d6eef7ddb994d81380735289af2dfb', '2019-11-29 23:59:41', '2020-04-14 21:27:44.244', NULL, NULL, '66.102.8.254', '8e423a4179', NULL),
	('open', 'c2b4c1c0d9', '001ab89f92fa8197d3f426cc6987b997', '2019-11-27 20:39:07', '2020-04-14 21:27:44.244', NULL, NULL, '66.102.8.224', '8e423a4179', NULL),
	('open', 'c2b4c1c0d9', '09be851d30b8958f7de29f22e8bed310', '2019-11-27 18:01:39', '2020-04-14 21:27:44.244', NULL, NULL, '66.249.81.56', '8e423a4179', NULL),
	('open', 'c2b4c1c0d9', '37cc8cad6a75f018d69632984d8caf38', '2019-12-02 14:47:03', '2020-04-14 21:27:44.247', NULL, NULL, '38.30.48.243', '8e423a4179', NULL),
	('open', 'c2b4c1c0d9', '37cc8cad6a75f018d69632984d8caf38', '2019-11-27 17:34:16', '2020-04-14 21:27:44.246', NULL, NULL, '67.245.32.119', '8e423a4179', NULL),
	('open', 'c2b4c1c0d9', '37cc8cad6a75f018d69632984d8caf38', '2019-12-02 14:37:37', '2020-04-14 21:27:44.246', NULL, NULL, '38.30.48.243', '8e423a4179', NULL),
	('click', 'c2b4c1c0d9', 'f5114e6e6bb39e07781d2f51f409a7fe', '2020-04-06 17:45:52', '2020-04-14 21:27:44.245', NULL, NULL, '108.21.53.8', '8e423a4179', 'https://example.com'),
	('click', 'c2b4c1c0d9', '37cc8cad6a75f018d69632984d8caf38', '2019-12-02 14:38:57', '2020-04-14 21:27:44.246', NULL, NULL, '34.232.127.140', '8e423a4179', 'https://example.com'),
	('click', 'c2b4c1c0d9', '37cc8cad6a75f018d69632984d8caf38', '2019-12-02 14:37:52', '2020-04-14 21:27:44.246', NULL, NULL, '38.30.48.243', '8e423a4179', 'https://example.com'),
	('click', 'c2b4c1c0d9', '37cc8cad6a75f018d69632984d8caf38', '2019-12-02 14:39:42', '2020-04-14 21:27:44.246', NULL, NULL, '38.205.130.17', '8e423a4179', 'https://example.com'),
	('click', 'c2b4c1c0d9', 'f5114e6e6bb39e07781d2f51f409a7fe', '2020-04-06 17:45:43', '2020-04-14 21:27:44.245', NULL, NULL, '108.21.53.8', '8e423a4179', 'https://github.com/example');
INSERT INTO mailchimp.list (id, _fivetran_deleted, _fivetran_synced, beamer_address, contact_address_1, contact_address_2, contact_city, contact_company, contact_country, contact_state, contact_zip, date_created, default_from_email, default_from_name, default_language, default_subject, email_type_option, list_rating, name, notify_on_subscribe, notify_on_unsubscribe, permission_reminder, subscribe_url_long, subscribe_url_short, use_archive_bar, visibility) VALUES
	('8e423a4179', false, '2020-04-23 11:40:05.594', 'us20-09b84dc149-f4c9468513@inbound.mailchimp.com', '87 Hogwarts Avenue', NULL, 'London', 'Example Company', 'UK', 'London', 'M5S1K1', '2019-10-01 21:39:58', 'bob@example.com', 'Bob', 'en', NULL, false, 0.0, 'Example Company', NULL, NULL, 'You are receiving this email because you opted in via our website.', 'https://dev.us20.list-manage.com/subscribe?u=ca09e4761ebff536235e260&id=8e423a4179', 'http://eepurl.com/gITsH5', true, 'pub'),
	('8e423a4180', false, '2020-04-23 11:40:05.594', 'us20-09b84dc149-f4c9468513@inbound.mailchimp.com', '87 Hogwarts Avenue', NULL, 'London', 'Example Company', 'UK', 'London', 'M5S1K1', '2019-10-01 21:39:58', 'bob@example.com', 'Bob', 'en', NULL, false, 0.0, 'Example Company', NULL, NULL, 'You are receiving this email because you opted in via our website.', 'https://dev.us20.list-manage.com/subscribe?u=ca09e4761ebff536235e260&id=8e423a4179', 'http://eepurl.com/gITsH5', true, 'pub');
INSERT INTO mailchimp.member (id, list_id, _fivetran_synced, country_code, dstoff, email_address, email_client, email_type, gmtoff, ip_opt, ip_signup, language, last_changed, latitude, longitude, member_rating, merge_fname, merge_lname, status, timestamp_opt, timestamp_signup, timezone, unique_email_id, vip) VALUES
	('4d1bf0aa67690a2b483771ce00cfb6a7', '8e423a4179', '2020-04-17 16:37:22.441', 'CA', 0.0, 'dylan+testing@example.co', NULL, 'html', 0.0, '76.64.79.89', '76.64.79.89', 'en', '2020-04-17 16:32:51', 43.67, -79.38, 2, NULL, NULL, 'unsubscribed', '2020-04-17 16:31:41', '2020-04-17 16:31:17', 'America/Toronto', '8b5e76e755', false),
	('4956ae6c75ac652fd9a32c7c5ed8083a', '8e423a4179', '2020-04-21 14:59:10.402', 'CA', 0.0, 'dylan+testing2@example.co', NULL, 'html', 0.0, '76.64.79.89', '76.64.79.89', 'en', '2020-04-21 14:52:45', 43.67, -79.38, 2, NULL, NULL, 'subscribed', '2020-04-21 14:52:45', '2020-04-21 14:52:25', 'America/Toronto', '24037f9b6b', false),
	('09be851d30b8958f7de29f22e8bed310', '8e423a4179', '2020-04-14 21:27:39.430', 'DE', 0.0, 'me@example.com', 'Gmail', 'html', 0.0, '87.191.200.152', '87.191.200.152', 'de', '2019-11-26 23:55:32', 52.5124, 13.3247, 3, 'Me', NULL, 'subscribed', '2019-11-07 10:05:46', '2019-11-07 10:03:37', NULL, '5d2a19dce4', false),
	('001ab89f92fa8197d3f426cc6987b997', '8e423a4179', '2020-04-14 21:27:39.431', 'US', 0.0, 'abraham@example.com', 'Gmail', 'html', 0.0, '158.106.201.190', '158.106.201.190', 'en', '2019-11-26 23:55:40', 40.7452, -73.9808, 3, 'Abraham', NULL, 'subscribed', '2019-11-07 14:56:34', '2019-11-07 14:56:18', '212/332/646/917', 'e12b12e655', false),
	('31d6eef7ddb994d81380735289af2dfb', '8e423a4179', '2020-04-14 21:27:39.431', 'US', 0.0, 'tim@example.com', 'Gmail', 'html', 0.0, '158.106.201.94', '158.106.201.94', 'en', '2019-11-26 23:55:45', 40.7452, -73.9808, 3, 'Tim', NULL, 'subscribed', '2019-11-07 17:12:54', '2019-11-07 17:12:39', '212/332/646/917', '4c19892f6a', false),
	('b2ac489697c655e85db6dfedc5c2fee5', '8e423a4179', '2020-04-14 21:27:39.423', 'US', 0.0, 'mary@example.com', 'Gmail', 'html', 0.0, '104.244.24.68', '104.244.24.68', 'en', '2019-11-26 23:58:17', 37.7482, -122.416, 3, 'Mary', NULL, 'subscribed', '2019-11-06 21:35:22', '2019-11-06 21:34:58', '415/628', 'b6a9ddfb47', false),
	('f5114e6e6bb39e07781d2f51f409a7fe', '8e423a4179', '2020-04-14 21:27:39.638', 'US', 0.0, 'ralph@example.com', 'Gmail', 'html', 0.0, '107.77.211.18', '107.77.211.18', 'en', '2019-11-27 00:00:37', 37.6343, -122.063, 4, 'Ralph', NULL, 'subscribed', '2019-11-07 18:39:11', '2019-11-07 18:38:51', '510', '3118fb623a', false),
	('37cc8cad6a75f018d69632984d8caf38', '8e423a4179', '2020-04-14 21:27:39.639', 'US', 0.0, 'ben@example.com', 'Apple Mail', 'html', 0.0, '198.178.12.68', '67.245.32.119', 'en', '2019-11-08 13:10:10', 40.7553, -73.992, 4, 'Ben', NULL, 'subscribed', '2019-11-08 13:10:10', '2019-11-08 11:27:04', '212/332/646/917', '6f9d527f62', false),
	('4956ae6c75ac652fd9a32c7c5ed8083a', '8e423a4180', '2020-04-21 14:59:10.402', 'CA', 0.0, 'dylan+testing2@example.co', NULL, 'html', 0.0, '76.64.79.89', '76.64.79.89', 'en', '2020-04-21 14:52:45', 43.67, -79.38, 2, NULL, NULL, 'subscribed', '2020-04-21 14:52:45', '2020-04-21 14:52:25', 'America/Toronto', '24037f9b6b', false);
INSERT INTO mailchimp.segment (id, _fivetran_deleted, _fivetran_synced, created_at, list_id, member_count, name, type, updated_at) VALUES
	(482927, false, '2020-04-23 11:40:05.897', '2020-04-17 16:20:42', '8e423a4179', 2, 'employee', 'static', '2020-04-17 16:20:42');
INSERT INTO mailchimp.segment_member (member_id, segment_id, _fivetran_deleted, _fivetran_synced, list_id) VALUES
	('0d2b523f483348be737d428ea774b231', 482927, false, '2020-04-23 05:40:24.102', '8e423a4179'),
	('32a2526840a3769f32b5ebf01d1231b6', 482927, false, '2020-04-23 05:40:24.079', '8e423a4179');
INSERT INTO mailchimp.unsubscribe (campaign_id, member_id, _fivetran_synced, list_id, reason, "timestamp") VALUES
	('b63e7b8aff', '4d1bf0aa67690a2b483771ce00cfb6a7', '2020-04-17 16:37:22.926', '8e423a4179', NULL, '2020-04-17 16:32:51');

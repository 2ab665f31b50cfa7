-- Lever (Fivetran connector schema), as landed by Fivetran and used by Fivetran's dbt package
--   dbt_lever_source; no foreign keys (Fivetran declares none).
-- Source: https://github.com/fivetran/dbt_lever_source, commit c88e08dea08e2796e44bd13f741c916fa793d2b1
--   (2025-10-01, "Deprecate and redirect to transform (#39)"; package v0.8.1).
-- Files used: integration_tests/seeds/*.csv (24 of the 26 seed tables: rows and column order),
--   integration_tests/dbt_project.yml (seeds column_types), models/src_lever.yml and
--   models/stg_lever.yml (table/column docs, not_null / unique_combination_of_columns tests).
-- Licence: Apache License 2.0 (LICENSE of that repository), Fivetran.
-- Changes: schema lever_source_integration_tests -> lever; column types: the postgres column_types of
--   integration_tests/dbt_project.yml where given (_fivetran_synced and the *_at columns listed there
--   timestamp, feedback_form_field.field_index/value_index, interview.duration, contact_phone.index bigint,
--   contact_phone.value, contact_link.contact_id/link, resume.id/file_ext varchar), otherwise inferred from
--   the seed values (integer/bigint, numeric, boolean, timestamp, date, else text; all-empty columns ->
--   text, or timestamp for *_at names); empty CSV fields and the literal "null" -> NULL; CRLF line ends dropped.
--   Seeds user.csv/users.csv and interviewer_user.csv/interview_user.csv are byte-identical pairs: the
--   package reads users/interview_user for connectors created on or after 2024-07-27 and user/interviewer_user
--   before (src_lever.yml, stg_lever__user_tmp.sql); a real schema holds one of each pair, so only the
--   pre-2024 names user and interviewer_user are kept (user is a reserved word: quoted "user").
--   PRIMARY KEYs added: id for the entity tables (archive_reason, stage, user, opportunity, posting,
--   requisition, application, interview, feedback_form, offer, resume); (opportunity_id, updated_at) for
--   opportunity_stage_history; the unique_combination_of_columns of stg_lever.yml (minus source_relation)
--   for the mapping tables: contact_email (contact_id, email), contact_link (contact_id, link), contact_phone
--   (contact_id, index), feedback_form_field (feedback_form_id, field_index, value_index), interview_feedback
--   (feedback_form_id, interview_id), opportunity_source (opportunity_id, source), opportunity_tag and
--   posting_tag (<x>_id, tag), requisition_offer (offer_id, requisition_id), requisition_posting (posting_id,
--   requisition_id); interviewer_user (interview_id, user_id) and posting_interview (interview_id, posting_id)
--   have no test and get their two columns. NO foreign keys. All seed rows kept; Fivetran system columns kept.
--   The seed rows are tiny and not referentially consistent (random ids per table): almost every reference
--   in lever.truth has orphans. Added table _sync_meta (not in the source) with one row.
-- Rows per table: archive_reason 3, stage 3, user 3, opportunity 3, posting 3, requisition 3, application 3, contact_email 3, contact_link 2, contact_phone 3, interview 3, feedback_form 3, feedback_form_field 3, interview_feedback 3, interviewer_user 3, offer 3, opportunity_source 3, opportunity_stage_history 3, opportunity_tag 3, posting_interview 3, posting_tag 3, requisition_offer 3, requisition_posting 3, resume 2, _sync_meta 1.

CREATE SCHEMA lever;

CREATE TABLE lever.archive_reason (id text NOT NULL, _fivetran_deleted boolean, _fivetran_synced timestamp, text text, PRIMARY KEY (id));
CREATE TABLE lever.stage (id text NOT NULL, _fivetran_deleted boolean, _fivetran_synced timestamp, text text, PRIMARY KEY (id));
CREATE TABLE lever."user" (id text NOT NULL, _fivetran_deleted boolean, _fivetran_synced timestamp, access_role text, created_at timestamp, deactivated_at timestamp, email text, external_directory_id text, name text, photo text, username text, PRIMARY KEY (id));
CREATE TABLE lever.opportunity (id text NOT NULL, _fivetran_synced timestamp, archived_at timestamp, archived_reason_id text, contact text, created_at timestamp, data_protection_contact_allowed boolean, data_protection_contact_expires_at timestamp, data_protection_store_allowed boolean, data_protection_store_expires_at timestamp, headline text, is_anonymized boolean, last_advanced_at timestamp, last_interaction_at timestamp, location text, name text, origin text, owner_id text, snoozed_until timestamp, stage_id text, updated_at timestamp, PRIMARY KEY (id));
CREATE TABLE lever.posting (id text NOT NULL, _fivetran_deleted boolean, _fivetran_synced timestamp, categories_commitment text, categories_department text, categories_level text, categories_location text, categories_team text, content_closing text, content_closing_html text, content_description text, content_description_html text, created_at timestamp, creator_id text, owner_id text, requisition_code text, state text, text text, updated_at timestamp, PRIMARY KEY (id));
CREATE TABLE lever.requisition (id text NOT NULL, _fivetran_deleted boolean, _fivetran_synced timestamp, backfill boolean, compensation_band_currency text, compensation_band_interval text, compensation_band_max integer, compensation_band_min integer, created_at timestamp, creator_id text, employment_status text, headcount_hired integer, headcount_infinite text, headcount_total integer, hiring_manager_id text, internal_notes text, location text, name text, owner_id text, requisition_code integer, status text, team text, PRIMARY KEY (id));
CREATE TABLE lever.application (id text NOT NULL, _fivetran_synced timestamp, archived_at timestamp, archived_reason_id text, candidate_id text, comments text, company text, created_at timestamp, posting_hiring_manager_id text, posting_id text, posting_owner_id text, referrer_id text, requisition_for_hire_id text, type text, opportunity_id text, PRIMARY KEY (id));
CREATE TABLE lever.contact_email (contact_id text NOT NULL, email text NOT NULL, _fivetran_synced timestamp, PRIMARY KEY (contact_id, email));
CREATE TABLE lever.contact_link (contact_id varchar NOT NULL, link varchar NOT NULL, _fivetran_synced timestamp, PRIMARY KEY (contact_id, link));
CREATE TABLE lever.contact_phone (contact_id text NOT NULL, index bigint NOT NULL, _fivetran_synced timestamp, type text, value varchar, PRIMARY KEY (contact_id, index));
CREATE TABLE lever.interview (id text NOT NULL, _fivetran_synced timestamp, canceled_at timestamp, candidate_id text, created_at timestamp, creator_id text, date timestamp, duration bigint, feedback_reminder text, gcal_event_url text, location text, note text, panel_id text, stage_id text, subject text, timezone text, opportunity_id text, PRIMARY KEY (id));
CREATE TABLE lever.feedback_form (id text NOT NULL, _fivetran_synced timestamp, candidate_id text, completed_at timestamp, created_at timestamp, creator_id text, deleted_at timestamp, instructions text, interview_id text, score_system_value text, template_id text, text text, type text, opportunity_id text, PRIMARY KEY (id));
CREATE TABLE lever.feedback_form_field (feedback_form_id text NOT NULL, field_index bigint NOT NULL, value_index bigint NOT NULL, _fivetran_synced timestamp, code_language text, currency text, value_date timestamp, value_decimal numeric, value_file_id text, value_number text, value_text text, PRIMARY KEY (feedback_form_id, field_index, value_index));
CREATE TABLE lever.interview_feedback (feedback_form_id text NOT NULL, interview_id text NOT NULL, _fivetran_synced timestamp, PRIMARY KEY (feedback_form_id, interview_id));
CREATE TABLE lever.interviewer_user (interview_id text NOT NULL, user_id text NOT NULL, _fivetran_synced timestamp, PRIMARY KEY (interview_id, user_id));
CREATE TABLE lever.offer (id text NOT NULL, _fivetran_synced timestamp, candidate_id text, created_at timestamp, creator_id text, status text, opportunity_id text, PRIMARY KEY (id));
CREATE TABLE lever.opportunity_source (opportunity_id text NOT NULL, source text NOT NULL, _fivetran_synced timestamp, PRIMARY KEY (opportunity_id, source));
CREATE TABLE lever.opportunity_stage_history (opportunity_id text NOT NULL, updated_at timestamp NOT NULL, _fivetran_synced timestamp, stage_id text, to_stage_index integer, updater_id text, PRIMARY KEY (opportunity_id, updated_at));
CREATE TABLE lever.opportunity_tag (opportunity_id text NOT NULL, tag text NOT NULL, _fivetran_synced timestamp, tags text, PRIMARY KEY (opportunity_id, tag));
CREATE TABLE lever.posting_interview (interview_id text NOT NULL, posting_id text NOT NULL, _fivetran_synced timestamp, PRIMARY KEY (interview_id, posting_id));
CREATE TABLE lever.posting_tag (posting_id text NOT NULL, tag text NOT NULL, _fivetran_deleted boolean, _fivetran_synced timestamp, tags text, PRIMARY KEY (posting_id, tag));
CREATE TABLE lever.requisition_offer (offer_id text NOT NULL, requisition_id text NOT NULL, _fivetran_deleted boolean, _fivetran_synced timestamp, PRIMARY KEY (offer_id, requisition_id));
CREATE TABLE lever.requisition_posting (posting_id text NOT NULL, requisition_id text NOT NULL, _fivetran_deleted boolean, _fivetran_synced timestamp, PRIMARY KEY (posting_id, requisition_id));
CREATE TABLE lever.resume (id varchar NOT NULL, _fivetran_synced timestamp, candidate_id text, created_at timestamp, file_download_url text, file_ext varchar, file_name text, file_uploaded_at timestamp, opportunity_id text, PRIMARY KEY (id));
CREATE TABLE lever._sync_meta (id integer PRIMARY KEY, note text);

INSERT INTO lever._sync_meta VALUES
	(1, 'Fivetran Lever connector, dbt_lever_source integration_tests seeds @ c88e08dea08e');
INSERT INTO lever.archive_reason (id, _fivetran_deleted, _fivetran_synced, text) VALUES
	('760d1050-239f-4ba6-be87-c180b3a3797a', false, '2020-10-30 14:18:40.987', 'Better for another role'),
	('8b90f87a-9264-4bd2-a8d7-b90b8e975373', false, '2020-10-30 14:18:40.987', 'Offer Declined'),
	('3ff86460-6fef-43e0-837f-366a04790f97', false, '2020-10-30 14:18:40.987', 'Overqualified');
INSERT INTO lever.stage (id, _fivetran_deleted, _fivetran_synced, text) VALUES
	('lead-reached-out', false, '2020-10-30 14:18:40.826', 'Reached out'),
	('3b24b1b1-ca67-4f29-aaab-b4dde6e0f54e', false, '2020-10-30 14:18:40.826', 'Second Screen'),
	('lead-new', false, '2020-10-30 14:18:40.826', 'New lead');
INSERT INTO lever."user" (id, _fivetran_deleted, _fivetran_synced, access_role, created_at, deactivated_at, email, external_directory_id, name, photo, username) VALUES
	('1811a30e-8baa-41ba-a0db-847ac2beb20d', false, '2020-10-30 14:18:38.487', 'interviewer', '2019-01-11 19:37:49.950', NULL, 'me@me.com', NULL, 'kate bush', 'https://www.mariowiki.com/images/thumb/1/13/Funky_Kong_Artwork_-_Donkey_Kong_Country_Tropical_Freeze.png/300px-Funky_Kong_Artwork_-_Donkey_Kong_Country_Tropical_Freeze.png', 'me'),
	('3d3df239-678c-475e-bde1-9bf787742bdf', false, '2020-10-30 14:18:38.192', 'interviewer', '2019-09-12 17:19:14.484', NULL, 'me1@me.com', NULL, 'donna summer', NULL, 'me1'),
	('814c700c-5654-41fe-b1c5-25eff9e7fdc6', false, '2020-10-30 14:18:38.490', 'admin', '2018-12-18 16:56:50.277', NULL, 'me2@me.com', NULL, 'minne riperton', 'https://www.mariowiki.com/images/thumb/6/6c/MP9_Bowser_Jr_Artwork.png/1200px-MP9_Bowser_Jr_Artwork.png', 'me2');
INSERT INTO lever.opportunity (id, _fivetran_synced, archived_at, archived_reason_id, contact, created_at, data_protection_contact_allowed, data_protection_contact_expires_at, data_protection_store_allowed, data_protection_store_expires_at, headline, is_anonymized, last_advanced_at, last_interaction_at, location, name, origin, owner_id, snoozed_until, stage_id, updated_at) VALUES
	('f9214712-30b0-4d5a-9890-5a5dca493c07', '2020-09-18 17:09:37.378', '2019-01-14 22:46:17.464', 'f5ca116f-26b9-4881-ad72-6ffb6291a4ff', '7441b5f5-023a-4ddc-9e9b-620c40a582ee', '2019-01-12 04:09:11.975', false, '2020-01-14 22:46:17.464', false, '2020-01-14 22:46:17.464', NULL, true, '2019-01-12 04:09:11.975', '2020-09-18 09:04:02.071', NULL, 'somebody', 'applied', '94d6efa3-c00b-49bf-878b-7c1beeee2d52', NULL, 'applicant-new', NULL),
	('343d198c-7533-4d1e-9908-8e1bee98d417', '2020-07-27 08:20:01.050', NULL, NULL, 'ce173b42-c543-4c8d-9177-9c61aa8fbb50', '2020-07-27 07:41:23', true, NULL, true, NULL, 'Paytm', false, '2020-07-27 07:41:23', '2020-07-27 07:41:23.604', NULL, 'abby the beagle', 'sourced', NULL, NULL, 'lead-responded', NULL),
	('3e4f0148-9eec-46ae-b0c3-05e9e9e11713', '2020-10-17 21:59:34.901', NULL, NULL, '41c67c84-f2b0-41ad-b67d-1d091650f683', '2020-06-23 14:50:17.072', true, NULL, true, NULL, 'Analytic-edge', false, '2020-06-23 14:50:17.072', '2020-06-23 14:50:17.082', NULL, 'tiki the chihuaha', 'applied', 'ad8545f3-0616-449d-8b93-0aa4eb8d9c7b', NULL, 'applicant-new', '2020-10-17 16:50:05.874');
INSERT INTO lever.posting (id, _fivetran_deleted, _fivetran_synced, categories_commitment, categories_department, categories_level, categories_location, categories_team, content_closing, content_closing_html, content_description, content_description_html, created_at, creator_id, owner_id, requisition_code, state, text, updated_at) VALUES
	('86ee3246-40a0-4f3f-b4df-88cab0720bbd', false, '2020-10-30 14:18:40', 'Full-time', NULL, NULL, 'nowhere', 'Engineering', 'To learn more about our candidate privacy policy, you can read our statement here.', '<div>To learn more about our candidate privacy policy, you can <a href="https://google.com" class="postings-link">read our statement here</a>.</div>', 'from our founding', '<div>From our founding until now</div>', '2019-10-14 17:49:37', '94d6efa3-c00b-49bf-878b-7c1beeee2d52', 'b7c78cc2-0956-4622-adf6-eeb3aed877e5', NULL, 'closed', 'cat groomer', '2019-10-22 20:00:09'),
	('a6e1dfd5-1153-44d5-a44a-e4ab1f69ea76', false, '2020-10-30 14:18:39', 'Full-time', NULL, NULL, 'new york', 'Sales', 'To learn more about our candidate privacy policy, you can read our statement here.', '<div>To learn more about our candidate privacy policy, you can <a href="https://google.com" class="postings-link">read our statement here</a>.</div>', 'from our founding', '<div>From our founding until now</div>', '2020-09-25 11:14:31', 'a59f3bac-8057-4829-b830-705f2bc22f68', 'a59f3bac-8057-4829-b830-705f2bc22f68', NULL, 'closed', 'chef', '2020-10-28 14:28:37'),
	('687307c7-b660-4d87-9c17-d9f8eb7b3770', false, '2020-10-30 14:18:41', NULL, NULL, NULL, 'my house', NULL, 'To learn more about our candidate privacy policy, you can read our statement here.', '<div>To learn more about our candidate privacy policy, you can <a href="https://google.com" class="postings-link">read our statement here</a>.</div>', 'from our founding', '<div>From our founding until now</div>', '2018-10-31 08:00:00', '94d6efa3-c00b-49bf-878b-7c1beeee2d52', '94d6efa3-c00b-49bf-878b-7c1beeee2d52', NULL, 'closed', 'marine biologist', '2018-10-31 08:00:00');
INSERT INTO lever.requisition (id, _fivetran_deleted, _fivetran_synced, backfill, compensation_band_currency, compensation_band_interval, compensation_band_max, compensation_band_min, created_at, creator_id, employment_status, headcount_hired, headcount_infinite, headcount_total, hiring_manager_id, internal_notes, location, name, owner_id, requisition_code, status, team) VALUES
	('04f327f0-b5d9-4ec6-a838-9319988bbea3', false, '2020-10-30 20:18:34.200', false, 'USD', 'per-year-salary', 1, 2, '2020-06-25 16:30:29.072', NULL, 'full-time', 1, NULL, 1, '9fec22dd-401b-4981-9c70-b2910d3bee01', 'hello', 'Oakland', 'Director of Legal', '2079a669-5823-4e86-a8e3-8102f017e70a', 2017, 'onHold', NULL),
	('9cef127d-8c1c-450a-aefd-133144cd9b06', false, '2020-10-30 20:18:32.745', false, 'USD', 'per-year-salary', 2, 3, '2020-02-25 17:30:43.610', '9fec22dd-401b-4981-9c70-b2910d3bee01', 'Full-time', 1, NULL, 1, '38d60457-b3a4-406b-9c73-0198d1900dd2', 'yadda yadda', 'Denver, CO', 'Senior Sales Engineer (Denver)', '2079a669-5823-4e86-a8e3-8102f017e70a', 1224, 'closed', 'Sales'),
	('b690a627-3381-427c-b117-ac247a2a5661', false, '2020-10-30 20:18:32.311', false, 'INR', 'per-year-salary', 3, 4, '2020-07-20 14:37:53.956', '9fec22dd-401b-4981-9c70-b2910d3bee01', 'Full-time', 0, NULL, 1, '59f5472a-5476-4edb-b5ed-15d94c6d618f', 'blah', 'Bengaluru', 'Engineering Manager', 'ad8545f3-0616-449d-8b93-0aa4eb8d9c7b', 2051, 'open', 'Engineering');
INSERT INTO lever.application (id, _fivetran_synced, archived_at, archived_reason_id, candidate_id, comments, company, created_at, posting_hiring_manager_id, posting_id, posting_owner_id, referrer_id, requisition_for_hire_id, type, opportunity_id) VALUES
	('a89b86cd-6b8b-4dc7-b8a9-0cd0a726ec67', '2020-10-17 22:09:03.424', NULL, NULL, NULL, NULL, NULL, '2020-07-03 08:58:10.965', '888141de-5d40-4dbf-b7aa-e88486184080', '00cd0d9c-695c-4088-8830-6d79f2399262', '375127a6-d588-4269-aa8e-c123ba8820c9', '83e3e253-c41c-43f3-89ee-6ab0775ded7f', NULL, 'referral', '90f423f3-2012-4de3-ab55-1744e7580f20'),
	('f93eeefe-dab9-437b-90ad-c89d46c5deb8', '2020-10-17 22:09:38.166', NULL, NULL, NULL, NULL, NULL, '2020-07-03 08:47:57.660', '888141de-5d40-4dbf-b7aa-e88486184080', '00cd0d9c-695c-4088-8830-6d79f2399262', '375127a6-d588-4269-aa8e-c123ba8820c9', '83e3e253-c41c-43f3-89ee-6ab0775ded7f', NULL, 'referral', 'd5c58136-3f9b-424d-a05e-824772d1e6dc'),
	('cd232946-7701-4cb3-b508-8f69b6349cd4', '2020-10-17 23:01:44.246', NULL, NULL, NULL, NULL, NULL, '2020-07-15 08:41:30.864', '888141de-5d40-4dbf-b7aa-e88486184080', '00cd0d9c-695c-4088-8830-6d79f2399262', '375127a6-d588-4269-aa8e-c123ba8820c9', '43f6db9d-5fd9-4579-956f-4eae88047edd', NULL, 'referral', '630f50fc-996c-4f40-b6bb-c6b2edfefc66');
INSERT INTO lever.contact_email (contact_id, email, _fivetran_synced) VALUES
	('0000cdae-38e9-41c2-bb11-6d96d5684412', 'blahblahblah@gmail.com', '2020-08-25 20:31:21.033'),
	('0000d347-8015-45af-b0f8-f22e5f6ed4f4', 'something@gmail.com', '2020-10-18 01:12:40.079'),
	('000175f1-555e-4149-b199-0b615a9abccc', 'yahoolol@yahoo.com', '2020-07-21 08:14:47.165');
INSERT INTO lever.contact_link (contact_id, link, _fivetran_synced) VALUES
	('0000cdae-38e9-41c2-bb11-6d96d5684412', 'https://www.linkedin.com/in/hvewiogfewugrh/', '2020-08-25 20:31:21.033'),
	('0000d347-8015-45af-b0f8-f22e5f6ed4f4', 'https://www.github.com/pwopfweiopg', '2020-10-18 01:12:40.079');
INSERT INTO lever.contact_phone (contact_id, index, _fivetran_synced, type, value) VALUES
	('ff8842c9-c5e2-46b6-badd-9c51d1c8e520', 0, '2020-07-21 09:12:01.911', 'home', '(516) 555-5555'),
	('603e179b-c4d6-4340-9e0d-227c01bd30e6', 0, '2020-07-21 10:49:15.691', 'home', '+911231235555'),
	('606a3c14-69a2-457d-87ea-30364f651164', 0, '2020-07-21 08:51:55.960', 'home', '650-123-4567');
INSERT INTO lever.interview (id, _fivetran_synced, canceled_at, candidate_id, created_at, creator_id, date, duration, feedback_reminder, gcal_event_url, location, note, panel_id, stage_id, subject, timezone, opportunity_id) VALUES
	('330ef081-6717-4794-9efd-72ec06cdabd2', '2020-08-25 21:51:15.479', NULL, NULL, '2019-10-21 17:54:25.792', '56762747-41f4-4b81-adbe-57a44c6958db', '2019-11-05 22:00:00', 45, 'daily', NULL, 'Oakland-4-Woke Vineyard (6) [Google Meet]', NULL, 'a3c8e110-3e9c-4596-a9db-785557dd81fe', 'f1d6956d-592b-464c-b86e-ab34ddfd2d61', 'clown', 'America/Los_Angeles', '810566bc-8bd5-434a-a96e-726d3d19c2fa'),
	('238ca8ee-eb00-4839-ae33-de59f505171e', '2020-07-21 09:26:07.631', NULL, NULL, '2019-07-16 01:39:40.429', 'e04fd583-d79c-44ee-a414-1f4cca68be34', '2019-07-17 18:45:00', 30, 'once', NULL, 'Oakland-4-Small (6) [Google Meet]', NULL, '183217ef-212e-4524-b554-4569dd7597bc', 'f1d6956d-592b-464c-b86e-ab34ddfd2d61', 'mime', 'America/Los_Angeles', '25cf7b0f-3aca-4aae-96a7-c246e5b6a336'),
	('6ff56b3d-0aad-439e-b1a4-4dee6ec8d9a4', '2020-10-17 22:08:20.208', NULL, NULL, '2020-06-04 21:44:07.059', 'f8083093-5a28-4089-b121-b459db40087d', '2020-06-15 17:30:00', 30, 'daily', NULL, NULL, NULL, '2b00889d-4bf9-4f32-b283-62566ff993e2', '3b24b1b1-ca67-4f29-aaab-b4dde6e0f54e', 'another mime', 'America/Los_Angeles', '3d2d1059-f268-4729-819d-9d812ef10153');
INSERT INTO lever.feedback_form (id, _fivetran_synced, candidate_id, completed_at, created_at, creator_id, deleted_at, instructions, interview_id, score_system_value, template_id, text, type, opportunity_id) VALUES
	('9e9a57c5-9f4e-4376-a1d4-f1b88733f08d', '2020-07-21 11:12:52.554', NULL, NULL, '2020-04-02 05:27:28.146', '888141de-5d40-4dbf-b7aa-e88486184080', NULL, NULL, '3838cb6a-6535-4fa8-8920-d98386e4c742', NULL, 'AFduOyqipSI2Jx+0nlL63X7du5Q=', 'Management Practices', 'interview', '6c8bb031-75b1-48e9-8fb5-fc818c4de52d'),
	('1b92bd5c-6755-4e05-b4e4-52a29dc9d933', '2020-07-21 08:19:07.326', NULL, '2019-12-16 10:30:14.488', '2019-12-16 10:30:08.139', '634d03dc-b48f-4bee-b4b8-eaa590548997', NULL, NULL, '475a0827-a9a6-45bc-8fc9-f428dfeaea06', '3 - Hire', 'AFduOyqipSI2Jx+0nlL63X7du5Q=', 'Debrief', 'interview', '1cce0d89-697e-4971-a9d9-e59207a2f58a'),
	('ddd5bc81-e5bd-4ef5-b752-59226c15829f', '2020-10-17 21:03:04.277', NULL, '2020-04-27 17:32:10.878', '2020-04-27 17:32:10.878', 'f8083093-5a28-4089-b121-b459db40087d', NULL, NULL, NULL, '3 - Hire', 'Xkahj7Vs2Pzddu5Or5YqT2g+IT8=', 'Debrief', 'interview', '38471740-3148-4586-b19c-aaa22816399e');
INSERT INTO lever.feedback_form_field (feedback_form_id, field_index, value_index, _fivetran_synced, code_language, currency, value_date, value_decimal, value_file_id, value_number, value_text) VALUES
	('0a89166d-ead4-477d-8dab-415352ce4672', 1, 0, '2020-10-18 00:08:09.968', NULL, NULL, NULL, NULL, NULL, NULL, 'they are nice'),
	('0c5ebd56-8765-4a7d-b6e1-8559035350ba', 2, 0, '2020-10-18 00:08:30.444', NULL, NULL, NULL, NULL, NULL, NULL, 'good stuff'),
	('db760152-ee98-4e53-b0fc-d6f3add6b7eb', 1, 0, '2020-09-18 18:09:48.226', NULL, NULL, NULL, NULL, NULL, NULL, 'cool');
INSERT INTO lever.interview_feedback (feedback_form_id, interview_id, _fivetran_synced) VALUES
	('9a89f687-d756-4a54-a00f-1d864fddeaad', '877f0302-99b3-4f4f-b7cd-40b42e214d6f', '2020-10-17 23:48:46.704'),
	('b1263787-2f4d-41bf-bf4c-d61460a3d21f', '06eba648-605e-4081-8c73-1353053b0491', '2020-10-28 14:20:40.161'),
	('d8e72529-380f-48f4-9fdc-a0d329fec0ac', 'a0d6acba-18ee-4306-ae23-28434f7f4fc9', '2020-10-18 00:48:53.987');
INSERT INTO lever.interviewer_user (interview_id, user_id, _fivetran_synced) VALUES
	('76890ad1-076b-420b-a923-85732039db90', 'de1cbb39-f87e-4689-9ccb-28c2b67d11c5', '2020-10-17 21:50:01.475'),
	('5b4d2443-f3f9-4de2-b2e8-8ecc5e97888b', '59f5472a-5476-4edb-b5ed-15d94c6d618f', '2020-10-17 22:36:16.011'),
	('6f4fdfd3-4726-4ba5-8724-a2e2f144a47c', '8ff9f9fa-7ec0-4a5e-92eb-dcab43a857bb', '2020-10-18 01:38:30.605');
INSERT INTO lever.offer (id, _fivetran_synced, candidate_id, created_at, creator_id, status, opportunity_id) VALUES
	('e13edcd1-211a-4710-8c98-bd73c6337ecd', '2020-07-17 23:45:51.557', '4feb6dfc-ed57-40dd-b6fc-b68a5dbc201e', '2019-07-12 17:27:35.415', '94d6efa3-c00b-49bf-878b-7c1beeee2d52', 'signed', '4feb6dfc-ed57-40dd-b6fc-b68a5dbc201e'),
	('76e78ea4-b9ee-48e3-8ca0-d7fa0a5ee1f4', '2020-07-18 03:26:52.916', NULL, '2019-12-13 17:21:28.334', '23ceb5b1-3b86-4005-9f91-b1f7ed5dfbf2', 'signed', '3dc7ad40-711d-446d-910b-7b078c08096a'),
	('213c7b97-d60f-40ba-b378-0f12f4c550c5', '2020-07-18 02:22:34.794', '38669509-44d4-4409-9cc9-5d987f9e4e10', '2019-11-19 19:28:32.120', '23ceb5b1-3b86-4005-9f91-b1f7ed5dfbf2', 'signed', NULL);
INSERT INTO lever.opportunity_source (opportunity_id, source, _fivetran_synced) VALUES
	('1c96e9b6-6ed4-4d74-a15f-32efd36d50f2', 'jobx.in', '2020-09-18 15:12:47.573'),
	('e13855dc-c746-436e-863c-21f2fa4ed97d', 'Referral', '2020-07-21 13:52:37.441'),
	('8e1e39e0-fc27-4b0f-a2d1-c264c5cef027', 'LinkedIn', '2020-07-21 09:36:38.080');
INSERT INTO lever.opportunity_stage_history (opportunity_id, updated_at, _fivetran_synced, stage_id, to_stage_index, updater_id) VALUES
	('ad2768bc-7f6d-40ff-8f57-5cf7bd019088', '2018-05-23 19:02:00', '2020-09-18 18:12:03.472', '07d807e0-db2b-4400-9c51-cda7b3acb5ff', 4, NULL),
	('390c993e-3802-4b8d-9c67-0e9791da15ed', '2020-02-17 23:51:48.826', '2020-07-21 11:34:12.974', 'applicant-new', 3, NULL),
	('7d61ee39-7969-4851-ae62-ecb27ae22387', '2019-05-02 02:59:47.988', '2020-09-18 16:18:50.474', 'applicant-new', 3, NULL);
INSERT INTO lever.opportunity_tag (opportunity_id, tag, _fivetran_synced, tags) VALUES
	('b742dac7-c4aa-4351-8496-f8d57958a802', 'Customer Support', '2020-09-18 16:13:43.249', 'Customer Support'),
	('05c783c5-89c0-4176-8353-c2b6d1ed6aee', 'Bengaluru', '2020-09-29 14:46:58.350', 'Bengaluru'),
	('c7fa6236-91bc-4776-be69-195949414050', 'Bengaluru', '2020-09-29 15:05:31.032', 'Bengaluru');
INSERT INTO lever.posting_interview (interview_id, posting_id, _fivetran_synced) VALUES
	('be36d7b3-ea3d-4918-a587-aa89b09159a9', 'd56e4abb-10be-4a40-b22b-4cdf1e11c82b', '2020-10-17 21:23:56.621'),
	('04635287-1f6e-417b-a94a-e37e03114e4b', '7b676939-d445-4a5b-928b-e5657486e279', '2020-07-21 13:43:09.632'),
	('d2d9040a-3ad6-4487-a33f-2917b9c3a72c', '5e04f6f3-27d9-4279-8856-2bff44342212', '2020-10-15 20:22:53.589');
INSERT INTO lever.posting_tag (posting_id, tag, _fivetran_deleted, _fivetran_synced, tags) VALUES
	('3778fe4f-1e3b-4390-bbcb-6d8b6c836576', 'group_eng_OAK', false, '2020-10-30 14:18:39.091', 'group_eng_OAK'),
	('be6f9bff-3650-4389-ac50-8b2a949760e0', 'group_eng_OAK', false, '2020-10-30 14:18:39.104', 'group_eng_OAK'),
	('b8c44461-c7fe-43bc-a4b3-de77778c74f0', 'group_eng_IND', false, '2020-10-30 14:18:40.606', 'group_eng_IND');
INSERT INTO lever.requisition_offer (offer_id, requisition_id, _fivetran_deleted, _fivetran_synced) VALUES
	('ef742075-12f0-411e-a779-114b3bbb9bfc', 'bfa93a68-c1b2-487d-ad54-b84762731187', false, '2020-10-30 20:18:32.306'),
	('a48ae53e-5b96-4e7f-ab5a-cbe6125d0b90', '99a64e2b-afb4-4743-b7ca-655979ddeb9e', false, '2020-10-30 20:18:32.747'),
	('3ccebbc1-4742-42f5-a133-7e5dfa38c62f', 'a2ba2689-15b8-4dd3-aafb-aea1e1c78d13', false, '2020-10-30 20:18:32.741');
INSERT INTO lever.requisition_posting (posting_id, requisition_id, _fivetran_deleted, _fivetran_synced) VALUES
	('d436b080-9f1f-491a-b8cf-c4c9b521cbd6', 'dee46b4f-90b0-48a6-a851-38d3f768c17c', false, '2020-10-30 20:18:31.883'),
	('32318008-2f8c-499d-9c5a-79c6305bfe98', 'a2bbfbde-7385-4d3f-bdd1-9be00933b781', false, '2020-10-30 20:18:32.740'),
	('66673183-fa98-4228-ba08-bfcf003eb7ac', 'db6c2fcb-23bd-4b85-ae87-55a2f86c0d15', false, '2020-10-30 20:18:31.887');
INSERT INTO lever.resume (id, _fivetran_synced, candidate_id, created_at, file_download_url, file_ext, file_name, file_uploaded_at, opportunity_id) VALUES
	('2405ee3f-8412-458a-b242-9831b6c8ea60', '2020-10-18 00:21:27.606', NULL, '2020-08-15 18:52:46.221', 'https://api.lever.co/v1/candidates/d1fc9816-cb00-4c30-8d84-556b265e6df8/resumes/2405ee3f-8412-458a-b242-9831b6c8ea60/download', '.', 'Resume', '2020-08-15 18:52:46.408', 'd1fc9816-cb00-4c30-8d84-556b265e6df8'),
	('df82e2be-8c32-4834-90b3-712618513a91', '2020-07-21 06:20:27.143', NULL, '2019-10-16 04:01:37.504', 'https://api.lever.co/v1/candidates/445178b2-4d0e-41f2-91eb-fa94ad5ac347/resumes/df82e2be-8c32-4834-90b3-712618513a91/download', '.', 'M_resume', '2019-10-16 04:01:36.687', '445178b2-4d0e-41f2-91eb-fa94ad5ac347');

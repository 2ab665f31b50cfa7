-- Corpus: openapi_intercom  (evaluation corpus for pg_sequin_hasura; Intercom REST API objects as a sync tool would land
--   them in PostgreSQL, one table per listed resource; no foreign keys)
-- Source: https://github.com/intercom/Intercom-OpenAPI  path descriptions/2.16/api.intercom.io.yaml at commit
--   8889625a7b931d8649e18726e7f872ff073520fc (2026-08-21, "Correct the state description on the update article request
--   (#628)"; repository HEAD of the fetched snapshot). info.version '2.16' (OpenAPI 3.0.1). 2.16 is the newest numbered
--   (stable) version directory there (2.7 ... 2.16; descriptions/0 is "Preview", not used); it was added in f26d0cc
--   (2026-07-24, "Add descriptions/2.16 spec (#604)"). CLAUDE.md of that commit still calls 2.15 "current latest".
-- Licence: MIT (LICENSE.md "Copyright (c) 2022 Intercom, Inc."; info.license MIT). Used only to derive names and types.
-- Files used: that one YAML: components.schemas.<object>.properties (top-level properties, their types/formats and
--   descriptions) and the paths that list each object. Line numbers (Lnnnnn) refer to that file at that commit.
-- ROWS: EVERY ROW BELOW IS INVENTED (the spec has only per-field examples), written to be plausible and mutually
--   consistent: every reference value, top-level or inside jsonb, matches a row of its parent. Ids are shaped as the
--   spec's examples show them (admins '5017691', teams '814865', contacts/companies 24-hex Mongo-style ids such as
--   '5ba682d23d7cf92bef87bfd4', conversations/tickets long numeric strings, articles '6871119', segments
--   '56203d253cba154d39010062', workspace 'ecahpwf5'); timestamps are Unix seconds as the API returns them.
--   93 rows: 3-4 per table. Conversations and tickets are all assigned (no 0 "unassigned" sentinel), so every
--   assignee id has a parent row.
-- Choices:
--   * Schema openapi_intercom. 28 tables, one per resource with a list endpoint, named as the plural of the object
--     (the path's last segment): admins (admin, GET /admins), teams, away_status_reasons, companies, contacts,
--     conversations (conversation_list_item, the object GET /conversations returns; `conversation` adds only
--     conversation_parts), tickets (ticket, POST /tickets/search), ticket_types, ticket_states
--     (ticket_state_detailed), tags, segments, notes (GET /contacts/{id}/notes and /companies/{id}/notes), articles
--     (article_list_item), collections, help_centers, help_center_redirects, news_items, newsfeeds, data_attributes,
--     subscription_types, calls, activity_logs, brands, email_settings (email_setting, GET /emails),
--     content_import_sources, external_pages, internal_articles (internal_article_list_item), data_connectors.
--     Left out (listed, but no top-level references, or not an object a sync would land): macros, audiences,
--     office_hours_schedules (and their exceptions), content_snippets, conversation_attributes, events
--     (data_event_summary_item), visitors, contact merge history and banners, article versions, team metrics, data
--     connector execution results, reporting/content exports, activity_log_event_types.
--   * Columns = the schema's top-level properties in the spec's order, names verbatim (snake_case). "order" and
--     "default" are quoted (reserved words).
--   * Types: string -> text, string+format date-time -> timestamptz (only data_connectors.created_at/updated_at,
--     ISO strings), integer -> bigint (this includes Intercom's Unix-second timestamps, declared
--     `type: integer, format: date-time|timestamp`: they are integers on the wire, so bigint), number -> numeric,
--     boolean -> boolean, object/array (and $ref to an object) -> jsonb. calls.*_at are `$ref datetime` (L22396,
--     oneOf ISO string | Unix integer); the spec's examples are integers, so bigint.
--   * id: `id text PRIMARY KEY`, except data_attributes.id and content_import_sources.id, which the spec declares
--     `type: integer` (L29230, L26076): bigint PRIMARY KEY. data_attributes.id is "Only available for custom
--     attributes", so data_attributes holds only custom (CDA) rows here. No foreign keys, no other constraints.
--   * Integer references kept as declared: admins.away_status_reason_id, *_assignee_id, articles.author_id /
--     created_by_id / updated_by_id, news_items.sender_id, collections.help_center_id, external_pages.source_id,
--     internal_articles.owner_id / author_id are bigint pointing at text ids (same digits).
-- References inside jsonb (not scored, header only): admins.team_ids[] -> teams.id; admins.team_priority_level
--   .primary_team_ids[]/secondary_team_ids[] -> teams.id; teams.admin_ids[] and admin_priority_level.*_admin_ids[] ->
--   admins.id; contacts.companies.data[].id -> companies.id; contacts.tags.data[].id -> tags.id; contacts.notes.data[].id
--   -> notes.id; companies.tags.tags[].id -> tags.id; companies.segments.segments[].id -> segments.id;
--   companies.notes.notes[].id -> notes.id; conversations.company.id -> companies.id; conversations.tags.tags[].id and
--   articles.tags.tags[].id -> tags.id; conversations.contacts.contacts[].id, conversations.source.author.id (author
--   type user) and tickets.contacts.contacts[].id -> contacts.id; conversations.teammates.teammates[].id -> admins.id;
--   tickets.ticket_state.id -> ticket_states.id; tickets.ticket_type.id -> ticket_types.id; ticket_types.ticket_states
--   .data[].id -> ticket_states.id; ticket_states.ticket_types.data[].id -> ticket_types.id; notes.contact.id ->
--   contacts.id; notes.company.id -> companies.id; notes.author.id -> admins.id; articles.parent_ids[] -> collections.id
--   ("parent collections or sections", L23683); news_items.newsfeed_assignments[].newsfeed_id -> newsfeeds.id;
--   activity_logs.performed_by.id -> admins.id. audience_ids[] (content_import_sources, internal_articles) point at
--   audiences, which are not in the corpus.
-- Not references here: companies.app_id and *.workspace_id (the workspace; no workspace table), companies.company_id
--   ("The company id you have defined for the company"), contacts.external_id, external_pages.external_id (ids in the
--   client's / source's system), tickets.ticket_id (the ticket's own inbox number), brands.id ("For default brand,
--   matches the workspace ID", L24404; rows use the example's numeric ids).
DROP SCHEMA IF EXISTS openapi_intercom CASCADE;
CREATE SCHEMA openapi_intercom;
-- admins: components.schemas.admin (L22785), list endpoint GET /admins
CREATE TABLE openapi_intercom.admins (
  type text,
  id text PRIMARY KEY,
  name text,
  email text,
  job_title text,
  away_mode_enabled boolean,
  away_mode_reassign boolean,
  away_status_reason_id bigint,
  has_inbox_seat boolean,
  team_ids jsonb,
  avatar text,
  team_priority_level jsonb,
  role jsonb
);
INSERT INTO openapi_intercom.admins (type, id, name, email, job_title, away_mode_enabled, away_mode_reassign, away_status_reason_id, has_inbox_seat, team_ids, avatar, team_priority_level, role) VALUES
  ('admin', '5017691', 'Joe Example', 'joe@example.com', 'Support Lead', false, false, NULL, true, '[814865, 814866]', 'https://static.intercomassets.com/avatars/5017691/square_128/joe.png', '{"primary_team_ids": [814865], "secondary_team_ids": [814866]}', NULL),
  ('admin', '5017692', 'Maya Ortiz', 'maya@example.com', 'Support Engineer', true, true, 101, true, '[814865]', NULL, '{"primary_team_ids": [814865], "secondary_team_ids": []}', '{"type": "role", "id": "77", "name": "Support"}'),
  ('admin', '5017693', 'Sam Lee', 'sam@example.com', 'Account Manager', true, false, 102, true, '[814867]', NULL, '{"primary_team_ids": [814867], "secondary_team_ids": []}', NULL),
  ('admin', '6124530', 'Priya Nair', 'priya@example.com', 'Content Writer', false, false, NULL, false, '[814866]', NULL, NULL, '{"type": "role", "id": "78", "name": "Content"}');
-- teams: components.schemas.team (L33657), list endpoint GET /teams
CREATE TABLE openapi_intercom.teams (
  type text,
  id text PRIMARY KEY,
  name text,
  admin_ids jsonb,
  admin_priority_level jsonb,
  assignment_limit bigint,
  distribution_method text
);
INSERT INTO openapi_intercom.teams (type, id, name, admin_ids, admin_priority_level, assignment_limit, distribution_method) VALUES
  ('team', '814865', 'Support Tier 1', '[5017691, 5017692]', '{"primary_admin_ids": [5017691, 5017692], "secondary_admin_ids": []}', 10, 'load_balanced'),
  ('team', '814866', 'Escalations', '[5017691, 6124530]', '{"primary_admin_ids": [6124530], "secondary_admin_ids": [5017691]}', NULL, 'round_robin'),
  ('team', '814867', 'Sales', '[5017693]', '{"primary_admin_ids": [5017693], "secondary_admin_ids": []}', NULL, 'round_robin');
-- away_status_reasons: components.schemas.away_status_reason (L24483), list endpoint GET /away_status_reasons
CREATE TABLE openapi_intercom.away_status_reasons (
  type text,
  id text PRIMARY KEY,
  label text,
  emoji text,
  "order" bigint,
  deleted boolean,
  created_at bigint,
  updated_at bigint
);
INSERT INTO openapi_intercom.away_status_reasons (type, id, label, emoji, "order", deleted, created_at, updated_at) VALUES
  ('away_status_reason', '101', 'On a break', '☕', 1, false, 1734537243, 1734537243),
  ('away_status_reason', '102', 'In a meeting', '📅', 2, false, 1734537250, 1734537250),
  ('away_status_reason', '103', 'Out sick', '🤒', 3, true, 1734537261, 1771002000);
-- companies: components.schemas.company (L24955), list endpoint GET /companies
CREATE TABLE openapi_intercom.companies (
  type text,
  id text PRIMARY KEY,
  name text,
  app_id text,
  plan jsonb,
  company_id text,
  remote_created_at bigint,
  created_at bigint,
  updated_at bigint,
  last_request_at bigint,
  size bigint,
  website text,
  industry text,
  monthly_spend bigint,
  session_count bigint,
  user_count bigint,
  custom_attributes jsonb,
  tags jsonb,
  segments jsonb,
  notes jsonb
);
INSERT INTO openapi_intercom.companies (type, id, name, app_id, plan, company_id, remote_created_at, created_at, updated_at, last_request_at, size, website, industry, monthly_spend, session_count, user_count, custom_attributes, tags, segments, notes) VALUES
  ('company', '531ee472cce572a6ec000006', 'Blue Sun', 'ecahpwf5', '{"type": "plan", "id": "269315", "name": "Pro"}', '6', 1663597223, 1663597223, 1779100200, 1779100100, 100, 'https://bluesun.example.com', 'Software', 1200, 341, 2, '{"paid_subscriber": true}', '{"type": "tag.list", "tags": [{"type": "tag", "id": "7522907", "name": "VIP"}]}', '{"type": "segment.list", "segments": [{"type": "segment", "id": "56203d253cba154d39010062"}]}', '{"type": "note.list", "notes": [{"type": "note", "id": "17495963"}]}'),
  ('company', '531ee472cce572a6ec000007', 'Acme Rockets', 'ecahpwf5', '{"type": "plan", "id": "269316", "name": "Starter"}', '7', 1701300000, 1701300450, 1779000000, 1778990000, 25, 'https://acme.example.com', 'Aerospace', 90, 58, 1, '{}', '{"type": "tag.list", "tags": [{"type": "tag", "id": "7522909", "name": "Churn risk"}]}', '{"type": "segment.list", "segments": [{"type": "segment", "id": "56203d253cba154d39010063"}]}', '{"type": "note.list", "notes": []}'),
  ('company', '5f4d3c1c7b1b4d7da97e6095', 'Northwind Traders', 'ecahpwf5', NULL, '8', NULL, 1745000000, 1778500000, NULL, 12, 'https://northwind.example.com', 'Retail', 0, 3, 1, '{}', '{"type": "tag.list", "tags": []}', '{"type": "segment.list", "segments": []}', '{"type": "note.list", "notes": [{"type": "note", "id": "17495964"}]}');
-- contacts: components.schemas.contact (L25222), list endpoint GET /contacts
CREATE TABLE openapi_intercom.contacts (
  type text,
  id text PRIMARY KEY,
  external_id text,
  workspace_id text,
  role text,
  email text,
  email_domain text,
  phone text,
  name text,
  owner_id text,
  has_hard_bounced boolean,
  marked_email_as_spam boolean,
  unsubscribed_from_emails boolean,
  created_at bigint,
  updated_at bigint,
  signed_up_at bigint,
  last_seen_at bigint,
  last_replied_at bigint,
  last_contacted_at bigint,
  last_email_opened_at bigint,
  last_email_clicked_at bigint,
  language_override text,
  browser text,
  browser_version text,
  browser_language text,
  os text,
  android_app_name text,
  android_app_version text,
  android_device text,
  android_os_version text,
  android_sdk_version text,
  android_last_seen_at bigint,
  ios_app_name text,
  ios_app_version text,
  ios_device text,
  ios_os_version text,
  ios_sdk_version text,
  ios_last_seen_at bigint,
  custom_attributes jsonb,
  avatar jsonb,
  tags jsonb,
  notes jsonb,
  companies jsonb,
  location jsonb,
  social_profiles jsonb,
  merge_history jsonb
);
INSERT INTO openapi_intercom.contacts (type, id, external_id, workspace_id, role, email, email_domain, phone, name, owner_id, has_hard_bounced, marked_email_as_spam, unsubscribed_from_emails, created_at, updated_at, signed_up_at, last_seen_at, last_replied_at, last_contacted_at, last_email_opened_at, last_email_clicked_at, language_override, browser, browser_version, browser_language, os, android_app_name, android_app_version, android_device, android_os_version, android_sdk_version, android_last_seen_at, ios_app_name, ios_app_version, ios_device, ios_os_version, ios_sdk_version, ios_last_seen_at, custom_attributes, avatar, tags, notes, companies, location, social_profiles, merge_history) VALUES
  ('contact', '5ba682d23d7cf92bef87bfd4', 'f3b87a2e09d514c6c2e79b9a', 'ecahpwf5', 'user', 'joe.customer@bluesun.example.com', 'bluesun.example.com', NULL, 'Joe Customer', '5017693', false, false, false, 1771672154, 1774264154, 1771672154, 1774177754, 1774091354, 1774004954, NULL, NULL, NULL, 'chrome', '124.0.6367.91', 'en-US', 'Mac OS X', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '{}', '{"type": "avatar", "image_url": null}', '{"type": "list", "data": [{"type": "tag", "id": "7522907", "url": "/tags/7522907"}], "url": "/contacts/5ba682d23d7cf92bef87bfd4/tags", "total_count": 1, "has_more": false}', '{"type": "list", "data": [{"type": "note", "id": "17495962", "url": "/notes/17495962"}], "url": "/contacts/5ba682d23d7cf92bef87bfd4/notes", "total_count": 1, "has_more": false}', '{"type": "list", "data": [{"type": "company", "id": "531ee472cce572a6ec000006", "url": "/companies/531ee472cce572a6ec000006"}], "url": "/contacts/5ba682d23d7cf92bef87bfd4/companies", "total_count": 1, "has_more": false}', '{"type": "location", "country": "United States", "region": "California", "city": "San Francisco"}', '{"type": "list", "data": []}', NULL),
  ('contact', '5ba682d23d7cf92bef87bfd5', 'f3b87a2e09d514c6c2e79b9b', 'ecahpwf5', 'user', 'ana@bluesun.example.com', 'bluesun.example.com', NULL, 'Ana Silva', '5017693', false, false, false, 1772000000, 1774592000, 1772000000, 1774505600, 1774419200, 1774332800, NULL, NULL, NULL, 'chrome', '124.0.6367.91', 'en-US', 'Mac OS X', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '{}', '{"type": "avatar", "image_url": null}', '{"type": "list", "data": [], "url": "/contacts/5ba682d23d7cf92bef87bfd5/tags", "total_count": 0, "has_more": false}', '{"type": "list", "data": [], "url": "/contacts/5ba682d23d7cf92bef87bfd5/notes", "total_count": 0, "has_more": false}', '{"type": "list", "data": [{"type": "company", "id": "531ee472cce572a6ec000006", "url": "/companies/531ee472cce572a6ec000006"}], "url": "/contacts/5ba682d23d7cf92bef87bfd5/companies", "total_count": 1, "has_more": false}', '{"type": "location", "country": "United States", "region": "California", "city": "San Francisco"}', '{"type": "list", "data": []}', NULL),
  ('contact', '6762f0dd1bb69f9f2193bb83', 'u-4471', 'ecahpwf5', 'user', 'wile@acme.example.com', 'acme.example.com', NULL, 'Wile Coyote', '5017691', false, false, false, 1773000000, 1775592000, 1773000000, 1775505600, 1775419200, 1775332800, NULL, NULL, NULL, 'chrome', '124.0.6367.91', 'en-US', 'Mac OS X', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '{}', '{"type": "avatar", "image_url": null}', '{"type": "list", "data": [{"type": "tag", "id": "7522909", "url": "/tags/7522909"}], "url": "/contacts/6762f0dd1bb69f9f2193bb83/tags", "total_count": 1, "has_more": false}', '{"type": "list", "data": [], "url": "/contacts/6762f0dd1bb69f9f2193bb83/notes", "total_count": 0, "has_more": false}', '{"type": "list", "data": [{"type": "company", "id": "531ee472cce572a6ec000007", "url": "/companies/531ee472cce572a6ec000007"}], "url": "/contacts/6762f0dd1bb69f9f2193bb83/companies", "total_count": 1, "has_more": false}', '{"type": "location", "country": "United States", "region": "California", "city": "San Francisco"}', '{"type": "list", "data": []}', NULL),
  ('contact', '6762f0dd1bb69f9f2193bb91', NULL, 'ecahpwf5', 'lead', 'buyer@northwind.example.com', 'northwind.example.com', NULL, NULL, NULL, false, false, false, 1776000000, 1778592000, NULL, 1778505600, 1778419200, 1778332800, NULL, NULL, NULL, 'chrome', '124.0.6367.91', 'en-US', 'Mac OS X', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '{}', '{"type": "avatar", "image_url": null}', '{"type": "list", "data": [], "url": "/contacts/6762f0dd1bb69f9f2193bb91/tags", "total_count": 0, "has_more": false}', '{"type": "list", "data": [], "url": "/contacts/6762f0dd1bb69f9f2193bb91/notes", "total_count": 0, "has_more": false}', '{"type": "list", "data": [{"type": "company", "id": "5f4d3c1c7b1b4d7da97e6095", "url": "/companies/5f4d3c1c7b1b4d7da97e6095"}], "url": "/contacts/6762f0dd1bb69f9f2193bb91/companies", "total_count": 1, "has_more": false}', '{"type": "location", "country": "United States", "region": "California", "city": "San Francisco"}', '{"type": "list", "data": []}', NULL);
-- conversations: components.schemas.conversation_list_item (L26595), list endpoint GET /conversations
CREATE TABLE openapi_intercom.conversations (
  type text,
  id text PRIMARY KEY,
  title text,
  created_at bigint,
  updated_at bigint,
  waiting_since bigint,
  snoozed_until bigint,
  open boolean,
  state text,
  read boolean,
  priority text,
  admin_assignee_id bigint,
  team_assignee_id bigint,
  company jsonb,
  tags jsonb,
  conversation_rating jsonb,
  source jsonb,
  contacts jsonb,
  teammates jsonb,
  custom_attributes jsonb,
  first_contact_reply jsonb,
  sla_applied jsonb,
  statistics jsonb,
  linked_objects jsonb,
  ai_agent_participated boolean,
  ai_agent jsonb,
  sales_agent_participated boolean,
  sales_agent jsonb,
  channel jsonb,
  external_references jsonb,
  monitor_evaluations jsonb,
  scorecards jsonb
);
INSERT INTO openapi_intercom.conversations (type, id, title, created_at, updated_at, waiting_since, snoozed_until, open, state, read, priority, admin_assignee_id, team_assignee_id, company, tags, conversation_rating, source, contacts, teammates, custom_attributes, first_contact_reply, sla_applied, statistics, linked_objects, ai_agent_participated, ai_agent, sales_agent_participated, sales_agent, channel, external_references, monitor_evaluations, scorecards) VALUES
  ('conversation', '215471234560011', 'Cannot export invoices', 1779000100, 1779003700, 1779000700, NULL, true, 'open', true, 'high', 5017692, 814865, '{"type": "company", "id": "531ee472cce572a6ec000006", "name": "Blue Sun"}', '{"type": "tag.list", "tags": [{"type": "tag", "id": "7522908", "name": "Bug"}]}', NULL, '{"type": "conversation", "id": "403918330", "delivered_as": "customer_initiated", "subject": "", "body": "<p>Cannot export invoices</p>", "author": {"type": "user", "id": "5ba682d23d7cf92bef87bfd4"}, "url": null, "redacted": false}', '{"type": "contact.list", "contacts": [{"type": "contact", "id": "5ba682d23d7cf92bef87bfd4"}]}', '{"type": "admin.list", "teammates": [{"type": "admin", "id": "5017692"}]}', '{}', '{"created_at": 1779000100, "type": "conversation", "url": null}', NULL, '{"type": "conversation_statistics", "time_to_assignment": 0, "first_contact_reply_at": 1779000100, "last_assignment_admin_reply_at": 1779001000}', '{"type": "list", "data": [], "total_count": 0, "has_more": false}', false, NULL, false, NULL, '{"initial": "chat", "current": "chat"}', '[]', NULL, NULL),
  ('conversation', '215471234560012', 'Billing question', 1779003000, 1779006600, NULL, NULL, false, 'closed', true, 'none', 5017691, 814865, '{"type": "company", "id": "531ee472cce572a6ec000006", "name": "Blue Sun"}', '{"type": "tag.list", "tags": []}', NULL, '{"type": "conversation", "id": "403918330", "delivered_as": "customer_initiated", "subject": "", "body": "<p>Billing question</p>", "author": {"type": "user", "id": "5ba682d23d7cf92bef87bfd5"}, "url": null, "redacted": false}', '{"type": "contact.list", "contacts": [{"type": "contact", "id": "5ba682d23d7cf92bef87bfd5"}]}', '{"type": "admin.list", "teammates": [{"type": "admin", "id": "5017691"}]}', '{}', '{"created_at": 1779003000, "type": "conversation", "url": null}', NULL, '{"type": "conversation_statistics", "time_to_assignment": 0, "first_contact_reply_at": 1779003000, "last_assignment_admin_reply_at": 1779003900}', '{"type": "list", "data": [], "total_count": 0, "has_more": false}', false, NULL, false, NULL, '{"initial": "chat", "current": "chat"}', '[]', NULL, NULL),
  ('conversation', '215471234560013', 'Launch pad integration', 1779010000, 1779013600, NULL, NULL, false, 'snoozed', true, 'medium', 5017693, 814867, '{"type": "company", "id": "531ee472cce572a6ec000007", "name": "Acme Rockets"}', '{"type": "tag.list", "tags": [{"type": "tag", "id": "7522909", "name": "Churn risk"}]}', NULL, '{"type": "conversation", "id": "403918330", "delivered_as": "customer_initiated", "subject": "", "body": "<p>Launch pad integration</p>", "author": {"type": "user", "id": "6762f0dd1bb69f9f2193bb83"}, "url": null, "redacted": false}', '{"type": "contact.list", "contacts": [{"type": "contact", "id": "6762f0dd1bb69f9f2193bb83"}]}', '{"type": "admin.list", "teammates": [{"type": "admin", "id": "5017693"}]}', '{}', '{"created_at": 1779010000, "type": "conversation", "url": null}', NULL, '{"type": "conversation_statistics", "time_to_assignment": 0, "first_contact_reply_at": 1779010000, "last_assignment_admin_reply_at": 1779010900}', '{"type": "list", "data": [], "total_count": 0, "has_more": false}', false, NULL, false, NULL, '{"initial": "chat", "current": "chat"}', '[]', NULL, NULL),
  ('conversation', '215471234560014', 'Pricing call follow-up', 1779020000, 1779023600, NULL, NULL, false, 'closed', true, 'low', 5017693, 814867, '{"type": "company", "id": "5f4d3c1c7b1b4d7da97e6095", "name": "Northwind Traders"}', '{"type": "tag.list", "tags": []}', NULL, '{"type": "conversation", "id": "403918330", "delivered_as": "customer_initiated", "subject": "", "body": "<p>Pricing call follow-up</p>", "author": {"type": "user", "id": "6762f0dd1bb69f9f2193bb91"}, "url": null, "redacted": false}', '{"type": "contact.list", "contacts": [{"type": "contact", "id": "6762f0dd1bb69f9f2193bb91"}]}', '{"type": "admin.list", "teammates": [{"type": "admin", "id": "5017693"}, {"type": "admin", "id": "5017691"}]}', '{}', '{"created_at": 1779020000, "type": "conversation", "url": null}', NULL, '{"type": "conversation_statistics", "time_to_assignment": 0, "first_contact_reply_at": 1779020000, "last_assignment_admin_reply_at": 1779020900}', '{"type": "list", "data": [], "total_count": 0, "has_more": false}', false, NULL, false, NULL, '{"initial": "chat", "current": "chat"}', '[]', NULL, NULL);
-- tickets: components.schemas.ticket (L33761), list endpoint POST /tickets/search
CREATE TABLE openapi_intercom.tickets (
  type text,
  id text PRIMARY KEY,
  ticket_id text,
  category text,
  ticket_attributes jsonb,
  ticket_state jsonb,
  ticket_type jsonb,
  contacts jsonb,
  admin_assignee_id bigint,
  team_assignee_id bigint,
  created_at bigint,
  updated_at bigint,
  open boolean,
  snoozed_until bigint,
  linked_objects jsonb,
  ticket_parts jsonb,
  is_shared boolean,
  previous_ticket_state_id text
);
INSERT INTO openapi_intercom.tickets (type, id, ticket_id, category, ticket_attributes, ticket_state, ticket_type, contacts, admin_assignee_id, team_assignee_id, created_at, updated_at, open, snoozed_until, linked_objects, ticket_parts, is_shared, previous_ticket_state_id) VALUES
  ('ticket', '215471234560101', '1390', 'Customer', '{"_default_title_": "Ticket 1390", "_default_description_": "Reported via messenger"}', '{"type": "ticket_state", "id": "7494", "category": "in_progress", "internal_label": "With Dev Team", "external_label": "In Progress"}', '{"type": "ticket_type", "id": "27", "category": "Customer", "name": "Bug", "workspace_id": "ecahpwf5", "archived": false}', '{"type": "contact.list", "contacts": [{"type": "contact", "id": "5ba682d23d7cf92bef87bfd4"}]}', 5017692, 814866, 1779100000, 1779107200, true, NULL, '{"type": "list", "data": [], "total_count": 0, "has_more": false}', '{"type": "ticket_part.list", "ticket_parts": [], "total_count": 0}', true, '7493'),
  ('ticket', '215471234560102', '1391', 'Back-office', '{"_default_title_": "Ticket 1391", "_default_description_": "Reported via messenger"}', '{"type": "ticket_state", "id": "7496", "category": "resolved", "internal_label": "Resolved", "external_label": "Resolved"}', '{"type": "ticket_type", "id": "28", "category": "Back-office", "name": "Refund request", "workspace_id": "ecahpwf5", "archived": false}', '{"type": "contact.list", "contacts": [{"type": "contact", "id": "6762f0dd1bb69f9f2193bb83"}]}', 5017691, 814865, 1779110000, 1779117200, false, NULL, '{"type": "list", "data": [], "total_count": 0, "has_more": false}', '{"type": "ticket_part.list", "ticket_parts": [], "total_count": 0}', false, '7494'),
  ('ticket', '215471234560103', '1392', 'Customer', '{"_default_title_": "Ticket 1392", "_default_description_": "Reported via messenger"}', '{"type": "ticket_state", "id": "7495", "category": "waiting_on_customer", "internal_label": "Awaiting reply", "external_label": "Waiting on you"}', '{"type": "ticket_type", "id": "27", "category": "Customer", "name": "Bug", "workspace_id": "ecahpwf5", "archived": false}', '{"type": "contact.list", "contacts": [{"type": "contact", "id": "5ba682d23d7cf92bef87bfd5"}]}', 6124530, 814866, 1779120000, 1779127200, true, NULL, '{"type": "list", "data": [], "total_count": 0, "has_more": false}', '{"type": "ticket_part.list", "ticket_parts": [], "total_count": 0}', true, '7494'),
  ('ticket', '215471234560104', '1393', 'Tracker', '{"_default_title_": "Ticket 1393", "_default_description_": "Reported via messenger"}', '{"type": "ticket_state", "id": "7493", "category": "submitted", "internal_label": "Submitted", "external_label": "Submitted"}', '{"type": "ticket_type", "id": "29", "category": "Tracker", "name": "Outage", "workspace_id": "ecahpwf5", "archived": false}', '{"type": "contact.list", "contacts": [{"type": "contact", "id": "5ba682d23d7cf92bef87bfd4"}, {"type": "contact", "id": "6762f0dd1bb69f9f2193bb83"}]}', 5017691, 814866, 1779130000, 1779137200, true, NULL, '{"type": "list", "data": [], "total_count": 0, "has_more": false}', '{"type": "ticket_part.list", "ticket_parts": [], "total_count": 0}', false, NULL);
-- ticket_types: components.schemas.ticket_type (L34296), list endpoint GET /ticket_types
CREATE TABLE openapi_intercom.ticket_types (
  type text,
  id text PRIMARY KEY,
  category text,
  name text,
  description text,
  icon text,
  workspace_id text,
  ticket_type_attributes jsonb,
  ticket_states jsonb,
  archived boolean,
  created_at bigint,
  updated_at bigint
);
INSERT INTO openapi_intercom.ticket_types (type, id, category, name, description, icon, workspace_id, ticket_type_attributes, ticket_states, archived, created_at, updated_at) VALUES
  ('ticket_type', '27', 'Customer', 'Bug', 'A bug that has been reported.', '🐞', 'ecahpwf5', '{"type": "ticket_type_attributes.list", "ticket_type_attributes": [{"type": "ticket_type_attribute", "id": "9000", "workspace_id": "ecahpwf5", "name": "_default_title_", "ticket_type_id": 27}]}', '{"type": "list", "data": [{"type": "ticket_state", "id": "7493", "category": "submitted", "internal_label": "Submitted", "external_label": "Submitted"}, {"type": "ticket_state", "id": "7494", "category": "in_progress", "internal_label": "With Dev Team", "external_label": "In Progress"}, {"type": "ticket_state", "id": "7495", "category": "waiting_on_customer", "internal_label": "Awaiting reply", "external_label": "Waiting on you"}, {"type": "ticket_state", "id": "7496", "category": "resolved", "internal_label": "Resolved", "external_label": "Resolved"}]}', false, 1760000000, 1775000000),
  ('ticket_type', '28', 'Back-office', 'Refund request', 'A refund to approve.', '💸', 'ecahpwf5', '{"type": "ticket_type_attributes.list", "ticket_type_attributes": [{"type": "ticket_type_attribute", "id": "9001", "workspace_id": "ecahpwf5", "name": "_default_title_", "ticket_type_id": 28}]}', '{"type": "list", "data": [{"type": "ticket_state", "id": "7493", "category": "submitted", "internal_label": "Submitted", "external_label": "Submitted"}, {"type": "ticket_state", "id": "7494", "category": "in_progress", "internal_label": "With Dev Team", "external_label": "In Progress"}, {"type": "ticket_state", "id": "7495", "category": "waiting_on_customer", "internal_label": "Awaiting reply", "external_label": "Waiting on you"}, {"type": "ticket_state", "id": "7496", "category": "resolved", "internal_label": "Resolved", "external_label": "Resolved"}]}', false, 1760001000, 1775001000),
  ('ticket_type', '29', 'Tracker', 'Outage', 'An incident affecting many customers.', '🔥', 'ecahpwf5', '{"type": "ticket_type_attributes.list", "ticket_type_attributes": [{"type": "ticket_type_attribute", "id": "9002", "workspace_id": "ecahpwf5", "name": "_default_title_", "ticket_type_id": 29}]}', '{"type": "list", "data": [{"type": "ticket_state", "id": "7493", "category": "submitted", "internal_label": "Submitted", "external_label": "Submitted"}, {"type": "ticket_state", "id": "7494", "category": "in_progress", "internal_label": "With Dev Team", "external_label": "In Progress"}, {"type": "ticket_state", "id": "7495", "category": "waiting_on_customer", "internal_label": "Awaiting reply", "external_label": "Waiting on you"}, {"type": "ticket_state", "id": "7496", "category": "resolved", "internal_label": "Resolved", "external_label": "Resolved"}]}', false, 1760002000, 1775002000);
-- ticket_states: components.schemas.ticket_state_detailed (L34226), list endpoint GET /ticket_states
CREATE TABLE openapi_intercom.ticket_states (
  type text,
  id text PRIMARY KEY,
  category text,
  internal_label text,
  external_label text,
  archived boolean,
  ticket_types jsonb
);
INSERT INTO openapi_intercom.ticket_states (type, id, category, internal_label, external_label, archived, ticket_types) VALUES
  ('ticket_state', '7493', 'submitted', 'Submitted', 'Submitted', false, '{"type": "list", "data": [{"type": "ticket_type", "id": "27", "name": "Bug"}, {"type": "ticket_type", "id": "28", "name": "Refund request"}, {"type": "ticket_type", "id": "29", "name": "Outage"}]}'),
  ('ticket_state', '7494', 'in_progress', 'With Dev Team', 'In Progress', false, '{"type": "list", "data": [{"type": "ticket_type", "id": "27", "name": "Bug"}, {"type": "ticket_type", "id": "28", "name": "Refund request"}, {"type": "ticket_type", "id": "29", "name": "Outage"}]}'),
  ('ticket_state', '7495', 'waiting_on_customer', 'Awaiting reply', 'Waiting on you', false, '{"type": "list", "data": [{"type": "ticket_type", "id": "27", "name": "Bug"}, {"type": "ticket_type", "id": "28", "name": "Refund request"}, {"type": "ticket_type", "id": "29", "name": "Outage"}]}'),
  ('ticket_state', '7496', 'resolved', 'Resolved', 'Resolved', false, '{"type": "list", "data": [{"type": "ticket_type", "id": "27", "name": "Bug"}, {"type": "ticket_type", "id": "28", "name": "Refund request"}, {"type": "ticket_type", "id": "29", "name": "Outage"}]}');
-- tags: components.schemas.tag (L33487), list endpoint GET /tags
CREATE TABLE openapi_intercom.tags (
  type text,
  id text PRIMARY KEY,
  name text,
  applied_at bigint,
  applied_by jsonb
);
INSERT INTO openapi_intercom.tags (type, id, name, applied_at, applied_by) VALUES
  ('tag', '7522907', 'VIP', NULL, NULL),
  ('tag', '7522908', 'Bug', NULL, NULL),
  ('tag', '7522909', 'Churn risk', NULL, NULL);
-- segments: components.schemas.segment (L33225), list endpoint GET /segments
CREATE TABLE openapi_intercom.segments (
  type text,
  id text PRIMARY KEY,
  name text,
  created_at bigint,
  updated_at bigint,
  person_type text,
  count bigint
);
INSERT INTO openapi_intercom.segments (type, id, name, created_at, updated_at, person_type, count) VALUES
  ('segment', '56203d253cba154d39010062', 'Paying customers', 1394621988, 1394622004, 'user', 3),
  ('segment', '56203d253cba154d39010063', 'Trial users', 1394622100, 1394622200, 'user', 1),
  ('segment', '56203d253cba154d39010064', 'New leads', 1701000000, 1701000500, 'contact', 1);
-- notes: components.schemas.note (L32902), list endpoint GET /contacts/{contact_id}/notes, GET /companies/{company_id}/notes
CREATE TABLE openapi_intercom.notes (
  type text,
  id text PRIMARY KEY,
  created_at bigint,
  contact jsonb,
  company jsonb,
  author jsonb,
  body text
);
INSERT INTO openapi_intercom.notes (type, id, created_at, contact, company, author, body) VALUES
  ('note', '17495962', 1774589321, '{"type": "contact", "id": "5ba682d23d7cf92bef87bfd4"}', NULL, '{"type": "admin", "id": "5017693", "name": "Sam Lee", "email": "sam@example.com"}', '<p>Renewal due in June.</p>'),
  ('note', '17495963', 1774600000, NULL, '{"type": "company", "id": "531ee472cce572a6ec000006"}', '{"type": "admin", "id": "5017693", "name": "Sam Lee", "email": "sam@example.com"}', '<p>Enterprise pilot signed.</p>'),
  ('note', '17495964', 1774700000, NULL, '{"type": "company", "id": "5f4d3c1c7b1b4d7da97e6095"}', '{"type": "admin", "id": "5017691", "name": "Joe Example", "email": "joe@example.com"}', '<p>Asked for a demo.</p>');
-- articles: components.schemas.article_list_item (L23589), list endpoint GET /articles
CREATE TABLE openapi_intercom.articles (
  type text,
  id text PRIMARY KEY,
  workspace_id text,
  title text,
  description text,
  body text,
  body_markdown text,
  author_id bigint,
  state text,
  created_at bigint,
  updated_at bigint,
  has_unpublished_changes boolean,
  draft_updated_at bigint,
  url text,
  parent_ids jsonb,
  ai_chatbot_availability boolean,
  ai_copilot_availability boolean,
  ai_sales_agent_availability boolean,
  created_by_id bigint,
  updated_by_id bigint,
  exclude_from_article_suggestions boolean,
  help_center_audience text,
  scheduled_publish_at bigint,
  scheduled_unpublish_at bigint,
  default_locale text,
  translated_content jsonb,
  tags jsonb
);
INSERT INTO openapi_intercom.articles (type, id, workspace_id, title, description, body, body_markdown, author_id, state, created_at, updated_at, has_unpublished_changes, draft_updated_at, url, parent_ids, ai_chatbot_availability, ai_copilot_availability, ai_sales_agent_availability, created_by_id, updated_by_id, exclude_from_article_suggestions, help_center_audience, scheduled_publish_at, scheduled_unpublish_at, default_locale, translated_content, tags) VALUES
  ('article', '6871119', 'ecahpwf5', 'Exporting invoices', 'Exporting invoices (summary)', '<p>Exporting invoices</p>', '# Exporting invoices
', 6124530, 'published', 1772928359, 1772933359, false, NULL, 'https://help.bluesun.example.com/en/articles/6871119', '[6871200]', true, true, false, 6124530, 5017692, false, 'everyone', NULL, NULL, NULL, NULL, '{"type": "tag.list", "tags": [{"type": "tag", "id": "7522908", "name": "Bug"}]}'),
  ('article', '6871120', 'ecahpwf5', 'Resetting your password', 'Resetting your password (summary)', '<p>Resetting your password</p>', '# Resetting your password
', 6124530, 'published', 1772938359, 1772943359, false, NULL, 'https://help.bluesun.example.com/en/articles/6871120', '[6871201]', true, true, false, 6124530, 6124530, false, 'everyone', NULL, NULL, NULL, NULL, '{"type": "tag.list", "tags": []}'),
  ('article', '6871121', 'ecahpwf5', 'Team roles explained', 'Team roles explained (summary)', '<p>Team roles explained</p>', '# Team roles explained
', 5017691, 'published', 1772948359, 1772953359, false, NULL, 'https://help.bluesun.example.com/en/articles/6871121', '[6871201, 6871202]', true, true, false, 5017691, 6124530, false, 'everyone', NULL, NULL, NULL, NULL, '{"type": "tag.list", "tags": []}'),
  ('article', '6871122', 'ecahpwf5', 'Launch checklist (draft)', 'Launch checklist (draft) (summary)', '<p>Launch checklist (draft)</p>', '# Launch checklist (draft)
', 5017693, 'draft', 1772958359, 1772963359, false, NULL, NULL, '[]', true, true, false, 5017693, 5017693, false, 'everyone', NULL, NULL, NULL, NULL, '{"type": "tag.list", "tags": []}');
-- collections: components.schemas.collection (L24726), list endpoint GET /help_center/collections
CREATE TABLE openapi_intercom.collections (
  id text PRIMARY KEY,
  workspace_id text,
  name text,
  description text,
  created_at bigint,
  updated_at bigint,
  url text,
  icon text,
  "order" bigint,
  default_locale text,
  translated_content jsonb,
  parent_id text,
  help_center_id bigint
);
INSERT INTO openapi_intercom.collections (id, workspace_id, name, description, created_at, updated_at, url, icon, "order", default_locale, translated_content, parent_id, help_center_id) VALUES
  ('6871200', 'ecahpwf5', 'Billing', 'Invoices and payments', 1762928359, 1772928610, 'https://help.bluesun.example.com/en/collections/6871200-billing', 'credit-card', 0, NULL, NULL, NULL, 123),
  ('6871201', 'ecahpwf5', 'Account settings', 'Passwords, roles, profiles', 1762938359, 1772938610, 'https://help.bluesun.example.com/en/collections/6871201-account-settings', 'book-bookmark', 1, NULL, NULL, '6871200', 123),
  ('6871202', 'ecahpwf5', 'Getting started', 'First steps', 1762948359, 1772948610, 'https://docs.bluesun.example.com/en/collections/6871202-getting-started', 'rocket', 0, NULL, NULL, NULL, 124),
  ('6871203', 'ecahpwf5', 'Integrations', 'Connect other tools', 1762958359, 1772958610, 'https://docs.bluesun.example.com/en/collections/6871203-integrations', 'plug', 1, NULL, NULL, '6871202', 124);
-- help_centers: components.schemas.help_center (L32082), list endpoint GET /help_center/help_centers
CREATE TABLE openapi_intercom.help_centers (
  id text PRIMARY KEY,
  workspace_id text,
  created_at bigint,
  updated_at bigint,
  identifier text,
  website_turned_on boolean,
  display_name text,
  url text,
  custom_domain text,
  "default" boolean,
  locales jsonb
);
INSERT INTO openapi_intercom.help_centers (id, workspace_id, created_at, updated_at, identifier, website_turned_on, display_name, url, custom_domain, "default", locales) VALUES
  ('123', 'ecahpwf5', 1760000000, 1772000000, 'bluesun', true, 'Blue Sun Help', 'https://help.bluesun.example.com', 'help.bluesun.example.com', true, '["en", "fr"]'),
  ('124', 'ecahpwf5', 1760100000, 1772100000, 'bluesun-dev', true, 'Developer Docs', 'https://docs.bluesun.example.com', 'docs.bluesun.example.com', false, '["en"]'),
  ('125', 'ecahpwf5', 1760200000, 1772200000, 'bluesun-internal', false, 'Internal (unused)', 'https://intercom.help/bluesun-internal', NULL, false, '["en"]');
-- help_center_redirects: components.schemas.help_center_redirect (L24804), list endpoint GET /help_center/help_centers/{help_center_id}/redirects
CREATE TABLE openapi_intercom.help_center_redirects (
  id text PRIMARY KEY,
  type text,
  from_url text,
  locale text,
  help_center_id text,
  target_type text,
  target_id text,
  created_at bigint,
  updated_at bigint
);
INSERT INTO openapi_intercom.help_center_redirects (id, type, from_url, locale, help_center_id, target_type, target_id, created_at, updated_at) VALUES
  ('26', 'help_center_redirect', 'https://help.bluesun.example.com/old/export-invoices', 'en', '123', 'article', '6871119', 1781619405, 1781619405),
  ('27', 'help_center_redirect', 'https://help.bluesun.example.com/old/account', 'en', '123', 'collection', '6871201', 1781619505, 1781619505),
  ('28', 'help_center_redirect', 'https://docs.bluesun.example.com/old/roles', 'en', '124', 'article', '6871121', 1781619605, 1781619605);
-- news_items: components.schemas.news_item (L32699), list endpoint GET /news/news_items
CREATE TABLE openapi_intercom.news_items (
  type text,
  id text PRIMARY KEY,
  workspace_id text,
  title text,
  body text,
  sender_id bigint,
  state text,
  newsfeed_assignments jsonb,
  labels jsonb,
  cover_image_url text,
  reactions jsonb,
  deliver_silently boolean,
  created_at bigint,
  updated_at bigint
);
INSERT INTO openapi_intercom.news_items (type, id, workspace_id, title, body, sender_id, state, newsfeed_assignments, labels, cover_image_url, reactions, deliver_silently, created_at, updated_at) VALUES
  ('news-item', '141', 'ecahpwf5', 'New feature: invoice export', '<p>Export invoices as CSV.</p>', 6124530, 'live', '[{"newsfeed_id": 12312, "published_at": 1774917488}]', '["Product"]', 'https://bluesun.example.com/cover.jpg', '["👍", "🎉"]', false, 1774917400, 1774917488),
  ('news-item', '142', 'ecahpwf5', 'Scheduled maintenance', '<p>Saturday 02:00 UTC.</p>', 5017691, 'live', '[{"newsfeed_id": 12312, "published_at": 1775917488}, {"newsfeed_id": 12313, "published_at": 1775917488}]', '["Status"]', NULL, '[]', true, 1775917400, 1775917488),
  ('news-item', '143', 'ecahpwf5', 'Spring pricing', '<p>Draft copy.</p>', 5017693, 'draft', '[{"newsfeed_id": 12314, "published_at": null}]', '[]', NULL, '["👍"]', false, 1776917400, 1776917400);
-- newsfeeds: components.schemas.newsfeed (L32846), list endpoint GET /news/newsfeeds
CREATE TABLE openapi_intercom.newsfeeds (
  id text PRIMARY KEY,
  type text,
  name text,
  created_at bigint,
  updated_at bigint
);
INSERT INTO openapi_intercom.newsfeeds (id, type, name, created_at, updated_at) VALUES
  ('12312', 'newsfeed', 'Product updates', 1674917488, 1674917488),
  ('12313', 'newsfeed', 'Status', 1674917588, 1674917588),
  ('12314', 'newsfeed', 'Sales announcements', 1674917688, 1674917688);
-- data_attributes: components.schemas.data_attribute (L29214), list endpoint GET /data_attributes
CREATE TABLE openapi_intercom.data_attributes (
  type text,
  id bigint PRIMARY KEY,
  model text,
  name text,
  full_name text,
  label text,
  description text,
  data_type text,
  options jsonb,
  api_writable boolean,
  messenger_writable boolean,
  ui_writable boolean,
  custom boolean,
  archived boolean,
  created_at bigint,
  updated_at bigint,
  admin_id text
);
INSERT INTO openapi_intercom.data_attributes (type, id, model, name, full_name, label, description, data_type, options, api_writable, messenger_writable, ui_writable, custom, archived, created_at, updated_at, admin_id) VALUES
  ('data_attribute', 12878, 'contact', 'paid_subscriber', 'custom_attributes.paid_subscriber', 'Paid Subscriber', 'Whether the user is a paid subscriber.', 'boolean', '["true", "false"]', true, false, true, true, false, 1671028894, 1671028894, '5017691'),
  ('data_attribute', 12879, 'company', 'monthly_spend', 'custom_attributes.monthly_spend', 'Monthly Spend', 'Revenue per month in USD.', 'float', NULL, true, false, true, true, false, 1671029000, 1671029000, '5017693'),
  ('data_attribute', 12880, 'contact', 'plan_tier', 'custom_attributes.plan_tier', 'Plan tier', 'Pricing tier.', 'string', '["free", "pro", "enterprise"]', true, false, true, true, true, 1671030000, 1741030000, '5017691');
-- subscription_types: components.schemas.subscription_type (L33420), list endpoint GET /subscription_types
CREATE TABLE openapi_intercom.subscription_types (
  type text,
  id text PRIMARY KEY,
  state text,
  default_translation jsonb,
  translations jsonb,
  consent_type text,
  content_types jsonb
);
INSERT INTO openapi_intercom.subscription_types (type, id, state, default_translation, translations, consent_type, content_types) VALUES
  ('subscription', '123456', 'live', '{"type": "translation", "name": "Newsletters", "description": "Monthly product newsletter", "locale": "en"}', '[{"type": "translation", "name": "Newsletters", "description": "Monthly product newsletter", "locale": "en"}]', 'opt_out', '["email"]'),
  ('subscription', '123457', 'live', '{"type": "translation", "name": "Product tips", "description": "Occasional tips", "locale": "en"}', '[{"type": "translation", "name": "Product tips", "description": "Occasional tips", "locale": "en"}, {"type": "translation", "name": "Astuces", "description": "Astuces produit", "locale": "fr"}]', 'opt_in', '["email", "sms_message"]'),
  ('subscription', '123458', 'draft', '{"type": "translation", "name": "Events", "description": "Invitations to webinars", "locale": "en"}', '[{"type": "translation", "name": "Events", "description": "Invitations to webinars", "locale": "en"}]', 'opt_in', '["email"]');
-- calls: components.schemas.call (L28947), list endpoint GET /calls
CREATE TABLE openapi_intercom.calls (
  type text,
  id text PRIMARY KEY,
  conversation_id text,
  admin_id text,
  contact_id text,
  state text,
  initiated_at bigint,
  answered_at bigint,
  ended_at bigint,
  created_at bigint,
  updated_at bigint,
  recording_url text,
  transcription_url text,
  call_type text,
  direction text,
  ended_reason text,
  phone text,
  fin_recording_url text,
  fin_transcription_url text
);
INSERT INTO openapi_intercom.calls (type, id, conversation_id, admin_id, contact_id, state, initiated_at, answered_at, ended_at, created_at, updated_at, recording_url, transcription_url, call_type, direction, ended_reason, phone, fin_recording_url, fin_transcription_url) VALUES
  ('call', '8841', '215471234560014', '5017693', '6762f0dd1bb69f9f2193bb91', 'completed', 1779020500, 1779020512, 1779020912, 1779020500, 1779020920, 'https://api.intercom.io/calls/8841/recording', 'https://api.intercom.io/calls/8841/transcript', 'phone', 'outbound', 'completed', '+15551234567', NULL, NULL),
  ('call', '8842', '215471234560013', '5017693', '6762f0dd1bb69f9f2193bb83', 'completed', 1779011000, 1779011012, 1779011412, 1779011000, 1779011420, 'https://api.intercom.io/calls/8842/recording', 'https://api.intercom.io/calls/8842/transcript', 'phone', 'inbound', 'completed', '+15551234567', NULL, NULL),
  ('call', '8843', '215471234560011', '5017692', '5ba682d23d7cf92bef87bfd4', 'completed', 1779000900, 1779000912, 1779001312, 1779000900, 1779001320, 'https://api.intercom.io/calls/8843/recording', 'https://api.intercom.io/calls/8843/transcript', 'phone', 'inbound', 'completed', '+15551234567', NULL, NULL);
-- activity_logs: components.schemas.activity_log (L22405), list endpoint GET /admins/activity_logs
CREATE TABLE openapi_intercom.activity_logs (
  id text PRIMARY KEY,
  performed_by jsonb,
  metadata jsonb,
  created_at bigint,
  activity_type text,
  activity_description text
);
INSERT INTO openapi_intercom.activity_logs (id, performed_by, metadata, created_at, activity_type, activity_description) VALUES
  ('6', '{"type": "admin", "id": "5017691", "email": "joe@example.com", "ip": "198.51.100.255"}', '{"before": "Blue Sun", "after": "Blue Sun Inc"}', 1771028894, 'app_name_change', 'Joe Example changed your app name from Blue Sun to Blue Sun Inc.'),
  ('7', '{"type": "admin", "id": "5017692", "email": "maya@example.com", "ip": "198.51.100.17"}', '{"away_mode": true, "reassign_conversations": true}', 1771030000, 'admin_away_mode_change', 'Maya Ortiz changed their away mode.'),
  ('8', '{"type": "admin", "id": "5017691", "email": "joe@example.com", "ip": "198.51.100.255"}', '{"team": "Escalations"}', 1771040000, 'admin_invite_creation', 'Joe Example invited priya@example.com.');
-- brands: components.schemas.brand (L24393), list endpoint GET /brands
CREATE TABLE openapi_intercom.brands (
  type text,
  id text PRIMARY KEY,
  name text,
  is_default boolean,
  created_at bigint,
  updated_at bigint,
  help_center_id text,
  default_address_settings_id text
);
INSERT INTO openapi_intercom.brands (type, id, name, is_default, created_at, updated_at, help_center_id, default_address_settings_id) VALUES
  ('brand', '10', 'Blue Sun', true, 1673778600, 1711031100, '123', '15'),
  ('brand', '11', 'Blue Sun Developers', false, 1680000000, 1711032000, '124', '17'),
  ('brand', '12', 'Sunbeam (sub-brand)', false, 1690000000, 1711033000, NULL, '18');
-- email_settings: components.schemas.email_setting (L30977), list endpoint GET /emails
CREATE TABLE openapi_intercom.email_settings (
  type text,
  id text PRIMARY KEY,
  email text,
  verified boolean,
  domain text,
  brand_id text,
  forwarding_enabled boolean,
  forwarded_email_last_received_at bigint,
  created_at bigint,
  updated_at bigint
);
INSERT INTO openapi_intercom.email_settings (type, id, email, verified, domain, brand_id, forwarding_enabled, forwarded_email_last_received_at, created_at, updated_at) VALUES
  ('email_setting', '15', 'support@bluesun.example.com', true, 'bluesun.example.com', '10', true, 1710498600, 1692530400, 1710498600),
  ('email_setting', '16', 'billing@bluesun.example.com', true, 'bluesun.example.com', '10', false, NULL, 1692531400, 1700498600),
  ('email_setting', '17', 'devs@bluesun.example.com', true, 'bluesun.example.com', '11', true, 1710400000, 1692532400, 1710400000),
  ('email_setting', '18', 'hello@sunbeam.example.com', false, 'sunbeam.example.com', '12', false, NULL, 1692533400, 1692533400);
-- content_import_sources: components.schemas.content_import_source (L26060), list endpoint GET /ai/content_import_sources
CREATE TABLE openapi_intercom.content_import_sources (
  type text,
  id bigint PRIMARY KEY,
  last_synced_at bigint,
  sync_behavior text,
  status text,
  url text,
  created_at bigint,
  updated_at bigint,
  audience_ids jsonb
);
INSERT INTO openapi_intercom.content_import_sources (type, id, last_synced_at, sync_behavior, status, url, created_at, updated_at, audience_ids) VALUES
  ('content_import_source', 1234, 1772928610, 'api', 'active', 'https://docs.bluesun.example.com/', 1762928359, 1772928610, '[5678]'),
  ('content_import_source', 1235, 1772938610, 'automatic', 'active', 'https://bluesun.example.com/blog/', 1762938359, 1772938610, '[]'),
  ('content_import_source', 1236, NULL, 'manual', 'deactivated', 'https://old.bluesun.example.com/', 1762948359, 1762948359, '[]');
-- external_pages: components.schemas.external_page (L31225), list endpoint GET /ai/external_pages
CREATE TABLE openapi_intercom.external_pages (
  type text,
  id text PRIMARY KEY,
  title text,
  html text,
  url text,
  ai_agent_availability boolean,
  ai_copilot_availability boolean,
  ai_sales_agent_availability boolean,
  fin_availability boolean,
  locale text,
  source_id bigint,
  external_id text,
  created_at bigint,
  updated_at bigint,
  last_ingested_at bigint
);
INSERT INTO openapi_intercom.external_pages (type, id, title, html, url, ai_agent_availability, ai_copilot_availability, ai_sales_agent_availability, fin_availability, locale, source_id, external_id, created_at, updated_at, last_ingested_at) VALUES
  ('external_page', '55001', 'API quickstart', '<p>API quickstart</p>', 'https://docs.bluesun.example.com/en/api-quickstart', true, true, false, true, 'en', 1234, 'api-quickstart', 1772928400, 1772928500, 1772928500),
  ('external_page', '55002', 'Webhooks', '<p>Webhooks</p>', 'https://docs.bluesun.example.com/en/webhooks', true, true, false, true, 'en', 1234, 'webhooks', 1772928500, 1772928600, 1772928600),
  ('external_page', '55003', 'Release notes 4.2', '<p>Release notes 4.2</p>', 'https://docs.bluesun.example.com/en/release-notes-4-2', true, true, false, true, 'en', 1235, 'release-notes-4-2', 1772938400, 1772938500, 1772938500),
  ('external_page', '55004', 'Why Blue Sun', '<p>Why Blue Sun</p>', 'https://docs.bluesun.example.com/en/why-blue-sun', true, true, false, true, 'en', 1235, 'why-blue-sun', 1772938500, 1772938600, 1772938600);
-- internal_articles: components.schemas.internal_article_list_item (L23771), list endpoint GET /internal_articles
CREATE TABLE openapi_intercom.internal_articles (
  type text,
  id text PRIMARY KEY,
  title text,
  body text,
  body_markdown text,
  owner_id bigint,
  author_id bigint,
  created_at bigint,
  updated_at bigint,
  locale text,
  audience_ids jsonb,
  ai_chatbot_availability boolean,
  ai_copilot_availability boolean,
  ai_sales_agent_availability boolean
);
INSERT INTO openapi_intercom.internal_articles (type, id, title, body, body_markdown, owner_id, author_id, created_at, updated_at, locale, audience_ids, ai_chatbot_availability, ai_copilot_availability, ai_sales_agent_availability) VALUES
  ('internal_article', '7001001', 'Refund policy (internal)', '<p>Refund policy (internal)</p>', '# Refund policy (internal)
', 5017691, 6124530, 1773000000, 1773000900, 'en', '[]', false, true, false),
  ('internal_article', '7001002', 'Escalation playbook', '<p>Escalation playbook</p>', '# Escalation playbook
', 5017692, 5017692, 1773100000, 1773100900, 'en', '[1, 2]', false, true, false),
  ('internal_article', '7001003', 'Sales discount rules', '<p>Sales discount rules</p>', '# Sales discount rules
', 5017693, 6124530, 1773200000, 1773200900, 'en', '[]', false, true, false);
-- data_connectors: components.schemas.data_connector (L30027), list endpoint GET /data_connectors
CREATE TABLE openapi_intercom.data_connectors (
  type text,
  id text PRIMARY KEY,
  name text,
  description text,
  state text,
  http_method text,
  direct_fin_usage boolean,
  created_by_admin_id text,
  updated_by_admin_id text,
  created_at timestamptz,
  updated_at timestamptz,
  execution_results_url text
);
INSERT INTO openapi_intercom.data_connectors (type, id, name, description, state, http_method, direct_fin_usage, created_by_admin_id, updated_by_admin_id, created_at, updated_at, execution_results_url) VALUES
  ('data_connector', '12345', 'Order Status Service', 'Fetches order status from the fulfilment API', 'live', 'get', true, '5017691', '5017692', '2025-11-15T09:30:00Z', '2026-01-20T14:22:15Z', '/data_connectors/12345/execution_results'),
  ('data_connector', '12346', 'Refund API', 'Creates refunds in billing', 'draft', 'post', false, '5017692', '5017692', '2025-12-01T10:00:00Z', '2025-12-02T11:00:00Z', '/data_connectors/12346/execution_results'),
  ('data_connector', '12347', 'CRM lookup', 'Looks up the account owner in the CRM', 'live', 'get', false, '5017693', '5017691', '2026-02-10T08:15:00Z', '2026-03-04T16:40:00Z', '/data_connectors/12347/execution_results');

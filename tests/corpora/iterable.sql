-- Corpus: iterable  (evaluation corpus for pg_sequin_hasura; schema as a Fivetran sync lands it, no foreign keys)
-- Source: https://github.com/fivetran/dbt_iterable  commit 8838bc578cf9b93f7ad23a113552b3c3ddf0e87d
--         (2026-05-26, "Buildkite improvements FY27 Q2 (#79)"), dbt package 'iterable' version 1.4.1.
--         Also used for uniqueness tests only: https://github.com/fivetran/dbt_iterable_source (archived)
--         commit 6ff63d12f26a852d6d239771c426451974b5411a (2025-03-03), package 'iterable_source' version 0.10.1.
-- Licence: Apache License 2.0 (both repositories, LICENSE file).
-- Files used: integration_tests/seeds/*.csv (18 seeds, rows + column order), macros/staging/get_*_columns.sql
--   (declared types), models/staging/src_iterable.yml + stg_iterable.yml (column docs), models/**/*.sql (joins),
--   integration_tests/dbt_project.yml (seed column_types); dbt_iterable_source models/stg_iterable.yml (tests).
-- Changes made:
--   * Schema name: iterable. Table names = seed names minus the "_data" suffix (seeds carry no "iterable_" prefix):
--     campaign_history, campaign_label_history, campaign_list_history, campaign_metrics,
--     campaign_suppression_list_history, channel, event, event_extension, list, list_user, message_type,
--     template_history, user_history, user_history_bq_json, user_unsubscribed_channel,
--     user_unsubscribed_channel_history, user_unsubscribed_message_type, user_unsubscribed_message_type_history.
--   * user_history_bq_json is the package's BigQuery-scenario substitute seed for user_history
--     (integration_tests/ci/test_scenarios.yml: iterable_user_history_identifier: "user_history_bq_json_data");
--     kept as its own table because every seed is kept.
--   * campaign_metrics is seeded but has no source entry, macro or model in the package; kept as seeded.
--   * Column names as in the seed headers, trimmed: campaign_history " updated_by_user_id" and event_extension
--     " catalog_collection_count" have a leading space in the CSV header (dbt lands them trimmed, see
--     docs/catalog.json); a UTF-8 BOM before user_unsubscribed_message_type_history "message_type_id" removed.
--   * Types: from macros/staging/get_<table>_columns.sql: type_int -> bigint, type_string -> text,
--     type_timestamp -> timestamp, type_numeric -> numeric, "boolean" -> boolean. The *_history variants of
--     user_unsubscribed_channel / user_unsubscribed_message_type use the macro of the non-history table (the tmp
--     models read one or the other), user_history_bq_json uses get_user_history_columns. Declared types kept even
--     where odd: campaign_history.template_id/workflow_id/send_size numeric; user_unsubscribed_message_type
--     .message_type_id text (macro says type_string); message_type.frequency_cap/rate_limit_per_minute text.
--     Seed-config varchar(100) for event.transactional_data / event_extension.payload replaced by the macro's text.
--     Columns with no declared type (chosen by meaning): event.ip text; event_extension image_url, sound,
--     deeplink_android, deeplink_ios, sms_provider_response_status/_message/_code/_more_info, message_context,
--     proxy_source, web_push_body/_click_action/_icon/_message text, is_ghost_push boolean,
--     product_recommendation_count numeric; user_history(+_bq_json) phone_number_carrier,
--     phone_number_country_code_iso, phone_number_line_type text, phone_number_updated_at timestamp;
--     campaign_metrics (no macro): date date, id bigint, _fivetran_deleted boolean, _fivetran_synced timestamp,
--     revenue* and average_order_value double precision, all other metric counts bigint.
--   * Values: verbatim; empty CSV field -> NULL; the literal string "null" in event.transactional_data and
--     event_extension.payload kept as text; surrounding blanks trimmed only for non-text columns.
--   * PRIMARY KEYs (uniqueness authority = dbt_iterable_source@6ff63d1 models/stg_iterable.yml tests, with
--     staging renames translated back; dbt_iterable HEAD dropped these tests in "Consolidate source + remove
--     tests (#63)"):
--       channel(id)            <- unique test on stg_iterable__channel.channel_id (= id)
--       list(id)               <- unique test on stg_iterable__list.list_id (= id)
--       message_type(id)       <- unique test on stg_iterable__message_type.message_type_id (= id)
--       campaign_history(id, updated_at)  <- unique_combination_of_columns [campaign_id, updated_at]
--       template_history(id, updated_at)  <- unique_combination_of_columns [template_id, updated_at]
--       user_history(email, updated_at), user_history_bq_json(email, updated_at)
--                              <- unique_combination_of_columns [unique_user_key, updated_at]; unique_user_key =
--                                 coalesce(_fivetran_id, email) (stg_iterable__user_history.sql:48) and the seed has
--                                 no _fivetran_id column, so it is email
--       event(_fivetran_id, _fivetran_user_id), event_extension(_fivetran_id, _fivetran_user_id)
--                              <- unique test on unique_event_id = surrogate of [_fivetran_id, _fivetran_user_id]
--       user_unsubscribed_channel(_fivetran_id, channel_id), user_unsubscribed_channel_history(email, channel_id,
--       updated_at), user_unsubscribed_message_type(_fivetran_id, message_type_id),
--       user_unsubscribed_message_type_history(email, message_type_id, updated_at)
--                              <- unique tests on unsub_channel_unique_key / unsub_message_type_unique_key, whose
--                                 documented components are these columns for the non-history / history tables
--       list_user(_fivetran_id) <- src_iterable.yml:383 "Unique identifier of the list-user relationship record";
--                                 iterable__users.sql:82 "in list_user it is a primary key"
--     No PK on campaign_label_history, campaign_list_history, campaign_suppression_list_history, campaign_metrics
--     (no uniqueness documented). No foreign keys, no other constraints.
DROP SCHEMA IF EXISTS iterable CASCADE;
CREATE SCHEMA iterable;
CREATE TABLE iterable."campaign_history" (
    "id" bigint,
    "updated_at" timestamp,
    "template_id" numeric,
    "recurring_campaign_id" bigint,
    "campaign_state" text,
    "created_at" timestamp,
    "created_by_user_id" text,
    "ended_at" timestamp,
    "name" text,
    "send_size" numeric,
    "start_at" timestamp,
    "type" text,
    "workflow_id" numeric,
    "_fivetran_synced" timestamp,
    "updated_by_user_id" text,
    "message_medium" text,
    PRIMARY KEY ("id", "updated_at")
);
INSERT INTO iterable."campaign_history" ("id", "updated_at", "template_id", "recurring_campaign_id", "campaign_state", "created_at", "created_by_user_id", "ended_at", "name", "send_size", "start_at", "type", "workflow_id", "_fivetran_synced", "updated_by_user_id", "message_medium") VALUES ('2452145', '2021-06-11 13:31:13.748', '3357343', NULL, 'Ready', '2021-06-11 13:31:13.748', 'jimmy.neutron@goddard.com', NULL, '20180618_fun_campaign campaign from Workflow 157274', NULL, NULL, 'Triggered', '157274', '2021-06-11 13:32:03.771', '12334', 'Email');
INSERT INTO iterable."campaign_history" ("id", "updated_at", "template_id", "recurring_campaign_id", "campaign_state", "created_at", "created_by_user_id", "ended_at", "name", "send_size", "start_at", "type", "workflow_id", "_fivetran_synced", "updated_by_user_id", "message_medium") VALUES ('2452149', '2021-06-11 13:31:20.601', '3357342', NULL, 'Ready', '2021-06-11 13:31:20.601', 'jimmy.neutron@goddard.com', NULL, '20180620_other_thing campaign from Workflow 157274', NULL, NULL, 'Triggered', '157274', '2021-06-11 13:32:03.771', '35644', 'Email');
CREATE TABLE iterable."campaign_label_history" (
    "campaign_id" bigint,
    "label" text,
    "updated_at" timestamp,
    "_fivetran_synced" timestamp
);
INSERT INTO iterable."campaign_label_history" ("campaign_id", "label", "updated_at", "_fivetran_synced") VALUES ('1725693', 'credit', '2020-11-17 09:01:50.043', '2020-11-17 09:24:27.197');
INSERT INTO iterable."campaign_label_history" ("campaign_id", "label", "updated_at", "_fivetran_synced") VALUES ('2039621', 'credit', '2021-02-25 12:58:27.892', '2021-06-11 19:33:40.874');
CREATE TABLE iterable."campaign_list_history" (
    "list_id" bigint,
    "campaign_id" bigint,
    "updated_at" timestamp,
    "_fivetran_synced" timestamp
);
INSERT INTO iterable."campaign_list_history" ("list_id", "campaign_id", "updated_at", "_fivetran_synced") VALUES ('917860', '2130198', '2021-03-22 14:08:09.677', '2021-03-22 14:28:38.158');
INSERT INTO iterable."campaign_list_history" ("list_id", "campaign_id", "updated_at", "_fivetran_synced") VALUES ('884829', '2081120', '2021-03-09 16:27:34.736', '2021-03-09 16:28:00.238');
CREATE TABLE iterable."campaign_metrics" (
    "date" date,
    "id" bigint,
    "_fivetran_deleted" boolean,
    "average_order_value" double precision,
    "purchases" bigint,
    "revenue" double precision,
    "revenue_m" double precision,
    "total_app_uninstalls" bigint,
    "total_complaints" bigint,
    "total_email_bounced" bigint,
    "total_email_clicked" bigint,
    "total_email_delivered" bigint,
    "total_email_opens" bigint,
    "total_email_sends" bigint,
    "total_hosted_unsubscribe_clicks" bigint,
    "total_purchases" bigint,
    "total_pushes_bounced" bigint,
    "total_pushes_delivered" bigint,
    "total_pushes_opened" bigint,
    "total_pushes_sent" bigint,
    "total_unsubscribes" bigint,
    "unique_email_bounced" bigint,
    "unique_email_clicks" bigint,
    "unique_email_opens_or_clicks" bigint,
    "unique_hosted_unsubscribe_clicks" bigint,
    "unique_purchases" bigint,
    "unique_pushes_bounced" bigint,
    "unique_pushes_opened" bigint,
    "unique_pushes_sent" bigint,
    "unique_unsubscribes" bigint,
    "total_push_send_skips" bigint,
    "total_in_app_opens" bigint,
    "unique_in_apps_delivered" bigint,
    "unique_in_app_sends" bigint,
    "total_in_app_closes" bigint,
    "total_inbox_impressions" bigint,
    "unique_pushes_delivered" bigint,
    "unique_in_app_clicks" bigint,
    "unique_emails_delivered" bigint,
    "total_in_app_clicks" bigint,
    "total_in_app_deletes" bigint,
    "total_in_app_sent" bigint,
    "total_in_apps_delivered" bigint,
    "unique_in_app_opens" bigint,
    "total_email_holdout" bigint,
    "total_email_send_skips" bigint,
    "unique_email_sends" bigint,
    "unique_emails_opens" bigint,
    "total_in_app_holdout" bigint,
    "total_in_app_send_skips" bigint,
    "total_push_holdout" bigint,
    "_fivetran_synced" timestamp,
    "total_sms_holdout" bigint,
    "unique_sms_sent" bigint,
    "total_sms_delivered" bigint,
    "total_sms_sent" bigint,
    "total_inbound_sms" bigint,
    "total_sms_bounced" bigint,
    "total_sms_send_skips" bigint,
    "unique_inbound_sms" bigint,
    "unique_sms_delivered" bigint,
    "unique_sms_bounced" bigint,
    "revenue_m_sms_" double precision,
    "purchases_m_sms_" bigint,
    "purchases_m_email_" bigint,
    "revenue_m_push_" double precision,
    "revenue_m_email_" double precision,
    "purchases_m_push_" bigint
);
INSERT INTO iterable."campaign_metrics" ("date", "id", "_fivetran_deleted", "average_order_value", "purchases", "revenue", "revenue_m", "total_app_uninstalls", "total_complaints", "total_email_bounced", "total_email_clicked", "total_email_delivered", "total_email_opens", "total_email_sends", "total_hosted_unsubscribe_clicks", "total_purchases", "total_pushes_bounced", "total_pushes_delivered", "total_pushes_opened", "total_pushes_sent", "total_unsubscribes", "unique_email_bounced", "unique_email_clicks", "unique_email_opens_or_clicks", "unique_hosted_unsubscribe_clicks", "unique_purchases", "unique_pushes_bounced", "unique_pushes_opened", "unique_pushes_sent", "unique_unsubscribes", "total_push_send_skips", "total_in_app_opens", "unique_in_apps_delivered", "unique_in_app_sends", "total_in_app_closes", "total_inbox_impressions", "unique_pushes_delivered", "unique_in_app_clicks", "unique_emails_delivered", "total_in_app_clicks", "total_in_app_deletes", "total_in_app_sent", "total_in_apps_delivered", "unique_in_app_opens", "total_email_holdout", "total_email_send_skips", "unique_email_sends", "unique_emails_opens", "total_in_app_holdout", "total_in_app_send_skips", "total_push_holdout", "_fivetran_synced", "total_sms_holdout", "unique_sms_sent", "total_sms_delivered", "total_sms_sent", "total_inbound_sms", "total_sms_bounced", "total_sms_send_skips", "unique_inbound_sms", "unique_sms_delivered", "unique_sms_bounced", "revenue_m_sms_", "purchases_m_sms_", "purchases_m_email_", "revenue_m_push_", "revenue_m_email_", "purchases_m_push_") VALUES ('2021-05-02', '801383', 'FALSE', '0', NULL, '0', NULL, NULL, '0', '0', '0', '0', '0', '0', NULL, '0', NULL, NULL, NULL, NULL, '0', '0', '0', '0', NULL, '0', NULL, NULL, NULL, '0', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '0', NULL, NULL, NULL, NULL, NULL, '0', '0', '0', '0', NULL, NULL, NULL, '2021-05-03 00:31:32.251', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '0', NULL, '0', NULL);
INSERT INTO iterable."campaign_metrics" ("date", "id", "_fivetran_deleted", "average_order_value", "purchases", "revenue", "revenue_m", "total_app_uninstalls", "total_complaints", "total_email_bounced", "total_email_clicked", "total_email_delivered", "total_email_opens", "total_email_sends", "total_hosted_unsubscribe_clicks", "total_purchases", "total_pushes_bounced", "total_pushes_delivered", "total_pushes_opened", "total_pushes_sent", "total_unsubscribes", "unique_email_bounced", "unique_email_clicks", "unique_email_opens_or_clicks", "unique_hosted_unsubscribe_clicks", "unique_purchases", "unique_pushes_bounced", "unique_pushes_opened", "unique_pushes_sent", "unique_unsubscribes", "total_push_send_skips", "total_in_app_opens", "unique_in_apps_delivered", "unique_in_app_sends", "total_in_app_closes", "total_inbox_impressions", "unique_pushes_delivered", "unique_in_app_clicks", "unique_emails_delivered", "total_in_app_clicks", "total_in_app_deletes", "total_in_app_sent", "total_in_apps_delivered", "unique_in_app_opens", "total_email_holdout", "total_email_send_skips", "unique_email_sends", "unique_emails_opens", "total_in_app_holdout", "total_in_app_send_skips", "total_push_holdout", "_fivetran_synced", "total_sms_holdout", "unique_sms_sent", "total_sms_delivered", "total_sms_sent", "total_inbound_sms", "total_sms_bounced", "total_sms_send_skips", "unique_inbound_sms", "unique_sms_delivered", "unique_sms_bounced", "revenue_m_sms_", "purchases_m_sms_", "purchases_m_email_", "revenue_m_push_", "revenue_m_email_", "purchases_m_push_") VALUES ('2021-05-02', '803061', 'FALSE', '0', NULL, '0', NULL, NULL, '0', '0', '0', '0', '0', '0', NULL, '0', NULL, NULL, NULL, NULL, '0', '0', '0', '0', NULL, '0', NULL, NULL, NULL, '0', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '0', NULL, NULL, NULL, NULL, NULL, '0', '0', '0', '0', NULL, NULL, NULL, '2021-05-03 00:31:32.210', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '0', NULL, '0', NULL);
CREATE TABLE iterable."campaign_suppression_list_history" (
    "suppressed_list_id" bigint,
    "campaign_id" bigint,
    "updated_at" timestamp,
    "_fivetran_synced" timestamp
);
INSERT INTO iterable."campaign_suppression_list_history" ("suppressed_list_id", "campaign_id", "updated_at", "_fivetran_synced") VALUES ('476741', '2130198', '2021-03-22 14:08:09.677', '2021-03-22 14:28:38.158');
INSERT INTO iterable."campaign_suppression_list_history" ("suppressed_list_id", "campaign_id", "updated_at", "_fivetran_synced") VALUES ('359414', '2081120', '2021-03-09 16:27:34.736', '2021-03-09 16:28:00.320');
CREATE TABLE iterable."channel" (
    "id" bigint,
    "name" text,
    "channel_type" text,
    "message_medium" text,
    "_fivetran_deleted" boolean,
    "_fivetran_synced" timestamp,
    PRIMARY KEY ("id")
);
INSERT INTO iterable."channel" ("id", "name", "channel_type", "message_medium", "_fivetran_deleted", "_fivetran_synced") VALUES ('11249', 'Marketing Channel', 'Marketing', 'Email', 'FALSE', '2021-06-11 19:23:43.142');
INSERT INTO iterable."channel" ("id", "name", "channel_type", "message_medium", "_fivetran_deleted", "_fivetran_synced") VALUES ('11250', 'Transactional Channel', 'Transactional', 'Email', 'FALSE', '2021-06-11 19:23:43.142');
CREATE TABLE iterable."event" (
    "_fivetran_id" text,
    "email" text,
    "campaign_id" bigint,
    "message_id" text,
    "content_id" numeric,
    "created_at" timestamp,
    "event_name" text,
    "ip" text,
    "message_bus_id" text,
    "message_type_id" bigint,
    "recipient_state" text,
    "status" text,
    "unsub_source" text,
    "user_agent" text,
    "user_agent_device" text,
    "transactional_data" text,
    "additional_properties" text,
    "_fivetran_synced" timestamp,
    "_fivetran_user_id" text,
    PRIMARY KEY ("_fivetran_id", "_fivetran_user_id")
);
INSERT INTO iterable."event" ("_fivetran_id", "email", "campaign_id", "message_id", "content_id", "created_at", "event_name", "ip", "message_bus_id", "message_type_id", "recipient_state", "status", "unsub_source", "user_agent", "user_agent_device", "transactional_data", "additional_properties", "_fivetran_synced", "_fivetran_user_id") VALUES ('HFNB4mJWJeXKk7AwJAEPCCmvpkM=', 'nobody@gmail.co.uk', NULL, NULL, NULL, '2020-06-12 14:42:41.000', 'emailSubscribe', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'null', '{"channelIds": "[]","emailListIds": "[575561]","hasThisThing": "Yes","hasOtherThing": "Yes","hasOverdueThing": "Yes","didAThing": "Yes","isAFriend": "Yes","isCool": "Yes","isMean": "No","profileUpdatedAt": "2020-06-12 14:39:11 +00:00","signupSource": "Import"}', '2020-08-04 12:04:05.997', '987654');
INSERT INTO iterable."event" ("_fivetran_id", "email", "campaign_id", "message_id", "content_id", "created_at", "event_name", "ip", "message_bus_id", "message_type_id", "recipient_state", "status", "unsub_source", "user_agent", "user_agent_device", "transactional_data", "additional_properties", "_fivetran_synced", "_fivetran_user_id") VALUES ('6dfiQcLoFB96e+oOBqzBDsXnMXU=', 'myson@gmail.com', NULL, NULL, NULL, '2020-03-26 12:30:43.000', 'emailSubscribe', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'null', '{"channelIds": "[]","emailListIds": "[501079]","profileUpdatedAt": "2020-03-26 12:30:42 +00:00","signupSource": "Import"}', '2020-08-04 14:10:39.711', '12345');
INSERT INTO iterable."event" ("_fivetran_id", "email", "campaign_id", "message_id", "content_id", "created_at", "event_name", "ip", "message_bus_id", "message_type_id", "recipient_state", "status", "unsub_source", "user_agent", "user_agent_device", "transactional_data", "additional_properties", "_fivetran_synced", "_fivetran_user_id") VALUES ('7sdfQcLoFB96e+oOBqzBDsXnNYU=', 'myson@gmail.com', NULL, NULL, NULL, '2020-06-12 18:30:43.000', 'newEvent', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'null', '{"channelIds": "[]","emailListIds": "[501079,101]","profileUpdatedAt": "2020-04-21 12:30:42 +00:00","signupSource": "Import"}', '2020-08-07 02:10:19.243', '12345');
INSERT INTO iterable."event" ("_fivetran_id", "email", "campaign_id", "message_id", "content_id", "created_at", "event_name", "ip", "message_bus_id", "message_type_id", "recipient_state", "status", "unsub_source", "user_agent", "user_agent_device", "transactional_data", "additional_properties", "_fivetran_synced", "_fivetran_user_id") VALUES ('USA101', 'nobody@gmail.co.uk', NULL, NULL, NULL, '2020-06-12 18:30:43.000', 'newEvent', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'null', NULL, '2020-08-07 02:10:19.243', '987654');
INSERT INTO iterable."event" ("_fivetran_id", "email", "campaign_id", "message_id", "content_id", "created_at", "event_name", "ip", "message_bus_id", "message_type_id", "recipient_state", "status", "unsub_source", "user_agent", "user_agent_device", "transactional_data", "additional_properties", "_fivetran_synced", "_fivetran_user_id") VALUES ('8nxrQcLoFB96e+oOBqzBDsXnMBU=', 'myson@gmail.com', NULL, NULL, NULL, '2020-07-12 18:30:43.000', 'newEvent', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'null', '{"channelIds": "[]","emailListIds": "[501079,101]","profileUpdatedAt": "2020-04-21 12:30:42 +00:00","signupSource": "Import"}', '2020-08-07 02:10:19.243', '12345');
INSERT INTO iterable."event" ("_fivetran_id", "email", "campaign_id", "message_id", "content_id", "created_at", "event_name", "ip", "message_bus_id", "message_type_id", "recipient_state", "status", "unsub_source", "user_agent", "user_agent_device", "transactional_data", "additional_properties", "_fivetran_synced", "_fivetran_user_id") VALUES ('djjfhdjkdagS3r5fd', 'abc@gmail.com', NULL, NULL, NULL, '2020-07-12 22:30:43.000', 'newEvent', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'null', '{"channelIds": "[]","emailListIds": "[501079,101]","profileUpdatedAt": "2020-04-21 12:30:42 +00:00","signupSource": "Import"}', '2020-08-07 02:10:19.243', '5678');
CREATE TABLE iterable."event_extension" (
    "_fivetran_id" text,
    "app_already_running" boolean,
    "badge" text,
    "canonical_url_id" text,
    "content_available" boolean,
    "content_id" numeric,
    "device" text,
    "email_id" text,
    "email_subject" text,
    "experiment_id" text,
    "from_phone_number_id" numeric,
    "from_smssender_id" numeric,
    "image_url" text,
    "is_ghost_push" boolean,
    "link_id" text,
    "link_url" text,
    "platform_endpoint" text,
    "push_message" text,
    "region" text,
    "sms_message" text,
    "sound" text,
    "to_phone_number" text,
    "url" text,
    "workflow_id" text,
    "workflow_name" text,
    "locale" text,
    "deeplink_android" text,
    "deeplink_ios" text,
    "payload" text,
    "sms_provider_response_status" text,
    "sms_provider_response_message" text,
    "sms_provider_response_code" text,
    "sms_provider_response_more_info" text,
    "_fivetran_synced" timestamp,
    "catalog_collection_count" numeric,
    "catalog_lookup_count" numeric,
    "city" text,
    "clicked_url" text,
    "country" text,
    "error_code" text,
    "expires_at" timestamp,
    "from_phone_number" text,
    "in_app_body" text,
    "is_sms_estimation" boolean,
    "labels" text,
    "message_context" text,
    "message_status" text,
    "mms_send_count" numeric,
    "product_recommendation_count" numeric,
    "proxy_source" text,
    "reason" text,
    "sms_send_count" numeric,
    "web_push_body" text,
    "web_push_click_action" text,
    "web_push_icon" text,
    "web_push_message" text,
    "_fivetran_user_id" text,
    PRIMARY KEY ("_fivetran_id", "_fivetran_user_id")
);
INSERT INTO iterable."event_extension" ("_fivetran_id", "app_already_running", "badge", "canonical_url_id", "content_available", "content_id", "device", "email_id", "email_subject", "experiment_id", "from_phone_number_id", "from_smssender_id", "image_url", "is_ghost_push", "link_id", "link_url", "platform_endpoint", "push_message", "region", "sms_message", "sound", "to_phone_number", "url", "workflow_id", "workflow_name", "locale", "deeplink_android", "deeplink_ios", "payload", "sms_provider_response_status", "sms_provider_response_message", "sms_provider_response_code", "sms_provider_response_more_info", "_fivetran_synced", "catalog_collection_count", "catalog_lookup_count", "city", "clicked_url", "country", "error_code", "expires_at", "from_phone_number", "in_app_body", "is_sms_estimation", "labels", "message_context", "message_status", "mms_send_count", "product_recommendation_count", "proxy_source", "reason", "sms_send_count", "web_push_body", "web_push_click_action", "web_push_icon", "web_push_message", "_fivetran_user_id") VALUES ('aTh7qnEKD39s4hM7DuWoRmZYGME=', NULL, NULL, NULL, NULL, NULL, NULL, 'c366857:t526551:jimmyneutron@gmail.com', 'Discover spiders on the web', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '28801', 'Automation', NULL, NULL, NULL, 'null', NULL, NULL, NULL, NULL, '2020-09-02 11:02:28.237', '5', '10', 'New York', 'https://example.com', 'USA', '404', '2023-11-01', '1234567890', 'Special offer: 20% off your next purchase!', 'true', 'Promotion,Sale', 'Order Confirmation', 'Delivered', '3', '7', 'Website', 'Item out of stock', '15', 'Limited Time Offer', 'OpenURL', 'promo.png', 'Don''t miss out on our latest deals!', '987654');
INSERT INTO iterable."event_extension" ("_fivetran_id", "app_already_running", "badge", "canonical_url_id", "content_available", "content_id", "device", "email_id", "email_subject", "experiment_id", "from_phone_number_id", "from_smssender_id", "image_url", "is_ghost_push", "link_id", "link_url", "platform_endpoint", "push_message", "region", "sms_message", "sound", "to_phone_number", "url", "workflow_id", "workflow_name", "locale", "deeplink_android", "deeplink_ios", "payload", "sms_provider_response_status", "sms_provider_response_message", "sms_provider_response_code", "sms_provider_response_more_info", "_fivetran_synced", "catalog_collection_count", "catalog_lookup_count", "city", "clicked_url", "country", "error_code", "expires_at", "from_phone_number", "in_app_body", "is_sms_estimation", "labels", "message_context", "message_status", "mms_send_count", "product_recommendation_count", "proxy_source", "reason", "sms_send_count", "web_push_body", "web_push_click_action", "web_push_icon", "web_push_message", "_fivetran_user_id") VALUES ('YN3lYDmQlhe9/W23LTk5vVVkMUE=', NULL, NULL, NULL, NULL, NULL, NULL, 'c1180256:t1648919:gregorythefool@balthazar.com', 'We’re sorry to see you go!', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'BGW', NULL, NULL, NULL, NULL, '83250', 'Workflow - Survey', NULL, NULL, NULL, 'null', NULL, NULL, NULL, NULL, '2020-09-02 11:02:27.578', '5', '10', 'New York', 'https://example.com', 'USA', '200', '2023-12-31 23:59:59', '+1234567890', 'This is an in-app message.', 'true', 'Sale, Promotion', 'Checkout Page', 'Delivered', '2', '5', 'App Server', 'Transaction success', '50', 'Huge Sale Today', 'OpenURL', 'sale_icon.png', 'Don''t miss out on our latest offers!', '12345');
CREATE TABLE iterable."list" (
    "id" bigint,
    "name" text,
    "created_at" timestamp,
    "list_type" text,
    "_fivetran_deleted" boolean,
    "_fivetran_synced" timestamp,
    "description" text,
    PRIMARY KEY ("id")
);
INSERT INTO iterable."list" ("id", "name", "created_at", "list_type", "_fivetran_deleted", "_fivetran_synced", "description") VALUES ('957618', 'Deletion - split 3', '2021-04-14 16:11:32.597', 'Standard', 'TRUE', '2021-04-14 16:17:25.702', 'deletion');
INSERT INTO iterable."list" ("id", "name", "created_at", "list_type", "_fivetran_deleted", "_fivetran_synced", "description") VALUES ('879145', 'budget for party', '2021-03-04 15:12:58.742', 'Dynamic', 'TRUE', '2021-03-05 17:17:31.034', 'budget');
CREATE TABLE iterable."list_user" (
    "_fivetran_id" text,
    "index" bigint,
    "list_id" bigint,
    "_fivetran_synced" timestamp,
    PRIMARY KEY ("_fivetran_id")
);
INSERT INTO iterable."list_user" ("_fivetran_id", "index", "list_id", "_fivetran_synced") VALUES ('glennclose@hoodwinked.com-826724', '0', '826724', '2021-06-03 09:18:13.877');
INSERT INTO iterable."list_user" ("_fivetran_id", "index", "list_id", "_fivetran_synced") VALUES ('glennclose@hoodwinked.com-884398', '1', '884398', '2021-06-03 09:18:13.877');
CREATE TABLE iterable."message_type" (
    "id" bigint,
    "name" text,
    "channel_id" bigint,
    "_fivetran_deleted" boolean,
    "_fivetran_synced" timestamp,
    "created_at" timestamp,
    "frequency_cap" text,
    "rate_limit_per_minute" text,
    "subscription_policy" text,
    "updated_at" timestamp,
    PRIMARY KEY ("id")
);
INSERT INTO iterable."message_type" ("id", "name", "channel_id", "_fivetran_deleted", "_fivetran_synced", "created_at", "frequency_cap", "rate_limit_per_minute", "subscription_policy", "updated_at") VALUES ('50806', 'Event Invites', '13508', 'TRUE', '2021-03-10 14:17:29.467', '2023-10-25 15:30:00', '5', '100', 'Gold', '2023-10-25 16:45:00');
INSERT INTO iterable."message_type" ("id", "name", "channel_id", "_fivetran_deleted", "_fivetran_synced", "created_at", "frequency_cap", "rate_limit_per_minute", "subscription_policy", "updated_at") VALUES ('50830', 'Event Invites', '14206', 'FALSE', '2021-06-14 14:17:32.568', '2023-10-25 15:30:00', '5', '1000', 'Basic', '2023-10-25 15:45:00');
INSERT INTO iterable."message_type" ("id", "name", "channel_id", "_fivetran_deleted", "_fivetran_synced", "created_at", "frequency_cap", "rate_limit_per_minute", "subscription_policy", "updated_at") VALUES ('20246', 'Event Invites', '11249', 'FALSE', '2021-06-14 14:17:32.568', '2023-10-25 15:30:00', '5', '1000', 'Basic', '2023-10-25 15:45:00');
INSERT INTO iterable."message_type" ("id", "name", "channel_id", "_fivetran_deleted", "_fivetran_synced", "created_at", "frequency_cap", "rate_limit_per_minute", "subscription_policy", "updated_at") VALUES ('20248', 'Event Invites', '11249', 'FALSE', '2021-06-14 14:17:32.568', '2023-10-25 15:30:00', '5', '1000', 'Basic', '2023-10-25 15:45:00');
INSERT INTO iterable."message_type" ("id", "name", "channel_id", "_fivetran_deleted", "_fivetran_synced", "created_at", "frequency_cap", "rate_limit_per_minute", "subscription_policy", "updated_at") VALUES ('20247', 'Purchases', '11250', 'FALSE', '2021-06-14 14:17:32.568', '2023-10-25 15:30:00', '5', '1000', 'Basic', '2023-10-25 15:45:00');
CREATE TABLE iterable."template_history" (
    "id" bigint,
    "updated_at" timestamp,
    "message_type_id" bigint,
    "client_template_id" numeric,
    "created_at" timestamp,
    "creator_user_id" text,
    "name" text,
    "template_type" text,
    "_fivetran_synced" timestamp,
    PRIMARY KEY ("id", "updated_at")
);
INSERT INTO iterable."template_history" ("id", "updated_at", "message_type_id", "client_template_id", "created_at", "creator_user_id", "name", "template_type", "_fivetran_synced") VALUES ('3253806', '2021-05-25 09:04:44.383', '15407', NULL, '2021-05-24 14:00:39.882', 'shaquille.oneal@gmail.com', 'fun_email', 'Base', '2021-05-25 09:17:34.426');
INSERT INTO iterable."template_history" ("id", "updated_at", "message_type_id", "client_template_id", "created_at", "creator_user_id", "name", "template_type", "_fivetran_synced") VALUES ('3253806', '2021-05-24 14:10:04.095', '15407', NULL, '2021-05-24 14:00:39.882', 'shazam.the.genie@yahoo.com', 'even_more_fun_email', 'Base', '2021-05-24 14:17:53.443');
CREATE TABLE iterable."user_history_bq_json" (
    "email" text,
    "updated_at" timestamp,
    "first_name" text,
    "last_name" text,
    "phone_number" text,
    "user_id" text,
    "signup_date" timestamp,
    "signup_source" text,
    "phone_number_carrier" text,
    "phone_number_country_code_iso" text,
    "phone_number_line_type" text,
    "phone_number_updated_at" timestamp,
    "_fivetran_synced" timestamp,
    "email_list_ids" text,
    "iterable_user_id" text,
    PRIMARY KEY ("email", "updated_at")
);
INSERT INTO iterable."user_history_bq_json" ("email", "updated_at", "first_name", "last_name", "phone_number", "user_id", "signup_date", "signup_source", "phone_number_carrier", "phone_number_country_code_iso", "phone_number_line_type", "phone_number_updated_at", "_fivetran_synced", "email_list_ids", "iterable_user_id") VALUES ('fake_emailatdotcome', '2021-06-03 08:18:30.000', NULL, NULL, NULL, NULL, '2021-06-03 08:14:55.000', 'Import', NULL, NULL, NULL, NULL, '2021-06-03 09:18:13.877', '[826724,884398]', '12345');
INSERT INTO iterable."user_history_bq_json" ("email", "updated_at", "first_name", "last_name", "phone_number", "user_id", "signup_date", "signup_source", "phone_number_carrier", "phone_number_country_code_iso", "phone_number_line_type", "phone_number_updated_at", "_fivetran_synced", "email_list_ids", "iterable_user_id") VALUES ('fake_email_twoatdotcome', '2021-06-03 08:32:01.000', NULL, NULL, NULL, NULL, '2021-06-03 08:32:01.000', 'API', NULL, NULL, NULL, NULL, '2021-06-03 09:18:13.708', '[]', '33333');
CREATE TABLE iterable."user_history" (
    "email" text,
    "updated_at" timestamp,
    "first_name" text,
    "last_name" text,
    "phone_number" text,
    "user_id" text,
    "signup_date" timestamp,
    "signup_source" text,
    "phone_number_carrier" text,
    "phone_number_country_code_iso" text,
    "phone_number_line_type" text,
    "phone_number_updated_at" timestamp,
    "_fivetran_synced" timestamp,
    "email_list_ids" text,
    "iterable_user_id" text,
    PRIMARY KEY ("email", "updated_at")
);
INSERT INTO iterable."user_history" ("email", "updated_at", "first_name", "last_name", "phone_number", "user_id", "signup_date", "signup_source", "phone_number_carrier", "phone_number_country_code_iso", "phone_number_line_type", "phone_number_updated_at", "_fivetran_synced", "email_list_ids", "iterable_user_id") VALUES ('glennclose@hoodwinked.com', '2021-06-03 08:18:30.000', NULL, NULL, NULL, NULL, '2021-06-03 08:14:55.000', 'Import', NULL, NULL, NULL, NULL, '2021-06-03 09:18:13.877', '[826724,884398]', '12345');
INSERT INTO iterable."user_history" ("email", "updated_at", "first_name", "last_name", "phone_number", "user_id", "signup_date", "signup_source", "phone_number_carrier", "phone_number_country_code_iso", "phone_number_line_type", "phone_number_updated_at", "_fivetran_synced", "email_list_ids", "iterable_user_id") VALUES ('innitluv@theguardian.co.uk', '2021-06-03 08:32:01.000', NULL, NULL, NULL, NULL, '2021-06-03 08:32:01.000', 'API', NULL, NULL, NULL, NULL, '2021-06-03 09:18:13.708', '[]', '33333');
CREATE TABLE iterable."user_unsubscribed_channel" (
    "_fivetran_id" text,
    "channel_id" bigint,
    "_fivetran_synced" timestamp,
    PRIMARY KEY ("_fivetran_id", "channel_id")
);
INSERT INTO iterable."user_unsubscribed_channel" ("_fivetran_id", "channel_id", "_fivetran_synced") VALUES ('pt43WmaoxSuKgVW/vpaUDaSsNSA=', '83033', '2023-08-10 05:52:56.840000');
INSERT INTO iterable."user_unsubscribed_channel" ("_fivetran_id", "channel_id", "_fivetran_synced") VALUES ('pt43WmaoxSuKgVW/vpaUDaSsNSA=', '86219', '2023-08-10 05:52:56.841000');
CREATE TABLE iterable."user_unsubscribed_channel_history" (
    "email" text,
    "channel_id" bigint,
    "updated_at" timestamp,
    "_fivetran_synced" timestamp,
    PRIMARY KEY ("email", "channel_id", "updated_at")
);
INSERT INTO iterable."user_unsubscribed_channel_history" ("email", "channel_id", "updated_at", "_fivetran_synced") VALUES ('hello@live.co.uk', '11249', '2020-09-28 06:16:07.000', '2020-09-28 06:17:46.188');
INSERT INTO iterable."user_unsubscribed_channel_history" ("email", "channel_id", "updated_at", "_fivetran_synced") VALUES ('oymista@gmail.com', '11249', '2020-09-28 04:21:18.000', '2020-09-28 06:17:45.341');
INSERT INTO iterable."user_unsubscribed_channel_history" ("email", "channel_id", "updated_at", "_fivetran_synced") VALUES ('oymista@gmail.com', '11249', '2020-09-29 04:21:18.000', '2020-09-28 06:17:45.341');
INSERT INTO iterable."user_unsubscribed_channel_history" ("email", "channel_id", "updated_at", "_fivetran_synced") VALUES ('oymista@gmail.com', '11250', '2020-09-28 04:21:18.001', '2020-09-28 06:17:45.341');
INSERT INTO iterable."user_unsubscribed_channel_history" ("email", "channel_id", "updated_at", "_fivetran_synced") VALUES ('oymista@gmail.com', '11250', '2020-09-29 04:21:18.001', '2020-09-28 06:17:45.341');
CREATE TABLE iterable."user_unsubscribed_message_type" (
    "_fivetran_id" text,
    "message_type_id" text,
    "_fivetran_synced" timestamp,
    PRIMARY KEY ("_fivetran_id", "message_type_id")
);
INSERT INTO iterable."user_unsubscribed_message_type" ("_fivetran_id", "message_type_id", "_fivetran_synced") VALUES ('TV7z+rkei20F24zsQHoziC7CZfw=', '99268', '2023-08-10 05:52:56.843000');
INSERT INTO iterable."user_unsubscribed_message_type" ("_fivetran_id", "message_type_id", "_fivetran_synced") VALUES ('TV7z+rkei20F24zsQHoziC7CZfw=', '99269', '2023-08-10 05:52:56.844000');
INSERT INTO iterable."user_unsubscribed_message_type" ("_fivetran_id", "message_type_id", "_fivetran_synced") VALUES ('TV7z+rkei20F24zsQHoziC7CZfw=', '103288', '2023-08-10 05:52:56.844000');
CREATE TABLE iterable."user_unsubscribed_message_type_history" (
    "message_type_id" text,
    "email" text,
    "updated_at" timestamp,
    "_fivetran_synced" timestamp,
    PRIMARY KEY ("email", "message_type_id", "updated_at")
);
INSERT INTO iterable."user_unsubscribed_message_type_history" ("message_type_id", "email", "updated_at", "_fivetran_synced") VALUES ('20246', 'bobbelcher@gmail.com', '2020-08-08 04:44:39.000', '2020-08-08 04:48:17.099');
INSERT INTO iterable."user_unsubscribed_message_type_history" ("message_type_id", "email", "updated_at", "_fivetran_synced") VALUES ('20246', 'lindabelcher@gmail.com', '2020-08-14 16:16:32.000', '2020-08-14 16:22:42.638');
INSERT INTO iterable."user_unsubscribed_message_type_history" ("message_type_id", "email", "updated_at", "_fivetran_synced") VALUES ('20246', 'oymista@gmail.com', '2020-08-14 16:16:32.000', '2020-08-14 16:22:42.638');
INSERT INTO iterable."user_unsubscribed_message_type_history" ("message_type_id", "email", "updated_at", "_fivetran_synced") VALUES ('20246', 'oymista@gmail.com', '2020-08-15 16:16:32.001', '2020-08-14 16:22:42.638');
INSERT INTO iterable."user_unsubscribed_message_type_history" ("message_type_id", "email", "updated_at", "_fivetran_synced") VALUES ('20247', 'oymista@gmail.com', '2020-08-14 16:16:32.001', '2020-08-14 16:22:42.638');
INSERT INTO iterable."user_unsubscribed_message_type_history" ("message_type_id", "email", "updated_at", "_fivetran_synced") VALUES ('20247', 'oymista@gmail.com', '2020-08-15 16:16:32.000', '2020-08-14 16:22:42.638');
INSERT INTO iterable."user_unsubscribed_message_type_history" ("message_type_id", "email", "updated_at", "_fivetran_synced") VALUES ('20248', 'oymista@gmail.com', '2020-08-14 16:16:32.000', '2020-08-14 16:22:42.638');

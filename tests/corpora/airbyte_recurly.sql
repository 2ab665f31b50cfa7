-- Corpus: airbyte_recurly  (evaluation corpus for pg_sequin_hasura; Recurly as Airbyte's source-recurly connector
--   lands it in PostgreSQL, Destinations V2 final tables; no foreign keys)
-- Source: https://github.com/airbytehq/airbyte  path airbyte-integrations/connectors/source-recurly/
--   manifest.yaml at commit 00df95dbd72d10e1044f1bd79a741bb69cd22777 (the stored version the index serves by
--   default; declarative manifest "version: 5.7.0"; chosen over the other stored version @db6f770b039fce66228e1367f5736b4090883899
--   because it is the later one: it adds concurrency_level, api_budget, num_workers / accounts_step_days /
--   is_sandbox options and incremental_dependency on the account substreams). Connector metadata.yaml read
--   @e3ff2c36ea8295919a51e628efacbb3393b9a1ec: dockerImageTag 1.3.7, language:manifest-only, cdk:low-code,
--   base image source-declarative-manifest:6.21.0 (the metadata of the exact manifest commit is not stored).
--   Commit dates: not available (airbytehq/airbyte is over the fetch size limit; files read one by one from the
--   stored index, so no git log).
-- Licence: metadata.yaml "license: MIT". Schema text is quoted only as citations.
-- Files used: manifest.yaml  definitions.streams.<stream> (name, primary_key, partition_router) and
--   schemas.<stream>.properties (top-level properties, their JSON types/formats and descriptions).
--   Vendor reference (for the truth file only): Recurly V3 API OpenAPI definition openapi/api.yaml in
--   github.com/recurly/recurly-client-python @7294ca740baa4e3e97792579db68220bfbf81099 (2024-03-19, MIT).
-- ROWS: there are no seed rows for an Airbyte connector. EVERY ROW BELOW IS INVENTED, written to be plausible and
--   mutually consistent: each reference value (top-level columns and the ids inside jsonb objects) matches a row
--   of its parent. Ids are shaped as Recurly's API shows them (12-character lowercase base-36 strings, e.g. the
--   API's own example `e28zov4fw0v2`; uuid fields 32 hex characters; invoice numbers as decimal strings).
--   3-5 rows per table (67 rows in all).
-- Changes made / choices:
--   * Schema name airbyte_recurly. One table per stream of manifest.yaml's top-level `streams:` list, named as the
--     stream (18): accounts, account_coupon_redemptions, account_notes, add_ons, billing_infos, coupons,
--     credit_payments, export_dates, invoices, line_items, measured_units, plans, shipping_addresses,
--     shipping_methods, subscriptions, transactions, unique_coupons, unique_coupons_parent. (unique_coupons_parent
--     is listed in `streams:` itself, so it is kept: it is the coupons endpoint filtered to coupon_type == 'bulk'.)
--     Older Python-connector schemas under source_recurly/schemas/ (subscription_changes, ...) are not in this
--     manifest and are not included.
--   * Columns: Airbyte bookkeeping columns first, as Destinations V2 creates them (_airbyte_raw_id text,
--     _airbyte_extracted_at timestamptz, _airbyte_meta jsonb; _airbyte_generation_id omitted as briefed), then every
--     top-level property of schemas.<stream> in the manifest's order, names verbatim. "user" (account_notes) is
--     quoted because it is reserved in PostgreSQL. No stream has AddFields transformations, so no column is added:
--     the account substreams carry the account id only where the record itself has account_id (account_notes,
--     billing_infos, shipping_addresses); account_coupon_redemptions has only the `account` object.
--   * Types from the JSON schema type (ignoring "null"): string -> text, string + format date-time -> timestamptz,
--     integer -> bigint, number -> numeric, boolean -> boolean, object / array -> jsonb. Exceptions and notes:
--     add_ons.avalara_service_type / avalara_transaction_type are declared ["string","integer"] (two non-null
--     types) -> text (Destinations V2 typing: Union.chooseType() takes the option first in AirbyteProtocolType order, STRING before INTEGER, typing_deduping/AirbyteType.java); unique_coupons_parent.created_at /
--     updated_at are plain strings without format -> text (as declared; coupons.created_at/updated_at are
--     timestamptz). Ids are all strings -> text.
--   * PRIMARY KEYs = the stream's primary_key in manifest.yaml definitions.streams: ["id"] for every stream except
--     export_dates, which declares none (no PRIMARY KEY). metadata testedStreams reports primaryKeysAreUnique: true
--     for accounts, unique_coupons and unique_coupons_parent.
--   * Values: JSON objects/arrays written as jsonb literals; absent values NULL. _airbyte_meta =
--     {"changes":[],"sync_id":52718}. export_dates has 3 rows as if from 3 full-refresh-append syncs.
DROP SCHEMA IF EXISTS airbyte_recurly CASCADE;
CREATE SCHEMA airbyte_recurly;
CREATE TABLE airbyte_recurly.accounts (
  _airbyte_raw_id text,
  _airbyte_extracted_at timestamptz,
  _airbyte_meta jsonb,
  address jsonb,
  acquisition jsonb,
  bill_to text,
  billing_info jsonb,
  cc_emails text,
  code text,
  company text,
  created_at timestamptz,
  custom_fields jsonb,
  deleted_at timestamptz,
  dunning_campaign_id text,
  email text,
  entity_use_code text,
  exemption_certificate text,
  external_accounts jsonb,
  first_name text,
  has_active_subscription boolean,
  has_canceled_subscription boolean,
  has_future_subscription boolean,
  has_live_subscription boolean,
  has_past_due_invoice boolean,
  has_paused_subscription boolean,
  hosted_login_token text,
  id text,
  invoice_template_id text,
  last_name text,
  object text,
  override_business_entity_id text,
  parent_account_id text,
  parent_account_code text,
  preferred_locale text,
  preferred_time_zone text,
  shipping_addresses jsonb,
  state text,
  tax_exempt boolean,
  transaction_type text,
  updated_at timestamptz,
  username text,
  vat_number text,
  PRIMARY KEY (id)
);
CREATE TABLE airbyte_recurly.account_coupon_redemptions (
  _airbyte_raw_id text,
  _airbyte_extracted_at timestamptz,
  _airbyte_meta jsonb,
  account jsonb,
  coupon jsonb,
  created_at timestamptz,
  currency text,
  discounted numeric,
  id text,
  object text,
  removed_at timestamptz,
  state text,
  subscription_id text,
  updated_at timestamptz,
  PRIMARY KEY (id)
);
CREATE TABLE airbyte_recurly.account_notes (
  _airbyte_raw_id text,
  _airbyte_extracted_at timestamptz,
  _airbyte_meta jsonb,
  account_id text,
  created_at timestamptz,
  id text,
  message text,
  object text,
  "user" jsonb,
  PRIMARY KEY (id)
);
CREATE TABLE airbyte_recurly.add_ons (
  _airbyte_raw_id text,
  _airbyte_extracted_at timestamptz,
  _airbyte_meta jsonb,
  accounting_code text,
  add_on_type text,
  avalara_service_type text,
  avalara_transaction_type text,
  code text,
  created_at timestamptz,
  currencies jsonb,
  default_quantity bigint,
  deleted_at timestamptz,
  display_quantity boolean,
  id text,
  measured_unit_id text,
  name text,
  optional boolean,
  plan_id text,
  revenue_schedule_type text,
  state text,
  tax_code text,
  tier_type text,
  updated_at timestamptz,
  usage_percentage numeric,
  usage_type text,
  PRIMARY KEY (id)
);
CREATE TABLE airbyte_recurly.billing_infos (
  _airbyte_raw_id text,
  _airbyte_extracted_at timestamptz,
  _airbyte_meta jsonb,
  account_id text,
  address jsonb,
  backup_payment_method boolean,
  company text,
  created_at timestamptz,
  first_name text,
  fraud jsonb,
  id text,
  last_name text,
  object text,
  payment_method jsonb,
  primary_payment_method boolean,
  updated_at timestamptz,
  updated_by jsonb,
  valid boolean,
  vat_number text,
  PRIMARY KEY (id)
);
CREATE TABLE airbyte_recurly.coupons (
  _airbyte_raw_id text,
  _airbyte_extracted_at timestamptz,
  _airbyte_meta jsonb,
  applies_to_all_items boolean,
  applies_to_all_plans boolean,
  applies_to_non_plan_charges boolean,
  code text,
  coupon_type text,
  created_at timestamptz,
  discount jsonb,
  duration text,
  expired_at timestamptz,
  free_trial_amount numeric,
  free_trial_unit text,
  hosted_page_description text,
  id text,
  invoice_description text,
  items jsonb,
  max_redemptions numeric,
  max_redemptions_per_account numeric,
  name text,
  object text,
  plans jsonb,
  redeem_by text,
  redemption_resource text,
  state text,
  temporal_amount numeric,
  temporal_unit text,
  unique_code_template text,
  unique_coupon_code jsonb,
  unique_coupon_codes_count numeric,
  updated_at timestamptz,
  PRIMARY KEY (id)
);
CREATE TABLE airbyte_recurly.credit_payments (
  _airbyte_raw_id text,
  _airbyte_extracted_at timestamptz,
  _airbyte_meta jsonb,
  account jsonb,
  action text,
  amount numeric,
  applied_to_invoice jsonb,
  created_at timestamptz,
  currency text,
  id text,
  original_credit_payment_id text,
  original_invoice jsonb,
  refund_transaction jsonb,
  updated_at timestamptz,
  uuid text,
  voided_at timestamptz,
  PRIMARY KEY (id)
);
CREATE TABLE airbyte_recurly.export_dates (
  _airbyte_raw_id text,
  _airbyte_extracted_at timestamptz,
  _airbyte_meta jsonb,
  dates jsonb
);
CREATE TABLE airbyte_recurly.invoices (
  _airbyte_raw_id text,
  _airbyte_extracted_at timestamptz,
  _airbyte_meta jsonb,
  type text,
  account jsonb,
  address jsonb,
  balance numeric,
  billing_info_id text,
  business_entity_id text,
  closed_at timestamptz,
  collection_method text,
  created_at timestamptz,
  credit_payments jsonb,
  currency text,
  customer_notes text,
  discount numeric,
  due_at timestamptz,
  dunning_campaign_id text,
  dunning_events_sent bigint,
  final_dunning_event boolean,
  has_more_line_items boolean,
  id text,
  line_items jsonb,
  net_terms bigint,
  number text,
  object text,
  origin text,
  paid numeric,
  po_number text,
  previous_invoice_id text,
  refundable_amount numeric,
  shipping_address jsonb,
  state text,
  subscription_ids jsonb,
  subtotal numeric,
  tax numeric,
  tax_info jsonb,
  terms_and_conditions text,
  total numeric,
  transactions jsonb,
  updated_at timestamptz,
  used_tax_service boolean,
  uuid text,
  vat_number text,
  vat_reverse_charge_notes text,
  PRIMARY KEY (id)
);
CREATE TABLE airbyte_recurly.line_items (
  _airbyte_raw_id text,
  _airbyte_extracted_at timestamptz,
  _airbyte_meta jsonb,
  type text,
  description text,
  account jsonb,
  accounting_code text,
  add_on_code text,
  add_on_id text,
  amount numeric,
  bill_for_account_id text,
  created_at timestamptz,
  credit_applied numeric,
  credit_reason_code text,
  currency text,
  custom_fields jsonb,
  discount numeric,
  end_date timestamptz,
  external_sku text,
  id text,
  invoice_id text,
  invoice_number text,
  item_code text,
  item_id text,
  legacy_category text,
  object text,
  origin text,
  original_line_item_invoice_id text,
  plan_code text,
  plan_id text,
  previous_line_item_id text,
  product_code text,
  proration_rate numeric,
  quantity bigint,
  refund boolean,
  refunded_quantity bigint,
  revenue_schedule_type text,
  shipping_address jsonb,
  start_date timestamptz,
  state text,
  subscription_id text,
  subtotal numeric,
  tax numeric,
  tax_code text,
  tax_exempt boolean,
  tax_info jsonb,
  taxable boolean,
  unit_amount numeric,
  unit_amount_decimal text,
  updated_at timestamptz,
  uuid text,
  PRIMARY KEY (id)
);
CREATE TABLE airbyte_recurly.measured_units (
  _airbyte_raw_id text,
  _airbyte_extracted_at timestamptz,
  _airbyte_meta jsonb,
  description text,
  created_at timestamptz,
  deleted_at timestamptz,
  display_name text,
  id text,
  name text,
  object text,
  state text,
  updated_at timestamptz,
  PRIMARY KEY (id)
);
CREATE TABLE airbyte_recurly.plans (
  _airbyte_raw_id text,
  _airbyte_extracted_at timestamptz,
  _airbyte_meta jsonb,
  description text,
  accounting_code text,
  allow_any_item_on_subscriptions boolean,
  auto_renew boolean,
  avalara_service_type numeric,
  avalara_transaction_type numeric,
  code text,
  created_at timestamptz,
  currencies jsonb,
  custom_fields jsonb,
  deleted_at timestamptz,
  dunning_campaign_id text,
  hosted_pages jsonb,
  id text,
  interval_length numeric,
  interval_unit text,
  name text,
  object text,
  pricing_model text,
  ramp_intervals jsonb,
  revenue_schedule_type text,
  setup_fee_accounting_code text,
  setup_fee_revenue_schedule_type text,
  state text,
  tax_code text,
  tax_exempt boolean,
  total_billing_cycles numeric,
  trial_length numeric,
  trial_requires_billing_info boolean,
  trial_unit text,
  updated_at timestamptz,
  PRIMARY KEY (id)
);
CREATE TABLE airbyte_recurly.shipping_addresses (
  _airbyte_raw_id text,
  _airbyte_extracted_at timestamptz,
  _airbyte_meta jsonb,
  account_id text,
  city text,
  company text,
  country text,
  created_at timestamptz,
  email text,
  first_name text,
  geo_code text,
  id text,
  last_name text,
  nickname text,
  object text,
  phone text,
  postal_code text,
  region text,
  street1 text,
  street2 text,
  updated_at timestamptz,
  vat_number text,
  PRIMARY KEY (id)
);
CREATE TABLE airbyte_recurly.shipping_methods (
  _airbyte_raw_id text,
  _airbyte_extracted_at timestamptz,
  _airbyte_meta jsonb,
  accounting_code text,
  code text,
  created_at timestamptz,
  deleted_at timestamptz,
  id text,
  name text,
  tax_code text,
  updated_at timestamptz,
  PRIMARY KEY (id)
);
CREATE TABLE airbyte_recurly.subscriptions (
  _airbyte_raw_id text,
  _airbyte_extracted_at timestamptz,
  _airbyte_meta jsonb,
  account jsonb,
  action_result jsonb,
  activated_at timestamptz,
  active_invoice_id text,
  add_ons jsonb,
  add_ons_total numeric,
  auto_renew boolean,
  bank_account_authorized_at timestamptz,
  billing_info_id text,
  canceled_at timestamptz,
  collection_method text,
  converted_at timestamptz,
  coupon_redemptions jsonb,
  created_at timestamptz,
  currency text,
  current_period_ends_at timestamptz,
  current_period_started_at timestamptz,
  current_term_ends_at timestamptz,
  current_term_started_at timestamptz,
  custom_fields jsonb,
  customer_notes text,
  expiration_reason text,
  expires_at timestamptz,
  gateway_code text,
  id text,
  net_terms numeric,
  net_terms_type text,
  object text,
  paused_at timestamptz,
  pending_change jsonb,
  plan jsonb,
  po_number text,
  quantity numeric,
  ramp_intervals jsonb,
  remaining_billing_cycles numeric,
  remaining_pause_cycles numeric,
  renewal_billing_cycles numeric,
  revenue_schedule_type text,
  shipping jsonb,
  started_with_gift boolean,
  state text,
  subtotal numeric,
  tax numeric,
  tax_inclusive boolean,
  tax_info jsonb,
  terms_and_conditions text,
  total numeric,
  total_billing_cycles numeric,
  trial_ends_at timestamptz,
  trial_started_at timestamptz,
  unit_amount numeric,
  updated_at timestamptz,
  uuid text,
  PRIMARY KEY (id)
);
CREATE TABLE airbyte_recurly.transactions (
  _airbyte_raw_id text,
  _airbyte_extracted_at timestamptz,
  _airbyte_meta jsonb,
  type text,
  account jsonb,
  action_result jsonb,
  amount numeric,
  avs_check text,
  backup_payment_method_used boolean,
  billing_address jsonb,
  collected_at timestamptz,
  collection_method text,
  created_at timestamptz,
  currency text,
  customer_message text,
  customer_message_locale text,
  cvv_check text,
  fraud_info jsonb,
  gateway_approval_code text,
  gateway_message text,
  gateway_reference text,
  gateway_response_code text,
  gateway_response_time numeric,
  gateway_response_values jsonb,
  id text,
  invoice jsonb,
  ip_address_country text,
  ip_address_v4 text,
  object text,
  origin text,
  original_transaction_id text,
  payment_gateway jsonb,
  payment_method jsonb,
  refunded boolean,
  status text,
  status_code text,
  status_message text,
  subscription_ids jsonb,
  success boolean,
  updated_at timestamptz,
  uuid text,
  vat_number text,
  voided_at timestamptz,
  voided_by_invoice jsonb,
  PRIMARY KEY (id)
);
CREATE TABLE airbyte_recurly.unique_coupons (
  _airbyte_raw_id text,
  _airbyte_extracted_at timestamptz,
  _airbyte_meta jsonb,
  bulk_coupon_code text,
  bulk_coupon_id text,
  code text,
  created_at timestamptz,
  expired_at timestamptz,
  id text,
  object text,
  redeemed_at timestamptz,
  state text,
  updated_at timestamptz,
  PRIMARY KEY (id)
);
CREATE TABLE airbyte_recurly.unique_coupons_parent (
  _airbyte_raw_id text,
  _airbyte_extracted_at timestamptz,
  _airbyte_meta jsonb,
  applies_to_all_items boolean,
  applies_to_all_plans boolean,
  applies_to_non_plan_charges boolean,
  code text,
  coupon_type text,
  created_at text,
  discount jsonb,
  duration text,
  hosted_page_description text,
  id text,
  invoice_description text,
  max_redemptions_per_account numeric,
  name text,
  object text,
  redemption_resource text,
  state text,
  unique_code_template text,
  unique_coupon_codes_count numeric,
  updated_at text,
  PRIMARY KEY (id)
);
INSERT INTO airbyte_recurly.accounts (_airbyte_raw_id, _airbyte_extracted_at, _airbyte_meta, address, acquisition, bill_to, billing_info, cc_emails, code, company, created_at, custom_fields, deleted_at, dunning_campaign_id, email, entity_use_code, exemption_certificate, external_accounts, first_name, has_active_subscription, has_canceled_subscription, has_future_subscription, has_live_subscription, has_past_due_invoice, has_paused_subscription, hosted_login_token, id, invoice_template_id, last_name, object, override_business_entity_id, parent_account_id, parent_account_code, preferred_locale, preferred_time_zone, shipping_addresses, state, tax_exempt, transaction_type, updated_at, username, vat_number) VALUES
  ('3f2a0001-1c00-4001-8000-a1b2c3000001', '2024-03-20T06:00:00Z', '{"changes":[],"sync_id":52718}'::jsonb, '{"street1": "100 Main St", "city": "Springfield", "region": "IL", "postal_code": "62701", "country": "US"}'::jsonb, NULL, 'self', '{"id": "o1pmf1a2b3c4", "object": "billing_info", "account_id": "o1pmbh1t3lcb", "first_name": null, "valid": true, "primary_payment_method": true}'::jsonb, NULL, 'acme-corp', 'Acme Corp', '2024-01-02T09:00:00Z', '[]'::jsonb, NULL, NULL, 'billing@acme-corp.example', NULL, NULL, '[]'::jsonb, 'Ana', true, false, false, true, false, false, NULL, 'o1pmbh1t3lcb', NULL, 'Ruiz', 'account', NULL, NULL, NULL, 'en-US', 'America/New_York', '[{"id": "o1pmg2m3n4o5", "object": "shipping_address", "account_id": "o1pmbh1t3lcb", "city": "Springfield", "country": "US"}]'::jsonb, 'active', false, NULL, '2024-03-01T10:15:00Z', NULL, NULL),
  ('3f2a0002-1c01-4002-8001-a1b2c3000002', '2024-03-20T06:00:07Z', '{"changes":[],"sync_id":52718}'::jsonb, '{"street1": "101 Main St", "city": "Springfield", "region": "IL", "postal_code": "62701", "country": "US"}'::jsonb, NULL, 'self', '{"id": "o1pmf1d5e6f7", "object": "billing_info", "account_id": "o1pmbh9q7dkx", "first_name": null, "valid": true, "primary_payment_method": true}'::jsonb, NULL, 'acme-emea', 'Acme EMEA', '2024-01-03T09:00:00Z', '[]'::jsonb, NULL, NULL, 'billing@acme-emea.example', NULL, NULL, '[]'::jsonb, 'Ben', true, false, false, true, false, false, NULL, 'o1pmbh9q7dkx', NULL, 'Okafor', 'account', NULL, 'o1pmbh1t3lcb', 'acme-corp', 'en-US', 'America/New_York', '[{"id": "o1pmg2p6q7r8", "object": "shipping_address", "account_id": "o1pmbh9q7dkx", "city": "Springfield", "country": "US"}]'::jsonb, 'active', false, NULL, '2024-03-02T10:15:00Z', NULL, NULL),
  ('3f2a0003-1c02-4003-8002-a1b2c3000003', '2024-03-20T06:00:14Z', '{"changes":[],"sync_id":52718}'::jsonb, '{"street1": "102 Main St", "city": "Springfield", "region": "IL", "postal_code": "62701", "country": "US"}'::jsonb, NULL, 'self', '{"id": "o1pmf1g8h9i0", "object": "billing_info", "account_id": "o1pmbhcz2rfe", "first_name": null, "valid": true, "primary_payment_method": true}'::jsonb, NULL, 'acme-apac', 'Acme APAC', '2024-01-04T09:00:00Z', '[]'::jsonb, NULL, NULL, 'billing@acme-apac.example', NULL, NULL, '[]'::jsonb, 'Chen', true, false, false, true, true, false, NULL, 'o1pmbhcz2rfe', NULL, 'Wei', 'account', NULL, 'o1pmbh1t3lcb', 'acme-corp', 'en-US', 'America/New_York', '[{"id": "o1pmg2s9t0u1", "object": "shipping_address", "account_id": "o1pmbhcz2rfe", "city": "Springfield", "country": "US"}]'::jsonb, 'active', false, NULL, '2024-03-03T10:15:00Z', NULL, NULL),
  ('3f2a0004-1c03-4004-8003-a1b2c3000004', '2024-03-20T06:00:21Z', '{"changes":[],"sync_id":52718}'::jsonb, '{"street1": "103 Main St", "city": "Springfield", "region": "IL", "postal_code": "62701", "country": "US"}'::jsonb, NULL, 'self', '{"id": "o1pmf1j1k2l3", "object": "billing_info", "account_id": "o1pmbhk5ywun", "first_name": null, "valid": true, "primary_payment_method": true}'::jsonb, NULL, 'globex', 'Globex', '2024-01-05T09:00:00Z', '[]'::jsonb, NULL, NULL, 'billing@globex.example', NULL, NULL, '[]'::jsonb, 'Dora', true, true, false, true, false, false, NULL, 'o1pmbhk5ywun', NULL, 'Lind', 'account', NULL, NULL, NULL, 'en-US', 'America/New_York', '[{"id": "o1pmg2v2w3x4", "object": "shipping_address", "account_id": "o1pmbhk5ywun", "city": "Springfield", "country": "US"}]'::jsonb, 'active', false, NULL, '2024-03-04T10:15:00Z', NULL, NULL);
INSERT INTO airbyte_recurly.account_coupon_redemptions (_airbyte_raw_id, _airbyte_extracted_at, _airbyte_meta, account, coupon, created_at, currency, discounted, id, object, removed_at, state, subscription_id, updated_at) VALUES
  ('3f2a0005-1c00-4005-8000-a1b2c3000005', '2024-03-20T06:01:00Z', '{"changes":[],"sync_id":52718}'::jsonb, '{"object": "account", "id": "o1pmbh1t3lcb", "code": "acme-corp", "email": "billing@acme-corp.example", "first_name": null, "last_name": null, "company": "Acme Corp", "parent_account_id": null, "bill_to": "self", "dunning_campaign_id": null}'::jsonb, '{"id": "o1pmi4h3j4k5", "code": "WELCOME10", "object": "coupon", "coupon_type": "single_code", "discount": {"type": "percent", "percent": 10}, "unique_coupon_code": null}'::jsonb, '2024-02-20T10:00:00Z', 'USD', 4.9, 'o1pmp1r0s1t2', 'coupon_redemption', NULL, 'active', 'o1pmj5u5v6w7', '2024-02-20T10:00:00Z'),
  ('3f2a0006-1c01-4006-8001-a1b2c3000006', '2024-03-20T06:01:07Z', '{"changes":[],"sync_id":52718}'::jsonb, '{"object": "account", "id": "o1pmbh9q7dkx", "code": "acme-emea", "email": "billing@acme-emea.example", "first_name": null, "last_name": null, "company": "Acme EMEA", "parent_account_id": "o1pmbh1t3lcb", "bill_to": "self", "dunning_campaign_id": null}'::jsonb, '{"id": "o1pmi4l6m7n8", "code": "SPRING24", "object": "coupon", "coupon_type": "bulk", "discount": {"type": "percent", "percent": 15}, "unique_coupon_code": {"id": "o1pmo0f8g9h0", "code": "SPRING24-10001", "bulk_coupon_id": "o1pmi4l6m7n8"}}'::jsonb, '2024-02-21T10:00:00Z', 'USD', 2.85, 'o1pmp1u3v4w5', 'coupon_redemption', NULL, 'active', 'o1pmj5x8y9z0', '2024-02-21T10:00:00Z'),
  ('3f2a0007-1c02-4007-8002-a1b2c3000007', '2024-03-20T06:01:14Z', '{"changes":[],"sync_id":52718}'::jsonb, '{"object": "account", "id": "o1pmbhcz2rfe", "code": "acme-apac", "email": "billing@acme-apac.example", "first_name": null, "last_name": null, "company": "Acme APAC", "parent_account_id": "o1pmbh1t3lcb", "bill_to": "self", "dunning_campaign_id": null}'::jsonb, '{"id": "o1pmi4o9p0q1", "code": "PARTNER-BULK", "object": "coupon", "coupon_type": "bulk", "discount": {"type": "percent", "percent": 20}, "unique_coupon_code": {"id": "o1pmo0i1j2k3", "code": "PARTNER-10002", "bulk_coupon_id": "o1pmi4o9p0q1"}}'::jsonb, '2024-02-22T10:00:00Z', 'USD', 9.8, 'o1pmp1x6y7z8', 'coupon_redemption', NULL, 'active', 'o1pmj5a1b2c3', '2024-02-22T10:00:00Z');
INSERT INTO airbyte_recurly.account_notes (_airbyte_raw_id, _airbyte_extracted_at, _airbyte_meta, account_id, created_at, id, message, object, "user") VALUES
  ('3f2a0008-1c00-4008-8000-a1b2c3000008', '2024-03-20T06:02:00Z', '{"changes":[],"sync_id":52718}'::jsonb, 'o1pmbh1t3lcb', '2024-02-10T14:00:00Z', 'o1pmq2a9b0c1', 'Renewal call scheduled', 'account_note', '{"object": "user", "id": "o1pmz9user01", "email": "cs@merchant.example", "first_name": "Sam", "last_name": "Lee"}'::jsonb),
  ('3f2a0009-1c01-4009-8001-a1b2c3000009', '2024-03-20T06:02:07Z', '{"changes":[],"sync_id":52718}'::jsonb, 'o1pmbh1t3lcb', '2024-02-11T14:00:00Z', 'o1pmq2d2e3f4', 'Asked for annual pricing', 'account_note', '{"object": "user", "id": "o1pmz9user01", "email": "cs@merchant.example", "first_name": "Sam", "last_name": "Lee"}'::jsonb),
  ('3f2a000a-1c02-400a-8002-a1b2c300000a', '2024-03-20T06:02:14Z', '{"changes":[],"sync_id":52718}'::jsonb, 'o1pmbhcz2rfe', '2024-02-12T14:00:00Z', 'o1pmq2g5h6i7', 'Card declined twice', 'account_note', '{"object": "user", "id": "o1pmz9user01", "email": "cs@merchant.example", "first_name": "Sam", "last_name": "Lee"}'::jsonb),
  ('3f2a000b-1c03-400b-8003-a1b2c300000b', '2024-03-20T06:02:21Z', '{"changes":[],"sync_id":52718}'::jsonb, 'o1pmbhk5ywun', '2024-02-13T14:00:00Z', 'o1pmq2j8k9l0', 'Churn risk: downgraded', 'account_note', '{"object": "user", "id": "o1pmz9user01", "email": "cs@merchant.example", "first_name": "Sam", "last_name": "Lee"}'::jsonb);
INSERT INTO airbyte_recurly.add_ons (_airbyte_raw_id, _airbyte_extracted_at, _airbyte_meta, accounting_code, add_on_type, avalara_service_type, avalara_transaction_type, code, created_at, currencies, default_quantity, deleted_at, display_quantity, id, measured_unit_id, name, optional, plan_id, revenue_schedule_type, state, tax_code, tier_type, updated_at, usage_percentage, usage_type) VALUES
  ('3f2a000c-1c00-400c-8000-a1b2c300000c', '2024-03-20T06:03:00Z', '{"changes":[],"sync_id":52718}'::jsonb, 'extra-seats', 'fixed', NULL, NULL, 'extra-seats', '2024-01-05T08:00:00Z', '[{"currency": "USD", "unit_amount": 10}]'::jsonb, 1, NULL, true, 'o1pme7m2r3ao', 'o1pmd0fqe4zw', 'Extra Seats', true, 'o1pmc3zdfq8b', 'evenly', 'active', NULL, 'flat', '2024-01-05T08:00:00Z', NULL, NULL),
  ('3f2a000d-1c01-400d-8001-a1b2c300000d', '2024-03-20T06:03:07Z', '{"changes":[],"sync_id":52718}'::jsonb, 'api-calls', 'usage', NULL, NULL, 'api-calls', '2024-01-05T08:00:00Z', '[{"currency": "USD", "unit_amount": 0.01}]'::jsonb, 1, NULL, true, 'o1pme7p8t1bp', 'o1pmd0a1u2mu', 'Api Calls', true, 'o1pmc3zdfq8b', 'evenly', 'active', NULL, 'flat', '2024-01-05T08:00:00Z', NULL, 'price'),
  ('3f2a000e-1c02-400e-8002-a1b2c300000e', '2024-03-20T06:03:14Z', '{"changes":[],"sync_id":52718}'::jsonb, 'storage-gb', 'usage', NULL, NULL, 'storage-gb', '2024-01-05T08:00:00Z', '[{"currency": "USD", "unit_amount": 0.5}]'::jsonb, 1, NULL, true, 'o1pme7s4w9cq', 'o1pmd0c7hhxv', 'Storage Gb', true, 'o1pmc42kw7nc', 'evenly', 'active', NULL, 'flat', '2024-01-05T08:00:00Z', NULL, 'price'),
  ('3f2a000f-1c03-400f-8003-a1b2c300000f', '2024-03-20T06:03:21Z', '{"changes":[],"sync_id":52718}'::jsonb, 'priority-support', 'fixed', NULL, NULL, 'priority-support', '2024-01-05T08:00:00Z', '[{"currency": "USD", "unit_amount": 99}]'::jsonb, 1, NULL, true, 'o1pme7v0y5dr', NULL, 'Priority Support', true, 'o1pmc3x9lb1a', 'evenly', 'active', NULL, 'flat', '2024-01-05T08:00:00Z', NULL, NULL);
INSERT INTO airbyte_recurly.billing_infos (_airbyte_raw_id, _airbyte_extracted_at, _airbyte_meta, account_id, address, backup_payment_method, company, created_at, first_name, fraud, id, last_name, object, payment_method, primary_payment_method, updated_at, updated_by, valid, vat_number) VALUES
  ('3f2a0010-1c00-4010-8000-a1b2c3000010', '2024-03-20T06:04:00Z', '{"changes":[],"sync_id":52718}'::jsonb, 'o1pmbh1t3lcb', '{"city": "Springfield", "country": "US", "postal_code": "62701"}'::jsonb, false, 'Acme Corp', '2024-01-02T09:05:00Z', 'Ana', NULL, 'o1pmf1a2b3c4', 'Ruiz', 'billing_info', '{"object": "credit_card_info", "card_type": "Visa", "last_four": "4200", "exp_month": 12, "exp_year": 2027}'::jsonb, true, '2024-01-02T09:05:00Z', '{"ip": "203.0.113.10", "country": "US"}'::jsonb, true, NULL),
  ('3f2a0011-1c01-4011-8001-a1b2c3000011', '2024-03-20T06:04:07Z', '{"changes":[],"sync_id":52718}'::jsonb, 'o1pmbh9q7dkx', '{"city": "Springfield", "country": "US", "postal_code": "62701"}'::jsonb, false, 'Acme EMEA', '2024-01-03T09:05:00Z', 'Ben', NULL, 'o1pmf1d5e6f7', 'Okafor', 'billing_info', '{"object": "credit_card_info", "card_type": "Visa", "last_four": "4201", "exp_month": 12, "exp_year": 2027}'::jsonb, true, '2024-01-03T09:05:00Z', '{"ip": "203.0.113.11", "country": "US"}'::jsonb, true, NULL),
  ('3f2a0012-1c02-4012-8002-a1b2c3000012', '2024-03-20T06:04:14Z', '{"changes":[],"sync_id":52718}'::jsonb, 'o1pmbhcz2rfe', '{"city": "Springfield", "country": "US", "postal_code": "62701"}'::jsonb, false, 'Acme APAC', '2024-01-04T09:05:00Z', 'Chen', NULL, 'o1pmf1g8h9i0', 'Wei', 'billing_info', '{"object": "credit_card_info", "card_type": "Visa", "last_four": "4202", "exp_month": 12, "exp_year": 2027}'::jsonb, true, '2024-01-04T09:05:00Z', '{"ip": "203.0.113.12", "country": "US"}'::jsonb, true, NULL),
  ('3f2a0013-1c03-4013-8003-a1b2c3000013', '2024-03-20T06:04:21Z', '{"changes":[],"sync_id":52718}'::jsonb, 'o1pmbhk5ywun', '{"city": "Springfield", "country": "US", "postal_code": "62701"}'::jsonb, false, 'Globex', '2024-01-05T09:05:00Z', 'Dora', NULL, 'o1pmf1j1k2l3', 'Lind', 'billing_info', '{"object": "credit_card_info", "card_type": "Visa", "last_four": "4203", "exp_month": 12, "exp_year": 2027}'::jsonb, true, '2024-01-05T09:05:00Z', '{"ip": "203.0.113.13", "country": "US"}'::jsonb, true, NULL);
INSERT INTO airbyte_recurly.coupons (_airbyte_raw_id, _airbyte_extracted_at, _airbyte_meta, applies_to_all_items, applies_to_all_plans, applies_to_non_plan_charges, code, coupon_type, created_at, discount, duration, expired_at, free_trial_amount, free_trial_unit, hosted_page_description, id, invoice_description, items, max_redemptions, max_redemptions_per_account, name, object, plans, redeem_by, redemption_resource, state, temporal_amount, temporal_unit, unique_code_template, unique_coupon_code, unique_coupon_codes_count, updated_at) VALUES
  ('3f2a0014-1c00-4014-8000-a1b2c3000014', '2024-03-20T06:05:00Z', '{"changes":[],"sync_id":52718}'::jsonb, false, true, false, 'WELCOME10', 'single_code', '2024-01-10T12:00:00Z', '{"type": "percent", "percent": 10}'::jsonb, 'single_use', NULL, NULL, NULL, NULL, 'o1pmi4h3j4k5', NULL, NULL, NULL, 1, 'Welcome 10%', 'coupon', NULL, NULL, 'account', 'redeemable', NULL, NULL, NULL, NULL, 0, '2024-01-10T12:00:00Z'),
  ('3f2a0015-1c01-4015-8001-a1b2c3000015', '2024-03-20T06:05:07Z', '{"changes":[],"sync_id":52718}'::jsonb, false, true, false, 'SPRING24', 'bulk', '2024-01-11T12:00:00Z', '{"type": "percent", "percent": 15}'::jsonb, 'single_use', NULL, NULL, NULL, NULL, 'o1pmi4l6m7n8', NULL, NULL, NULL, 1, 'Spring 2024', 'coupon', NULL, NULL, 'account', 'redeemable', NULL, NULL, '''SPRING24-''99999', NULL, 2, '2024-01-11T12:00:00Z'),
  ('3f2a0016-1c02-4016-8002-a1b2c3000016', '2024-03-20T06:05:14Z', '{"changes":[],"sync_id":52718}'::jsonb, false, true, false, 'PARTNER-BULK', 'bulk', '2024-01-12T12:00:00Z', '{"type": "percent", "percent": 20}'::jsonb, 'single_use', NULL, NULL, NULL, NULL, 'o1pmi4o9p0q1', NULL, NULL, NULL, 1, 'Partner bulk', 'coupon', NULL, NULL, 'account', 'redeemable', NULL, NULL, '''PARTNER-''99999', NULL, 2, '2024-01-12T12:00:00Z'),
  ('3f2a0017-1c03-4017-8003-a1b2c3000017', '2024-03-20T06:05:21Z', '{"changes":[],"sync_id":52718}'::jsonb, false, true, false, 'BETA-BULK', 'bulk', '2024-01-13T12:00:00Z', '{"type": "percent", "percent": 25}'::jsonb, 'single_use', NULL, NULL, NULL, NULL, 'o1pmi4r2s3t4', NULL, NULL, NULL, 1, 'Beta bulk', 'coupon', NULL, NULL, 'account', 'redeemable', NULL, NULL, '''BETA-''99999', NULL, 2, '2024-01-13T12:00:00Z');
INSERT INTO airbyte_recurly.credit_payments (_airbyte_raw_id, _airbyte_extracted_at, _airbyte_meta, account, action, amount, applied_to_invoice, created_at, currency, id, original_credit_payment_id, original_invoice, refund_transaction, updated_at, uuid, voided_at) VALUES
  ('3f2a0018-1c00-4018-8000-a1b2c3000018', '2024-03-20T06:06:00Z', '{"changes":[],"sync_id":52718}'::jsonb, '{"id": "o1pmbhcz2rfe", "code": "acme-apac"}'::jsonb, 'payment', 5, '{"id": "o1pmk6m3n4o5", "number": "1003"}'::jsonb, '2024-03-10T00:00:00Z', 'USD', 'o1pmn9w9x0y1', NULL, '{"id": "o1pmk6p6q7r8", "number": "1004"}'::jsonb, NULL, '2024-03-10T00:00:00Z', '000000000000000000000000c9000000', NULL),
  ('3f2a0019-1c01-4019-8001-a1b2c3000019', '2024-03-20T06:06:07Z', '{"changes":[],"sync_id":52718}'::jsonb, '{"id": "o1pmbhcz2rfe", "code": "acme-apac"}'::jsonb, 'payment', 5, '{"id": "o1pmk6s9t0u1", "number": "1005"}'::jsonb, '2024-03-11T00:00:00Z', 'USD', 'o1pmn9z2a3b4', NULL, '{"id": "o1pmk6p6q7r8", "number": "1004"}'::jsonb, NULL, '2024-03-11T00:00:00Z', '000000000000000000000000c9000001', NULL),
  ('3f2a001a-1c02-401a-8002-a1b2c300001a', '2024-03-20T06:06:14Z', '{"changes":[],"sync_id":52718}'::jsonb, '{"id": "o1pmbhcz2rfe", "code": "acme-apac"}'::jsonb, 'refund', 5, NULL, '2024-03-12T00:00:00Z', 'USD', 'o1pmn9c5d6e7', 'o1pmn9w9x0y1', '{"id": "o1pmk6p6q7r8", "number": "1004"}'::jsonb, '{"id": "o1pmm8t6u7v8", "uuid": "0000000000000000000000007a000003"}'::jsonb, '2024-03-12T00:00:00Z', '000000000000000000000000c9000002', NULL);
INSERT INTO airbyte_recurly.export_dates (_airbyte_raw_id, _airbyte_extracted_at, _airbyte_meta, dates) VALUES
  ('3f2a001b-1c00-401b-8000-a1b2c300001b', '2024-03-20T06:07:00Z', '{"changes":[],"sync_id":52718}'::jsonb, '["2024-03-02", "2024-03-03", "2024-03-04"]'::jsonb),
  ('3f2a001c-1c01-401c-8001-a1b2c300001c', '2024-03-20T06:07:07Z', '{"changes":[],"sync_id":52718}'::jsonb, '["2024-03-03", "2024-03-04", "2024-03-05"]'::jsonb),
  ('3f2a001d-1c02-401d-8002-a1b2c300001d', '2024-03-20T06:07:14Z', '{"changes":[],"sync_id":52718}'::jsonb, '["2024-03-04", "2024-03-05", "2024-03-06"]'::jsonb);
INSERT INTO airbyte_recurly.invoices (_airbyte_raw_id, _airbyte_extracted_at, _airbyte_meta, type, account, address, balance, billing_info_id, business_entity_id, closed_at, collection_method, created_at, credit_payments, currency, customer_notes, discount, due_at, dunning_campaign_id, dunning_events_sent, final_dunning_event, has_more_line_items, id, line_items, net_terms, number, object, origin, paid, po_number, previous_invoice_id, refundable_amount, shipping_address, state, subscription_ids, subtotal, tax, tax_info, terms_and_conditions, total, transactions, updated_at, used_tax_service, uuid, vat_number, vat_reverse_charge_notes) VALUES
  ('3f2a001e-1c00-401e-8000-a1b2c300001e', '2024-03-20T06:08:00Z', '{"changes":[],"sync_id":52718}'::jsonb, 'charge', '{"object": "account", "id": "o1pmbh1t3lcb", "code": "acme-corp", "email": "billing@acme-corp.example", "first_name": null, "last_name": null, "company": "Acme Corp", "parent_account_id": null, "bill_to": "self", "dunning_campaign_id": null}'::jsonb, '{"city": "Springfield", "country": "US"}'::jsonb, 0, 'o1pmf1a2b3c4', NULL, '2024-03-01T00:10:00Z', 'automatic', '2024-03-01T00:05:00Z', '[]'::jsonb, 'USD', NULL, 0, '2024-03-01T00:05:00Z', NULL, 0, false, false, 'o1pmk6g7h8i9', '[{"id": "o1pml7v2w3x4", "invoice_id": "o1pmk6g7h8i9"}]'::jsonb, 0, '1001', 'invoice', 'renewal', 59, NULL, NULL, 59, NULL, 'paid', '["o1pmj5u5v6w7"]'::jsonb, 59, 0, NULL, NULL, 59, '[{"id": "o1pmm8k7l8m9", "uuid": "0000000000000000000000007a000000"}]'::jsonb, '2024-03-01T00:10:00Z', false, '0000000000000000000000001a0c0000', NULL, NULL),
  ('3f2a001f-1c01-401f-8001-a1b2c300001f', '2024-03-20T06:08:07Z', '{"changes":[],"sync_id":52718}'::jsonb, 'charge', '{"object": "account", "id": "o1pmbh9q7dkx", "code": "acme-emea", "email": "billing@acme-emea.example", "first_name": null, "last_name": null, "company": "Acme EMEA", "parent_account_id": "o1pmbh1t3lcb", "bill_to": "self", "dunning_campaign_id": null}'::jsonb, '{"city": "Springfield", "country": "US"}'::jsonb, 0, 'o1pmf1d5e6f7', NULL, '2024-03-02T00:10:00Z', 'automatic', '2024-03-02T00:05:00Z', '[]'::jsonb, 'USD', NULL, 0, '2024-03-02T00:05:00Z', NULL, 0, false, false, 'o1pmk6j0k1l2', '[{"id": "o1pml7y5z6a7", "invoice_id": "o1pmk6j0k1l2"}]'::jsonb, 0, '1002', 'invoice', 'renewal', 19, NULL, NULL, 19, NULL, 'paid', '["o1pmj5x8y9z0"]'::jsonb, 19, 0, NULL, NULL, 19, '[{"id": "o1pmm8n0o1p2", "uuid": "0000000000000000000000007a000001"}]'::jsonb, '2024-03-02T00:10:00Z', false, '0000000000000000000000001a0c0001', NULL, NULL),
  ('3f2a0020-1c02-4020-8002-a1b2c3000020', '2024-03-20T06:08:14Z', '{"changes":[],"sync_id":52718}'::jsonb, 'charge', '{"object": "account", "id": "o1pmbhcz2rfe", "code": "acme-apac", "email": "billing@acme-apac.example", "first_name": null, "last_name": null, "company": "Acme APAC", "parent_account_id": "o1pmbh1t3lcb", "bill_to": "self", "dunning_campaign_id": null}'::jsonb, '{"city": "Springfield", "country": "US"}'::jsonb, 0, 'o1pmf1g8h9i0', NULL, '2024-03-03T00:10:00Z', 'automatic', '2024-03-03T00:05:00Z', '[]'::jsonb, 'USD', NULL, 0, '2024-03-03T00:05:00Z', NULL, 0, false, false, 'o1pmk6m3n4o5', '[{"id": "o1pml7b8c9d0", "invoice_id": "o1pmk6m3n4o5"}]'::jsonb, 0, '1003', 'invoice', 'renewal', 59, NULL, NULL, 0, NULL, 'paid', '["o1pmj5a1b2c3"]'::jsonb, 59, 0, NULL, NULL, 59, '[{"id": "o1pmm8q3r4s5", "uuid": "0000000000000000000000007a000002"}]'::jsonb, '2024-03-03T00:10:00Z', false, '0000000000000000000000001a0c0002', NULL, NULL),
  ('3f2a0021-1c03-4021-8003-a1b2c3000021', '2024-03-20T06:08:21Z', '{"changes":[],"sync_id":52718}'::jsonb, 'credit', '{"object": "account", "id": "o1pmbhcz2rfe", "code": "acme-apac", "email": "billing@acme-apac.example", "first_name": null, "last_name": null, "company": "Acme APAC", "parent_account_id": "o1pmbh1t3lcb", "bill_to": "self", "dunning_campaign_id": null}'::jsonb, '{"city": "Springfield", "country": "US"}'::jsonb, 0, 'o1pmf1g8h9i0', NULL, '2024-03-04T00:10:00Z', 'automatic', '2024-03-04T00:05:00Z', '[]'::jsonb, 'USD', NULL, 0, '2024-03-04T00:05:00Z', NULL, 0, false, false, 'o1pmk6p6q7r8', '[{"id": "o1pml7e1f2g3", "invoice_id": "o1pmk6p6q7r8"}]'::jsonb, 0, '1004', 'invoice', 'refund', 0, NULL, 'o1pmk6m3n4o5', NULL, NULL, 'closed', '["o1pmj5a1b2c3"]'::jsonb, -59, 0, NULL, NULL, -59, '[{"id": "o1pmm8t6u7v8", "uuid": "0000000000000000000000007a000003"}]'::jsonb, '2024-03-04T00:10:00Z', false, '0000000000000000000000001a0c0003', NULL, NULL),
  ('3f2a0022-1c04-4022-8004-a1b2c3000022', '2024-03-20T06:08:28Z', '{"changes":[],"sync_id":52718}'::jsonb, 'charge', '{"object": "account", "id": "o1pmbhk5ywun", "code": "globex", "email": "billing@globex.example", "first_name": null, "last_name": null, "company": "Globex", "parent_account_id": null, "bill_to": "self", "dunning_campaign_id": null}'::jsonb, '{"city": "Springfield", "country": "US"}'::jsonb, 0, 'o1pmf1j1k2l3', NULL, '2024-03-05T00:10:00Z', 'automatic', '2024-03-05T00:05:00Z', '[]'::jsonb, 'USD', NULL, 0, '2024-03-05T00:05:00Z', NULL, 0, false, false, 'o1pmk6s9t0u1', '[{"id": "o1pml7h4i5j6", "invoice_id": "o1pmk6s9t0u1"}]'::jsonb, 0, '1005', 'invoice', 'renewal', 490, NULL, NULL, 490, NULL, 'paid', '["o1pmj5d4e5f6"]'::jsonb, 490, 0, NULL, NULL, 490, '[]'::jsonb, '2024-03-05T00:10:00Z', false, '0000000000000000000000001a0c0004', NULL, NULL);
INSERT INTO airbyte_recurly.line_items (_airbyte_raw_id, _airbyte_extracted_at, _airbyte_meta, type, description, account, accounting_code, add_on_code, add_on_id, amount, bill_for_account_id, created_at, credit_applied, credit_reason_code, currency, custom_fields, discount, end_date, external_sku, id, invoice_id, invoice_number, item_code, item_id, legacy_category, object, origin, original_line_item_invoice_id, plan_code, plan_id, previous_line_item_id, product_code, proration_rate, quantity, refund, refunded_quantity, revenue_schedule_type, shipping_address, start_date, state, subscription_id, subtotal, tax, tax_code, tax_exempt, tax_info, taxable, unit_amount, unit_amount_decimal, updated_at, uuid) VALUES
  ('3f2a0023-1c00-4023-8000-a1b2c3000023', '2024-03-20T06:09:00Z', '{"changes":[],"sync_id":52718}'::jsonb, 'charge', 'Subscription charge', '{"object": "account", "id": "o1pmbh1t3lcb", "code": "acme-corp", "email": "billing@acme-corp.example", "first_name": null, "last_name": null, "company": "Acme Corp", "parent_account_id": null, "bill_to": "self", "dunning_campaign_id": null}'::jsonb, NULL, NULL, NULL, 49, 'o1pmbh1t3lcb', '2024-03-01T00:05:00Z', NULL, NULL, 'USD', '[]'::jsonb, 0, '2024-04-01T00:00:00Z', NULL, 'o1pml7v2w3x4', 'o1pmk6g7h8i9', '1001', NULL, NULL, NULL, 'line_item', 'plan', NULL, 'pro-monthly', 'o1pmc3zdfq8b', NULL, 'pro-monthly', NULL, 1, false, NULL, 'evenly', NULL, '2024-03-01T00:00:00Z', 'invoiced', 'o1pmj5u5v6w7', 49, 0, NULL, false, NULL, false, 49, '49', '2024-03-01T00:05:00Z', '00000000000000000000000011e00000'),
  ('3f2a0024-1c01-4024-8001-a1b2c3000024', '2024-03-20T06:09:07Z', '{"changes":[],"sync_id":52718}'::jsonb, 'charge', 'Subscription charge', '{"object": "account", "id": "o1pmbh9q7dkx", "code": "acme-emea", "email": "billing@acme-emea.example", "first_name": null, "last_name": null, "company": "Acme EMEA", "parent_account_id": "o1pmbh1t3lcb", "bill_to": "self", "dunning_campaign_id": null}'::jsonb, NULL, NULL, NULL, 19, 'o1pmbh9q7dkx', '2024-03-02T00:05:00Z', NULL, NULL, 'USD', '[]'::jsonb, 0, '2024-04-01T00:00:00Z', NULL, 'o1pml7y5z6a7', 'o1pmk6j0k1l2', '1002', NULL, NULL, NULL, 'line_item', 'plan', NULL, 'basic-monthly', 'o1pmc3x9lb1a', NULL, 'basic-monthly', NULL, 1, false, NULL, 'evenly', NULL, '2024-03-01T00:00:00Z', 'invoiced', 'o1pmj5x8y9z0', 19, 0, NULL, false, NULL, false, 19, '19', '2024-03-02T00:05:00Z', '00000000000000000000000011e00001'),
  ('3f2a0025-1c02-4025-8002-a1b2c3000025', '2024-03-20T06:09:14Z', '{"changes":[],"sync_id":52718}'::jsonb, 'charge', 'Subscription charge', '{"object": "account", "id": "o1pmbhcz2rfe", "code": "acme-apac", "email": "billing@acme-apac.example", "first_name": null, "last_name": null, "company": "Acme APAC", "parent_account_id": "o1pmbh1t3lcb", "bill_to": "self", "dunning_campaign_id": null}'::jsonb, NULL, 'extra-seats', 'o1pme7m2r3ao', 10, 'o1pmbhcz2rfe', '2024-03-03T00:05:00Z', NULL, NULL, 'USD', '[]'::jsonb, 0, '2024-04-01T00:00:00Z', NULL, 'o1pml7b8c9d0', 'o1pmk6m3n4o5', '1003', NULL, NULL, NULL, 'line_item', 'add_on', NULL, 'pro-monthly', 'o1pmc3zdfq8b', NULL, 'extra-seats', NULL, 1, false, NULL, 'evenly', NULL, '2024-03-01T00:00:00Z', 'invoiced', 'o1pmj5a1b2c3', 10, 0, NULL, false, NULL, false, 10, '10', '2024-03-03T00:05:00Z', '00000000000000000000000011e00002'),
  ('3f2a0026-1c03-4026-8003-a1b2c3000026', '2024-03-20T06:09:21Z', '{"changes":[],"sync_id":52718}'::jsonb, 'credit', 'Refund', '{"object": "account", "id": "o1pmbhcz2rfe", "code": "acme-apac", "email": "billing@acme-apac.example", "first_name": null, "last_name": null, "company": "Acme APAC", "parent_account_id": "o1pmbh1t3lcb", "bill_to": "self", "dunning_campaign_id": null}'::jsonb, NULL, 'extra-seats', 'o1pme7m2r3ao', -10, 'o1pmbhcz2rfe', '2024-03-04T00:05:00Z', NULL, 'refund', 'USD', '[]'::jsonb, 0, '2024-04-01T00:00:00Z', NULL, 'o1pml7e1f2g3', 'o1pmk6p6q7r8', '1004', NULL, NULL, NULL, 'line_item', 'add_on', 'o1pmk6m3n4o5', 'pro-monthly', 'o1pmc3zdfq8b', 'o1pml7b8c9d0', 'extra-seats', NULL, 1, true, NULL, 'evenly', NULL, '2024-03-01T00:00:00Z', 'invoiced', 'o1pmj5a1b2c3', -10, 0, NULL, false, NULL, false, -10, '-10', '2024-03-04T00:05:00Z', '00000000000000000000000011e00003'),
  ('3f2a0027-1c04-4027-8004-a1b2c3000027', '2024-03-20T06:09:28Z', '{"changes":[],"sync_id":52718}'::jsonb, 'charge', 'Subscription charge', '{"object": "account", "id": "o1pmbhk5ywun", "code": "globex", "email": "billing@globex.example", "first_name": null, "last_name": null, "company": "Globex", "parent_account_id": null, "bill_to": "self", "dunning_campaign_id": null}'::jsonb, NULL, NULL, NULL, 490, 'o1pmbhk5ywun', '2024-03-05T00:05:00Z', NULL, NULL, 'USD', '[]'::jsonb, 0, '2024-04-01T00:00:00Z', NULL, 'o1pml7h4i5j6', 'o1pmk6s9t0u1', '1005', NULL, NULL, NULL, 'line_item', 'plan', NULL, 'pro-annual', 'o1pmc42kw7nc', NULL, 'pro-annual', NULL, 1, false, NULL, 'evenly', NULL, '2024-03-01T00:00:00Z', 'invoiced', 'o1pmj5d4e5f6', 490, 0, NULL, false, NULL, false, 490, '490', '2024-03-05T00:05:00Z', '00000000000000000000000011e00004');
INSERT INTO airbyte_recurly.measured_units (_airbyte_raw_id, _airbyte_extracted_at, _airbyte_meta, description, created_at, deleted_at, display_name, id, name, object, state, updated_at) VALUES
  ('3f2a0028-1c00-4028-8000-a1b2c3000028', '2024-03-20T06:10:00Z', '{"changes":[],"sync_id":52718}'::jsonb, 'Usage unit: API calls', '2024-01-01T08:00:00Z', NULL, 'API calls', 'o1pmd0a1u2mu', 'api_calls', 'measured_unit', 'active', '2024-01-01T08:00:00Z'),
  ('3f2a0029-1c01-4029-8001-a1b2c3000029', '2024-03-20T06:10:07Z', '{"changes":[],"sync_id":52718}'::jsonb, 'Usage unit: Gigabytes', '2024-01-01T08:00:00Z', NULL, 'Gigabytes', 'o1pmd0c7hhxv', 'gigabytes', 'measured_unit', 'active', '2024-01-01T08:00:00Z'),
  ('3f2a002a-1c02-402a-8002-a1b2c300002a', '2024-03-20T06:10:14Z', '{"changes":[],"sync_id":52718}'::jsonb, 'Usage unit: Seats', '2024-01-01T08:00:00Z', NULL, 'Seats', 'o1pmd0fqe4zw', 'seats', 'measured_unit', 'active', '2024-01-01T08:00:00Z');
INSERT INTO airbyte_recurly.plans (_airbyte_raw_id, _airbyte_extracted_at, _airbyte_meta, description, accounting_code, allow_any_item_on_subscriptions, auto_renew, avalara_service_type, avalara_transaction_type, code, created_at, currencies, custom_fields, deleted_at, dunning_campaign_id, hosted_pages, id, interval_length, interval_unit, name, object, pricing_model, ramp_intervals, revenue_schedule_type, setup_fee_accounting_code, setup_fee_revenue_schedule_type, state, tax_code, tax_exempt, total_billing_cycles, trial_length, trial_requires_billing_info, trial_unit, updated_at) VALUES
  ('3f2a002b-1c00-402b-8000-a1b2c300002b', '2024-03-20T06:11:00Z', '{"changes":[],"sync_id":52718}'::jsonb, NULL, NULL, NULL, true, NULL, NULL, 'basic-monthly', '2024-01-01T08:30:00Z', '[{"currency": "USD", "unit_amount": 19, "setup_fee": 0}]'::jsonb, '[]'::jsonb, NULL, NULL, '{"display_quantity": false}'::jsonb, 'o1pmc3x9lb1a', 1, 'months', 'Basic (monthly)', 'plan', 'fixed', '[]'::jsonb, 'evenly', NULL, NULL, 'active', NULL, false, NULL, 14, true, 'days', '2024-02-01T08:30:00Z'),
  ('3f2a002c-1c01-402c-8001-a1b2c300002c', '2024-03-20T06:11:07Z', '{"changes":[],"sync_id":52718}'::jsonb, NULL, NULL, NULL, true, NULL, NULL, 'pro-monthly', '2024-01-01T08:30:00Z', '[{"currency": "USD", "unit_amount": 49, "setup_fee": 0}]'::jsonb, '[]'::jsonb, NULL, NULL, '{"display_quantity": false}'::jsonb, 'o1pmc3zdfq8b', 1, 'months', 'Pro (monthly)', 'plan', 'fixed', '[]'::jsonb, 'evenly', NULL, NULL, 'active', NULL, false, NULL, 14, true, 'days', '2024-02-01T08:30:00Z'),
  ('3f2a002d-1c02-402d-8002-a1b2c300002d', '2024-03-20T06:11:14Z', '{"changes":[],"sync_id":52718}'::jsonb, NULL, NULL, NULL, true, NULL, NULL, 'pro-annual', '2024-01-01T08:30:00Z', '[{"currency": "USD", "unit_amount": 490, "setup_fee": 0}]'::jsonb, '[]'::jsonb, NULL, NULL, '{"display_quantity": false}'::jsonb, 'o1pmc42kw7nc', 12, 'months', 'Pro (annual)', 'plan', 'fixed', '[]'::jsonb, 'evenly', NULL, NULL, 'active', NULL, false, NULL, 0, true, 'days', '2024-02-01T08:30:00Z');
INSERT INTO airbyte_recurly.shipping_addresses (_airbyte_raw_id, _airbyte_extracted_at, _airbyte_meta, account_id, city, company, country, created_at, email, first_name, geo_code, id, last_name, nickname, object, phone, postal_code, region, street1, street2, updated_at, vat_number) VALUES
  ('3f2a002e-1c00-402e-8000-a1b2c300002e', '2024-03-20T06:12:00Z', '{"changes":[],"sync_id":52718}'::jsonb, 'o1pmbh1t3lcb', 'Springfield', 'Acme Corp', 'US', '2024-01-02T09:10:00Z', NULL, 'Ana', NULL, 'o1pmg2m3n4o5', 'Ruiz', 'HQ', 'shipping_address', '+1-217-555-0100', '62701', 'IL', '100 Main St', NULL, '2024-01-02T09:10:00Z', NULL),
  ('3f2a002f-1c01-402f-8001-a1b2c300002f', '2024-03-20T06:12:07Z', '{"changes":[],"sync_id":52718}'::jsonb, 'o1pmbh9q7dkx', 'Springfield', 'Acme EMEA', 'US', '2024-01-03T09:10:00Z', NULL, 'Ben', NULL, 'o1pmg2p6q7r8', 'Okafor', 'HQ', 'shipping_address', '+1-217-555-0101', '62701', 'IL', '101 Main St', NULL, '2024-01-03T09:10:00Z', NULL),
  ('3f2a0030-1c02-4030-8002-a1b2c3000030', '2024-03-20T06:12:14Z', '{"changes":[],"sync_id":52718}'::jsonb, 'o1pmbhcz2rfe', 'Springfield', 'Acme APAC', 'US', '2024-01-04T09:10:00Z', NULL, 'Chen', NULL, 'o1pmg2s9t0u1', 'Wei', 'HQ', 'shipping_address', '+1-217-555-0102', '62701', 'IL', '102 Main St', NULL, '2024-01-04T09:10:00Z', NULL),
  ('3f2a0031-1c03-4031-8003-a1b2c3000031', '2024-03-20T06:12:21Z', '{"changes":[],"sync_id":52718}'::jsonb, 'o1pmbhk5ywun', 'Springfield', 'Globex', 'US', '2024-01-05T09:10:00Z', NULL, 'Dora', NULL, 'o1pmg2v2w3x4', 'Lind', 'HQ', 'shipping_address', '+1-217-555-0103', '62701', 'IL', '103 Main St', NULL, '2024-01-05T09:10:00Z', NULL);
INSERT INTO airbyte_recurly.shipping_methods (_airbyte_raw_id, _airbyte_extracted_at, _airbyte_meta, accounting_code, code, created_at, deleted_at, id, name, tax_code, updated_at) VALUES
  ('3f2a0032-1c00-4032-8000-a1b2c3000032', '2024-03-20T06:13:00Z', '{"changes":[],"sync_id":52718}'::jsonb, 'ship-gnd', 'ground', '2024-01-01T07:00:00Z', NULL, 'o1pmh3y4z5a6', 'Ground', 'FR', '2024-01-01T07:00:00Z'),
  ('3f2a0033-1c01-4033-8001-a1b2c3000033', '2024-03-20T06:13:07Z', '{"changes":[],"sync_id":52718}'::jsonb, 'ship-exp', 'express', '2024-01-01T07:00:00Z', NULL, 'o1pmh3b7c8d9', 'Express', 'FR', '2024-01-01T07:00:00Z'),
  ('3f2a0034-1c02-4034-8002-a1b2c3000034', '2024-03-20T06:13:14Z', '{"changes":[],"sync_id":52718}'::jsonb, 'ship-ovn', 'overnight', '2024-01-01T07:00:00Z', NULL, 'o1pmh3e0f1g2', 'Overnight', 'FR', '2024-01-01T07:00:00Z');
INSERT INTO airbyte_recurly.subscriptions (_airbyte_raw_id, _airbyte_extracted_at, _airbyte_meta, account, action_result, activated_at, active_invoice_id, add_ons, add_ons_total, auto_renew, bank_account_authorized_at, billing_info_id, canceled_at, collection_method, converted_at, coupon_redemptions, created_at, currency, current_period_ends_at, current_period_started_at, current_term_ends_at, current_term_started_at, custom_fields, customer_notes, expiration_reason, expires_at, gateway_code, id, net_terms, net_terms_type, object, paused_at, pending_change, plan, po_number, quantity, ramp_intervals, remaining_billing_cycles, remaining_pause_cycles, renewal_billing_cycles, revenue_schedule_type, shipping, started_with_gift, state, subtotal, tax, tax_inclusive, tax_info, terms_and_conditions, total, total_billing_cycles, trial_ends_at, trial_started_at, unit_amount, updated_at, uuid) VALUES
  ('3f2a0035-1c00-4035-8000-a1b2c3000035', '2024-03-20T06:14:00Z', '{"changes":[],"sync_id":52718}'::jsonb, '{"object": "account", "id": "o1pmbh1t3lcb", "code": "acme-corp", "email": "billing@acme-corp.example", "first_name": null, "last_name": null, "company": "Acme Corp", "parent_account_id": null, "bill_to": "self", "dunning_campaign_id": null}'::jsonb, NULL, '2024-01-10T09:00:00Z', 'o1pmk6g7h8i9', '[{"id": "o1pmsubaddon0", "code": "extra-seats"}]'::jsonb, 10, true, NULL, 'o1pmf1a2b3c4', NULL, 'automatic', NULL, NULL, '2024-01-10T09:00:00Z', 'USD', '2024-04-01T00:00:00Z', '2024-03-01T00:00:00Z', NULL, NULL, '[]'::jsonb, NULL, NULL, NULL, NULL, 'o1pmj5u5v6w7', 0, 'net', 'subscription', NULL, NULL, '{"object": "plan", "id": "o1pmc3zdfq8b", "code": "pro-monthly", "name": "pro-monthly"}'::jsonb, NULL, 1, '[]'::jsonb, NULL, NULL, NULL, NULL, '{"object": "subscription_shipping", "address": {"id": "o1pmg2m3n4o5", "account_id": "o1pmbh1t3lcb"}, "method": {"id": "o1pmh3y4z5a6", "code": "ground"}, "amount": 0}'::jsonb, NULL, 'active', 49, 0, NULL, NULL, NULL, 49, NULL, NULL, NULL, 49, '2024-03-10T09:00:00Z', '0000000000000000000000005b1e0000'),
  ('3f2a0036-1c01-4036-8001-a1b2c3000036', '2024-03-20T06:14:07Z', '{"changes":[],"sync_id":52718}'::jsonb, '{"object": "account", "id": "o1pmbh9q7dkx", "code": "acme-emea", "email": "billing@acme-emea.example", "first_name": null, "last_name": null, "company": "Acme EMEA", "parent_account_id": "o1pmbh1t3lcb", "bill_to": "self", "dunning_campaign_id": null}'::jsonb, NULL, '2024-01-11T09:00:00Z', 'o1pmk6j0k1l2', '[]'::jsonb, 0, true, NULL, 'o1pmf1d5e6f7', NULL, 'automatic', NULL, NULL, '2024-01-11T09:00:00Z', 'USD', '2024-04-01T00:00:00Z', '2024-03-01T00:00:00Z', NULL, NULL, '[]'::jsonb, NULL, NULL, NULL, NULL, 'o1pmj5x8y9z0', 0, 'net', 'subscription', NULL, NULL, '{"object": "plan", "id": "o1pmc3x9lb1a", "code": "basic-monthly", "name": "basic-monthly"}'::jsonb, NULL, 1, '[]'::jsonb, NULL, NULL, NULL, NULL, '{"object": "subscription_shipping", "address": {"id": "o1pmg2p6q7r8", "account_id": "o1pmbh9q7dkx"}, "method": {"id": "o1pmh3y4z5a6", "code": "ground"}, "amount": 0}'::jsonb, NULL, 'active', 19, 0, NULL, NULL, NULL, 19, NULL, NULL, NULL, 19, '2024-03-11T09:00:00Z', '0000000000000000000000005b1e0001'),
  ('3f2a0037-1c02-4037-8002-a1b2c3000037', '2024-03-20T06:14:14Z', '{"changes":[],"sync_id":52718}'::jsonb, '{"object": "account", "id": "o1pmbhcz2rfe", "code": "acme-apac", "email": "billing@acme-apac.example", "first_name": null, "last_name": null, "company": "Acme APAC", "parent_account_id": "o1pmbh1t3lcb", "bill_to": "self", "dunning_campaign_id": null}'::jsonb, NULL, '2024-01-12T09:00:00Z', 'o1pmk6m3n4o5', '[{"id": "o1pmsubaddon2", "code": "extra-seats"}]'::jsonb, 10, true, NULL, 'o1pmf1g8h9i0', NULL, 'automatic', NULL, NULL, '2024-01-12T09:00:00Z', 'USD', '2024-04-01T00:00:00Z', '2024-03-01T00:00:00Z', NULL, NULL, '[]'::jsonb, NULL, NULL, NULL, NULL, 'o1pmj5a1b2c3', 0, 'net', 'subscription', NULL, NULL, '{"object": "plan", "id": "o1pmc3zdfq8b", "code": "pro-monthly", "name": "pro-monthly"}'::jsonb, NULL, 1, '[]'::jsonb, NULL, NULL, NULL, NULL, '{"object": "subscription_shipping", "address": {"id": "o1pmg2s9t0u1", "account_id": "o1pmbhcz2rfe"}, "method": {"id": "o1pmh3y4z5a6", "code": "ground"}, "amount": 0}'::jsonb, NULL, 'active', 49, 0, NULL, NULL, NULL, 49, NULL, NULL, NULL, 49, '2024-03-12T09:00:00Z', '0000000000000000000000005b1e0002'),
  ('3f2a0038-1c03-4038-8003-a1b2c3000038', '2024-03-20T06:14:21Z', '{"changes":[],"sync_id":52718}'::jsonb, '{"object": "account", "id": "o1pmbhk5ywun", "code": "globex", "email": "billing@globex.example", "first_name": null, "last_name": null, "company": "Globex", "parent_account_id": null, "bill_to": "self", "dunning_campaign_id": null}'::jsonb, NULL, '2024-01-13T09:00:00Z', 'o1pmk6s9t0u1', '[]'::jsonb, 0, true, NULL, 'o1pmf1j1k2l3', '2024-03-15T00:00:00Z', 'automatic', NULL, NULL, '2024-01-13T09:00:00Z', 'USD', '2024-04-01T00:00:00Z', '2024-03-01T00:00:00Z', NULL, NULL, '[]'::jsonb, NULL, NULL, NULL, NULL, 'o1pmj5d4e5f6', 0, 'net', 'subscription', NULL, NULL, '{"object": "plan", "id": "o1pmc42kw7nc", "code": "pro-annual", "name": "pro-annual"}'::jsonb, NULL, 1, '[]'::jsonb, NULL, NULL, NULL, NULL, '{"object": "subscription_shipping", "address": {"id": "o1pmg2v2w3x4", "account_id": "o1pmbhk5ywun"}, "method": {"id": "o1pmh3y4z5a6", "code": "ground"}, "amount": 0}'::jsonb, NULL, 'canceled', 490, 0, NULL, NULL, NULL, 490, NULL, NULL, NULL, 490, '2024-03-13T09:00:00Z', '0000000000000000000000005b1e0003');
INSERT INTO airbyte_recurly.transactions (_airbyte_raw_id, _airbyte_extracted_at, _airbyte_meta, type, account, action_result, amount, avs_check, backup_payment_method_used, billing_address, collected_at, collection_method, created_at, currency, customer_message, customer_message_locale, cvv_check, fraud_info, gateway_approval_code, gateway_message, gateway_reference, gateway_response_code, gateway_response_time, gateway_response_values, id, invoice, ip_address_country, ip_address_v4, object, origin, original_transaction_id, payment_gateway, payment_method, refunded, status, status_code, status_message, subscription_ids, success, updated_at, uuid, vat_number, voided_at, voided_by_invoice) VALUES
  ('3f2a0039-1c00-4039-8000-a1b2c3000039', '2024-03-20T06:15:00Z', '{"changes":[],"sync_id":52718}'::jsonb, 'purchase', '{"object": "account", "id": "o1pmbh1t3lcb", "code": "acme-corp", "email": "billing@acme-corp.example", "first_name": null, "last_name": null, "company": "Acme Corp", "parent_account_id": null, "bill_to": "self", "dunning_campaign_id": null}'::jsonb, NULL, 59, 'D', false, '{"city": "Springfield", "country": "US"}'::jsonb, '2024-03-01T00:06:00Z', 'automatic', '2024-03-01T00:06:00Z', 'USD', NULL, 'en-US', 'M', NULL, 'A1B2C0', 'Approved', 'ch_000300', '00', NULL, '{}'::jsonb, 'o1pmm8k7l8m9', '{"id": "o1pmk6g7h8i9", "number": "1001", "type": "charge", "state": "paid"}'::jsonb, 'US', '203.0.113.10', 'transaction', 'api', NULL, '{"id": "o1pmgw000001", "type": "test", "name": "Test Gateway", "object": "payment_gateway"}'::jsonb, '{"object": "credit_card", "card_type": "Visa", "last_four": "4200"}'::jsonb, false, 'success', NULL, 'Transaction was successful.', '["o1pmj5u5v6w7"]'::jsonb, true, '2024-03-01T00:06:00Z', '0000000000000000000000007a000000', NULL, NULL, NULL),
  ('3f2a003a-1c01-403a-8001-a1b2c300003a', '2024-03-20T06:15:07Z', '{"changes":[],"sync_id":52718}'::jsonb, 'purchase', '{"object": "account", "id": "o1pmbh9q7dkx", "code": "acme-emea", "email": "billing@acme-emea.example", "first_name": null, "last_name": null, "company": "Acme EMEA", "parent_account_id": "o1pmbh1t3lcb", "bill_to": "self", "dunning_campaign_id": null}'::jsonb, NULL, 19, 'D', false, '{"city": "Springfield", "country": "US"}'::jsonb, '2024-03-02T00:06:00Z', 'automatic', '2024-03-02T00:06:00Z', 'USD', NULL, 'en-US', 'M', NULL, 'A1B2C1', 'Approved', 'ch_000301', '00', NULL, '{}'::jsonb, 'o1pmm8n0o1p2', '{"id": "o1pmk6j0k1l2", "number": "1002", "type": "charge", "state": "paid"}'::jsonb, 'US', '203.0.113.11', 'transaction', 'api', NULL, '{"id": "o1pmgw000001", "type": "test", "name": "Test Gateway", "object": "payment_gateway"}'::jsonb, '{"object": "credit_card", "card_type": "Visa", "last_four": "4201"}'::jsonb, false, 'success', NULL, 'Transaction was successful.', '["o1pmj5x8y9z0"]'::jsonb, true, '2024-03-02T00:06:00Z', '0000000000000000000000007a000001', NULL, NULL, NULL),
  ('3f2a003b-1c02-403b-8002-a1b2c300003b', '2024-03-20T06:15:14Z', '{"changes":[],"sync_id":52718}'::jsonb, 'purchase', '{"object": "account", "id": "o1pmbhcz2rfe", "code": "acme-apac", "email": "billing@acme-apac.example", "first_name": null, "last_name": null, "company": "Acme APAC", "parent_account_id": "o1pmbh1t3lcb", "bill_to": "self", "dunning_campaign_id": null}'::jsonb, NULL, 59, 'D', false, '{"city": "Springfield", "country": "US"}'::jsonb, '2024-03-03T00:06:00Z', 'automatic', '2024-03-03T00:06:00Z', 'USD', NULL, 'en-US', 'M', NULL, 'A1B2C2', 'Approved', 'ch_000302', '00', NULL, '{}'::jsonb, 'o1pmm8q3r4s5', '{"id": "o1pmk6m3n4o5", "number": "1003", "type": "charge", "state": "paid"}'::jsonb, 'US', '203.0.113.12', 'transaction', 'api', NULL, '{"id": "o1pmgw000001", "type": "test", "name": "Test Gateway", "object": "payment_gateway"}'::jsonb, '{"object": "credit_card", "card_type": "Visa", "last_four": "4202"}'::jsonb, false, 'success', NULL, 'Transaction was successful.', '["o1pmj5a1b2c3"]'::jsonb, true, '2024-03-03T00:06:00Z', '0000000000000000000000007a000002', NULL, NULL, NULL),
  ('3f2a003c-1c03-403c-8003-a1b2c300003c', '2024-03-20T06:15:21Z', '{"changes":[],"sync_id":52718}'::jsonb, 'refund', '{"object": "account", "id": "o1pmbhcz2rfe", "code": "acme-apac", "email": "billing@acme-apac.example", "first_name": null, "last_name": null, "company": "Acme APAC", "parent_account_id": "o1pmbh1t3lcb", "bill_to": "self", "dunning_campaign_id": null}'::jsonb, NULL, 10, 'D', false, '{"city": "Springfield", "country": "US"}'::jsonb, '2024-03-04T00:06:00Z', 'automatic', '2024-03-04T00:06:00Z', 'USD', NULL, 'en-US', 'M', NULL, 'A1B2C3', 'Approved', 'ch_000303', '00', NULL, '{}'::jsonb, 'o1pmm8t6u7v8', '{"id": "o1pmk6p6q7r8", "number": "1004", "type": "credit", "state": "paid"}'::jsonb, 'US', '203.0.113.12', 'transaction', 'api', 'o1pmm8q3r4s5', '{"id": "o1pmgw000001", "type": "test", "name": "Test Gateway", "object": "payment_gateway"}'::jsonb, '{"object": "credit_card", "card_type": "Visa", "last_four": "4202"}'::jsonb, false, 'success', NULL, 'Transaction was successful.', '["o1pmj5a1b2c3"]'::jsonb, true, '2024-03-04T00:06:00Z', '0000000000000000000000007a000003', NULL, NULL, NULL);
INSERT INTO airbyte_recurly.unique_coupons (_airbyte_raw_id, _airbyte_extracted_at, _airbyte_meta, bulk_coupon_code, bulk_coupon_id, code, created_at, expired_at, id, object, redeemed_at, state, updated_at) VALUES
  ('3f2a003d-1c00-403d-8000-a1b2c300003d', '2024-03-20T06:16:00Z', '{"changes":[],"sync_id":52718}'::jsonb, 'SPRING24', 'o1pmi4l6m7n8', 'SPRING24-10001', '2024-01-11T12:05:00Z', NULL, 'o1pmo0f8g9h0', 'unique_coupon_code', '2024-02-20T10:00:00Z', 'redeemed', '2024-02-20T11:00:00Z'),
  ('3f2a003e-1c01-403e-8001-a1b2c300003e', '2024-03-20T06:16:07Z', '{"changes":[],"sync_id":52718}'::jsonb, 'PARTNER-BULK', 'o1pmi4o9p0q1', 'PARTNER-10002', '2024-01-12T12:05:00Z', NULL, 'o1pmo0i1j2k3', 'unique_coupon_code', NULL, 'redeemable', '2024-02-21T11:00:00Z'),
  ('3f2a003f-1c02-403f-8002-a1b2c300003f', '2024-03-20T06:16:14Z', '{"changes":[],"sync_id":52718}'::jsonb, 'BETA-BULK', 'o1pmi4r2s3t4', 'BETA-10003', '2024-01-13T12:05:00Z', NULL, 'o1pmo0l4m5n6', 'unique_coupon_code', NULL, 'redeemable', '2024-02-22T11:00:00Z'),
  ('3f2a0040-1c03-4040-8003-a1b2c3000040', '2024-03-20T06:16:21Z', '{"changes":[],"sync_id":52718}'::jsonb, 'BETA-BULK', 'o1pmi4r2s3t4', 'BETA-10004', '2024-01-13T12:05:00Z', NULL, 'o1pmo0o7p8q9', 'unique_coupon_code', '2024-02-22T11:00:00Z', 'redeemed', '2024-02-23T11:00:00Z');
INSERT INTO airbyte_recurly.unique_coupons_parent (_airbyte_raw_id, _airbyte_extracted_at, _airbyte_meta, applies_to_all_items, applies_to_all_plans, applies_to_non_plan_charges, code, coupon_type, created_at, discount, duration, hosted_page_description, id, invoice_description, max_redemptions_per_account, name, object, redemption_resource, state, unique_code_template, unique_coupon_codes_count, updated_at) VALUES
  ('3f2a0041-1c00-4041-8000-a1b2c3000041', '2024-03-20T06:17:00Z', '{"changes":[],"sync_id":52718}'::jsonb, false, true, false, 'SPRING24', 'bulk', '2024-01-11T12:00:00Z', '{"type": "percent", "percent": 15}'::jsonb, 'single_use', NULL, 'o1pmi4l6m7n8', NULL, 1, 'Spring 2024', 'coupon', 'account', 'redeemable', '''SPRING24-''99999', 2, '2024-01-11T12:00:00Z'),
  ('3f2a0042-1c01-4042-8001-a1b2c3000042', '2024-03-20T06:17:07Z', '{"changes":[],"sync_id":52718}'::jsonb, false, true, false, 'PARTNER-BULK', 'bulk', '2024-01-12T12:00:00Z', '{"type": "percent", "percent": 20}'::jsonb, 'single_use', NULL, 'o1pmi4o9p0q1', NULL, 1, 'Partner bulk', 'coupon', 'account', 'redeemable', '''PARTNER-''99999', 2, '2024-01-12T12:00:00Z'),
  ('3f2a0043-1c02-4043-8002-a1b2c3000043', '2024-03-20T06:17:14Z', '{"changes":[],"sync_id":52718}'::jsonb, false, true, false, 'BETA-BULK', 'bulk', '2024-01-13T12:00:00Z', '{"type": "percent", "percent": 25}'::jsonb, 'single_use', NULL, 'o1pmi4r2s3t4', NULL, 1, 'Beta bulk', 'coupon', 'account', 'redeemable', '''BETA-''99999', 2, '2024-01-13T12:00:00Z');

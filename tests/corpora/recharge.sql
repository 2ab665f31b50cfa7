-- Recharge (Fivetran connector schema), as landed by Fivetran and used by Fivetran's dbt package dbt_recharge
--   (which now also holds the former dbt_recharge_source staging models); no foreign keys (Fivetran declares none).
-- Source: https://github.com/fivetran/dbt_recharge, commit 5129f34c335bd91d83d31b8f8418d6e0d15a5afc
--   (2026-08-18, "DuckDB support (#51)"; package v1.5.2; the newest commit of that repository).
--   Uniqueness tests from the archived staging package https://github.com/fivetran/dbt_recharge_source, commit
--   8e9f3bdb9339055d227e307a3b56f4dbece9f289 (2025-10-01, "readme: deprecate and redirect to transform (#26)"),
--   whose seeds hold the same records (upper-case headers, ISO 'T...Z' timestamps, deprecated is_deleted columns,
--   charge 400000002 flagged _fivetran_deleted, plus a legacy `order` seed); the dbt_recharge seeds are used.
-- Files used (dbt_recharge@5129f34): integration_tests/seeds/*_data.csv (rows and column order),
--   integration_tests/dbt_project.yml (seeds column_types), macros/staging/get_*_columns.sql (declared datatype of
--   each source column), models/staging/src_recharge.yml, models/staging/stg_recharge.yml, models/docs.md (column
--   docs), models/staging/stg_recharge__*.sql (renames); dbt_recharge_source@8e9f3bd models/stg_recharge.yml
--   (unique / unique_combination_of_columns tests).
-- Licence: Apache License 2.0 (LICENSE of both repositories), Copyright Fivetran.
-- Changes: schema recharge_integration_tests -> recharge; table names are the source table names of
--   src_recharge.yml, i.e. the seed file names without the _data suffix (address_data -> address, orders_data ->
--   orders, ...). The seed order_bool_int_data.csv is not a source table (a copy of orders_data with is_prepaid as
--   1/0, CHANGELOG.md:140 "to properly test cases where is_prepaid is either a boolean or integer") and is not
--   loaded; the legacy `order` source table (connectors before 2024-06-18, dropped from dbt_recharge in
--   "update/order-source-sunset (#35)") is not included. Seed columns kept exactly as seeded (seeds carry a subset
--   of the documented columns, e.g. customer lacks billing_first_name.. billing_country, checkout lacks
--   _fivetran_synced; charge keeps the seed's misspelt has_uncommited_changes).
--   Column types: the postgres column_types of integration_tests/dbt_project.yml where given (bigint for the ids,
--   timestamp, "float" -> double precision, varchar -> text for the total_price columns, boolean for
--   orders.is_prepaid); every other column takes the datatype declared by macros/staging/get_<table>_columns.sql
--   (dbt.type_int -> integer, type_string -> text, type_float -> double precision, type_timestamp -> timestamp,
--   type_boolean -> boolean); so e.g. checkout.charge_id and charge_line_item.purchase_item_id are integer while
--   charge.id is bigint, and address_shipping_line.price is text. The one column covered by neither
--   (charge.has_uncommited_changes, the macro spells it has_uncommitted_changes) is inferred from its values
--   (boolean). Empty CSV fields -> NULL. No identifier is an SQL reserved word ("index" is unreserved, unquoted).
--   PRIMARY KEYs from dbt_recharge_source@8e9f3bd models/stg_recharge.yml, translated back through the staging
--   renames (id as address_id / charge_id / customer_id / discount_id / one_time_product_id / order_id /
--   subscription_id, token as checkout_id, updated_at as subscription_updated_at): `unique` tests -> (id) on
--   address (:11), charge (:84), customer (:336), discount (:383), one_time_product (:418), orders (:455, model
--   stg_recharge__order), subscription (:547), and (token) on checkout (:291); unique_combination_of_columns ->
--   (address_id, index) on address_discounts (:43-46) and address_shipping_line (:60-63), (charge_id, index) on
--   charge_discount (:156-159), charge_line_item (:179-182), charge_order_attribute (:226-229),
--   charge_shipping_line (:244-247), charge_tax_line (:266-269), (order_id, index) on order_line_item
--   (:499-502), (subscription_id, updated_at) on subscription_history (:597-600). dbt_recharge removed these
--   tests when it added source_relation unioning (CHANGELOG.md:63-65). NO foreign keys.
--   All seed rows kept (the seeds are synthetic; some references have no parent row). Added table _sync_meta
--   (not in the source) with one row.
-- Rows per table: address 2, address_discounts 2, address_shipping_line 2, charge 2, charge_discount 2,
--   charge_line_item 2, charge_order_attribute 2, charge_shipping_line 2, charge_tax_line 2, checkout 1,
--   customer 2, discount 2, one_time_product 2, orders 2, order_line_item 2, subscription 2,
--   subscription_history 2, _sync_meta 1 (34 rows in all).

CREATE SCHEMA recharge;

CREATE TABLE recharge.address (id bigint NOT NULL, customer_id bigint, first_name text, last_name text, address_1 text, address_2 text, city text, province text, country_code text, zip text, company text, phone text, created_at timestamp, updated_at timestamp, _fivetran_deleted boolean, _fivetran_synced timestamp, PRIMARY KEY (id));
CREATE TABLE recharge.address_discounts (id bigint, address_id bigint NOT NULL, index integer NOT NULL, _fivetran_deleted boolean, _fivetran_synced timestamp, PRIMARY KEY (address_id, index));
CREATE TABLE recharge.address_shipping_line (address_id bigint NOT NULL, index integer NOT NULL, price text, code text, title text, _fivetran_deleted boolean, _fivetran_synced timestamp, PRIMARY KEY (address_id, index));
CREATE TABLE recharge.charge (id bigint NOT NULL, address_id bigint, customer_id bigint, customer_hash text, note text, created_at timestamp, updated_at timestamp, processed_at timestamp, scheduled_at timestamp, orders_count integer, external_order_id_ecommerce integer, subtotal_price double precision, tags text, tax_lines double precision, total_discounts double precision, total_line_items_price double precision, total_price text, total_tax double precision, total_weight_grams double precision, type text, status text, total_refunds double precision, external_transaction_id_payment_processor text, email text, payment_processor text, has_uncommited_changes boolean, retry_date timestamp, error_type text, error text, charge_attempts integer, external_variant_id_not_found text, client_details_browser_ip text, client_details_user_agent text, _fivetran_synced timestamp, last_charge_attempt_date timestamp, _fivetran_deleted boolean, PRIMARY KEY (id));
CREATE TABLE recharge.charge_discount (charge_id bigint NOT NULL, index integer NOT NULL, id bigint, code text, value double precision, value_type text, _fivetran_synced timestamp, PRIMARY KEY (charge_id, index));
CREATE TABLE recharge.charge_line_item (charge_id bigint NOT NULL, index integer NOT NULL, variant_title text, title text, quantity integer, grams double precision, total_price text, sku text, external_product_id_ecommerce bigint, vendor text, _fivetran_synced timestamp, unit_price double precision, tax_due double precision, taxable boolean, taxable_amount double precision, unit_price_includes_tax boolean, purchase_item_id integer, purchase_item_type text, external_variant_id_ecommerce bigint, PRIMARY KEY (charge_id, index));
CREATE TABLE recharge.charge_order_attribute (charge_id bigint NOT NULL, index integer NOT NULL, order_attribute text, _fivetran_synced timestamp, PRIMARY KEY (charge_id, index));
CREATE TABLE recharge.charge_shipping_line (charge_id bigint NOT NULL, index integer NOT NULL, price double precision, code text, title text, _fivetran_synced timestamp, PRIMARY KEY (charge_id, index));
CREATE TABLE recharge.charge_tax_line (charge_id bigint NOT NULL, index integer NOT NULL, price double precision, rate double precision, title text, _fivetran_synced timestamp, PRIMARY KEY (charge_id, index));
CREATE TABLE recharge.checkout (token text NOT NULL, charge_id integer, buyer_accepts_marketing boolean, completed_at timestamp, created_at timestamp, currency text, discount_code text, email text, external_checkout_id text, external_checkout_source text, external_transaction_id_payment_processor text, order_attributes text, phone text, requires_shipping boolean, subtotal_price double precision, taxes_included boolean, total_price text, total_tax double precision, updated_at timestamp, PRIMARY KEY (token));
CREATE TABLE recharge.customer (id bigint NOT NULL, hash text, external_customer_id_ecommerce integer, email text, created_at timestamp, updated_at timestamp, first_charge_processed_at timestamp, first_name text, last_name text, subscriptions_active_count integer, subscriptions_total_count integer, has_valid_payment_method boolean, has_payment_method_in_dunning boolean, _fivetran_deleted boolean, _fivetran_synced timestamp, tax_exempt boolean, PRIMARY KEY (id));
CREATE TABLE recharge.discount (id bigint NOT NULL, created_at timestamp, updated_at timestamp, starts_at timestamp, ends_at timestamp, code text, value double precision, status text, usage_limits integer, applies_to text, applies_to_resource text, applies_to_id bigint, applies_to_product_type text, minimum_order_amount integer, _fivetran_synced timestamp, PRIMARY KEY (id));
CREATE TABLE recharge.one_time_product (id bigint NOT NULL, address_id bigint, customer_id bigint, _fivetran_deleted boolean, created_at timestamp, updated_at timestamp, next_charge_scheduled_at timestamp, product_title text, variant_title text, price double precision, quantity integer, external_product_id_ecommerce bigint, external_variant_id_ecommerce bigint, sku text, _fivetran_synced timestamp, PRIMARY KEY (id));
CREATE TABLE recharge.orders (id bigint NOT NULL, customer_id bigint, address_id bigint, charge_id bigint, _fivetran_deleted boolean, email text, transaction_id text, charge_status text, is_prepaid boolean, status text, total_price text, type text, external_order_id_ecommerce text, external_order_number_ecommerce integer, created_at timestamp, updated_at timestamp, processed_at timestamp, scheduled_at timestamp, shipped_date timestamp, _fivetran_synced timestamp, PRIMARY KEY (id));
CREATE TABLE recharge.order_line_item (order_id bigint NOT NULL, index integer NOT NULL, variant_title text, title text, quantity integer, grams double precision, total_price text, sku text, external_product_id_ecommerce bigint, external_variant_id_ecommerce bigint, _fivetran_synced timestamp, unit_price double precision, tax_due double precision, taxable boolean, taxable_amount double precision, unit_price_includes_tax boolean, purchase_item_id integer, purchase_item_type text, PRIMARY KEY (order_id, index));
CREATE TABLE recharge.subscription (id bigint NOT NULL, address_id bigint, customer_id bigint, created_at timestamp, cancelled_at timestamp, next_charge_scheduled_at timestamp, price double precision, quantity integer, cancellation_reason text, status text, cancellation_reason_comments text, product_title text, variant_title text, external_product_id_ecommerce bigint, external_variant_id_ecommerce bigint, sku text, order_interval_unit text, order_interval_frequency integer, charge_interval_frequency integer, order_day_of_week integer, order_day_of_month integer, expire_after_specific_number_of_charges integer, updated_at timestamp, _fivetran_deleted boolean, _fivetran_synced timestamp, PRIMARY KEY (id));
CREATE TABLE recharge.subscription_history (subscription_id bigint NOT NULL, updated_at timestamp NOT NULL, address_id bigint, customer_id bigint, created_at timestamp, cancelled_at timestamp, next_charge_scheduled_at timestamp, price double precision, quantity integer, cancellation_reason text, status text, cancellation_reason_comments text, variant_title text, external_product_id_ecommerce bigint, external_variant_id_ecommerce bigint, sku text, order_interval_unit text, order_interval_frequency integer, charge_interval_frequency integer, order_day_of_week integer, order_day_of_month integer, expire_after_specific_number_of_charges integer, _fivetran_deleted boolean, _fivetran_synced timestamp, product_title text, PRIMARY KEY (subscription_id, updated_at));
CREATE TABLE recharge._sync_meta (id integer PRIMARY KEY, synced_at timestamptz);

INSERT INTO recharge.address (id, customer_id, first_name, last_name, address_1, address_2, city, province, country_code, zip, company, phone, created_at, updated_at, _fivetran_deleted, _fivetran_synced) VALUES
	(300000001, 2000000001, 'first01', 'last01', 'address line 1 01', 'address line 2 01', 'city01', NULL, 'country01', 'zip01', NULL, 'phone01', '2022-09-07 14:25:49', '2022-09-07 14:26:02', false, '2022-09-08 03:56:04.798'),
	(300000002, 2000000001, 'first02', 'last02', 'address line 1 02', NULL, 'city02', NULL, 'country02', 'zip02', NULL, 'phone02', '2022-09-07 12:25:55', '2022-09-07 12:25:55', false, '2022-09-08 03:56:04.797');

INSERT INTO recharge.address_discounts (id, address_id, index, _fivetran_deleted, _fivetran_synced) VALUES
	(500000001, 300000001, 0, false, '2022-04-14 21:30:20.895'),
	(500000002, 300000002, 0, false, '2022-04-14 21:29:44.298');

INSERT INTO recharge.address_shipping_line (address_id, index, price, code, title, _fivetran_deleted, _fivetran_synced) VALUES
	(300000001, 0, '2.90', 'Code01', 'Title01', false, '2022-04-14 21:30:20.895'),
	(300000002, 0, '6.00', 'Code02', 'Title02', false, '2022-04-14 21:29:44.298');

INSERT INTO recharge.charge (id, address_id, customer_id, customer_hash, note, created_at, updated_at, processed_at, scheduled_at, orders_count, external_order_id_ecommerce, subtotal_price, tags, tax_lines, total_discounts, total_line_items_price, total_price, total_tax, total_weight_grams, type, status, total_refunds, external_transaction_id_payment_processor, email, payment_processor, has_uncommited_changes, retry_date, error_type, error, charge_attempts, external_variant_id_not_found, client_details_browser_ip, client_details_user_agent, _fivetran_synced, last_charge_attempt_date, _fivetran_deleted) VALUES
	(400000001, 300000001, 90000001, 'd81234567891234567891234567890c', 'next order in sequence 7', '2022-09-08 03:21:55', '2022-09-08 03:21:56', NULL, '2022-11-13 05:00:00', 1, NULL, 11.95, 'Subscription, Subscription Recurring Order', 1.99, 0, 11.95, '11.95', 1.99, 100, 'RECURRING', 'QUEUED', NULL, NULL, 'name01@domain01.com', 'stripe', false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2022-09-08 04:21:39.798', '2022-09-08 04:21:39.798', false),
	(400000002, 300000002, 90000002, 'd81234567891234567891234567891b', 'next order in sequence 25', '2022-11-08 03:13:09', '2022-11-08 03:13:10', NULL, '2022-11-10 04:00:00', 1, NULL, 9.95, 'Subscription, Subscription Recurring Order', 1.66, 0, 9.95, '9.95', 1.66, 100, 'RECURRING', 'QUEUED', NULL, NULL, 'name02@domain02.com', 'braintree', false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2022-11-08 03:54:57.851', '2022-09-08 04:21:39.798', false);

INSERT INTO recharge.charge_discount (charge_id, index, id, code, value, value_type, _fivetran_synced) VALUES
	(400000001, 0, 500000001, 'code01', 8.0, 'percentage', '2022-09-07 04:34:10.697'),
	(400000002, 0, 500000002, 'code02', 15.0, 'percentage', '2022-09-08 03:54:53.419');

INSERT INTO recharge.charge_line_item (charge_id, index, variant_title, title, quantity, grams, total_price, sku, external_product_id_ecommerce, vendor, _fivetran_synced, unit_price, tax_due, taxable, taxable_amount, unit_price_includes_tax, purchase_item_id, purchase_item_type, external_variant_id_ecommerce) VALUES
	(400000001, 0, 'Variant Title 01', 'Title 01', 1, 100, '11.95', 'SKU01', 6800000000001, 'VendorName01', '2022-09-08 03:54:53.419', 11.95, 1, true, 1, false, 1234, 'type1', 91011),
	(400000002, 1, 'Variant Title 02', 'Title 02', 1, 100, '15', 'SKU02', 6800000000002, 'VendorName02', '2022-09-08 03:54:53.419', 15, 1, true, 1, false, 5678, 'type2', 121314);

INSERT INTO recharge.charge_order_attribute (charge_id, index, order_attribute, _fivetran_synced) VALUES
	(400000001, 0, '{  "name": "_elevar_visitor_info",  "value": “{\”utm_source\":\"facebook\",\"utm_medium\":\"paid\",\"utm_campaign\":\"name01\",\"fbclid\":\"bunchoflettersandnumbers\"}"}', '2022-09-04 03:55:57.776'),
	(400000002, 1, '{  "name": "Refersion ID",  "value": “morebunchesofnumbersletters”}', '2022-09-04 03:55:57.776');

INSERT INTO recharge.charge_shipping_line (charge_id, index, price, code, title, _fivetran_synced) VALUES
	(400000001, 0, 4.29, 'Code 01', 'Title 01', '2022-09-06 03:57:28.97'),
	(400000002, 0, 1.95, 'Code 02', 'Title 02', '2022-09-06 03:57:30.666');

INSERT INTO recharge.charge_tax_line (charge_id, index, price, rate, title, _fivetran_synced) VALUES
	(400000001, 0, 9.5, 0.09, 'Title 01', '2022-09-06 03:57:28.97'),
	(400000002, 0, 1.5, 0.05, 'Title 02', '2022-09-06 03:57:30.666');

INSERT INTO recharge.checkout (token, charge_id, buyer_accepts_marketing, completed_at, created_at, currency, discount_code, email, external_checkout_id, external_checkout_source, external_transaction_id_payment_processor, order_attributes, phone, requires_shipping, subtotal_price, taxes_included, total_price, total_tax, updated_at) VALUES
	('abc', 400000001, true, NULL, NULL, 'USD', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);

INSERT INTO recharge.customer (id, hash, external_customer_id_ecommerce, email, created_at, updated_at, first_charge_processed_at, first_name, last_name, subscriptions_active_count, subscriptions_total_count, has_valid_payment_method, has_payment_method_in_dunning, _fivetran_deleted, _fivetran_synced, tax_exempt) VALUES
	(90000001, 'd81234567891234567891234567890c', 1000000001, 'name01@domain01.com', '2022-09-07 09:54:24', '2022-09-07 09:55:33', '2022-09-07 09:55:30', 'First01', 'Last01', 0, 0, true, false, false, '2022-09-08 03:55:03.898', false),
	(90000002, 'd81234567891234567891234567891b', 1000000002, 'name02@domain02.com', '2022-09-07 09:12:42', '2022-09-07 09:29:25', '2022-09-07 09:13:23', 'First02', 'Last02', 0, 0, true, false, false, '2022-09-08 03:55:02.345', false);

INSERT INTO recharge.discount (id, created_at, updated_at, starts_at, ends_at, code, value, status, usage_limits, applies_to, applies_to_resource, applies_to_id, applies_to_product_type, minimum_order_amount, _fivetran_synced) VALUES
	(500000001, '2022-09-01 14:21:56', '2022-09-01 14:22:57', '2022-09-01 04:00:00', NULL, 'CODE01', 50, 'enabled', 1, NULL, NULL, NULL, 'SUBSCRIPTION', NULL, '2022-09-02 03:54:20.152'),
	(500000002, '2022-09-06 11:16:58', '2022-09-06 11:16:58', '2022-09-06 04:00:00', NULL, 'CODE02', 20, 'enabled', NULL, 'shopify_collection_id', 'shopify_collection_id', 2700000001, 'ALL', NULL, '2022-09-08 04:21:36.924');

INSERT INTO recharge.one_time_product (id, address_id, customer_id, _fivetran_deleted, created_at, updated_at, next_charge_scheduled_at, product_title, variant_title, price, quantity, external_product_id_ecommerce, external_variant_id_ecommerce, sku, _fivetran_synced) VALUES
	(900000001, 300000001, 90000001, false, '2021-03-18 16:53:11', '2021-03-18 16:53:11', '2021-05-13 00:00:00', 'Product Title 01', NULL, 15, 1, 4800000000001, 4800000000003, NULL, '2022-04-14 22:36:02.77'),
	(900000002, 300000001, 90000002, false, '2021-03-19 12:04:15', '2021-03-19 12:04:15', '2021-04-05 00:00:00', 'Product Title 02', NULL, 15, 1, 4800000000002, 4800000000004, NULL, '2022-04-14 22:36:02.77');

INSERT INTO recharge.orders (id, customer_id, address_id, charge_id, _fivetran_deleted, email, transaction_id, charge_status, is_prepaid, status, total_price, type, external_order_id_ecommerce, external_order_number_ecommerce, created_at, updated_at, processed_at, scheduled_at, shipped_date, _fivetran_synced) VALUES
	(11000001, 90000001, 300000001, 400000001, false, 'name01@domain01.com', 'ch_3La00000000000000000001uS', 'SUCCESS', false, 'SUCCESS', '14.45', 'RECURRING', '13000001', 14000001, '2022-08-24 05:27:25', '2022-08-24 05:27:26', '2022-08-24 05:27:27', '2022-08-24 04:00:00', '2022-08-24 05:27:27', '2022-08-25 03:57:07.416'),
	(11000002, 90000002, 300000002, 400000002, false, 'name02@domain02.com', 'ch_3La00000000000000000002uS', 'SUCCESS', false, 'SUCCESS', '11.95', 'RECURRING', '13000002', 14000002, '2022-08-24 05:07:12', '2022-08-24 05:07:14', '2022-08-24 05:07:15', '2022-08-24 04:00:00', '2022-08-24 05:07:15', '2022-08-25 03:57:06.225');

INSERT INTO recharge.order_line_item (order_id, index, variant_title, title, quantity, grams, total_price, sku, external_product_id_ecommerce, external_variant_id_ecommerce, _fivetran_synced, unit_price, tax_due, taxable, taxable_amount, unit_price_includes_tax, purchase_item_id, purchase_item_type) VALUES
	(11000001, 0, 'Delivered Monthly / Pause or Cancel Anytime', 'Title01', 1, 100, '14.45', 'SKU01', 6800000000001, 6800000000003, '2022-07-09 22:55:57.986', 14.45, 1, true, 1, false, 1234, 'type1'),
	(11000002, 0, 'Delivered Monthly / Pause or Cancel Anytime', 'Title02', 1, 100, '14.45', 'SKU02', 6800000000002, 6800000000004, '2022-07-09 22:55:57.986', 14.45, 1, true, 1, false, 56478, 'type2');

INSERT INTO recharge.subscription (id, address_id, customer_id, created_at, cancelled_at, next_charge_scheduled_at, price, quantity, cancellation_reason, status, cancellation_reason_comments, product_title, variant_title, external_product_id_ecommerce, external_variant_id_ecommerce, sku, order_interval_unit, order_interval_frequency, charge_interval_frequency, order_day_of_week, order_day_of_month, expire_after_specific_number_of_charges, updated_at, _fivetran_deleted, _fivetran_synced) VALUES
	(600000001, 300000001, 90000001, '2022-09-05 13:39:44', '2022-09-05 13:40:48', NULL, 19.95, 1, 'CS - More than I need', 'CANCELLED', NULL, 'Product Title 01', 'Variant Title 01', 6800000000001, 4800000000001, 'SKU01', 'day', 28, 28, NULL, NULL, NULL, '2022-09-05 13:40:58', true, '2022-09-06 03:55:36.307'),
	(600000002, 300000002, 90000002, '2022-09-05 13:39:30', '2022-09-05 13:40:16', NULL, 27, 1, NULL, 'CANCELLED', NULL, 'Product Title 02', 'Variant Title 02', 6800000000002, 4800000000002, 'SKU02', 'day', 28, 28, NULL, NULL, NULL, '2022-09-05 13:40:16', true, '2022-09-06 03:55:36.307');

INSERT INTO recharge.subscription_history (subscription_id, updated_at, address_id, customer_id, created_at, cancelled_at, next_charge_scheduled_at, price, quantity, cancellation_reason, status, cancellation_reason_comments, variant_title, external_product_id_ecommerce, external_variant_id_ecommerce, sku, order_interval_unit, order_interval_frequency, charge_interval_frequency, order_day_of_week, order_day_of_month, expire_after_specific_number_of_charges, _fivetran_deleted, _fivetran_synced, product_title) VALUES
	(600000001, '2022-09-07 16:10:18', 300000001, 90000001, '2022-06-05 19:28:27', '2022-09-07 16:10:19', NULL, 18.45, 1, 'Lack of benefits', 'CANCELLED', NULL, 'Delivered Monthly / Pause or Cancel Anytime', 6800000000001, 4800000000001, 'SKU01', 'day', 28, 28, NULL, NULL, NULL, false, '2022-09-08 03:56:10.482', 'Product Title 01'),
	(600000002, '2022-09-07 14:13:14', 300000002, 90000002, '2022-01-31 16:00:12', NULL, '2022-09-29 04:00:00', 11.95, 1, NULL, 'ACTIVE', NULL, 'Pause or Cancel Anytime', 6800000000002, 4800000000002, 'SKU02', 'day', 45, 45, NULL, NULL, NULL, false, '2022-09-08 03:53:21.881', 'Product Title 02');

INSERT INTO recharge._sync_meta (id, synced_at) VALUES (1, '2022-11-08 04:00:00+00');

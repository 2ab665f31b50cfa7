-- Mixpanel (Fivetran connector schema), as landed by Fivetran and used by Fivetran's dbt package
--   dbt_mixpanel (its staging models live in models/staging/; a separate fivetran/dbt_mixpanel_source was
--   not available here and the CHANGELOG never mentions one); no foreign keys (Fivetran declares none).
-- Source: https://github.com/fivetran/dbt_mixpanel, commit 3762f7a475f0354f3f0c1be94bd68a867eb8a505
--   (2026-08-18, "DuckDB support (#70)"; package v0.17.1). The seed last changed in
--   e35ddb34a50a4ca7292602aa372d9a512922877e (2025-03-05), src_mixpanel.yml in 3db9a302a7e7 (2026-06-22).
-- Files used: integration_tests/seeds/event.csv (rows and column order), integration_tests/dbt_project.yml
--   (seeds column_types), models/staging/src_mixpanel.yml and models/staging/stg_mixpanel.yml (column docs),
--   macros/staging_columns.sql (source column list), CHANGELOG.md:162 (primary key).
-- Licence: Apache License 2.0 (LICENSE of that repository), Copyright Fivetran.
-- The package has exactly ONE source table, event (src_mixpanel.yml:17-20); the seed directory has only
--   event.csv in all of the repository's history. The Fivetran PEOPLE table that event.distinct_id is
--   documented to reference ("Foreign key referencing the event's associated user's `people.distinct_id`")
--   is not part of the package (no source, no seed, no columns documented) and was NOT added.
-- Changes: schema mixpanel_integration_tests -> mixpanel; column names as in the seed (already lower case,
--   dbt creates them unquoted on postgres); column "time" quoted (SQL keyword).
--   Column types: integration_tests/dbt_project.yml column_types where given (_fivetran_synced timestamp,
--   time timestamp, distinct_id varchar(100), device_id varchar(100) - the postgres branch of the Jinja);
--   otherwise inferred from the seed values (_line, event_id, mp_processing_time_ms integer; else text).
--   The 41 columns that are empty in every seed row (screen_width ... ae_session_length) are text, as a
--   dbt seed lands them on postgres (macros/staging_columns.sql casts some of them to int/boolean only in
--   staging). Empty CSV fields -> NULL.
--   PRIMARY KEY (_fivetran_id): src_mixpanel.yml:24-25 "Fivetran-generated unique ID of the event record."
--   and CHANGELOG.md:162 "`_fivetran_id` ... since this is the source `event` table's primary key as of
--   the March 2023 connector release notes" (event_id: "formerly the primary key", src_mixpanel.yml:27-28;
--   it repeats in the seed). No dbt unique test exists on the source (CHANGELOG.md:48 removed the
--   unique_combination_of_columns tests). NO foreign keys.
--   All 5 seed rows kept (the seed deliberately repeats insert_id/distinct_id pairs to exercise the
--   de-duplication in mixpanel__event.sql); Fivetran system columns (_file, _line, _fivetran_id,
--   _fivetran_synced) kept. Added table _sync_meta (not in the source) with one row (synced_at = the
--   latest _fivetran_synced of the seed).
-- Rows per table: event 5, _sync_meta 1.

CREATE SCHEMA mixpanel;

CREATE TABLE mixpanel.event (_file text, _line integer, _fivetran_id text NOT NULL, event_id integer, name text, "time" timestamp, distinct_id varchar(100), properties text, insert_id text, mp_processing_time_ms integer, _fivetran_synced timestamp, screen_width text, wifi text, app_release text, app_version text, os text, mp_device_model text, city text, os_version text, mp_country_code text, lib_version text, manufacturer text, radio text, carrier text, screen_height text, app_build_number text, model text, region text, app_version_string text, mp_lib text, initial_referring_domain text, device_id varchar(100), referrer text, current_url text, browser text, browser_version text, initial_referrer text, search_engine text, referring_domain text, bluetooth_version text, has_nfc text, brand text, has_telephone text, screen_dpi text, google_play_services text, had_persisted_distinct_id text, bluetooth_enabled text, ios_ifa text, device text, mp_keyword text, distinct_id_before_identity text, ae_session_length text, PRIMARY KEY (_fivetran_id));
CREATE TABLE mixpanel._sync_meta (id integer PRIMARY KEY, synced_at timestamptz);

INSERT INTO mixpanel._sync_meta VALUES
	(1, '2024-01-31 08:58:02+00');
INSERT INTO mixpanel.event (_file, _line, _fivetran_id, event_id, name, "time", distinct_id, properties, insert_id, mp_processing_time_ms, _fivetran_synced, screen_width, wifi, app_release, app_version, os, mp_device_model, city, os_version, mp_country_code, lib_version, manufacturer, radio, carrier, screen_height, app_build_number, model, region, app_version_string, mp_lib, initial_referring_domain, device_id, referrer, current_url, browser, browser_version, initial_referrer, search_engine, referring_domain, bluetooth_version, has_nfc, brand, has_telephone, screen_dpi, google_play_services, had_persisted_distinct_id, bluetooth_enabled, ios_ifa, device, mp_keyword, distinct_id_before_identity, ae_session_length) VALUES
	('sample_events.csv', 10008, 'k4G7CSSjxr2mRtBxpVCxKHx+E8c=', 9406000, 'plays', '2020-08-01 10:16:46', '9e308c27-42ab-57af-beef-555708cde092', '{"Operating System": "Roku","title": "spongebob","user_id": "114521","video_id": 5279}', 'pnreuCmtCqgcDgkCaFhymwDgmwajggzaiDdn', 406572, '2020-08-07 08:59:49', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
	('sample_events.csv', 10009, 'tUc30K5Umuk03m8f3Vo3Np0uCAA=', 1744000, 'playthrough_25', '2020-08-01 11:35:44', '622b169c-2187-5121-85e6-e5960b2512e3', '{"Operating System": "Roku","title": "rupaul''s drag race","user_id": "129997","video_id": 6369}', 'vqrpqghnlgcCzfjBmdsjcgqgDtwchbxAkuFu', 744380, '2020-08-07 08:58:02', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
	('sample_events.csv', 10010, 'tUc30K5Umuk03m8f3Vo3Np0uCAB=', 1744000, 'playthrough_25', '2024-02-02 08:58:02', '622b169c-2187-5121-85e6-e5960b2512e3', '{"Operating System": "Roku","title": "rupaul''s drag race","user_id": "129997","video_id": 6369}', 'vqrpqghnlgcCzfjBmdsjcgqgDtwchbxAkuFu', 744380, '2024-01-31 08:58:02', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
	('new.csv', 10011, 'tUc30K5Umuk03m8f3Vo3Np0uCAR=', 1744001, 'playthrough_29', '2024-01-31 08:58:02', '622b169c-2187-5121-85e6-e5960b2512e7', '{"Operating System": "Roku","title": "spongebob","user_id": "129998","video_id": 6367}', 'vqrpqghnlgcCzfjBmdsjcgqgDtwchbxAkuGu', 744380, '2024-01-31 08:58:02', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
	('new.csv', 100121, 'tUc30K5Umuk03m8f3Vo3Np0uCAT=', 1744001, 'playthrough_30', '2025-02-27 08:58:02', '622b169c-2187-5121-85e6-e5960b2512e7', '{"Operating System": "Roku","title": "spongebob","user_id": "129998","video_id": 6367}', 'vqrpqghnlgcCzfjBmdsjcgqgDtwchbxAkuGu', 744380, '2024-01-31 08:58:02', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);

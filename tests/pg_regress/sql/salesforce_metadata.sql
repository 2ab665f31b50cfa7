-- Salesforce with the app's public schema included.
SELECT jsonb_pretty(sequin_hasura_metadata('salesforce', '{"include_schemas": ["public"]}'));

-- Bad input: a clear ERROR with a hint, never a crash.
SELECT sequin_hasura_metadata('hubspt');
SELECT sequin_hasura_metadata('no_such_schema_anywhere');
SELECT sequin_hasura_metadata(NULL);
SELECT sequin_hasura_metadata('hubspot', '{"formt": "bulk"}');
SELECT sequin_hasura_metadata('hubspot', '{"format": "yaml"}');
SELECT sequin_hasura_metadata('hubspot', '{"min_confidence": 1.5}');
SELECT sequin_hasura_metadata('hubspot', '{"include_schemas": "public"}');
SELECT sequin_hasura_metadata('hubspot', '"not an object"');
SELECT * FROM sequin_hasura_suggest_relationships('hubspot', '{"format": "bulk"}');
-- an empty schema: a valid document with no tables, and a NOTICE
CREATE SCHEMA empty_schema;
SELECT sequin_hasura_metadata('empty_schema')->'sources'->0->'tables' AS tables;
DROP SCHEMA empty_schema;

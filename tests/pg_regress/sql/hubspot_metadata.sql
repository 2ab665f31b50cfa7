-- The demo's document: every HubSpot table but _sync*, direct and association
-- relationships in both directions.
SELECT jsonb_pretty(sequin_hasura_metadata('hubspot'));

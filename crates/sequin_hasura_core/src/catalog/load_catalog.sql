-- Every table and view of the schemas in $1 that the caller may see (and our cast
-- and join views elsewhere), as one jsonb array. Visibility follows
-- information_schema.tables / .columns exactly: the caller owns the relation (or is a
-- member of its owner) or holds some privilege on it or on the column. Privileges
-- are checked per table first and per column only when the table's do not settle it.
-- Columns travel as compact [name, base type, flags] arrays: building a jsonb object
-- per column cost more than the whole catalog read (see the README's benchmark).
WITH rels AS (
  SELECT c.oid, n.nspname, c.relname, c.relkind, c.reltuples, c.relpages,
         pg_catalog.pg_has_role(c.relowner, 'USAGE') AS owner,
         pg_catalog.has_table_privilege(c.oid, 'SELECT') AS can_select,
         pg_catalog.has_table_privilege(c.oid, 'SELECT, INSERT, UPDATE, REFERENCES') AS all_columns,
         CASE WHEN c.relkind = 'v' THEN pg_catalog.obj_description(c.oid, 'pg_class') END AS marker
  FROM pg_catalog.pg_class c
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  -- our views are read wherever they live; the caller keeps those standing on $1
  WHERE (n.nspname = ANY ($1)
         OR (c.relkind = 'v' AND pg_catalog.obj_description(c.oid, 'pg_class') LIKE 'pg\_sequin\_hasura:%'))
    AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
    AND NOT c.relispartition
), visible AS (
  SELECT r.* FROM rels r
  WHERE r.owner OR r.all_columns
     OR pg_catalog.has_table_privilege(r.oid, 'DELETE, TRUNCATE, TRIGGER')
     OR pg_catalog.has_any_column_privilege(r.oid, 'SELECT, INSERT, UPDATE, REFERENCES')
), cols AS (
  -- flags: 1 array, 2 generated, 4 selectable
  SELECT a.attrelid,
         pg_catalog.jsonb_agg(pg_catalog.jsonb_build_array(a.attname, bt.typname,
           (bt.typcategory = 'A')::int + 2 * (a.attgenerated <> '')::int
           + 4 * (r.owner OR r.can_select OR pg_catalog.has_column_privilege(r.oid, a.attnum, 'SELECT'))::int)
           ORDER BY a.attnum) AS list
  FROM visible r
  JOIN pg_catalog.pg_attribute a ON a.attrelid = r.oid
  JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
  JOIN pg_catalog.pg_type bt ON bt.oid = CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.oid END
  WHERE a.attnum > 0 AND NOT a.attisdropped
    AND (r.owner OR r.all_columns
         OR pg_catalog.has_column_privilege(r.oid, a.attnum, 'SELECT, INSERT, UPDATE, REFERENCES'))
  GROUP BY a.attrelid
), markers AS (
  -- marker comments of generated columns (ours are generated)
  SELECT a.attrelid,
         pg_catalog.jsonb_object_agg(a.attname, pg_catalog.col_description(a.attrelid, a.attnum)) AS list
  FROM visible r JOIN pg_catalog.pg_attribute a ON a.attrelid = r.oid
  WHERE a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated <> ''
    AND pg_catalog.col_description(a.attrelid, a.attnum) IS NOT NULL
  GROUP BY a.attrelid
), keys AS (
  SELECT i.indrelid,
         pg_catalog.jsonb_agg(a.attname ORDER BY a.attnum) FILTER (WHERE i.indisprimary) AS primary_key,
         pg_catalog.jsonb_agg(a.attname ORDER BY a.attname) FILTER (WHERE i.indnatts = 1) AS unique_columns
  FROM visible r
  JOIN pg_catalog.pg_index i ON i.indrelid = r.oid
  JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
  WHERE i.indisunique AND i.indpred IS NULL AND i.indexprs IS NULL
  GROUP BY i.indrelid
)
SELECT coalesce(pg_catalog.jsonb_agg(pg_catalog.jsonb_build_object(
         'schema', r.nspname,
         'name', r.relname,
         'kind', r.relkind::text,
         'row_estimate', r.reltuples,
         'pages', r.relpages,
         'marker', r.marker,
         'columns', coalesce(cols.list, '[]'::pg_catalog.jsonb),
         'column_markers', coalesce(markers.list, '{}'::pg_catalog.jsonb),
         'primary_key', coalesce(keys.primary_key, '[]'::pg_catalog.jsonb),
         'unique_columns', coalesce(keys.unique_columns, '[]'::pg_catalog.jsonb))
       ORDER BY r.nspname, r.relname), '[]'::pg_catalog.jsonb)::pg_catalog.text
FROM visible r
LEFT JOIN cols ON cols.attrelid = r.oid
LEFT JOIN markers ON markers.attrelid = r.oid
LEFT JOIN keys ON keys.indrelid = r.oid

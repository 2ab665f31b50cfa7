-- Every table and view of the schemas in $1 (and our views elsewhere) that the caller may see, as one jsonb
-- array. Visibility follows information_schema.tables / .columns exactly: the
-- caller owns the relation (or is a member of its owner) or holds some privilege
-- on it or on the column.
SELECT coalesce(pg_catalog.jsonb_agg(pg_catalog.jsonb_build_object(
         'schema', n.nspname,
         'name', c.relname,
         'kind', c.relkind::text,
         'row_estimate', c.reltuples,
         'marker', CASE WHEN c.relkind = 'v' THEN pg_catalog.obj_description(c.oid, 'pg_class') END,
         'columns', coalesce(cols.list, '[]'::pg_catalog.jsonb),
         'primary_key', coalesce(pk.list, '[]'::pg_catalog.jsonb),
         'unique_columns', coalesce(uq.list, '[]'::pg_catalog.jsonb))
       ORDER BY n.nspname, c.relname), '[]'::pg_catalog.jsonb)
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN LATERAL (
  SELECT pg_catalog.jsonb_agg(pg_catalog.jsonb_build_object(
           'name', a.attname,
           'type', pg_catalog.format_type(a.atttypid, a.atttypmod),
           'base_type', bt.typname,
           'is_array', bt.typcategory = 'A',
           'generated', a.attgenerated <> '',
           'selectable', pg_catalog.has_column_privilege(c.oid, a.attnum, 'SELECT'),
           'marker', CASE WHEN a.attgenerated <> '' THEN pg_catalog.col_description(c.oid, a.attnum) END)
           ORDER BY a.attnum) AS list
  FROM pg_catalog.pg_attribute a
  JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
  JOIN pg_catalog.pg_type bt
    ON bt.oid = CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.oid END
  WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
    AND (pg_catalog.pg_has_role(c.relowner, 'USAGE')
         OR pg_catalog.has_column_privilege(c.oid, a.attnum, 'SELECT, INSERT, UPDATE, REFERENCES'))
) cols ON true
LEFT JOIN LATERAL (
  SELECT pg_catalog.jsonb_agg(a.attname ORDER BY k.ord) AS list
  FROM pg_catalog.pg_index i
  CROSS JOIN LATERAL pg_catalog.unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
  JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
  WHERE i.indrelid = c.oid AND i.indisprimary
) pk ON true
LEFT JOIN LATERAL (
  SELECT pg_catalog.jsonb_agg(a.attname ORDER BY a.attname) AS list
  FROM pg_catalog.pg_index i
  JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
  WHERE i.indrelid = c.oid AND i.indisunique AND i.indnatts = 1
    AND i.indpred IS NULL AND i.indexprs IS NULL
) uq ON true
-- our cast and join views are read wherever they live; the caller keeps those
-- whose base tables are in $1
WHERE (n.nspname = ANY ($1)
       OR (c.relkind = 'v' AND pg_catalog.obj_description(c.oid, 'pg_class') LIKE 'pg\_sequin\_hasura:%'))
  AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
  AND NOT c.relispartition
  AND (pg_catalog.pg_has_role(c.relowner, 'USAGE')
       OR pg_catalog.has_table_privilege(c.oid, 'SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER')
       OR pg_catalog.has_any_column_privilege(c.oid, 'SELECT, INSERT, UPDATE, REFERENCES'))

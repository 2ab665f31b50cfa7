-- Every table and view of the schemas in $1 that the caller may see, as one jsonb
-- array. Visibility follows information_schema.tables / .columns exactly: the caller
-- owns the relation (or is a member of its owner) or holds some privilege on it or on
-- the column. Privileges are checked per table first and per column only when the
-- table's do not settle it. Columns travel as compact [name, type name, flags, type
-- oid] arrays: building a jsonb object per column cost more than the whole catalog
-- read (see the README's benchmark). Types are known by oid (the core trusts only
-- built-in oids), views that carry our marker bring what they read (so the core can
-- check the marker against them), and each table says whether reading it could run
-- code someone else defined (an index expression or predicate, or a row security
-- policy, that calls a function or operator outside pg_catalog): such a table is
-- never sampled. Runs with search_path = pg_catalog, pg_temp; qualified anyway.
WITH rels AS (
  SELECT c.oid, n.nspname, c.relname, c.relkind, c.reltuples, c.relpages, c.relowner, c.reloptions,
         pg_catalog.pg_has_role(c.relowner, 'USAGE') AS owner,
         pg_catalog.has_table_privilege(c.oid, 'SELECT') AS can_select,
         pg_catalog.has_table_privilege(c.oid, 'SELECT, INSERT, UPDATE, REFERENCES') AS all_columns,
         CASE WHEN c.relkind = 'v' THEN pg_catalog.obj_description(c.oid, 'pg_class') END AS marker
  FROM pg_catalog.pg_class c
  JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) c.relnamespace
  WHERE n.nspname OPERATOR(pg_catalog.=) ANY ($1)
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
           (bt.typcategory OPERATOR(pg_catalog.=) 'A')::int + 2 * (a.attgenerated OPERATOR(pg_catalog.<>) '')::int
           + 4 * (r.owner OR r.can_select OR pg_catalog.has_column_privilege(r.oid, a.attnum, 'SELECT'))::int,
           bt.oid::pg_catalog.int8)
           ORDER BY a.attnum) AS list
  FROM visible r
  JOIN pg_catalog.pg_attribute a ON a.attrelid OPERATOR(pg_catalog.=) r.oid
  JOIN pg_catalog.pg_type t ON t.oid OPERATOR(pg_catalog.=) a.atttypid
  JOIN pg_catalog.pg_type bt ON bt.oid OPERATOR(pg_catalog.=) CASE WHEN t.typtype OPERATOR(pg_catalog.=) 'd' THEN t.typbasetype ELSE t.oid END
  WHERE a.attnum OPERATOR(pg_catalog.>) 0 AND NOT a.attisdropped
    AND (r.owner OR r.all_columns
         OR pg_catalog.has_column_privilege(r.oid, a.attnum, 'SELECT, INSERT, UPDATE, REFERENCES'))
  GROUP BY a.attrelid
), markers AS (
  -- marker comments of generated columns (ours are generated)
  SELECT a.attrelid,
         pg_catalog.jsonb_object_agg(a.attname, pg_catalog.col_description(a.attrelid, a.attnum)) AS list
  FROM visible r JOIN pg_catalog.pg_attribute a ON a.attrelid OPERATOR(pg_catalog.=) r.oid
  WHERE a.attnum OPERATOR(pg_catalog.>) 0 AND NOT a.attisdropped AND a.attgenerated OPERATOR(pg_catalog.<>) ''
    AND pg_catalog.col_description(a.attrelid, a.attnum) IS NOT NULL
  GROUP BY a.attrelid
), keys AS (
  -- the key columns of each unique index (not its INCLUDE columns), in key order:
  -- the primary key's, and every column that alone is a unique index's key
  SELECT i.indrelid,
         pg_catalog.jsonb_agg(a.attname ORDER BY pg_catalog.array_position(i.indkey::pg_catalog.int2[], a.attnum)) FILTER (WHERE i.indisprimary) AS primary_key,
         pg_catalog.jsonb_agg(a.attname ORDER BY a.attname) FILTER (WHERE i.indnkeyatts OPERATOR(pg_catalog.=) 1) AS unique_columns
  FROM visible r
  JOIN pg_catalog.pg_index i ON i.indrelid OPERATOR(pg_catalog.=) r.oid
  JOIN pg_catalog.pg_attribute a ON a.attrelid OPERATOR(pg_catalog.=) i.indrelid
   AND a.attnum OPERATOR(pg_catalog.=) ANY ((i.indkey::pg_catalog.int2[])[0:i.indnkeyatts OPERATOR(pg_catalog.-) 1])
  WHERE i.indisunique AND i.indpred IS NULL AND i.indexprs IS NULL
  GROUP BY i.indrelid
), foreign_code AS (
  -- objects (by class and oid) whose dependencies name a function or operator
  -- outside pg_catalog
  SELECT DISTINCT d.classid, d.objid
  FROM pg_catalog.pg_depend d
  LEFT JOIN pg_catalog.pg_proc p
    ON d.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_proc'::pg_catalog.regclass AND p.oid OPERATOR(pg_catalog.=) d.refobjid
  LEFT JOIN pg_catalog.pg_operator o
    ON d.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_operator'::pg_catalog.regclass AND o.oid OPERATOR(pg_catalog.=) d.refobjid
  WHERE d.classid IN ('pg_catalog.pg_class'::pg_catalog.regclass, 'pg_catalog.pg_policy'::pg_catalog.regclass)
    AND coalesce(p.pronamespace, o.oprnamespace) OPERATOR(pg_catalog.<>) 'pg_catalog'::pg_catalog.regnamespace
), unsafe_to_read AS (
  -- an index (of the table, or of a partition read through it) or a policy that
  -- would run someone else's code while we read
  SELECT r.oid
  FROM visible r
  WHERE r.relkind IN ('r', 'p', 'm')
    AND (EXISTS (SELECT FROM pg_catalog.pg_index i
                 JOIN foreign_code f ON f.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass
                                    AND f.objid OPERATOR(pg_catalog.=) i.indexrelid
                 WHERE i.indrelid OPERATOR(pg_catalog.=) r.oid
                    OR (r.relkind OPERATOR(pg_catalog.=) 'p' AND i.indrelid IN (SELECT pt.relid FROM pg_catalog.pg_partition_tree(r.oid) pt)))
      OR EXISTS (SELECT FROM pg_catalog.pg_policy pol
                 JOIN foreign_code f ON f.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_policy'::pg_catalog.regclass
                                    AND f.objid OPERATOR(pg_catalog.=) pol.oid
                 WHERE pol.polrelid OPERATOR(pg_catalog.=) r.oid))
), view_reads AS (
  -- what each marked view reads: [schema, table, column] (column null for a whole
  -- relation), and how many functions or operators outside pg_catalog it calls
  SELECT r.oid,
         pg_catalog.jsonb_agg(DISTINCT pg_catalog.jsonb_build_array(rn.nspname, rc.relname,
           CASE WHEN d.refobjsubid OPERATOR(pg_catalog.>) 0 THEN ra.attname::pg_catalog.text END))
           FILTER (WHERE rc.oid IS NOT NULL) AS reads,
         pg_catalog.count(*) FILTER (WHERE rc.oid IS NULL AND (p.oid IS NOT NULL OR o.oid IS NOT NULL)
           AND coalesce(p.pronamespace, o.oprnamespace) OPERATOR(pg_catalog.<>) 'pg_catalog'::pg_catalog.regnamespace) AS foreign_calls
  FROM visible r
  JOIN pg_catalog.pg_rewrite w ON w.ev_class OPERATOR(pg_catalog.=) r.oid
  JOIN pg_catalog.pg_depend d ON d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_rewrite'::pg_catalog.regclass
                             AND d.objid OPERATOR(pg_catalog.=) w.oid
  LEFT JOIN pg_catalog.pg_class rc ON d.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass
                                  AND rc.oid OPERATOR(pg_catalog.=) d.refobjid AND rc.oid OPERATOR(pg_catalog.<>) r.oid
  LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid OPERATOR(pg_catalog.=) rc.relnamespace
  LEFT JOIN pg_catalog.pg_attribute ra ON ra.attrelid OPERATOR(pg_catalog.=) rc.oid AND ra.attnum OPERATOR(pg_catalog.=) d.refobjsubid
  LEFT JOIN pg_catalog.pg_proc p ON d.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_proc'::pg_catalog.regclass AND p.oid OPERATOR(pg_catalog.=) d.refobjid
  LEFT JOIN pg_catalog.pg_operator o ON d.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_operator'::pg_catalog.regclass AND o.oid OPERATOR(pg_catalog.=) d.refobjid
  WHERE pg_catalog.starts_with(r.marker, 'pg_sequin_hasura:')
  GROUP BY r.oid
)
SELECT coalesce(pg_catalog.jsonb_agg(pg_catalog.jsonb_build_object(
         'schema', r.nspname,
         'name', r.relname,
         'kind', r.relkind::pg_catalog.text,
         'row_estimate', r.reltuples,
         'pages', r.relpages,
         'owner', r.relowner::pg_catalog.int8,
         'caller_owns', r.owner,
         'owned_by_caller', pg_catalog.pg_get_userbyid(r.relowner) OPERATOR(pg_catalog.=) CURRENT_USER,
         'security_invoker', coalesce('security_invoker=true' OPERATOR(pg_catalog.=) ANY (r.reloptions), false),
         'safe_to_read', u.oid IS NULL,
         'marker', r.marker,
         'reads', coalesce(vr.reads, '[]'::pg_catalog.jsonb),
         'foreign_calls', coalesce(vr.foreign_calls, 0),
         'columns', coalesce(cols.list, '[]'::pg_catalog.jsonb),
         'column_markers', coalesce(markers.list, '{}'::pg_catalog.jsonb),
         'primary_key', coalesce(keys.primary_key, '[]'::pg_catalog.jsonb),
         'unique_columns', coalesce(keys.unique_columns, '[]'::pg_catalog.jsonb))
       ORDER BY r.nspname, r.relname), '[]'::pg_catalog.jsonb)::pg_catalog.text
FROM visible r
LEFT JOIN cols ON cols.attrelid OPERATOR(pg_catalog.=) r.oid
LEFT JOIN markers ON markers.attrelid OPERATOR(pg_catalog.=) r.oid
LEFT JOIN keys ON keys.indrelid OPERATOR(pg_catalog.=) r.oid
LEFT JOIN unsafe_to_read u ON u.oid OPERATOR(pg_catalog.=) r.oid
LEFT JOIN view_reads vr ON vr.oid OPERATOR(pg_catalog.=) r.oid

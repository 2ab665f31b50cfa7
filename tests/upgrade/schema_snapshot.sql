-- Every object the extension owns, described without OIDs, so a fresh install and an
-- upgraded one can be diffed (ParadeDB's idea, made stricter): each member through
-- pg_describe_object, with the full definition of functions, columns of tables,
-- views, event triggers, indexes, privileges and which tables pg_dump keeps.
\pset format unaligned
\pset tuples_only on
WITH ext AS (
  SELECT oid, extnamespace, extconfig FROM pg_catalog.pg_extension WHERE extname = 'pg_sequin_hasura'
), members AS (
  SELECT d.classid, d.objid, d.objsubid
  FROM pg_catalog.pg_depend d, ext
  WHERE d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass
    AND d.refobjid = ext.oid AND d.deptype = 'e'
)
SELECT line FROM (
  SELECT 'member: ' || pg_catalog.pg_describe_object(classid, objid, objsubid) AS line FROM members
  UNION ALL
  SELECT 'function: ' || pg_catalog.regexp_replace(pg_catalog.pg_get_functiondef(p.oid), '\s+', ' ', 'g')
    || ' acl=' || coalesce(p.proacl::text, 'default')
  FROM members m JOIN pg_catalog.pg_proc p ON p.oid = m.objid
  WHERE m.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND p.prokind <> 'a'
  UNION ALL
  SELECT 'relation: ' || c.oid::pg_catalog.regclass::text || ' kind=' || c.relkind::text
    || ' acl=' || coalesce(c.relacl::text, 'default')
    || ' columns=' || coalesce((SELECT pg_catalog.string_agg(a.attname || ' ' || pg_catalog.format_type(a.atttypid, a.atttypmod)
          || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END
          || coalesce(' default ' || pg_catalog.pg_get_expr(ad.adbin, ad.adrelid), ''), ', ' ORDER BY a.attnum)
        FROM pg_catalog.pg_attribute a LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
        WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped), '')
    || coalesce(' view=' || pg_catalog.pg_get_viewdef(c.oid), '')
  FROM members m JOIN pg_catalog.pg_class c ON c.oid = m.objid
  WHERE m.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
  UNION ALL
  SELECT 'index: ' || pg_catalog.pg_get_indexdef(i.indexrelid)
  FROM members m JOIN pg_catalog.pg_index i ON i.indrelid = m.objid
  WHERE m.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
  UNION ALL
  SELECT 'constraint: ' || co.conrelid::pg_catalog.regclass::text || ' ' || pg_catalog.pg_get_constraintdef(co.oid)
  FROM members m JOIN pg_catalog.pg_constraint co ON co.conrelid = m.objid
  WHERE m.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
  UNION ALL
  SELECT 'event trigger: ' || e.evtname || ' on ' || e.evtevent || ' enabled=' || e.evtenabled::text
    || ' tags=' || coalesce(e.evttags::text, 'all') || ' function=' || e.evtfoid::pg_catalog.regprocedure::text
  FROM members m JOIN pg_catalog.pg_event_trigger e ON e.oid = m.objid
  WHERE m.classid = 'pg_catalog.pg_event_trigger'::pg_catalog.regclass
  UNION ALL
  SELECT 'schema: ' || n.nspname || ' acl=' || coalesce(n.nspacl::text, 'default')
  FROM members m JOIN pg_catalog.pg_namespace n ON n.oid = m.objid
  WHERE m.classid = 'pg_catalog.pg_namespace'::pg_catalog.regclass
  UNION ALL
  SELECT 'kept by pg_dump: ' || cfg::pg_catalog.regclass::text FROM ext, pg_catalog.unnest(ext.extconfig) AS cfg
  UNION ALL
  SELECT 'comment: ' || pg_catalog.pg_describe_object(m.classid, m.objid, m.objsubid) || ' = ' || ds.description
  FROM members m JOIN pg_catalog.pg_description ds
    ON ds.classoid = m.classid AND ds.objoid = m.objid AND ds.objsubid = m.objsubid
) s
ORDER BY line;

-- Check 1's verdict for one database, as a superuser: what planted code ran, which
-- attacker became superuser, what the extension created, and what those objects
-- depend on outside pg_catalog (other than the relations they stand on).
SET search_path = pg_catalog;
SELECT 'LOG ' || count(*) || ' ' || coalesce(string_agg(DISTINCT who || ' ran ' || what, '; '), '')
FROM public.rt_log;
SELECT 'SUPER ' || coalesce(string_agg(rolname, ','), '') FROM pg_roles WHERE rolname LIKE 'psh\_sec\_%' AND rolsuper;
WITH ours AS (
  SELECT 'pg_attrdef'::regclass AS classid, d.oid AS objid, format('column %s.%I', d.adrelid::regclass, a.attname) AS what
  FROM pg_attrdef d JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum
  WHERE col_description(d.adrelid, d.adnum) LIKE 'pg\_sequin\_hasura:%'
  UNION ALL
  SELECT 'pg_rewrite'::regclass, r.oid, format('view %s', r.ev_class::regclass)
  FROM pg_rewrite r
  WHERE r.rulename = '_RETURN' AND obj_description(r.ev_class, 'pg_class') LIKE 'pg\_sequin\_hasura:%'
), deps AS (
  SELECT o.what, d.refclassid, d.refobjid, d.refobjsubid,
         CASE d.refclassid
           WHEN 'pg_proc'::regclass THEN (SELECT pronamespace FROM pg_proc WHERE oid = d.refobjid)
           WHEN 'pg_operator'::regclass THEN (SELECT oprnamespace FROM pg_operator WHERE oid = d.refobjid)
           WHEN 'pg_type'::regclass THEN (SELECT typnamespace FROM pg_type WHERE oid = d.refobjid)
           WHEN 'pg_collation'::regclass THEN (SELECT collnamespace FROM pg_collation WHERE oid = d.refobjid)
           WHEN 'pg_class'::regclass THEN (SELECT relnamespace FROM pg_class WHERE oid = d.refobjid)
         END AS nsp
  FROM ours o JOIN pg_depend d ON d.classid = o.classid AND d.objid = o.objid
)
SELECT 'OBJECTS ' || (SELECT count(*) FROM ours WHERE classid = 'pg_attrdef'::regclass) || ' '
       || (SELECT count(*) FROM ours WHERE classid = 'pg_rewrite'::regclass) || ' '
       || (SELECT count(*) FROM deps) || ' '
       || coalesce(string_agg(DISTINCT what || ' -> ' || pg_describe_object(refclassid, refobjid, refobjsubid), '; '), '')
FROM deps
WHERE NOT ((refclassid IN ('pg_proc'::regclass, 'pg_operator'::regclass, 'pg_type'::regclass, 'pg_collation'::regclass)
            AND nsp = 'pg_catalog'::regnamespace)
           OR (refclassid = 'pg_class'::regclass AND nsp IN ('hub'::regnamespace, 'public'::regnamespace)));

-- Check 2 (C1; repro 01 and 02): the review's values and variants of each, per row of its
-- C1 table, through cast columns and cast views made by the extension. Needs
-- values_runner.sql first. Prints "CREATED <n>" (cast columns and views made).
SET client_min_messages = warning;
CREATE SCHEMA s;
CREATE TABLE s.t (id text PRIMARY KEY, u text, n4 text, n8 text, n2 text, num text,
  r4 float4, r8 float4, d4 float8, d8 float8);
SELECT sequin_hasura_create_cast_column('s.t', 'u', 'uuid');
SELECT sequin_hasura_create_cast_column('s.t', 'n4', 'int4');
SELECT sequin_hasura_create_cast_column('s.t', 'n8', 'int8');
SELECT sequin_hasura_create_cast_column('s.t', 'n2', 'int2');
SELECT sequin_hasura_create_cast_column('s.t', 'num', 'numeric');
SELECT sequin_hasura_create_cast_column('s.t', 'r4', 'int4');
SELECT sequin_hasura_create_cast_column('s.t', 'r8', 'int8');
SELECT sequin_hasura_create_cast_column('s.t', 'd4', 'int4');
SELECT sequin_hasura_create_cast_column('s.t', 'd8', 'int8');
SELECT sequin_hasura_create_cast_view('s.t', 'u', 'uuid');
SELECT sequin_hasura_create_cast_view('s.t', 'n4', 'int4');
SELECT sequin_hasura_create_cast_view('s.t', 'n8', 'int8');
SELECT sequin_hasura_create_cast_view('s.t', 'n2', 'int2');
SELECT sequin_hasura_create_cast_view('s.t', 'num', 'numeric');
SELECT sequin_hasura_create_cast_view('s.t', 'r4', 'int4');
SELECT sequin_hasura_create_cast_view('s.t', 'r8', 'int8');
SELECT sequin_hasura_create_cast_view('s.t', 'd4', 'int4');
SELECT sequin_hasura_create_cast_view('s.t', 'd8', 'int8');
SELECT (SELECT count(*) FROM pg_attribute WHERE attrelid = 's.t'::regclass AND attgenerated <> '')
     + (SELECT count(*) FROM pg_class WHERE relkind = 'v' AND obj_description(oid, 'pg_class') LIKE 'pg\_sequin\_hasura:%') AS created \gset
\echo CREATED :created
-- (column, value, exactly right value or NULL = must be NULL, label)
INSERT INTO public.psh_sec_values (tbl, col, val, expected, label)
SELECT 's.t', col, val, expected, col || ' <- ' || coalesce(label, val) FROM (VALUES
  -- uuid from text: the guard allows spaces, uuid_in does not trim
  ('u', $$' 123e4567-e89b-12d3-a456-426614174000'$$, $$'123e4567-e89b-12d3-a456-426614174000'::uuid$$, 'leading space (repro 01)'),
  ('u', $$E'123e4567-e89b-12d3-a456-426614174000\n'$$, $$'123e4567-e89b-12d3-a456-426614174000'::uuid$$, 'trailing newline (repro 01)'),
  ('u', $$E'\t123e4567-e89b-12d3-a456-426614174000\r\n'$$, $$'123e4567-e89b-12d3-a456-426614174000'::uuid$$, 'tab, CRLF'),
  ('u', $$E'123e4567-e89b-12d3-a456-426614174000\u3000'$$, $$'123e4567-e89b-12d3-a456-426614174000'::uuid$$, 'U+3000 after'),
  ('u', $$E'\u00a0123e4567-e89b-12d3-a456-426614174000'$$, $$'123e4567-e89b-12d3-a456-426614174000'::uuid$$, 'NBSP before'),
  ('u', $$E'\u2003123e4567-e89b-12d3-a456-426614174000'$$, $$'123e4567-e89b-12d3-a456-426614174000'::uuid$$, 'EM SPACE before'),
  ('u', $$E'\u200b123e4567-e89b-12d3-a456-426614174000'$$, $$'123e4567-e89b-12d3-a456-426614174000'::uuid$$, 'ZERO WIDTH SPACE before'),
  ('u', $$E'\v123e4567-e89b-12d3-a456-426614174000\f'$$, $$'123e4567-e89b-12d3-a456-426614174000'::uuid$$, 'VT before, FF after'),
  ('u', $$repeat(' ', 10000) || '123e4567-e89b-12d3-a456-426614174000'$$, $$'123e4567-e89b-12d3-a456-426614174000'::uuid$$, '10000 spaces before'),
  ('u', $$'{123e4567-e89b-12d3-a456-426614174000}'$$, $$'123e4567-e89b-12d3-a456-426614174000'::uuid$$, NULL),
  ('u', $$'123e4567e89b12d3a456426614174000'$$, $$'123e4567-e89b-12d3-a456-426614174000'::uuid$$, NULL),
  ('u', $$'123E4567-E89B-12D3-A456-426614174000'$$, $$'123e4567-e89b-12d3-a456-426614174000'::uuid$$, NULL),
  ('u', $$'123e4567-e89b12d3-a456-426614174000'$$, $$'123e4567-e89b-12d3-a456-426614174000'::uuid$$, NULL),
  ('u', $$'123e4567-e89b-12d3-a456-426614174000x'$$, NULL, NULL),
  ('u', $$'123e4567-e89b-12d3-a456-42661417400'$$, NULL, NULL),
  -- integers from text: \s matches Unicode spaces, int4in/numeric_in trim ASCII only
  ('n4', $$E'123\u3000'$$, '123', 'U+3000 after (repro 01)'),
  ('n4', $$E'\u2003 42'$$, '42', 'EM SPACE before (repro 01)'),
  ('n4', $$E'42\u00a0'$$, '42', 'NBSP after'),
  ('n4', $$E'\u202f42'$$, '42', 'NARROW NBSP before'),
  ('n4', $$E'42\u2028'$$, '42', 'LINE SEPARATOR after'),
  ('n4', $$E'\u0085 42'$$, '42', 'NEL before'),
  ('n4', $$E'\u180e42'$$, '42', 'MONGOLIAN VOWEL SEPARATOR before'),
  ('n4', $$E'\ufeff42'$$, '42', 'BOM before'),
  ('n4', $$E'\u3000\u3000-7\u3000'$$, '-7', 'U+3000 around -7'),
  ('n4', $$E'\v42\f'$$, '42', 'VT before, FF after'),
  ('n4', $$E'4\u00a02'$$, NULL, 'NBSP inside'),
  ('n4', $$'２'$$, '2', 'FULLWIDTH DIGIT TWO'),
  ('n4', $$'٤٢'$$, '42', 'ARABIC-INDIC digits'),
  ('n4', $$'2147483648'$$, NULL, NULL),
  ('n4', $$'-2147483648'$$, '-2147483648', NULL),
  ('n4', $$'99999999999999999999'$$, NULL, NULL),
  ('n4', $$'+0042'$$, '42', NULL),
  ('n4', $$repeat(' ', 100000) || '1'$$, '1', '100000 spaces then 1'),
  ('n4', $$'1' || repeat(E'\u3000', 1000)$$, '1', '1 then 1000 U+3000'),
  ('n8', $$E'\u2003 42'$$, '42', 'EM SPACE before'),
  ('n8', $$E'9223372036854775807\u3000'$$, '9223372036854775807', 'int8 max then U+3000'),
  ('n8', $$E'\u3000-1'$$, '-1', 'U+3000 then -1'),
  ('n8', $$E'42\u00a0'$$, '42', 'NBSP after (repro 02)'),
  ('n8', $$'9223372036854775808'$$, NULL, NULL),
  ('n8', $$'-9223372036854775808'$$, '-9223372036854775808', NULL),
  ('n8', $$'00000000000000000000001'$$, '1', '23 digits'),
  ('n2', $$'32768'$$, NULL, NULL),
  ('n2', $$'-32768'$$, '-32768', NULL),
  ('n2', $$E'7\u2003'$$, '7', 'EM SPACE after'),
  ('n2', $$E'\u00a0-1'$$, '-1', 'NBSP before'),
  -- numeric from text: Unicode spaces, and the shape regex has no length limit
  ('num', $$E'5\u3000'$$, '5', 'U+3000 after (repro 01)'),
  ('num', $$repeat('9', 140000)$$, NULL, $$repeat('9', 140000) (repro 01)$$),
  ('num', $$'0.' || repeat('0', 17000) || '1'$$, NULL, $$'0.' || 17000 zeros || '1' (repro 01)$$),
  ('num', $$repeat('9', 131072)$$, $$repeat('9', 131072)::numeric$$, $$repeat('9', 131072) (the largest)$$),
  ('num', $$'1' || repeat('0', 131072)$$, NULL, $$'1' || 131072 zeros$$),
  ('num', $$'0.' || repeat('0', 16382) || '1'$$, $$('0.' || repeat('0', 16382) || '1')::numeric$$, 'scale 16383 (the largest)'),
  ('num', $$'.' || repeat('5', 20000)$$, NULL, 'scale 20000'),
  ('num', $$repeat('1', 1000) || '.' || repeat('1', 17000)$$, NULL, '1000 digits . 17000 digits'),
  ('num', $$E'\u00a01.5'$$, '1.5', 'NBSP before'),
  ('num', $$E'\u2003-7'$$, '-7', 'EM SPACE before'),
  ('num', $$'1e999'$$, $$'1e999'::numeric$$, NULL),
  ('num', $$'1e-999'$$, $$'1e-999'::numeric$$, NULL),
  ('num', $$'9e131071'$$, $$'9e131071'::numeric$$, NULL),
  ('num', $$'1e131072'$$, NULL, NULL),
  ('num', $$'1e-16384'$$, NULL, NULL),
  ('num', $$'1e99999999999'$$, NULL, NULL),
  ('num', $$'NaN'$$, $$'NaN'::numeric$$, NULL),
  -- int4 from float4: float4::numeric keeps 6 significant digits
  ('r4', $$'2147483648'::float4$$, NULL, '2147483648 (repro 01)'),
  ('r4', $$'-2147483904'::float4$$, NULL, '-2147483904 (repro 01)'),
  ('r4', $$'1234567.5'::float4$$, NULL, '1234567.5 (repro 01)'),
  ('r4', $$'2147483647'::float4$$, NULL, '2147483647 (is 2147483648 as float4)'),
  ('r4', $$'2147483520'::float4$$, '2147483520', NULL),
  ('r4', $$'-2147483648'::float4$$, '-2147483648', NULL),
  ('r4', $$'16777217'::float4$$, '16777216', '16777217 (is 16777216 as float4)'),
  ('r4', $$'4194304.5'::float4$$, NULL, NULL),
  ('r4', $$'8388608.5'::float4$$, '8388608', '8388608.5 (is 8388608 as float4)'),
  ('r4', $$'99999.5'::float4$$, NULL, NULL),
  ('r4', $$'3e9'::float4$$, NULL, NULL),
  ('r4', $$'0.9999999'::float4$$, NULL, NULL),
  ('r4', $$'-0'::float4$$, '0', NULL),
  ('r4', $$'1e-45'::float4$$, NULL, NULL),
  ('r4', $$'NaN'::float4$$, NULL, NULL),
  ('r4', $$'Infinity'::float4$$, NULL, NULL),
  ('r4', $$'-Infinity'::float4$$, NULL, NULL),
  -- int8 from float4
  ('r8', $$'9223372036854775807'::float4$$, NULL, '9223372036854775807 (repro 01; is 2^63 as float4)'),
  ('r8', $$'-9223372036854775808'::float4$$, '-9223372036854775808', NULL),
  ('r8', $$'9223371487098961920'::float4$$, '9223371487098961920', 'largest float4 below 2^63'),
  ('r8', $$'123456789012'::float4$$, '123456790528', '123456789012 (is 123456790528 as float4)'),
  ('r8', $$'33554431'::float4$$, '33554432', NULL),
  ('r8', $$'1234567.5'::float4$$, NULL, NULL),
  ('r8', $$'4194304.5'::float4$$, NULL, NULL),
  ('r8', $$'1e19'::float4$$, NULL, NULL),
  ('r8', $$'-1e-3'::float4$$, NULL, NULL),
  ('r8', $$'NaN'::float4$$, NULL, NULL),
  ('r8', $$'Infinity'::float4$$, NULL, NULL),
  -- the same class from float8 (float8::numeric keeps 15 significant digits)
  ('d4', $$'2147483647.5'::float8$$, NULL, NULL),
  ('d4', $$'2147483648'::float8$$, NULL, NULL),
  ('d4', $$'-2147483648.5'::float8$$, NULL, NULL),
  ('d4', $$'2147483647'::float8$$, '2147483647', NULL),
  ('d4', $$'1e300'::float8$$, NULL, NULL),
  ('d4', $$'4.9e-324'::float8$$, NULL, NULL),
  ('d8', $$'9223372036854775807'::float8$$, NULL, '9223372036854775807 (is 2^63 as float8)'),
  ('d8', $$'9223372036854774784'::float8$$, '9223372036854774784', 'largest float8 below 2^63'),
  ('d8', $$'-9223372036854775808'::float8$$, '-9223372036854775808', NULL),
  ('d8', $$'-9223372036854777856'::float8$$, NULL, 'next float8 below -2^63'),
  ('d8', $$'1000000000000000.5'::float8$$, NULL, NULL),
  ('d8', $$'4503599627370495.5'::float8$$, NULL, NULL),
  ('d8', $$'123456789012345.67'::float8$$, NULL, NULL),
  ('d8', $$'9007199254740993'::float8$$, '9007199254740992', '9007199254740993 (is 2^53 as float8)'),
  ('d8', $$'Infinity'::float8$$, NULL, NULL)
) v(col, val, expected, label);
RESET client_min_messages;

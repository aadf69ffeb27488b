-- The table of docs/databases.md, "Speed": 1 000 000 rows × 28 columns (id, school, class,
-- year, pick = g % 100, a grade, a boolean, a date and 20 numeric(6,1) columns), built on the
-- server with generate_series (Benchmarks/Postgres/bench.sh loads it into a throwaway cluster).
CREATE TABLE wide AS
SELECT 'st' || lpad(g::text, 7, '0') AS id,
       'school_' || (g % 40) AS school,
       ((g % 3) + 4)::text || chr(65 + g % 4) AS class,
       (g % 3) + 4 AS year,
       g % 100 AS pick,
       substr('ABCDEF', 1 + g % 6, 1) AS grade,
       (g % 2 = 0) AS sen,
       date '2025-01-01' + (g % 200) AS tested,
       round((g % 997)::numeric / 3, 1)::numeric(6,1) AS m01, round((g % 991)::numeric / 3, 1)::numeric(6,1) AS m02,
       round((g % 983)::numeric / 3, 1)::numeric(6,1) AS m03, round((g % 977)::numeric / 3, 1)::numeric(6,1) AS m04,
       round((g % 971)::numeric / 3, 1)::numeric(6,1) AS m05, round((g % 967)::numeric / 3, 1)::numeric(6,1) AS m06,
       round((g % 953)::numeric / 3, 1)::numeric(6,1) AS m07, round((g % 947)::numeric / 3, 1)::numeric(6,1) AS m08,
       round((g % 941)::numeric / 3, 1)::numeric(6,1) AS m09, round((g % 937)::numeric / 3, 1)::numeric(6,1) AS m10,
       round((g % 929)::numeric / 3, 1)::numeric(6,1) AS m11, round((g % 919)::numeric / 3, 1)::numeric(6,1) AS m12,
       round((g % 911)::numeric / 3, 1)::numeric(6,1) AS m13, round((g % 907)::numeric / 3, 1)::numeric(6,1) AS m14,
       round((g % 887)::numeric / 3, 1)::numeric(6,1) AS m15, round((g % 883)::numeric / 3, 1)::numeric(6,1) AS m16,
       round((g % 881)::numeric / 3, 1)::numeric(6,1) AS m17, round((g % 877)::numeric / 3, 1)::numeric(6,1) AS m18,
       round((g % 863)::numeric / 3, 1)::numeric(6,1) AS m19, round((g % 859)::numeric / 3, 1)::numeric(6,1) AS m20
FROM generate_series(1, 1000000) g;
ANALYZE wide;

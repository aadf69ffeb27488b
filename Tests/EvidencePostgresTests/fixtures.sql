-- Fixtures for the PostgreSQL tests (Tests/postgres/cluster.sh loads them into a throwaway
-- cluster). Synthetic students; the personnummer are made-up numbers with valid check digits.
CREATE SCHEMA school;
CREATE TABLE school.results (
    student_id text,
    personnummer text,
    class varchar(8),
    year integer,
    reading numeric(6,1),
    score double precision,
    writing text,
    sen boolean,
    tested date,
    checked_at timestamp,
    ref uuid,
    nickname text
);
INSERT INTO school.results VALUES
  ('s01', '20120101-0012', '5A', 5, 412.5, 0.25, 'A', false, '2025-03-14', '2025-03-14 08:30:00', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 'O''Brien'),
  ('s02', '20120315-1236', '5A', 5, 388.0, 1.5, 'C', true, '2025-03-14', NULL, NULL, 'tab	inside'),
  ('s03', '20110704-4560', '6B', 6, NULL, -2, 'E', false, NULL, NULL, NULL, ''),
  ('s04', '20130922-7898', '4A', 4, 301.5, 3.75, 'F', NULL, '2025-03-15', NULL, NULL, NULL),
  ('s05', '20121111-2345', '5B', 5, 455.0, 10, 'B', true, '2025-03-15', NULL, NULL, 'back\slash'),
  ('s06', '20111230-5675', '6B', 6, 350.0, 0, 'D', false, '2025-03-16', NULL, NULL, 'line
break');

-- A table only the owner may read (permission denied for evsh_ro).
CREATE TABLE school.staff (name text, salary integer);
INSERT INTO school.staff VALUES ('Ann', 40000);

-- Many rows, to count and filter on the server.
CREATE TABLE public.many AS
  SELECT g AS id, 'school_' || (g % 7) AS school, (g % 100) AS score
  FROM generate_series(1, 20000) g;

CREATE ROLE evsh_pw LOGIN PASSWORD 'S3cret-pw!x';
CREATE ROLE evsh_ro LOGIN;
GRANT USAGE ON SCHEMA school TO evsh_pw, evsh_ro;
GRANT SELECT ON school.results TO evsh_pw, evsh_ro;
GRANT SELECT ON public.many TO evsh_ro;

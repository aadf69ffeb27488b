#!/usr/bin/env bash
# The PostgreSQL speed bars (docs/databases.md, "Speed"): a throwaway cluster
# (Tests/postgres/cluster.sh), the 1 000 000-row × 28-column table of wide.sql, then RUNS rounds,
# each running in turn psql's \copy to /dev/null, evsh's whole load, its 5 % `where`, and
# `count … by school` in psql and in evsh. Whole process each time (/usr/bin/time): prints each
# one's median wall time and peak memory, and the medians of the round-by-round ratios.
#
#   Benchmarks/Postgres/bench.sh            RUNS=5, EVSH=.build/release/evsh
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
evsh="${EVSH:-$root/.build/release/evsh}"
runs="${RUNS:-5}"
export EVSH_TEST_PGPORT="${EVSH_TEST_PGPORT:-54339}"
[ -x "$evsh" ] || { echo "bench.sh: no $evsh (make build)" >&2; exit 1; }
dir="$(mktemp -d /tmp/evsh-pgbench.XXXXXX)"
chmod 755 "$dir"
trap '"$root/Tests/postgres/cluster.sh" stop "$dir"; rm -rf "$dir"' EXIT
"$root/Tests/postgres/cluster.sh" start "$dir"
bin="$(dirname "$(ls /usr/lib/postgresql/*/bin/psql 2>/dev/null | head -1 || command -v psql)")"
psql=("$bin/psql" -h "$dir" -p "$EVSH_TEST_PGPORT" -U postgres -d postgres -q)
echo "making the table (about a minute) …"
"${psql[@]}" -v ON_ERROR_STOP=1 -f "$here/wide.sql" >/dev/null
url="postgres://postgres@/postgres?host=$dir&port=$EVSH_TEST_PGPORT"

# One run of a command: a line "wall-seconds peak-KiB" appended to $dir/NAME.
measure() {
  local name="$1"; shift
  /usr/bin/time -f "%e %M" -o "$dir/time" "$@" >/dev/null 2>&1 || { echo "bench.sh: $name failed" >&2; exit 1; }
  cat "$dir/time" >> "$dir/$name"
}
# Round 0 warms up (the fresh table's first reads set its hint bits) and is not counted.
for i in $(seq 0 "$runs"); do
  [ "$i" = 1 ] && rm -f "$dir"/psql_* "$dir"/evsh_*
  measure psql_copy "${psql[@]}" -c "\copy (SELECT * FROM wide) TO '/dev/null'"
  measure evsh_load "$evsh" -c "connect w $url; load w.public.wide as w"
  measure evsh_where "$evsh" -c "connect w $url; load w.public.wide as w where pick < 5"
  measure psql_count "${psql[@]}" -c "SELECT school::text, count(*) FROM wide GROUP BY school ORDER BY school"
  measure evsh_count "$evsh" -c "connect w $url; count w.public.wide by school"
done

median() { sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
column() { awk -v k="$2" '{ print $k }' "$dir/$1"; }
# Round by round A/B (or A - B): "median (min to max)".
ratio() {
  local r; r="$(paste -d' ' "$dir/$1" "$dir/$2" | awk -v op="$3" '{ print (op == "-") ? $1 - $3 : $1 / $3 }')"
  printf '%.3f (%.3f to %.3f)' "$(echo "$r" | median)" "$(echo "$r" | sort -g | head -1)" "$(echo "$r" | sort -g | tail -1)"
}
echo "load $(uptime | sed 's/.*load average: //'), $runs rounds, whole process, medians"
for n in psql_copy evsh_load evsh_where psql_count evsh_count; do
  printf '%-11s wall %6.3f s   peak %6.1f MiB\n' "$n" "$(column $n 1 | median)" "$(echo "$(column $n 2 | median) / 1024" | bc -l)"
done
echo "evsh load / psql copy     $(ratio evsh_load psql_copy /)   bar: at most 1.5"
echo "where 5 % / whole load     $(ratio evsh_where evsh_load /)   bar: at most 0.15"
echo "evsh count - psql count    $(ratio evsh_count psql_count -) s   bar: at most 0.050"

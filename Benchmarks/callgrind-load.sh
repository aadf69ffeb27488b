#!/usr/bin/env bash
# Instructions per input byte of a whole `evsh -c "load FILE; count"` process, counted by
# valgrind's callgrind (deterministic, so the figure holds on a busy machine), and of
# `evsh -c quit` (start-up alone). The figure of record of docs/loading.md, "Speed and memory".
#
#   Benchmarks/callgrind-load.sh [EVSH]        EVSH defaults to .build/release/evsh
#
# Environment: ROWS (100000), SEED (1), GEN (the evidence generator,
# ../shared/bench/gen_evidence.py), WORK (a folder for the file and the profiles; a fresh
# temporary one by default, removed afterwards unless KEEP=1).
# The profiles are left as WORK/callgrind.{load,quit}.out for callgrind_annotate.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
evsh=${1:-$root/.build/release/evsh}
rows=${ROWS:-100000}
seed=${SEED:-1}
gen=${GEN:-$root/../shared/bench/gen_evidence.py}

command -v valgrind >/dev/null || { echo "callgrind-load: valgrind is not installed (apt-get install valgrind)" >&2; exit 1; }
[ -x "$evsh" ] || { echo "callgrind-load: no evsh at $evsh (build it: swift build -c release --product evsh)" >&2; exit 1; }
[ -f "$gen" ] || { echo "callgrind-load: no generator at $gen (set GEN=path/to/gen_evidence.py)" >&2; exit 1; }

if [ -n "${WORK:-}" ]; then mkdir -p "$WORK"; work=$WORK; else work=$(mktemp -d); fi
[ -n "${WORK:-}" ] || [ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$work"' EXIT

file=$work/evidence_wide_${rows}_seed${seed}.csv
[ -f "$file" ] || python3 "$gen" --rows "$rows" --seed "$seed" --out "$file" >/dev/null
bytes=$(stat -c %s "$file")

# valgrind 3.19 cannot read the debug info that swift-crypto's objects bring
# (docs/architecture.md, "Speed across targets"): profile a copy without it.
bin=$work/evsh-nodebug
strip --strip-debug -o "$bin" "$evsh"

count() { # OUT ARGS… → the instructions callgrind collected
    local out=$1; shift
    valgrind --tool=callgrind --callgrind-out-file="$out" "$bin" "$@" 2>&1 >/dev/null \
        | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
load=$(count "$work/callgrind.load.out" -c "load $file; count")
quit=$(count "$work/callgrind.quit.out" -c quit)
[ -n "$load" ] && [ -n "$quit" ] || { echo "callgrind-load: valgrind did not report a count" >&2; exit 1; }

awk -v l="$load" -v q="$quit" -v b="$bytes" -v r="$rows" 'BEGIN {
    printf "file: %d rows, %d bytes (gen_evidence.py --rows %d --seed '"$seed"')\n", r, b, r
    printf "load FILE; count   %14d instructions  %6.1f per input byte (whole process)\n", l, l / b
    printf "quit (start-up)    %14d instructions\n", q
    printf "load less start-up %14d instructions  %6.1f per input byte\n", l - q, (l - q) / b
}'
if [ -n "${WORK:-}" ] || [ "${KEEP:-0}" = 1 ]; then echo "profiles: $work/callgrind.load.out, $work/callgrind.quit.out"; fi

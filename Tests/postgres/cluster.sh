#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests (docs/databases.md, "Tests"): initdb into a
# temporary folder, listening only on a Unix socket there, run as the `postgres` user when
# we are root. Nothing outside the folder is touched.
#
#   cluster.sh run CMD …    start one, load Tests/EvidencePostgresTests/fixtures.sql, run CMD
#                           with EVSH_TEST_PGHOST/EVSH_TEST_PGPORT set, stop it (even when CMD fails)
#   cluster.sh start DIR    start one in DIR (empty or missing), print nothing on success
#   cluster.sh start DIR tcp   the same, also listening on 127.0.0.1 (port EVSH_TEST_PGPORT), without TLS
#   cluster.sh tls DIR      turn TLS on for it: a self-signed certificate for localhost made with
#                           openssl in DIR/data (exit 3 when there is no openssl)
#   cluster.sh stop DIR     stop it
set -u
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
port="${EVSH_TEST_PGPORT:-54329}"

bindir() {
  for d in /usr/lib/postgresql/*/bin; do [ -x "$d/initdb" ] && { echo "$d"; return; }; done
  command -v initdb >/dev/null 2>&1 && dirname "$(command -v initdb)"
}

# Runs a server program as the cluster's owner.
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
  local dir="$1" tcp="${2:-}" bin fd listen="''"; bin="$(bindir)"
  # The server is a daemon: it must not keep the caller's open files (a test process's locked
  # journal, say) for as long as it runs.
  for fd in $(ls /proc/$$/fd 2>/dev/null); do [ "$fd" -gt 2 ] && eval "exec $fd>&-" 2>/dev/null; done
  [ -n "$bin" ] || { echo "cluster.sh: no initdb found (install Debian's postgresql)" >&2; return 1; }
  mkdir -p "$dir"
  [ "$(id -u)" = 0 ] && chown postgres: "$dir"
  as_owner "$bin/initdb" -D "$dir/data" -A trust -U postgres --no-sync -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; return 1; }
  # Password logins for the role the wrong-password test uses; everyone else by trust (the
  # socket is in a folder only we and the owner can reach).
  printf 'local all evsh_pw scram-sha-256\nlocal all all trust\n' > "$dir/data/pg_hba.conf"
  if [ "$tcp" = tcp ]; then
    listen="'127.0.0.1'"
    printf 'host all all 127.0.0.1/32 trust\n' >> "$dir/data/pg_hba.conf"
  fi
  [ "$(id -u)" = 0 ] && chown postgres: "$dir/data/pg_hba.conf"
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
    -o "-c listen_addresses=$listen -k $dir -p $port -c fsync=off -c full_page_writes=off" start >/dev/null \
    || { cat "$dir/server.log" >&2; return 1; }
}

tls() {
  local dir="$1" bin; bin="$(bindir)"
  command -v openssl >/dev/null 2>&1 || { echo "cluster.sh: no openssl to make a certificate" >&2; return 3; }
  openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=localhost -addext subjectAltName=DNS:localhost,IP:127.0.0.1 \
    -keyout "$dir/data/server.key" -out "$dir/data/server.crt" >"$dir/openssl.log" 2>&1 || { cat "$dir/openssl.log" >&2; return 1; }
  chmod 600 "$dir/data/server.key"
  [ "$(id -u)" = 0 ] && chown postgres: "$dir/data/server.key" "$dir/data/server.crt"
  "$bin/psql" -h "$dir" -p "$port" -U postgres -d postgres -q -v ON_ERROR_STOP=1 \
    -c "ALTER SYSTEM SET ssl = on" -c "SELECT pg_reload_conf()" >/dev/null || return 1
  # The reload is asynchronous: wait until the server says TLS is on.
  for _ in $(seq 50); do
    [ "$("$bin/psql" -h "$dir" -p "$port" -U postgres -d postgres -Atc "SHOW ssl")" = on ] && return 0
    sleep 0.1
  done
  echo "cluster.sh: TLS did not come on (see $dir/server.log)" >&2; return 1
}

stop() {
  local dir="$1" bin; bin="$(bindir)"
  [ -d "$dir/data" ] && as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1
  return 0
}

case "${1:-}" in
  start) start "$2" "${3:-}" ;;
  tls) tls "$2" ;;
  stop) stop "$2" ;;
  run)
    shift
    dir="$(mktemp -d /tmp/evsh-pg.XXXXXX)"
    chmod 755 "$dir"
    trap 'stop "$dir"; rm -rf "$dir"' EXIT
    if start "$dir" && "$(bindir)/psql" -h "$dir" -p "$port" -U postgres -d postgres -q -v ON_ERROR_STOP=1 \
         -f "$root/Tests/EvidencePostgresTests/fixtures.sql" >"$dir/fixtures.log" 2>&1; then
      export EVSH_TEST_PGHOST="$dir" EVSH_TEST_PGPORT="$port"
      echo "cluster.sh: PostgreSQL test server on $dir (port $port)"
    else
      cat "$dir/fixtures.log" 2>/dev/null >&2
      export EVSH_TEST_PG_MISSING="no PostgreSQL server could be started (see above)"
      echo "cluster.sh: $EVSH_TEST_PG_MISSING; the database tests will skip" >&2
    fi
    "$@"
    ;;
  *) echo "usage: cluster.sh run CMD … | start DIR [tcp] | tls DIR | stop DIR" >&2; exit 64 ;;
esac

#!/usr/bin/env bash
# Runs a command with POSTGRES_TEST_URL pointing at a PostgreSQL
# server. When none is configured, a throw-away cluster is made in a temp
# directory, started on a free loopback port, and removed afterwards.
#   .ci/with-postgres.sh cargo test
set -euo pipefail

if [ -n "${POSTGRES_TEST_URL:-}" ]; then
  exec "$@"
fi

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "PostgreSQL server binaries not found; run .ci/setup.sh test" >&2
  exit 1
fi

dir=$(mktemp -d /tmp/sspr-pg.XXXXXX)
# initdb refuses to run as root: the cluster belongs to the postgres user.
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
  chown postgres: "$dir"
  as_owner=(runuser -u postgres --)
fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

stop() {
  "${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT

"${as_owner[@]}" "$bindir/initdb" -D "$dir/data" -U sspr -A trust -E UTF8 --no-locale >/dev/null
# Durability is pointless for a cluster that is deleted afterwards; the
# buffers hold a million-user directory (bench/directory.sh).
"${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/log" -w -o \
  "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c shared_buffers=1GB" \
  start >/dev/null

export POSTGRES_TEST_URL="postgres://sspr@127.0.0.1:$port/postgres"
"$@"

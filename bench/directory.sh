#!/usr/bin/env bash
# Directory benchmark: imports 1,000 and 1,000,000 users into SQLite and
# PostgreSQL with `sspr user import`, then prints the import rate and the
# p50/p99 latency of looking a user up by UPN.
#   bench/directory.sh            both sizes, both backends
#   SIZES="1000" bench/directory.sh
# Targets: lookup p50 at 1M within 10% of 1k; SQLite import >= 20k users/s.
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/env.sh
SIZES=${SIZES:-"1000 1000000"}

cargo build --release --locked -p sspr --bin sspr --example lookup_latency
sspr=$PWD/target/release/sspr
lookup=$PWD/target/release/examples/lookup_latency
work=$(mktemp -d /tmp/sspr-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

run_size() {
  local backend=$1 url=$2 n=$3
  local csv="$work/users-$n.csv"
  [ -f "$csv" ] || python3 bench/gen_users.py "$n" > "$csv"
  local start end
  start=$(date +%s.%N)
  SSPR_DATABASE_URL=$url "$sspr" user import "$csv" >/dev/null
  end=$(date +%s.%N)
  python3 -c "n=$n; s=$end-$start; print(f'$backend {n:>9} users: import {s:6.2f} s, {n/s:9.0f} users/s')"
  printf '%s %9d users: ' "$backend" "$n"
  "$lookup" "$url" "$n"
}

bench_backend() {
  local backend=$1
  for n in $SIZES; do
    case $backend in
      sqlite) run_size sqlite "sqlite://$work/bench-$n.db?mode=rwc" "$n" ;;
      postgres)
        local db="bench_$n"
        psql -q "$POSTGRES_TEST_URL" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
        run_size postgres "${POSTGRES_TEST_URL%/*}/$db" "$n"
        ;;
    esac
  done
}

echo "== sspr directory benchmark ($(nproc) cores) =="
bench_backend sqlite
POSTGRES_TEST_URL=${POSTGRES_TEST_URL:-} .ci/with-postgres.sh bash -c "$(declare -f run_size bench_backend); \
  work=$work sspr=$sspr lookup=$lookup SIZES='$SIZES'; bench_backend postgres"

#!/usr/bin/env bash
# Timing benchmark: can an existing user name be told from a disabled or a
# made-up one by how long sign-in (wrong password) and the reset's first
# step take? Starts the release server on a throw-away SQLite database,
# imports the names bench/timing.py uses, and prints medians and
# Mann-Whitney p-values per pair (REQUESTS per kind, RUNS runs). Prints
# figures; asserts nothing.
#   bench/timing.sh           REQUESTS=200 RUNS=2 by default
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/env.sh
REQUESTS=${REQUESTS:-200}
RUNS=${RUNS:-2}

# `make build`, as `make test` runs it: neither rebuilds the other's, and
# the site keeps every asset the browser specs need.
make build
sspr=$PWD/target/release/sspr
work=$(mktemp -d /tmp/sspr-timing-bench.XXXXXX)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT

# Existing users with an alternate email (a real reset flow) and disabled
# users, one slice of names per run and step.
python3 - "$REQUESTS" "$RUNS" > "$work/users.csv" <<'PY'
import sys
requests, runs = int(sys.argv[1]), int(sys.argv[2])
print("user_principal_name,display_name,alternate_email,enabled")
for slot in range(runs * 2):
    for i in range(requests):
        n = slot * 10_000 + i
        print(f"timing{n}@bench.example,Timing {n},timing{n}@home.example,true")
        print(f"disabled{n}@bench.example,Disabled {n},disabled{n}@home.example,false")
PY
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# The bench's requests name their client through a trusted proxy.
printf 'trusted_proxies = ["127.0.0.1"]\n' > "$work/sspr.toml"
export SSPR_DATA_DIR="$work" SSPR_LISTEN_ADDR="127.0.0.1:$port" SSPR_PUBLIC_BASE_URL="http://127.0.0.1:$port/"
export SSPR_SITE_ROOT="$PWD/target/site" SSPR_LOG=warn SSPR_DEMO=true
# A light proof of work: the client here solves it in Python.
export SSPR_CAPTCHA_DIFFICULTY=4
"$sspr" --config "$work/sspr.toml" demo >/dev/null
"$sspr" --config "$work/sspr.toml" user import "$work/users.csv" >/dev/null
"$sspr" --config "$work/sspr.toml" serve >"$work/server.log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do
  python3 -c "import urllib.request as u; u.urlopen('http://127.0.0.1:$port/', timeout=1)" 2>/dev/null && break
  sleep 0.1
done
echo "== sspr timing benchmark ($(nproc) cores, $REQUESTS requests per kind, SQLite) =="
python3 bench/timing.py "http://127.0.0.1:$port" "$REQUESTS" "$RUNS"

#!/usr/bin/env bash
# Reset benchmark: starts the release server in demo mode (codes land in
# the outbox) on a throw-away SQLite database with USERS users, then prints
# requests/s and p50/p99 for rendering /reset and for whole email-gate
# resets under concurrency, and the server's peak RSS with 50 resets
# hashing at once. Then, from the same build, the cost of languages: the
# server offering 2 and then all 44 (start-up time, idle RSS, /reset
# render), and of branding (bench/branding.sh: a full branding against
# none). Prints figures; asserts nothing.
#   bench/reset.sh            USERS=250 by default
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/env.sh
USERS=${USERS:-250}

cargo build --release --locked -p sspr --bin sspr --example reset_bench
sspr=$PWD/target/release/sspr
work=$(mktemp -d /tmp/sspr-reset-bench.XXXXXX)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT

python3 - "$USERS" > "$work/users.csv" <<'PY'
import sys
print("user_principal_name,display_name,alternate_email")
for i in range(int(sys.argv[1])):
    print(f"reset{i}@bench.example,Bench User {i},reset{i}@home.example")
PY
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
export SSPR_DATA_DIR="$work" SSPR_LISTEN_ADDR="127.0.0.1:$port" SSPR_PUBLIC_BASE_URL="http://127.0.0.1:$port/"
export SSPR_SITE_ROOT="$PWD/target/site" SSPR_LOG=warn SSPR_DEMO=true
# A light proof of work: the client here solves it in Rust, not a browser.
export SSPR_CAPTCHA_DIFFICULTY=8
"$sspr" demo >/dev/null
"$sspr" user import "$work/users.csv" >/dev/null
"$sspr" serve >"$work/server.log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do
  python3 -c "import urllib.request as u; u.urlopen('http://127.0.0.1:$port/', timeout=1)" 2>/dev/null && break
  sleep 0.1
done
echo "== sspr reset benchmark ($(nproc) cores, $USERS users, SQLite) =="
target/release/examples/reset_bench "http://127.0.0.1:$port" "sqlite://$work/sspr.db" "$pid" "$USERS"

# Languages: the same server offering 2 languages, then all 44. Each starts
# on a fresh database; start-up is from exec to the first page answered
# (migrations included), and the bundles' own parse time is read from the
# log. The /reset render is in English in both, so only the loaded bundles
# differ.
echo "== languages: 2 offered against 44 =="
kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
for languages in '["en","it"]' ''; do
  dir=$(mktemp -d "$work/langs.XXXX")
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  if [ -n "$languages" ]; then export SSPR_LANGUAGES="$languages"; label=2; else unset SSPR_LANGUAGES; label=44; fi
  start=$(date +%s.%N)
  SSPR_DATA_DIR="$dir" SSPR_LISTEN_ADDR="127.0.0.1:$port" SSPR_PUBLIC_BASE_URL="http://127.0.0.1:$port/" \
    SSPR_LOG=info "$sspr" serve >"$dir/server.log" 2>&1 &
  pid=$!
  until python3 -c "import urllib.request as u; u.urlopen('http://127.0.0.1:$port/', timeout=1)" 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || { cat "$dir/server.log"; exit 1; }
    sleep 0.01
  done
  end=$(date +%s.%N)
  sleep 2
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  parse=$(grep -o 'elapsed_ms=[0-9]*' "$dir/server.log" | head -1 | cut -d= -f2)
  python3 -c "print(f'{$label:>2} languages: start-up {($end-$start)*1000:6.0f} ms (bundles parsed in ${parse:-?} ms), idle RSS {$rss/1024:6.1f} MiB')"
  printf '%2s languages: ' "$label"
  RENDER_ONLY=1 target/release/examples/reset_bench "http://127.0.0.1:$port" "sqlite://$dir/sspr.db" "$pid" 0
  kill "$pid"; wait "$pid" 2>/dev/null || true
  pid=
done

# Branding: the same build without branding and with every setting made.
kill "${pid:-}" 2>/dev/null || true
pid=
bench/branding.sh

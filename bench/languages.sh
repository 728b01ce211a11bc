#!/usr/bin/env bash
# Languages benchmark: what offering all 44 languages costs against 2. The
# release server starts twice on a fresh SQLite database, offering
# `["en","it"]` (the `languages` setting) and then every language, and
# each time prints: start-up (exec to the first page answered, migrations
# included) with the time the message bundles took to parse, resident
# memory at idle, and the render time of /reset over REQUESTS requests on
# one connection (in English both times, so only the loaded bundles
# differ) with the RSS after them. Prints figures; asserts nothing.
#   bench/languages.sh          REQUESTS=2000 by default
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/env.sh
REQUESTS=${REQUESTS:-2000}

# The same release build `make test` makes, so neither rebuilds the other's.
cargo leptos build --release
node .ci/precompress.mjs target/site
sspr=$PWD/target/release/sspr
work=$(mktemp -d /tmp/sspr-languages-bench.XXXXXX)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT

echo "== sspr languages benchmark ($(nproc) cores, $REQUESTS renders of /reset) =="
for offered in '["en","it"]' all; do
  dir=$(mktemp -d "$work/run.XXXX")
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  if [ "$offered" = all ]; then unset SSPR_LANGUAGES; else export SSPR_LANGUAGES="$offered"; fi
  start=$(date +%s.%N)
  SSPR_DATA_DIR="$dir" SSPR_LISTEN_ADDR="127.0.0.1:$port" SSPR_PUBLIC_BASE_URL="http://127.0.0.1:$port/" \
    SSPR_SITE_ROOT="$PWD/target/site" SSPR_LOG=info NO_COLOR=1 "$sspr" serve >"$dir/server.log" 2>&1 &
  pid=$!
  # curl, not python: its own start-up is a few milliseconds.
  until curl -sf -o /dev/null "http://127.0.0.1:$port/"; do
    kill -0 "$pid" 2>/dev/null || { cat "$dir/server.log"; exit 1; }
    sleep 0.005
  done
  end=$(date +%s.%N)
  sleep 2
  idle=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  parse=$(sed 's/\x1b\[[0-9;]*m//g' "$dir/server.log" | grep -o 'elapsed_us=[0-9]*' | head -1 | cut -d= -f2 || true)
  loaded=$(sed 's/\x1b\[[0-9;]*m//g' "$dir/server.log" | grep -o 'languages=[0-9]*' | head -1 | cut -d= -f2 || true)
  render=$(python3 - "$port" "$REQUESTS" <<'PY'
import http.client, statistics, sys, time
port, n = int(sys.argv[1]), int(sys.argv[2])
conn = http.client.HTTPConnection("127.0.0.1", port)
def get():
    conn.request("GET", "/reset", headers={"Accept-Language": "en"})
    r = conn.getresponse(); r.read()
    assert r.status == 200, r.status
for _ in range(50):  # warm-up
    get()
times = []
for _ in range(n):
    t = time.perf_counter(); get(); times.append((time.perf_counter() - t) * 1000)
times.sort()
print(f"p50 {statistics.median(times):.2f} ms, p99 {times[int(len(times) * 0.99)]:.2f} ms, mean {statistics.mean(times):.2f} ms")
PY
)
  after=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  python3 -c "print(f'{\"${loaded:-?}\":>2} bundles: start-up {($end-$start)*1000:5.0f} ms (bundles parsed in {${parse:-0}/1000:.1f} ms), idle RSS {$idle/1024:5.1f} MiB; /reset $render; RSS after {$after/1024:5.1f} MiB')"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  pid=
done

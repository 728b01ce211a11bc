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

# `make build`, as `make test` runs it: neither rebuilds the other's, and
# the site keeps every asset the browser specs need.
make build
sspr=$PWD/target/release/sspr
work=$(mktemp -d /tmp/sspr-languages-bench.XXXXXX)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT

echo "== sspr languages benchmark ($(nproc) cores, $REQUESTS renders of /reset each) =="
# Both servers run at once and the renders alternate between them, so that
# whatever else the machine does falls on both alike.
declare -A port_of pid_of
for offered in two all; do
  dir="$work/$offered"; mkdir -p "$dir"
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  if [ "$offered" = all ]; then unset SSPR_LANGUAGES; else export SSPR_LANGUAGES='["en","it"]'; fi
  start=$(date +%s.%N)
  SSPR_DATA_DIR="$dir" SSPR_LISTEN_ADDR="127.0.0.1:$port" SSPR_PUBLIC_BASE_URL="http://127.0.0.1:$port/" \
    SSPR_SITE_ROOT="$PWD/target/site" SSPR_LOG=info "$sspr" serve >"$dir/server.log" 2>&1 &
  pid=$!
  pids="${pids:-} $pid"
  # curl, not python: its own start-up is a few milliseconds.
  until curl -sf -o /dev/null "http://127.0.0.1:$port/"; do
    kill -0 "$pid" 2>/dev/null || { cat "$dir/server.log"; exit 1; }
    sleep 0.005
  done
  end=$(date +%s.%N)
  sleep 2
  idle=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  log=$(sed 's/\x1b\[[0-9;]*m//g' "$dir/server.log")
  parse=$(grep -o 'elapsed_us=[0-9]*' <<<"$log" | head -1 | cut -d= -f2 || true)
  loaded=$(grep -o 'languages=[0-9]*' <<<"$log" | head -1 | cut -d= -f2 || true)
  python3 -c "print(f'{\"${loaded:-?}\":>2} languages: start-up {($end-$start)*1000:4.0f} ms (bundles parsed in {${parse:-0}/1000:.1f} ms), idle RSS {$idle/1024:5.1f} MiB')"
  port_of[$offered]=$port pid_of[$offered]=$pid
done
pid=
trap 'kill $pids 2>/dev/null; rm -rf "$work"' EXIT
python3 - "${port_of[two]}" "${port_of[all]}" "$REQUESTS" <<'PY'
import http.client, statistics, sys, time
ports, n = [int(sys.argv[1]), int(sys.argv[2])], int(sys.argv[3])
conns = [http.client.HTTPConnection("127.0.0.1", p) for p in ports]
def get(c):
    t = time.perf_counter()
    c.request("GET", "/reset", headers={"Accept-Language": "en"})
    r = c.getresponse(); body = r.read()
    assert r.status == 200, r.status
    return (time.perf_counter() - t) * 1000, len(body)
for _ in range(100):  # warm-up
    for c in conns: get(c)
times, sizes = [[], []], [0, 0]
for i in range(n):
    for k in ((0, 1) if i % 2 else (1, 0)):
        ms, sizes[k] = get(conns[k])
        times[k].append(ms)
for label, t, size in zip(("2", "44"), times, sizes):
    t.sort()
    print(f"{label:>2} languages: /reset p50 {statistics.median(t):.3f} ms, p99 {t[int(len(t) * 0.99)]:.3f} ms, mean {statistics.mean(t):.3f} ms ({size} bytes of HTML)")
PY
for offered in two all; do
  python3 -c "print(f'RSS after the renders, {\"$offered\":>3}: {$(awk '/VmRSS/ {print $2}' "/proc/${pid_of[$offered]}/status")/1024:5.1f} MiB')"
done

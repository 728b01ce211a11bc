#!/usr/bin/env bash
# The cost of branding: two servers at once from the same build, one
# without branding and one with a full branding imported from
# bench/branding (every setting, every image, custom CSS, an Italian
# layer). Renders of /reset alternate between them, one at a time and
# then 8 at a time, so that whatever else the machine does falls on both
# alike; prints each one's throughput and the ratio. Asserts nothing.
#   bench/branding.sh            REQUESTS=3000 renders per server by default
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/env.sh
REQUESTS=${REQUESTS:-3000}
sspr=$PWD/target/release/sspr
[ -x "$sspr" ] || { echo "build first (make build): $sspr is missing" >&2; exit 1; }
work=$(mktemp -d /tmp/sspr-branding-bench.XXXXXX)
pids=
trap 'kill $pids 2>/dev/null; rm -rf "$work"' EXIT

mkdir -p "$work/fixture"
cp bench/branding/branding.toml "$work/fixture/"
python3 bench/make_images.py "$work/fixture"

echo "== sspr branding benchmark ($(nproc) cores, $REQUESTS renders of /reset each) =="
declare -A port_of
for kind in plain branded; do
  dir="$work/$kind"; mkdir -p "$dir"
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  export SSPR_DATA_DIR="$dir" SSPR_LISTEN_ADDR="127.0.0.1:$port" SSPR_PUBLIC_BASE_URL="http://127.0.0.1:$port/"
  export SSPR_SITE_ROOT="$PWD/target/site" SSPR_LOG=warn
  "$sspr" migrate >/dev/null
  if [ "$kind" = branded ]; then "$sspr" branding import "$work/fixture" >/dev/null; fi
  "$sspr" serve >"$dir/server.log" 2>&1 &
  pid=$!
  pids="$pids $pid"
  until curl -sf -o /dev/null "http://127.0.0.1:$port/"; do
    kill -0 "$pid" 2>/dev/null || { cat "$dir/server.log"; exit 1; }
    sleep 0.01
  done
  port_of[$kind]=$port
done
python3 - "${port_of[plain]}" "${port_of[branded]}" "$REQUESTS" <<'PY'
import http.client, statistics, sys, threading, time
ports, n = [int(sys.argv[1]), int(sys.argv[2])], int(sys.argv[3])
names = ("without branding", "full branding")

def get(c):
    c.request("GET", "/reset", headers={"Accept-Language": "en"})
    r = c.getresponse(); body = r.read()
    assert r.status == 200, r.status
    return body

branded = get(http.client.HTTPConnection("127.0.0.1", ports[1])).decode()
assert "/branding/" in branded and "brand-banner" in branded, "the branding is not on the page"

# One at a time, alternating.
conns = [http.client.HTTPConnection("127.0.0.1", p) for p in ports]
for _ in range(100):
    for c in conns: get(c)
times, sizes = [[], []], [0, 0]
for i in range(n):
    for k in ((0, 1) if i % 2 else (1, 0)):
        t = time.perf_counter(); sizes[k] = len(get(conns[k])); times[k].append(time.perf_counter() - t)
rate = []
for name, t, size in zip(names, times, sizes):
    rate.append(len(t) / sum(t))
    t.sort()
    print(f"{name:>16}, 1 at a time: {rate[-1]:7.0f} renders/s  p50 {statistics.median(t)*1000:.3f} ms  p99 {t[int(len(t)*0.99)]*1000:.3f} ms  ({size} bytes of HTML)")
print(f"throughput with full branding, 1 at a time: {rate[1]/rate[0]:.3f} of without")

# 8 at a time: 4 clients on each server at once, for the same number of renders.
def load(port, count, out):
    c = http.client.HTTPConnection("127.0.0.1", port)
    for _ in range(count): get(c)
    out.append(count)
rates = []
done = [[], []]; took = [0.0, 0.0]
def server(k):
    threads = [threading.Thread(target=load, args=(ports[k], n // 4, done[k])) for _ in range(4)]
    t = time.perf_counter()
    for th in threads: th.start()
    for th in threads: th.join()
    took[k] = time.perf_counter() - t
both = [threading.Thread(target=server, args=(k,)) for k in (0, 1)]
for th in both: th.start()
for th in both: th.join()
for k, name in enumerate(names):
    rates.append(sum(done[k]) / took[k])
    print(f"{name:>16}, 4 clients each, both at once: {rates[-1]:7.0f} renders/s")
print(f"throughput with full branding, concurrent: {rates[1]/rates[0]:.3f} of without")
PY

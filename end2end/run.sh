#!/usr/bin/env bash
# Starts the release server on a free port with a throw-away database and
# demo data, runs the Playwright specs in Debian's Chromium, and always
# stops the server, whatever the specs do.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BIN="$ROOT/target/release/sspr"
[ -x "$BIN" ] || { echo "build first: $BIN is missing" >&2; exit 1; }

TMP=$(mktemp -d)
PID=
cleanup() {
  if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then
    kill "$PID" && wait "$PID" 2>/dev/null || true
  fi
  rm -rf "$TMP"
}
trap cleanup EXIT INT TERM

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
export SSPR_LISTEN_ADDR="127.0.0.1:$PORT"
export SSPR_PUBLIC_BASE_URL="http://127.0.0.1:$PORT/"
export SSPR_DATA_DIR="$TMP"
export SSPR_SITE_ROOT="$ROOT/target/site"
export SSPR_LOG=warn

cd "$TMP"
"$BIN" demo >/dev/null
"$BIN" serve >"$TMP/server.log" 2>&1 &
PID=$!
for _ in $(seq 1 100); do
  if python3 -c "import urllib.request as u; u.urlopen('http://127.0.0.1:$PORT/', timeout=1)" 2>/dev/null; then break; fi
  kill -0 "$PID" 2>/dev/null || { cat "$TMP/server.log"; exit 1; }
  sleep 0.1
done

cd "$ROOT/end2end"
export BASE_URL="http://127.0.0.1:$PORT"
status=0
npx playwright test "$@" || status=$?
if [ "$status" -ne 0 ]; then
  echo "--- server log ---"; cat "$TMP/server.log"
fi
if [ "${PAGE_WEIGHT:-1}" = 1 ]; then
  node page-weight.mjs "$BASE_URL/" || true
fi
exit "$status"
